import { describe, expect, it } from "vitest";
import { factsOf, one } from "./helpers/facts.js";

// Stop 31, part d: the rules added this stop to facts/extract.ts from line 1500 on, read shape by shape so that the
// mutation run's pure tests kill their mutants (each extraction runs inside its test).

describe("a column under an earlier base beside the table's own period (baseColumn)", () => {
  // a two-level header flattened by the page reader: "January-September" over "Value", "Compared with … 2019" over
  // "Change on 2019"
  const table = (base: string) => `Gansu's trade in the first three quarters

Gansu province's imports and exports reached 48.20 billion yuan in the first three quarters of this year, up 12.3 percent year on year.

Gansu's foreign trade by kind of enterprise, January-September
Kind of enterprise | January-September Value (billion yuan) | Compared with ${base} Change on ${base.slice(-4)} (%) |
Private enterprises | 21.40 | 16.9 |`;
  const change = (base: string) => one(factsOf(table(base), { published: "2022-10-21" }), 16.9);

  it("reads the change under the same months of an earlier year as the table's own period's, over those months", () => {
    const f = change("January-September 2019");
    expect(f.measure).toBe("growth");
    expect(f.period).toEqual({ y1: 2022, m1: 1, y2: 2022, m2: 9 });
    expect(f.base).toBe("the same period of 2019");
  });
  it("keeps the header's words for a base of other months (a different end, a different start)", () => {
    expect(change("January-June 2019").base).toMatch(/January-June 2019/);
    expect(change("March-September 2019").base).toMatch(/March-September 2019/);
  });
  it("reads no base of the same year or a later one", () => {
    expect(change("January-September 2022").base).toBeUndefined();
    expect(change("January-September 2023").base).toBeUndefined();
  });
});

describe("a table's unit restated from the text by a row of the stated figure (restatedUnit)", () => {
  const Y = { published: "2032-01-21" };
  const TEXT = "Hubei's exports reached 24.70 billion dollars in 2031.\n\n";
  const amounts = (text: string) => factsOf(text, Y).filter((f) => f.measure === "amount" && f.value !== 24.7);

  it("takes it from the place's whole ('Total') and the place by name, for the rows above and below", () => {
    const total = factsOf(TEXT + "| Item | Value | Change (%) |\n|---|---|---|\n| Total exports | 24.70 | 4.2 |\n"
      + "| Yichang | 5.10 | 1.0 |\n", Y);
    expect(one(total, 5.1)).toMatchObject({ entity: "city:yichang", unit: "billion US dollars", measure: "amount" });
    const named = factsOf(TEXT + "| City | Value |\n|---|---|\n| Xiangyang | 5.10 |\n| Hubei | 24.70 |\n", Y);
    expect(one(named, 5.1)).toMatchObject({ entity: "city:xiangyang", unit: "billion US dollars" });
  });
  it("never from a goods row, a row of the other flow, or a figure of a partner or of goods", () => {
    const rows = "| Item | Value |\n|---|---|\n| ROW | 24.70 |\n| Yichang | 5.10 |\n";
    expect(amounts(TEXT + rows.replace("ROW", "Coke"))).toEqual([]);
    expect(amounts(TEXT + rows.replace("ROW", "Imports"))).toEqual([]);
    expect(amounts("Hubei's exports to Japan reached 24.70 billion dollars in 2031.\n\n" + rows.replace("ROW", "Total")))
      .toEqual([]);
    expect(amounts("Hubei's exports of steel reached 24.70 billion dollars in 2031.\n\n" + rows.replace("ROW", "Total")))
      .toEqual([]);
  });
  it("never from another place's row, a row naming the place and more, or a column with a unit of its own", () => {
    const rows = "| Item | Value |\n|---|---|\n| ROW | 24.70 |\n| Yichang | 5.10 |\n";
    expect(amounts(TEXT + rows.replace("ROW", "Xiangyang")).filter((f) => f.entity !== "city:xiangyang")).toEqual([]);
    expect(amounts(TEXT + rows.replace("ROW", "Hubei (excluding Wuhan)"))).toEqual([]);
    expect(amounts(TEXT + rows.replace("ROW", "Rest of Hubei"))).toEqual([]);
    const yuan = factsOf(TEXT + rows.replace("ROW", "Total").replace("| Value |", "| Value (billion yuan) |"), Y);
    expect(one(yuan, 5.1).unit).toBe("billion yuan");
  });
  it("reads on past a row with no figures, to the row that restates it", () => {
    const f = factsOf(TEXT + "| Item | Value |\n|---|---|\n| Yichang | 5.10 |\n| Of all cities | |\n| Total | 24.70 |\n", Y);
    expect(one(f, 5.1)).toMatchObject({ entity: "city:yichang", unit: "billion US dollars" });
  });
  it("drops it at the next table's header", () => {
    const next = factsOf(TEXT + "| Item | Value |\n|---|---|\n| Total | 24.70 |\n| Yichang | 5.10 |\n"
      + "| Partner | Value |\n|---|---|\n| Japan | 731.5 |\n", Y);
    expect(one(next, 5.1)).toMatchObject({ entity: "city:yichang", unit: "billion US dollars" });
    expect(next.filter((f) => f.value === 731.5)).toEqual([]);
  });
});
