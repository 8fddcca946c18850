import { describe, expect, it } from "vitest";
import { factsOf, one } from "./helpers/facts.js";

// A report on one flow of one kind of goods (facts/documentGoods.ts), and the country as the subject of a flow's verb.
// Made-up report and figures.
const REPORT = "BEIJING, Feb. 5 -- China imported a record 61.25 million tonnes of barley in 2031, up 4.4 percent, "
  + "customs figures showed.\n\nBy province, Hubei was the largest importer with 12.6 million tonnes, followed by Hunan "
  + "with 9.1 million tonnes.\n\n| Province | Volume (million tonnes) | Change (%) | Value (billion yuan) |\n"
  + "| Hubei | 12.6 | 5.2 | 31.7 |\n| Hunan | 9.1 | 2.3 | 22.8 |\n\n"
  + "The port of Wuhan handled 88.5 million tonnes of cargo in 2031.";
const TITLE = "China's barley imports hit record 61.3 million tonnes in 2031";

describe("a report on one kind of goods", () => {
  const facts = factsOf(REPORT, { title: TITLE, published: "2032-02-05" });
  it("reads the country's own count from 'China imported …'", () => {
    expect(one(facts, 61.25)).toMatchObject({ entity: "china", subject: "barley", metric: "imports", measure: "count" });
  });
  it("gives a place's tonnes that name no goods the report's goods and flow", () => {
    const hunan = facts.filter((f) => f.value === 9.1);
    expect(hunan.length).toBeGreaterThan(0);
    for (const f of hunan) expect(f).toMatchObject({ entity: "hunan", subject: "barley", metric: "imports", measure: "count" });
    expect(one(facts, 2.3)).toMatchObject({ entity: "hunan", subject: "barley", measure: "growth" });
  });
  it("gives the value beside them in their row the goods too, never the place's whole trade", () => {
    expect(one(facts, 22.8)).toMatchObject({ entity: "hunan", subject: "barley", metric: "imports", measure: "amount" });
  });
  it("leaves another thing weighed alone: a port's cargo", () => {
    expect(one(facts, 88.5).subject).not.toBe("barley");
  });
  it("leaves a goods table's total row alone: it names no place", () => {
    const byKind = factsOf("In 2031, Hubei exported 5,310 tonnes of tea, up 6.3 percent.\n\n"
      + "| Category | Tonnes | Value (100 million yuan) |\n| Green tea | 3,120 | 8.9 |\n| Black tea | 2,190 | 4.3 |\n"
      + "| Total | 5,310 | 13.2 |", { title: "Hubei tea exports in 2031", published: "2032-01-20" });
    const total = byKind.filter((f) => f.value === 5310 && f.start > 60);
    expect(total.length).toBe(1);
    expect(total[0]!.subject).toBeUndefined();
  });
  it("gives nothing when the headline names no one flow of the goods", () => {
    const other = factsOf(REPORT, { title: "Grain markets in 2031", published: "2032-02-05" });
    expect(other.filter((f) => f.value === 9.1).length).toBeGreaterThan(0);
    expect(other.filter((f) => f.value === 9.1).every((f) => f.subject === undefined)).toBe(true);
    // (nor one naming the goods only inside another word: "Gains" is no "gas")
    const gas = factsOf(REPORT.replace("barley", "gas"), { title: "Gains in China's imports in 2031", published: "2032-02-05" });
    expect(gas.filter((f) => f.value === 9.1).map((f) => f.subject ?? "none")).not.toContain("gas");
  });
});
