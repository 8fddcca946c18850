import { describe, expect, it } from "vitest";
import { factsOf, one } from "./helpers/facts.js";
import { periodLabel } from "../text/periods.js";
import type { Fact } from "../text/terms.js";

// What a figure takes from the text before it: the partner of the trade it goes on about (not another place's), and the
// items of the figures before a "respectively" list that names none. Made-up sentences.
const Y2023 = { published: "2024-01-20" };
const seen = (f: Fact) => ({
  entity: f.entity, partner: f.partner, metric: f.metric, measure: f.measure, value: f.value, unit: f.unit,
  subject: f.subject, period: f.period && periodLabel(f.period),
});

describe("'That was …' after the text went on to another place", () => {
  it("is that place's trade, without the partner of the place before", () => {
    const facts = factsOf("Hebei's trade with Japan reached 31.2 billion yuan in 2023. Shanxi's trade grew. That was up 12.5 percent.",
      Y2023);
    expect(seen(one(facts, 12.5))).toEqual({ entity: "shanxi", partner: undefined, metric: "trade", measure: "growth",
      value: 12.5, unit: "%", subject: undefined, period: "2023" });
    expect(one(facts, 31.2)).toMatchObject({ entity: "hebei", partner: "partner:japan", measure: "amount" });
  });
  it("keeps the partner when the text stays with the same place", () => {
    const facts = factsOf("Hebei's trade with Japan reached 31.2 billion yuan in 2023. Hebei's trade grew. That was up 12.5 percent.",
      Y2023);
    expect(one(facts, 12.5)).toMatchObject({ entity: "hebei", partner: "partner:japan", metric: "trade", measure: "growth" });
  });
});

describe("figures of a 'respectively' list that names no items", () => {
  it("take the items of the figures before it, in their order", () => {
    const facts = factsOf("In 2023 Hebei's private enterprises traded 6.1 billion yuan and state-owned enterprises 2.65 billion "
      + "yuan, up 2.6 and 25.1 percent respectively.", Y2023);
    expect(seen(one(facts, 2.6))).toEqual({ entity: "hebei", partner: undefined, metric: "trade", measure: "growth", value: 2.6,
      unit: "%", subject: "private enterprises", period: "2023" });
    expect(seen(one(facts, 25.1))).toEqual({ entity: "hebei", partner: undefined, metric: "trade", measure: "growth",
      value: 25.1, unit: "%", subject: "state-owned enterprises", period: "2023" });
    expect(one(facts, 2.65)).toMatchObject({ subject: "state-owned enterprises", measure: "amount", unit: "billion yuan" });
  });
  it("take the trade modes of the figures before it", () => {
    const facts = factsOf("In 2023 Hebei's processing trade reached 6.1 billion yuan and general trade 2.65 billion yuan, up 2.6 "
      + "and 25.1 percent respectively.", Y2023);
    expect([one(facts, 2.6).subject, one(facts, 25.1).subject]).toEqual(["processing trade", "general trade"]);
    expect(one(facts, 25.1)).toMatchObject({ entity: "hebei", metric: "trade", measure: "growth", qualifier: "general trade" });
  });
});

describe("goods after a figure, with their verb left out", () => {
  it("are the next figure's item when the figure before named its goods as a qualifier only", () => {
    const facts = factsOf("In 2023 Hebei's steel exports rose 11.6 percent and coal 41.7 percent.", Y2023);
    expect(seen(one(facts, 41.7))).toEqual({ entity: "hebei", partner: undefined, metric: "exports", measure: "growth",
      value: 41.7, unit: "%", subject: "coal", period: "2023" });
    expect(one(facts, 11.6)).toMatchObject({ entity: "hebei", metric: "exports", qualifier: "steel" });
  });
  it("are no goods when they are a place: the place's figure of the same goods", () => {
    const facts = factsOf("In 2023 Hebei's exports of steel rose 5.1 percent, and Tangshan 3.2 percent.", Y2023);
    expect(seen(one(facts, 3.2))).toEqual({ entity: "city:tangshan", partner: undefined, metric: "exports", measure: "growth",
      value: 3.2, unit: "%", subject: "steel", period: "2023" });
  });
});

