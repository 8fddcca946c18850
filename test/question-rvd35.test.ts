import { describe, expect, it } from "vitest";
import { parseQuestion } from "../retrieval/figures/query.js";

// Review of this stop's question rules (rvd35): made-up questions of shapes other than the rules were written for.

describe("'cross-strait' is the trade with Taiwan only when no other strait is named", () => {
  it("a ferry across another strait names no partner", () => {
    const f = parseQuestion("how many trucks crossed hainan's cross-strait ferry route over the qiongzhou strait in 2031?");
    expect(f.partners).not.toContain("taiwan");
  });
  it("'xiamen's cross-strait trade' is still its trade with Taiwan", () => {
    expect(parseQuestion("xiamen's cross-strait trade in 2031?").partners).toEqual(["taiwan"]);
  });
});
