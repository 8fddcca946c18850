import { describe, expect, it } from "vitest";
import { factsOf, one } from "./helpers/facts.js";

// "down 2.6 percent in dollar terms but up 4.1 percent in yuan terms": each change is measured in the currency named
// right after it. Made-up figures.
const META = { title: "Hefei's 2029 trade slips in dollar terms", published: "2030-01-24" };

describe("two changes, each with its currency's terms after it", () => {
  it("gives the second change its own terms, not the first's", () => {
    const facts = factsOf("HEFEI, Anhui -- Hefei's foreign trade totaled 41.27 billion U.S. dollars in 2029, down 2.6 "
      + "percent in dollar terms but up 4.1 percent in yuan terms, the city's commerce bureau said.", META);
    expect(one(facts, -2.6).qualifier).toBe("in dollar terms");
    expect(one(facts, 4.1).qualifier).toBe("in yuan terms");
  });
  it("still reads terms opening the sentence for its change", () => {
    const facts = factsOf("In US dollar terms, Hefei's trade reached 41.27 billion dollars in 2029, down 2.6 percent.", META);
    expect(one(facts, -2.6).qualifier).toBe("in dollar terms");
  });
});
