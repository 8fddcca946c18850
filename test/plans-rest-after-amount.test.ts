import { describe, expect, it } from "vitest";
import { explainKind } from "../retrieval/explain/asks.js";
import { parseQuestion } from "../retrieval/figures/query.js";
import { periodRest } from "../retrieval/plans/read.js";

// "X did N in q1-q3 2031 - given its full-year total, what was q4 alone?": the amount the question gives is of the
// period right after it, the asked period is the year less it, and "what was q4" asks a figure, not a definition.
// Made-up place and figures.
const Q = "zhuzhou did 41.3bn in q1-q3 2031 - given its full-year total, what was q4 alone?";

describe("a period's rest asked with the given amount before its period", () => {
  it("reads 'what was q4 alone?' as asking a figure", () => {
    expect(explainKind(Q)).toBeUndefined();
    expect(explainKind("what was the master plan?")).toBe("definition");
  });
  it("takes the year less the given first three quarters", () => {
    const plan = periodRest(parseQuestion(Q), [{ y1: 2031, m1: 1, y2: 2031, m2: 12 }]);
    expect(plan?.operation).toBe("remainder");
    expect(plan?.inputs.map((i) => [i.period?.m1, i.period?.m2, i.given?.value])).toEqual([[1, 12, undefined], [1, 9, 41.3]]);
    expect(plan?.asking).toEqual(expect.arrayContaining(["given", "full-year"]));
  });
});
