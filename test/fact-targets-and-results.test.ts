import { describe, expect, it } from "vitest";
import { factsOf, one } from "./helpers/facts.js";
import { pipeSpacedTables } from "../corpus/spacedTables.js";
import { findMetricWords } from "../text/flows.js";

// Work reports that set targets against results: a table of indicators whose rows name their own units, a sentence
// whose lead makes every clause after it an aim, and foreign capital actually used. Made-up text.
const REPORT = { published: "2022-01-20" };

describe("foreign capital actually used", () => {
  it("is money invested, in a sentence, a question or a row label", () => {
    for (const text of ["Foreign capital actually used reached 4.1 billion US dollars.", "actual use of foreign capital in 2021?",
      "Utilized FDI rose 3 percent.", "| Foreign capital used (bln USD) | 4.0 |"]) {
      expect(findMetricWords(text).map((w) => w.metric), text).toContain("investment");
    }
  });
  it("is no flow in the name of a kind of firm", () => {
    expect(findMetricWords("Foreign capital enterprises exported more.").map((w) => w.metric)).toEqual(["exports"]);
  });
});

describe("a lead that states aims", () => {
  it("makes every clause it governs a target, the second one's flow its own", () => {
    const facts = factsOf("Gansu's trade reached 371.2 billion yuan in 2021. For 2022, the main target is for total imports and "
      + "exports to grow about 8 percent to around 400 billion yuan, and for foreign capital actually used to reach 13 billion "
      + "US dollars.", REPORT);
    for (const v of [8, 400, 13]) expect(one(facts, v).qualifier ?? "", String(v)).toMatch(/\bforecast\b/);
    expect(one(facts, 13)).toMatchObject({ metric: "investment", entity: "gansu" });
    expect(one(facts, 371.2).qualifier ?? "").not.toMatch(/\bforecast\b/);
  });
  it("ends at a verb stating what happened", () => {
    const facts = factsOf("In 2021, the goal for Gansu was to raise trade by 9 percent, and trade reached 371.2 billion yuan.", REPORT);
    expect(one(facts, 371.2).qualifier ?? "").not.toMatch(/\bforecast\b/);
  });
});

const TABLE = `Gansu's opening-up made progress in 2021. The pilot zone covers the Lanzhou, Tianshui and Jiuquan areas.

Table 1. Main indicators: targets and results

| Indicator | 2021 target | 2021 result | 2022 target |
|---|---|---|---|
| Imports and exports (bln yuan) | 350.0 | 371.2 | 400.0 |
| Trade growth (%) | 7.0 | 9.6 | 8.0 |
| Foreign capital used (bln USD) | 12.0 | 11.4 | 13.0 |
`;

describe("a table of indicators, targets against results", () => {
  const facts = factsOf(TABLE, REPORT);
  it("reads each row in the unit its label names", () => {
    expect(one(facts, 371.2)).toMatchObject({ metric: "trade", measure: "amount", unit: "billion yuan" });
    expect(one(facts, 9.6)).toMatchObject({ metric: "trade", measure: "growth" });
    expect(one(facts, 11.4)).toMatchObject({ metric: "investment", measure: "amount", unit: "billion US dollars" });
  });
  it("marks the target columns' figures as aims, with their own years, and not the results", () => {
    expect(one(facts, 350)).toMatchObject({ period: { y1: 2021, y2: 2021 } });
    expect(one(facts, 350).qualifier).toMatch(/\bforecast\b/);
    expect(one(facts, 400)).toMatchObject({ period: { y1: 2022, y2: 2022 } });
    expect(one(facts, 371.2).qualifier ?? "").not.toMatch(/\bforecast\b/);
  });
  it("takes no measure named after the flow for goods", () => {
    expect(one(facts, 9.6).subject).toBeUndefined();
  });
  it("is the province's, not that of the cities a sentence before it named together", () => {
    expect(one(facts, 371.2).entity).toBe("gansu");
  });
});

describe("a column that only sets a result against its aim", () => {
  it("holds no aims (\"% of target\")", () => {
    const facts = factsOf(`Gansu's indicators in 2021.

| Indicator | 2021 result | % of target |
|---|---|---|
| Exports (bln yuan) | 214.5 | 107.3 |
`, REPORT);
    expect(one(facts, 214.5).qualifier ?? "").not.toMatch(/\bforecast\b/);
    expect(facts.filter((f) => /\bforecast\b/.test(f.qualifier ?? ""))).toEqual([]);
  });
});

describe("a spaced table with a last column of words", () => {
  it("keeps its rows, the words as a cell of their own", () => {
    const text = "Indicator\tTarget\tResult\tStatus\nExports (billion yuan)\t93.0\t96.31\tExceeded\n"
      + "Foreign capital (bn USD)\t3.0\t2.71\tNot met\n";
    expect(pipeSpacedTables(text)).toContain("| Exports (billion yuan) | 93.0 | 96.31 | Exceeded |");
    expect(pipeSpacedTables(text)).toContain("| Foreign capital (bn USD) | 3.0 | 2.71 | Not met |");
  });
  it("leaves a line of prose with one figure alone", () => {
    expect(pipeSpacedTables("Exports\t93.0\tExceeded\n")).not.toContain("|");
  });
});
