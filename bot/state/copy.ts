import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import type pg from "pg";
import { UserError } from "../../index/errors.js";
import { packIndex } from "../../index/store.js";
import type { PostgresStore } from "./postgres.js";
import { SCHEMA_VERSION } from "./store.js";

/**
 * Copies the SQLite state (DATA_DIR/tradewise.db) into PostgreSQL: every answer, conversation,
 * feedback, upload (with its file, read from the server's folder), server's settings and server's overlay
 * (the index of its uploads, so no process sharing the database embeds them again; one found only in the
 * server's folder is packed from there). The user key comes
 * along, so hashes stay valid. Run it again and nothing is doubled: rows already there are kept,
 * newer conversation turns and votes win. All of it is written in one transaction, or none.
 */

export interface CopyCounts {
  answers: number;
  conversations: number;
  feedback: number;
  uploads: number;
  /** Servers whose /settings were copied. */
  settings: number;
  /** Servers whose overlay (the index of their uploads) was copied. */
  overlays: number;
  /** Uploads whose file was found (in the server's folder, or kept in the SQLite file). */
  files: number;
  /** Uploads copied without their file: found neither on disk nor in the database. */
  missingFiles: string[];
}

/** Where /add put a server's uploads (bot/collections/collections.ts). */
const uploadPath = (dataDir: string, guildId: string, storedName: string): string | undefined =>
  /^\d{1,25}$/.test(guildId)
    ? path.join(dataDir, "servers", guildId, "docs", "server-uploads", path.basename(storedName))
    : undefined;

function openSource(file: string): Database.Database {
  if (!existsSync(file)) throw new UserError("BAD_INPUT", `there is no SQLite state to copy at ${file} (set DATA_DIR)`);
  const db = new Database(file, { readonly: true, fileMustExist: true });
  const version = db.pragma("user_version", { simple: true }) as number;
  if (version > SCHEMA_VERSION) {
    db.close();
    throw new UserError(
      "BAD_INPUT",
      `the state database ${file} is at schema version ${version}, ` +
        `newer than this program (${SCHEMA_VERSION}): update Tradewise`,
    );
  }
  if (version < 1) {
    db.close();
    throw new UserError("BAD_INPUT", `${file} is not a Tradewise state database (schema version 0)`);
  }
  return db;
}

const has = (db: Database.Database, table: string, column?: string): boolean =>
  column === undefined
    ? db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(table) !== undefined
    : (db.prepare(`PRAGMA table_info(${table})`).all() as Array<{ name: string }>).some((c) => c.name === column);

type Row = Record<string, unknown>;

async function copyRows(db: Database.Database, c: pg.PoolClient, dataDir: string): Promise<CopyCounts> {
  const counts: CopyCounts = {
    answers: 0, conversations: 0, feedback: 0, uploads: 0, settings: 0, overlays: 0, files: 0, missingFiles: [],
  };
  for (const r of db.prepare("SELECT * FROM answers ORDER BY created_at, id").iterate() as Iterable<Row>) {
    await c.query(
      `INSERT INTO answers (id, created_at, guild_id, channel_id, asker_hash, question, effective_question, answer_json)
      VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (id) DO NOTHING`,
      [r["id"], r["created_at"], r["guild_id"], r["channel_id"], r["asker_hash"], r["question"],
        r["effective_question"], r["answer_json"]],
    );
    counts.answers++;
  }
  for (const r of db.prepare("SELECT * FROM conversations").iterate() as Iterable<Row>) {
    await c.query(
      `INSERT INTO conversations (key, guild_id, created_at, updated_at, last_answer_id) VALUES ($1, $2, $3, $4, $5)
      ON CONFLICT (key) DO UPDATE SET updated_at = EXCLUDED.updated_at, last_answer_id = EXCLUDED.last_answer_id
      WHERE conversations.updated_at <= EXCLUDED.updated_at`,
      [r["key"], r["guild_id"], r["created_at"], r["updated_at"], r["last_answer_id"]],
    );
    counts.conversations++;
  }
  for (const r of db.prepare("SELECT * FROM feedback ORDER BY id").iterate() as Iterable<Row>) {
    await c.query(
      `INSERT INTO feedback (answer_id, created_at, guild_id, user_hash, rating, comment, own_answer)
      VALUES ($1, $2, $3, $4, $5, $6, $7)
      ON CONFLICT (answer_id, user_hash) DO UPDATE
        SET created_at = EXCLUDED.created_at, rating = EXCLUDED.rating, comment = EXCLUDED.comment
      WHERE feedback.created_at <= EXCLUDED.created_at`,
      [r["answer_id"], r["created_at"], r["guild_id"], r["user_hash"], r["rating"], r["comment"], r["own_answer"] === 1],
    );
    counts.feedback++;
  }
  if (has(db, "server_settings")) {
    for (const r of db.prepare("SELECT * FROM server_settings").iterate() as Iterable<Row>) {
      await c.query(
        `INSERT INTO server_settings (guild_id, forum_channels, ignored_channels, mention_threads, updated_at)
        VALUES ($1, $2, $3, $4, $5) ON CONFLICT (guild_id) DO UPDATE SET forum_channels = EXCLUDED.forum_channels,
        ignored_channels = EXCLUDED.ignored_channels, mention_threads = EXCLUDED.mention_threads,
        updated_at = EXCLUDED.updated_at WHERE server_settings.updated_at <= EXCLUDED.updated_at`,
        [r["guild_id"], r["forum_channels"], r["ignored_channels"], r["mention_threads"] === 1, r["updated_at"]],
      );
      counts.settings++;
    }
  }
  if (!has(db, "uploads")) return counts;
  await copyUploads(db, c, dataDir, counts);
  counts.overlays = await copyOverlays(db, c, dataDir);
  return counts;
}

