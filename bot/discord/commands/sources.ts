import { ApplicationCommandOptionType, ApplicationCommandType, InteractionContextType } from "discord.js";
import type { FactEngine } from "../../../retrieval/engine.js";
import { renderSources, type DiscordPayload } from "../../render/discord.js";
import type { ButtonHandler, SlashCommand } from "../types.js";

function page(engine: FactEngine, n: number): DiscordPayload {
  const counts = new Map<string, number>();
  for (const p of engine.index.passages) counts.set(p.docId, (counts.get(p.docId) ?? 0) + 1);
  const docs = [...engine.index.documents]
    .sort((a, b) => (b.meta.published ?? "").localeCompare(a.meta.published ?? "") || a.meta.title.localeCompare(b.meta.title))
    .map((doc) => ({ doc, passages: counts.get(doc.id) ?? 0 }));
  return renderSources(docs, n);
}

export const sources: SlashCommand = {
  data: {
    name: "sources",
    description: "List the documents in the index",
    type: ApplicationCommandType.ChatInput,
    contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
    options: [{ name: "page", description: "Page number", type: ApplicationCommandOptionType.Integer, min_value: 1 }],
  },
  unlimited: true,
  async execute(i, ctx) {
    return page(ctx.engines.current, (i.options.getInteger("page") ?? 1) - 1);
  },
};

export const sourcesButton: ButtonHandler = {
  prefix: "sources",
  mode: "update",
  async execute(_i, arg, ctx) {
    return page(ctx.engines.current, Number.parseInt(arg, 10) || 0);
  },
};
