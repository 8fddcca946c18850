import { describe, expect, it } from "vitest";
import { factsOf, one } from "./helpers/facts.js";

// A ranking of places told in prose: the leader "was the province's largest trading city with N", the rest in
// sentences whose verb or flow is left out ("Kaifeng recorded N, Xuchang N and Luohe N"), an appositive before an
// elided figure ("Luohe, home of X, N"), and the place overtaken or set against ("against Xinyang's N").
// Made-up sentences.
const Y2030 = { published: "2031-01-20" };

describe("the leader of a ranking of places", () => {
  it("owns the figure after 'was P's largest trading city with', not P, and its flow is trade", () => {
    const facts = factsOf("Henan's imports and exports grew in 2030.\n\nXinyang, the city that includes two rail ports, "
      + "was Henan's biggest trading city with 41.2 billion yuan.", Y2030);
    expect(one(facts, 41.2)).toMatchObject({ entity: "city:xinyang", metric: "trade", measure: "amount" });
  });
  it("owns it after 'remained the province's largest … hub with', a scope like 'By city,' before it", () => {
    const facts = factsOf("Henan's foreign trade grew in 2030.\n\nBy city, Luoyang remained the province's largest foreign "
      + "trade hub with 88.5 billion yuan.", Y2030);
    expect(one(facts, 88.5)).toMatchObject({ entity: "city:luoyang", metric: "trade" });
  });
  it("owns it after 'overtook B as the largest', and B owns the figure set against it", () => {
    const facts = factsOf("Henan's foreign trade grew in 2030.\n\nLuoyang overtook Xinyang as the largest trading city, "
      + "with 50.3 billion yuan against Xinyang's 47.9 billion yuan.", Y2030);
    expect(one(facts, 50.3)).toMatchObject({ entity: "city:luoyang", metric: "trade" });
    expect(one(facts, 47.9)).toMatchObject({ entity: "city:xinyang", metric: "trade" });
  });
});

describe("the places that follow it", () => {
  it("go on with the leader's flow when their sentence names none ('Kaifeng recorded N, Xuchang N and Luohe N')", () => {
    const facts = factsOf("Henan's foreign trade grew in 2030.\n\nLuoyang was Henan's biggest trading city with 50.3 billion "
      + "yuan. Kaifeng recorded 12.1 billion yuan, Xuchang 9.8 billion yuan and Luohe 4.4 billion yuan.", Y2030);
    for (const [value, entity] of [[12.1, "city:kaifeng"], [9.8, "city:xuchang"], [4.4, "city:luohe"]] as const) {
      expect(one(facts, value)).toMatchObject({ entity, metric: "trade", measure: "amount" });
    }
  });
  it("go on after an appositive too ('Xuchang, home to X, followed with N')", () => {
    const facts = factsOf("Henan's foreign trade grew in 2030.\n\nLuoyang was Henan's biggest trading city with 50.3 billion "
      + "yuan. Xuchang, home to a wig cluster, followed with 9.8 billion yuan.", Y2030);
    expect(one(facts, 9.8)).toMatchObject({ entity: "city:xuchang", metric: "trade" });
  });
  it("keep the place before an appositive whose figure's verb is left out ('and Luohe, home of X, N')", () => {
    const facts = factsOf("Henan's imports and exports reached 800.2 billion yuan in 2030. Kaifeng reported 12.1 billion "
      + "yuan and Luohe, home of Zhengzhou's food makers, 4.4 billion yuan.", Y2030);
    expect(one(facts, 4.4)).toMatchObject({ entity: "city:luohe", metric: "trade" });
  });
  it("name no flow when nothing before gave the places' amounts one", () => {
    const facts = factsOf("Henan's economy grew in 2030.\n\nKaifeng recorded 12.1 billion yuan.", Y2030);
    expect(one(facts, 12.1).metric).toBe("other");
  });
});

describe("the next items of a ranking after its leader", () => {
  it("'It was followed by A at N' is A's trade, not the leader's again", () => {
    const facts = factsOf("Hunan's foreign trade grew in 2030.\n\nGermany remained Hunan's largest trading partner, with "
      + "trade of 80.2 billion yuan. It was followed by ASEAN at 39.7 billion yuan and Japan at 35.1 billion yuan.", Y2030);
    expect(one(facts, 39.7)).toMatchObject({ entity: "hunan", partner: "partner:asean", metric: "trade" });
    expect(one(facts, 35.1)).toMatchObject({ partner: "partner:japan" });
  });
  it("'It was N' still restates the amount before", () => {
    const facts = factsOf("Hunan's foreign trade grew in 2030.\n\nGermany remained Hunan's largest trading partner, with "
      + "trade of 80.2 billion yuan. It was 39.7 billion yuan in 2020.", Y2030);
    expect(one(facts, 39.7)).toMatchObject({ partner: "partner:germany" });
  });
  it("the goods named the largest import own the figure given 'at' it", () => {
    const facts = factsOf("Hunan's imports grew in 2030.\n\nSoybeans remained the largest import by value at 1.48 billion "
      + "dollars, followed by copper ore at 1.02 billion dollars.", Y2030);
    expect(one(facts, 1.48)).toMatchObject({ subject: "soybeans", metric: "imports" });
    expect(one(facts, 1.02)).toMatchObject({ subject: "copper ore", metric: "imports" });
  });
});

describe("a figureless sentence dating an earlier event", () => {
  it("does not move the text's period back ('…, after X gained access to the market in 2024.')", () => {
    const facts = factsOf("Henan's foreign trade reached 800.2 billion yuan in 2030.\n\nDurian from Laos now makes up half "
      + "of the volume, after Laos gained access to the Chinese market in 2024.\n\n## Cities\n\nLuoyang was Henan's biggest "
      + "trading city with 50.3 billion yuan.", Y2030);
    expect(one(facts, 50.3).period).toMatchObject({ y1: 2030, y2: 2030 });
  });
});
describe("a period set off by dashes", () => {
  it("dates its own figure only; the text goes on in its period", () => {
    const facts = factsOf("Henan's foreign trade reached 800.2 billion yuan in 2030.\n\nOfficials said the allowance — raised "
      + "to 8,000 yuan per person in 2024 — had drawn more traders in.\n\n## Cities\n\nLuoyang was Henan's biggest "
      + "trading city with 50.3 billion yuan.", Y2030);
    expect(one(facts, 50.3).period).toMatchObject({ y1: 2030, y2: 2030 });
  });
});

describe("a city's amount after the province's", () => {
  it("goes on with the province's total trade, never with a flow of it named last", () => {
    const facts = factsOf("Henan's foreign trade reached 80.2 billion yuan in 2030. Exports came to 50.1 billion yuan, and "
      + "imports to 30.1 billion yuan.\n\nZhengzhou, the provincial capital, recorded 40.3 billion yuan.", Y2030);
    expect(one(facts, 40.3).metric).not.toBe("imports");
  });
});
