import { createHmac, randomBytes } from "node:crypto";
import { mkdirSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { UserError } from "../../index/errors.js";
import {
  fromSettings, toAnswer, toConversation, toFeedback, toSettings, toUpload, type AnswerRow, type ConversationRow,
  type FeedbackRow, type SettingsRow, type UploadRow,
} from "./rows.js";
import {
  MAX_COMMENT_CHARS,
  type AnswerRecord,
  type Conversation,
  type FeedbackRecord,
  type FeedbackSummary,
  type NewAnswer,
  type NewFeedback,
  type ServerSettings,
  type UploadRecord,
} from "./types.js";

/**
 * The bot's state in one SQLite file: answers given (so buttons can refer to them), conversations
 * (so follow-ups carry context across restarts), feedback and uploads. Everything that writes the
 * file goes through this module (bot/state/sqlite.ts puts it behind the async `StateStore` port).
 * Versioned migrations, WAL mode.
 */

/** Each entry moves the schema one version up; never edit a shipped entry, add one. */
const MIGRATIONS: string[] = [
  `CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
   CREATE TABLE answers (
     id TEXT PRIMARY KEY,
     created_at INTEGER NOT NULL,
     guild_id TEXT,
     channel_id TEXT,
     asker_hash TEXT NOT NULL,
     question TEXT NOT NULL,
     effective_question TEXT NOT NULL,
     answer_json TEXT NOT NULL
   );
   CREATE INDEX answers_created ON answers(created_at);
   CREATE TABLE conversations (
     key TEXT PRIMARY KEY,
     guild_id TEXT,
     created_at INTEGER NOT NULL,
     updated_at INTEGER NOT NULL,
     last_answer_id TEXT REFERENCES answers(id) ON DELETE SET NULL
   );
   CREATE TABLE feedback (
     id INTEGER PRIMARY KEY AUTOINCREMENT,
     answer_id TEXT NOT NULL REFERENCES answers(id),
     created_at INTEGER NOT NULL,
     guild_id TEXT,
     user_hash TEXT NOT NULL,
     rating TEXT NOT NULL CHECK (rating IN ('up', 'down')),
     comment TEXT,
     own_answer INTEGER NOT NULL,
     UNIQUE (answer_id, user_hash)
   );
   CREATE INDEX feedback_guild ON feedback(guild_id, created_at);`,
  `CREATE TABLE uploads (
     id TEXT PRIMARY KEY,
     guild_id TEXT NOT NULL,
     file_name TEXT NOT NULL,
     stored_name TEXT NOT NULL,
     title TEXT NOT NULL,
     bytes INTEGER NOT NULL,
     sha256 TEXT NOT NULL,
     uploader_id TEXT NOT NULL,
     uploader_name TEXT NOT NULL,
     uploaded_at INTEGER NOT NULL,
     UNIQUE (guild_id, sha256),
     UNIQUE (guild_id, stored_name)
   );`,
  // the file itself, so the state can be copied to a shared database that other machines read uploads from
  `ALTER TABLE uploads ADD COLUMN file_bytes BLOB;`,
  // the link a document was fetched from (/add url:), so its citations link to it
  `ALTER TABLE uploads ADD COLUMN url TEXT;`,
  // where each server wants answers (/settings): channel lists as JSON arrays
  `CREATE TABLE server_settings (
     guild_id TEXT PRIMARY KEY,
     forum_channels TEXT NOT NULL,
     ignored_channels TEXT NOT NULL,
     mention_threads INTEGER NOT NULL,
     updated_at INTEGER NOT NULL
   );`,
  // each server's overlay index, packed: another process loads it without embedding (bot/state/types.ts)
  `CREATE TABLE overlays (guild_id TEXT PRIMARY KEY, packed BLOB NOT NULL, updated_at INTEGER NOT NULL);`,
];

export const SCHEMA_VERSION = MIGRATIONS.length;
export { MAX_COMMENT_CHARS };
export type { AnswerRecord, Conversation, FeedbackRecord, FeedbackSummary, UploadRecord };

export class Store {
  private readonly db: Database.Database;
  private readonly secret: Buffer;

  constructor(
    readonly file: string,
    private readonly now: () => number = Date.now,
  ) {
    if (file !== ":memory:") mkdirSync(path.dirname(file), { recursive: true });
    try {
      this.db = new Database(file);
      this.db.pragma("journal_mode = WAL");
      this.db.pragma("foreign_keys = ON");
      this.db.pragma("busy_timeout = 2000");
      this.migrate();
    } catch (err) {
      if (err instanceof UserError) throw err;
      throw new UserError("BAD_INPUT", `cannot open the state database ${file}: ${(err as Error).message}`, {
        cause: err,
      });
    }
    this.secret = this.userSecret();
  }

  get schemaVersion(): number {
    return this.db.pragma("user_version", { simple: true }) as number;
  }

  private migrate(): void {
    const at = this.schemaVersion;
    if (at > SCHEMA_VERSION) {
      throw new UserError(
        "BAD_INPUT",
        `the state database ${this.file} is at schema version ${at}, newer than this program (${SCHEMA_VERSION}): update Tradewise`,
      );
    }
    for (let v = at; v < SCHEMA_VERSION; v++) {
      this.db.transaction(() => {
        this.db.exec(MIGRATIONS[v]!);
        this.db.pragma(`user_version = ${v + 1}`);
      })();
    }
  }

  /** A random key made once per database: user ids are stored only as keyed hashes, which cannot be reversed by trying ids. */
  private userSecret(): Buffer {
    const row = this.db.prepare("SELECT value FROM meta WHERE key = 'user_secret'").get() as
      { value: string } | undefined;
    if (row) return Buffer.from(row.value, "hex");
    const secret = randomBytes(32);
    this.db.prepare("INSERT INTO meta (key, value) VALUES ('user_secret', ?)").run(secret.toString("hex"));
    return secret;
  }

  hashUser(userId: string): string {
    return createHmac("sha256", this.secret).update(userId).digest("hex").slice(0, 32);
  }

  /** Keeps an answer so its buttons, follow-ups and feedback can refer to it; returns its id. */
  saveAnswer(a: NewAnswer): string {
    const id = randomBytes(8).toString("hex");
    this.db
      .prepare(
        `INSERT INTO answers (id, created_at, guild_id, channel_id, asker_hash, question, effective_question, answer_json)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        id,
        this.now(),
        a.guildId ?? null,
        a.channelId ?? null,
        this.hashUser(a.userId),
        a.question,
        a.effectiveQuestion,
        JSON.stringify(a.answer),
      );
    return id;
  }

  getAnswer(id: string): AnswerRecord | undefined {
    const row = this.db.prepare("SELECT * FROM answers WHERE id = ?").get(id) as AnswerRow | undefined;
    return row && toAnswer(row);
  }

  /** Starts a conversation at an answer (a thread opened on it, a DM, the terminal), or moves an existing one on to it. */
  openConversation(key: string, answerId: string | null, guildId: string | null = null): void {
    const t = this.now();
    this.db
      .prepare(
        `INSERT INTO conversations (key, guild_id, created_at, updated_at, last_answer_id) VALUES (?, ?, ?, ?, ?)
      ON CONFLICT(key) DO UPDATE SET updated_at = excluded.updated_at, last_answer_id = excluded.last_answer_id`,
      )
      .run(key, guildId, t, t, answerId);
  }

  /** The conversation under `key`, with the question it last answered, or undefined if the bot never opened it. */
  conversation(key: string): Conversation | undefined {
    const row = this.db
      .prepare(
        `SELECT c.key, c.guild_id, c.created_at, c.updated_at, a.effective_question
      FROM conversations c LEFT JOIN answers a ON a.id = c.last_answer_id WHERE c.key = ?`,
      )
      .get(key) as
      | ConversationRow
      | undefined;
    if (!row) return undefined;
    return toConversation(row);
  }

  /** Stores a 👍/👎; a second vote by the same person on the same answer replaces the first. */
  saveFeedback(f: NewFeedback): FeedbackRecord {
    const answer = this.getAnswer(f.answerId);
    if (!answer) throw new UserError("BAD_INPUT", "that answer is too old to rate (it is no longer kept)");
    const userHash = this.hashUser(f.userId);
    const comment = f.comment?.trim() ? f.comment.trim().slice(0, MAX_COMMENT_CHARS) : null;
    this.db
      .prepare(
        `INSERT INTO feedback (answer_id, created_at, guild_id, user_hash, rating, comment, own_answer) VALUES (?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT(answer_id, user_hash) DO UPDATE SET created_at = excluded.created_at, rating = excluded.rating, comment = excluded.comment`,
      )
      .run(
        f.answerId,
        this.now(),
        f.guildId ?? null,
        userHash,
        f.rating,
        comment,
        userHash === answer.askerHash ? 1 : 0,
      );
    const row = this.db
      .prepare("SELECT * FROM feedback WHERE answer_id = ? AND user_hash = ?")
      .get(f.answerId, userHash) as FeedbackRow;
    return this.toFeedback(row, answer);
  }

  private toFeedback(r: FeedbackRow, answer?: AnswerRecord): FeedbackRecord {
    return toFeedback(r, answer ?? this.getAnswer(r.answer_id)!);
  }

  /** Feedback, newest first; `guildId` undefined means every server and DMs. */
  feedback(filter: { rating?: "up" | "down"; guildId?: string | null; limit?: number } = {}): FeedbackRecord[] {
    const where: string[] = [];
    const args: Array<string | number> = [];
    if (filter.rating) {
      where.push("rating = ?");
      args.push(filter.rating);
    }
    if (filter.guildId !== undefined) {
      if (filter.guildId === null) where.push("guild_id IS NULL");
      else {
        where.push("guild_id = ?");
        args.push(filter.guildId);
      }
    }
    const sql = `SELECT * FROM feedback ${where.length ? `WHERE ${where.join(" AND ")}` : ""} ORDER BY created_at DESC, id DESC LIMIT ?`;
    return (this.db.prepare(sql).all(...args, filter.limit ?? -1) as FeedbackRow[]).map((r) => this.toFeedback(r));
  }

  summary(guildId: string | null, latest = 5): FeedbackSummary {
    const rows = this.db
      .prepare(`SELECT rating, own_answer, COUNT(*) AS n FROM feedback WHERE guild_id IS ? GROUP BY rating, own_answer`)
      .all(guildId) as Array<{ rating: "up" | "down"; own_answer: number; n: number }>;
    const count = (rating: string) => rows.filter((r) => r.rating === rating).reduce((s, r) => s + r.n, 0);
    const others = rows.filter((r) => r.own_answer === 0).reduce((s, r) => s + r.n, 0);
    return {
      up: count("up"),
      down: count("down"),
      others,
      latestDown: this.feedback({ rating: "down", guildId, limit: latest }),
    };
  }

  /**
   * Forgets what is no longer needed: conversations idle for `olderThanMs`, and answers that old which
   * no feedback or conversation refers to. Feedback and the answers it rates are kept.
   */
  prune(olderThanMs: number): { conversations: number; answers: number } {
    const cutoff = this.now() - olderThanMs;
    return this.db.transaction(() => {
      const conversations = this.db.prepare("DELETE FROM conversations WHERE updated_at < ?").run(cutoff).changes;
      const answers = this.db
        .prepare(
          `DELETE FROM answers WHERE created_at < ?
        AND id NOT IN (SELECT answer_id FROM feedback) AND id NOT IN (SELECT last_answer_id FROM conversations WHERE last_answer_id IS NOT NULL)`,
        )
        .run(cutoff).changes;
      return { conversations, answers };
    })();
  }

  /** Records an upload; with `fileBytes`, the file is kept in the database too (see `uploadFile`). */
  addUpload(u: Omit<UploadRecord, "id" | "uploadedAt">, fileBytes?: Buffer): UploadRecord {
    const record: UploadRecord = { ...u, id: randomBytes(4).toString("hex"), uploadedAt: this.now() };
    this.db
      .prepare(
        `INSERT INTO uploads (id, guild_id, file_name, stored_name, title, bytes, sha256, uploader_id, uploader_name,
        uploaded_at, file_bytes, url)
      VALUES (@id, @guildId, @fileName, @storedName, @title, @bytes, @sha256, @uploaderId, @uploaderName,
        @uploadedAt, @fileBytes, @url)`,
      )
      .run({ ...record, fileBytes: fileBytes ?? null, url: record.url ?? null });
    return record;
  }

  /** The upload's file as kept in the database, or undefined (no such upload, or recorded without its bytes). */
  uploadFile(guildId: string, id: string): Buffer | undefined {
    const row = this.db.prepare("SELECT file_bytes FROM uploads WHERE guild_id = ? AND id = ?").get(guildId, id) as
      | { file_bytes: Buffer | null }
      | undefined;
    return row?.file_bytes ?? undefined;
  }

  /** A server's uploads, oldest first. */
  uploads(guildId: string): UploadRecord[] {
    return (this.db
      .prepare(
        `SELECT id, guild_id AS guildId, file_name AS fileName, stored_name AS storedName, title, bytes, sha256,
      uploader_id AS uploaderId, uploader_name AS uploaderName, uploaded_at AS uploadedAt, url
      FROM uploads WHERE guild_id = ? ORDER BY uploaded_at, id`,
      )
      .all(guildId) as UploadRow[]).map(toUpload);
  }

  saveOverlay(guildId: string, packed: Buffer): void {
    this.db.prepare(
      `INSERT INTO overlays (guild_id, packed, updated_at) VALUES (?, ?, ?)
       ON CONFLICT (guild_id) DO UPDATE SET packed = excluded.packed, updated_at = excluded.updated_at`,
    ).run(guildId, packed, this.now());
  }

  overlay(guildId: string): Buffer | undefined {
    const row = this.db.prepare("SELECT packed FROM overlays WHERE guild_id = ?").get(guildId) as { packed: Buffer } | undefined;
    return row?.packed;
  }

  removeOverlay(guildId: string): void {
    this.db.prepare("DELETE FROM overlays WHERE guild_id = ?").run(guildId);
  }

  removeUpload(guildId: string, id: string): boolean {
    return this.db.prepare("DELETE FROM uploads WHERE guild_id = ? AND id = ?").run(guildId, id).changes > 0;
  }

  /** A server's settings (/settings), the defaults when it never changed them. */
  settings(guildId: string): ServerSettings {
    const row = this.db.prepare("SELECT * FROM server_settings WHERE guild_id = ?").get(guildId) as SettingsRow | undefined;
    return toSettings(row);
  }

  /** Replaces a server's settings whole. */
  saveSettings(guildId: string, settings: ServerSettings): ServerSettings {
    const s = fromSettings(settings);
    this.db
      .prepare(
        `INSERT INTO server_settings (guild_id, forum_channels, ignored_channels, mention_threads, updated_at)
      VALUES (?, ?, ?, ?, ?) ON CONFLICT(guild_id) DO UPDATE SET forum_channels = excluded.forum_channels,
      ignored_channels = excluded.ignored_channels, mention_threads = excluded.mention_threads, updated_at = excluded.updated_at`,
      )
      .run(guildId, s.forumChannels, s.ignoredChannels, s.mentionThreads ? 1 : 0, this.now());
    return this.settings(guildId);
  }

  close(): void {
    this.db.close();
  }
}
