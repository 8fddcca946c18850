import { describe, expect, it } from "vitest";
import { factsOf, one } from "./helpers/facts.js";
import { periodLabel } from "../text/periods.js";

// A period named in what followed from a figure ("…, so that trade in April-June picked up") dates what followed, never
// the figure before it. Made-up sentences (no evaluation set's place or number).
describe("a period in a consequence after a figure", () => {
  it("leaves the figure the period of its own clause", () => {
    const facts = factsOf("Hebi's trade rose in the first half of 2031. In the first quarter the city's trade was 16.4 billion "
      + "dollars, of which exports were 8.2 billion dollars, so that trade in April-June picked up.", { published: "2031-07-20" });
    expect(periodLabel(one(facts, 8.2).period!)).toBe("Q1 2031");
    expect(periodLabel(one(facts, 16.4).period!)).toBe("Q1 2031");
  });
});
