import { describe, expect, it } from "vitest";
import { factsOf, one } from "./helpers/facts.js";

// Tables that state their unit once: in one header cell for the amount columns beside it, or on a unit line that goes
// on to say what the change columns are in. Made-up places' names stand in for none; made-up figures.
describe("a unit written once in a header", () => {
  const text = "Hunan's trade rose in 2031.\n\n"
    + "| Period | Total (billion yuan) | Exports | Imports | Total, yoy |\n|---|---|---|---|---|\n"
    + "| Q1 | 301.4 | 187.2 | 114.2 | 3.3% |\n| Q2 | 322.8 | 199.6 | 123.2 | 4.0% |\n";
  const facts = factsOf(text, { title: "Hunan trade by quarter", published: "2032-01-20" });
  it("reads the flow columns after the amount column as amounts in its unit", () => {
    expect(one(facts, 199.6)).toMatchObject({ entity: "hunan", metric: "exports", measure: "amount", unit: "billion yuan",
      period: { y1: 2031, m1: 4, y2: 2031, m2: 6 } });
    expect(one(facts, 114.2)).toMatchObject({ metric: "imports", measure: "amount", unit: "billion yuan" });
  });
  it("reads no amount from a flow's column when no column states a unit", () => {
    const bare = factsOf("Hunan's trade rose in 2031.\n\n| Period | Exports | Imports |\n|---|---|---|\n| Q1 | 187.2 | 114.2 |\n",
      { title: "Hunan trade by quarter", published: "2032-01-20" });
    expect(bare.filter((f) => f.value === 187.2 || f.value === 18.72)).toEqual([]);
  });
});

describe("a unit line that goes on to the change columns' unit", () => {
  const text = "The top provinces all grew in 2031.\n\nUnit: 100 million yuan; year-on-year change in percent\n"
    + "| Rank | Province | Total trade | YoY % | Exports | Exports YoY % |\n|---|---|---|---|---|---|\n"
    + "| 1 | Hunan | 12,340 | 8.1 | 7,650 | 9.2 |\n| 2 | Hubei | 10,220 | 6.4 | 6,010 | 5.5 |\n";
  const facts = factsOf(text, { title: "Top provinces, 2031", published: "2032-01-20" });
  it("reads the amount columns in the line's unit and the change columns as percentages", () => {
    expect(one(facts, 765)).toMatchObject({ entity: "hunan", metric: "exports", measure: "amount", unit: "billion yuan" });
    expect(one(facts, 1234)).toMatchObject({ entity: "hunan", metric: "trade", measure: "amount", unit: "billion yuan" });
    expect(one(facts, 9.2)).toMatchObject({ entity: "hunan", metric: "exports", measure: "growth", unit: "%" });
  });
});
