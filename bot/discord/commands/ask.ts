import { ApplicationCommandOptionType, ApplicationCommandType, InteractionContextType } from "discord.js";
import { MAX_QUESTION_CHARS } from "../../../retrieval/question.js";
import { renderAnswer } from "../../render/discord.js";
import { answerAndKeep, withChart } from "../answering.js";
import { threadKey } from "./followup.js";
import type { SlashCommand } from "../types.js";

/** Answers that rank or compare at least this many figures come with a chart. */
export const ASK_CHART_MIN = 3;

export const ask: SlashCommand = {
  data: {
    name: "ask",
    description: "Ask a question about the indexed trade documents",
    type: ApplicationCommandType.ChatInput,
    contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
    options: [
      {
        name: "question",
        description: "Your question, e.g. which inland provinces grew fastest in 2025?",
        type: ApplicationCommandOptionType.String,
        required: true,
        max_length: MAX_QUESTION_CHARS,
      },
      {
        name: "private",
        description: "Only you see the answer",
        type: ApplicationCommandOptionType.Boolean,
        required: false,
      },
    ],
  },
  ephemeral: (i) => i.options.getBoolean("private") ?? false,
  async execute(i, ctx) {
    const isPrivate = i.options.getBoolean("private") ?? false;
    const inThread = i.channel?.isThread() ?? false;
    // in a follow-up thread the bot opened, /ask continues the thread's conversation
    const conversation =
      inThread && (await ctx.conversations.context(threadKey(i.channelId))) ? threadKey(i.channelId) : undefined;
    const { answer, id } = await answerAndKeep(
      {
        question: i.options.getString("question", true),
        userId: i.user.id,
        guildId: i.guildId,
        channelId: i.channelId,
        ...(conversation && { conversation }),
      },
      ctx,
    );
    const followUp = ctx.config.DISCORD_FOLLOWUPS && Boolean(i.guildId) && !isPrivate && !inThread;
    return withChart(renderAnswer(answer, undefined, { answerId: id, followUp }), answer, ASK_CHART_MIN, ctx.log);
  },
};
