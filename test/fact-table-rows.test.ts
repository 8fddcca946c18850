import { describe, expect, it } from "vitest";
import { factsOf } from "./helpers/facts.js";
import { tableCells } from "../facts/tables.js";
import { periodLabel } from "../text/periods.js";
import type { Fact } from "../text/terms.js";

// Table rows as the loaders render them (Markdown, or cells joined by " | "): whose figures a row gives, and what each
// column measures, in which unit, scale and period. Made-up tables.
const Y2023 = { title: "Hubei trade", published: "2024-01-20" };
const row = (f: Fact) => [f.entity, f.partner, f.subject, f.metric, f.measure, f.value, f.unit, f.scale,
  f.period && periodLabel(f.period)];

describe("a table's rows", () => {
  it("reads a compact Markdown row, indented or not", () => {
    expect(tableCells(" |Wuhan|350.2| ")).toEqual(["Wuhan", "350.2"]);
    expect(tableCells("|Wuhan|350.2|")).toEqual(["Wuhan", "350.2"]);
    expect(tableCells("Wuhan|350.2")).toBeUndefined();
  });
  const B = 1e9;
  /** One expected figure: owner, subject, flow, measure, value, unit, scale (no partner; all of 2023). */
  const fig = (entity: string, subject: string | undefined, metric: string, measure: string, value: number,
    unit: string, scale = 1) =>
    [entity, undefined, subject, metric, measure, value, unit, scale, "2023"];
  it.each([
    ["gives a city row's figures to the city, a fall written in words negative, and a bare share in percent",
      "Hubei's trade grew in 2023.\n| City | Trade (billion yuan) | Growth | Share |\n|---|---|---|---|\n"
        + "| Wuhan | 350.2 | down 2.5 percent | 55.1 |\n| Xiangyang | 40.6 | 7.3% | 6.4 |",
      [fig("city:wuhan", undefined, "trade", "amount", 350.2, "billion yuan", B), fig("city:wuhan", undefined, "trade",
        "growth", -2.5, "%"),
        fig("city:wuhan", undefined, "trade", "share", 55.1, "%"), fig("city:xiangyang", undefined, "trade", "amount",
          40.6, "billion yuan", B),
        fig("city:xiangyang", undefined, "trade", "growth", 7.3, "%"), fig("city:xiangyang", undefined, "trade",
          "share", 6.4, "%")]],
    ["reads the flow a row names, and a column's scale word",
      "Hubei's trade grew in 2023.\n| Flow | Value (trillion yuan) | Change |\n|---|---|---|\n| Exports | 0.45 | 5% |\n| Imports | 0.25 | 3.5% |",
      [fig("hubei", undefined, "exports", "amount", 0.45, "trillion yuan", 1e12), fig("hubei", undefined, "exports",
        "growth", 5, "%"),
        fig("hubei", undefined, "imports", "amount", 0.25, "trillion yuan", 1e12), fig("hubei", undefined, "imports",
          "growth", 3.5, "%")]],
    ["takes the goods of a product row for its subject, the flow of the first header, and a cell's own unit over the column's",
      "Hubei's exports grew in 2023.\n| Export product | Value (million US dollars) | Share of total |\n|---|---|---|\n"
        + "| Steel | 1,234 | 12.5% |\n| Garments | 2.3 billion yuan | 3% |",
      [fig("hubei", "steel", "exports", "amount", 1234, "million US dollars", 1e6), fig("hubei", "steel", "exports",
        "share", 12.5, "%"),
        fig("hubei", "garments", "exports", "amount", 2.3, "billion yuan", B), fig("hubei", "garments", "exports",
          "share", 3, "%")]],
  ])("%s", (_name, table, expected) => {
    expect(factsOf(table as string, Y2023).map(row)).toEqual(expected);
  });
  it("reads rendered rows without outer bars: an enterprise type by the table's spelling, the column's own period, a minus sign", () => {
    const facts = factsOf("Hubei's trade grew in 2023.\nEnterprise type | Trade, Jan-Jun (billion US dollars) | YoY (%)\n"
      + "Foreign-invested | 123.4 | −4.1\nPrivate | 456.7 | 9.9", Y2023);
    const amounts = facts.filter((f) => f.measure === "amount").map(row);
    expect(amounts).toEqual([
      ["hubei", undefined, "foreign-invested enterprises", "trade", "amount", 123.4, "billion US dollars", 1e9,
        "first half of 2023"],
      ["hubei", undefined, "private enterprises", "trade", "amount", 456.7, "billion US dollars", 1e9,
        "first half of 2023"],
    ]);
    expect(facts.filter((f) => f.measure === "growth").map((f) => [f.subject, f.value, f.unit])).toEqual([
      ["foreign-invested enterprises", -4.1, "%"], ["private enterprises", 9.9, "%"],
    ]);
  });
  it("makes a market row's place a partner of the article's place", () => {
    const facts = factsOf("Hubei's trade grew in 2023.\nMarket | Exports (billion yuan) | Growth\nHong Kong | 12.4 | fell 3%\nJapan | 5.5 | 2.1%", Y2023);
    expect(facts.filter((f) => f.measure === "amount").map(row)).toEqual([
      ["hubei", "hong-kong", undefined, "exports", "amount", 12.4, "billion yuan", 1e9, "2023"],
      ["hubei", "partner:japan", undefined, "exports", "amount", 5.5, "billion yuan", 1e9, "2023"],
    ]);
    expect(facts.filter((f) => f.measure === "growth").map((f) => [f.partner, f.value]))
      .toEqual([["hong-kong", -3], ["partner:japan", 2.1]]);
  });
});

describe("counts in a table", () => {
  it("reads a cell that names its unit as a count, and a '+' change as a rise", () => {
    const facts = factsOf("Hubei's trade grew in 2023.\n\n| Goods | Quantity | Value (US$ billion) | Change in value (%) |\n"
      + "|---|---|---|---|\n| Copper ore imports | 3.1 million tonnes | 2.4 | +7.7 |\n", Y2023);
    expect(facts.filter((f) => f.subject === "copper ore").map((f) => [f.metric, f.measure, f.value, f.unit])).toEqual([
      ["imports", "count", 3.1, "million tonnes"], ["imports", "amount", 2.4, "billion US dollars"], ["imports", "growth", 7.7, "%"],
    ]);
  });
  it("reads a column of counts in the unit it names, it and its change of no flow", () => {
    const facts = factsOf("Hubei's ports in 2023.\n\n| Port | Freight trains | Change | Cargo (million tonnes) |\n|---|---|---|---|\n"
      + "| Wuhan | 1,204 | +12.5% | 3.3 |\n", Y2023);
    expect(facts.map((f) => [f.entity, f.metric, f.measure, f.value, f.unit])).toEqual([
      ["city:wuhan", "other", "count", 1204, "trains"], ["city:wuhan", "other", "growth", 12.5, "%"],
      ["city:wuhan", "other", "count", 3.3, "million tonnes"],
    ]);
  });
});
