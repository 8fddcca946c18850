import { describe, expect, it } from "vitest";
import { factsOf, one } from "./helpers/facts.js";

// Two sentence shapes that misdated or mis-unitised a figure. Made-up sentences; places and figures invented.
describe("a year named as the first or last of a five-year plan", () => {
  it("dates the figure by that year, not the plan's span: 'in 2020, the last year of the 13th Five-Year Plan (2016-2020)'",
    () => {
      const facts = factsOf("Qinghai's foreign trade in 2020, the last year of the 13th Five-Year Plan (2016-2020), reached "
        + "27.5 billion yuan, well short of the plan's target of 35 billion yuan.", { published: "2021-02-05" });
      expect(one(facts, 27.5).period).toEqual({ y1: 2020, m1: 1, y2: 2020, m2: 12 });
    });
  it("reads 'the first year of the 14th Five-Year Plan' as 2021", () => {
    const facts = factsOf("Exports of Qinghai are expected to reach 12 billion yuan in the first year of the 14th Five-Year "
      + "Plan.", { published: "2020-12-20" });
    expect(one(facts, 12).period).toMatchObject({ y1: 2021, y2: 2021 });
  });
  it("still reads the plan named alone as its five years", () => {
    const facts = factsOf("Qinghai's trade totalled 130 billion yuan during the 13th Five-Year Plan period.",
      { published: "2021-02-05" });
    expect(one(facts, 130).period).toMatchObject({ y1: 2016, y2: 2020 });
  });
});

describe("a bare number of things named before", () => {
  it("is no money: 'expects to assemble 20 million of them'", () => {
    const facts = factsOf("Harbin's imports and exports reached 12.4 billion US dollars in 2010. This year the city expects "
      + "to assemble 20 million of them, officials said.", { published: "2011-07-01" });
    expect(facts.filter((f) => f.value === 20)).toEqual([]);
    expect(one(facts, 12.4).unit).toBe("billion US dollars");
  });
  it("keeps the value the things were worth: '6.1 million of these were exported, worth 2.35 billion dollars'", () => {
    const facts = factsOf("Harbin's factories made 8.2 million laptops in the first half of 2011, and 6.1 million of these "
      + "were exported, worth 2.35 billion dollars.", { published: "2011-07-20" });
    expect(facts.filter((f) => f.value === 6.1 && f.measure === "amount")).toEqual([]);
    expect(one(facts, 2.35).unit).toBe("billion US dollars");
  });
});
