import { describe, expect, it } from "vitest";
import { factsOf } from "./helpers/facts.js";

// Whose figures a paragraph gives after one on several places, and a place of China named as the other side of the
// trade. Made-up figures.
const META = { title: "Hubei's foreign trade in 2023", published: "2024-01-20" };
const CITIES = "Hubei's trade rose 5 percent to 600 billion yuan in 2023.\n\nWuhan's trade fell 0.8 percent to 300.1 billion "
  + "yuan, while Yichang grew 9.6 percent to 40.2 billion yuan and Xiangyang 7.2 percent to 30.3 billion yuan.\n\n";

describe("a paragraph after one on several places", () => {
  it("goes back to the article's place, for 'the province's' and for figures naming no owner", () => {
    const facts = factsOf(`${CITIES}Exports to Chile, the province's largest market, fell 2.6 percent to 16.92 billion yuan.`, META);
    expect(facts.filter((f) => f.partner).map((f) => [f.entity, f.partner, f.measure, f.value])).toEqual([
      ["hubei", "partner:cl", "growth", -2.6], ["hubei", "partner:cl", "amount", 16.92]]);
  });
  it("after a paragraph on one place, goes on with it", () => {
    const facts = factsOf("Hubei's trade rose 5 percent to 600 billion yuan in 2023.\n\nWuhan's trade fell 0.8 percent to "
      + "300.1 billion yuan.\n\nExports to Chile fell 2.6 percent to 16.92 billion yuan.", META);
    expect(facts.filter((f) => f.partner).map((f) => f.entity)).toEqual(["city:wuhan", "city:wuhan"]);
  });
});

describe("a place of China leading a sentence as the largest source or partner", () => {
  it("is the partner of the figures after it, until another partner is named", () => {
    const facts = factsOf("Hubei's imports rose 2 percent to 53.88 billion yuan in 2023.\n\nOn the import side, Hong Kong "
      + "was the largest source, with imports up 6.9 percent to 12.35 billion yuan, followed by Chile, up 4.2 percent to "
      + "9.81 billion yuan.", META);
    expect(facts.filter((f) => f.value !== 53.88 && f.value !== 2).map((f) => [f.entity, f.partner, f.metric, f.value]))
      .toEqual([["hubei", "hong-kong", "imports", 6.9], ["hubei", "hong-kong", "imports", 12.35],
        ["hubei", "partner:cl", "imports", 4.2], ["hubei", "partner:cl", "imports", 9.81]]);
  });
});
