import { ChannelType, PermissionFlagsBits, type ButtonInteraction } from "discord.js";
import { renderNotice, truncate } from "../../render/discord.js";
import type { BotContext, ButtonHandler } from "../types.js";

export const threadKey = (threadId: string) => `thread:${threadId}`;

/** Channels whose messages can carry a thread. */
export const THREADABLE = new Set<ChannelType>([ChannelType.GuildText, ChannelType.GuildAnnouncement]);
const NEEDED: Array<[bigint, string]> = [
  [PermissionFlagsBits.CreatePublicThreads, "Create Public Threads"],
  [PermissionFlagsBits.SendMessagesInThreads, "Send Messages in Threads"],
  [PermissionFlagsBits.ViewChannel, "View Channel"],
];

/** Why a thread cannot be opened on this answer, in words for the person who pressed the button. */
function whyNot(i: ButtonInteraction, ctx: BotContext): string | undefined {
  if (!ctx.config.DISCORD_FOLLOWUPS)
    return "Follow-up threads are turned off on this bot (DISCORD_FOLLOWUPS=false): ask again with /ask.";
  if (!i.inGuild()) return "Threads cannot be opened in a DM: ask again with /ask.";
  if (i.channel?.isThread()) return "This is already a thread: ask your follow-up here.";
  if (!i.channel || !THREADABLE.has(i.channel.type))
    return "Threads cannot be opened in this kind of channel: ask again with /ask.";
  const missing = NEEDED.filter(([flag]) => !i.appPermissions.has(flag)).map(([, name]) => name);
  if (missing.length)
    return `I can't open a thread here: I need the ${missing.join(", ")} permission${missing.length > 1 ? "s" : ""} in this channel. Ask a server admin, or ask again with /ask.`;
  if (i.message.thread) return "There is already a thread on this answer: ask your follow-up there.";
  return undefined;
}

/** A notice that links a channel: the link is ours, so it is added after escaping. */
const withChannelLink = (text: string, channelId: string) => {
  const notice = renderNotice(text);
  return { ...notice, content: `${notice.content ?? ""} <#${channelId}>` };
};

/** "Follow up": opens a thread on the answer where plain messages are answered with the answer's context carried over. */
export const followUpButton: ButtonHandler = {
  prefix: "followup",
  mode: "deferred",
  async execute(i, answerId, ctx) {
    const reason = whyNot(i, ctx);
    if (reason) return renderNotice(reason);
    const kept = await ctx.store.getAnswer(answerId);
    if (!kept) return renderNotice("That answer is too old to follow up: ask again with /ask.");
    const thread = await i.message.startThread({
      name: truncate(kept.question, 90) || "Follow-up",
      autoArchiveDuration: 1440,
      reason: `follow-up requested by ${i.user.username}`,
    });
    await ctx.conversations.continueFrom(threadKey(thread.id), answerId, i.guildId);
    const hours = Math.round(ctx.config.CONVERSATION_TTL_MINUTES / 60);
    const ttl =
      hours >= 1 ? `${hours} hour${hours === 1 ? "" : "s"}` : `${ctx.config.CONVERSATION_TTL_MINUTES} minutes`;
    await thread.send(
      renderNotice(
        `Ask follow-ups here, no need to mention me. A question that leaves out the place, period, flow, partner or measure takes it from the previous one ("and exports?", "what about Hubei?", "in 2019?"). Context is kept for ${ttl} after the last question.`,
      ),
    );
    return withChannelLink("Opened a thread for follow-ups:", thread.id);
  },
};
