import {
  ApplicationCommandOptionType, ApplicationCommandType, ChannelType, InteractionContextType, PermissionFlagsBits,
  type ApplicationCommandOptionAllowedChannelType, type ChatInputCommandInteraction,
} from "discord.js";
import { UserError } from "../../../index/errors.js";
import { readsMessages } from "../../config.js";
import { NO_MENTIONS, type DiscordPayload } from "../../render/discord.js";
import { MAX_SETTINGS_CHANNELS, type ServerSettings } from "../../state/types.js";
import { describeSettings } from "../serverSettings.js";
import type { BotContext, SlashCommand } from "../types.js";

/** Channels whose posts are threads of their own: forum and media channels. */
const FORUMS: ApplicationCommandOptionAllowedChannelType[] = [ChannelType.GuildForum, ChannelType.GuildMedia];
/** Channels people post in, any of which may be ignored. */
const POSTABLE: ApplicationCommandOptionAllowedChannelType[] = [
  ChannelType.GuildText, ChannelType.GuildAnnouncement, ChannelType.GuildVoice, ChannelType.GuildStageVoice, ...FORUMS,
];

const SUBCOMMAND = ApplicationCommandOptionType.Subcommand;
const CHANNEL = ApplicationCommandOptionType.Channel;
const BOOLEAN = ApplicationCommandOptionType.Boolean;

/** A list with `id` added (`on`) or taken out, refused past the limit. */
function toggled(list: string[], id: string, on: boolean, what: string): string[] {
  if (!on) return list.filter((x) => x !== id);
  if (list.includes(id)) return list;
  if (list.length >= MAX_SETTINGS_CHANNELS)
    throw new UserError("BAD_INPUT", `this server already lists ${list.length} ${what}, the limit: take one off first`);
  return [...list, id];
}

/** The channel option, checked to be one of `types` (Discord offers only those, but the request is input). */
function channelOption(
  i: ChatInputCommandInteraction, types: ApplicationCommandOptionAllowedChannelType[], what: string,
): string {
  const channel = i.options.getChannel("channel", true);
  if (!(types as ChannelType[]).includes(channel.type)) throw new UserError("BAD_INPUT", `<#${channel.id}> is not ${what}`);
  return channel.id;
}

/** The settings after the subcommand, and a note for the admin when they cannot take effect yet. */
function change(i: ChatInputCommandInteraction, ctx: BotContext, s: ServerSettings): [ServerSettings, string?] {
  switch (i.options.getSubcommand()) {
    case "forum": {
      const on = i.options.getBoolean("answer") ?? true;
      const id = channelOption(i, FORUMS, "a forum channel");
      const forumChannels = toggled(s.forumChannels, id, on, "forum channels");
      // forum posts are messages: without the Message Content intent the bot never sees them
      const note = on && !readsMessages(ctx.config)
        ? "This bot does not read messages (DISCORD_MENTIONS and DISCORD_FOLLOWUPS are both off): "
          + "forum posts are not answered until its operator turns one on."
        : undefined;
      return [{ ...s, forumChannels }, note];
    }
    case "ignore": {
      const id = channelOption(i, POSTABLE, "a channel people post in");
      return [{ ...s, ignoredChannels: toggled(s.ignoredChannels, id, i.options.getBoolean("ignore") ?? true, "ignored channels") }];
    }
    case "mentions":
      return [{ ...s, mentionThreads: i.options.getBoolean("in-thread", true) }];
    default:
      return [s];
  }
}

export const settings: SlashCommand = {
  data: {
    name: "settings",
    description: "Where I answer on this server: forum channels, channels to keep quiet in, mentions in threads",
    type: ApplicationCommandType.ChatInput,
    contexts: [InteractionContextType.Guild],
    default_member_permissions: String(PermissionFlagsBits.ManageGuild),
    options: [
      { name: "show", description: "Show this server's settings", type: SUBCOMMAND },
      {
        name: "forum", description: "Answer every new post in a forum channel, in the post's thread", type: SUBCOMMAND,
        options: [
          { name: "channel", description: "The forum channel", type: CHANNEL, required: true, channel_types: FORUMS },
          { name: "answer", description: "Answer its new posts (default) or stop", type: BOOLEAN, required: false },
        ],
      },
      {
        name: "ignore", description: "Never post in a channel (or its threads); mentions there get no reply",
        type: SUBCOMMAND,
        options: [
          { name: "channel", description: "The channel", type: CHANNEL, required: true, channel_types: POSTABLE },
          { name: "ignore", description: "Keep quiet there (default) or answer again", type: BOOLEAN, required: false },
        ],
      },
      {
        name: "mentions", description: "Answer a mention in a new thread opened on it, or with a reply", type: SUBCOMMAND,
        options: [{ name: "in-thread", description: "In a new thread", type: BOOLEAN, required: true }],
      },
    ],
  },
  requires: { permission: PermissionFlagsBits.ManageGuild, name: "Manage Server" },
  unlimited: true,
  ephemeral: () => true,
  async execute(i, ctx): Promise<DiscordPayload> {
    const guildId = i.guildId;
    if (!guildId) throw new UserError("BAD_INPUT", "settings belong to a server: use /settings there");
    const before = await ctx.store.settings(guildId);
    const [after, note] = change(i, ctx, before);
    const saved = after === before ? before : await ctx.store.saveSettings(guildId, after);
    if (after !== before) ctx.log.info({ guildId, settings: saved }, "server settings changed");
    return {
      embeds: [{
        title: after === before ? "Settings on this server" : "Settings on this server, as changed",
        description: [describeSettings(saved), ...(note ? ["", `⚠️ ${note}`] : [])].join("\n"),
        color: 0x2f6fde,
      }],
      components: [],
      allowedMentions: NO_MENTIONS,
    };
  },
};
