import { describe, expect, it } from "vitest";
import { factsOf, one } from "./helpers/facts.js";

// A place named inside the cause a clause gives ("because grain for X's plants comes in through the zone") is not the
// owner of the figures before it; a place after a cause a comma has closed still is. Made-up sentences.
const DATED = { published: "2023-06-20" };

describe("a place in a cause", () => {
  it("leaves the figures before 'because …' with the place the text is about", () => {
    const facts = factsOf("Zhuzhou's imports and exports reached 21.46 billion yuan in the first five months of 2023. "
      + "Imports, at 12.34 billion yuan, were larger than exports of 9.12 billion yuan, because grain and ore for Hunan's "
      + "processing plants enter the province through the bonded zone.", DATED);
    expect(one(facts, 12.34)).toMatchObject({ entity: "city:zhuzhou", metric: "imports" });
    expect(one(facts, 9.12)).toMatchObject({ entity: "city:zhuzhou", metric: "exports" });
  });
  it("owns the figures when a comma closes the cause before it: 'Thanks to strong demand, X's exports rose'", () => {
    const facts = factsOf("Thanks to strong demand, Zhuzhou's exports rose 5.2 percent to 3.3 billion yuan in 2023.", DATED);
    expect(one(facts, 3.3).entity).toBe("city:zhuzhou");
  });
  it("gives a place named only as what drove a figure none of it: 'Boosted by X's exports, Y's trade grew'", () => {
    const facts = factsOf("Boosted by Zhuzhou's exports, Hunan's trade grew 4.1 percent in 2023.", DATED);
    expect(one(facts, 4.1).entity).toBe("hunan");
  });
});
