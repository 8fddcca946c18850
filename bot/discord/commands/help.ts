import { ApplicationCommandType, InteractionContextType } from "discord.js";
import { exampleQuestions } from "../../../retrieval/examples.js";
import { renderHelp } from "../../render/discord.js";
import type { SlashCommand } from "../types.js";

export const help: SlashCommand = {
  data: { name: "help", description: "What this bot can answer, with examples", type: ApplicationCommandType.ChatInput, contexts: [InteractionContextType.Guild, InteractionContextType.BotDM] },
  unlimited: true,
  ephemeral: () => true,
  async execute(i, ctx) {
    const { facts, documents } = (await ctx.collections.engineFor(i.guildId)).index;
    return renderHelp(exampleQuestions(facts), documents.length);
  },
};
