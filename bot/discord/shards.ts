// Which gateway shards this process runs. Discord sends each server's events on shard
// (server id >> 22) % count, and DMs on shard 0; one process may run any subset of the shards, and
// several processes (or machines) split the ids between them over the same shared state.
import { REST, Routes } from "discord.js";
import { z } from "zod";
import { UserError } from "../../index/errors.js";
import { shardsOutside, type Config } from "../config.js";

export interface ShardPlan {
  /** The shard ids this process connects, in order. */
  readonly ids: readonly number[];
  /** Shards of the whole bot, every process together. */
  readonly count: number;
}

/** The part of GET /gateway/bot we use; checked, as any answer from outside is. */
const gatewayBot = z.object({ shards: z.number().int().min(1) });

/** How many shards Discord recommends for this bot (GET /gateway/bot), from `restApi` when given (a stand-in). */
export async function recommendedShardCount(token: string, restApi?: string): Promise<number> {
  const rest = new REST(restApi ? { api: restApi } : {}).setToken(token);
  return gatewayBot.parse(await rest.get(Routes.gatewayBot())).shards;
}

/**
 * The shards to run: DISCORD_SHARD_COUNT (asking `recommended` when `auto`) and DISCORD_SHARD_IDS (all
 * when unset). Ids outside an `auto` count can only be found here, once Discord has said the count.
 */
export async function planShards(
  config: Pick<Config, "DISCORD_SHARD_COUNT" | "DISCORD_SHARD_IDS">,
  recommended: () => Promise<number>,
): Promise<ShardPlan> {
  const auto = config.DISCORD_SHARD_COUNT === "auto";
  const count = config.DISCORD_SHARD_COUNT === "auto" ? await recommended() : config.DISCORD_SHARD_COUNT;
  const ids = config.DISCORD_SHARD_IDS ?? Array.from({ length: count }, (_, i) => i);
  const counted = auto ? "Discord recommends for DISCORD_SHARD_COUNT=auto" : `of DISCORD_SHARD_COUNT=${count}`;
  const outside = shardsOutside(ids, count, counted);
  if (outside) {
    throw new UserError(
      "CONFIG_INVALID",
      `invalid configuration: DISCORD_SHARD_IDS: ${outside}; ` +
        "processes that split the shards need one fixed DISCORD_SHARD_COUNT",
    );
  }
  return Object.freeze({ ids: Object.freeze([...ids]), count });
}

/** For the log: which shards, of how many, and whether DMs come here (they arrive on shard 0 only). */
export function describeShards(plan: ShardPlan): { shards: readonly number[]; shardCount: number; dms: boolean } {
  return { shards: plan.ids, shardCount: plan.count, dms: plan.ids.includes(0) };
}
