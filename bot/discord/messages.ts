import { ChannelType, type AnyThreadChannel, type Message } from "discord.js";
import { renderAnswer, renderNotice, truncate } from "../render/discord.js";
import { answerAndKeep, withChart } from "./answering.js";
import { ASK_CHART_MIN } from "./commands/ask.js";
import { THREADABLE, threadKey } from "./commands/followup.js";
import { failureText, rateLimitText } from "./notices.js";
import { missingPermissions } from "./permissions.js";
import { isIgnored, postQuestion } from "./serverSettings.js";
import type { BotContext } from "./types.js";

const dmKey = (channelId: string) => `dm:${channelId}`;

/** How a message is answered. */
interface Route {
  /** The conversation it continues or starts ("thread:<id>", "dm:<id>"). */
  key?: string;
  /** The question, when it is not the message's text: a forum post asks its title and first message. */
  question?: string;
  /** Answered in a new thread opened on the message (a mention, when the server's /settings ask for it). */
  inNewThread?: boolean;
}

/**
 * A message in a thread: a new post in a forum channel the server's /settings name (its first message,
 * whose id is the thread's), or a plain message in a thread whose conversation the bot holds (a
 * follow-up thread it opened, or a forum post it answered). Other threads are never answered, nor
 * threads of a channel the server asked it to keep quiet in.
 */
async function threadRoute(m: Message, thread: AnyThreadChannel, ctx: BotContext): Promise<Route | undefined> {
  const key = threadKey(thread.id);
  if (m.id === thread.id && m.guildId) {
    const settings = await ctx.store.settings(m.guildId);
    if (!thread.parentId || !settings.forumChannels.includes(thread.parentId)) return undefined;
    if (isIgnored(settings, thread.id, thread.parentId)) return undefined;
    return { key, question: postQuestion(thread.name, m.content) };
  }
  if (!ctx.config.DISCORD_FOLLOWUPS || !(await ctx.conversations.context(key))) return undefined;
  if (m.guildId && isIgnored(await ctx.store.settings(m.guildId), thread.id, thread.parentId)) return undefined;
  return { key };
}

/**
 * How a message is answered, or undefined if the bot should not answer it: threads as `threadRoute`
 * says, any message in a DM, "@Bot question" in a channel the server did not ask it to keep quiet in.
 */
async function routeOf(m: Message, ctx: BotContext, botId: string): Promise<Route | undefined> {
  if (m.channel.isThread()) return threadRoute(m, m.channel, ctx);
  if (m.channel.type === ChannelType.DM) return ctx.config.DISCORD_MENTIONS ? { key: dmKey(m.channelId) } : undefined;
  const mentioned = m.mentions.users.has(botId) || new RegExp(`<@!?${botId}>`).test(m.content);
  if (!ctx.config.DISCORD_MENTIONS || !mentioned || !m.guildId) return undefined;
  const settings = await ctx.store.settings(m.guildId);
  // kept quiet: no reply at all, since a reply to a message cannot be private
  if (isIgnored(settings, m.channelId)) return undefined;
  return settings.mentionThreads && ctx.config.DISCORD_FOLLOWUPS && THREADABLE.has(m.channel.type)
    ? { inNewThread: true }
    : {};
}

/** Opens a thread on a mention to answer in; undefined (answered with a reply instead) when Discord refuses. */
async function threadFor(m: Message, question: string, ctx: BotContext) {
  try {
    return await m.startThread({ name: truncate(question, 90) || "Question", autoArchiveDuration: 1440 });
  } catch (err) {
    const missing = m.guild ? missingPermissions(m.guild.members.me?.permissionsIn(m.channelId)) : [];
    ctx.log.warn({ err, guild: m.guildId, channel: m.channelId, missing }, "could not open a thread on a mention; replying");
    return undefined;
  }
}

/** A message the bot answers (see `routeOf`), with the same rendering as /ask. */
export async function handleMessage(m: Message, ctx: BotContext, botId: string): Promise<void> {
  if (m.author.bot || m.author.id === botId) return;
  const route = await routeOf(m, ctx, botId);
  if (!route) return;
  const question = route.question ?? m.content.replace(new RegExp(`<@!?${botId}>`, "g"), " ").trim();
  try {
    const limited = rateLimitText(ctx, m.author.id, m.channelId);
    if (limited) {
      await m.reply(renderNotice(limited));
      return;
    }
    const thread = route.inNewThread ? await threadFor(m, question, ctx) : undefined;
    const where = thread ?? m.channel;
    if ("sendTyping" in where) await where.sendTyping().catch(() => undefined);
    const key = thread ? threadKey(thread.id) : route.key;
    const { answer, id, expired } = await answerAndKeep(
      { question, userId: m.author.id, guildId: m.guildId, channelId: where.id, ...(key && { conversation: key }) },
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
    const reply = note ? { ...payload, content: note } : payload;
    await (thread ? thread.send(reply) : m.reply(reply));
  } catch (err) {
    await m
      .reply(renderNotice(failureText(err, ctx, { message: m.id })))
      .catch((e: unknown) => ctx.log.warn({ err: e }, "could not reply"));
  }
}
