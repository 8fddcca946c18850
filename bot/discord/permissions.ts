import { OAuth2Scopes, PermissionFlagsBits, PermissionsBitField, type PermissionResolvable } from "discord.js";

/**
 * The channel permissions the bot needs, in one place: the invite link, the README's integer and the
 * warnings about a server or channel that lacks one are all computed from this list.
 */
export const NEEDED_PERMISSIONS: ReadonlyArray<readonly [bigint, string]> = [
  [PermissionFlagsBits.ViewChannel, "View Channel"],
  [PermissionFlagsBits.SendMessages, "Send Messages"],
  [PermissionFlagsBits.EmbedLinks, "Embed Links"],
  [PermissionFlagsBits.AttachFiles, "Attach Files"], // charts
  [PermissionFlagsBits.ReadMessageHistory, "Read Message History"],
  [PermissionFlagsBits.CreatePublicThreads, "Create Public Threads"], // the Follow up button
  [PermissionFlagsBits.SendMessagesInThreads, "Send Messages in Threads"],
];

/** The permissions integer of the invite link. */
export const PERMISSIONS_INTEGER = NEEDED_PERMISSIONS.reduce((all, [bit]) => all | bit, 0n).toString();

/** The invite link for an application, with the scopes and permissions the bot needs. */
export function inviteUrl(applicationId: string): string {
  const query = new URLSearchParams({
    client_id: applicationId,
    scope: [OAuth2Scopes.Bot, OAuth2Scopes.ApplicationsCommands].join(" "),
    permissions: PERMISSIONS_INTEGER,
  });
  return `https://discord.com/oauth2/authorize?${query.toString().replace(/\+/g, "%20")}`;
}

/** The names of the needed permissions a set lacks (none when it has them all, or nothing is known). */
export function missingPermissions(have: PermissionResolvable | null | undefined): string[] {
  if (have === null || have === undefined) return [];
  const bits = new PermissionsBitField(have);
  if (bits.has(PermissionFlagsBits.Administrator)) return [];
  return NEEDED_PERMISSIONS.filter(([bit]) => !bits.has(bit)).map(([, name]) => name);
}
