import { describe, expect, it } from "vitest";
import { readPlan } from "../retrieval/plans/read.js";
import { runPlan } from "../retrieval/plans/run.js";
import { baseOf, planFrameOf, type Base, type Doc } from "./helpers/figureBase.js";

// A city's share of "the province's" trade: the whole is the province the city lies in. Made-up articles.
const DOCS: Doc[] = [
  ["henan", "Henan's trade in 2031", "2032-01-21", "Henan's foreign trade reached 800.0 billion yuan in 2031, up 2 percent."],
  ["hebi", "Hebi's trade in 2031", "2032-01-25", "Hebi's foreign trade reached 96.0 billion yuan in 2031, up 6 percent."],
  ["henan-x", "Henan's exports in 2031", "2032-01-21", "Henan's exports reached 500.0 billion yuan in 2031."],
  ["hebi-x", "Hebi's exports in 2031", "2032-01-25", "Hebi's exports reached 60.0 billion yuan in 2031."],
];

let built: Base | undefined;
const base = () => (built ??= baseOf(DOCS));

describe("a city's share of the province's trade", () => {
  it("works out the city's amount over its province's", () => {
    const q = "hebi's share of the province's trade in 2031?";
    const p = readPlan(planFrameOf(q, base()));
    expect(p?.operation).toBe("part");
    expect(p?.inputs.map((i) => i.entity)).toEqual(["city:hebi", "henan"]);
    const computed = runPlan(p!, base(), q)?.figures.filter((f) => f.computed).map((f) => f.value);
    expect(computed).toEqual([12]);
  });
});

describe("a city's flow as a share of the province's other flow", () => {
  it("is no share of the province's same flow", () => {
    for (const q of ["hebi exports 2031 as % of the province's trade",
      "what share of the province's trade did hebi's exports account for in 2031?"]) {
      const p = readPlan(planFrameOf(q, base()));
      const computed = p && runPlan(p, base(), q)?.figures.filter((f) => f.computed).map((f) => f.value);
      expect(computed ?? []).not.toContain(12);
    }
    const q = "what share of the province's exports did hebi account for in 2031?";
    const computed = runPlan(readPlan(planFrameOf(q, base()))!, base(), q)?.figures.filter((f) => f.computed)
      .map((f) => f.value);
    expect(computed).toEqual([12]);
  });
});
