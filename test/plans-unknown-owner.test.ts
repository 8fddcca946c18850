import { describe, expect, it } from "vitest";
import { readPlan } from "../retrieval/plans/read.js";
import { runPlan } from "../retrieval/plans/run.js";
import { baseOf, planFrameOf, type Base, type Doc } from "./helpers/figureBase.js";

// A question whose owner no place reader knows (a park, a cluster) is not about the nation: its plan finds none of
// China's figures and abstains (rather than leave the question to a quote of another place's sentence). The country's
// figures are still asked by naming it. Made-up articles and names.
const DOCS: Doc[] = [
  ["greenleaf-2041", "Greenleaf Valley biotech cluster trade in 2041", "2042-01-14",
    "Biomedicine imports and exports of companies in Greenleaf Valley reached 12.6 billion yuan last year, up 20.0 "
      + "percent. Exports rose 25.0 percent to 5.0 billion yuan, while imports rose 10.0 percent to 7.6 billion yuan."],
  ["china-2041", "China's foreign trade in 2041", "2042-01-20",
    "China's imports and exports reached 48.0 trillion yuan in 2041, up 5.5 percent. Exports rose 6.0 percent to 27.0 "
      + "trillion yuan and imports 4.8 percent to 21.0 trillion yuan."],
];

let built: Base | undefined;
const base = () => (built ??= baseOf(DOCS));
const answerOf = (question: string) => {
  const p = readPlan(planFrameOf(question, base()));
  return p && runPlan(p, base(), question);
};
const computedOf = (question: string) => answerOf(question)?.figures.filter((f) => f.computed).map((f) => f.value);

describe("runPlan: the owner when the question names no known place", () => {
  it("works out none of the nation's figures for a park no reader knows", () => {
    // 48.0 ÷ 1.055 = 45.5 trillion and 27.0 − 21.0 = 6.0 trillion are China's
    const asked = ["greenleaf valley's 2040 import+export value implied by the 2041 growth?",
      "greenleaf valley trade balance in 2041 - surplus or deficit and how big",
      "greenleaf BDA: trade in 2040 vs 2041, how much bigger in 2041?"];
    for (const q of asked) {
      const a = answerOf(q);
      expect(a?.status, q).toBe("abstain");
      expect(computedOf(q) ?? [], q).toEqual([]);
    }
  });

  it("still works out the nation's figures when the question names the country", () => {
    expect(computedOf("china's trade surplus in 2041?")).toEqual([6]);
    expect(computedOf("what did the country's 2040 trade come to, going by the 2041 growth?")).toEqual([45.5]);
    // (and when it names no owner at all)
    expect(computedOf("what was the trade surplus in 2041?")).toEqual([6]);
  });
});
