import { describe, expect, it } from "vitest";
import { parseQuestion } from "../retrieval/figures/query.js";

// Two months running typed with only a space between them before a year ("jan feb 2031"): the two together.
// Made-up questions.
describe("two months typed side by side", () => {
  it("are one span when they run on", () => {
    for (const q of ["hebi exports jan feb 2031?", "hebi trade in january february 2031 in us dollars"]) {
      expect(parseQuestion(q).periods, q).toEqual([{ y1: 2031, m1: 1, y2: 2031, m2: 2 }]);
    }
  });
  it("are never read in a word that only starts like a month: 'market april 2031' keeps its word", () => {
    expect(parseQuestion("hebi's biggest export market april 2031?").periods).toEqual([{ y1: 2031, m1: 4, y2: 2031, m2: 4 }]);
  });
  it("are not joined when a month lies between them", () => {
    expect(parseQuestion("hebi exports jan mar 2031?").periods).not.toContainEqual({ y1: 2031, m1: 1, y2: 2031, m2: 3 });
  });
});
