import { describe, expect, it } from "vitest";
import { findBases } from "../text/periods.js";
import { isMonthOnMonth } from "../retrieval/figures/select.js";
import { factsOf } from "./helpers/facts.js";

// A table cell that names what its change is over ("+4.6% q/q", "+1.2% m/m", "+3.8% y/y"): a change over the period
// before answers only a question that asks it (made-up figures).

describe("the short forms of what a change is over", () => {
  it.each([["up 4.6% q/q", "month-on-month"], ["up 1.2% m/m", "month-on-month"], ["up 3.8% y/y", "year-on-year"]])(
    "reads %s as a change %s", (text, kind) => {
      expect(findBases(text).map((b) => b.kind)).toContain(kind);
    });
});

describe("a table cell's own base", () => {
  const facts = factsOf([
    "Anhui's trade grew in the first three quarters of 2031.",
    "",
    "| Anhui | Billion yuan | Change |",
    "|---|---|---|",
    "| Imports and exports | 412.0 | +3.8% y/y |",
    "| Third quarter | 150.2 | +4.6% q/q |",
  ].join("\n"), { published: "2031-10-20" });
  it("makes a quarter's 'q/q' change one over the quarter before", () => {
    const q3 = facts.find((f) => f.measure === "growth" && f.value === 4.6);
    expect(q3?.period).toMatchObject({ m1: 7, m2: 9 });
    expect(isMonthOnMonth(q3!)).toBe(true);
  });
  it("keeps a 'y/y' change one over the year before", () => {
    const ytd = facts.find((f) => f.measure === "growth" && f.value === 3.8);
    expect(ytd).toBeDefined();
    expect(isMonthOnMonth(ytd!)).toBe(false);
  });
});
