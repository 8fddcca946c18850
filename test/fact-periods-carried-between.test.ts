import { describe, expect, it } from "vitest";
import { factsOf, one } from "./helpers/facts.js";

// The period the text goes on in after a sentence: its figures' own period, not a year a figure is compared with nor a
// level worked out for the year before. Made-up figures and years.
const Y2031 = { published: "2032-01-20" };

describe("the period a sentence's figures leave to the next", () => {
  it("is not the year of a record it compares with", () => {
    const facts = factsOf("In 2031, Ningxia's exports were down 10.4 percent from the record 65.19 billion yuan of 2029. "
      + "Imports rose 2.7 percent.", Y2031);
    expect(one(facts, 65.19).period).toMatchObject({ y1: 2029, y2: 2029 });
    expect(one(facts, 2.7)).toMatchObject({ metric: "imports", period: { y1: 2031, m1: 1, y2: 2031, m2: 12 } });
  });
  it("is not the year before's level worked out from a change in points", () => {
    const facts = factsOf("In 2031, Ningxia's exports accounted for 63.7 percent of the total, up 1.3 percentage points from "
      + "the previous year. Imports rose 2.9 percent.", Y2031);
    expect(one(facts, 62.4)).toMatchObject({ measure: "share", period: { y1: 2030, y2: 2030 } });
    expect(one(facts, 2.9)).toMatchObject({ metric: "imports", period: { y1: 2031, m1: 1, y2: 2031, m2: 12 } });
  });
});

describe("a change restating the amount before ('That was … more than a year earlier')", () => {
  it("is of the last amount's place and flow, not of the sentence's first place", () => {
    const facts = factsOf("In 2031, Shanxi's exports reached 150.2 billion yuan, while Shaanxi's reached 99.9 billion yuan. "
      + "That was 12.4 percent more than a year earlier.", Y2031);
    expect(one(facts, 99.9)).toMatchObject({ entity: "shaanxi", metric: "exports" });
    expect(one(facts, 12.4)).toMatchObject({ entity: "shaanxi", metric: "exports", measure: "growth" });
  });
});

describe("'this year' in a report on last year published early in the new one", () => {
  it("is the new year, the one the report was published in", () => {
    const facts = factsOf("Shaanxi's trade rose 5 percent in 2031. This year, imports and exports are expected to grow by around "
      + "3 percent.", { published: "2032-01-25" });
    expect(one(facts, 5).period).toMatchObject({ y1: 2031, y2: 2031 });
    expect(one(facts, 3)).toMatchObject({ qualifier: "forecast", period: { y1: 2032, m1: 1, y2: 2032, m2: 12 } });
  });
});
