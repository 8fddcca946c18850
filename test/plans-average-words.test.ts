import { describe, expect, it } from "vitest";
import { parseQuestion } from "../retrieval/figures/query.js";
import { readPlan } from "../retrieval/plans/read.js";

// "avg" and "average" are one word to the question plans (issue 15): a question that spells it out was read as
// asking no average at all. Made-up questions.
const plan = (question: string) => readPlan(parseQuestion(question));

describe("the average a question asks, however it spells the word", () => {
  it("asks the mean of the years' amounts for 'average annual', 'avg annual' and 'annual average'", () => {
    for (const q of ["hunan's avg annual trade over 2016-2019?", "hunan's average annual trade over 2016-2019?",
      "hunan's annual average trade over 2016-2019?", "hunan's avg. yearly trade over 2016-2019?"]) {
      const p = plan(q);
      expect(p?.operation, q).toBe("average");
      expect(p?.labels, q).toEqual(["year"]);
    }
  });
  it("asks the change a year on average for 'average annual growth' as for 'avg annual growth'", () => {
    for (const q of ["hunan q1-q3 2031: how much higher than the 2029 level was trade, and the avg annual growth over the two yrs?",
      "hunan q1-q3 2031: how much higher than the 2029 level was trade, and the average annual growth over the two years?"]) {
      const inputs = plan(q)?.inputs ?? [];
      expect(inputs.map((i) => Boolean(i.perYear)), q).toEqual([false, true]);
    }
  });
  it("while 'average annual growth' over a span is a rate, never the mean of amounts", () => {
    expect(plan("hunan's average annual growth rate over 2016-2019?")?.operation).not.toBe("average");
  });
  it("and a monthly average stays one of months", () => {
    expect(plan("hunan's average monthly trade in the first three quarters of 2031?")?.labels).toEqual(["month"]);
  });
});
