import { describe, expect, it } from "vitest";
import { parseQuestion } from "../retrieval/figures/query.js";
import { readPlan } from "../retrieval/plans/read.js";

// "how much higher (%)": a percent sign in brackets asks the change in percent, as "in %" does. Made-up figures.
describe("a change asked with a bracketed percent sign", () => {
  it.each([
    "zhuzhou's processing exports were 41.6bn in 2027. how much higher (%) were they in 2031?",
    "how much bigger was zhuzhou's foreign trade in 2031 than in 2027 (percent)?",
  ])("is worked out in percent: %s", (question) => {
    const p = readPlan(parseQuestion(question));
    expect(p?.operation).toBe("overTime");
    expect(p?.changes).toContain("percent");
  });
});
