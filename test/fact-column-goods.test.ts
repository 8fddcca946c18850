import { describe, expect, it } from "vitest";
import { columnOf } from "../facts/tables.js";
import { factsOf, one } from "./helpers/facts.js";

// Goods a table's column header names ("Ceramic tile exports (million yuan)"): the column's, and the goods of the rows
// that name none of their own (months), not of rows naming a place, a flow or a zone. Made-up tables.
const MARCH = { published: "2024-03-10" };

describe("a column header naming goods before its flow", () => {
  it("gives the goods, unknown ones as written, with or without a unit after", () => {
    expect(columnOf("Ceramic tile exports")).toEqual({ metric: "exports", goods: "ceramic tile" });
    expect(columnOf("Ceramic tile exports (million yuan)")).toMatchObject({ measure: "amount", metric: "exports", goods: "ceramic tile" });
    expect(columnOf("Crude oil imports")).toEqual({ metric: "imports", goods: "crude oil" });
  });
  it("gives a trade mode it names by its full name", () => {
    expect(columnOf("General trade exports")).toMatchObject({ goods: "general trade" });
  });
  it("gives none for a flow ending a hyphened word", () => {
    expect(columnOf("Re-exports")).toEqual({ metric: "exports" });
  });
});

describe("a column of changes in points", () => {
  it("is a change in points, of the flow the header names", () => {
    expect(columnOf("Exports change (pp)")).toEqual({ measure: "pp_change", unit: "percentage points", scale: 1, metric: "exports" });
    expect(columnOf("Share change (percentage points)")).toEqual({ measure: "pp_change", unit: "percentage points", scale: 1 });
  });
});

// (read inside each test: a mutation run counts only what a test itself runs)
const columnTable = () => factsOf(`In 2023, Hebei's exports of ceramic tiles grew steadily.
| Month | Ceramic tile exports (million yuan) | Change (%) |
| January | 31.5 | 4.2 |
| Tangshan | 12.5 | 3.3 |
| Exports | 41.5 | 6.2 |
| Caofeidian Comprehensive Bonded Zone | 7.5 | 2.2 |`, MARCH);

describe("the goods of a column in a table's rows", () => {
  it("are a month's row's, and the change's column after them takes them too", () => {
    const facts = columnTable();
    expect(one(facts, 31.5)).toMatchObject({ entity: "hebei", metric: "exports", measure: "amount", subject: "ceramic tile" });
    expect(one(facts, 4.2)).toMatchObject({ metric: "exports", measure: "growth", subject: "ceramic tile" });
  });
  it("are not a place's, a flow's or a zone's row's", () => {
    const facts = columnTable();
    expect(one(facts, 12.5)).toMatchObject({ entity: "city:tangshan", metric: "exports" });
    expect(one(facts, 41.5)).toMatchObject({ entity: "hebei", metric: "exports" });
    expect(one(facts, 7.5)).toMatchObject({ entity: "zone:Caofeidian Comprehensive Bonded Zone", metric: "exports" });
    for (const v of [12.5, 3.3, 41.5, 6.2, 7.5, 2.2]) expect(one(facts, v).subject).toBeUndefined();
  });
});

describe("a value column after a column of goods counted", () => {
  it("is the goods' value, of their flow", () => {
    const facts = factsOf(`In 2023, Hebei's trade grew steadily.
| Month | Iron ore imports (10,000 tonnes) | Value (million yuan) |
| January | 31.5 | 4.2 |`, MARCH);
    expect(one(facts, 315)).toMatchObject({ measure: "count", metric: "imports", subject: "iron ore" });
    expect(one(facts, 4.2)).toMatchObject({ measure: "amount", metric: "imports", subject: "iron ore" });
  });
});
