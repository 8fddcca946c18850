import { describe, expect, it } from "vitest";
import { factsOf, one } from "./helpers/facts.js";

// A year named in a figureless sentence only as the time of an event the text looks back to ("after the slump of
// 2020") is no period the next figures are of. Made-up figures.
const MARCH = { published: "2024-03-10" };

describe("a year named after an event in a figureless sentence", () => {
  it("leaves the next figures in the text's period", () => {
    const facts = factsOf("Hebei's exports grew 5 percent in 2023. Trade recovered after the slump of 2020. Imports rose 3 "
      + "percent.", MARCH);
    expect(one(facts, 5).period).toEqual({ y1: 2023, m1: 1, y2: 2023, m2: 12 });
    expect(one(facts, 3)).toMatchObject({ entity: "hebei", metric: "imports", period: { y1: 2023, m1: 1, y2: 2023, m2: 12 } });
  });
});
