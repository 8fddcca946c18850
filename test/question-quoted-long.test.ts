import { describe, expect, it } from "vitest";
import { parseQuestion } from "../retrieval/figures/query.js";

// A quote left open in a long question: reading it takes no longer than the question's length asks. Made-up text.
describe("a long question with a quote left open", () => {
  it("is read quickly", () => {
    const q = `who said '${"prices of ore rose ".repeat(2500)}?`;
    const t = Date.now();
    parseQuestion(q);
    expect(Date.now() - t).toBeLessThan(2000);
  });
});
