import { createHash, createHmac, randomBytes } from "node:crypto";
import pg from "pg";
import { UserError } from "../../index/errors.js";
import { redactUrl } from "../config.js";
import { migrate, pgSchemaVersion } from "./postgresSchema.js";
import {
  fromSettings, toAnswer, toConversation, toFeedback, toSettings, toUpload, type AnswerRow, type ConversationRow,
  type FeedbackRow, type SettingsRow, type UploadRow,
} from "./rows.js";
import {
  MAX_COMMENT_CHARS,
  type AnswerRecord, type Conversation, type FeedbackFilter, type FeedbackRecord, type FeedbackSummary,
  type NewAnswer, type NewFeedback, type NewUpload, type ServerSettings, type StateStore, type UploadRecord,
} from "./types.js";

/**
 * The state in PostgreSQL (node-postgres), shared by every process and machine given the same URL:
 * the same tables and behaviour as the SQLite file, through a connection pool. Times come from this
 * process (`now`), as in SQLite, so both behave alike under test clocks.
 */

export interface PostgresOptions {
  now?: () => number;
  /** Connections in the pool. Default 10; each bot process holds at most this many. */
  max?: number;
  /** Called when an idle connection fails (the server restarted, the network dropped); the pool reconnects. */
  onIdleError?: (err: Error) => void;
}

/** How long a new connection may take: past it, a question during an outage fails instead of hanging. */
const CONNECT_TIMEOUT_MS = 10_000;

/** First half of every collection lock's key, so they cannot meet other advisory locks (the migration's). */
const SERVER_LOCK_SPACE = 0x7477_636c; // "twcl"

/** A server id as the second half of its advisory lock's key: a signed 32-bit hash (a collision only serialises more). */
const serverLockKey = (guildId: string): number => createHash("sha256").update(guildId).digest().readInt32BE(0);

/**
 * Runs `job` on a client of its own, listening for its connection dropping meanwhile (unheard, that
 * error would end the process); a client that failed is closed, not handed out again.
 */
async function withClient<T>(connect: () => Promise<pg.PoolClient>, job: (c: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await connect();
  let broken: Error | undefined;
  const onError = (err: Error) => { broken = err; };
  client.on("error", onError);
  try {
    return await job(client);
  } finally {
    client.removeListener("error", onError);
    client.release(broken);
  }
}

/** BIGINT (times, counts) as numbers: milliseconds since 1970 fit exactly in a double. */
const TYPES: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: "text" | "binary") =>
    oid === pg.types.builtins.INT8 ? Number : pg.types.getTypeParser(oid, format)) as pg.CustomTypesConfig["getTypeParser"],
};

/** Feedback joined with the answer it rates: one query, not one per row. */
const FEEDBACK_SELECT = `SELECT f.*, a.created_at AS a_created_at, a.guild_id AS a_guild_id, a.channel_id AS a_channel_id,
  a.asker_hash AS a_asker_hash, a.question AS a_question, a.effective_question AS a_effective_question,
  a.answer_json AS a_answer_json FROM feedback f JOIN answers a ON a.id = f.answer_id`;

type JoinedRow = FeedbackRow & { [K in keyof AnswerRow as `a_${K}`]: AnswerRow[K] };

const fromJoined = (r: JoinedRow): FeedbackRecord =>
  toFeedback(r, toAnswer({
    id: r.answer_id,
    created_at: r.a_created_at,
    guild_id: r.a_guild_id,
    channel_id: r.a_channel_id,
    asker_hash: r.a_asker_hash,
    question: r.a_question,
    effective_question: r.a_effective_question,
    answer_json: r.a_answer_json,
  }));

const UPLOAD_COLUMNS = `id, guild_id AS "guildId", file_name AS "fileName", stored_name AS "storedName", title,
  bytes, sha256, uploader_id AS "uploaderId", uploader_name AS "uploaderName", uploaded_at AS "uploadedAt", url`;

const FOREIGN_KEY_VIOLATION = "23503";

export class PostgresStore implements StateStore {
  readonly kind = "postgres";

  private constructor(
    private readonly pool: pg.Pool,
    readonly location: string,
    private secret: Buffer,
    private readonly now: () => number,
    private readonly url: string,
  ) {}

