import type { ServerSettings } from "../state/types.js";

/**
 * What a server's /settings mean where a message or command arrives: which channels the bot keeps quiet
 * in, what a forum post asks, and the settings in words for /help and /settings.
 */

/** A channel the server asked the bot to keep quiet in, or a thread in one. */
export function isIgnored(settings: ServerSettings, channelId: string, parentId?: string | null): boolean {
  return settings.ignoredChannels.includes(channelId) || (!!parentId && settings.ignoredChannels.includes(parentId));
}

const words = (s: string) => new Set(s.toLowerCase().replace(/['’]s\b/g, "").match(/[\p{L}\p{N}]{3,}/gu) ?? []);

/**
 * A forum post as one question: its title and its first message ("Guangdong, January 2019. What was its
 * surplus?"). A title whose words the message already has adds nothing and is left out, so the question
 * reads as the person wrote it; a post with no text asks its title.
 */
export function postQuestion(title: string, content: string): string {
  const t = title.trim();
  const c = content.trim();
  if (!c) return t;
  const said = words(c);
  if (!t || [...words(t)].every((w) => said.has(w))) return c;
  return `${t}${/[.?!:;]$/.test(t) ? "" : "."} ${c}`;
}

/** Channels listed by name at most: the rest are counted, so /help stays within an embed field. */
const SHOWN = 10;

const channels = (ids: string[]) =>
  ids.length
    ? `${ids.slice(0, SHOWN).map((id) => `<#${id}>`).join(", ")}${ids.length > SHOWN ? ` and ${ids.length - SHOWN} more` : ""}`
    : "none";

/** The settings as lines for people: channel links, and what each setting does. */
export function describeSettings(s: ServerSettings): string {
  return [
    `**Forum channels I answer new posts in** (in the post's thread, no mention needed): ${channels(s.forumChannels)}`,
    `**Channels I never post in** (mentions there get no reply): ${channels(s.ignoredChannels)}`,
    `**A mention is answered** ${s.mentionThreads ? "in a new thread opened on it" : "with a reply under it"}`,
  ].join("\n");
}
