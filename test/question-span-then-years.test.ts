import { describe, expect, it } from "vitest";
import { parseQuestion } from "../retrieval/figures/query.js";

// A span named first without its year, then in two years ("its h1 trade went from h1 2030 to h1 2031"): the question
// asks of those two spans, the year-less one is no third period. Made-up questions.
describe("a span named without its year, then in two years", () => {
  it("is read as the two dated spans only", () => {
    expect(parseQuestion("gansu h1 trade went from h1 2030 to h1 2031 - whats the difference").periods).toEqual([
      { y1: 2030, m1: 1, y2: 2030, m2: 6 }, { y1: 2031, m1: 1, y2: 2031, m2: 6 }]);
    expect(parseQuestion("gansu q1 exports: q1 2030 vs q1 2031?").periods).toEqual([
      { y1: 2030, m1: 1, y2: 2030, m2: 3 }, { y1: 2031, m1: 1, y2: 2031, m2: 3 }]);
  });

  it("keeps a year-less span that no two dated spans repeat", () => {
    // ("jan-sep and jan-oct 2031": one year for all, as before)
    expect(parseQuestion("gansu trade in jan-sep and jan-oct 2031?").periods).toEqual([
      { y1: 2031, m1: 1, y2: 2031, m2: 9 }, { y1: 2031, m1: 1, y2: 2031, m2: 10 }]);
  });
});
