import { describe, expect, it } from "vitest";
import { factsOf, one } from "./helpers/facts.js";

// What a share is a share of when the whole is "the region" or "the province" the text names, a place named right after
// the figure, or the trade with a partner named after it. Made-up sentences.
const Y2023 = { published: "2024-01-20" };

describe("a share 'of trade in the region' or 'in the province'", () => {
  it("is the region the sentence before named", () => {
    const facts = factsOf("The western region's trade grew in 2023. Gansu's exports made up 3.2 percent of foreign trade in the region.",
      Y2023);
    expect(one(facts, 3.2)).toMatchObject({ entity: "gansu", metric: "exports", measure: "share", unit: "%",
      shareOf: "region:western", ofMetric: "trade" });
  });
  it("is the region its own sentence names", () => {
    const facts = factsOf("In the western region, Gansu's exports made up 3.2 percent of foreign trade in the region in 2023.", Y2023);
    expect(one(facts, 3.2)).toMatchObject({ entity: "gansu", measure: "share", shareOf: "region:western" });
  });
  it("is the province its sentence names, other than the figure's owner", () => {
    const facts = factsOf("Lanzhou's exports made up 30.2 percent of trade in the province in 2023, Gansu said.", Y2023);
    expect(one(facts, 30.2)).toMatchObject({ entity: "city:lanzhou", metric: "exports", measure: "share", shareOf: "gansu" });
  });
  it("is the owner's own total when the province meant is the owner itself", () => {
    const facts = factsOf("Gansu's trade grew in 2023. Gansu's exports made up 3.2 percent of trade in the province.", Y2023);
    expect(one(facts, 3.2)).toMatchObject({ entity: "gansu", measure: "share", shareOf: "own" });
  });
});

describe("a share of another place, or of the trade with a partner", () => {
  it("is the place named right after 'of'", () => {
    const facts = factsOf("Lanzhou's trade made up 30.2 percent of Gansu's in 2023.", Y2023);
    expect(one(facts, 30.2)).toMatchObject({ entity: "city:lanzhou", metric: "trade", measure: "share", shareOf: "gansu" });
  });
  it("is the own total when the place after 'of' is the owner", () => {
    const facts = factsOf("Nanning's trade made up 24.3 percent of Nanning's total in 2023.", Y2023);
    expect(one(facts, 24.3)).toMatchObject({ entity: "city:nanning", measure: "share", shareOf: "own" });
  });
  it("is of the trade with the partner the whole names", () => {
    const facts = factsOf("Nanning's trade made up 24.3 percent of total trade with ASEAN in 2023.", Y2023);
    expect(one(facts, 24.3)).toMatchObject({ entity: "city:nanning", partner: "partner:asean", measure: "share", shareOf: "own" });
  });
  it("takes no partner named before the figure, in the clause before", () => {
    const facts = factsOf("Hebei's trade with Japan grew 3 percent in 2023, and exports made up 24.3 percent of the total.", Y2023);
    expect(one(facts, 3).partner).toBe("partner:japan");
    expect(one(facts, 24.3)).toMatchObject({ entity: "hebei", metric: "exports", measure: "share", shareOf: "own" });
    expect(one(facts, 24.3).partner).toBeUndefined();
  });
  it("takes no partner named in another clause", () => {
    const facts = factsOf("Nanning's trade made up 24.3 percent of the total in 2023; trade with ASEAN grew.", Y2023);
    expect(one(facts, 24.3)).toMatchObject({ entity: "city:nanning", measure: "share", shareOf: "own" });
    expect(one(facts, 24.3).partner).toBeUndefined();
  });
});
