import { describe, expect, it } from "vitest";
import { factsOf, one } from "./helpers/facts.js";

// Written against surviving mutants of extractSentence's guards: a restated amount's owner, an elided item that is a
// place, a change that takes a count to its level, a cause set aside, each in a sentence that is not the text's
// first (so offsets in the sentence and in the text differ). Made-up sentences.
const Y2023 = { published: "2024-01-20" };
const LEAD = "Trade across the region held up well in 2023, the customs office said in a statement on Monday. ";
const read = (text: string) => factsOf(`${LEAD}${text}`, Y2023);

describe("an amount restated in the next sentence", () => {
  it("gives 'That was N percent' to the amount's owner, not to the place named last", () => {
    const facts = read("Guangdong's trade with Japan reached 500 billion yuan in 2023, while Shenzhen's exports rose "
      + "5 percent. That was 7 percent of the total.");
    expect(one(facts, 7)).toMatchObject({ entity: "guangdong", partner: "partner:japan", measure: "share" });
  });
  it("restates the amount even when a whole is named after the figure", () => {
    const facts = read("Shenzhen's trade reached 300 billion yuan in 2023, while Dongguan's exports rose 5 percent. "
      + "That was 7 percent of Guangdong's total.");
    expect(one(facts, 7)).toMatchObject({ entity: "city:shenzhen", metric: "trade", measure: "share" });
  });
  it("gives the figure to a place named before it instead", () => {
    const facts = read("Guangdong's trade reached 500 billion yuan in 2023. That was more than Fujian's 300 billion yuan.");
    expect(one(facts, 300)).toMatchObject({ entity: "fujian", metric: "trade", measure: "amount" });
  });
});

describe("an item whose verb is left out", () => {
  it("takes no place as an item: a place between the figures owns the next one, with the goods before", () => {
    const facts = read("Guangdong's imports of integrated circuits rose 11.6 percent, Shenzhen 41.7 percent.");
    expect(one(facts, 41.7)).toMatchObject({ entity: "city:shenzhen", subject: "integrated circuits", metric: "imports" });
  });
  it("names the item even when a partner follows its figure", () => {
    const facts = read("Guangdong's imports of integrated circuits rose 11.6 percent, human vaccines 41.7 percent to Japan.");
    expect(one(facts, 41.7)).toMatchObject({ entity: "guangdong", subject: "human vaccines", measure: "growth" });
  });
});

describe("a change of a quantity", () => {
  it("takes no goods from the amount before when the change takes a count to its level", () => {
    const facts = read("Ningbo exported 20 billion yuan of garments in 2023, and its container throughput rose 8.9 "
      + "percent to 35 million TEUs.");
    expect(one(facts, 8.9)).toMatchObject({ entity: "city:ningbo", measure: "growth" });
    expect([one(facts, 8.9).subject, one(facts, 35).subject, one(facts, 35).unit]).toEqual([undefined, undefined, "million TEUs"]);
  });
  it("gives 'the quantity' of goods the goods of the clause before, as a quantity", () => {
    const facts = read("Zhejiang's garment exports came to 30 billion yuan, up 10.3 percent, and the quantity rose 4 percent.");
    expect(one(facts, 4)).toMatchObject({ subject: "garment", qualifier: "garment, quantity", measure: "growth" });
    expect(one(facts, 10.3)).toMatchObject({ subject: "garment", qualifier: "garment" });
  });
  it("gives 'the value' of goods shipped before the goods too", () => {
    const facts = read("Zhejiang exported garments worth 30 billion yuan in 2023, and the value rose 10.3 percent.");
    expect(one(facts, 10.3)).toMatchObject({ subject: "garments", metric: "exports", measure: "growth" });
  });
});

describe("goods and subjects of the figure's own clause", () => {
  it("gives goods named after a group ('of which exports of tea') the narrower goods", () => {
    const facts = read("Fujian's exports of farm products reached 10 billion yuan in 2023, of which exports of tea were 2 billion yuan.");
    expect(one(facts, 2)).toMatchObject({ entity: "fujian", subject: "tea", metric: "exports", measure: "amount" });
  });
  it("lets a counted quantity lead no figure of a subject the clause names itself", () => {
    const facts = read("Foshan exported 3.5 million tonnes of cement in 2023, worth 2.16 billion yuan, while private enterprises "
      + "earned 1.2 billion yuan.");
    expect(one(facts, 2.16)).toMatchObject({ subject: "cement", measure: "amount" });
    expect(one(facts, 1.2)).toMatchObject({ entity: "city:foshan", subject: "private enterprises", measure: "amount" });
  });
});

describe("a cause set aside", () => {
  it("qualifies no figure with the goods of ', boosted by …,'", () => {
    const before = read("Zhejiang's exports, boosted by strong demand for garments, rose 8 percent in 2023.");
    expect(one(before, 8)).toMatchObject({ entity: "zhejiang", metric: "exports" });
    expect([one(before, 8).subject, one(before, 8).qualifier]).toEqual([undefined, undefined]);
    const after = read("Zhejiang's exports rose 8 percent in 2023, boosted by garments, and imports of crude oil rose 3 percent.");
    expect(one(after, 3)).toMatchObject({ subject: "crude oil", metric: "imports" });
  });
});
