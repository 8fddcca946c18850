import { describe, expect, it } from "vitest";
import { factsOf } from "./helpers/facts.js";
import { periodLabel } from "../text/periods.js";
import type { Fact } from "../text/terms.js";

// What one sentence leaves to the next (the carry-over at the end of extractDocumentFacts' loop in facts/extract.ts):
// the period the text goes on in after a longer part, a quarter, the month that ends the text's period, a moment of
// it, a quote, a reference to last year, a series of parts; the place after a place named only as where, after a
// national reference, after a city where goods crossed; the place a share's whole names; the subject and flow a
// figureless sentence keeps or clears; the currency. Made-up documents. (Written against the mutants that survived the
// facts area's mutation run, Stop 26: the bound between a quarter and a longer part moved, the end-month, moment,
// quote, reference and series rules switched off or widened, scope-only places made the topic, a national reference
// read in any sentence, a crossing city with a partner beside it kept as the topic, a figureless sentence clearing the
// text's flow or keeping a trade mode, the currency cleared by a sentence without one.)
const read = (text: string, meta: { published?: string; title?: string }) => factsOf(text, meta)
  .map((f: Fact) => [f.value, f.entity, f.metric, f.period && periodLabel(f.period)]);

describe("the period the text goes on in", () => {
  it("goes on in a longer part after a new paragraph, and back to the text's period after a quarter", () => {
    expect(read("Hubei's trade rose 5 percent in the first five months of 2023.\n\nFrom January to April, exports rose 6 "
      + "percent.\n\nImports fell 3 percent.\n\nIn the first quarter, exports rose 4 percent.\n\nImports fell 1 percent.",
    { published: "2023-06-10" })).toEqual([[5, "hubei", "trade", "January–May 2023"],
      [6, "hubei", "exports", "January–April 2023"], [-3, "hubei", "imports", "January–April 2023"],
      [4, "hubei", "exports", "Q1 2023"], [-1, "hubei", "imports", "January–May 2023"]]);
  });
  it("goes on in a quarter within its paragraph, whatever blank lines come later", () => {
    expect(read("Hubei's trade rose 5 percent in the first five months of 2023. In the first quarter, exports rose 4 percent. "
      + "Imports fell 1 percent.\n\nWuhan did well.", { published: "2023-06-10" }))
      .toContainEqual([-1, "hubei", "imports", "Q1 2023"]);
  });
  it("keeps the report's year for a quarter after a sentence that names another year", () => {
    expect(read("Hubei's exports rose 5 percent in the first quarter. In 2019, exports had been lower. Imports rose 3 "
      + "percent in the first quarter.", { published: "2024-05-01" })).toContainEqual([3, "hubei", "imports", "Q1 2024"]);
  });
  it("does not go on in the month that ends the text's period", () => {
    expect(read("Hubei's trade rose 5 percent in the first half of 2023. In June, exports rose 8 percent. Imports fell 2 "
      + "percent.", { published: "2023-07-15" })).toContainEqual([-2, "hubei", "imports", "first half of 2023"]);
  });
  it("does not go on in a moment of the text's period named without a figure", () => {
    expect(read("Hubei's trade rose 5 percent in the first half of 2023. Trade was disrupted in April by storms. Imports "
      + "fell 2 percent.", { published: "2023-07-15" })).toContainEqual([-2, "hubei", "imports", "first half of 2023"]);
  });
  it("goes back to the article's period after a quote about it", () => {
    expect(read("Hubei's exports rose 5 percent in December 2023.\n\"Trade drew a V-shaped curve in 2023,\" said a trader. "
      + "Imports fell 2 percent.", { published: "2024-01-20", title: "Hubei trade in 2023" }))
      .toEqual([[5, "hubei", "exports", "December 2023"], [-2, "hubei", "imports", "2023"]]);
  });
  it("does not go on in a year named as a reference ('last year's lows')", () => {
    expect(read("Hubei's exports rose 5 percent in the first two months of 2024. Trade recovered from last year's lows. "
      + "Imports rose 2 percent.", { published: "2024-03-10" }))
      .toContainEqual([2, "hubei", "imports", "January–February 2024"]);
  });
  it("does not go on in either of two parts of the text's period named in one sentence", () => {
    expect(read("Hubei's trade rose 5 percent in the first half of 2023. Exports fell 3 percent in the first quarter and "
      + "rose 4 percent in the second quarter. Imports rose 2 percent.",
    { published: "2023-07-15", title: "Hubei trade in the first half of 2023" }))
      .toContainEqual([2, "hubei", "imports", "first half of 2023"]);
  });
});

describe("the place the text goes on about", () => {
  const HUBEI = { published: "2024-03-01", title: "Hubei trade" };
  it("keeps the city after a sentence that names another only as where something happened", () => {
    expect(read("Wuhan's exports rose 3 percent in 2023. Storms held up port logistics in Ningbo. The city's imports fell "
      + "2 percent.", HUBEI)).toContainEqual([-2, "city:wuhan", "imports", "2023"]);
  });
  it("moves to a city whose figure is compared with a national average", () => {
    expect(read("Wuhan's exports rose 5 percent in 2023, twice the national average. Imports rose 2 percent.", HUBEI))
      .toContainEqual([2, "city:wuhan", "imports", "2023"]);
  });
  it("stays with the province after a city named where a pipeline crosses, with the partner beside it", () => {
    expect(read("Gas imports from Russia through the pipeline at Heihe rose 5 percent in 2023. Exports fell 2 percent.",
      { published: "2024-03-01", title: "Heilongjiang trade" })).toContainEqual([-2, "heilongjiang", "exports", "2023"]);
  });
  it("gives 'the province' the whole a city's share was of", () => {
    expect(read("Wuhan accounted for 63 percent of Hubei's trade in 2023. The province as a whole traded 5 billion yuan.",
      { published: "2024-03-01" })).toContainEqual([5, "hubei", "trade", "2023"]);
  });
});

describe("the subject, flow and currency the text goes on with", () => {
  it("clears a trade mode after a sentence on a place", () => {
    const facts = factsOf("Processing trade rose 5 percent in 2023. Wuhan's trade grew. Its exports fell 2 percent.",
      { published: "2024-03-01", title: "Hubei trade" });
    expect(facts.map((f) => [f.value, f.subject])).toEqual([[5, "processing trade"], [-2, undefined]]);
  });
  it("keeps the text's flow past a sentence that names none, for the table after it", () => {
    expect(read("Hubei's exports grew in 2023. Wuhan did well.\n| City | Value (billion yuan) |\n|---|---|\n| Wuhan | 2 |",
      { published: "2024-03-01" })).toEqual([[2, "city:wuhan", "exports", "2023"]]);
  });
  it("keeps the currency past a sentence with no figure", () => {
    const facts = factsOf("Hubei's exports were $5 billion in 2023. Wuhan grew fast. Imports were 3 billion.",
      { published: "2024-03-01" });
    expect(facts.map((f) => [f.value, f.unit])).toEqual([[5, "billion US dollars"], [3, "billion US dollars"]]);
  });
});
