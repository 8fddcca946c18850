import { describe, expect, it } from "vitest";
import { readPlan } from "../retrieval/plans/read.js";
import { baseOf, planFrameOf, type Base, type Doc } from "./helpers/figureBase.js";

// A question whose owner no place reader knows (a park, a cluster) is not about the nation: no plan's quantity is
// China's. The country's figures are still asked by naming it. Made-up articles and names.
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
const owners = (question: string) => readPlan(planFrameOf(question, base()))?.inputs.map((q) => q.entity) ?? [];

describe("readPlan: the owner when the question names no known place", () => {
  it("makes no plan of the nation's figures for a park no reader knows", () => {
    expect(owners("greenleaf valley's 2040 import+export value implied by the 2041 growth?")).not.toContain("china");
    expect(owners("greenleaf valley trade balance in 2041 - surplus or deficit and how big")).not.toContain("china");
    expect(owners("greenleaf BDA: trade in 2040 vs 2041, how much bigger in 2041?")).not.toContain("china");
  });

  it("still plans the nation's figures when the question names the country", () => {
    expect(owners("china's trade surplus in 2041?")).toContain("china");
    expect(owners("what did the country's 2040 trade come to, going by the 2041 growth?")).toContain("china");
  });
});
