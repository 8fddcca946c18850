import { describe, expect, it } from "vitest";
import { factsOf } from "./helpers/facts.js";
import { periodLabel } from "../text/periods.js";
import type { Fact } from "../text/terms.js";

// The lines of a document that are no ordinary sentence (extractDocumentFacts in facts/extract.ts): a report's date in
// February, a dateline, a photo caption, a table's caption, a heading row inside a table, a row longer than its header,
// the end of a table, and the passage each figure cites. Made-up documents. (Written against the mutants that survived
// the facts area's mutation run, Stop 26: the month that makes a report on last year moved by one, a dateline or a
// caption's flow and period ignored, a caption's sentences before it skipped, a heading row read as a header, a long
// row read, a table's unit kept after it ends, a figure at a passage's first character citing the last passage.)
const read = (text: string, meta: { published?: string; title?: string } = {}) => factsOf(text, meta)
  .map((f: Fact) => [f.value, f.entity, f.partner, f.metric, f.period && periodLabel(f.period)]);

describe("the date of the report", () => {
  it("reads months of a report on last year out in February as last year's, but not in March", () => {
    const text = "Hubei's trade shrank in 2009.\nIn the first half of the year, exports fell 5 percent.";
    expect(read(text, { published: "2010-02-15" })).toEqual([[-5, "hubei", undefined, "exports", "first half of 2009"]]);
    expect(read(text, { published: "2010-03-15" })).toEqual([[-5, "hubei", undefined, "exports", "first half of 2010"]]);
  });
  it("dates an undated document by the dateline on a line of its own", () => {
    expect(read("WUHAN, Jan. 22, 2013 (Xinhua)\nHubei's exports rose 5 percent in January."))
      .toEqual([[5, "hubei", undefined, "exports", "January 2013"]]);
  });
});

describe("a sentence's dateline and appositives", () => {
  it("dates a figure by its own month, not by the dateline the sentence opens with", () => {
    expect(read("LHASA, March 2, 2013 (Xinhua) -- Tibet's exports rose 5 percent in January."))
      .toEqual([[5, "tibet", undefined, "exports", "January 2013"]]);
  });
  it("reads an appositive after a province or a port as an aside whose places own nothing", () => {
    expect(read("Zhejiang, home to the city of Ningbo, traded 5 billion yuan in 2023.", { published: "2024-03-01" }))
      .toEqual([[5, "zhejiang", undefined, "trade", "2023"]]);
    expect(read("Trade through Gyirong port, the main land port between China and Nepal, rose 5 percent in 2023.",
      { published: "2024-03-01", title: "Tibet trade" })).toEqual([[5, "zone:Gyirong port", undefined, "trade", "2023"]]);
  });
});

describe("the period of the article", () => {
  it("gives a figure without a period the first period of the lead, in the report's year, not a year named later", () => {
    expect(read("Hubei's exports reached 5 billion yuan. Trade in the first quarter was strong. In 2019, exports had been "
      + "lower.", { published: "2024-05-01" })).toContainEqual([5, "hubei", undefined, "exports", "Q1 2024"]);
  });
  it("reads the lead's period past a photo caption above it", () => {
    expect(read("*Trucks at Wuhan port on April 29, 2023.*\nHubei's exports reached 5 billion yuan. Trade in the first "
      + "quarter rose.", { published: "2023-05-01" })).toEqual([[5, "hubei", undefined, "exports", "Q1 2023"]]);
  });
});

describe("captions", () => {
  it("reads no figure from a photo caption, and the sentences around it", () => {
    expect(read("Hubei's trade rose 5 percent in 2023.\n[Photo caption] Trucks at Wuhan port, where exports rose 9 percent "
      + "in May.\nImports fell 3 percent.", { published: "2024-06-01" }))
      .toEqual([[5, "hubei", undefined, "trade", "2023"], [-3, "hubei", undefined, "imports", "2023"]]);
  });
  it("gives the rows of a table the flow and the period its caption names", () => {
    expect(read("Hubei's trade grew in 2023.\nTable 1 Hubei exports by city, 2022 (100 million yuan)\n| City | Value |\n"
      + "|---|---|\n| Wuhan | 350.2 |", { published: "2024-06-01" }))
      .toEqual([[35.02, "city:wuhan", undefined, "exports", "2022"]]);
  });
  it("keeps the text's period for the rows under a caption that names none", () => {
    expect(read("Hubei's exports grew in 2023.\nUnit: 100 million yuan\n| City | Value |\n|---|---|\n| Wuhan | 350.2 |",
      { published: "2024-06-01" })).toEqual([[35.02, "city:wuhan", undefined, "exports", "2023"]]);
  });
});

describe("table rows that are not figures", () => {
  it("reads a heading row inside a table as naming what its rows are", () => {
    expect(read("Hubei's trade grew in 2023.\n| Item | Value (billion yuan) |\n|---|---|\n| Market | |\n| Wuhan | 2 |",
      { published: "2024-06-01" })).toEqual([[2, "hubei", "city:wuhan", "trade", "2023"]]);
  });
  it("reads no figure from a row with more cells than the header has columns", () => {
    expect(read("Hubei's trade grew in 2023.\n| City | Value (billion yuan) |\n|---|---|\n| Wuhan | 2 | 3 |\n"
      + "| Yichang | 4 |", { published: "2024-06-01" })).toEqual([[4, "city:yichang", undefined, "trade", "2023"]]);
  });
  it("drops a table's unit when the table ends", () => {
    expect(read("Hubei's trade grew in 2023.\nUnit: 100 million yuan\n| City | Exports |\n|---|---|\n| Wuhan | 350.2 |\n"
      + "Wuhan did well.\n| City | Trade |\n|---|---|\n| Yichang | 40 |", { published: "2024-06-01" }))
      .toEqual([[35.02, "city:wuhan", undefined, "exports", "2023"]]);
  });
  it("gives the rows under 'trade with Chile was as follows:' that partner, not the place named first", () => {
    expect(read("Hubei's trade grew in 2023.\nHubei's quarterly trade with Chile was as follows:\n"
      + "| Quarter | Value (billion yuan) |\n|---|---|\n| Q1 | 3 |", { published: "2024-03-01" }))
      .toEqual([[3, "hubei", "partner:cl", "trade", "Q1 2023"]]);
  });
});

describe("the passage a figure cites", () => {
  it("cites the passage its sentence starts in, the first one from the document's first character", () => {
    const first = "Hubei's exports rose 5 percent in 2023, according to the customs office in Wuhan, which publishes the "
      + "figures every month together with a long commentary on the trade of each city and each county of the province.";
    const second = "Hubei's imports fell 3 percent in 2023, according to the same office, which also noted that the fall was "
      + "concentrated in the last quarter of the year and in the trade of the smaller cities and counties of the province.";
    const facts = factsOf(`${first}\n\n${second}`, { published: "2024-03-01" });
    expect(facts.map((f) => [f.value, f.passageId])).toEqual([[5, "d#0"], [-3, "d#1"]]);
  });
});
