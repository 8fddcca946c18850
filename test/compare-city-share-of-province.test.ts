import { describe, expect, it } from "vitest";
import { readPlan } from "../retrieval/plans/read.js";
import { runPlan } from "../retrieval/plans/run.js";
import { baseOf, planFrameOf, type Base, type Doc } from "./helpers/figureBase.js";

// "X's share of Y trade in P1 vs P2": a city's share of its province named after "share of", one period's share stated,
// the other's only as the city's amount and the province's total (a table row and a lead). Made-up articles.
const DOCS: Doc[] = [
  ["guangxi-2030", "Guangxi's cities in 2030", "2031-01-20",
    "Liuzhou ranked first with 61.5 billion yuan, up 2.2 percent, accounting for 38.4 percent of the provincial total."],
  ["guangxi-h1-2032", "Guangxi's trade in the first half of 2032", "2032-07-19",
    "Guangxi's imports and exports reached 180.0 billion yuan in the first half of 2032, up 4.1 percent.\n\n"
      + "| City | H1 2032 (billion yuan) | Growth (%) |\n|---|---|---|\n| Liuzhou | 63.0 | 3.3 |\n| Wuzhou | 21.6 | 5.0 |"],
];
let built: Base | undefined;
const base = () => (built ??= baseOf(DOCS));
const planOf = (question: string) => readPlan(planFrameOf(question, base()));

describe("a city's share of its province in two periods (owner's parent whole, share derived from two amounts)", () => {
  const question = "liuzhou's share of guangxi trade in 2030 vs h1 2032 - up or down?";

  it("reads the share as of the province the city lies in", () => {
    const p = planOf(question);
    expect(p?.operation).toBe("compare");
    expect(p?.inputs.map((i) => [i.entity, i.measure, i.shareOf])).toEqual([
      ["city:liuzhou", "share", "parent"], ["city:liuzhou", "share", "parent"],
    ]);
  });

  it("works the unstated share out as the city's amount over the province's total of that period", () => {
    const p = planOf(question);
    const a = p && runPlan(p, base(), question);
    expect(a?.status).toBe("answered");
    expect(a?.figures.map((f) => f.value)).toEqual([38.4, 35, -3.4]);
    expect(a?.figures[1]?.formula).toMatch(/63 ÷ 180/);
  });

  it("derives no share when the province's total of that period is not stated", () => {
    const q = "liuzhou's share of guangxi trade in 2030 vs 2031 - up or down?";
    const p = planOf(q);
    const a = p && runPlan(p, base(), q);
    expect(a?.status).toBe("abstain");
  });
});
