import { describe, expect, it } from "vitest";
import { factsOf, one } from "./helpers/facts.js";

// A period in the possessive with its own figure right after it ("a smaller decline than March's fall of 9.7 percent")
// dates that figure only, never the change before it, which keeps its sentence's period. Made-up figures.
describe("a period that owns the figure after it", () => {
  const facts = factsOf("In April 2031, Qinghai's exports reached 4.12 billion dollars, down 6.3 percent, a smaller "
    + "decline than March's fall of 9.7 percent.", { published: "2031-05-20" });
  it("leaves the change before it in the sentence's month", () => {
    expect(one(facts, -6.3).period).toEqual({ y1: 2031, m1: 4, y2: 2031, m2: 4 });
  });
  it("dates its own figure", () => {
    expect(one(facts, -9.7).period).toEqual({ y1: 2031, m1: 3, y2: 2031, m2: 3 });
  });
  it("a period after a change with no figure of its own still dates it", () => {
    const plain = factsOf("Qinghai's exports fell 6.3 percent in March 2031.", { published: "2031-05-20" });
    expect(one(plain, -6.3).period).toEqual({ y1: 2031, m1: 3, y2: 2031, m2: 3 });
  });
});
