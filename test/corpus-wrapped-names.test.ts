import { describe, expect, it } from "vitest";
import { unwrapLines } from "../corpus/unwrap.js";

// A PDF line that breaks inside a name ("… in Xinhe\nDistrict, rose …"): one sentence. Made-up place and figures.
describe("a line broken inside a name", () => {
  it("is joined when the next line opens on the name's last word and a comma", () => {
    expect(unwrapLines("Exports under the market procurement trade mode, from the pilot market in Xinhe\nDistrict, rose 3 "
      + "percent.")).toBe("Exports under the market procurement trade mode, from the pilot market in Xinhe District, rose 3 percent.");
  });
  it("is not when the line before is a heading, nor when the next line opens a sentence", () => {
    expect(unwrapLines("2. Trade by Mode\nHowever, trade fell.")).toBe("2. Trade by Mode\nHowever, trade fell.");
    expect(unwrapLines("Exports under the market procurement trade mode rose 3 percent to 5 billion yuan in Xinhe\nThe "
      + "mode serves 6,200 traders.")).toContain("Xinhe\nThe");
  });
  it("reads a long run of letters in linear time", () => {
    const t0 = performance.now();
    for (let i = 0; i < 5; i++) unwrapLines(`${"x".repeat(100_000)}${i}`);
    expect(performance.now() - t0).toBeLessThan(1000);
  });
});
