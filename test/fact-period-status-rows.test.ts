import { describe, expect, it } from "vitest";
import { factsOf } from "./helpers/facts.js";
import { periodLabel } from "../text/periods.js";
import type { Fact } from "../text/terms.js";

// Period rows and captions of a monthly table (facts/extract.ts, tableRowFacts and TABLE_UNIT_LINES): a note on how
// final a row's figures are, "(revised)", leaves its label a period; a caption whose bracket the line's end cut after the
// unit's clause still gives the unit. Made-up bulletin.
const read = (text: string) => factsOf(text, { published: "2031-05-20", title: "Monthly bulletin" })
  .filter((f: Fact) => f.measure === "amount")
  .map((f: Fact) => [f.value, f.metric, f.period && periodLabel(f.period), f.qualifier ?? ""]);

const table = (caption: string, rows: string[]) => ["In the first four months of 2031, Gansu's imports and exports "
  + "totaled 90.5 billion yuan.", "", caption, "", "| Period | Total | Exports |", "|---|---|---|", ...rows].join("\n");

describe("a period row with a note on its figures", () => {
  it("reads '(revised)' after a month as that month's row", () => {
    const facts = read(table("Table 1. Monthly trade (unit: 100 million yuan)",
      ["| March 2031 (revised) | 231.4 | 140.2 |", "| April 2031 | 240.8 | 150.6 |"]));
    expect(facts).toContainEqual([23.14, "trade", "March 2031", ""]);
    expect(facts).toContainEqual([14.02, "exports", "March 2031", ""]);
  });
  it("reads a bracketed one-letter note, '[p]', the same way", () => {
    expect(read(table("Table 1. Monthly trade (unit: 100 million yuan)", ["| April 2031 [p] | 240.8 | 150.6 |"])))
      .toContainEqual([24.08, "trade", "April 2031", ""]);
  });
  it("does not read a row naming something else before the period as a period row", () => {
    const facts = read(table("Table 1. Monthly trade (unit: 100 million yuan)", ["| Steel, April 2031 | 240.8 | 150.6 |"]));
    expect(facts.filter((f) => f[0] === 24.08 && f[3] === "")).toEqual([]);
  });
});

describe("a caption cut by the line's end", () => {
  it("gives its unit when a clause after the unit runs past the line", () => {
    const facts = read(table("Table 1. Monthly trade (unit: 100 million yuan; change year on year in\n%)",
      ["| April 2031 | 240.8 | 150.6 |"]));
    expect(facts).toContainEqual([24.08, "trade", "April 2031", ""]);
    // (the unit is no figure of its own)
    expect(facts.filter((f) => f[0] === 0.1)).toEqual([]);
  });
});
