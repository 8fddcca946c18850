import { describe, expect, it } from "vitest";
import { factsOf, one } from "./helpers/facts.js";

// "Border residents' trade in X reached N in 2030 … In January–July this year it reached M": "it" after a time phrase
// (with or without its comma) is what the sentence before gave figures of: its flow and its goods or mode.
describe("'it' after an opening time phrase", () => {
  const meta = { title: "Hebei trade", published: "2031-09-08" };
  it("goes on with the flow and the mode of the figures before", () => {
    const facts = factsOf("Border residents' trade in Hebei reached 15.8 billion yuan in 2030, up 27.4 percent. In "
      + "January–July this year it reached 10.2 billion yuan, up 18.6 percent year on year.", meta);
    const mode = one(facts, 15.8).subject;
    expect(mode).toBeTruthy();
    expect(one(facts, 10.2)).toMatchObject({ entity: "hebei", metric: "trade", subject: mode,
      period: { y1: 2031, m1: 1, y2: 2031, m2: 7 } });
    expect(one(facts, 18.6)).toMatchObject({ metric: "trade", measure: "growth", subject: mode });
  });
  it("takes no goods where the figures before had none", () => {
    const facts = factsOf("Hebei's exports reached 15.8 billion yuan in 2030. In January–July this year it reached 10.2 "
      + "billion yuan.", meta);
    expect(one(facts, 10.2)).toMatchObject({ metric: "exports" });
    expect(one(facts, 10.2).subject).toBeUndefined();
  });
});