async function copyUploads(db: Database.Database, c: pg.PoolClient, dataDir: string, counts: CopyCounts): Promise<void> {
  const kept = has(db, "uploads", "file_bytes") ? "file_bytes" : "NULL AS file_bytes";
  const url = has(db, "uploads", "url") ? "url" : "NULL AS url";
  for (const r of db.prepare(`SELECT *, ${kept}, ${url} FROM uploads ORDER BY uploaded_at, id`).iterate() as Iterable<Row>) {
    const guildId = String(r["guild_id"]);
    const file = uploadPath(dataDir, guildId, String(r["stored_name"]));
    const bytes = file && existsSync(file) ? readFileSync(file) : ((r["file_bytes"] as Buffer | null) ?? null);
    await c.query(
      `INSERT INTO uploads (id, guild_id, file_name, stored_name, title, bytes, sha256, uploader_id, uploader_name,
        uploaded_at, file_bytes, url) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) ON CONFLICT DO NOTHING`,
      [r["id"], guildId, r["file_name"], r["stored_name"], r["title"], r["bytes"], r["sha256"], r["uploader_id"],
        r["uploader_name"], r["uploaded_at"], bytes, r["url"]],
    );
    if (bytes) {
      // an upload copied earlier without its file gets it now
      await c.query("UPDATE uploads SET file_bytes = $3 WHERE guild_id = $1 AND id = $2 AND file_bytes IS NULL", [
        guildId, r["id"], bytes,
      ]);
      counts.files++;
    } else counts.missingFiles.push(`${guildId}/${String(r["stored_name"])}`);
    counts.uploads++;
  }
}

/** Writes one server's overlay unless the target holds a newer one (another process saved it since). */
const saveOverlay = (c: pg.PoolClient, guildId: string, packed: Buffer, updatedAt: number) => c.query(
  `INSERT INTO overlays (guild_id, packed, updated_at) VALUES ($1, $2, $3) ON CONFLICT (guild_id) DO UPDATE
  SET packed = EXCLUDED.packed, updated_at = EXCLUDED.updated_at WHERE overlays.updated_at <= EXCLUDED.updated_at`,
  [guildId, packed, updatedAt],
);

/**
 * Servers' overlays: those kept in the SQLite file, then those of servers with uploads whose overlay is only
 * in their folder (saving it in the store failed, or it predates the table), packed from there.
 */
async function copyOverlays(db: Database.Database, c: pg.PoolClient, dataDir: string): Promise<number> {
  const copied = new Set<string>();
  if (has(db, "overlays")) {
    for (const r of db.prepare("SELECT * FROM overlays").iterate() as Iterable<Row>) {
      await saveOverlay(c, String(r["guild_id"]), r["packed"] as Buffer, Number(r["updated_at"]));
      copied.add(String(r["guild_id"]));
    }
  }
  const servers = path.join(dataDir, "servers");
  const uploaders = db.prepare("SELECT DISTINCT guild_id FROM uploads").all() as Row[];
  const withUploads = new Set(uploaders.map((r) => String(r["guild_id"])));
  for (const guildId of existsSync(servers) ? readdirSync(servers) : []) {
    const dir = path.join(servers, guildId, "overlay");
    if (copied.has(guildId) || !withUploads.has(guildId) || !existsSync(dir)) continue;
    const packed = await packIndex(dir).catch(() => undefined); // an unreadable one is rebuilt from the uploads
    if (!packed) continue;
    await saveOverlay(c, guildId, packed, Math.floor(statSync(dir).mtimeMs));
    copied.add(guildId);
  }
  return copied.size;
}

export async function copySqliteToPostgres(sourceFile: string, dataDir: string, target: PostgresStore): Promise<CopyCounts> {
  const db = openSource(sourceFile);
  try {
    const secret = db.prepare("SELECT value FROM meta WHERE key = 'user_secret'").get() as { value: string } | undefined;
    if (secret) await target.adoptUserSecret(secret.value);
    return await target.transaction((c) => copyRows(db, c, dataDir));
  } finally {
    db.close();
  }
}
