import { describe, expect, it } from "vitest";
import { parseQuestion } from "../retrieval/figures/query.js";

// Goods named right before a trade mode ("seafood processing trade") say which of the mode's trade is asked: one ask,
// the mode's, whose sentence must name the goods. Made-up questions; the index knows the goods by their customs name.
const findSubjects = (t: string) => (/\b(?:seafood|aquatic products)\b/i.test(t) ? ["aquatic products"] : []);

describe("goods before a trade mode", () => {
  it("are no second subject, but words the sentence must hold", () => {
    const q = parseQuestion("hebi seafood processing trade in 2031 - value and growth?", { findSubjects });
    expect(q.subjects).toEqual(["processing trade"]);
    expect(q.terms).toContain("seafood");
  });
  it("are a subject of their own when a joining word stands between them and the mode", () => {
    expect(parseQuestion("hebi seafood and processing trade in 2031?", { findSubjects }).subjects)
      .toEqual(expect.arrayContaining(["processing trade", "aquatic products"]));
  });
  it("are the subject when no mode follows them", () => {
    expect(parseQuestion("hebi seafood exports in 2031?", { findSubjects }).subjects).toEqual(["aquatic products"]);
  });
});
