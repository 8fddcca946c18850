import { describe, expect, it } from "vitest";
import { parseQuestion } from "../retrieval/figures/query.js";
import { periodRest } from "../retrieval/plans/read.js";

// "X's nov+dec 2031 trade, using the jan-oct figure and the full-year total?": the periods after "using" are the ones
// the answer is worked from, not asked beside it. Made-up place and year.
const YEAR = { y1: 2031, m1: 1, y2: 2031, m2: 12 };
const JAN_OCT = { y1: 2031, m1: 1, y2: 2031, m2: 10 };

describe("a period's rest asked with the periods it is worked from", () => {
  it("takes the year less january-october for november-december", () => {
    const q = parseQuestion("how much did zhuzhou trade in nov+dec 2031 combined, using the jan-oct figure and the full-year total?");
    const plan = periodRest(q, [YEAR, JAN_OCT]);
    expect(plan?.operation).toBe("remainder");
    expect(plan?.inputs.map((i) => [i.period?.m1, i.period?.m2])).toEqual([[1, 12], [1, 10]]);
  });
  it("still sets two periods asked side by side apart (no cue)", () => {
    const q = parseQuestion("zhuzhou trade in nov+dec 2031 and in jan-oct 2031?");
    expect(periodRest(q, [YEAR, JAN_OCT])).toBeUndefined();
  });
});

// "q4 2031? (full yr minus jan-sep)", "q1 2031 - can u work it out from the h1 numbers": the periods after the one asked,
// taken away or worked out from, are inputs too.
const JAN_SEP = { y1: 2031, m1: 1, y2: 2031, m2: 9 };
const H1 = { y1: 2031, m1: 1, y2: 2031, m2: 6 };
const Q2 = { y1: 2031, m1: 4, y2: 2031, m2: 6 };

describe("a period's rest asked with the periods taken away or worked out from", () => {
  it("takes the year less january-september for q4 ('full yr minus jan-sep')", () => {
    const q = parseQuestion("zhuzhou trade in q4 2031? (full yr minus jan-sep)");
    const plan = periodRest(q, [YEAR, JAN_SEP]);
    expect(plan?.inputs.map((i) => [i.period?.m1, i.period?.m2])).toEqual([[1, 12], [1, 9]]);
    expect(plan?.asking).toContain("minus");
  });
  it("takes the first half less q2 for q1 ('work it out from the h1 numbers')", () => {
    const q = parseQuestion("zhuzhou trade in q1 2031 - can u work it out from the h1 numbers");
    const plan = periodRest(q, [H1, Q2]);
    expect(plan?.inputs.map((i) => [i.period?.m1, i.period?.m2])).toEqual([[1, 6], [4, 6]]);
  });
  it("still sets two periods apart when nothing is taken away", () => {
    const q = parseQuestion("zhuzhou trade in q4 2031, and in jan-sep 2031?");
    expect(periodRest(q, [YEAR, JAN_SEP])).toBeUndefined();
    // ("less than" compares; it takes nothing away)
    const less = parseQuestion("was zhuzhou's q4 2031 trade less than its jan-sep 2031 trade?");
    expect(periodRest(less, [YEAR, JAN_SEP])).toBeUndefined();
  });
});
