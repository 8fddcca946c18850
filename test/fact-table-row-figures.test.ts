import { describe, expect, it } from "vitest";
import { factsOf } from "./helpers/facts.js";
import { periodLabel } from "../text/periods.js";
import type { Fact } from "../text/terms.js";

// Table rows cell by cell (tableRowFacts, headerPeriod, columnAt in facts/extract.ts): which cell each figure cites,
// its sign, which cells give no figure, what a column's unit, scale, flow and period make of a cell, and whose row it
// is. Made-up tables. (Written against the mutants that survived the facts area's mutation run, Stop 26: a search for a
// cell started before the label or behind the cell before, a minus sign dropped, a lone text cell read, a unitless
// column given "%", a column's factor applied to a cell with its own unit, the column periods searched in the wrong
// order, a caption's unit dropping a column's flow, a value column after a count taken for the count's change, the
// counter of fact ids going backwards.)
const PUB = { title: "Hubei trade", published: "2024-01-20" };
const HEAD = "Hubei trade grew in 2023.\n";

/** Each figure as "value@the text it cites". */
const cited = (text: string, facts: Fact[]) => facts.map((f) => `${f.value}@${text.slice(f.valueStart, f.valueEnd)}`);

describe("the cell a table figure cites", () => {
  it("finds each cell after the label and after the cell before, even when a value repeats or is in the label", () => {
    const text = `${HEAD}| Item | Value (billion yuan) | Growth (%) |\n|---|---|---|\n| Group 2 goods | 2 | 2 |\n`
      + "| Toys | 7 | 7 |";
    const facts = factsOf(text, PUB);
    expect(cited(text, facts)).toEqual(["2@2", "2@2", "7@7", "7@7"]);
    const row = text.indexOf("| Group 2 goods |");
    // the two 2s of the row are its cells, not the 2 of "Group 2" and not the same cell twice
    expect(facts.slice(0, 2).map((f) => f.valueStart - row)).toEqual([18, 22]);
    expect(facts.slice(0, 2).map((f) => f.measure)).toEqual(["amount", "growth"]);
    expect(facts.slice(2).map((f) => f.valueStart - text.indexOf("| Toys |"))).toEqual([9, 13]);
  });
  it("reads a minus sign as a fall and a plus sign as nothing", () => {
    const text = `${HEAD}| Item | Value (billion yuan) | Growth (%) |\n|---|---|---|\n| Toys | 5 | −2.1 |\n| Steel | 4 | +3.5 |`;
    expect(factsOf(text, PUB).filter((f) => f.measure === "growth").map((f) => f.value)).toEqual([-2.1, 3.5]);
  });
  it("reads no figure from the label cell, even one with a percentage in it", () => {
    // (a row's label that names a place: one that names nothing read gives no figure at all)
    const text = `${HEAD}| City | Value (billion yuan) |\n|---|---|\n| Wuhan, up 5% | 3 |`;
    expect(cited(text, factsOf(text, PUB))).toEqual(["3@3"]);
  });
  it("skips a cell with no number and reads the cells after it", () => {
    const text = `${HEAD}| Item | Value (billion yuan) | Growth (%) |\n|---|---|---|\n| Steel | n/a | 4.5 |`;
    expect(cited(text, factsOf(text, PUB))).toEqual(["4.5@4.5"]);
  });
  it("gives every figure of the table its own id, distinct from the ids of the sentences' figures", () => {
    const text = "Hubei's trade rose 5 percent in 2023.\n| City | Trade (billion yuan) | Growth (%) |\n|---|---|---|\n"
      + "| Wuhan | 350.2 | 4.1 |\n| Xiangyang | 40.6 | 7.3 |\n\nHubei's exports rose 6 percent in 2023.";
    const ids = factsOf(text, PUB).map((f) => f.id);
    expect(ids).toHaveLength(6);
    expect(new Set(ids).size).toBe(6);
  });
});

