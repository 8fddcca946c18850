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

// "A vs B: who shipped more tonnes and who earned more?": the verbs say how goods went and what they brought in, as
// "sent" and "paid" do; a sentence giving "exported 2,600 tonnes … worth 1.9 billion yuan" need not use them.
describe("'shipped' and 'earned' in a comparison of two places' goods", () => {
  it("are no words a cited sentence has to use", () => {
    const words = contentWords(parseQuestion("tea exports 2030: yunnan vs guangxi - who shipped more tonnes and who earned more?"));
    expect(words.some((w) => w.startsWith("ship") || w.startsWith("earn"))).toBe(false);
    expect(words).toContain("tea");
  });
});
