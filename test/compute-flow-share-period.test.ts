import { describe, expect, it } from "vitest";
import { parseQuestion } from "../retrieval/figures/query.js";
import { readPlan } from "../retrieval/plans/read.js";

// One flow's share of its place's trade, with a period of two words between the owner and "trade" ("X's jan-nov 2031
// trade"): the flow over the total, as with one word or none. Made-up questions.
const plan = (q: string) => readPlan(parseQuestion(q));

describe("a flow's share of the trade of a period named in two words", () => {
  it("is imports over the total trade", () => {
    const p = plan("what share of xining's jan-nov 2031 trade was imports");
    expect(p?.inputs[0]).toMatchObject({ entity: "city:xining", metric: "imports", wholeMetric: "trade", measure: "share" });
  });
  it("is read the same with one word between", () => {
    const p = plan("what share of xining's 2031 trade was exports");
    expect(p?.inputs[0]).toMatchObject({ metric: "exports", wholeMetric: "trade" });
  });
  it("is no flow's share when both flows are named", () => {
    expect(plan("what share of xining's jan-nov 2031 trade was exports and imports")?.inputs[0]?.wholeMetric).toBeUndefined();
  });
});
