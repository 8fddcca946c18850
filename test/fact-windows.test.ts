import { describe, expect, it } from "vitest";
import { factsOf, one } from "./helpers/facts.js";
import { periodLabel } from "../text/periods.js";
import type { Fact } from "../text/terms.js";

// The edges of the extractor's rules: how close a partner, a share's whole or a comparison base must stand to a figure,
// when a list mixing places and partners is a list of partners, and which place "the city's" means in a sentence that
// names a provincial-level city. Made-up sentences.
const Y2023 = { published: "2024-01-20" };
const seen = (f: Fact) => ({
  entity: f.entity, partner: f.partner, metric: f.metric, measure: f.measure, value: f.value, unit: f.unit,
  period: f.period && periodLabel(f.period),
});
const row = (facts: Fact[], v: number) => [one(facts, v).entity, one(facts, v).partner];

describe("a partner right after a figure", () => {
  // 30 characters from the end of "310.2 billion yuan" to "the EU": the nearest the rule still reads as after it
  const AT_30 = "In 2023 Guangxi's trade was 310.2 billion yuan predominantly conducted with the EU and 40.1 billion yuan with ASEAN.";
  it("belongs to the figure before, 30 characters after it, and not to the next figure", () => {
    const facts = factsOf(AT_30, Y2023);
    expect(seen(one(facts, 310.2))).toEqual({ entity: "guangxi", partner: "partner:eu", metric: "trade", measure: "amount",
      value: 310.2, unit: "billion yuan", period: "2023" });
    expect(seen(one(facts, 40.1))).toEqual({ entity: "guangxi", partner: "partner:asean", metric: "trade", measure: "amount",
      value: 40.1, unit: "billion yuan", period: "2023" });
  });
  it("does not take a later partner from a figure whose own partner leads the sentence", () => {
    // no figure before: the partner before this one, near the sentence's start, is this figure's
    const facts = factsOf("Guangxi's trade grew in 2023. Trade with ASEAN was 310.2 billion yuan with Vietnam leading.", Y2023);
    expect(seen(one(facts, 310.2))).toEqual({ entity: "guangxi", partner: "partner:asean", metric: "trade", measure: "amount",
      value: 310.2, unit: "billion yuan", period: "2023" });
  });
});

