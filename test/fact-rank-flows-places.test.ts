import { describe, expect, it } from "vitest";
import { factsOf, one } from "./helpers/facts.js";

// Stated ranks: the flows a pair of ranks is of ("exports and imports ranked 9th and 13th respectively"), and the place
// "the city" ranked is (the city named in the sentence, else the one named before). Made-up ranks.
const MARCH = { published: "2024-03-10" };
const ranks = (facts: ReturnType<typeof factsOf>) => facts.filter((f) => f.measure === "rank");

describe("two ranks after 'exports and imports'", () => {
  it("are one of each flow when 'respectively' hands them out", () => {
    const facts = factsOf("In 2023, Hebei's exports and imports ranked 9th and 13th respectively in the country.", MARCH);
    expect(ranks(facts).map((f) => [f.value, f.metric])).toEqual([[9, "exports"], [13, "imports"]]);
  });
  it("leave one flow named its own, the pair no flows", () => {
    const facts = factsOf("In 2023, Hebei's exports ranked 9th and 13th respectively in the country.", MARCH);
    expect(one(facts, 9)).toMatchObject({ entity: "hebei", measure: "rank", metric: "exports" });
  });
  it("are both of total trade without it", () => {
    const facts = factsOf("In 2023, Hebei's exports and imports ranked 9th and 13th in the country.", MARCH);
    expect(ranks(facts).map((f) => [f.value, f.metric])).toEqual([[9, "trade"], [13, "trade"]]);
  });
});

describe("a place ranked", () => {
  it("is the place named before the rank, with no 'the city' to refer back", () => {
    const facts = factsOf("In 2023, Hebei ranked second in the country.", MARCH);
    expect(one(facts, 2)).toMatchObject({ entity: "hebei", measure: "rank", metric: "trade" });
  });
  it("'the city's total' is the city the sentence names, of total trade whatever flow its clause before names", () => {
    const facts = factsOf("In 2023, Tangshan's exports grew 5 percent. Baoding's imports grew 2 percent, and the city's total "
      + "ranked sixth in the province.", MARCH);
    expect(one(facts, 6)).toMatchObject({ entity: "city:baoding", measure: "rank", metric: "trade", scope: "in the province" });
  });
  it("'the city's total' is the city named before when the sentence names only a province", () => {
    const facts = factsOf("In 2023, Tangshan's exports grew 5 percent. Hebei's imports grew 2 percent, and the city's total "
      + "ranked sixth in the province.", MARCH);
    expect(one(facts, 6)).toMatchObject({ entity: "city:tangshan", measure: "rank", metric: "trade" });
  });
});

describe("a place ranked after the country is named", () => {
  it("is the place, never the country whose provinces it ranks among", () => {
    const facts = factsOf("In 2023, Hebei, among all provinces of China, ranked second in exports.", MARCH);
    expect(one(facts, 2)).toMatchObject({ entity: "hebei", measure: "rank", metric: "exports" });
  });
});

describe("a rank of growth", () => {
  it("is one whatever total an earlier clause names", () => {
    const facts = factsOf("In 2023, Hebei's total trade rose 5 percent, and its exports grew 8 percent, the second fastest in "
      + "the country.", MARCH);
    expect(one(facts, 2)).toMatchObject({ entity: "hebei", measure: "rank", metric: "exports", qualifier: "growth rate" });
  });
});
