import type { Answer } from "../../retrieval/types.js";
import {
  DEFAULT_SETTINGS, MAX_SETTINGS_CHANNELS, type AnswerRecord, type Conversation, type FeedbackRecord, type ServerSettings,
  type UploadRecord,
} from "./types.js";

/** Rows as both stores keep them (one schema, two databases), and the records they become. */

export interface AnswerRow {
  id: string;
  created_at: number;
  guild_id: string | null;
  channel_id: string | null;
  asker_hash: string;
  question: string;
  effective_question: string;
  answer_json: string;
}

export interface FeedbackRow {
  id: number;
  answer_id: string;
  created_at: number;
  guild_id: string | null;
  user_hash: string;
  rating: "up" | "down";
  comment: string | null;
  /** SQLite has no booleans: 1 or 0 there, true or false in PostgreSQL. */
  own_answer: boolean | number;
}

export const toAnswer = (r: AnswerRow): AnswerRecord => ({
  id: r.id,
  createdAt: r.created_at,
  guildId: r.guild_id,
  channelId: r.channel_id,
  askerHash: r.asker_hash,
  question: r.question,
  effectiveQuestion: r.effective_question,
  answer: JSON.parse(r.answer_json) as Answer,
});

export const toFeedback = (r: FeedbackRow, answer: AnswerRecord): FeedbackRecord => ({
  id: r.id,
  answerId: r.answer_id,
  createdAt: r.created_at,
  guildId: r.guild_id,
  userHash: r.user_hash,
  rating: r.rating,
  comment: r.comment,
  ownAnswer: r.own_answer === true || r.own_answer === 1,
  answer,
});

/** A conversation row joined with the question its last answer answered. */
export interface ConversationRow {
  key: string;
  guild_id: string | null;
  created_at: number;
  updated_at: number;
  effective_question: string | null;
}

export const toConversation = (r: ConversationRow): Conversation => ({
  key: r.key,
  guildId: r.guild_id,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  ...(r.effective_question !== null && { lastQuestion: r.effective_question }),
});

/** An upload as both stores select it (columns aliased to the record's names); no link is left out, not null. */
export type UploadRow = Omit<UploadRecord, "url"> & { url: string | null };

export const toUpload = ({ url, ...r }: UploadRow): UploadRecord => ({ ...r, ...(url !== null && { url }) });

/** A server's settings row: the channel lists as JSON arrays, the flag as 1/0 (SQLite) or a boolean. */
export interface SettingsRow {
  forum_channels: string;
  ignored_channels: string;
  mention_threads: boolean | number;
}

/** Channel ids kept: snowflakes only, each once, at most MAX_SETTINGS_CHANNELS. */
const channelIds = (ids: unknown): string[] =>
  Array.isArray(ids)
    ? [...new Set(ids.filter((id): id is string => typeof id === "string" && /^\d{1,25}$/.test(id)))]
      .slice(0, MAX_SETTINGS_CHANNELS)
    : [];

export const toSettings = (r: SettingsRow | undefined): ServerSettings =>
  r
    ? {
      forumChannels: channelIds(JSON.parse(r.forum_channels)),
      ignoredChannels: channelIds(JSON.parse(r.ignored_channels)),
      mentionThreads: r.mention_threads === true || r.mention_threads === 1,
    }
    : { ...DEFAULT_SETTINGS, forumChannels: [], ignoredChannels: [] };

/** Settings as they are stored: the lists cleaned the way `toSettings` reads them. */
export const fromSettings = (s: ServerSettings) => ({
  forumChannels: JSON.stringify(channelIds(s.forumChannels)),
  ignoredChannels: JSON.stringify(channelIds(s.ignoredChannels)),
  mentionThreads: s.mentionThreads,
});
