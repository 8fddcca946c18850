import { describe, expect, it } from "vitest";
import { columnOf } from "../facts/tables.js";
import { trailingRanks } from "../facts/trailingRank.js";
import type { Fact } from "../text/terms.js";

// A rank trailing a sentence's figures (facts/trailingRank.ts) given the figures by hand, and a table header that
// names no flow of goods (facts/tables.ts). Made-up sentences and headers; written against the survivors of the facts
// area's mutation run, Stop 29.

/** A figure of `text` at `offset`, its value the text of `value` there. */
function figure(text: string, value: string, more: Partial<Fact>): Fact {
  const at = text.indexOf(value);
  return { id: `f${at}`, docId: "d", passageId: "p", start: at, end: at + value.length, valueStart: at,
    valueEnd: at + value.length, entity: "Exampleland", metric: "exports", measure: "amount", value: 1, unit: "yuan",
    scale: 1, ...more };
}
const located = (span: { start: number; end: number }) =>
  ({ docId: "d", passageId: "p", start: span.start, end: span.end, valueStart: span.start, valueEnd: span.end });

describe("a rank trailing a sentence's figures", () => {
  it("ranks the last figure before it that is no rank itself", () => {
    const text = "Exports of kettles grew 7.5%, the 3rd fastest rise, and first in the country.";
    const growth = figure(text, "7.5%", { measure: "growth", value: 7.5, unit: "%" });
    const stated = figure(text, "3rd", { measure: "rank", value: 3, unit: "rank" });
    let n = 0;
    const [rank] = trailingRanks(text, 0, [growth, stated], located, () => `r${n++}`);
    expect(rank).toMatchObject({ measure: "rank", value: 1, qualifier: "growth rate", scope: "in the country" });
  });
});

describe("a table column's header", () => {
  it("gives a column of export tax rebates no flow: money paid to traders, no flow of goods", () => {
    expect(columnOf("Export tax rebates (billion yuan)")).toEqual({ measure: "amount", unit: "billion yuan", scale: 1e9 });
  });
});
