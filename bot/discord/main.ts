import "dotenv/config";
import { Events, type Client } from "discord.js";
import { isUserError } from "../../index/errors.js";
import { loadConfig, readsMessages, requireDiscordToken } from "../config.js";
import { engineConfig, openEngineWithProgress } from "../cli/engineFromConfig.js";
import { runCli } from "../cli/run.js";
import { EngineHolder } from "../engineHolder.js";
import { createLogger } from "../logger.js";
import { createClient } from "./client.js";
import { createBotContext, openBotStore } from "./context.js";
import { RateLimiter } from "./rateLimit.js";
import { describeShards, planShards, recommendedShardCount } from "./shards.js";

/** Per-user and per-channel limits: generous for people, tight enough to stop a flood. */
export const DEFAULT_LIMITS = { user: { max: 5, windowMs: 30_000 }, channel: { max: 20, windowMs: 60_000 } };

async function main(): Promise<void> {
  const config = loadConfig();
  const token = requireDiscordToken(config);
  const log = createLogger(config.LOG_LEVEL);
  // before the model: an unreachable DATABASE_URL is said at once, not after a minute of loading
  const opened = await openBotStore(config, log);
  const engine = await openEngineWithProgress(config, {}, log).catch(async (err: unknown) => {
    await opened.close();
    throw err;
  });
  const engines = new EngineHolder(engine, engineConfig(config, {}));
  const limiter = new RateLimiter(DEFAULT_LIMITS);
  const ctx = await createBotContext({ engines, config, log, limiter, store: opened }).catch(async (err: unknown) => {
    await engines.close();
    throw err;
  });
  const { store } = ctx;
  try {
    // uploads a previous run left half-added are moved aside before any question can touch them
    await ctx.collections.recoverAll();
  } catch (err) {
    await engines.close();
    await store.close();
    throw err;
  }
  let client: Client | undefined;
  const stop = async () => {
    log.info("shutting down");
    await client?.destroy();
    await engines.close();
    await store.close().catch((err: unknown) => log.warn({ err }, "state store did not close cleanly"));
    process.exit(0);
  };
  process.once("SIGINT", () => void stop());
  process.once("SIGTERM", () => void stop());
  try {
    const restApi = config.DISCORD_API_URL;
    const shards = await planShards(config, () => recommendedShardCount(token, restApi));
    const shardLog = describeShards(shards);
    log.info(shardLog, `running shard${shards.ids.length > 1 ? "s" : ""} ${shards.ids.join(", ")} of ${shards.count}`);
    client = createClient(ctx, { ...(restApi && { restApi }), shards });
    client.once(Events.ClientReady, (c) => log.info({
      user: c.user.tag, documents: engine.index.documents.length, mentions: config.DISCORD_MENTIONS, ...shardLog,
    }, "bot ready"));
    await client.login(token);
  } catch (err) {
    await client?.destroy();
    await engines.close();
    await store.close();
    if (isUserError(err)) throw err;
    const code = (err as { code?: string }).code;
    const message = String((err as Error).message);
    throw new Error(code === "TokenInvalid" || /401|invalid token/i.test(message)
      ? "Discord rejected DISCORD_TOKEN: reset it under Bot → Reset Token and update .env"
      : /disallowed intents|4014/i.test(message) && readsMessages(config)
        ? "Discord refused the Message Content intent: turn it on under Bot → Privileged Gateway Intents, or set DISCORD_FOLLOWUPS=false and DISCORD_MENTIONS=false"
        : `could not connect to Discord: ${message}`, { cause: err });
  }
}

runCli(main);
