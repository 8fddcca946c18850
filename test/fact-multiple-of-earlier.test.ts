import { describe, expect, it } from "vitest";
import { factsOf, one } from "./helpers/facts.js";

// "The total was 3.2 times the 33.3 billion yuan of 2020": the year named after the base figure is that figure's own,
// never the multiple's nor the period the text goes on in (the sentences after it kept reporting 2020 and lent an
// earlier year's date to the year's own exports). Made-up figures.
describe("a multiple of an earlier year's figure", () => {
  const facts = factsOf("Qinghai's imports and exports reached 98.74 billion yuan in 2035, up 7.6 percent. The total was "
    + "3.2 times the 33.30 billion yuan of 2030, the year the plan was published. Exports grew 13.9 percent to 48.95 "
    + "billion yuan and imports rose 3.8 percent to 49.79 billion yuan.", { published: "2036-01-20" });
  const y2035 = { y1: 2035, m1: 1, y2: 2035, m2: 12 };
  it("dates the base figure by the year after it", () => {
    expect(one(facts, 33.3).period).toEqual({ y1: 2030, m1: 1, y2: 2030, m2: 12 });
  });
  it("leaves the multiple in the text's year", () => {
    expect(one(facts, 3.2).period).toEqual(y2035);
  });
  it("goes on in the text's year after it", () => {
    expect(one(facts, 48.95).period).toEqual(y2035);
    expect(one(facts, 13.9).period).toEqual(y2035);
  });
  it("still dates a multiple by its own year when the sentence names one", () => {
    const own = factsOf("Gansu's exports in 2034 were 2.5 times the 4.1 billion yuan of 2028.", { published: "2035-02-01" });
    expect(one(own, 2.5).period).toEqual({ y1: 2034, m1: 1, y2: 2034, m2: 12 });
  });
});
