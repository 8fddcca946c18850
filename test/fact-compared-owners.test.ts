import { describe, expect, it } from "vitest";
import { factsOf, one } from "./helpers/facts.js";

// Whose figure a sentence states when it names another place beside the owner: a province by an epithet, the nation's
// rate named after its figure, a city a province locates, partners referred to as "them", a report's filing site, and
// who said the figures. Made-up sentences.
const Y2021 = { published: "2022-01-20" };

/** The one fact of a sentence with this value, read with no qualifier narrowing it. */
function plain(sentence: string, value: number) {
  const fact = one(factsOf(sentence, Y2021), value);
  expect(fact.qualifier).toBeUndefined();
  return fact;
}

describe("the owner of a figure named beside another place", () => {
  it.each([
    ["'China's second-largest foreign trade province' as the province the text is about, and its flow as exports",
      "NANJING, Jan. 19 (Xinhua) -- East China's Jiangsu Province set a record in 2021. Exports of China's second-largest "
      + "foreign trade province reached 3.2 trillion yuan, up 18.6 percent.", 18.6, { entity: "jiangsu", metric: "exports" }],
    ["no port from the site a report is filed by",
      "Southeast Asia Business Port (www.example.org) -- Xining's total imports and exports came to 60.5 billion yuan in "
      + "2021, 8% more than a year earlier.", 60.5, { entity: "city:xining", metric: "trade" }],
  ])("reads %s", (_, sentence, value, owner) => {
    expect(plain(sentence, value)).toMatchObject(owner);
  });
  it("reads 'the 4.1 percent growth of China's foreign trade' as the nation's rate, not the province's", () => {
    const facts = factsOf("Shaanxi's foreign trade rose 9.2 percent in 2021, well ahead of the 4.1 percent growth of China's "
      + "foreign trade.", Y2021);
    expect(one(facts, 9.2)).toMatchObject({ entity: "shaanxi", measure: "growth" });
    expect(one(facts, 4.1)).toMatchObject({ entity: "china", metric: "trade", measure: "growth" });
  });
  it("gives the nation's rate named after its figure the flow it names, not the flow of the place's figure", () => {
    const exports = factsOf("Shaanxi's exports rose 9.2 percent in 2021, well ahead of the 4.1 percent growth of China's "
      + "foreign trade.", Y2021);
    expect(one(exports, 4.1)).toMatchObject({ entity: "china", metric: "trade" });
    const trade = factsOf("Shaanxi's trade rose 9.2 percent in 2021, well ahead of the 0.6 percent growth of China's exports.",
      Y2021);
    expect(one(trade, 0.6)).toMatchObject({ entity: "china", metric: "exports" });
  });
  it("reads 'the city's' after 'in Wenzhou, Zhejiang province' as the city's, and 'the province's total' as the whole", () => {
    const facts = factsOf("According to customs in Wenzhou, Zhejiang province, the city's imports and exports in 2021 came "
      + "to 210.4 billion yuan, up 11.2 percent and equal to 5.6 percent of the province's total.", Y2021);
    expect(one(facts, 210.4)).toMatchObject({ entity: "city:wenzhou", metric: "trade" });
    expect(one(facts, 5.6)).toMatchObject({ entity: "city:wenzhou", measure: "share", shareOf: "zhejiang" });
  });
  it("states no total of the city from its exports 'to them' listed partner by partner", () => {
    const facts = factsOf("Wenzhou's exports grew 20.3 percent in 2021. Its three biggest partners were the EU, the US and "
      + "ASEAN. The city's exports to them amounted to 30.1, 25.2 and 12.8 billion yuan respectively, increases of 24.6, "
      + "19.9 and 3.3 percent.", Y2021);
    expect(one(facts, 20.3)).toMatchObject({ entity: "city:wenzhou", metric: "exports", measure: "growth" });
    const total = facts.filter((f) => f.entity === "city:wenzhou" && f.metric === "exports" && !f.partner && !f.subject);
    expect(total.map((f) => f.value)).toEqual([20.3]);
  });
  it("reads no goods from who said the figures", () => {
    const facts = factsOf("Suifenhe Port handled 40.2 billion yuan of trade in the first half of 2021. The local customs said "
      + "imports through the port in June rose 6 percent to 9.2 billion yuan.", Y2021);
    expect(one(facts, 9.2)).toMatchObject({ metric: "imports", measure: "amount" });
    expect(one(facts, 9.2).subject).toBeUndefined();
  });
});

describe("a place a rate is compared with, named after the gap", () => {
  it("owns its own rate in the clause after it, never the gap, and the text stays on the city", () => {
    const facts = factsOf("Yangzhou's imports and exports grew 6.2 percent in 2021. The growth rate was 1.5 percentage points higher "
      + "than that of Jiangsu province, whose foreign trade grew 4.7 percent. Exports were 60.3 billion yuan.", Y2021);
    expect([1.5, 4.7, 60.3].map((v) => one(facts, v).entity)).toEqual(["city:yangzhou", "jiangsu", "city:yangzhou"]);
  });
});
