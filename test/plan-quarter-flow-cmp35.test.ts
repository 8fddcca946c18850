import { describe, expect, it } from "vitest";
import { parseQuestion } from "../retrieval/figures/query.js";
import { resolve } from "../retrieval/plans/quantity.js";
import { readPlan } from "../retrieval/plans/read.js";
import type { Fact } from "../text/terms.js";
import type { Period } from "../text/periods.js";

// A quarter's flow as the quarter's trade (two running totals apart) less its other flow, and a question that asks
// the quarter's trade and that flow apart. Made-up figures.
const fact = (id: string, metric: Fact["metric"], value: number, period: Period): Fact => ({
  id, docId: "d", passageId: "d#0", sentence: "", start: 0, end: 1, valueStart: 0, valueEnd: 1, entity: "hunan",
  metric, measure: "amount", value, unit: "billion yuan", scale: 1e9, period,
} as unknown as Fact);
const ctx = (facts: Fact[]) => ({ base: { facts, mentioned: new Set(["hunan"]) }, words: new Set<string>() });
const Q3 = { y1: 2031, m1: 7, y2: 2031, m2: 9 };
const JAN_SEP = { y1: 2031, m1: 1, y2: 2031, m2: 9 };
const H1 = { y1: 2031, m1: 1, y2: 2031, m2: 6 };

describe("a quarter's imports from running totals of trade and the quarter's exports", () => {
  it("is (Jan–Sep − Jan–Jun trade) − Q3 exports", () => {
    const found = resolve({ entity: "hunan", metric: "imports", measure: "amount", period: Q3 },
      ctx([fact("a", "trade", 60.2, JAN_SEP), fact("b", "trade", 40.1, H1), fact("c", "exports", 15.3, Q3)]));
    expect(found?.amount.value).toBeCloseTo(4.8);
  });
  it("gives none without the quarter's own exports", () => {
    expect(resolve({ entity: "hunan", metric: "imports", measure: "amount", period: Q3 },
      ctx([fact("a", "trade", 60.2, JAN_SEP), fact("b", "trade", 40.1, H1), fact("c", "exports", 35.3, JAN_SEP)])))
      .toBeUndefined();
  });
});

describe("two flows asked apart", () => {
  it("'its q3 trade alone? and q3 imports' asks both amounts in the quarter", () => {
    const plan = readPlan(parseQuestion("hunan q3 2031 trade alone? and q3 imports"))!;
    expect(plan.operation).toBe("values");
    expect(plan.inputs.map((i) => [i.metric, i.measure, i.period])).toEqual([["trade", "amount", Q3], ["imports", "amount", Q3]]);
  });
});

describe("a flow asked, then its change asked apart", () => {
  it("'hunan-taiwan trade 2031? and yoy' asks the amount and the growth", () => {
    const plan = readPlan(parseQuestion("hunan-taiwan trade 2031? and yoy"))!;
    expect(plan.inputs.map((i) => [i.metric, i.measure, i.partner])).toEqual([["trade", "amount", "taiwan"], ["trade", "growth", "taiwan"]]);
  });
  it("reads no rank as an amount", () => {
    expect(readPlan(parseQuestion("hunan 2031 exports? and its rank?"))?.operation).not.toBe("values");
  });
});
