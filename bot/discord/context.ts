import { stateFile, type Config } from "../config.js";
import { Collections } from "../collections/collections.js";
import type { EngineHolder } from "../engineHolder.js";
import type { Logger } from "../logger.js";
import { Conversations } from "../state/conversations.js";
import { Store } from "../state/store.js";
import type { RateLimiter } from "./rateLimit.js";
import type { BotContext } from "./types.js";

/** Answers nobody rated, and idle conversations (the bot's own threads), are forgotten after this long. */
const KEEP_MS = 90 * 24 * 60 * 60_000;

/** Everything the handlers share, with the state database opened (and pruned) under DATA_DIR. */
export function createBotContext(parts: {
  engines: EngineHolder;
  config: Config;
  log: Logger;
  limiter: RateLimiter;
}): BotContext {
  const { config, log, engines } = parts;
  const store = new Store(stateFile(config));
  const pruned = store.prune(KEEP_MS);
  if (pruned.answers || pruned.conversations) log.info(pruned, "forgot old answers and conversations");
  const conversations = new Conversations(store, config.CONVERSATION_TTL_MINUTES * 60_000);
  const limits = {
    maxFileBytes: config.UPLOAD_MAX_BYTES,
    maxDocuments: config.UPLOAD_MAX_DOCUMENTS,
    maxTotalBytes: config.UPLOAD_MAX_TOTAL_BYTES,
  };
  const collections = new Collections(engines, store, config.DATA_DIR, limits, log);
  return { ...parts, store, conversations, collections };
}
