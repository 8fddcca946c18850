import { describe, expect, it } from "vitest";
import { OverlayCache } from "../bot/collections/overlayCache.js";

// The in-memory budget for servers' overlays (bot/collections/overlayCache.ts): what stays, what leaves and in which
// order, and the bytes it counts. Pure: no index, no server.
describe("the overlay cache's budget", () => {
  it("keeps entries that fill the budget exactly, and evicts once it is exceeded, oldest first", () => {
    const evicted: Array<[string, number]> = [];
    const cache = new OverlayCache<string>(100, (k, bytes) => evicted.push([k, bytes]));
    cache.set("a", "A", 30);
    cache.set("b", "B", 30);
    cache.set("c", "C", 40);
    expect([cache.keys, cache.bytes, evicted]).toEqual([["a", "b", "c"], 100, []]);
    cache.set("d", "D", 1);
    expect([cache.keys, cache.bytes, evicted]).toEqual([["b", "c", "d"], 71, [["a", 30]]]);
  });
  it("evicts as many as it takes, and counts a replaced entry's bytes once", () => {
    const evicted: string[] = [];
    const cache = new OverlayCache<string>(100, (k) => evicted.push(k));
    cache.set("a", "A", 40);
    cache.set("a", "A2", 60);
    expect([cache.get("a"), cache.bytes]).toEqual(["A2", 60]);
    cache.set("b", "B", 30);
    cache.set("c", "C", 90);
    expect([evicted, cache.keys, cache.bytes]).toEqual([["a", "b"], ["c"], 90]);
    // one overlay larger than the whole budget still answers, alone
    cache.set("huge", "H", 500);
    expect([evicted, cache.keys, cache.get("huge")]).toEqual([["a", "b", "c"], ["huge"], "H"]);
  });
  it("answers nothing for a server it does not hold, and forgets one deleted without calling it evicted", () => {
    const evicted: string[] = [];
    const cache = new OverlayCache<number>(10, (k) => evicted.push(k));
    expect(cache.get("x")).toBeUndefined();
    cache.set("x", 1, 5);
    cache.delete("x");
    cache.delete("x");
    expect([cache.has("x"), cache.bytes, cache.keys, evicted]).toEqual([false, 0, [], []]);
    expect(new OverlayCache<number>(10).budgetBytes).toBe(10);
  });
});
