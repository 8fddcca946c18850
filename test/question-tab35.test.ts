import { describe, expect, it } from "vitest";
import { parseQuestion } from "../retrieval/figures/query.js";

// A question that goes on after its question mark with "and": both asks are the question's. Made-up question.
describe("an amount asked, then its growth after a question mark", () => {
  it("asks the amount as well as the growth", () => {
    expect(parseQuestion("hebi trade 2031? and yoy").measures).toEqual(expect.arrayContaining(["amount", "growth"]));
    expect(parseQuestion("hebi exports 2031? + growth").measures).toEqual(expect.arrayContaining(["amount", "growth"]));
  });
  it("leaves a growth asked alone as a growth", () => {
    expect(parseQuestion("how fast did hebi's trade grow in 2031?").measures).not.toContain("amount");
  });
});
