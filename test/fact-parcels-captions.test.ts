import { describe, expect, it } from "vitest";
import { parseQuestion } from "../retrieval/figures/query.js";
import { columnOf } from "../facts/tables.js";
import { findNumbers } from "../text/numbers.js";
import { readPlan } from "../retrieval/plans/read.js";
import { unitPrice } from "../retrieval/plans/operations.js";
import { factsOf, one } from "./helpers/facts.js";

// Parcels are counted, never money of the document's currency; a caption naming one subject over a table of places
// makes the rows that subject's figures (not the places' whole trade); a question's "parcels" asks a count.
describe("parcels counted and a table's caption subject", () => {
  it("reads 'N billion cross-border e-commerce parcels' as a count", () => {
    const [n] = findNumbers("Customs handled 1.52 billion cross-border e-commerce parcels over the year");
    expect(n).toMatchObject({ kind: "count", value: 1.52, unit: "billion cross-border e-commerce parcels" });
    expect(columnOf("Parcels (million)")).toMatchObject({ measure: "count", unit: "million parcels" });
  });

  it("files a place's row under a one-subject caption as that subject's figure", () => {
    const facts = factsOf(["Hubei's cross-border e-commerce imports and exports reached 39.2 billion yuan in 2024.", "",
      "Cross-border e-commerce by city, 2024", "City | Parcels (million) | Value (billion yuan) |",
      "Wuhan | 98.2 | 21.5 |", "Yichang | 12.4 | 3.11 |", "",
      "Private firms led the rise.", "City | Value (billion yuan) |", "Xiangyang | 350.2 |"].join("\n"),
    { published: "2025-01-20" });
    expect(one(facts, 21.5)).toMatchObject({ entity: "city:wuhan", subject: "cross-border e-commerce", measure: "amount" });
    expect(one(facts, 98.2)).toMatchObject({ entity: "city:wuhan", measure: "count", unit: "million parcels",
      subject: "cross-border e-commerce" });
    // (a sentence over a table is no caption: the rows are the places' own)
    expect(one(facts, 350.2).subject).toBeUndefined();
  });

  it("asks a count when a question names parcels, and reads 'cross-border e-com'", () => {
    const q = parseQuestion("xiangyang cross-border e-com h1 2025: parcels and value?");
    expect(q.subjects).toEqual(["cross-border e-commerce"]);
    expect(q.measures).toEqual(expect.arrayContaining(["amount", "count"]));
  });

  it("counts a base compared with a count alike, dates it by its own year, and dates the value by the count's", () => {
    const facts = factsOf("Wuhan Customs supervised 5.31 million cross-border e-commerce parcels in 2031, more than double "
      + "the 2.04 million of 2030, worth a total of 412.8 million yuan.", { published: "2032-01-20" });
    expect(one(facts, 2.04)).toMatchObject({ measure: "count", unit: "million cross-border e-commerce parcels",
      period: { y1: 2030, y2: 2030 } });
    // (the value of the mode's parcels is the mode's trade, of the year of the count)
    expect(one(facts, 412.8)).toMatchObject({ measure: "amount", metric: "trade", subject: "cross-border e-commerce",
      period: { y1: 2031, y2: 2031 } });
  });

  it("plans a value per parcel of a mode's trade, and reads 'gd' as Guangdong", () => {
    const q = parseQuestion("gd cross-border ecommerce h1 2031: average value per parcel in yuan?");
    expect(q.entities).toEqual(["guangdong"]);
    expect(readPlan(q)).toMatchObject({ operation: "unitPrice" });
    expect(unitPrice({ value: 39.2, unit: "billion yuan", scale: 1e9 }, { value: 160, unit: "million parcels", scale: 1 }))
      .toMatchObject({ value: 245, unit: "yuan per parcel" });
  });
});