describe("what a column makes of a cell", () => {
  it("gives no figure for a bare number in a column that names no unit", () => {
    const text = `${HEAD}| City | Trade | Growth (%) |\n|---|---|---|\n| Wuhan | 350.2 | 4.1 |\n\n${HEAD}`
      + "| City | Value |\n|---|---|\n| Wuhan | 350.2 |";
    expect(factsOf(text, PUB).map((f) => [f.measure, f.value, f.unit])).toEqual([["growth", 4.1, "%"]]);
  });
  it("reads a minus sign in an amount column as a negative amount", () => {
    const text = `${HEAD}| City | Balance (billion yuan) |\n|---|---|\n| Wuhan | −2.1 |`;
    expect(factsOf(text, PUB).map((f) => [f.measure, f.value])).toEqual([["amount", -2.1]]);
  });
  it("reads a growth column right after the label column", () => {
    const text = `${HEAD}| City | Growth (%) |\n|---|---|\n| Wuhan | 4.1 |`;
    expect(factsOf(text, PUB).map((f) => [f.entity, f.measure, f.value, f.unit])).toEqual([["city:wuhan", "growth", 4.1, "%"]]);
  });
  it("scales a bare number by its column's unit, but reads a cell with a unit of its own as written", () => {
    const text = `${HEAD}| City | Trade (100 million yuan) |\n|---|---|\n| Wuhan | 12.5 billion yuan |\n| Xiangyang | 40 |`;
    expect(factsOf(text, PUB).map((f) => [f.entity, f.value, f.unit])).toEqual([
      ["city:wuhan", 12.5, "billion yuan"], ["city:xiangyang", 4, "billion yuan"]]);
  });
  it("dates a change column by the nearest column left of it before the one right of it", () => {
    const text = `${HEAD}| City | Jan-Jun 2023 (billion yuan) | Change (%) | Jan-Jun 2024 (billion yuan) |\n|---|---|---|---|\n`
      + "| Wuhan | 350.2 | 4.1 | 360.5 |";
    expect(factsOf(text, PUB).map((f) => [f.value, f.period && periodLabel(f.period)])).toEqual([
      [350.2, "first half of 2023"], [4.1, "first half of 2023"], [360.5, "first half of 2024"]]);
  });
  it("dates a change column by the nearer period of the columns two away, left first", () => {
    const text = `${HEAD}| City | 2023 (billion yuan) | Share (%) | Change (%) | Note | 2024 (billion yuan) |\n`
      + "|---|---|---|---|---|---|\n| Wuhan | 350.2 | 40 | 4.1 | | 360.5 |";
    expect(factsOf(text, PUB).map((f) => [f.value, f.period && periodLabel(f.period)])).toEqual([
      [350.2, "2023"], [40, "2023"], [4.1, "2023"], [360.5, "2024"]]);
  });
  it("dates a change column by the period right of it before one two columns left", () => {
    const text = `${HEAD}| City | 2023 (billion yuan) | Share (%) | Change (%) | 2024 (billion yuan) |\n`
      + "|---|---|---|---|---|\n| Wuhan | 350.2 | 40 | 4.1 | 360.5 |";
    expect(factsOf(text, PUB).find((f) => f.value === 4.1)?.period).toMatchObject({ y1: 2024, y2: 2024 });
  });
  it("keeps the flow each column names under a caption's unit, and the caption's unit for rows with no header", () => {
    const text = `${HEAD}Unit: 100 million yuan\n| City | Exports | Imports | Growth |\n|---|---|---|---|\n`
      + "| Wuhan | 350.2 | 120.4 | 5.1 |\n\nHubei's exports grew in 2023.\nUnit: 100 million yuan\n| Xiangyang | 50.5 | 20.1 |";
    expect(factsOf(text, PUB).map((f) => [f.entity, f.metric, f.measure, f.value, f.scale])).toEqual([
      ["city:wuhan", "exports", "amount", 35.02, 1e9], ["city:wuhan", "imports", "amount", 12.04, 1e9],
      ["city:wuhan", "imports", "growth", 5.1, 1], ["city:xiangyang", "exports", "amount", 5.05, 1e9],
      ["city:xiangyang", "exports", "amount", 2.01, 1e9]]);
  });
  it("reads a month row as that month of the text's year, and a full-year row as the whole year", () => {
    const text = "Hubei's exports grew in 2023.\n| Month | Value (billion yuan) |\n|---|---|\n| March | 3 |\n| Full year | 40 |";
    expect(factsOf(text, { title: "Hubei trade", published: "2024-10-01" }).map((f) => [f.value,
      f.period && periodLabel(f.period)])).toEqual([[3, "March 2023"], [40, "2023"]]);
  });
  it("reads a table's rows in a text that names no period", () => {
    const text = "Hubei's trade grew.\n| City | Value (billion yuan) |\n|---|---|\n| Wuhan | 3 |";
    expect(factsOf(text).map((f) => [f.entity, f.value, f.period])).toEqual([["city:wuhan", 3, undefined]]);
  });
  it("takes a value column after a count column for the value, and its change for the value's", () => {
    const text = `${HEAD}| Goods | Volume (million tonnes) | Value (billion yuan) | Change (%) |\n|---|---|---|---|\n`
      + "| Steel | 3.5 | 20.1 | 4.2 |";
    expect(factsOf(text, PUB).map((f) => [f.measure, f.value, f.qualifier])).toEqual([
      ["count", 3.5, "steel"], ["amount", 20.1, "steel"], ["growth", 4.2, "steel"]]);
  });
});

describe("whose row it is, and of which flow", () => {
  it("gives a table whose rows name flows none of the text's flow for its other rows", () => {
    const text = "Hubei's exports grew in 2023.\n| Flow | Value (billion yuan) |\n|---|---|\n| Exports | 5 |\n"
      + "| Machinery | 3 |";
    expect(factsOf(text, PUB).map((f) => [f.subject, f.metric])).toEqual([[undefined, "exports"], ["machinery", "trade"]]);
  });
  it("gives the rows of a table no flow of a text that named two", () => {
    const text = "Hubei's exports and imports grew in 2023.\n| Goods | Value (billion yuan) |\n|---|---|\n| Machinery | 3 |";
    expect(factsOf(text, PUB).map((f) => [f.subject, f.metric])).toEqual([["machinery", "trade"]]);
  });
  it("gives the rows of a table the one flow the text named before it, when no row names one", () => {
    const text = "Hubei's exports grew in 2023.\n| Goods | Value (billion yuan) |\n|---|---|\n| Machinery | 3 |";
    expect(factsOf(text, PUB).map((f) => [f.subject, f.metric])).toEqual([["machinery", "exports"]]);
  });
  it("reads a place in a market column as the partner, but a region as the place", () => {
    const text = `${HEAD}| Market | Value (billion yuan) |\n|---|---|\n| Hong Kong | 3 |\n| Wuhan | 2 |\n`
      + "| Central China | 1 |";
    expect(factsOf(text, PUB).map((f) => [f.entity, f.partner, f.value])).toEqual([
      ["hubei", "hong-kong", 3], ["hubei", "city:wuhan", 2], ["region:central", undefined, 1]]);
  });
  it("reads no figure from a table when the text has named no place", () => {
    expect(factsOf("Trade grew in 2023.\n| Goods | Trade (billion yuan) |\n|---|---|\n| Toys | 350.2 |", {
      published: "2024-01-20" })).toEqual([]);
  });
});
