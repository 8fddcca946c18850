import { answerTurn, answeredQuestion } from "../../retrieval/conversation.js";
import type { Answer } from "../../retrieval/types.js";
import type { Logger } from "../logger.js";
import { renderChart } from "../render/chart.js";
import { chartData } from "../render/chartData.js";
import type { DiscordPayload } from "../render/discord.js";
import type { BotContext } from "./types.js";

export interface Asked {
  question: string;
  userId: string;
  guildId: string | null;
  channelId: string | null;
  /** The conversation this question continues ("thread:<id>", "dm:<id>"), if any. */
  conversation?: string;
}

export interface Answered {
  answer: Answer;
  /** The kept answer's id, for its buttons. */
  id: string;
  /** The conversation existed but its context had expired: the question was read on its own. */
  expired: boolean;
}

/** Answers a question from Discord, continuing its conversation if it has one, and keeps the answer for its buttons. */
export async function answerAndKeep(asked: Asked, ctx: BotContext): Promise<Answered> {
  const context = asked.conversation ? await ctx.conversations.context(asked.conversation) : undefined;
  const a = await answerTurn(asked.question, context?.previous, await ctx.collections.engineFor(asked.guildId), {
    k: ctx.config.TOP_K,
  });
  const id = await ctx.store.saveAnswer({
    guildId: asked.guildId,
    channelId: asked.channelId,
    userId: asked.userId,
    question: a.question,
    effectiveQuestion: answeredQuestion(a),
    answer: a,
  });
  if (asked.conversation) await ctx.conversations.continueFrom(asked.conversation, id, asked.guildId);
  return { answer: a, id, expired: context?.expired ?? false };
}

const CHART_FILE = "chart.png";
/** Discord's limit on an attachment's description (its alt text). */
const ALT_TEXT_CHARS = 1024;

/**
 * Adds a PNG chart of the answer's figures when they make one (at least `min` comparable figures);
 * the embed's text stays as the fallback. A chart that fails to draw is logged and left out.
 */
export async function withChart(payload: DiscordPayload, a: Answer, min: number, log: Logger): Promise<DiscordPayload> {
  const data = chartData(a, min);
  if (!data) return payload;
  try {
    const chart = await renderChart(data);
    const [embed, ...rest] = payload.embeds;
    if (!embed) return payload;
    const note = data.omitted
      ? ` · chart shows the top ${data.points.length} of ${data.points.length + data.omitted}`
      : "";
    const footer = embed.footer
      ? { footer: { ...embed.footer, text: `${embed.footer.text}${note}`.slice(0, 2048) } }
      : {};
    return {
      ...payload,
      embeds: [{ ...embed, ...footer, image: { url: `attachment://${CHART_FILE}` } }, ...rest],
      files: [{ attachment: chart.png, name: CHART_FILE, description: chart.alt.slice(0, ALT_TEXT_CHARS) }],
    };
  } catch (err) {
    log.warn({ err }, "chart could not be drawn; answering without it");
    return payload;
  }
}
