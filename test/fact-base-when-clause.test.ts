import { describe, expect, it } from "vitest";
import { factsOf, one } from "./helpers/facts.js";

// "… 11.2 percent more than in the same period last year, when it brought in 47.1 billion": the figure in the "when"
// clause is the earlier period's a change is measured from; read as the sentence's own it lent a year-old figure (and
// here a count written without its noun, read as money) to the period asked. Made-up figures.
describe("a base period's figure told in a 'when' clause", () => {
  const facts = factsOf("Gansu imported 52.4 billion bearings in the first half of 2032, 11.2 percent more than in the "
    + "same period last year, when it brought in 47.1 billion, the customs said. Gansu's exports rose 6.1 percent from "
    + "2031, when they were 20.4 billion yuan, to 21.6 billion yuan in 2032.", { published: "2032-07-20" });
  const values = facts.map((f) => f.value);
  it("gives the earlier period's figure to no one", () => {
    expect(values).not.toContain(47.1);
    expect(values).not.toContain(20.4);
  });
  it("keeps the sentence's own figures", () => {
    expect(one(facts, 52.4).period).toEqual({ y1: 2032, m1: 1, y2: 2032, m2: 6 });
    expect(one(facts, 21.6).period).toEqual({ y1: 2032, m1: 1, y2: 2032, m2: 12 });
  });
  it("so is one after 'the year before'", () => {
    const before = factsOf("Gansu's drug exports in 2032 were 2.5 times the level of the year before, when they were only "
      + "1.3 billion yuan.", { published: "2033-01-20" });
    expect(before.map((f) => f.value)).not.toContain(1.3);
  });
  it("reads a 'when' clause that names no base as usual", () => {
    const plain = factsOf("When Gansu's exports reached 9.9 billion yuan in 2030, the province was pleased.");
    expect(plain.map((f) => f.value)).toContain(9.9);
  });
});