  /**
   * Connects, migrates and reads the user key (made on first use). An unreachable server or a
   * schema newer than this program is a UserError whose message names the URL without its password.
   */
  static async open(url: string, options: PostgresOptions = {}): Promise<PostgresStore> {
    const location = redactUrl(url);
    const pool = new pg.Pool({
      connectionString: url, max: options.max ?? 10, types: TYPES, connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    });
    pool.on("error", options.onIdleError ?? (() => undefined));
    const connect = () => pool.connect().catch((err: unknown) => {
      const why = (err as Error).message || (err as { code?: string }).code || "no answer";
      throw new UserError("BAD_INPUT", `cannot reach the state database ${location}: ${why}`, {
        cause: err,
      });
    });
    try {
      const secret = await withClient(connect, async (client) => {
        await migrate(client, location);
        await client.query("INSERT INTO meta (key, value) VALUES ('user_secret', $1) ON CONFLICT (key) DO NOTHING", [
          randomBytes(32).toString("hex"),
        ]);
        const { rows } = await client.query<{ value: string }>("SELECT value FROM meta WHERE key = 'user_secret'");
        return Buffer.from(rows[0]!.value, "hex");
      });
      return new PostgresStore(pool, location, secret, options.now ?? Date.now, url);
    } catch (err) {
      await pool.end().catch(() => undefined);
      throw err;
    }
  }

  async schemaVersion(): Promise<number> {
    return withClient(() => this.pool.connect(), pgSchemaVersion);
  }

  hashUser(userId: string): string {
    return createHmac("sha256", this.secret).update(userId).digest("hex").slice(0, 32);
  }

  /** The key user ids are hashed with (hex), so a copy of the state keeps its hashes valid. */
  get userSecretHex(): string {
    return this.secret.toString("hex");
  }

  /** Runs `job` in one transaction on one connection: all of it is written, or none. */
  async transaction<T>(job: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    return withClient(() => this.pool.connect(), async (client) => {
      await client.query("BEGIN");
      try {
        const result = await job(client);
        await client.query("COMMIT");
        return result;
      } catch (err) {
        await client.query("ROLLBACK").catch(() => undefined);
        throw err;
      }
    });
  }

