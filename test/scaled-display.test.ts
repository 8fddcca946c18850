import { describe, expect, it } from "vitest";
import { amountText, valueText } from "../retrieval/figures/describe.js";
import { sentence } from "../retrieval/figures/solve.js";
import { formatValue } from "../bot/render/terminal.js";
import type { Fact } from "../text/terms.js";

// A yearbook counts in "10,000 US dollars": a cell read as 70,412,300 thousand dollars is 70.41 billion when said.
const fact = (value: number, unit: string): Fact => ({
  id: "t:f0", docId: "t", passageId: "t#0", start: 0, end: 10, valueStart: 0, valueEnd: 5,
  entity: "hubei", metric: "trade", measure: "amount", value, unit, scale: 1e3,
  period: { y1: 2024, m1: 1, y2: 2024, m2: 12 },
}) as Fact;

describe("a thousand or more of a scaled unit, shown in the scale it reaches", () => {
  it("writes thousands of dollars as billions or millions, the same number", () => {
    expect(valueText(fact(70412300, "thousand US dollars"))).toBe("70.41 billion US dollars");
    expect(amountText(5300, "thousand yuan")).toBe("5.3 million yuan");
    expect(amountText(2750, "million tonnes")).toBe("2.75 billion tonnes");
    expect(amountText(-4200, "thousand yuan")).toBe("-4.2 million yuan");
  });
  it("leaves an amount under a thousand of its unit, percentages and billions as they are", () => {
    expect(amountText(987, "thousand US dollars")).toBe("987 thousand US dollars");
    expect(amountText(1234.5, "billion yuan")).toBe("1234.5 billion yuan");
    expect(amountText(12.6, "%")).toBe("12.6%");
  });
  it("never changes a stated digit: a scale whose number would round the stated one away is not taken (rvf35)", () => {
    expect(amountText(2346, "million yuan")).toBe("2.346 billion yuan");
    expect(valueText(fact(12345, "million yuan"))).toBe("12345 million yuan");
    expect(formatValue({ value: 12345, unit: "million yuan" })).toBe("12,345 million yuan");
  });
  it("says it so in an answer's sentence and its figure line", () => {
    expect(sentence(fact(70412300, "thousand US dollars"))).toContain("70.41 billion US dollars in 2024");
    expect(formatValue({ value: 70412300, unit: "thousand US dollars" })).toBe("70.41 billion US dollars");
  });
});
