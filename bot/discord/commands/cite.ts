import { ApplicationCommandOptionType, ApplicationCommandType, InteractionContextType } from "discord.js";
import { UserError } from "../../../index/errors.js";
import type { FactEngine } from "../../../retrieval/engine.js";
import { renderCitation, resolveCitation, type DiscordPayload } from "../../render/discord.js";
import type { ButtonHandler, SlashCommand } from "../types.js";

/** The full passage behind a citation id; an unknown id is the user's to fix. */
export function citationPayload(id: string, engine: FactEngine): DiscordPayload {
  const passage = resolveCitation(id, engine.index.passages);
  const doc = passage && engine.index.documents.find((d) => d.id === passage.docId);
  if (!passage || !doc) throw new UserError("CITATION_UNKNOWN", `no citation "${id.slice(0, 100)}" in the current index: use an id shown under an answer (it looks like 003_8e77ab4d959c0ebb#2)`);
  return renderCitation(passage, doc);
}

export const cite: SlashCommand = {
  data: {
    name: "cite",
    description: "Show the full passage behind a citation",
    type: ApplicationCommandType.ChatInput,
    contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
    options: [{ name: "id", description: "The citation id shown under an answer", type: ApplicationCommandOptionType.String, required: true, max_length: 200 }],
  },
  unlimited: true,
  async execute(i, ctx) {
    return citationPayload(i.options.getString("id", true), await ctx.collections.engineFor(i.guildId));
  },
};

export const citeButton: ButtonHandler = {
  prefix: "cite",
  mode: "reply",
  async execute(i, id, ctx) {
    return citationPayload(id, await ctx.collections.engineFor(i.guildId));
  },
};