  /**
   * Holds the server's advisory lock while `job` runs, so two processes never change one server's collection
   * at once: the second waits. The lock lives on a connection of its own, outside the pool, so lock holders
   * and waiters never take the connections `job` itself needs; if that connection drops, the server frees the lock.
   */
  async withServerLock<T>(guildId: string, job: () => Promise<T>): Promise<T> {
    const client = new pg.Client({ connectionString: this.url, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
    client.on("error", () => undefined); // a drop while holding: the lock is gone, `job` carries on and its writes fail or not
    await client.connect();
    try {
      await client.query("SELECT pg_advisory_lock($1, $2)", [SERVER_LOCK_SPACE, serverLockKey(guildId)]);
      return await job();
    } finally {
      await client.end().catch(() => undefined); // ending the session releases its locks
    }
  }

  /**
   * Takes over another database's user key (copying state across). Refused when this database already
   * holds hashes made with a different key, which would stop matching.
   */
  async adoptUserSecret(hex: string): Promise<void> {
    if (hex === this.userSecretHex) return;
    await this.transaction(async (c) => {
      await c.query("LOCK TABLE meta IN EXCLUSIVE MODE");
      const used = await c.query("SELECT 1 FROM answers UNION ALL SELECT 1 FROM feedback LIMIT 1");
      if (used.rowCount) {
        throw new UserError(
          "BAD_INPUT",
          `the state database ${this.location} already holds state hashed with another key: copy into an empty database`,
        );
      }
      await c.query("UPDATE meta SET value = $1 WHERE key = 'user_secret'", [hex]);
    });
    this.secret = Buffer.from(hex, "hex");
  }

  async saveAnswer(a: NewAnswer): Promise<string> {
    const id = randomBytes(8).toString("hex");
    await this.pool.query(
      `INSERT INTO answers (id, created_at, guild_id, channel_id, asker_hash, question, effective_question, answer_json)
      VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [id, this.now(), a.guildId ?? null, a.channelId ?? null, this.hashUser(a.userId), a.question,
        a.effectiveQuestion, JSON.stringify(a.answer)],
    );
    return id;
  }

  async getAnswer(id: string): Promise<AnswerRecord | undefined> {
    const { rows } = await this.pool.query<AnswerRow>("SELECT * FROM answers WHERE id = $1", [id]);
    return rows[0] && toAnswer(rows[0]);
  }

  async openConversation(key: string, answerId: string | null, guildId: string | null = null): Promise<void> {
    const t = this.now();
    await this.pool.query(
      `INSERT INTO conversations (key, guild_id, created_at, updated_at, last_answer_id) VALUES ($1, $2, $3, $3, $4)
      ON CONFLICT (key) DO UPDATE SET updated_at = EXCLUDED.updated_at, last_answer_id = EXCLUDED.last_answer_id`,
      [key, guildId, t, answerId],
    );
  }

  async conversation(key: string): Promise<Conversation | undefined> {
    const { rows } = await this.pool.query<ConversationRow>(
      `SELECT c.key, c.guild_id, c.created_at, c.updated_at, a.effective_question
      FROM conversations c LEFT JOIN answers a ON a.id = c.last_answer_id WHERE c.key = $1`,
      [key],
    );
    const row = rows[0];
    if (!row) return undefined;
    return toConversation(row);
  }

  async saveFeedback(f: NewFeedback): Promise<FeedbackRecord> {
    const gone = () => new UserError("BAD_INPUT", "that answer is too old to rate (it is no longer kept)");
    const answer = await this.getAnswer(f.answerId);
    if (!answer) throw gone();
    const userHash = this.hashUser(f.userId);
    const comment = f.comment?.trim() ? f.comment.trim().slice(0, MAX_COMMENT_CHARS) : null;
    try {
      const { rows } = await this.pool.query<FeedbackRow>(
        `INSERT INTO feedback (answer_id, created_at, guild_id, user_hash, rating, comment, own_answer)
        VALUES ($1, $2, $3, $4, $5, $6, $7)
        ON CONFLICT (answer_id, user_hash) DO UPDATE
          SET created_at = EXCLUDED.created_at, rating = EXCLUDED.rating, comment = EXCLUDED.comment
        RETURNING *`,
        [f.answerId, this.now(), f.guildId ?? null, userHash, f.rating, comment, userHash === answer.askerHash],
      );
      return toFeedback(rows[0]!, answer);
    } catch (err) {
      // pruned by another process between the read and the write
      if ((err as { code?: string }).code === FOREIGN_KEY_VIOLATION) throw gone();
      throw err;
    }
  }

  async feedback(filter: FeedbackFilter = {}): Promise<FeedbackRecord[]> {
    const where: string[] = [];
    const args: unknown[] = [];
    if (filter.rating) where.push(`f.rating = $${args.push(filter.rating)}`);
    if (filter.guildId !== undefined) {
      where.push(filter.guildId === null ? "f.guild_id IS NULL" : `f.guild_id = $${args.push(filter.guildId)}`);
    }
    const limit = `$${args.push(filter.limit ?? null)}`;
    const { rows } = await this.pool.query<JoinedRow>(
      `${FEEDBACK_SELECT} ${where.length ? `WHERE ${where.join(" AND ")}` : ""}
      ORDER BY f.created_at DESC, f.id DESC LIMIT ${limit}`,
      args,
    );
    return rows.map(fromJoined);
  }

  async summary(guildId: string | null, latest = 5): Promise<FeedbackSummary> {
    const { rows } = await this.pool.query<{ rating: "up" | "down"; own_answer: boolean; n: number }>(
      `SELECT rating, own_answer, COUNT(*) AS n FROM feedback WHERE guild_id IS NOT DISTINCT FROM $1
      GROUP BY rating, own_answer`,
      [guildId],
    );
    const count = (rating: string) => rows.filter((r) => r.rating === rating).reduce((s, r) => s + r.n, 0);
    return {
      up: count("up"),
      down: count("down"),
      others: rows.filter((r) => !r.own_answer).reduce((s, r) => s + r.n, 0),
      latestDown: await this.feedback({ rating: "down", guildId, limit: latest }),
    };
  }

  async prune(olderThanMs: number): Promise<{ conversations: number; answers: number }> {
    const cutoff = this.now() - olderThanMs;
    return this.transaction(async (c) => {
      const conversations = (await c.query("DELETE FROM conversations WHERE updated_at < $1", [cutoff])).rowCount ?? 0;
      const answers = (
        await c.query(
          `DELETE FROM answers a WHERE a.created_at < $1
          AND NOT EXISTS (SELECT 1 FROM feedback f WHERE f.answer_id = a.id)
          AND NOT EXISTS (SELECT 1 FROM conversations c WHERE c.last_answer_id = a.id)`,
          [cutoff],
        )
      ).rowCount ?? 0;
      return { conversations, answers };
    });
  }

  async addUpload({ fileBytes, ...u }: NewUpload): Promise<UploadRecord> {
    const record: UploadRecord = { ...u, id: randomBytes(4).toString("hex"), uploadedAt: this.now() };
    await this.pool.query(
      `INSERT INTO uploads (id, guild_id, file_name, stored_name, title, bytes, sha256, uploader_id, uploader_name,
        uploaded_at, file_bytes, url) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
      [record.id, record.guildId, record.fileName, record.storedName, record.title, record.bytes, record.sha256,
        record.uploaderId, record.uploaderName, record.uploadedAt, fileBytes, record.url ?? null],
    );
    return record;
  }

  async uploads(guildId: string): Promise<UploadRecord[]> {
    const { rows } = await this.pool.query<UploadRow>(
      `SELECT ${UPLOAD_COLUMNS} FROM uploads WHERE guild_id = $1 ORDER BY uploaded_at, id COLLATE "C"`,
      [guildId],
    );
    return rows.map(toUpload);
  }

  async uploadFile(guildId: string, id: string): Promise<Buffer | undefined> {
    const { rows } = await this.pool.query<{ file_bytes: Buffer | null }>(
      "SELECT file_bytes FROM uploads WHERE guild_id = $1 AND id = $2",
      [guildId, id],
    );
    return rows[0]?.file_bytes ?? undefined;
  }

  async removeUpload(guildId: string, id: string): Promise<boolean> {
    const { rowCount } = await this.pool.query("DELETE FROM uploads WHERE guild_id = $1 AND id = $2", [guildId, id]);
    return (rowCount ?? 0) > 0;
  }

  async settings(guildId: string): Promise<ServerSettings> {
    const { rows } = await this.pool.query<SettingsRow>("SELECT * FROM server_settings WHERE guild_id = $1", [guildId]);
    return toSettings(rows[0]);
  }

  async saveSettings(guildId: string, settings: ServerSettings): Promise<ServerSettings> {
    const s = fromSettings(settings);
    const { rows } = await this.pool.query<SettingsRow>(
      `INSERT INTO server_settings (guild_id, forum_channels, ignored_channels, mention_threads, updated_at)
      VALUES ($1, $2, $3, $4, $5) ON CONFLICT (guild_id) DO UPDATE SET forum_channels = EXCLUDED.forum_channels,
      ignored_channels = EXCLUDED.ignored_channels, mention_threads = EXCLUDED.mention_threads,
      updated_at = EXCLUDED.updated_at RETURNING *`,
      [guildId, s.forumChannels, s.ignoredChannels, s.mentionThreads, this.now()],
    );
    return toSettings(rows[0]);
  }

  async saveOverlay(guildId: string, packed: Buffer): Promise<void> {
    await this.pool.query(
      `INSERT INTO overlays (guild_id, packed, updated_at) VALUES ($1, $2, $3)
       ON CONFLICT (guild_id) DO UPDATE SET packed = EXCLUDED.packed, updated_at = EXCLUDED.updated_at`,
      [guildId, packed, this.now()],
    );
  }

  async overlay(guildId: string): Promise<Buffer | undefined> {
    const { rows } = await this.pool.query<{ packed: Buffer }>("SELECT packed FROM overlays WHERE guild_id = $1", [guildId]);
    return rows[0]?.packed;
  }

  async removeOverlay(guildId: string): Promise<void> {
    await this.pool.query("DELETE FROM overlays WHERE guild_id = $1", [guildId]);
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
