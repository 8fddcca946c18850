import { describe, expect, it } from "vitest";
import { parseQuestion } from "../retrieval/figures/query.js";

// "besides X, which Y cities …": the place set aside before the question word is no place asked, and the question
// still asks for names. Made-up questions.
describe("a place set aside before 'which'", () => {
  it("is not asked about, and the question is a list", () => {
    for (const q of ["besides luoyang which henan cities does the 2030 story give figures for?",
      "apart from luoyang, which henan cities had trade figures in 2030?"]) {
      const frame = parseQuestion(q);
      expect(frame.entities, q).toEqual(["henan"]);
      expect(frame.intent, q).toBe("list");
    }
  });
  it("is still asked about when no 'which' question follows ('henan's trade other than luoyang')", () => {
    expect(parseQuestion("what was henan's trade other than luoyang in 2030?").entities).toContain("city:luoyang");
  });
});
