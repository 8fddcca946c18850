import { describe, expect, it } from "vitest";
import { matchFact, traceRejections, wordSet, type Spec } from "../retrieval/figures/select.js";
import { whereDropped } from "../retrieval/figures/trace.js";
import type { FactBase } from "../retrieval/figures/solve.js";
import type { Fact } from "../text/terms.js";

let next = 0;
const fact = (over: Partial<Fact>): Fact => ({
  id: `t${next++}`, docId: "d", passageId: "p", start: 0, end: 1, valueStart: 0, valueEnd: 1,
  entity: "hunan", metric: "trade", measure: "amount", value: 100, unit: "billion yuan", scale: 1e9, ...over,
});
const spec = (over: Partial<Spec>): Spec => ({ words: wordSet("hunan trade 2022"), ...over });
const Y2022 = { y1: 2022, m1: 1, y2: 2022, m2: 12 };
const Y2021 = { y1: 2021, m1: 1, y2: 2021, m2: 12 };

describe("the trace of where a fact is dropped", () => {
  it("names the field matchFact turns a fact down on, and returns what matchFact returns untraced", () => {
    const cases: Array<[Fact, Spec, string]> = [
      [fact({ entity: "hubei" }), spec({ entity: "hunan" }), "entity"],
      [fact({ metric: "exports" }), spec({ entity: "hunan", metric: "imports" }), "metric"],
      [fact({ period: Y2021 }), spec({ entity: "hunan", period: Y2022 }), "period"],
      [fact({ measure: "growth", value: 5, unit: "%" }), spec({ entity: "hunan", measures: ["amount"] }), "measure"],
    ];
    for (const [f, s, field] of cases) {
      const reasons: string[] = [];
      const traced = traceRejections((r) => reasons.push(r), () => matchFact(f, s));
      expect(traced).toBe(matchFact(f, s));
      expect(traced).toBeNull();
      expect(reasons).toEqual([field]);
    }
  });
  it("collects nothing for a fact that matches, nor once the traced call is over", () => {
    const reasons: string[] = [];
    const f = fact({ period: Y2022 });
    expect(traceRejections((r) => reasons.push(r), () => matchFact(f, spec({ entity: "hunan", period: Y2022 })))).not.toBeNull();
    matchFact(fact({ entity: "hubei" }), spec({ entity: "hunan" }));
    expect(reasons).toEqual([]);
  });
  it("says a matched fact's rank, and the one ranked before it", () => {
    const exact = fact({ period: Y2022, value: 120 });
    const other = fact({ period: undefined, value: 90 });
    const base: FactBase = { facts: [exact, other], mentioned: new Set(["hunan"]) };
    const asked = { label: "look-up", spec: spec({ entity: "hunan", period: Y2022 }) };
    expect(whereDropped(exact, asked, base)).toMatch(/^matched \(score [\d.-]+\), rank 1 of 2$/);
    expect(whereDropped(other, asked, base)).toMatch(/rank 2 of 2; first: hunan trade amount 120 billion yuan/);
    expect(whereDropped(fact({ entity: "hubei" }), asked, { ...base, facts: [...base.facts] })).toMatch(/not in the figure index/);
  });
});
