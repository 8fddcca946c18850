import { describe, expect, it } from "vitest";
import { columnOf, withoutRankColumn } from "../facts/tables.js";

// What a table header makes of its columns (facts/tables.ts): a count column's unit and counting factor, and a rank
// column that only numbers the rows. (Written against the mutants that survived the facts area's mutation run, issue
// 17 second round: a count column's scale word or restated unit dropped, tonnes by their symbol not spelled out, the
// rank column stripped from rows it does not number, or kept on rows it does.)

describe("a count column's unit", () => {
  it("restates an official counting unit in a standard scale, with the factor its cells take", () => {
    expect(columnOf("Freight (10,000 tonnes)"))
      .toEqual({ measure: "count", unit: "thousand tonnes", scale: 1, factor: 10 });
    expect(columnOf("Volume (100 million t)"))
      .toEqual({ measure: "count", unit: "billion tonnes", scale: 1, factor: 0.1 });
  });
  it("spells out a short scale and reads a plain scale as written, with no factor", () => {
    expect(columnOf("Cargo (mn tonnes)")).toEqual({ measure: "count", unit: "million tonnes", scale: 1 });
    expect(columnOf("Cargo (million tonnes)")).toEqual({ measure: "count", unit: "million tonnes", scale: 1 });
  });
  it("names what is counted alone when no scale is written, tonnes only for 't'", () => {
    expect(columnOf("Shipments (trips)")).toEqual({ measure: "count", unit: "trips", scale: 1 });
    expect(columnOf("Cargo (t)")).toEqual({ measure: "count", unit: "tonnes", scale: 1 });
    expect(columnOf("China-Europe freight trains")).toEqual({ measure: "count", unit: "trains", scale: 1 });
  });
});

describe("a rank column", () => {
  const header = ["Rank", "Region", "Trade (billion yuan)"];
  it("is left out of a numbered row with a label after it, the header with it", () => {
    expect(withoutRankColumn(["1", "Guangdong", "8.3"], header))
      .toEqual([["Guangdong", "8.3"], ["Region", "Trade (billion yuan)"]]);
    expect(withoutRankColumn([" 2. ", "Jiangsu", "5.2"], [" No. ", "Region", "Trade"]))
      .toEqual([["Jiangsu", "5.2"], ["Region", "Trade"]]);
  });
  it("is kept when the first header names no rank, the first cell is no row number, or only one cell follows", () => {
    const region = ["Region", "Rank", "Trade (billion yuan)"];
    expect(withoutRankColumn(["1", "Guangdong", "8.3"], region)).toEqual([["1", "Guangdong", "8.3"], region]);
    expect(withoutRankColumn(["Guangdong", "1", "8.3"], header)).toEqual([["Guangdong", "1", "8.3"], header]);
    expect(withoutRankColumn(["1234", "Guangdong", "8.3"], header)).toEqual([["1234", "Guangdong", "8.3"], header]);
    expect(withoutRankColumn(["1", "8.3"], ["Rank", "Trade"])).toEqual([["1", "8.3"], ["Rank", "Trade"]]);
  });
  it("is no question without a header, or with rows and headers missing cells", () => {
    expect(withoutRankColumn(["1", "Guangdong", "8.3"], undefined)).toEqual([["1", "Guangdong", "8.3"], undefined]);
    expect(withoutRankColumn(["1", "Guangdong", "8.3"], [])).toEqual([["1", "Guangdong", "8.3"], []]);
    expect(withoutRankColumn([], header)).toEqual([[], header]);
  });
});
