import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { UserError } from "../index/errors.js";
import { normaliseHost } from "./collections/fetch/address.js"; // not guard.js: that loads undici, for every command

function nearestPackageDir(dir: string): string {
  for (let d = dir; ; d = path.dirname(d)) {
    if (existsSync(path.join(d, "package.json"))) return d;
    if (d === path.dirname(d)) return path.resolve(dir, "..");
  }
}

/**
 * The project folder (the nearest one holding package.json), so default paths work from any working
 * directory, whether this file runs from bot/ through tsx or compiled from dist/bot/.
 */
export const PROJECT_ROOT = nearestPackageDir(path.dirname(fileURLToPath(import.meta.url)));
export const DEFAULT_CORPUS = path.join(PROJECT_ROOT, "corpus", "seed");

/** Checked without ever echoing the value: it may hold a password. */
export function isPostgresUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === "postgres:" || url.protocol === "postgresql:";
  } catch {
    return false;
  }
}

/** A database URL fit for logs and messages: the password replaced by ***. */
export function redactUrl(value: string): string {
  try {
    const url = new URL(value);
    if (url.password) url.password = "***";
    return url.toString();
  } catch {
    return "(not a URL)";
  }
}

const bool = z.enum(["true", "false", "1", "0", "yes", "no"]).transform((v) => v === "true" || v === "1" || v === "yes");
const int = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

/** Far above any real shard count (Discord recommends about one shard per 1,000 servers): it catches typos. */
const MAX_SHARDS = 100_000;

/** `auto` (what Discord's GET /gateway/bot recommends) or a whole number of shards. */
const shardCount = z.string().transform((v, ctx): "auto" | number => {
  const s = v.trim().toLowerCase();
  if (s === "auto") return "auto";
  if (/^\d+$/.test(s) && Number(s) >= 1 && Number(s) <= MAX_SHARDS) return Number(s);
  const message = `auto (Discord's recommendation), or a whole number of shards from 1 to ${MAX_SHARDS}, e.g. 2`;
  ctx.addIssue({ code: "custom", message });
  return z.NEVER;
});

/** Comma-separated shard ids, each once, returned in order. */
const shardIds = z.string().transform((v, ctx): readonly number[] => {
  const parts = v.split(",").map((p) => p.trim()).filter(Boolean);
  const bad = parts.filter((p) => !/^\d+$/.test(p) || Number(p) >= MAX_SHARDS);
  if (bad.length || !parts.length) {
    const message = `not shard ids: ${bad.join(", ") || v} (comma-separated whole numbers from 0, e.g. 0,1)`;
    ctx.addIssue({ code: "custom", message });
    return z.NEVER;
  }
  const ids = parts.map(Number);
  const twice = ids.find((id, i) => ids.indexOf(id) !== i);
  if (twice !== undefined) {
    ctx.addIssue({ code: "custom", message: `shard ${twice} is listed twice` });
    return z.NEVER;
  }
  return Object.freeze([...ids].sort((a, b) => a - b));
});

/** Why some of `ids` cannot run with `count` shards (`counted`: whose count), naming them; undefined when all fit. */
export function shardsOutside(ids: readonly number[], count: number, counted: string): string | undefined {
  const outside = ids.filter((id) => id >= count);
  if (!outside.length) return undefined;
  const range = count === 1 ? "id 0 only" : `ids 0 to ${count - 1}`;
  const named = outside.length > 1 ? `shards ${outside.join(", ")} are` : `shard ${outside[0]} is`;
  return `${named} outside the ${count} shard${count > 1 ? "s" : ""} ${counted} (${range})`;
}

