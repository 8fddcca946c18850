import { describe, expect, it } from "vitest";
import { tableLead } from "../retrieval/tableLead.js";

// The paragraph a table follows, read as words of its rows. Made-up text.
const TEXT = [
  "Heading line",
  "",
  "Kenya overtook Peru as the biggest buyer of the county's PV products. The table shows the three main markets.",
  "",
  "| Market | Value | Growth |",
  "|---|---|---|",
  "| Kenya | 1.4 | +12.0 |",
  "| Peru | 1.1 | -3.0 |",
  "",
  "Exports rose 4.1 percent.",
].join("\n");

describe("tableLead", () => {
  it("gives a row the paragraph its table follows", () => {
    expect(tableLead(TEXT, TEXT.indexOf("| Peru"))).toMatch(/PV products\. The table shows/);
  });
  it("gives nothing outside a table", () => {
    expect(tableLead(TEXT, TEXT.indexOf("Exports rose"))).toBe("");
  });
  it("gives nothing to a table with no paragraph near before it", () => {
    const far = "Some words.\n\n\n\n| A | 1 |\n| B | 2 |";
    expect(tableLead(far, far.indexOf("| B"))).toBe("");
    expect(tableLead("| A | 1 |\n| B | 2 |", 10)).toBe("");
  });
});
