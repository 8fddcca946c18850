import { describe, expect, it } from "vitest";
import { splitAsks } from "../retrieval/asks.js";

// A measure asked in a period of its own after two years set side by side is of the later year, whichever is named
// first. Made-up questions.
describe("a measure in its own period after two years", () => {
  it("takes the later year when the earlier is named first", () => {
    expect(splitAsks("Yunnan's trade in 2030 vs 2031, and growth in h1?")[1]).toMatch(/2031/);
  });
  it("and when the later is named first", () => {
    expect(splitAsks("Yunnan's trade in 2031 vs 2030, and growth in h1?")[1]).toMatch(/2031/);
  });
});
