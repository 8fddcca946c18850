import { describe, expect, it } from "vitest";
import { resolve } from "../retrieval/plans/quantity.js";
import type { Fact } from "../text/terms.js";

// One flow worked out as the total less the other flow: never when the other "flow" is bigger than the total (two
// figures of different things), which would give a negative amount of exports. Made-up figures.
const Y2031 = { y1: 2031, m1: 1, y2: 2031, m2: 12 };
const fact = (id: string, metric: Fact["metric"], value: number): Fact => ({
  id, docId: "d", passageId: "d#0", sentence: "", start: 0, end: 1, valueStart: 0, valueEnd: 1, entity: "hunan",
  metric, measure: "amount", value, unit: "billion yuan", scale: 1e9, period: Y2031,
} as unknown as Fact);
const ctx = (facts: Fact[]) => ({ base: { facts, mentioned: new Set(["hunan"]) }, words: new Set<string>() });
const exportsQ = { entity: "hunan", metric: "exports" as const, measure: "amount" as const, period: Y2031 };

describe("exports as trade less imports", () => {
  it("works them out when the total is the bigger", () => {
    const found = resolve(exportsQ, ctx([fact("t", "trade", 80.5), fact("i", "imports", 30.2)]));
    expect(found?.amount.value).toBeCloseTo(50.3);
  });
  it("gives none when the imports found exceed the total: no negative amount", () => {
    expect(resolve(exportsQ, ctx([fact("t", "trade", 30.2), fact("i", "imports", 80.5)]))).toBeUndefined();
  });
});
