import { describe, expect, it } from "vitest";
import type { Fact } from "../text/terms.js";
import { resolve, type Quantity } from "../retrieval/plans/quantity.js";

// A figure the question gives ("grew 10% to 28.6bn") is taken as given and cited from the sentence that states it:
// made-up facts, no evaluation set's place or number.

const Q3 = { y1: 2020, m1: 1, y2: 2020, m2: 9 };
const fact = (over: Partial<Fact>): Fact => ({
  id: "f1", docId: "d1", passageId: "p1", start: 0, end: 10, valueStart: 0, valueEnd: 4, entity: "city:huaian",
  metric: "trade", measure: "amount", value: 28.6, unit: "billion yuan", scale: 1e9, period: Q3, ...over,
});
const given: Quantity = {
  entity: "city:huaian", metric: "trade", measure: "amount", period: Q3, given: { value: 28.6, unit: "billion", scale: 1e9 },
};
const over = (facts: Fact[]) => ({ base: { facts, mentioned: new Set<string>() }, words: new Set<string>() });

describe("a figure the question gives", () => {
  it("takes the currency of the sentence that states it when the question types none", () => {
    // (a city's own figure of another period stands for it too: the question quotes it)
    const found = resolve(given, over([fact({ period: { y1: 2020, m1: 1, y2: 2020, m2: 6 } })]));
    expect(found?.fromQuestion).toBe(true);
    expect(found?.amount).toEqual({ value: 28.6, unit: "billion yuan", scale: 1e9 });
    expect(found?.facts).toHaveLength(1);
  });
  it("cites a city's figure read as its province's when its flow and period are the asked ones", () => {
    const found = resolve(given, over([fact({ entity: "jiangsu", period: { y1: 2020, m1: 1, y2: 2020, m2: 6 } }),
      fact({ id: "f2", entity: "jiangsu" })]));
    expect(found?.facts.map((f) => f.id)).toEqual(["f2"]);
    expect(found?.amount.unit).toBe("billion yuan");
  });
  it("keeps the figure as typed when no sentence states it, or only another province's does", () => {
    const found = resolve(given, over([fact({ entity: "zhejiang" })]));
    expect(found?.facts).toEqual([]);
    expect(found?.amount.unit).toBe("billion");
  });
});
