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
