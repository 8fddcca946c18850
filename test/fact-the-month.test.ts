import { describe, expect, it } from "vitest";
import { factsOf, one } from "./helpers/facts.js";

// "Trade in the month …" after a sentence that named a single month, in a report on the months to it: the figure is
// that month's, not the cumulative period's. Made-up sentences.
describe("a figure 'in the month' after a month was named", () => {
  it("is that month's", () => {
    const facts = factsOf("Ningxia's imports and exports reached 41.27 billion yuan between January and August, up 6.1 "
      + "percent. Growth picked up in August. The region's trade in the month was 6.35 billion yuan, up 12.4 percent "
      + "year on year.", { published: "2031-09-20" });
    expect(one(facts, 6.35).period).toEqual({ y1: 2031, m1: 8, y2: 2031, m2: 8 });
    expect(one(facts, 12.4).period).toEqual({ y1: 2031, m1: 8, y2: 2031, m2: 8 });
    expect(one(facts, 41.27).period).toEqual({ y1: 2031, m1: 1, y2: 2031, m2: 8 });
  });
  it("is not the month a change is counted from", () => {
    const facts = factsOf("Ningxia's trade reached 90.5 billion yuan in the first five months. May brought a rebound. Trade "
      + "in the month reached 30.2 billion yuan, 20.1 percent higher than in April. Exports in the month were 17.3 billion "
      + "yuan.", { published: "2031-06-20" });
    expect(one(facts, 30.2).period).toEqual({ y1: 2031, m1: 5, y2: 2031, m2: 5 });
    expect(one(facts, 17.3).period).toEqual({ y1: 2031, m1: 5, y2: 2031, m2: 5 });
  });
  it("is that month's when a remark after the figure names the year so far", () => {
    const facts = factsOf("Ningxia's trade fell 20.5 percent to 30.12 billion dollars in the first half of 2031. The decline "
      + "narrowed in June. The region's imports and exports totaled 4.37 billion dollars in the month, down 11.6 percent, "
      + "the smallest monthly drop so far this year.", { published: "2031-07-20" });
    expect(one(facts, 4.37).period).toEqual({ y1: 2031, m1: 6, y2: 2031, m2: 6 });
    expect(one(facts, -11.6).period).toEqual({ y1: 2031, m1: 6, y2: 2031, m2: 6 });
  });
  it("leaves the text's period to the figures after it", () => {
    const facts = factsOf("Ningxia's trade reached 41.27 billion yuan between January and August. Growth picked up in August. "
      + "Trade in the month was 6.35 billion yuan. Exports to Brazil rose 8.2 percent to 3.11 billion yuan.",
      { published: "2031-09-20" });
    expect(one(facts, 3.11).period).toEqual({ y1: 2031, m1: 1, y2: 2031, m2: 8 });
  });
});

describe("a month named before a flow", () => {
  it("is when, not goods", () => {
    const facts = factsOf("Ningxia's trade reached 41.27 billion yuan between January and August. August exports were 2.11 "
      + "billion yuan, up 7.7 percent, and first-quarter imports 1.05 billion yuan.", { published: "2031-09-20" });
    expect(one(facts, 2.11).subject).toBeUndefined();
    expect(one(facts, 2.11).period).toEqual({ y1: 2031, m1: 8, y2: 2031, m2: 8 });
    expect(one(facts, 7.7).subject).toBeUndefined();
  });
});

describe("a sentence that opens with 'in the month'", () => {
  it("gives the month to the clauses after it that name no period", () => {
    const facts = factsOf("Gansu's trade rose 5 percent to 60.2 billion yuan in the first five months of 2031.\n\nIn May "
      + "alone, the province's trade was 13.4 billion yuan. Exports in the month were 8.1 billion yuan, up 4.2 percent, "
      + "and imports were 5.3 billion yuan, up 1.1 percent.", { published: "2031-06-20" });
    expect(one(facts, 5.3).period).toEqual({ y1: 2031, m1: 5, y2: 2031, m2: 5 });
    expect(one(facts, 1.1).period).toEqual({ y1: 2031, m1: 5, y2: 2031, m2: 5 });
  });
  it("leaves a clause that names its own period to it", () => {
    const facts = factsOf("Gansu's trade rose 5 percent to 60.2 billion yuan in the first five months of 2031. Growth "
      + "picked up in May. Exports in the month were 8.1 billion yuan, and imports in the first five months were 21.5 "
      + "billion yuan.", { published: "2031-06-20" });
    expect(one(facts, 21.5).period).toEqual({ y1: 2031, m1: 1, y2: 2031, m2: 5 });
  });
});
