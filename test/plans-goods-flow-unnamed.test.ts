import { describe, expect, it } from "vitest";
import { readPlan } from "../retrieval/plans/read.js";
import { runPlan } from "../retrieval/plans/run.js";
import { baseOf, planFrameOf, type Base, type Doc } from "./helpers/figureBase.js";

// Goods asked with no flow ("garments fell 1.3%") are read as trade; when the documents state the goods in one flow
// only, that flow's figures answer, and goods stated in both flows are not guessed at. Made-up articles and figures.
const DOCS: Doc[] = [
  ["gansu-2041", "Gansu's labour-intensive exports in 2041", "2042-01-22",
    "Gansu exported 80.0 billion yuan of labour-intensive products in 2041. Umbrella exports slipped 4.0 percent to "
      + "14.4 billion yuan, while exports of ceramics rose 10.0 percent to 8.8 billion yuan."],
  ["gansu-wool-2041", "Gansu's wool trade in 2041", "2042-01-25",
    "Gansu exported 2.2 billion yuan of wool in 2041, up 10.0 percent. Imports of wool rose 20.0 percent to 3.6 "
      + "billion yuan."],
];

let built: Base | undefined;
const base = () => (built ??= baseOf(DOCS));
const answerOf = (question: string) => {
  const p = readPlan(planFrameOf(question, base()));
  return p && runPlan(p, base(), question);
};
const computedOf = (question: string) => answerOf(question)?.figures.filter((f) => f.computed).map((f) => f.value);

describe("runPlan: goods asked with no flow", () => {
  it("works back the goods' level from the one flow the documents state them in", () => {
    // 14.4 ÷ (1 − 0.04) = 15
    expect(computedOf("gansu umbrellas fell 4% in 2041 - what were they in 2040 then?")).toEqual([15]);
  });

  it("does not pick a flow for goods stated both as exports and as imports", () => {
    // 2.2 ÷ 1.1 = 2 (exports) or 3.6 ÷ 1.2 = 3 (imports): the question says neither
    expect(answerOf("gansu wool in 2040, going by the 2041 growth?")?.status).not.toBe("answered");
  });
});
