import { describe, expect, it } from "vitest";
import { contentWords } from "../retrieval/evidence.js";
import { parseQuestion } from "../retrieval/figures/query.js";

// "growth in 2029 vs q1-q3 2031, faster or slower now?": with two periods set side by side, "now" only points at the
// later one, a word no sentence of either period has to use.
describe("'now' in a question that sets two periods side by side", () => {
  it("is no word a cited sentence has to use", () => {
    const words = contentWords(parseQuestion("gansu drone exports: growth in 2029 vs q1-q3 2031, faster or slower now?"));
    expect(words).not.toContain("now");
    expect(words).toContain("drone");
  });
  it("is still asked of one period", () => {
    expect(contentWords(parseQuestion("what does gansu now export most in 2031?"))).toContain("now");
  });
});
