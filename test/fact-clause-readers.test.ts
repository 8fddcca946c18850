import { describe, expect, it } from "vitest";
import { factsOf, one } from "./helpers/facts.js";

// The readers of one figure inside its sentence: the goods "those of" names, what the trains of the sentence before
// carried, a sentence led by "Nationally". Made-up figures and years.
const Y2031 = { published: "2032-01-20" };

describe("goods named by 'those of'", () => {
  it("are the second figure's goods, not the first figure's carried on", () => {
    const facts = factsOf("In 2031, Ningxia's imports of coal rose 7.4 percent and those of iron ore 2.6 percent.", Y2031);
    expect(one(facts, 7.4)).toMatchObject({ entity: "ningxia", metric: "imports", subject: "coal" });
    expect(one(facts, 2.6)).toMatchObject({ entity: "ningxia", metric: "imports", measure: "growth", subject: "iron ore",
      qualifier: "iron ore" });
  });
});

describe("what the trains of the sentence before carried", () => {
  it("qualifies each count once, the second count carried on from the first", () => {
    const facts = factsOf("In 2031, 212 trains left Ningbo for Central Asia. They carried 17,530 TEUs of goods and 3,300 "
      + "vehicles.", Y2031);
    expect(one(facts, 17530)).toMatchObject({ measure: "count", unit: "TEUs", qualifier: "carried by trains" });
    expect(one(facts, 3300)).toMatchObject({ measure: "count", unit: "vehicles", qualifier: "carried by trains" });
  });
  it("is said of counts only: the value of the goods they carried is no count of theirs", () => {
    const facts = factsOf("In 2031, 212 trains left Ningbo for Central Asia. They carried goods worth 5.2 billion yuan.", Y2031);
    expect(one(facts, 5.2)).toMatchObject({ measure: "amount", unit: "billion yuan" });
    expect(one(facts, 5.2).qualifier).toBeUndefined();
  });
});

describe("a sentence led by 'Nationally,'", () => {
  const lead = "In 2031, Hunan's trade rose 9.3 percent. ";
  it("is about the country, whatever partner it names before the figure", () => {
    expect(one(factsOf(`${lead}Nationally, trade with Japan rose 4.1 percent.`, Y2031), 4.1)).toMatchObject({ entity: "china" });
  });
  it("is about the country when the place it names comes after the figure", () => {
    expect(one(factsOf(`${lead}Nationally, trade grew 3.2 percent, led by Guangdong.`, Y2031), 3.2))
      .toMatchObject({ entity: "china", measure: "growth" });
  });
  it("is about the place it names before the figure", () => {
    expect(one(factsOf(`${lead}Nationally, Jiangxi's trade rose 4.7 percent.`, Y2031), 4.7)).toMatchObject({ entity: "jiangxi" });
  });
});

describe("the base a change is compared with", () => {
  it("is read when it ends the change's clause", () => {
    const facts = factsOf("In October 2031, Ningxia's exports were 4.6 percent higher than in September, while imports fell.",
      { published: "2031-11-20" });
    expect(one(facts, 4.6)).toMatchObject({ measure: "growth", base: "than in September" });
  });
});

describe("goods named by a group's other name", () => {
  it("keep both names in the qualifier: the group's and the one the text used", () => {
    const facts = factsOf("In 2031, Ningxia's exports of farm products rose 5.7 percent to 12.6 billion yuan, of which exports "
      + "of goji berries were 3.1 billion yuan.", Y2031);
    expect(one(facts, 5.7)).toMatchObject({ subject: "agricultural products", qualifier: "agricultural products, farm products" });
    expect(one(facts, 12.6)).toMatchObject({ subject: "agricultural products", qualifier: "agricultural products, farm products" });
    expect(one(facts, 3.1)).toMatchObject({ subject: "goji berries", qualifier: "goji berries" });
  });
});

describe("a place named again after a zone's figure ('that of X itself')", () => {
  it("owns its figure, with no zone for a qualifier", () => {
    const facts = factsOf("In 2031, exports of the Yinchuan Comprehensive Bonded Zone rose 8.3 percent, and that of Ningxia "
      + "itself rose 3.6 percent.", Y2031);
    expect(one(facts, 8.3)).toMatchObject({ entity: "zone:Yinchuan Comprehensive Bonded Zone", metric: "exports" });
    expect(one(facts, 3.6)).toMatchObject({ entity: "ningxia", metric: "exports", measure: "growth" });
    expect(one(facts, 3.6).qualifier).toBeUndefined();
  });
});

describe("the change that takes a count to its level", () => {
  it("is the count's quantity's change, in the count's unit", () => {
    const facts = factsOf("In 2031, container throughput at Qingdao port rose 8.4 percent to 4.35 million TEUs.", Y2031);
    expect(one(facts, 8.4)).toMatchObject({ measure: "growth", metric: "other", qualifier: "TEUs, quantity" });
    expect(one(facts, 4.35)).toMatchObject({ measure: "count", unit: "million TEUs" });
  });
});

