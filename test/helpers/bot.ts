import { Events, type Client } from "discord.js";
import pino from "pino";
import type { Logger } from "../../bot/logger.js";
import { loadConfig } from "../../bot/config.js";
import { createClient } from "../../bot/discord/client.js";
import { createBotContext } from "../../bot/discord/context.js";
import { RateLimiter } from "../../bot/discord/rateLimit.js";
import { planShards, recommendedShardCount } from "../../bot/discord/shards.js";
import type { BotContext } from "../../bot/discord/types.js";
import type { EngineHolder } from "../../bot/engineHolder.js";
import { loadCorpus } from "../../corpus/load.js";
import { buildFromCorpus, type LoadedEngine } from "../../retrieval/engine.js";
import { FakeEmbedder } from "./fakeEmbedder.js";
import { SEED } from "./paths.js";

export interface RunningBot { client: Client; ctx: BotContext }

/**
 * The real bot as `npm start` wires it, logged in to the local Discord stand-in: its context (state store,
 * collections) and its shards (DISCORD_SHARD_COUNT, DISCORD_SHARD_IDS) from `env`, the rate limits given,
 * ready when every shard is.
 */
export async function startBot(options: {
  restApi: string; token: string; engines: EngineHolder; env: Record<string, string>;
  limits: { user: number; channel: number }; recover?: boolean; log?: Logger;
}): Promise<RunningBot> {
  const config = loadConfig({ LOG_LEVEL: "silent", ...options.env });
  const limiter = new RateLimiter({
    user: { max: options.limits.user, windowMs: 60_000 }, channel: { max: options.limits.channel, windowMs: 60_000 },
  });
  const ctx = await createBotContext({ engines: options.engines, config, log: options.log ?? pino({ level: "silent" }), limiter });
  if (options.recover) await ctx.collections.recoverAll();
  const shards = await planShards(config, () => recommendedShardCount(options.token, options.restApi));
  const client = createClient(ctx, { restApi: options.restApi, shards });
  const ready = new Promise<void>((r) => client.once(Events.ClientReady, () => r()));
  await client.login(options.token);
  await ready;
  return { client, ctx };
}

/** Stops what a test started, in order: the client, its store, the engines, the stand-in (any of them may be missing). */
export async function stopAll(parts: { bot?: RunningBot; engines?: EngineHolder; fake?: { stop(): Promise<void> } }): Promise<void> {
  await parts.bot?.client.destroy();
  await parts.bot?.ctx.store.close();
  await parts.engines?.close();
  await parts.fake?.stop();
}

/** The seed corpus indexed with the deterministic test embedder: a base engine built in about a second. */
export async function seedEngine(): Promise<LoadedEngine> {
  const embedder = new FakeEmbedder();
  return { index: (await buildFromCorpus(await loadCorpus(SEED), embedder)).data, embedder };
}
