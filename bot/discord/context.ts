import type { Config } from "../config.js";
import { Collections } from "../collections/collections.js";
import type { EngineHolder } from "../engineHolder.js";
import type { Logger } from "../logger.js";
import { SharedConversations } from "../state/conversations.js";
import { openStateStore } from "../state/open.js";
import type { StateStore } from "../state/types.js";
import type { RateLimiter } from "./rateLimit.js";
import type { BotContext } from "./types.js";

/** Answers nobody rated, and idle conversations (the bot's own threads), are forgotten after this long. */
const KEEP_MS = 90 * 24 * 60 * 60_000;

/** The state store, logging (not crashing on) a pooled connection that drops while idle: the pool reconnects. */
export function openBotStore(config: Config, log: Logger): Promise<StateStore> {
  return openStateStore(config, { onIdleError: (err) => log.warn({ err }, "state database connection lost") });
}

/**
 * Everything the handlers share, with the state store opened (and pruned): PostgreSQL when
 * DATABASE_URL is set, else the SQLite file under DATA_DIR. Throws a UserError naming the database
 * (never its password) when it cannot be opened.
 */
export async function createBotContext(parts: {
  engines: EngineHolder;
  config: Config;
  log: Logger;
  limiter: RateLimiter;
  /** The store opened already (main opens it before loading the model, so a wrong DATABASE_URL fails fast). */
  store?: StateStore;
}): Promise<BotContext> {
  const { config, log, engines } = parts;
  const store = parts.store ?? (await openBotStore(config, log));
  try {
    log.info({ kind: store.kind, location: store.location }, "state store opened");
    const pruned = await store.prune(KEEP_MS);
    if (pruned.answers || pruned.conversations) log.info(pruned, "forgot old answers and conversations");
  } catch (err) {
    await store.close().catch(() => undefined);
    throw err;
  }
  const conversations = new SharedConversations(store, config.CONVERSATION_TTL_MINUTES * 60_000);
  const limits = {
    maxFileBytes: config.UPLOAD_MAX_BYTES,
    maxDocuments: config.UPLOAD_MAX_DOCUMENTS,
    maxTotalBytes: config.UPLOAD_MAX_TOTAL_BYTES,
    cacheBytes: config.SERVER_CACHE_MB * 2 ** 20,
  };
  const collections = new Collections(engines, store, config.DATA_DIR, limits, log);
  return { ...parts, store, conversations, collections };
}
