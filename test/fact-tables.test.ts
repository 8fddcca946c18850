import { describe, expect, it } from "vitest";
import { documentDate } from "../facts/extract.js";
import { columnOf, isFallCell, isPartnerColumn, isRuleRow, tableCells } from "../facts/tables.js";
import { factsOf, one } from "./helpers/facts.js";

// Table rows as the loaders render them, and header cells: what each says a column or row holds.
describe("table rows and headers", () => {
  it("splits a rendered or Markdown row into its cells, and leaves other lines alone", () => {
    expect(tableCells("Solar cells | 7.48 | 117.3%")).toEqual(["Solar cells", "7.48", "117.3%"]);
    expect(tableCells("| Solar cells | 7.48 |")).toEqual(["Solar cells", "7.48"]);
    expect(tableCells("  | Wigs | 12% |  ")).toEqual(["Wigs", "12%"]);
    expect(tableCells("Exports rose 5%|in May")).toBeUndefined();
    expect(tableCells("| lone |")).toBeUndefined();
    expect(tableCells("A sentence with no table.")).toBeUndefined();
  });
  it("knows a Markdown rule row", () => {
    expect(isRuleRow(["---", ":---:", "--:"])).toBe(true);
    expect(isRuleRow(["---", "Wigs"])).toBe(false);
    expect(isRuleRow(["-"])).toBe(false);
  });
  it("reads what a column measures, in which unit and scale, of which flow", () => {
    expect(columnOf("Growth")).toEqual({ measure: "growth" });
    expect(columnOf("Exports YoY (%)")).toEqual({ measure: "growth", metric: "exports" });
    expect(columnOf("% change")).toEqual({ measure: "growth" });
    expect(columnOf("Share of total")).toEqual({ measure: "share" });
    expect(columnOf("Proportion")).toEqual({ measure: "share" });
    expect(columnOf("Value (billion yuan)")).toEqual({ measure: "amount", unit: "billion yuan", scale: 1e9 });
    expect(columnOf("Imports (million US dollars)")).toEqual({ measure: "amount", unit: "million US dollars", scale: 1e6, metric: "imports" });
    expect(columnOf("Trade (RMB)")).toEqual({ measure: "amount", unit: "yuan", scale: 1, metric: "trade" });
    expect(columnOf("USD")).toEqual({ measure: "amount", unit: "US dollars", scale: 1 });
    expect(columnOf("Volume")).toEqual({ measure: "amount" });
    // the dollar sign before the scale, and the short scales headers write
    expect(columnOf("Value (US$ billion)")).toEqual({ measure: "amount", unit: "billion US dollars", scale: 1e9 });
    expect(columnOf("unit: US$100 million")).toEqual({ measure: "amount", unit: "billion US dollars", scale: 1e9, factor: 0.1 });
    expect(columnOf("Exports (USD 10,000)")).toEqual({ measure: "amount", unit: "thousand US dollars", scale: 1e3, factor: 10, metric: "exports" });
    expect(columnOf("Trade (bn yuan)")).toEqual({ measure: "amount", unit: "billion yuan", scale: 1e9, metric: "trade" });
    expect(columnOf("US$ mn")).toEqual({ measure: "amount", unit: "million US dollars", scale: 1e6 });
    expect(columnOf("Exports")).toEqual({ metric: "exports" });
    expect(columnOf("Notes")).toBeUndefined();
  });
  it("tells a partner column and a fall in a change cell", () => {
    expect(["Market", "Destinations", "Trading partner", "Economy"].map(isPartnerColumn)).toEqual([true, true, true, true]);
    expect(isPartnerColumn("City")).toBe(false);
    expect(isPartnerColumn(undefined)).toBe(false);
    expect(["-3.5%", "− 2", "down 7.1 percent", "fell 2%", "Decreased 4%", "minus 1"].map(isFallCell)).toEqual([true, true, true, true, true, true]);
    expect(["3.5%", "up 2%", "12-month high"].map(isFallCell)).toEqual([false, false, false]);
  });
});

