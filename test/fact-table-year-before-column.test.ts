import { describe, expect, it } from "vitest";
import { factsOf } from "./helpers/facts.js";

// A month-by-month table with this year's and last year's figures side by side (stop 46): the "Last year" column is
// the same month a year before, never this year's. Made-up table and figures.
const TABLE = "Lanxi's zinc exports reached 3.31 million tonnes in the first four months of 2031.\n\n"
  + "Lanxi zinc exports by month (million tonnes)\n"
  + "| Month | This year | Last year | Change (%) |\n"
  + "| January | 0.81 | 0.77 | 5.2 |\n"
  + "| February | 0.74 | 0.70 | 5.7 |\n"
  + "| March | 0.88 | 0.79 | 11.4 |\n";

describe("a table's 'Last year' column beside the months", () => {
  const facts = factsOf(TABLE, { title: "Lanxi zinc exports in January-April 2031", published: "2031-05-12" });
  const periodOf = (v: number) => facts.filter((f) => f.value === v).map((f) => f.period);
  it("dates this year's cells in the text's year", () => {
    expect(periodOf(0.88)).toContainEqual({ y1: 2031, m1: 3, y2: 2031, m2: 3 });
  });
  it("dates last year's cells a year before, never in the text's year", () => {
    expect(periodOf(0.79)).toContainEqual({ y1: 2030, m1: 3, y2: 2030, m2: 3 });
    expect(periodOf(0.79)).not.toContainEqual({ y1: 2031, m1: 3, y2: 2031, m2: 3 });
  });
});
