import { describe, expect, it } from "vitest";
import { factsOf, one } from "./helpers/facts.js";

// Sentence rules of facts/extract.ts that reached too far (stop 30's review). Made-up figures.
const META = { title: "Ningxia's foreign trade in 2031", published: "2032-01-20" };

describe("a clause that opens with its verb (VERB_LED)", () => {
  it("keeps the place's own total when the partner before came after a figure, and 'overall' is said", () => {
    const facts = factsOf("In 2031, Ningxia traded 7.3 billion yuan with Peru, and grew 4.4 percent overall to 91.5 billion yuan.",
      META);
    expect(one(facts, 7.3).partner).toBe("partner:pe");
    expect(one(facts, 4.4)).toMatchObject({ entity: "ningxia", measure: "growth" });
    expect(one(facts, 4.4).partner).toBeUndefined();
    expect(one(facts, 91.5).partner).toBeUndefined();
  });
  it("still carries the partner that was the subject before", () => {
    const facts = factsOf("Trade with Peru was smaller, at 2.6 billion yuan, but grew fastest of all, up 19.4 percent.", META);
    expect(one(facts, 19.4)).toMatchObject({ entity: "ningxia", partner: "partner:pe", measure: "growth" });
  });
});

describe("a place called another's partner (CALLED_OWNS_PARTNER)", () => {
  it("leaves a city called 'the province's largest source of exports' the owner of its exports", () => {
    const facts = factsOf("In 2031, Zunyi was the province's largest source of exports, with 6.8 billion yuan, up 3.7 percent.",
      { published: "2032-01-20" });
    expect(one(facts, 6.8)).toMatchObject({ entity: "city:zunyi", metric: "exports" });
    expect(one(facts, 6.8).partner).toBeUndefined();
    expect(one(facts, 3.7).partner).toBeUndefined();
  });
  it("still reads a place outside the mainland called 'our largest trading partner' as the partner", () => {
    const facts = factsOf("Ningxia's trade reached 91.5 billion yuan in 2031. Macao remains our largest trading partner, "
      + "with trade of 3.3 billion yuan.", META);
    expect(one(facts, 3.3)).toMatchObject({ entity: "ningxia", partner: "macao" });
  });
});
