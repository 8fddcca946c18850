import { describe, expect, it } from "vitest";
import { factsOf, one } from "./helpers/facts.js";
import { periodLabel } from "../text/periods.js";
import type { Fact } from "../text/terms.js";

// Whose figure a sentence gives, of which flow, measure and period: the country's own, a place located in another, a
// partner's, and figures whose unit, scale or standing the sentence qualifies. Made-up sentences, one shape each.
const Y2023 = { published: "2024-01-20" };
/** A fact in the terms a reader checks it by: owner, partner, flow, measure, value, unit, period. */
const seen = (f: Fact) => ({
  entity: f.entity, partner: f.partner, metric: f.metric, measure: f.measure, value: f.value, unit: f.unit,
  period: f.period && periodLabel(f.period),
});

describe("the country's own figures, and figures China only names", () => {
  it("gives 'across the country' and 'from the whole country' figures to China, and the place's next to them to the place", () => {
    const across = factsOf("Across the country, exports rose 4.6 percent in 2023. Shaanxi's exports grew 6.1 percent.",
      Y2023);
    expect(seen(one(across, 4.6)))
      .toEqual({ entity: "china", partner: undefined, metric: "exports", measure: "growth", value: 4.6, unit: "%",
        period: "2023" });
    expect(seen(one(across, 6.1)))
      .toMatchObject({ entity: "shaanxi", metric: "exports", measure: "growth", period: "2023" });
    const whole = factsOf("Exports from the whole country jumped 3.2 percent in 2023, while Gansu's exports rose 9 percent.", Y2023);
    expect(seen(one(whole, 3.2))).toMatchObject({ entity: "china", metric: "exports", measure: "growth" });
    expect(seen(one(whole, 9)))
      .toMatchObject({ entity: "gansu", metric: "exports", measure: "growth", period: "2023" });
  });
  it("gives China's trade with a partner through a port to the port", () => {
    const facts = factsOf("China-Kazakhstan trade through Horgos reached 12.3 billion yuan in 2023.", Y2023);
    expect(seen(one(facts, 12.3))).toEqual({
      entity: "city:horgos", partner: "partner:kz", metric: "trade", measure: "amount", value: 12.3,
        unit: "billion yuan", period: "2023",
    });
    expect(one(facts, 12.3).scale).toBe(1e9);
  });
});

describe("a place that only locates or names another", () => {
  it("gives a city's figure to the city, not the province that locates it", () => {
    const facts = factsOf("Zhangye in northwest China's Gansu province saw its exports rise 12.5 percent in 2023.",
      Y2023);
    expect(seen(one(facts, 12.5)))
      .toMatchObject({ entity: "city:zhangye", metric: "exports", measure: "growth", period: "2023" });
  });
  it("does not take a customs office named after a city for the city", () => {
    const facts = factsOf("Lanzhou Customs said Gansu's foreign trade reached 49.1 billion yuan in 2023.", Y2023);
    expect(seen(one(facts, 49.1)))
      .toMatchObject({ entity: "gansu", metric: "trade", measure: "amount", unit: "billion yuan" });
  });
});

describe("partners", () => {
  it("makes a place after 'trade with' or 'imports from' the other side of a city's trade", () => {
    const facts = factsOf("Qingdao's trade with Hong Kong rose 8.8 percent in 2023, and its imports from Taiwan came to 3.1 billion yuan.", Y2023);
    expect(seen(one(facts, 8.8))).toEqual({
      entity: "city:qingdao", partner: "hong-kong", metric: "trade", measure: "growth", value: 8.8, unit: "%",
        period: "2023",
    });
    expect(seen(one(facts, 3.1)))
      .toMatchObject({ entity: "city:qingdao", partner: "taiwan", metric: "imports", measure: "amount" });
  });
  it("takes the partner named right after the figure", () => {
    const facts = factsOf("Hainan traded 11.46 billion yuan with RCEP partners in 2023.", Y2023);
    expect(seen(one(facts, 11.46)))
      .toMatchObject({ entity: "hainan", partner: "partner:rcep", metric: "trade", measure: "amount", period: "2023" });
  });
  it("gives a partner's figure to the place the text is about, with that partner", () => {
    const facts = factsOf("Yunnan's trade reached 260 billion yuan in 2023. ASEAN remained the largest partner, with 110.2 billion yuan.", Y2023);
    expect(seen(one(facts, 260))).toMatchObject({ entity: "yunnan", partner: undefined, measure: "amount" });
    expect(seen(one(facts, 110.2)))
      .toMatchObject({ entity: "yunnan", partner: "partner:asean", measure: "amount", period: "2023" });
  });
  it("counts the partners of a place as partners, not as an amount of trade", () => {
    const facts = factsOf("Anhui's trade partners numbered 226 countries and regions in 2023.", Y2023);
    expect(seen(one(facts, 226))).toEqual({
      entity: "anhui", partner: undefined, metric: "partners", measure: "count", value: 226,
        unit: "countries and regions", period: "2023",
    });
  });
});

