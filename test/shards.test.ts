// Shard settings: DISCORD_SHARD_COUNT and DISCORD_SHARD_IDS as configuration reads them, and the plan a
// process runs (bot/discord/shards.ts), asking for Discord's recommendation only when the count is `auto`.
import { describe, expect, it } from "vitest";
import { loadConfig } from "../bot/config.js";
import { describeShards, planShards } from "../bot/discord/shards.js";

const config = (env: Record<string, string>) => loadConfig(env);
/** A recommendation that counts how often it was asked. */
function recommends(count: number) {
  const asked = { times: 0 };
  return { asked, recommended: async () => { asked.times++; return count; } };
}

describe("shard configuration", () => {
  it("defaults to auto and every shard; reads a count and ids, sorted", () => {
    expect(config({})).toMatchObject({ DISCORD_SHARD_COUNT: "auto" });
    expect(config({}).DISCORD_SHARD_IDS).toBeUndefined();
    expect(config({ DISCORD_SHARD_COUNT: "4", DISCORD_SHARD_IDS: " 3, 1" })).toMatchObject({
      DISCORD_SHARD_COUNT: 4, DISCORD_SHARD_IDS: [1, 3],
    });
    expect(config({ DISCORD_SHARD_COUNT: "AUTO" }).DISCORD_SHARD_COUNT).toBe("auto");
  });

  it("names the shard ids outside the count", () => {
    expect(() => config({ DISCORD_SHARD_COUNT: "2", DISCORD_SHARD_IDS: "0,2" })).toThrow(
      "DISCORD_SHARD_IDS: shard 2 is outside the 2 shards of DISCORD_SHARD_COUNT=2 (ids 0 to 1)",
    );
    expect(() => config({ DISCORD_SHARD_COUNT: "1", DISCORD_SHARD_IDS: "1,4" })).toThrow(
      "DISCORD_SHARD_IDS: shards 1, 4 are outside the 1 shard of DISCORD_SHARD_COUNT=1 (id 0 only)",
    );
  });

  it("refuses counts and ids that are not whole numbers, and an id listed twice", () => {
    for (const count of ["0", "two", "1.5", "-1"]) {
      expect(() => config({ DISCORD_SHARD_COUNT: count }), count).toThrow(
        /DISCORD_SHARD_COUNT: auto \(Discord's recommendation\), or a whole number of shards from 1/,
      );
    }
    expect(() => config({ DISCORD_SHARD_IDS: "0,x,-1" })).toThrow(
      "DISCORD_SHARD_IDS: not shard ids: x, -1 (comma-separated whole numbers from 0, e.g. 0,1)",
    );
    expect(() => config({ DISCORD_SHARD_IDS: "1,0,1" })).toThrow("DISCORD_SHARD_IDS: shard 1 is listed twice");
  });
});

describe("planShards", () => {
  it("auto: runs every shard Discord recommends", async () => {
    const { asked, recommended } = recommends(3);
    expect(await planShards(config({}), recommended)).toEqual({ ids: [0, 1, 2], count: 3 });
    expect(asked.times).toBe(1);
  });

  it("a fixed count is used as given, without asking Discord", async () => {
    const { asked, recommended } = recommends(3);
    expect(await planShards(config({ DISCORD_SHARD_COUNT: "2" }), recommended)).toEqual({ ids: [0, 1], count: 2 });
    expect(await planShards(config({ DISCORD_SHARD_COUNT: "4", DISCORD_SHARD_IDS: "2,3" }), recommended))
      .toEqual({ ids: [2, 3], count: 4 });
    expect(asked.times).toBe(0);
  });

  it("auto with ids: an id beyond the recommendation is a configuration error naming it", async () => {
    const { recommended } = recommends(2);
    expect(await planShards(config({ DISCORD_SHARD_IDS: "1" }), recommended)).toEqual({ ids: [1], count: 2 });
    await expect(planShards(config({ DISCORD_SHARD_IDS: "1,2" }), recommended)).rejects.toMatchObject({
      code: "CONFIG_INVALID",
      message: expect.stringContaining("DISCORD_SHARD_IDS: shard 2 is outside the 2 shards Discord recommends"),
    });
  });

  it("says for the log whether DMs come to this process (they arrive on shard 0)", () => {
    expect(describeShards({ ids: [0, 2], count: 4 })).toEqual({ shards: [0, 2], shardCount: 4, dms: true });
    expect(describeShards({ ids: [1], count: 2 })).toEqual({ shards: [1], shardCount: 2, dms: false });
  });
});
