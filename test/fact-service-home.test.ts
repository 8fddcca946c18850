import { describe, expect, it } from "vitest";
import { factsOf, one } from "./helpers/facts.js";

// A train service named with its home city in brackets, after a clause on another city. Made-up text and figures.
describe("a service's home in brackets after the route's name", () => {
  const facts = factsOf("Jiangxi's foreign trade grew 5.1 percent in 2031.\n\nThird, logistics channels expanded: Yichun "
    + "Mingyue Airport opened in July, and the China-Europe Railway Express (Ganzhou) made 1,028 trips, up 18.4 percent.\n",
  { published: "2032-01-12" });
  it("owns the service's trips and their change, not the city the clause before named", () => {
    expect(one(facts, 1028).entity).toBe("city:ganzhou");
    expect(one(facts, 18.4).entity).toBe("city:ganzhou");
  });
  it("owns nothing when a place stands between it and the figure", () => {
    const other = factsOf("The China-Europe freight trains (Ganzhou) kept running, while Yichun's exports rose 7.3 percent "
      + "in 2031.", { published: "2032-01-12" });
    expect(one(other, 7.3).entity).toBe("city:yichun");
  });
});