describe("ranks and shares", () => {
  it("reads one rank for each flow named after it", () => {
    const facts = factsOf("Hubei ranked 12th nationwide for total trade, 10th for exports and 15th for imports in 2023.", Y2023);
    expect([12, 10, 15].map((v) => [one(facts, v).metric, one(facts, v).measure, one(facts, v).scope])).toEqual([
      ["trade", "rank", "nationwide"], ["exports", "rank", "nationwide"], ["imports", "rank", "nationwide"],
    ]);
    expect(facts.every((f) => f.entity === "hubei" && f.unit === "rank")).toBe(true);
  });
  it("makes a city's share of 'the province's total' a share of its province", () => {
    const facts = factsOf("Wuhan accounted for 62.3 percent of the province's total trade in 2023. Hubei's exports grew.", Y2023);
    expect(one(facts, 62.3))
      .toMatchObject({ entity: "city:wuhan", metric: "trade", measure: "share", shareOf: "hubei", unit: "%" });
  });
});

describe("what a figure's words qualify", () => {
  it("reads 'broke through the … mark' as a threshold passed", () => {
    const facts = factsOf("Xinjiang's trade broke through the 400 billion yuan mark in 2023.", Y2023);
    expect(one(facts, 400))
      .toMatchObject({ entity: "xinjiang", measure: "amount", approx: "past", unit: "billion yuan" });
    expect(one(factsOf("Xinjiang's trade reached 400 billion yuan in 2023.", Y2023), 400).approx).toBeUndefined();
  });
  it("keeps the comparison base of a change and the amount's other currency", () => {
    const facts = factsOf("In December, Xinjiang's trade rose 4.6 percent more than in November, to 38 billion yuan (5.3 billion US dollars).", Y2023);
    expect(one(facts, 4.6)).toMatchObject({ measure: "growth", base: "than in November" });
    expect(seen(one(facts, 4.6)).period).toBe("December 2023");
    expect(one(facts, 38))
      .toMatchObject({ measure: "amount", alt: { value: 5.3, unit: "billion US dollars", scale: 1e9 } });
    expect(one(facts, 38).base).toBeUndefined();
  });
  it("tells a quantity shipped from its value, and gives the value's change to the same goods", () => {
    const facts = factsOf("Heilongjiang exported 1.2 million tonnes of soybeans in 2023, with a combined value of 5.1 billion yuan; "
      + "the value rose 12.8 percent.", Y2023);
    expect(one(facts, 1.2)).toMatchObject({ measure: "count", unit: "million tonnes", metric: "exports" });
    expect(seen(one(facts, 5.1)))
      .toMatchObject({ entity: "heilongjiang", metric: "exports", measure: "amount", unit: "billion yuan" });
    expect(seen(one(facts, 12.8)))
      .toMatchObject({ entity: "heilongjiang", metric: "exports", measure: "growth", period: "2023" });
  });
  it("names each item of a list whose verb is left out", () => {
    const facts = factsOf("In 2023, Sichuan's imports of integrated circuits rose 11.6%, human vaccines 41.7% and aircraft parts 15.9%.", Y2023);
    expect([11.6, 41.7, 15.9].map((v) => [one(facts, v).subject, one(facts, v).metric, one(facts, v).measure,
      one(facts, v).entity])).toEqual([
      ["integrated circuits", "imports", "growth", "sichuan"], ["human vaccines", "imports", "growth", "sichuan"],
      ["aircraft parts", "imports", "growth", "sichuan"],
    ]);
  });
  it("names an item whose verb is left out after the first one's period and 'of' ('…in 2023 and of glass 15.9 percent')", () => {
    const facts = factsOf("Hebei's exports of steel rose 12.1 percent in 2023 and of glass 15.9 percent.", Y2023);
    expect([12.1, 15.9].map((v) => [one(facts, v).subject, one(facts, v).metric, one(facts, v).entity]))
      .toEqual([["steel", "exports", "hebei"], ["glass", "exports", "hebei"]]);
  });
  it("carries the currency of the sentence before to a bare amount", () => {
    const facts = factsOf("Jiangxi's exports reached 389.14 billion yuan in 2023. Imports came to 120.3 billion.",
      Y2023);
    expect(seen(one(facts, 120.3))).toEqual({
      entity: "jiangxi", partner: undefined, metric: "imports", measure: "amount", value: 120.3, unit: "billion yuan",
        period: "2023",
    });
  });
  it("reads a multiple and a percentage joined by 'and' as two changes, each of its own flow", () => {
    const facts = factsOf("In 2023, Ningxia's exports rose 2.6 times and imports 25.1 percent.", Y2023);
    expect(seen(one(facts, 2.6)))
      .toMatchObject({ entity: "ningxia", metric: "exports", measure: "multiple", unit: "times" });
    expect(seen(one(facts, 25.1)))
      .toMatchObject({ entity: "ningxia", metric: "imports", measure: "growth", unit: "%" });
  });
});

