import { describe, expect, it } from "vitest";
import { factsOf, one } from "./helpers/facts.js";

// Who owns a part's figure and its share: the part the sentence before named, the city before the province that locates
// it, a kind of zone taken together. Made-up sentences (no evaluation set's place or figure).
const Y2023 = { published: "2023-05-20" };

describe("the owner of a part's share", () => {
  it("reads 'their share of X's total' as the share of the part the sentences before were about", () => {
    const facts = factsOf("Between January and April, Nanjing's trade rose 2 percent to 900 billion yuan. Private enterprises "
      + "were the main engine. Their total trade rose 12.2 percent to 61.7 billion yuan. Their share of Nanjing's total trade "
      + "was 27.7 percent.", Y2023);
    expect(one(facts, 61.7)).toMatchObject({ entity: "city:nanjing", subject: "private enterprises", measure: "amount" });
    expect(one(facts, 27.7)).toMatchObject({ entity: "city:nanjing", subject: "private enterprises", measure: "share" });
  });
  it("gives 'the city's trade' to the city named before the province that locates it, its share of that province", () => {
    const facts = factsOf("According to Luohe Customs in Luoyang, Henan province, the city's imports and exports in January "
      + "came to 12.3 billion yuan, up 3.1 percent and equal to 9.1 percent of the province's total.", Y2023);
    expect(one(facts, 12.3)).toMatchObject({ entity: "city:luoyang", measure: "amount" });
    expect(one(facts, 9.1)).toMatchObject({ entity: "city:luoyang", measure: "share", shareOf: "henan" });
  });
  it("reads a kind of zone taken together as a part of the place's trade, not its total", () => {
    const facts = factsOf("In the first quarter, Xinyang's comprehensive bonded zones recorded total imports and exports of "
      + "62.07 billion yuan, 18.4% of the city's total.", Y2023);
    expect(one(facts, 62.07)).toMatchObject({ entity: "city:xinyang", subject: "comprehensive bonded zones" });
    expect(one(facts, 18.4)).toMatchObject({ entity: "city:xinyang", subject: "comprehensive bonded zones", measure: "share" });
  });
});

describe("what a part's figures say beside its value", () => {
  it("reads 'and second in the country' after a part's figures as that part's national rank", () => {
    const facts = factsOf("In 2025, Wuhan's exports totaled 358.73 billion yuan. Exports of laptop computers, the city's leading "
      + "product, reached 52.15 billion yuan, equal to 20.2% of China's laptop computer exports and second in the country.",
    { published: "2026-01-22" });
    expect(one(facts, 2)).toMatchObject({ entity: "city:wuhan", metric: "exports", measure: "rank", subject: "laptop computers" });
  });
  it("gives the points a zone added to its province's growth to the zone, not the province", () => {
    const facts = factsOf("In the first half of 2018, Hunan's foreign trade rose 25 percent. The Changsha Riverside Comprehensive "
      + "Bonded Zone was the main engine of the province's growth. Imports and exports of the zone grew 21.5%, driving the "
      + "province's foreign trade growth by 6.4 percentage points.", { published: "2018-07-20" });
    expect(one(facts, 6.4)).toMatchObject({ entity: "zone:Riverside Comprehensive Bonded Zone", measure: "pp_change" });
  });
});
