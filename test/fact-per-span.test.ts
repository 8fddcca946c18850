import { describe, expect, it } from "vitest";
import { candidates, questionWords } from "../retrieval/figures/select.js";
import { baseOf } from "./helpers/figureBase.js";
import { factsOf, one } from "./helpers/facts.js";

// An amount allowed per day or per trip ("can each buy up to 7,000 yuan worth of goods a day"): an allowance, never the
// place's imports or trade; only a question asking it per day finds it. Made-up text and figures.

const TEXT = "Ruili's foreign trade rose 5 percent to 3 billion yuan in 2031. Residents living within 30 kilometers of the "
  + "border can each buy up to 7,000 yuan worth of goods a day in the zone free of import duties and taxes.";

describe("an amount per day or per trip", () => {
  it("is read per day, of no flow", () => {
    expect(one(factsOf(TEXT, { title: "Ruili trade" }), 7000)).toMatchObject({ unit: "yuan per day", metric: "other" });
  });
  it("reads 'per trip' after the amount too", () => {
    const facts = factsOf("Ruili's exports grew in 2031. Travellers may carry 5,000 yuan of goods per trip.",
      { title: "Ruili trade" });
    expect(one(facts, 5000).unit).toBe("yuan per trip");
  });
  it("answers a question asking it per day, and no question about the place's trade or imports", () => {
    const b = baseOf([["r", "Ruili trade", "2032-01-20", TEXT]]);
    const values = (q: string, metric: "trade" | "imports") => candidates(b.facts, { words: questionWords(q),
      entity: "city:ruili", metric, measures: ["amount"] }).map((f) => f.value);
    // (the question's "trade zone" reads as trade: the allowance, of no flow, still answers it)
    expect(values("how much can a resident buy duty free per day in ruili's border trade zone?", "trade")).toEqual([7000]);
    expect(values("ruili's imports?", "imports")).not.toContain(7000);
    expect(values("ruili's trade?", "trade")).toEqual([3]);
  });
});
