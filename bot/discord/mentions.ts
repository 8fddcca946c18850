import { ChannelType, type Message } from "discord.js";
import { isUserError } from "../../index/errors.js";
import { answer } from "../../retrieval/answer.js";
import { renderAnswer, renderNotice } from "../render/discord.js";
import { newErrorId } from "./interactions.js";
import type { BotContext } from "./types.js";

/** "@Bot question" in a channel, or any message in a DM: answered as a reply with the same rendering. */
export async function handleMessage(m: Message, ctx: BotContext, botId: string): Promise<void> {
  if (m.author.bot || m.author.id === botId) return;
  const isDm = m.channel.type === ChannelType.DM;
  const mentioned = m.mentions.users.has(botId) || new RegExp(`<@!?${botId}>`).test(m.content);
  if (!isDm && !mentioned) return;
  const question = m.content.replace(new RegExp(`<@!?${botId}>`, "g"), " ").trim();
  try {
    const hit = ctx.limiter.take({ user: m.author.id, channel: m.channelId });
    if (hit) { await m.reply(renderNotice(`You're asking quickly: try again in ${Math.ceil(hit.retryInMs / 1000)} s.`)); return; }
    if ("sendTyping" in m.channel) await m.channel.sendTyping().catch(() => undefined);
    const a = await answer(question, ctx.engines.current, { k: ctx.config.TOP_K });
    await m.reply(renderAnswer(a));
  } catch (err) {
    let text: string;
    if (isUserError(err)) text = `⚠️ ${err.message}`;
    else {
      const errorId = newErrorId();
      ctx.log.error({ err, errorId }, "mention failed");
      text = `Sorry, something went wrong on my side (error id ${errorId}).`;
    }
    await m.reply(renderNotice(text)).catch((e: unknown) => ctx.log.warn({ err: e }, "could not reply"));
  }
}
