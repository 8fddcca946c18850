import { describe, expect, it } from "vitest";
import { parseQuestion } from "../retrieval/figures/query.js";
import { periodLabel } from "../text/periods.js";

const periods = (q: string) => parseQuestion(q).periods.map((p) => periodLabel(p));

// Made-up questions: a whole year the question names as such is a period of its own beside months of the same year.
describe("a year named as the full year (retrieval/figures/query.ts withFullYears)", () => {
  it("keeps 'full yr 2031' beside 'h1 2031', in the question's order", () => {
    expect(periods("gansu growth h1 2019 vs full yr 2019, which was faster")).toEqual(["first half of 2019", "2019"]);
    expect(periods("what share of gansu's full-year 2019 trade was done in h1 2019?")).toEqual(["2019", "first half of 2019"]);
  });
  it("gives a bare 'full year' the year of the months named beside it", () => {
    expect(periods("did gansu export growth speed up from jan-oct 2019 to the full year?"))
      .toEqual(["January–October 2019", "2019"]);
  });
  it("still reads a bare year that only repeats its months' year as those months, and no year from 'full year' alone", () => {
    expect(periods("gansu growth h1 2019 vs 2019, which was faster")).toEqual(["first half of 2019"]);
    expect(periods("jan-aug 2018 vs jan-aug 2019: how much lower was 2019?")).toEqual(["January–August 2018", "January–August 2019"]);
    expect(periods("what was gansu's trade in the full year?")).toEqual([]);
    // (a full-year figure the question gives or names is no period asked)
    expect(periods("gansu did 41.3bn in q1-q3 2019 - given its full-year total, what was q4 alone?"))
      .toEqual(["first three quarters of 2019", "October–December 2019"]);
  });
});
