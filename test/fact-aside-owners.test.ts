import { describe, expect, it } from "vitest";
import { factsOf, one } from "./helpers/facts.js";

// Asides before a figure: a wider zone an appositive names owns nothing of the zone before it, and a cause set aside
// before a list of targets leaves the list's figures forecasts. Made-up text.
const MARCH = { published: "2024-03-10" };

describe("a zone described by an appositive naming a wider zone", () => {
  it("owns the goods' value, not the wider zone", () => {
    const facts = factsOf("Hebei's trade grew 5 percent in 2023. The Caofeidian Comprehensive Bonded Zone, the heart of the "
      + "Tangshan Port Economic Zone, imported iron ore worth 3 billion yuan.", MARCH);
    expect(one(facts, 3)).toMatchObject({ entity: "zone:Caofeidian Comprehensive Bonded Zone", metric: "imports", measure: "amount" });
    expect(one(facts, 3).qualifier).toContain("iron ore");
  });
});

describe("a list of targets after a cause set aside", () => {
  it("is still of targets: its figures are forecasts", () => {
    const facts = factsOf("Hebei's trade grew 5 percent in 2023. The main targets, boosted by the new rules, are: exports "
      + "growing by around 3 percent.", MARCH);
    expect(one(facts, 3)).toMatchObject({ entity: "hebei", metric: "exports", measure: "growth", qualifier: "forecast" });
    expect(one(facts, 5).qualifier).toBeUndefined();
  });
});

describe("a figure before words that look ahead", () => {
  it("is no forecast: only the figure after 'expected' is", () => {
    const facts = factsOf("In 2023, Hebei's exports grew 5 percent, and are expected to grow 3 percent next year.", MARCH);
    expect(one(facts, 5).qualifier).toBeUndefined();
    expect(one(facts, 3).qualifier).toBe("forecast");
  });
  it("is no forecast before a list of targets", () => {
    const facts = factsOf("Hebei's exports grew 5 percent in 2023; the targets for this year are: exports growing by around "
      + "3 percent.", MARCH);
    expect(one(facts, 5)).toMatchObject({ entity: "hebei", metric: "exports", measure: "growth" });
    expect(one(facts, 5).qualifier).toBeUndefined();
    expect(one(facts, 3).qualifier).toBe("forecast");
  });
});
