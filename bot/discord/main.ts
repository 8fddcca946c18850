import "dotenv/config";
import { Events } from "discord.js";
import { loadConfig, requireDiscordToken } from "../config.js";
import { engineConfig, openEngineWithProgress } from "../cli/engineFromConfig.js";
import { runCli } from "../cli/run.js";
import { EngineHolder } from "../engineHolder.js";
import { createLogger } from "../logger.js";
import { createClient } from "./client.js";
import { RateLimiter } from "./rateLimit.js";

/** Per-user and per-channel limits: generous for people, tight enough to stop a flood. */
export const DEFAULT_LIMITS = { user: { max: 5, windowMs: 30_000 }, channel: { max: 20, windowMs: 60_000 } };

async function main(): Promise<void> {
  const config = loadConfig();
  const token = requireDiscordToken(config);
  const log = createLogger(config.LOG_LEVEL);
  const engine = await openEngineWithProgress(config, {}, log);
  const engines = new EngineHolder(engine, engineConfig(config, {}));
  const ctx = { engines, config, log, limiter: new RateLimiter(DEFAULT_LIMITS) };
  const client = createClient(ctx, config.DISCORD_API_URL ? { restApi: config.DISCORD_API_URL } : {});
  client.once(Events.ClientReady, (c) => log.info({ user: c.user.tag, documents: engine.index.documents.length, mentions: config.DISCORD_MENTIONS }, "bot ready"));
  const stop = async () => {
    log.info("shutting down");
    await client.destroy();
    await engines.close();
    process.exit(0);
  };
  process.once("SIGINT", () => void stop());
  process.once("SIGTERM", () => void stop());
  try {
    await client.login(token);
  } catch (err) {
    await engines.close();
    const code = (err as { code?: string }).code;
    throw new Error(code === "TokenInvalid" || /401|invalid token/i.test(String((err as Error).message))
      ? "Discord rejected DISCORD_TOKEN: reset it under Bot → Reset Token and update .env"
      : `could not connect to Discord: ${(err as Error).message}`, { cause: err });
  }
}

runCli(main);
