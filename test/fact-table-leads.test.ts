import { describe, expect, it } from "vitest";
import { factsOf } from "./helpers/facts.js";
import type { Fact } from "../text/terms.js";

// What a table of partners takes from the text before it: its flow, its owner, and where one table ends and the next
// begins. Made-up places and figures.
const META = { title: "Hubei's foreign trade in 2023", published: "2024-01-20" };
const rows = (facts: Fact[], partner: string) => facts.filter((f) => f.partner === partner)
  .map((f) => [f.entity, f.metric, f.measure, f.value]);

describe("a table of partners and the text before it", () => {
  it("a caption with its unit starts a new table: the flow it names is the rows', not the table's above", () => {
    const facts = factsOf("Hubei's trade rose 5 percent to 600 billion yuan in 2023.\n"
      + "Table 1: Trade by flow, 2023 (100 million yuan)\n| Item | Value | Growth (%) |\n| Exports | 400.0 | 6.0 |\n"
      + "| Imports | 200.0 | 3.0 |\nTable 2: Exports to major markets, 2023 (100 million yuan)\n| Market | Value | Growth (%) |\n"
      + "| Chile | 123.4 | 7.7 |\n| Peru | 56.7 | -1.2 |", META);
    expect(rows(facts, "partner:cl")).toEqual([["hubei", "exports", "amount", 12.34], ["hubei", "exports", "growth", 7.7]]);
    expect(rows(facts, "partner:pe")).toEqual([["hubei", "exports", "amount", 5.67], ["hubei", "exports", "growth", -1.2]]);
  });
  it("rows of partners do not take the flow of a sentence on goods before the table", () => {
    const facts = factsOf("Hubei's trade rose 5 percent to 600 billion yuan in 2023. Imports of crude oil fell 3.1 percent "
      + "to 12.3 billion yuan.\n\n| Partner | 2023 (billion yuan) | YoY (%) |\n|---|---|---|\n| Chile | 45.6 | 7.8 |", META);
    expect(rows(facts, "partner:cl")).toEqual([["hubei", "trade", "amount", 45.6], ["hubei", "trade", "growth", 7.8]]);
  });
});

describe("a partner leading a sentence", () => {
  it("does not own a figure of the trade with another partner its clause names", () => {
    const facts = factsOf("Hubei's trade rose 5 percent to 100 billion yuan in 2023. ASEAN was the fastest-growing of the "
      + "main partners, and trade with Chile rose 12.5 percent to 58.94 billion yuan.", META);
    expect(rows(facts, "partner:cl")).toEqual([["hubei", "trade", "growth", 12.5], ["hubei", "trade", "amount", 58.94]]);
    expect(rows(facts, "partner:asean")).toEqual([]);
  });
  it("still owns the figure of its own clause", () => {
    const facts = factsOf("Hubei's trade rose 5 percent to 100 billion yuan in 2023. ASEAN remained the largest partner, "
      + "with trade of 58.94 billion yuan.", META);
    expect(rows(facts, "partner:asean")).toEqual([["hubei", "trade", "amount", 58.94]]);
  });
});

describe("the owner of a table set apart", () => {
  const cities = "Hubei's trade rose 5 percent to 600 billion yuan in 2023.\n\nWuhan traded 300.1 billion yuan, up 2.1 percent. "
    + "Yichang traded 40.2 billion yuan, down 1.3 percent.\n\n";
  it("after a paragraph on several places, is the article's place", () => {
    const facts = factsOf(`${cities}| Partner | 2023 (billion yuan) | YoY (%) |\n|---|---|---|\n| Chile | 45.6 | 7.8 |`, META);
    expect(rows(facts, "partner:cl")).toEqual([["hubei", "trade", "amount", 45.6], ["hubei", "trade", "growth", 7.8]]);
  });
  it("right under a sentence leading into it, is the place that sentence names", () => {
    const facts = factsOf(`${cities}Yichang's trade with its partners was as follows:\n| Partner | 2023 (billion yuan) |\n`
      + "|---|---|\n| Chile | 4.6 |", META);
    expect(rows(facts, "partner:cl")).toEqual([["city:yichang", "trade", "amount", 4.6]]);
  });
});

describe("a goods row's name", () => {
  const table = (row: string) => factsOf("Hubei's exports rose 5 percent to 600 billion yuan in 2023.\n\n"
    + `| Product | Value (billion yuan) | YoY (%) |\n|---|---|---|\n| Wigs | 4.5 | 3.2 |\n${row}`, META)
    .filter((f) => f.start > 70).map((f) => [f.subject, f.measure, f.value]);
  it("may be a list of goods", () => {
    expect(table("| Tea, coffee and spices | 6.92 | 12.5 |").slice(2)).toEqual([
      ["tea, coffee and spices", "amount", 6.92], ["tea, coffee and spices", "growth", 12.5]]);
  });
  it("a row not read as goods gives no figure of the whole", () => {
    // ("of which: green tea" names its goods, test/fact-table-part-rows; a label read as nothing names none)
    expect(table("| of which: tea/coffee mix | 1.2 | 3.3 |").slice(2)).toEqual([]);
  });
});