describe("a list that mixes places and partners", () => {
  const BEFORE = "Hubei's trade grew in 2023. ";
  const TAIL = " were the province's top partners, with trade of ";
  it("is a list of partners when half of it are partners", () => {
    const facts = factsOf(`${BEFORE}ASEAN and Hong Kong took 30.1 and 20.2 billion yuan of the province's exports respectively.`,
      Y2023);
    expect([row(facts, 30.1), row(facts, 20.2)]).toEqual([["hubei", "partner:asean"], ["hubei", "hong-kong"]]);
    expect(seen(one(facts, 20.2))).toMatchObject({ metric: "exports", measure: "amount", unit: "billion yuan", period: "2023" });
  });
  it("is a list of partners when most of it are partners", () => {
    const facts = factsOf(`${BEFORE}ASEAN, the EU and Hong Kong${TAIL}30.1, 20.2 and 10.3 billion yuan respectively.`, Y2023);
    expect([row(facts, 30.1), row(facts, 20.2), row(facts, 10.3)])
      .toEqual([["hubei", "partner:asean"], ["hubei", "partner:eu"], ["hubei", "hong-kong"]]);
  });
  it("is a list of partners when its verb calls them partners, though most of it are places", () => {
    const facts = factsOf(`${BEFORE}ASEAN, Hong Kong and Taiwan${TAIL}30.1, 20.2 and 10.3 billion yuan respectively.`, Y2023);
    expect([row(facts, 30.1), row(facts, 20.2), row(facts, 10.3)])
      .toEqual([["hubei", "partner:asean"], ["hubei", "hong-kong"], ["hubei", "taiwan"]]);
  });
  it("is a list of partners when its verb calls them markets, though all of it are places", () => {
    const facts = factsOf(`${BEFORE}Hong Kong, Macao and Taiwan remained its largest markets, taking 30.1, 20.2 and 10.3 billion yuan `
      + "respectively.", Y2023);
    expect([row(facts, 30.1), row(facts, 20.2), row(facts, 10.3)])
      .toEqual([["hubei", "hong-kong"], ["hubei", "macao"], ["hubei", "taiwan"]]);
    expect(seen(one(facts, 10.3))).toMatchObject({ metric: "trade", measure: "amount", unit: "billion yuan", period: "2023" });
  });
  it("is a list of places when its verb calls them something else", () => {
    const facts = factsOf("In 2023 Guangdong, Jiangsu and Zhejiang were the top exporters, with 30.1, 20.2 and 10.3 billion yuan "
      + "respectively.", Y2023);
    expect([row(facts, 30.1), row(facts, 20.2), row(facts, 10.3)])
      .toEqual([["guangdong", undefined], ["jiangsu", undefined], ["zhejiang", undefined]]);
  });
  it("is a list of places when most of it are places and nothing says partners", () => {
    const facts = factsOf(`${BEFORE}ASEAN, Hunan and Jiangxi grew 3.1, 4.2 and 5.3 percent respectively.`, Y2023);
    expect([row(facts, 3.1), row(facts, 4.2), row(facts, 5.3)])
      .toEqual([["hubei", "partner:asean"], ["hunan", undefined], ["jiangxi", undefined]]);
    expect(seen(one(facts, 4.2))).toMatchObject({ metric: "trade", measure: "growth", unit: "%", period: "2023" });
  });
  it("is a list of partners when it follows 'shipments to'", () => {
    const facts = factsOf("Hubei's shipments to Hunan and Jiangxi grew 3.1 and 4.2 percent respectively in 2023.", Y2023);
    expect([row(facts, 3.1), row(facts, 4.2)]).toEqual([["hubei", "hunan"], ["hubei", "jiangxi"]]);
    expect(seen(one(facts, 4.2))).toMatchObject({ measure: "growth", unit: "%", period: "2023" });
  });
  it("does not read the places of a list as goods when the list is not all places", () => {
    const facts = factsOf("In 2023 Hubei's trade with Japan, South Korea and the rest of Asia grew 3.1, 4.2 and 5.3 percent respectively.",
      Y2023);
    for (const v of [3.1, 4.2, 5.3]) {
      expect(one(facts, v)).toMatchObject({ entity: "hubei", metric: "trade", measure: "growth" });
      expect([one(facts, v).subject, one(facts, v).qualifier]).toEqual([undefined, undefined]);
    }
  });
});

describe("'the city's' in a sentence that names a provincial-level city", () => {
  it("is the city the sentence names, not the one the text named before", () => {
    const facts = factsOf("Shanghai's trade fell in 2023. Chongqing reported that the city's exports grew 5 percent.", Y2023);
    expect(seen(one(facts, 5))).toEqual({ entity: "chongqing", partner: undefined, metric: "exports", measure: "growth",
      value: 5, unit: "%", period: "2023" });
  });
});

describe("a share's whole named right after the figure", () => {
  it("is the place named 8 characters after the share", () => {
    const facts = factsOf("Lanzhou's exports made up 30.2 percent of all Gansu's trade in 2023.", Y2023);
    expect(one(facts, 30.2)).toMatchObject({ entity: "city:lanzhou", metric: "exports", measure: "share", shareOf: "gansu" });
  });
  it("is not a place named in the next clause", () => {
    const facts = factsOf("Lanzhou's exports made up 30.2 percent of the total; Gansu's trade grew in 2023.", Y2023);
    expect(one(facts, 30.2)).toMatchObject({ entity: "city:lanzhou", measure: "share", shareOf: "own" });
  });
});

describe("the comparison base of a change", () => {
  it("is kept 40 characters after the figure", () => {
    const facts = factsOf("Hebei's exports in September rose 4.6 percent, a pace which was a little bit quicker than in August.", Y2023);
    expect(one(facts, 4.6)).toMatchObject({ entity: "hebei", metric: "exports", measure: "growth", base: "than in August" });
  });
  it("is dropped further away: the words between say what it compares", () => {
    const facts = factsOf("Hebei's exports in September rose 4.6 percent, a pace which was a little bit speedier than in August.", Y2023);
    expect(one(facts, 4.6)).toMatchObject({ entity: "hebei", metric: "exports", measure: "growth" });
    expect(one(facts, 4.6).base).toBeUndefined();
  });
});
