import {
  ApplicationCommandType,
  InteractionContextType,
  PermissionFlagsBits,
  type APIModalInteractionResponseCallbackData,
} from "discord.js";
import { MAX_COMMENT_CHARS } from "../../state/types.js";
import { escapeText, LIMITS, NO_MENTIONS, renderNotice, truncate } from "../../render/discord.js";
import type { ButtonHandler, ModalHandler, SlashCommand } from "../types.js";

const COMMENT_FIELD = "what";

/** 👍 on an answer: recorded at once. */
export const thumbsUpButton: ButtonHandler = {
  prefix: "fb:up",
  mode: "reply",
  async execute(i, answerId, ctx) {
    await ctx.store.saveFeedback({ answerId, userId: i.user.id, guildId: i.guildId, rating: "up" });
    return renderNotice("Thanks, noted 👍");
  },
};

/** 👎 on an answer: recorded at once, then a form asks what was wrong (optional). */
export const thumbsDownButton: ButtonHandler = {
  prefix: "fb:down",
  mode: "modal",
  async execute(i, answerId, ctx): Promise<APIModalInteractionResponseCallbackData> {
    await ctx.store.saveFeedback({ answerId, userId: i.user.id, guildId: i.guildId, rating: "down" });
    return {
      custom_id: `fb:down:${answerId}`,
      title: "What was wrong with this answer?",
      components: [
        {
          type: 18,
          label: "What was wrong? (optional)",
          description: "A wrong figure, place, period or source? What did you expect?",
          component: {
            type: 4,
            custom_id: COMMENT_FIELD,
            style: 2,
            required: false,
            max_length: MAX_COMMENT_CHARS,
            placeholder: "e.g. the figure is for 2023, I asked about 2024",
          },
        },
      ],
    } as APIModalInteractionResponseCallbackData;
  },
};

export const thumbsDownModal: ModalHandler = {
  prefix: "fb:down",
  async execute(i, answerId, ctx) {
    const comment = i.fields.getTextInputValue(COMMENT_FIELD) ?? "";
    await ctx.store.saveFeedback({ answerId, userId: i.user.id, guildId: i.guildId, rating: "down", comment });
    return renderNotice("Thanks: noted 👎 with your comment. It will be turned into a test case.");
  },
};

const when = (t: number) => `<t:${Math.floor(t / 1000)}:R>`;

export const feedbackSummary: SlashCommand = {
  data: {
    name: "feedback-summary",
    description: "Counts of 👍 / 👎 on this server's answers, and the latest 👎",
    type: ApplicationCommandType.ChatInput,
    contexts: [InteractionContextType.Guild],
    default_member_permissions: String(PermissionFlagsBits.ManageGuild),
  },
  requires: { permission: PermissionFlagsBits.ManageGuild, name: "Manage Server" },
  unlimited: true,
  ephemeral: () => true,
  async execute(i, ctx) {
    const s = await ctx.store.summary(i.guildId, 5);
    const fields = s.latestDown.map((f) => ({
      name: truncate(`👎 ${escapeText(f.answer.question)}`, LIMITS.fieldName),
      value: truncate(
        [
          `${when(f.createdAt)}${f.ownAnswer ? "" : " · on someone else's answer"}`,
          f.comment ? `> ${escapeText(f.comment).replace(/\n/g, "\n> ")}` : "(no comment)",
          `Answer: ${escapeText(f.answer.answer.answer)}`,
        ].join("\n"),
        LIMITS.fieldValue,
      ),
    }));
    const total = s.up + s.down;
    return {
      embeds: [
        {
          title: "Feedback on this server's answers",
          description: total
            ? `👍 ${s.up} · 👎 ${s.down} (${s.others} on someone else's answer). Export the 👎 as test cases with \`npm run feedback -- --export FILE\`.`
            : "No feedback yet.",
          color: 0x2f6fde,
          fields,
        },
      ],
      components: [],
      allowedMentions: NO_MENTIONS,
    };
  },
};
