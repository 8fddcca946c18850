import { describe, expect, it } from "vitest";
import { readPlan } from "../retrieval/plans/read.js";
import { runPlan } from "../retrieval/plans/run.js";
import { baseOf, planFrameOf, type Base, type Doc } from "./helpers/figureBase.js";

// "which had more foreign trade, A or B?", "did A or B run more freight trains?": two places set side by side by which
// had more, with no other comparison word. Made-up articles and questions.
const DOCS: Doc[] = [
  ["liuzhou-2031", "Liuzhou's trade in 2031", "2032-01-18",
    "Liuzhou's imports and exports reached 62.4 billion yuan in 2031, up 5.1 percent. Freight trains leaving Liuzhou "
      + "made 310 trips in 2031."],
  ["wuzhou-2031", "Wuzhou's trade in 2031", "2032-01-19",
    "Wuzhou's imports and exports reached 48.9 billion yuan in 2031, up 7.3 percent. Freight trains leaving Wuzhou "
      + "made 260 trips in 2031."],
];
let built: Base | undefined;
const base = () => (built ??= baseOf(DOCS));
const planOf = (question: string) => readPlan(planFrameOf(question, base()));

describe("two places, which had more (plans twoPlaces)", () => {
  it("compares the two places' amounts", () => {
    const question = "which had more foreign trade in 2031, liuzhou or wuzhou, and by how much?";
    const p = planOf(question);
    expect(p?.operation).toBe("compare");
    expect(p?.inputs.map((i) => [i.entity, i.measure])).toEqual([["city:liuzhou", "amount"], ["city:wuzhou", "amount"]]);
    const a = p && runPlan(p, base(), question);
    expect(a?.figures.map((f) => f.value)).toEqual([62.4, 48.9, 13.5]);
  });

  it("compares counts when things counted are named with no measure", () => {
    expect(planOf("in 2031 did liuzhou or wuzhou run more freight trains?")?.inputs.map((i) => i.measure))
      .toEqual(["count", "count"]);
  });

  it("leaves two measures asked ('more by tonnage … and values?') to the comparisons of each", () => {
    expect(planOf("who imported more crude oil by tonnage in 2031, liuzhou or wuzhou? by how much? and values?"))
      .toBeUndefined();
  });
});
