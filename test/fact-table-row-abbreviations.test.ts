import { describe, expect, it } from "vitest";
import { splitSentences } from "../corpus/sentences.js";
import { factsOf, one } from "./helpers/facts.js";

// A table row whose label has an abbreviation's full stop ("(incl. X)"): one row, read under its header. Made-up figures.
const ROWS = "| Market | Billion yuan | Year on year | Share |\n| ASEAN | 104.2 | +5.1% | 10.9% |\n"
  + "| RCEP members (incl. ASEAN) | 241.7 | +3.4% | 23.8% |\n| Belt and Road countries | 415.3 | +6.6% | 41.2% |";

describe("a table row with an abbreviation in a cell", () => {
  it("is one span", () => {
    expect(splitSentences(`Trade grew. It rose.\n${ROWS}`).map((s) => s.text)).toEqual(["Trade grew.", "It rose.",
      ...ROWS.split("\n")]);
  });
  it("is read whole, and the rows after it under the header", () => {
    const facts = factsOf(`In the first three quarters of 2023, Hebei's total imports and exports reached 1,204.3 billion yuan.\n${ROWS}`,
      { published: "2023-10-25" });
    expect(one(facts, 241.7)).toMatchObject({ entity: "hebei", partner: "partner:rcep", metric: "trade", measure: "amount" });
    expect(one(facts, 23.8)).toMatchObject({ partner: "partner:rcep", measure: "share" });
    expect(one(facts, 41.2)).toMatchObject({ partner: "partner:bri", measure: "share" });
  });
});

// The same, as an HTML table is read: cells joined by bars, no bar before the first. Made-up districts and figures.
const HTML_ROWS = "District | Total (USD 100 million) | Exports (USD 100 million) |\nXibei | 512.5 | 41.5 |\n"
  + "Nanhe (incl. Donghe) | 168.5 | 88.5 |\nBeihe | 305.5 | 96.5 |";

describe("a row of an HTML table with an abbreviation in a cell", () => {
  it("is one span", () => {
    expect(splitSentences(`Trade grew. It rose.\n${HTML_ROWS}`).map((s) => s.text)).toEqual(["Trade grew.", "It rose.",
      ...HTML_ROWS.split("\n")]);
  });
  it("leaves a prose line with a bar in it to the sentence splitter", () => {
    expect(splitSentences("Trade grew | news. It rose.").map((s) => s.text)).toEqual(["Trade grew | news.", "It rose."]);
  });
});
