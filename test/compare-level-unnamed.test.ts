import { describe, expect, it } from "vitest";
import { readPlan } from "../retrieval/plans/read.js";
import { runPlan } from "../retrieval/plans/run.js";
import { baseOf, planFrameOf, type Base, type Doc } from "./helpers/figureBase.js";

// One place's two periods set side by side with no measure named ("which year higher", "how did it compare with"):
// the levels, a count when things are counted. Made-up articles and questions.
const DOCS: Doc[] = [
  ["liuzhou-2030", "Liuzhou's tile exports in 2030", "2031-01-15",
    "Liuzhou's exports of ceramic tiles reached 4.2 billion yuan in 2030, up 6 percent."],
  ["liuzhou-2033", "Liuzhou's tile exports in 2033", "2034-01-16",
    "Liuzhou's exports of ceramic tiles came to 5.1 billion yuan in 2033, up 3 percent."],
  ["liuzhou-trains", "Freight trains from Liuzhou", "2034-01-20",
    "Freight trains leaving Liuzhou made 640 trips in 2033. In 2030 freight trains leaving Liuzhou made 410 trips."],
];
let built: Base | undefined;
const base = () => (built ??= baseOf(DOCS));
const planOf = (question: string) => readPlan(planFrameOf(question, base()));
const figuresOf = (question: string) => {
  const p = planOf(question);
  const a = p && runPlan(p, base(), question);
  return a?.figures.map((f) => [f.value, f.unit]);
};

describe("two periods' levels compared with no measure named (plans ratesApart)", () => {
  it("compares the amounts for 'which year higher'", () => {
    const p = planOf("liuzhou ceramic tile exports 2030 vs 2033 - which year higher");
    expect(p?.operation).toBe("compare");
    expect(p?.inputs.map((i) => i.measure)).toEqual(["amount", "amount"]);
  });

  it("gives both levels and their gap", () => {
    expect(figuresOf("liuzhou ceramic tile exports 2030 vs 2033 - which year higher"))
      .toEqual([[4.2, "billion yuan"], [5.1, "billion yuan"], [0.9, "billion yuan"]]);
  });

  it("compares counts when things counted are asked", () => {
    expect(planOf("were there more freight trains from liuzhou in 2030 or in 2033?")?.inputs.map((i) => i.measure))
      .toEqual(["count", "count"]);
  });

  it("keeps a rate when one is named", () => {
    expect(planOf("did liuzhou ceramic tile exports grow faster in 2030 or in 2033?")?.inputs.map((i) => i.measure))
      .toEqual(["growth", "growth"]);
  });
});
