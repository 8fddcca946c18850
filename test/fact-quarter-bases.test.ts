import { describe, expect, it } from "vitest";
import { factsOf, one } from "./helpers/facts.js";
import { periodLabel } from "../text/periods.js";
import { isMonthOnMonth } from "../retrieval/figures/select.js";
import type { Fact } from "../text/terms.js";

// A quarter's figures and the periods their changes are over: the quarter before ("from the first quarter", "from the
// second quarter's N"), the same quarter a year before ("from the second quarter of 2021"), and a national total set
// beside the province's, which leaves the province the topic. Made-up sentences.
const H1 = { published: "2022-07-20" };
const Q3 = { published: "2022-10-25" };
const seen = (f: Fact) => ({ entity: f.entity, metric: f.metric, measure: f.measure, period: f.period && periodLabel(f.period),
  base: f.base });

describe("a national total set beside a province's", () => {
  it("leaves the province the owner of the next figures with no owner: 'China's total for the period was N'", () => {
    const facts = factsOf("Qinghai's imports and exports rose 12.5 percent to 30.10 billion yuan in the first half of 2022. "
      + "China's total for the period was 19.8 trillion yuan. Exports grew 8.1 percent to 10.20 billion yuan.", H1);
    expect(one(facts, 19.8).entity).toBe("china");
    expect(one(facts, 10.2)).toMatchObject({ entity: "qinghai", metric: "exports", measure: "amount" });
  });
});

describe("a quarter's changes", () => {
  it("dates both changes by the quarter, each with what it is over, when the year-before quarter is named with its year", () => {
    const facts = factsOf("Qinghai's trade reached 30.10 billion yuan in the first half of 2022. Second-quarter imports and "
      + "exports came to 16.20 billion yuan, up 16.5 percent from the first quarter and 10.2 percent from the second quarter "
      + "of 2021. Imports of iron ore rose 20.1 percent.", H1);
    expect(seen(one(facts, 16.5))).toEqual({ entity: "qinghai", metric: "trade", measure: "growth", period: "April–June 2022",
      base: "from the first quarter" });
    expect(seen(one(facts, 10.2))).toMatchObject({ period: "April–June 2022", base: "from the second quarter of 2021" });
    // (the year before's quarter is no period the text goes on in)
    expect(one(facts, 20.1).period?.y1).toBe(2022);
    expect(isMonthOnMonth(one(facts, 16.5))).toBe(true);
    expect(isMonthOnMonth(one(facts, 10.2))).toBe(false);
  });
  it("reads 'up N percent from the second quarter's M' as the third quarter's change over the second, M the second's", () => {
    const facts = factsOf("Qinghai's imports and exports reached 90.5 billion yuan in the first three quarters of 2022. "
      + "Imports and exports in the third quarter came to 31.2 billion yuan, up 3.5 percent from the second quarter's "
      + "30.14 billion yuan.", Q3);
    expect(seen(one(facts, 3.5))).toEqual({ entity: "qinghai", metric: "trade", measure: "growth", period: "July–September 2022",
      base: "from the second quarter" });
    expect(seen(one(facts, 30.14))).toMatchObject({ measure: "amount", period: "April–June 2022" });
    expect(isMonthOnMonth(one(facts, 3.5))).toBe(true);
  });
  it("reads 'N percent more than the M billion yuan of the second quarter' as the third quarter's change over the second",
    () => {
      const facts = factsOf("Qinghai's imports and exports reached 90.5 billion yuan in the first three quarters of 2022. "
        + "Third-quarter imports and exports reached 31.2 billion yuan, 3.5 percent more than the 30.14 billion yuan of the "
        + "second quarter.", Q3);
      expect(seen(one(facts, 3.5))).toEqual({ entity: "qinghai", metric: "trade", measure: "growth",
        period: "July–September 2022", base: "than the 30.14 billion yuan of the second quarter" });
      expect(isMonthOnMonth(one(facts, 3.5))).toBe(true);
      // (the quarter the base figure is of is its period, no goods of it)
      expect(one(facts, 30.14)).toMatchObject({ measure: "amount", period: { m1: 4, m2: 6 } });
      expect(one(facts, 30.14).subject).toBeUndefined();
    });
  it("takes 'quarter on quarter' as a change over the quarter before, and 'year on year' of a quarter as none", () => {
    const facts = factsOf("In the third quarter of 2022, Qinghai's trade was 31.2 billion yuan, up 3.5 percent quarter on "
      + "quarter and 6.1 percent year on year.", Q3);
    expect(isMonthOnMonth(one(facts, 3.5))).toBe(true);
    expect(isMonthOnMonth(one(facts, 6.1))).toBe(false);
  });
});
