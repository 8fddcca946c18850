import { ApplicationCommandOptionType, ApplicationCommandType } from "discord.js";
import { answer } from "../../../retrieval/answer.js";
import { MAX_QUESTION_CHARS } from "../../../retrieval/question.js";
import { renderAnswer } from "../../render/discord.js";
import type { SlashCommand } from "../types.js";

export const ask: SlashCommand = {
  data: {
    name: "ask",
    description: "Ask a question about the indexed trade documents",
    type: ApplicationCommandType.ChatInput,
    options: [
      { name: "question", description: "Your question, e.g. which inland provinces grew fastest in 2025?", type: ApplicationCommandOptionType.String, required: true, max_length: MAX_QUESTION_CHARS },
      { name: "private", description: "Only you see the answer", type: ApplicationCommandOptionType.Boolean, required: false },
    ],
  },
  ephemeral: (i) => i.options.getBoolean("private") ?? false,
  async execute(i, ctx) {
    const a = await answer(i.options.getString("question", true), ctx.engines.current, { k: ctx.config.TOP_K });
    return renderAnswer(a);
  },
};
