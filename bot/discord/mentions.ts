import { ChannelType, type Message } from "discord.js";
import { answer } from "../../retrieval/answer.js";
import { renderAnswer, renderNotice } from "../render/discord.js";
import { failureText, rateLimitText } from "./notices.js";
import type { BotContext } from "./types.js";

/** "@Bot question" in a channel, or any message in a DM: answered as a reply with the same rendering. */
export async function handleMessage(m: Message, ctx: BotContext, botId: string): Promise<void> {
  if (m.author.bot || m.author.id === botId) return;
  const isDm = m.channel.type === ChannelType.DM;
  const mentioned = m.mentions.users.has(botId) || new RegExp(`<@!?${botId}>`).test(m.content);
  if (!isDm && !mentioned) return;
  const question = m.content.replace(new RegExp(`<@!?${botId}>`, "g"), " ").trim();
  try {
    const limited = rateLimitText(ctx, m.author.id, m.channelId);
    if (limited) { await m.reply(renderNotice(limited)); return; }
    if ("sendTyping" in m.channel) await m.channel.sendTyping().catch(() => undefined);
    const a = await answer(question, ctx.engines.current, { k: ctx.config.TOP_K });
    await m.reply(renderAnswer(a));
  } catch (err) {
    await m.reply(renderNotice(failureText(err, ctx, { message: m.id }))).catch((e: unknown) => ctx.log.warn({ err: e }, "could not reply"));
  }
}
