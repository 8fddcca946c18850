import { describe, expect, it } from "vitest";
import { factsOf } from "./helpers/facts.js";
import { periodLabel } from "../text/periods.js";
import type { Fact } from "../text/terms.js";

// Cell by cell, what a table row gives: a month row's period, a cell's own unit when the column names none, cells that
// do not fit their column, the flow of a column that names none, and where each figure stands. Made-up tables.
const Y2023 = { published: "2024-01-20" };
const cell = (text: string) => (f: Fact) => ({ entity: f.entity, metric: f.metric, measure: f.measure, value: f.value,
  unit: f.unit, period: f.period && periodLabel(f.period), cited: text.slice(f.valueStart, f.valueEnd) });
const rowsOf = (text: string) => factsOf(text, Y2023).map(cell(text));

describe("a table's rows, cell by cell", () => {
  it("gives a month row the month of the text's year, though the text came out early the year after", () => {
    const text = "Hubei's exports grew in 2023.\n| Month | Exports (billion yuan) |\n|---|---|\n| January | 5.1 |\n| February | 4.2 |\n"
      + "| Q3 | 4.4 |";
    expect(rowsOf(text).map((f) => [f.value, f.period, f.metric, f.cited])).toEqual([
      [5.1, "January 2023", "exports", "5.1"], [4.2, "February 2023", "exports", "4.2"], [4.4, "July–September 2023", "exports", "4.4"],
    ]);
  });
  it("reads a row under no header by its cells' own units, citing each figure where it stands", () => {
    const text = "Hubei's trade grew in 2023.\n| Wuhan | 2.3 billion yuan | 12.5% |";
    expect(rowsOf(text)).toEqual([
      { entity: "city:wuhan", metric: "trade", measure: "amount", value: 2.3, unit: "billion yuan", period: "2023",
        cited: "2.3 billion yuan" },
      { entity: "city:wuhan", metric: "trade", measure: "rate", value: 12.5, unit: "%", period: "2023", cited: "12.5%" },
    ]);
  });
  it("gives each row its own figures, ids and places", () => {
    const text = "Hubei's trade grew in 2023.\n| City | Trade (billion yuan) |\n|---|---|\n| Wuhan | 350.2 |\n| Xiangyang | 40.6 |";
    const facts = factsOf(text, Y2023);
    expect(facts.map(cell(text)).map((f) => [f.entity, f.cited])).toEqual([["city:wuhan", "350.2"], ["city:xiangyang", "40.6"]]);
    expect(new Set(facts.map((f) => f.id)).size).toBe(2);
  });
  it("cites a change cell's figure after its word, and numbers the row's facts and the next sentence's apart", () => {
    const text = "Hubei's trade grew in 2023.\n| Market | Exports (billion yuan) | Growth |\n|---|---|---|\n| Japan | 5.5 | fell 3% |\n"
      + "Exports to Korea rose 4.4 percent.";
    const facts = factsOf(text, Y2023);
    expect(facts.map(cell(text)).map((f) => [f.value, f.cited])).toEqual([[5.5, "5.5"], [-3, "3%"], [4.4, "4.4 percent"]]);
    expect(new Set(facts.map((f) => f.id)).size).toBe(3);
  });
  it("skips a percentage in an amount column, and a bare figure in a column that gives no unit", () => {
    expect(rowsOf("Hubei's trade grew in 2023.\n| City | Trade (billion yuan) |\n|---|---|\n| Wuhan | 12.5% |")).toEqual([]);
    expect(rowsOf("Hubei's trade grew in 2023.\n| City | Trade |\n|---|---|\n| Wuhan | 12.5 |")).toEqual([]);
  });
});

describe("a column that names no flow", () => {
  it("takes the flow of the nearest column to its left that names one, not of one to its right", () => {
    const text = "Hubei's trade grew in 2023.\n| Product | Exports (billion yuan) | Change (%) | Imports (billion yuan) |\n"
      + "|---|---|---|---|\n| Steel | 5.3 | 14.2 | 2.1 |";
    expect(rowsOf(text).map((f) => [f.value, f.metric, f.measure])).toEqual([
      [5.3, "exports", "amount"], [14.2, "exports", "growth"], [2.1, "imports", "amount"]]);
  });
  it("looks past a column between that names no flow either", () => {
    const text = "Hubei's trade grew in 2023.\n| Product | Exports (billion yuan) | Share (%) | Change (%) |\n|---|---|---|---|\n"
      + "| Steel | 5.3 | 14.2 | 2.1 |";
    expect(rowsOf(text).map((f) => [f.value, f.metric, f.measure])).toEqual([
      [5.3, "exports", "amount"], [14.2, "exports", "share"], [2.1, "exports", "growth"]]);
  });
});

describe("a table's share column", () => {
  it("is of the place's own total, unless its header names the nation's", () => {
    const own = factsOf("Hubei's trade grew in 2023.\n| Trade mode | Value (billion yuan) | Share (%) |\n|---|---|---|\n"
      + "| Processing trade | 109.7 | 13.4 |", Y2023);
    expect(own.find((f) => f.value === 13.4)).toMatchObject({ measure: "share", shareOf: "own" });
    const national = factsOf("China's trade grew in 2023.\n| Province | Value (billion yuan) | Share of national total (%) |\n"
      + "|---|---|---|\n| Hubei | 640.2 | 1.5 |", Y2023);
    expect(national.find((f) => f.value === 1.5)).toMatchObject({ measure: "share", shareOf: "national" });
  });
});