describe("firms and plants named after a place", () => {
  it("give their figures to the place they are in, not the place their name opens with", () => {
    const facts = factsOf("Wenzhou's imports were 4.1 billion dollars in 2023. The Zhejiang Energy and Chemical complex in "
      + "Dongtou imported coal worth 1.22 billion dollars through the city's ports, up 8.5 percent.", Y2023);
    expect(one(facts, 1.22)).toMatchObject({ entity: "city:wenzhou", metric: "imports", measure: "amount" });
    expect(one(facts, 8.5).entity).toBe("city:wenzhou");
  });
  it("leave a place's own goods, written in lower case, to the place", () => {
    const facts = factsOf("In 2023, Hebei steel exports rose 6.4 percent.", Y2023);
    expect(one(facts, 6.4).entity).toBe("hebei");
  });
});

describe("a port described by its province", () => {
  it("owns its figures: the province in the description only locates it", () => {
    const facts = factsOf("Trade through the Dongxing port, Guangxi's busiest land port on the border with Vietnam, fell in "
      + "2023. Imports and exports through the port totaled 3.5 billion dollars, down 12.4 percent.", Y2023);
    expect(one(facts, 3.5)).toMatchObject({ entity: "city:dongxing", metric: "trade", measure: "amount" });
    expect(one(facts, -12.4).entity).toBe("city:dongxing");
  });
});

describe("a city named only as where goods cross", () => {
  it("owns nothing in a 'most of it delivered … to X' aside, and a sentence on bridges at it leaves the topic", () => {
    const facts = factsOf("Inner Mongolia's imports were 120.5 billion yuan in 2023. New bridges at Erenhot and Manzhouli began "
      + "to carry goods. Imports of coal, most of it delivered by rail to Baotou, rose 6.1 percent to 3.3 billion yuan. "
      + "Private enterprises traded 9.9 billion yuan.", Y2023);
    expect([3.3, 6.1, 9.9].map((v) => one(facts, v).entity)).toEqual(["inner-mongolia", "inner-mongolia", "inner-mongolia"]);
  });
  it("leaves its province the topic of the sentences after", () => {
    const facts = factsOf("Inner Mongolia's imports were 120.5 billion yuan in 2023. Timber imports over the railway at "
      + "Erenhot rose 6.1 percent to 3.3 billion yuan. Imports of soybeans were 2.9 billion yuan.", Y2023);
    expect(one(facts, 2.9).entity).toBe("inner-mongolia");
  });
});

describe("places named in a trailing 'almost all of it from X through A, B and C'", () => {
  it("own neither the figures before them nor those of the next sentence", () => {
    const facts = factsOf("Guangxi's imports were 120.5 billion yuan in 2023. Fruit imports soared 35.3 percent to 3.16 "
      + "million tonnes, worth 8.91 billion yuan, almost all of it from Vietnam through Shuikoun, Aidiang and Dongxing. "
      + "Imports of rubber rose 7.4 percent to 2.37 billion yuan.", Y2023);
    expect([35.3, 8.91, 7.4, 2.37].map((v) => one(facts, v).entity)).toEqual(["guangxi", "guangxi", "guangxi", "guangxi"]);
  });
});