const schema = z.object({
  CORPUS_DIR: z.string().default(DEFAULT_CORPUS),
  INDEX_DIR: z.string().optional(),
  EMBEDDER: z.string().regex(/^(use-lite|hf:.+)$/, "use-lite, or hf:<model id or local folder>").default("use-lite"),
  EMBED_WORKERS: int(1, 64).optional(),
  HF_ALLOW_REMOTE: bool.default(false),
  HF_CACHE_DIR: z.string().optional(),
  TOP_K: int(1, 50).default(5),
  MAX_FILE_BYTES: int(1, 1024 ** 3).default(10 * 1024 * 1024),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  DISCORD_TOKEN: z.string().optional(),
  DISCORD_CLIENT_ID: z.string().optional(),
  DISCORD_GUILD_ID: z.string().optional(),
  DISCORD_MENTIONS: bool.default(false),
  DISCORD_API_URL: z.url().optional(),
  /** Gateway shards of the whole bot (every process together), or `auto`: Discord's recommendation. */
  DISCORD_SHARD_COUNT: shardCount.default("auto"),
  /** The shards this process runs; unset: all of them. Several processes split the ids between them. */
  DISCORD_SHARD_IDS: shardIds.optional(),
  /** Thread follow-ups: needs the privileged Message Content intent, like mentions. */
  DISCORD_FOLLOWUPS: bool.default(true),
  /** Where the bot keeps its state (conversations, feedback): one SQLite file in this folder. */
  DATA_DIR: z.string().default(path.join(PROJECT_ROOT, "data")),
  /** Uploads with /add: largest file, documents and bytes per server, and a role allowed besides Manage Server. */
  UPLOAD_MAX_BYTES: int(1, 1024 ** 3).default(10 * 1024 * 1024),
  UPLOAD_MAX_DOCUMENTS: int(1, 100_000).default(50),
  UPLOAD_MAX_TOTAL_BYTES: int(1, 1024 ** 4).default(100 * 1024 * 1024),
  /**
   * Memory for servers' overlays (their uploads' own indexes), in MB: beyond it the least recently used
   * leave memory and come back from disk on their next question. The shared base index is not counted.
   */
  SERVER_CACHE_MB: int(1, 1024 * 1024).default(128),
  UPLOAD_ROLE_ID: z.string().regex(/^\d{15,25}$/, "a role id (enable Developer Mode, right-click the role, Copy Role ID)").optional(),
  /**
   * Shared state in PostgreSQL (postgres://user:password@host:port/database): every process or machine
   * given the same URL shares answers, conversations, feedback and uploads. Unset: SQLite under DATA_DIR.
   */
  DATABASE_URL: z
    .string()
    .refine(isPostgresUrl, "a postgres:// or postgresql:// URL (postgres://user:password@host:5432/database)")
    .optional(),
  /**
   * Host names `add` by link may fetch although they resolve to private or loopback addresses
   * (an intranet, the tests' local server), comma-separated. Default: none.
   */
  ADD_URL_ALLOW_HOSTS: z
    .string()
    .default("")
    .transform((v, ctx) => {
      const hosts = v.split(",").map((h) => h.trim()).filter(Boolean);
      const bad = hosts.filter((h) => !normaliseHost(h));
      if (bad.length) ctx.addIssue({ code: "custom", message: `not host names: ${bad.join(", ")} (e.g. intranet.example,10.0.0.5)` });
      return Object.freeze(hosts.map((h) => normaliseHost(h) ?? h));
    }),
  /** Long work (/add, /reindex) edits its reply with progress at most this often (Discord rate-limits edits). */
  DISCORD_PROGRESS_EVERY_MS: int(0, 600_000).default(2000),
  /** A conversation's context is carried over for this long after its last turn. */
  CONVERSATION_TTL_MINUTES: int(1, 60 * 24 * 90).default(24 * 60),
}).superRefine((c, ctx) => {
  // with a fixed count the ids are checked here; with `auto` once Discord has said the count (bot/discord/shards.ts)
  const outside = typeof c.DISCORD_SHARD_COUNT === "number" && c.DISCORD_SHARD_IDS
    ? shardsOutside(c.DISCORD_SHARD_IDS, c.DISCORD_SHARD_COUNT, `of DISCORD_SHARD_COUNT=${c.DISCORD_SHARD_COUNT}`)
    : undefined;
  if (outside) ctx.addIssue({ code: "custom", path: ["DISCORD_SHARD_IDS"], message: outside });
});

export type Env = z.infer<typeof schema>;

export interface Config extends Readonly<Omit<Env, "INDEX_DIR">> {
  /** Where the index of CORPUS_DIR lives: INDEX_DIR, or a folder under data/index named after the corpus. */
  readonly INDEX_DIR: string;
}

/** Default index folder for a corpus: one per corpus folder, so switching corpora never clobbers an index. */
export function defaultIndexDir(corpusDir: string): string {
  const abs = path.resolve(corpusDir);
  if (abs === DEFAULT_CORPUS) return path.join(PROJECT_ROOT, "data", "index", "seed");
  let h = 0;
  for (const ch of abs) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return path.join(PROJECT_ROOT, "data", "index", `${path.basename(abs)}-${h.toString(16)}`);
}

/**
 * Parses configuration once (t3-env style): every problem reported together, `KEY=` treated as
 * unset. Nothing else in the code base reads `process.env`.
 */
export function loadConfig(env: Record<string, string | undefined> = process.env, overrides: Partial<Env> = {}): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([k, v]) => k in schema.shape && v !== undefined && v.trim() !== ""));
  const parsed = schema.safeParse({ ...cleaned, ...Object.fromEntries(Object.entries(overrides).filter(([, v]) => v !== undefined)) });
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new UserError("CONFIG_INVALID", `invalid configuration (see .env.example): ${problems}`, { cause: parsed.error });
  }
  const c = parsed.data;
  return Object.freeze({ ...c, INDEX_DIR: c.INDEX_DIR ?? defaultIndexDir(c.CORPUS_DIR) });
}

/** The state database: conversations and feedback. */
export const stateFile = (config: Pick<Config, "DATA_DIR">): string => path.join(config.DATA_DIR, "tradewise.db");

/** Does the bot read message text (mentions, thread follow-ups)? Discord calls this the Message Content intent. */
export const readsMessages = (config: Pick<Config, "DISCORD_MENTIONS" | "DISCORD_FOLLOWUPS">): boolean =>
  config.DISCORD_MENTIONS || config.DISCORD_FOLLOWUPS;

const TOKEN_SHAPE = /^[A-Za-z0-9_-]{20,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{20,}$/;
const TOKEN_HELP = "create an application at https://discord.com/developers/applications, open Bot → Reset Token, and put the token in .env as DISCORD_TOKEN=… (enable the Message Content intent there unless DISCORD_FOLLOWUPS=false and DISCORD_MENTIONS=false)";

/** The bot token, checked for presence and shape; the message never contains the token itself. */
export function requireDiscordToken(config: Config): string {
  const token = config.DISCORD_TOKEN?.trim();
  if (!token) throw new UserError("CONFIG_INVALID", `DISCORD_TOKEN is not set: ${TOKEN_HELP}`);
  if (!TOKEN_SHAPE.test(token)) throw new UserError("CONFIG_INVALID", `DISCORD_TOKEN does not look like a bot token (three dot-separated parts): ${TOKEN_HELP}`);
  return token;
}

/** A bot's application id is its user id, the first part of its token (base64). */
export function applicationIdFromToken(token: string): string | undefined {
  const id = Buffer.from(token.split(".")[0] ?? "", "base64").toString("utf8");
  return /^\d{15,22}$/.test(id) ? id : undefined;
}