describe("the date a document's relative periods resolve against", () => {
  it("is its publication month, or year", () => {
    expect(documentDate({ text: "", meta: { title: "t", source: "s", published: "2021-07-20" } })).toEqual({ docYear: 2021, docMonth: 7 });
    expect(documentDate({ text: "", meta: { title: "t", source: "s", published: "2021" } })).toEqual({ docYear: 2021 });
  });
  it("is the year after the latest 'same period' base of an undated article, else nothing", () => {
    const text = "Trade rose 5% over the same period of 2019 and 9% over the corresponding period in 2020.";
    expect(documentDate({ text, meta: { title: "t", source: "s" } })).toEqual({ docYear: 2021 });
    expect(documentDate({ text: "Trade rose.", meta: { title: "t", source: "s" } })).toEqual({});
  });
  it("is the dateline's month of an undated article, and no word that only looks like a month's", () => {
    const text = (line: string) => ({ text: `Headline\n\n${line} Trade rose.`, meta: { title: "t", source: "s" } });
    expect(documentDate(text("XINING, Feb. 3, 2022 (Xinhua) --"))).toEqual({ docYear: 2022, docMonth: 2 });
    expect(documentDate(text("BULLETIN, Release 3, 2022 --"))).toEqual({});
  });
});

describe("figures read from a table", () => {
  it("reads each row's cells under the header's measures, with falls and percentages", () => {
    const facts = factsOf("Hunan's exports grew in 2022.\n| Product | Value (billion yuan) | Growth (%) |\n|---|---|---|\n"
      + "| Wigs | 7.5 | -3.5 |\n| Tyres | 1,200.4 | 12 |", { published: "2023-01-20" });
    const rows = facts.filter((f) => f.subject === "wigs" || f.subject === "tyres")
      .map((f) => [f.subject, f.measure, f.value, f.unit, f.scale, f.metric]);
    expect(rows).toEqual([
      ["wigs", "amount", 7.5, "billion yuan", 1e9, "exports"], ["wigs", "growth", -3.5, "%", 1, "exports"],
      ["tyres", "amount", 1200.4, "billion yuan", 1e9, "exports"], ["tyres", "growth", 12, "%", 1, "exports"],
    ]);
    expect(facts.every((f) => f.entity === "hunan")).toBe(true);
  });
  it("reads a table with years down and places across as each column's place's figures, a growth column its left one's", () => {
    const facts = factsOf("Anhui and Jiangxi, five years on.\n| Year | Anhui (billion yuan) | Growth (%) | Jiangxi (billion yuan) "
      + "| Growth (%) | National total (trillion yuan) |\n|---|---|---|---|---|---|\n| 2011 | 31.5 | -2.5 | 21.7 | -1.4 | 23.6 |",
    { published: "2013-01-20" });
    const rows = facts.filter((f) => f.period?.y1 === 2011).map((f) => [f.entity, f.measure, f.value]);
    expect(rows).toEqual([["anhui", "amount", 31.5], ["anhui", "growth", -2.5], ["jiangxi", "amount", 21.7],
      ["jiangxi", "growth", -1.4], ["china", "amount", 23.6]]);
  });
  it("reads a partner column's rows as the place's trade with each partner", () => {
    const facts = factsOf("Hunan's trade grew in 2022.\n| Market | Trade (billion yuan) |\n|---|---|\n| ASEAN | 60.5 |\n| Hong Kong | 20.1 |",
      { published: "2023-01-20" });
    expect(facts.filter((f) => f.partner).map((f) => [f.entity, f.partner, f.value])).toEqual([
      ["hunan", "partner:asean", 60.5], ["hunan", expect.stringContaining("hong"), 20.1],
    ]);
  });
});

describe("columns that name no flow", () => {
  it("reads a change column after an exports column as the exports' change", () => {
    const facts = factsOf("Hunan's trade in 2024.\n\n| Product | Exports (billion yuan) | Change (%) |\n|---|---|---|\n| Rare earths | 5.3 | 14.2 |\n",
      { published: "2025-01-20" });
    expect(facts.find((f) => f.value === 14.2)).toMatchObject({ measure: "growth", metric: "exports", subject: "rare earths" });
  });
});

describe("columns that name no period", () => {
  it("take the period the header's other columns name, not the text's last one", () => {
    const facts = factsOf("Hunan's trade fell in 2019. Orders recovered in the first half of 2020.\n\n"
      + "| Partner | 2019 trade | Change |\n|---|---|---|\n| Japan | $10.4 billion | -6.6% |\n", { published: "2020-07-20" });
    expect([one(facts, 10.4).period?.y2, one(facts, -6.6).period]).toEqual([2019, { y1: 2019, m1: 1, y2: 2019, m2: 12 }]);
  });
});

