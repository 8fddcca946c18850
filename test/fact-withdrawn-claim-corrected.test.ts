import { describe, expect, it } from "vitest";
import { factsOf, one } from "./helpers/facts.js";

// "An earlier version of this article said X's exports of Y were N. The correct figure is M, up P.": the figures after a
// withdrawn claim take its place, flow, goods and period, as a notice's "The report said …" does. Made-up places and figures.
const META = { title: "Huzhou trade up 4% in first 10 months", published: "2031-11-20" };

describe("a figure correcting a withdrawn claim", () => {
  it("takes the claim's place, flow, goods and period, and replaces its figure", () => {
    const facts = factsOf("*Correction (Nov 22): An earlier version of this article stated that Huzhou's exports of textiles "
      + "were 31.4 billion yuan in January–October. The correct figure is 13.4 billion yuan, up 2.7 percent.*\n\n"
      + "Huzhou's exports reached 150.2 billion yuan in January–October, up 4.1 percent.", META);
    expect(facts.some((f) => f.value === 31.4)).toBe(false);
    const period = { y1: 2031, m1: 1, y2: 2031, m2: 10 };
    expect(one(facts, 13.4)).toMatchObject({ entity: "city:huzhou", metric: "exports", subject: "textiles",
      measure: "amount", period, replaces: 31.4 });
    expect(one(facts, 2.7)).toMatchObject({ entity: "city:huzhou", metric: "exports", subject: "textiles", measure: "growth" });
    expect(one(facts, 150.2).subject).toBeUndefined();
  });
  it("takes the place the claim names, not the headline's ('misstated X's trade as N')", () => {
    const facts = factsOf("*Editor's note: An earlier version of this story misstated Hubei's first-quarter trade as 1.44 "
      + "trillion yuan. The correct figure is 1.40 trillion yuan.*\n\nHunan's trade rose 4.3 percent to 1.5 trillion yuan "
      + "in the first quarter.", { title: "Hunan overtakes Hubei as trade picks up in first quarter", published: "2032-04-20" });
    expect(one(facts, 1.4)).toMatchObject({ entity: "hubei", metric: "trade", measure: "amount",
      period: { y1: 2032, m1: 1, y2: 2032, m2: 3 } });
  });
  it("gives nothing of the claim to a figure of another flow after it", () => {
    const facts = factsOf("*Correction: An earlier version of this article said Huzhou's exports of textiles rose 8.1 percent "
      + "in January–October. Imports fell 2.0 percent.*", META);
    expect(one(facts, -2)).toMatchObject({ metric: "imports" });
    expect(one(facts, -2).subject).toBeUndefined();
  });
});
