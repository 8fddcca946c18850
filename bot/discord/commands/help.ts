import { ApplicationCommandType, InteractionContextType } from "discord.js";
import { exampleQuestions } from "../../../retrieval/examples.js";
import { renderHelp } from "../../render/discord.js";
import { describeSettings } from "../serverSettings.js";
import type { SlashCommand } from "../types.js";

export const help: SlashCommand = {
  data: { name: "help", description: "What this bot can answer, with examples", type: ApplicationCommandType.ChatInput, contexts: [InteractionContextType.Guild, InteractionContextType.BotDM] },
  unlimited: true,
  ephemeral: () => true,
  async execute(i, ctx) {
    const { facts, documents } = (await ctx.collections.engineFor(i.guildId)).index;
    const help = renderHelp(exampleQuestions(facts), documents.length);
    const [embed, ...rest] = help.embeds;
    if (!i.guildId || !embed) return help;
    // on a server: where it answers there (/settings), so people know where to ask
    const where = { name: "On this server (/settings)", value: describeSettings(await ctx.store.settings(i.guildId)) };
    return { ...help, embeds: [{ ...embed, fields: [...(embed.fields ?? []), where] }, ...rest] };
  },
};
