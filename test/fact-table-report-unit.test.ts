import { describe, expect, it } from "vitest";
import { factsOf, one } from "./helpers/facts.js";

// A quarterly review's head gives the unit of the whole report ("Unit: 100 million yuan unless otherwise stated"), its
// tables give a quarter's column and the full year's, each with its change beside it. Made-up figures.
const REVIEW = "Zorland Foreign Trade Quarterly Review: Fourth Quarter 2031\n"
  + "Unit: 100 million yuan unless otherwise stated 1. Overview\n"
  + "Hebei's foreign trade finished 2031 strongly.\n"
  + "Table 1. Imports and exports, Q4 and full year 2031\n"
  + "| Item | Q4 2031 | YoY % | Full year | YoY % |\n"
  + "| Total | 1,234.5 | 11.5 | 4,321.0 | 9.1 |\n"
  + "| Exports | 712.3 | 13.8 | 2,468.2 | 10.7 |\n";

describe("a review's unit and a table of a quarter beside its year", () => {
  const facts = factsOf(REVIEW, { title: "Hebei Foreign Trade Quarterly Review: Fourth Quarter 2031", published: "2032-01-20" });
  const q4 = { y1: 2031, m1: 10, y2: 2031, m2: 12 };
  const year = { y1: 2031, m1: 1, y2: 2031, m2: 12 };
  it("reads the quarter's cells as amounts in the report's unit, with their change", () => {
    expect(one(facts, 71.23)).toMatchObject({ metric: "exports", measure: "amount", unit: "billion yuan", period: q4 });
    expect(one(facts, 13.8)).toMatchObject({ metric: "exports", measure: "growth", period: q4 });
  });
  it("gives the full year's column and the change right of it the whole year", () => {
    expect(one(facts, 246.82)).toMatchObject({ metric: "exports", measure: "amount", period: year });
    expect(one(facts, 10.7)).toMatchObject({ metric: "exports", measure: "growth", period: year });
  });
});