describe("a cause set aside before the figure", () => {
  it("names none of the figure's goods", () => {
    const facts = factsOf("In 2023 Zhejiang's exports, boosted by Yiwu's small-commodity exports, rose 5.5 percent.", Y2023);
    expect(seen(one(facts, 5.5))).toEqual({ entity: "zhejiang", partner: undefined, metric: "exports", measure: "growth",
      value: 5.5, unit: "%", subject: undefined, period: "2023" });
    expect(one(facts, 5.5).qualifier).toBeUndefined();
  });
});

describe("the period a new paragraph starts in", () => {
  const period = (facts: Fact[], value: number) => periodLabel(one(facts, value).period!);
  it("goes back to the article's year after a paragraph on a month and a 'first-quarter' figure", () => {
    const facts = factsOf("Putian's foreign trade grew 8.1 percent in 2022 to 63.2 billion yuan.\n\nTrade in March fell 4.7 "
      + "percent. First-quarter trade was still up 3.1 percent, at 18.26 billion yuan.\n\nExports of shoes rose 13.2 percent "
      + "to 6.53 billion yuan.", { title: "Putian's trade in 2022", published: "2023-01-25" });
    expect([period(facts, 18.26), period(facts, 6.53)]).toEqual(["Q1 2022", "2022"]);
  });
  it("stays in a longer part of the year the text went on to ('the first 11 months')", () => {
    const facts = factsOf("Turnover at Linyi's market rose 9.1 percent to 30.2 billion yuan in 2023.\n\nIn the first 11 "
      + "months, exports to Japan rose 12.3 percent.\n\nExports to ASEAN rose 40.6 percent.",
    { title: "Linyi market in 2023", published: "2024-01-12" });
    expect(period(facts, 40.6)).toBe("January–November 2023");
  });
  it("goes back to the article's quarter after a paragraph on the same quarter a year before", () => {
    const facts = factsOf("Yantai's trade rose 9.5 percent to 80.1 billion yuan in the first quarter of 2021.\n\nBecause trade "
      + "in the first quarter of last year was depressed, customs also compared the figure with the same period of 2019: on "
      + "that basis, trade was up 2.6 percent.\n\nExports rose 11.2 percent to 43.5 billion yuan.", { title: "Yantai's Q1 trade", published: "2021-04-20" });
    expect(period(facts, 43.5)).toBe("Q1 2021");
  });
  it("is not the year a thing was set up in, named in a sentence without figures ('the mode created in 2013')", () => {
    const facts = factsOf("Linyi's foreign trade rose 6.2 percent to 41.3 billion yuan in 2021.\n\nBazaar trade, the mode set up "
      + "for the city's pilot in 2015 that lets many sellers declare together, stayed the main channel.\n\nTrade with Africa "
      + "reached 5.12 billion yuan, up 3.3 percent.\n\nThe park, which was approved by the State Council in 2009, is home to "
      + "furniture makers.\n\nExports of sofas reached 2.07 billion yuan.", { title: "Linyi's trade in 2021", published: "2022-01-20" });
    expect([period(facts, 5.12), period(facts, 2.07)]).toEqual(["2021", "2021"]);
  });
});

describe("the next places of a series the text began with one place's figure", () => {
  it("take its flow and goods: 'A led with e-commerce trade of …. B recorded …; C …'", () => {
    const facts = factsOf("Guangdong's cross-border e-commerce trade rose 12.1 percent in 2021. Shenzhen remained the largest, with "
      + "cross-border e-commerce imports and exports of 88.1 billion yuan, up 11.2 percent. Dongguan, including Humen, recorded "
      + "61.4 billion yuan, up 20.3 percent; Foshan 22.7 billion yuan, up 9.8 percent.", { published: "2022-01-20" });
    for (const v of [61.4, 20.3, 22.7, 9.8]) {
      expect(one(facts, v)).toMatchObject({ metric: "trade", subject: "cross-border e-commerce" });
    }
    expect(one(facts, 22.7).entity).toBe("city:foshan");
  });
});
