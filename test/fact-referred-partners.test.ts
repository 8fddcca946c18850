import { describe, expect, it } from "vitest";
import { factsOf, one } from "./helpers/facts.js";

// Partners named again by a word ("the country", "the region", "them") or listed after a figure: which partner, if
// any, a figure is of. Made-up figures.
const MARCH = { published: "2024-03-10" };

describe("'the country' after a flow to or from it", () => {
  it("is the country named before it, not one named after it", () => {
    const facts = factsOf("In 2023, Hebei's exports to Russia jumped 12 percent, while imports from the country rose 3 "
      + "percent and exports to Vietnam fell 2 percent.", MARCH);
    expect(one(facts, 3)).toMatchObject({ entity: "hebei", metric: "imports", partner: "partner:russia" });
  });
  it("is the partner country, not a place named between it and the word", () => {
    const facts = factsOf("Exports to Russia from Hebei jumped 12 percent, while imports from the country rose 3 percent.", MARCH);
    expect(one(facts, 3)).toMatchObject({ entity: "hebei", partner: "partner:russia" });
  });
});

describe("'the region' and 'the continent' after a flow", () => {
  it("name the world region named before in the sentence, not a place between", () => {
    const facts = factsOf("In 2023, Hebei's exports to Africa grew 12 percent, while Tangshan's imports from the region rose 3 percent.", MARCH);
    expect(one(facts, 3)).toMatchObject({ entity: "city:tangshan", metric: "imports", partner: "partner:africa" });
  });
  it("skip a partner named since that is no world region", () => {
    const facts = factsOf("In 2023, Hebei's exports to Africa grew 12 percent and those to Japan 5 percent, while imports from "
      + "the region rose 3 percent.", MARCH);
    expect(one(facts, 5).partner).toBe("partner:japan");
    expect(one(facts, 3)).toMatchObject({ metric: "imports", partner: "partner:africa" });
  });
  it("give no partner to a figure before them in the sentence", () => {
    const facts = factsOf("In 2023, exports to Africa grew 12 percent. Hebei's trade grew 5 percent, while imports from the "
      + "region rose 3 percent.", MARCH);
    expect(one(facts, 5).partner).toBeUndefined();
    expect(one(facts, 3).partner).toBe("partner:africa");
  });
  it("never name a region of another kind: a continent is no Middle East", () => {
    const facts = factsOf("In 2023, Hebei's exports to the Middle East grew 12 percent. Imports from the continent rose 3 percent.", MARCH);
    expect(one(facts, 12).partner).toBe("partner:middle-east");
    expect(one(facts, 3)).toMatchObject({ entity: "hebei", metric: "imports" });
    expect(one(facts, 3).partner).toBeUndefined();
  });
});

describe("'them' after a sentence on one group of partners", () => {
  it("is the group for the figure after it only, not for one before it", () => {
    const facts = factsOf("Countries along the Belt and Road remained key markets. In 2023, Hebei's exports grew 5 percent, "
      + "and its trade with them rose 3 percent.", MARCH);
    expect(one(facts, 5).partner).toBeUndefined();
    expect(one(facts, 3)).toMatchObject({ metric: "trade", partner: "partner:bri" });
  });
});

describe("a partner right after goods counted", () => {
  it("is theirs when a clause on another place follows, not a list of partners", () => {
    const facts = factsOf("In 2023, Hebei imported 3.2 million tonnes of coal from Mongolia, and Tianjin imported 1.1 million tonnes.", MARCH);
    expect(one(facts, 3.2)).toMatchObject({ entity: "hebei", partner: "partner:mn", subject: "coal" });
  });
  it("is none of them when several partners are listed", () => {
    const facts = factsOf("In 2023, Hebei imported 3.2 million tonnes of coal from Mongolia, Russia and Indonesia.", MARCH);
    expect(one(facts, 3.2)).toMatchObject({ entity: "hebei", subject: "coal" });
    expect(one(facts, 3.2).partner).toBeUndefined();
  });
});
