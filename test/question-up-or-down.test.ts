import { describe, expect, it } from "vitest";
import { parseQuestion } from "../retrieval/figures/query.js";

// "was it up or down?" asks which way a figure moved, and by how much: its rate of change, beside any value asked.
describe("a question asking whether a figure went up or down", () => {
  it("asks the growth as well as the value", () => {
    const m = parseQuestion("hegang steel exports in 2031, how much n was it up or down?").measures;
    expect(m).toContain("growth");
    expect(m).toContain("amount");
  });
  it("asks the growth when written 'higher or lower'", () => {
    expect(parseQuestion("were jixi's imports in 2031 higher or lower than in 2030?").measures).toContain("growth");
  });
  it("does not read a growth into a value asked alone", () => {
    expect(parseQuestion("hegang steel exports in 2031, how much?").measures).not.toContain("growth");
  });
});
