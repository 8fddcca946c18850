import { describe, expect, it } from "vitest";
import { factsOf, one } from "./helpers/facts.js";

// "City X accounted for N, …, or 30.0 percent of the province." gives a part of the province's trade: the province
// stays what the text is about, and a figure after it naming no place is the province's. Made-up figures.
describe("a city's part of its province, then a figure naming no place", () => {
  const facts = factsOf("In the first three quarters of 2030, imports and exports of Hebei province reached 1,450.6 billion "
    + "yuan, up 8.1 percent. Shijiazhuang city accounted for 435.2 billion yuan, up 6.4 percent, or 30.0 percent of the "
    + "province.\n\nTrade in the third quarter alone was 523.4 billion yuan, up 9.6 percent.",
  { title: "Quarterly review", published: "2030-10-26" });
  it("gives the city its part", () => {
    expect(one(facts, 435.2).entity).toBe("city:shijiazhuang");
  });
  it("gives the province the figure after it", () => {
    expect(one(facts, 523.4)).toMatchObject({ entity: "hebei", period: { y1: 2030, m1: 7, y2: 2030, m2: 9 } });
  });
  it("leaves the city the topic when no share of the province is given", () => {
    const own = factsOf("In 2030, imports and exports of Hebei province reached 1,450.6 billion yuan. Shijiazhuang city's "
      + "trade reached 435.2 billion yuan, up 6.4 percent. Its exports rose 3.3 percent.",
    { title: "Review", published: "2031-01-26" });
    expect(one(own, 3.3).entity).toBe("city:shijiazhuang");
  });
});
