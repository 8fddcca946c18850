import { describe, expect, it } from "vitest";
import { factsOf, one } from "./helpers/facts.js";

// "For the whole of 2030, trade had reached …" in a report on the first two months of 2031: a look back in the past
// perfect; the figures after it are of the report's own period. Made-up sentences.
const TEXT = "Ningxia's imports and exports reached 21.40 billion yuan in January and February, up 4.1 percent. For the whole "
  + "of 2030, Ningxia's trade had reached 151.2 billion yuan, up 2.2 percent.\n\nMachinery exports rose 12.2 percent "
  + "to 3.35 billion yuan.";

describe("a look back in the past perfect", () => {
  it("keeps its own period", () => {
    const facts = factsOf(TEXT, { title: "Ningxia's trade in January-February", published: "2031-03-20" });
    expect(one(facts, 151.2).period).toEqual({ y1: 2030, m1: 1, y2: 2030, m2: 12 });
  });
  it("leaves the figures after it in the report's period", () => {
    const facts = factsOf(TEXT, { title: "Ningxia's trade in January-February", published: "2031-03-20" });
    expect(one(facts, 3.35).period).toEqual({ y1: 2031, m1: 1, y2: 2031, m2: 2 });
  });
});
