import { describe, expect, it } from "vitest";
import { parseQuestion } from "../retrieval/figures/query.js";
import { unansweredParts } from "../retrieval/unanswered.js";
import type { Fact } from "../text/terms.js";

// A comparison of two periods ("2031 full yr vs jan-feb 2035") worked out with another period's figure in place of one
// names the period no figure is of (the answer then abstains as partial). Made-up figures.

const growth = (value: number, y: number, m2 = 12): Fact => ({
  docId: "d", start: 0, end: 10, entity: "jilin", metric: "exports", measure: "growth", subject: "steel products",
  value, unit: "%", period: { y1: y, m1: 1, y2: y, m2 },
} as Fact);
const gap = { label: "gap", value: 7.9, unit: "percentage points", computed: true, facts: [] };

describe("a comparison of two periods worked out", () => {
  it("names the period no figure is of, when another year's figure stood in for it", () => {
    const frame = parseQuestion("steel export growth: 2031 full yr vs jan-feb 2035 for jilin");
    const facts = [growth(-12.4, 2031), growth(-4.5, 2033)];
    const missing = unansweredParts(frame, { lines: [{ text: "", facts }], figures: [gap] });
    expect(missing.join(" ")).toMatch(/2035/);
  });
  it("names nothing when both periods' figures are set against each other", () => {
    const frame = parseQuestion("steel export growth: 2031 full yr vs jan-feb 2035 for jilin");
    const facts = [growth(-12.4, 2031), growth(-3.6, 2035, 2)];
    const missing = unansweredParts(frame, { lines: [{ text: "", facts }], figures: [gap] });
    expect(missing.filter((m) => /20\d\d/.test(m))).toEqual([]);
  });
});
