import { describe, expect, it } from "vitest";
import { factsOf, one } from "./helpers/facts.js";

// "Exports of X climbed N percent to M, led by parts made in City's base": the city in an aside on what drove the
// figure says where the goods are made, not whose exports they are; the province the article is about owns them.
describe("a place in a 'led by … made in' aside after a goods figure", () => {
  const facts = factsOf("Jiangsu's foreign trade rose 4.1 percent in 2031.\n\n"
    + "Exports of marine engines climbed 22.4 percent to 6.35 billion yuan, led by engines made in Zhenjiang's "
    + "riverside shipyards.", { published: "2032-01-20" });
  it("leaves the goods' figures with the article's province", () => {
    expect(one(facts, 22.4).entity).toBe("jiangsu");
    expect(one(facts, 6.35).entity).toBe("jiangsu");
  });
  it("still gives a city its own figure when it is the subject", () => {
    const own = factsOf("Jiangsu's foreign trade rose 4.1 percent in 2031.\n\nZhenjiang's exports of marine engines climbed "
      + "22.4 percent to 6.35 billion yuan.", { published: "2032-01-20" });
    expect(one(own, 6.35).entity).toBe("city:zhenjiang");
  });
});
