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

// (stop 46) A report whose headline names the goods by a shorter name than its lead ("zinc exports" for "zinc
// products"), opens on a bare change, and weighs the goods by market and gives their value in the lead's paragraph.
const ZINC = "Ningxia exported 1.64 million tonnes of zinc products abroad in 2031, up 7.2 percent, customs said. "
  + "Export value rose 10.4 percent to 31.8 billion yuan. In 2030 the region had exported 1.53 million tonnes, "
  + "with a value of 28.8 billion yuan.\n\n"
  + "Thailand was the largest market at 0.41 million tonnes, followed by Chile at 0.23 million tonnes.\n\n"
  + "By product, zinc alloy led with 0.72 million tonnes.\n\n"
  + "The region's total exports were worth 120.5 billion yuan.";
describe("a report on one kind of goods named shorter in its headline", () => {
  const facts = factsOf(ZINC, { title: "Ningxia zinc exports grow 7.2% in 2031", published: "2032-01-22" });
  it("reads the goods counted 'abroad' without the word", () => {
    expect(one(facts, 1.64)).toMatchObject({ entity: "ningxia", subject: "zinc products", measure: "count" });
  });
  it("gives the lead place's tonnes to a market the goods and flow", () => {
    expect(one(facts, 0.41)).toMatchObject({ partner: "partner:th", subject: "zinc products", metric: "exports" });
  });
  it("gives the value said in the lead's paragraph, of the lead's period, the goods", () => {
    expect(one(facts, 31.8)).toMatchObject({ subject: "zinc products", measure: "amount" });
    // (not the value of another year's tonnes, whose goods the reader has not named)
    expect(one(facts, 28.8).subject).toBeUndefined();
  });
  it("leaves a kind ranked by weight and the place's total value alone", () => {
    expect(one(facts, 0.72).subject).not.toBe("zinc products");
    expect(one(facts, 120.5).subject).toBeUndefined();
  });
});