describe("a gap that beats the national rate, then a place's", () => {
  it("has no scope of its own for the national one; the second is to the place", () => {
    const facts = factsOf("In 2031 Baoji's exports grew at a pace that beat the national growth rate by 5.2 percent and "
      + "Shaanxi's by 4.3 percent.", Y2031);
    expect(one(facts, 5.2)).toMatchObject({ entity: "city:baoji", measure: "pp_gap", unit: "percentage points" });
    expect(one(facts, 5.2).scope).toBeUndefined();
    expect(one(facts, 4.3)).toMatchObject({ measure: "pp_gap", qualifier: "than Shaanxi" });
  });
});

describe("places' changes handed out by 'respectively' with no flow named", () => {
  it("are of no flow, each place its own", () => {
    const facts = factsOf("Shanxi, Shaanxi and Gansu recorded growth of 4.1, 5.2 and 6.3 percent respectively.", Y2031);
    expect(one(facts, 4.1)).toMatchObject({ entity: "shanxi", measure: "growth", metric: "other" });
    expect(one(facts, 5.2)).toMatchObject({ entity: "shaanxi", measure: "growth", metric: "other" });
    expect(one(facts, 6.3)).toMatchObject({ entity: "gansu", measure: "growth", metric: "other" });
  });
});

describe("the value and share after a count of goods ('worth', 'equal to')", () => {
  it("are the goods' value and the goods' share of the place's flow", () => {
    const facts = factsOf("Kunshan's exports reached 63.4 billion yuan in the first half of 2031. A total of 11.7 million laptops "
      + "were exported between January and June, worth 31.6 billion yuan, equal to 49.1 percent of the city's exports.",
    { published: "2031-07-20" });
    expect(one(facts, 11.7)).toMatchObject({ measure: "count", subject: "laptops" });
    expect(one(facts, 31.6)).toMatchObject({ entity: "city:kunshan", measure: "amount", metric: "exports", subject: "laptops" });
    expect(one(facts, 49.1)).toMatchObject({ measure: "share", metric: "exports", subject: "laptops", shareOf: "own" });
  });
});

describe("a share 'followed by' another's", () => {
  it("is of the flow the first share is of", () => {
    const facts = factsOf("In Shanxi, private firms accounted for 44.7 percent of trade in 2031, followed by foreign-invested "
      + "firms with 41.3 percent.", Y2031);
    expect(one(facts, 44.7)).toMatchObject({ entity: "shanxi", metric: "trade", subject: "private enterprises" });
    expect(one(facts, 41.3)).toMatchObject({ entity: "shanxi", metric: "trade", measure: "share",
      subject: "foreign-invested enterprises" });
  });
});

describe("goods opening the sentence ('Chip exports from …')", () => {
  it("are the figure's goods, under the group's name and the text's word", () => {
    const facts = factsOf("Chip exports from Ningxia reached 1.07 billion US dollars in 2031.", Y2031);
    expect(one(facts, 1.07)).toMatchObject({ entity: "ningxia", metric: "exports", subject: "integrated circuits",
      qualifier: "integrated circuits, chip" });
  });
});

describe("a change compared with an earlier month's level ('31.8 percent higher than in February')", () => {
  it("keeps its base as words, with no earlier period of a change in points", () => {
    const facts = factsOf("In March 2031, Ningxia's exports rose 9.4 percent, 31.8 percent higher than in February.",
      { published: "2031-04-20" });
    expect(one(facts, 31.8)).toMatchObject({ measure: "growth", base: "than in February" });
    expect(one(facts, 31.8).basePeriod).toBeUndefined();
  });
});

describe("flows each with its figure, the verb left out after the first", () => {
  it("give each figure the flow named right before it", () => {
    const facts = factsOf("In 2031, Ningxia's exports rose 2.6 percent, imports 1.4 percent and trade 3.9 percent.", Y2031);
    expect(one(facts, 2.6)).toMatchObject({ metric: "exports", measure: "growth" });
    expect(one(facts, 1.4)).toMatchObject({ metric: "imports", measure: "growth" });
    expect(one(facts, 3.9)).toMatchObject({ metric: "trade", measure: "growth" });
  });
});

describe("an amount that 'made up' part 'of the total'", () => {
  it("is of the flow named before it, not of the flow after it", () => {
    const facts = factsOf("Customs said Ningxia's foreign trade came to 12.6 billion yuan in May 2031. Exports made up 8.1 billion "
      + "yuan of the total and imports 4.5 billion yuan.", { published: "2031-06-20" });
    expect(one(facts, 12.6)).toMatchObject({ metric: "trade", measure: "amount" });
    expect(one(facts, 8.1)).toMatchObject({ entity: "ningxia", metric: "exports", measure: "amount" });
    expect(one(facts, 4.5)).toMatchObject({ entity: "ningxia", metric: "imports", measure: "amount" });
  });
});

describe("a city's share 'of foreign trade in the province' with a partner named", () => {
  it("is a share of the province the text is about, never of the partner", () => {
    const facts = factsOf("In 2031, Shaanxi's trade rose 5.5 percent. Xi'an's trade with Japan accounted for 14.3 percent of "
      + "foreign trade in the province.", Y2031);
    expect(one(facts, 14.3)).toMatchObject({ entity: "city:xian", partner: "partner:japan", measure: "share",
      shareOf: "shaanxi" });
  });
});
