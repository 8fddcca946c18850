import type { Answer } from "../../retrieval/types.js";

/**
 * The bot's state behind one port: answers given (so buttons can refer to them), conversations (so
 * follow-ups carry context across restarts and processes), feedback, the documents servers added and
 * each server's settings.
 * Two implementations: SQLite in one file (the default) and PostgreSQL (shared by several processes or
 * machines). Both pass the same contract tests (test/state-contract.test.ts).
 */

/** Longest feedback comment kept (the modal allows the same). */
export const MAX_COMMENT_CHARS = 1000;

export interface AnswerRecord {
  id: string;
  createdAt: number;
  guildId: string | null;
  channelId: string | null;
  askerHash: string;
  question: string;
  effectiveQuestion: string;
  answer: Answer;
}

export interface Conversation {
  key: string;
  guildId: string | null;
  createdAt: number;
  updatedAt: number;
  /** The question its last answer answered (after carry-over): what the next follow-up continues from. */
  lastQuestion?: string;
}

export interface FeedbackRecord {
  id: number;
  answerId: string;
  createdAt: number;
  guildId: string | null;
  userHash: string;
  rating: "up" | "down";
  comment: string | null;
  /** Did the person who rated also ask? Feedback on someone else's answer is kept, and marked. */
  ownAnswer: boolean;
  answer: AnswerRecord;
}

/** A document a server added with /add: who added it and when (its bytes are kept beside, see `uploadFile`). */
export interface UploadRecord {
  id: string;
  guildId: string;
  /** The name as uploaded (sanitised), and the name it is stored under in the server's folder. */
  fileName: string;
  storedName: string;
  title: string;
  bytes: number;
  sha256: string;
  uploaderId: string;
  uploaderName: string;
  uploadedAt: number;
  /** The link it was fetched from (/add url:), which its citations link to. */
  url?: string;
}

/** Where a server wants the bot to answer, set with /settings. */
export interface ServerSettings {
  /** Forum channels whose new posts are answered in the post's own thread, without a mention. */
  forumChannels: string[];
  /** Channels (and their threads) the bot never posts in: mentions there get no reply. */
  ignoredChannels: string[];
  /** A mention in a channel is answered in a new thread opened on it, instead of a reply under it. */
  mentionThreads: boolean;
}

/** What a server that never used /settings gets. */
export const DEFAULT_SETTINGS: Readonly<ServerSettings> = Object.freeze({
  forumChannels: [], ignoredChannels: [], mentionThreads: false,
});

/** Channels of each kind one server may list: more is a mistake, and /help must stay readable. */
export const MAX_SETTINGS_CHANNELS = 25;

export interface FeedbackSummary {
  up: number;
  down: number;
  others: number;
  latestDown: FeedbackRecord[];
}

export interface NewAnswer {
  guildId?: string | null;
  channelId?: string | null;
  /** The raw user id: stored only as a keyed hash. */
  userId: string;
  question: string;
  effectiveQuestion: string;
  answer: Answer;
}

export interface NewFeedback {
  answerId: string;
  userId: string;
  guildId?: string | null;
  rating: "up" | "down";
  comment?: string;
}

export interface NewUpload extends Omit<UploadRecord, "id" | "uploadedAt"> {
  /** The file itself, kept in the store so another process or machine can rebuild the server's collection. */
  fileBytes: Buffer;
}

export interface FeedbackFilter {
  rating?: "up" | "down";
  /** undefined: every server and DMs; null: DMs only. */
  guildId?: string | null;
  limit?: number;
}

export interface StateStore {
  /** Which implementation, for logs. */
  readonly kind: "sqlite" | "postgres";
  /** Where the state lives, safe to log: a file path, or a URL without its password. */
  readonly location: string;

  /** The schema version the store is at (each implementation numbers its own migrations). */
  schemaVersion(): Promise<number>;
  /** A user id as stored: a keyed hash whose key is made once per database and kept in it. */
  hashUser(userId: string): string;

  /** Keeps an answer so its buttons, follow-ups and feedback can refer to it; returns its id. */
  saveAnswer(a: NewAnswer): Promise<string>;
  getAnswer(id: string): Promise<AnswerRecord | undefined>;

  /** Starts a conversation at an answer (null: starts it over), or moves an existing one on to it. */
  openConversation(key: string, answerId: string | null, guildId?: string | null): Promise<void>;
  /** The conversation under `key`, with the question it last answered, or undefined if never opened. */
  conversation(key: string): Promise<Conversation | undefined>;

  /** Stores a 👍/👎; a second vote by the same person on the same answer replaces the first. */
  saveFeedback(f: NewFeedback): Promise<FeedbackRecord>;
  /** Feedback, newest first. */
  feedback(filter?: FeedbackFilter): Promise<FeedbackRecord[]>;
  /** A server's counts (null: DMs) and its latest 👎. */
  summary(guildId: string | null, latest?: number): Promise<FeedbackSummary>;

  /**
   * Forgets conversations idle for `olderThanMs`, and answers that old which no feedback or
   * conversation refers to. Feedback and the answers it rates are kept.
   */
  prune(olderThanMs: number): Promise<{ conversations: number; answers: number }>;

  addUpload(u: NewUpload): Promise<UploadRecord>;
  /** A server's uploads, oldest first (records only; the bytes come from `uploadFile`). */
  uploads(guildId: string): Promise<UploadRecord[]>;
  /** An upload's file, or undefined if there is no such upload or its bytes were never stored. */
  uploadFile(guildId: string, id: string): Promise<Buffer | undefined>;
  removeUpload(guildId: string, id: string): Promise<boolean>;

  /** A server's settings, DEFAULT_SETTINGS when it never changed them. */
  settings(guildId: string): Promise<ServerSettings>;
  /** Replaces a server's settings whole (channel lists de-duplicated). */
  saveSettings(guildId: string, settings: ServerSettings): Promise<ServerSettings>;
  /**
   * A server's overlay (the index of its uploads: passages, vectors, facts), packed by index/store.ts
   * `packIndex`, so any process or machine sharing the store loads it without embedding. One per server:
   * saving replaces it. It may lag the uploads (saving follows them); readers bring it up to date.
   */
  saveOverlay(guildId: string, packed: Buffer): Promise<void>;
  overlay(guildId: string): Promise<Buffer | undefined>;
  removeOverlay(guildId: string): Promise<void>;

  /**
   * Runs `job` while holding the server's lock, after whoever holds it now: changes to one server's
   * collection go one at a time, across processes on PostgreSQL (an advisory lock), within this process on SQLite.
   * Different servers never wait for each other.
   */
  withServerLock<T>(guildId: string, job: () => Promise<T>): Promise<T>;

  close(): Promise<void>;
}
