import { ChannelType, type Message } from "discord.js";
import { renderAnswer, renderNotice } from "../render/discord.js";
import { answerAndKeep, withChart } from "./answering.js";
import { ASK_CHART_MIN } from "./commands/ask.js";
import { threadKey } from "./commands/followup.js";
import { failureText, rateLimitText } from "./notices.js";
import type { BotContext } from "./types.js";

const dmKey = (channelId: string) => `dm:${channelId}`;

/**
 * Which conversation a message belongs to, or undefined if the bot should not answer it: plain
 * messages in a follow-up thread the bot opened, any message in a DM, "@Bot question" in a channel.
 * Threads the bot did not open are never answered.
 */
async function conversationOf(m: Message, ctx: BotContext, botId: string): Promise<{ key?: string } | undefined> {
  if (m.channel.isThread()) {
    if (!ctx.config.DISCORD_FOLLOWUPS) return undefined;
    const key = threadKey(m.channelId);
    return (await ctx.conversations.context(key)) ? { key } : undefined;
  }
  if (m.channel.type === ChannelType.DM) return ctx.config.DISCORD_MENTIONS ? { key: dmKey(m.channelId) } : undefined;
  const mentioned = m.mentions.users.has(botId) || new RegExp(`<@!?${botId}>`).test(m.content);
  return ctx.config.DISCORD_MENTIONS && mentioned ? {} : undefined;
}

/** A message the bot answers (see `conversationOf`), as a reply with the same rendering as /ask. */
export async function handleMessage(m: Message, ctx: BotContext, botId: string): Promise<void> {
  if (m.author.bot || m.author.id === botId) return;
  const where = await conversationOf(m, ctx, botId);
  if (!where) return;
  const question = m.content.replace(new RegExp(`<@!?${botId}>`, "g"), " ").trim();
  try {
    const limited = rateLimitText(ctx, m.author.id, m.channelId);
    if (limited) {
      await m.reply(renderNotice(limited));
      return;
    }
    if ("sendTyping" in m.channel) await m.channel.sendTyping().catch(() => undefined);
    const { answer, id, expired } = await answerAndKeep(
      {
        question,
        userId: m.author.id,
        guildId: m.guildId,
        channelId: m.channelId,
        ...(where.key && { conversation: where.key }),
      },
      ctx,
    );
    const payload = await withChart(
      renderAnswer(answer, undefined, { answerId: id, followUp: false }),
      answer,
      ASK_CHART_MIN,
      ctx.log,
    );
    const note = expired
      ? "The earlier context of this conversation had expired, so I read this question on its own."
      : undefined;
    await m.reply(note ? { ...payload, content: note } : payload);
  } catch (err) {
    await m
      .reply(renderNotice(failureText(err, ctx, { message: m.id })))
      .catch((e: unknown) => ctx.log.warn({ err: e }, "could not reply"));
  }
}
