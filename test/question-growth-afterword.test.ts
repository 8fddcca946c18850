import { describe, expect, it } from "vitest";
import { parseQuestion } from "../retrieval/figures/query.js";

// A flow asked, then its growth tacked on after a comma or a question mark: both asks are the question's.
// Made-up questions.
describe("a growth added after a comma or a question mark", () => {
  it("asks the amount as well as the growth", () => {
    for (const q of ["hebi exports jan-feb 2031, yoy?", "hebi trade w/ someland in 2031? growth?",
      "hebi trade with the north bloc first 10 months of 2031, yoy?", "hebi imports 2031? growth rate?"]) {
      expect(parseQuestion(q).measures, q).toEqual(expect.arrayContaining(["amount", "growth"]));
    }
  });
  it("leaves a growth asked before the afterword as a growth alone", () => {
    for (const q of ["hebi export growth in 2031, yoy?", "how fast did hebi's trade grow in 2031, yoy?"]) {
      expect(parseQuestion(q).measures, q).not.toContain("amount");
    }
  });
});
