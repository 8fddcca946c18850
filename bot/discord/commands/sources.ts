import { ApplicationCommandOptionType, ApplicationCommandType, InteractionContextType } from "discord.js";
import type { FactEngine } from "../../../retrieval/engine.js";
import type { Collections } from "../../collections/collections.js";
import { renderSources, type DiscordPayload } from "../../render/discord.js";
import type { ButtonHandler, SlashCommand } from "../types.js";

/** One page of a server's documents: its own uploads first (with their id, uploader and date), then the base corpus. */
async function page(engine: FactEngine, collections: Collections, guildId: string | null, n: number): Promise<DiscordPayload> {
  const counts = new Map<string, number>();
  for (const p of engine.index.passages) counts.set(p.docId, (counts.get(p.docId) ?? 0) + 1);
  const uploads = await collections.uploadsBySource(guildId);
  const docs = [...engine.index.documents]
    .map((doc) => ({ doc, passages: counts.get(doc.id) ?? 0, upload: uploads.get(doc.meta.source) }))
    .sort((a, b) => Number(Boolean(b.upload)) - Number(Boolean(a.upload))
      || (b.doc.meta.published ?? "").localeCompare(a.doc.meta.published ?? "") || a.doc.meta.title.localeCompare(b.doc.meta.title));
  return renderSources(docs, n);
}

export const sources: SlashCommand = {
  data: {
    name: "sources",
    description: "List the documents this server answers from (the base collection and its own)",
    type: ApplicationCommandType.ChatInput,
    contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
    options: [{ name: "page", description: "Page number", type: ApplicationCommandOptionType.Integer, min_value: 1 }],
  },
  unlimited: true,
  async execute(i, ctx) {
    return page(await ctx.collections.engineFor(i.guildId), ctx.collections, i.guildId, (i.options.getInteger("page") ?? 1) - 1);
  },
};

export const sourcesButton: ButtonHandler = {
  prefix: "sources",
  mode: "update",
  async execute(i, arg, ctx) {
    return page(await ctx.collections.engineFor(i.guildId), ctx.collections, i.guildId, Number.parseInt(arg, 10) || 0);
  },
};
