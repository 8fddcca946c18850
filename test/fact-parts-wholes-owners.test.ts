import { describe, expect, it } from "vitest";
import { factsOf, one } from "./helpers/facts.js";

// Whose a part or a whole's figure is: a part of goods counted before ("Of these, N were …") takes the goods' place,
// partner and flow; the change of a share's whole ("…, which rose N percent") is the whole's, with no partner.
// Made-up figures.
const MARCH = { published: "2024-03-10" };

describe("a part of goods counted before", () => {
  it("is a part of goods counted in a larger scale of the same unit", () => {
    const facts = factsOf("In 2023, Hebei exported 1.2 million vehicles, up 16.4 percent. Of these, 418,000 were new energy "
      + "vehicles, worth 8.14 billion yuan.", MARCH);
    expect(one(facts, 418000)).toMatchObject({ entity: "hebei", metric: "exports", measure: "count", subject: "new energy vehicles" });
    expect(one(facts, 8.14)).toMatchObject({ metric: "exports", subject: "new energy vehicles" });
  });
  it("goes to the partner the goods went to", () => {
    const facts = factsOf("In 2023, Hebei exported 212,600 vehicles to Russia, up 16.4 percent. Of these, 41,800 were new "
      + "energy vehicles.", MARCH);
    expect(one(facts, 41800)).toMatchObject({ entity: "hebei", partner: "partner:russia", metric: "exports",
      subject: "new energy vehicles" });
  });
});

describe("the change of a share's whole", () => {
  it("is the whole's, not the part's, after the whole's amount", () => {
    const facts = factsOf("In 2023, Tangshan's trade accounted for 9 percent of Hebei's total of 326.21 billion yuan, which "
      + "fell 3.2 percent.", MARCH);
    expect(one(facts, 9)).toMatchObject({ entity: "city:tangshan", measure: "share", shareOf: "hebei" });
    expect(one(facts, 326.21)).toMatchObject({ entity: "hebei", measure: "amount" });
    expect(one(facts, -3.2)).toMatchObject({ entity: "hebei", measure: "growth", metric: "trade" });
  });
  it("is of no partner, and of the place the whole names", () => {
    const facts = factsOf("In 2023, Tangshan's trade with Japan accounted for 9 percent of the city's total trade, which rose "
      + "2.1 percent.", MARCH);
    expect(one(facts, 9).partner).toBe("partner:japan");
    expect(one(facts, 2.1)).toMatchObject({ entity: "city:tangshan", measure: "growth", metric: "trade" });
    expect(one(facts, 2.1).partner).toBeUndefined();
  });
  it("is the nation's after the nation's total, in a sentence after another", () => {
    const facts = factsOf("Hebei's exports grew 5 percent in 2023. Its trade accounted for 2 percent of China's total of 41.76 "
      + "trillion yuan, which rose 0.2 percent.", MARCH);
    expect(one(facts, 2)).toMatchObject({ entity: "hebei", measure: "share", shareOf: "national" });
    expect(one(facts, 41.76)).toMatchObject({ entity: "china", measure: "amount" });
    expect(one(facts, 0.2)).toMatchObject({ entity: "china", measure: "growth", metric: "trade" });
  });
  it("is the province's, not the city's nor its partner's, in a sentence after another", () => {
    const facts = factsOf("Hebei's exports grew 5 percent in 2023. Tangshan's trade with Japan accounted for 9 percent of "
      + "Hebei's total trade, which rose 2.1 percent.", MARCH);
    expect(one(facts, 9)).toMatchObject({ entity: "city:tangshan", partner: "partner:japan", shareOf: "hebei" });
    expect(one(facts, 2.1)).toMatchObject({ entity: "hebei", measure: "growth", metric: "trade" });
    expect(one(facts, 2.1).partner).toBeUndefined();
  });
});

describe("the amount of a place's own whole after its share", () => {
  it("is the place's own, not a whole of another place", () => {
    const facts = factsOf("In 2023, Tangshan's exports accounted for 60 percent of its total trade of 30 billion yuan.", MARCH);
    expect(one(facts, 60)).toMatchObject({ entity: "city:tangshan", measure: "share", shareOf: "own" });
    expect(one(facts, 30)).toMatchObject({ entity: "city:tangshan", measure: "amount" });
  });
});