describe("rows that name their flow", () => {
  it("keep the goods as the row's subject ('Copper ore imports') and give a total row none", () => {
    const facts = factsOf("Hunan's trade in 2024.\n\n| Item | Value (billion yuan) |\n|---|---|\n| Total imports and exports | 80.2 |\n"
      + "| Copper ore imports | 3.7 |\n| Total | 80.2 |\n| Rare earths (cerium, yttrium) | 1.2 |\n", { published: "2025-01-20" });
    expect(one(facts, 1.2).subject).toBe("rare earths");
    expect(facts.filter((f) => f.value === 80.2).map((f) => [f.metric, f.subject])).toEqual([["trade", undefined], ["trade", undefined]]);
    expect([one(facts, 3.7).metric, one(facts, 3.7).subject]).toEqual(["imports", "copper ore"]);
  });
});

describe("rows that are periods", () => {
  it("put a quarter in the year the text is on, even early the next year, and read 'Full year' as that whole year", () => {
    const facts = factsOf("Hunan's trade rose in 2023, slowing in the fourth quarter:\n\n| Quarter | Trade (billion yuan) |\n|---|---|\n"
      + "| Q1 | 61.5 |\n| Q4 | 70.2 |\n| Full year | 260.4 |\n", { published: "2024-01-20" });
    expect([61.5, 70.2, 260.4].map((v) => one(facts, v).period)).toEqual([
      { y1: 2023, m1: 1, y2: 2023, m2: 3 }, { y1: 2023, m1: 10, y2: 2023, m2: 12 }, { y1: 2023, m1: 1, y2: 2023, m2: 12 },
    ]);
    expect(one(facts, 260.4).subject).toBeUndefined();
  });
});

describe("the text after a table", () => {
  it("goes on in its period from before the figureless sentence that led into the table", () => {
    const facts = factsOf("Hunan's trade rose 5.5 percent in the first half of 2024. Trade picked up after a dip in March, as the table "
      + "shows:\n\n| Month | Trade (billion yuan) |\n|---|---|\n| March | 40.1 |\n| April | 44.3 |\n\nPrivate enterprises traded "
      + "180.2 billion yuan.", { published: "2024-07-20" });
    expect([one(facts, 40.1).period?.m2, one(facts, 180.2).period]).toEqual([3, { y1: 2024, m1: 1, y2: 2024, m2: 6 }]);
  });
});

describe("a caption that names its table's quarter and ends with the unit", () => {
  it("gives the unit to the value column ('Main partners, Q1 (billion yuan)': Q1 is no figure of the caption)", () => {
    const facts = factsOf("Wuhu's trade rose 3.1 percent to 40.2 billion yuan in the first quarter of 2031.\n\n"
      + "Wuhu's main trading partners, Q1 (billion yuan)\nPartner | Value | Year on year |\nChile | 7.3 | +4.4% |\n"
      + "Peru | 5.1 | -2.2% |", { published: "2031-04-20" });
    expect([one(facts, 7.3).partner, one(facts, 7.3).measure, one(facts, 7.3).unit]).toEqual(["partner:cl", "amount", "billion yuan"]);
    expect(one(facts, -2.2).measure).toBe("growth");
  });
});

describe("a column of amounts over the people", () => {
  it("reads 'Trade per head (yuan)' as yuan per head, never as the place's trade", () => {
    const facts = factsOf("In 2031 the trade of three provinces grew.\n\n| Province | Trade (trillion yuan) | Trade per head (yuan) |\n"
      + "|---|---|---|\n| Hunan | 0.71 | 10,700 |\n| Hubei | 0.66 | 11,300 |", { published: "2032-01-20" });
    expect(one(facts, 10700)).toMatchObject({ entity: "hunan", metric: "trade", measure: "amount", unit: "yuan per head" });
    expect(one(facts, 0.66)).toMatchObject({ entity: "hubei", unit: "trillion yuan" });
  });
});

describe("a table of regions' shares by year under a caption in percent", () => {
  it("reads each cell as the region's share of the national total in its column's year", () => {
    const facts = factsOf("The brief sets out the regions' shares.\n\nTable 3. Shares of national imports and exports by region "
      + "(percent)\n\n| Region | 2003 | 2013 |\n|---|---|---|\n| Central | 3.1 | 6.2 |\n| North-eastern | 4.4 | 3.3 |\n\n"
      + "Note: shares.", { published: "2025-03-01" });
    expect(one(facts, 6.2)).toMatchObject({ entity: "region:central", measure: "share", unit: "%", shareOf: "national",
      period: { y1: 2013, y2: 2013 } });
    expect(one(facts, 4.4)).toMatchObject({ entity: "region:northeastern", measure: "share", period: { y1: 2003 } });
  });
});
