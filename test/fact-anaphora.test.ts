import { describe, expect, it } from "vitest";
import { factsOf, one } from "./helpers/facts.js";
import { periodLabel } from "../text/periods.js";
import type { Fact } from "../text/terms.js";

// Whose figure "the province's", "the city's" or "the autonomous region's" gives, what an aside or an appositive beside
// it changes, and whose a partner's figure is when no place owns it. Made-up sentences, one shape each.
const Y2023 = { published: "2024-01-20" };
const seen = (f: Fact) => ({
  entity: f.entity, partner: f.partner, metric: f.metric, measure: f.measure, value: f.value,
  period: f.period && periodLabel(f.period),
});

describe("'the province's', 'the city's', 'the region's'", () => {
  it.each([
    ["the next sentence", "Xiangyang accounted for 41 percent of Hubei's foreign trade in 2023. The province as a whole "
      + "traded 120.5 billion yuan, down 2.3 percent."],
    ["the next clause", "Xiangyang accounted for 41 percent of Hubei's foreign trade in 2023; the province as a whole "
      + "traded 120.5 billion yuan, down 2.3 percent."],
  ])("reads 'the province' in %s as the whole of a city's share, not the city", (_name, text) => {
    const facts = factsOf(text, Y2023);
    expect([one(facts, 41).entity, one(facts, 120.5).entity, one(facts, -2.3).entity])
      .toEqual(["city:xiangyang", "hubei", "hubei"]);
  });

  it("reads 'the Southwest China province's' and 'the province's trade with Laos' as the province before", () => {
    const facts = factsOf("Yunnan's exports rose 3 percent in 2023. The Southwest China province's imports fell 2.5 percent, "
      + "and the province's trade with Laos grew 9.4 percent.", Y2023);
    expect(seen(one(facts, -2.5)))
      .toEqual({ entity: "yunnan", partner: undefined, metric: "imports", measure: "growth", value: -2.5, period: "2023" });
    expect(seen(one(facts, 9.4)))
      .toEqual({ entity: "yunnan", partner: "partner:la", metric: "trade", measure: "growth", value: 9.4, period: "2023" });
  });
  it("reads 'the city's' after a province as that province when no city was named", () => {
    const facts = factsOf("Hunan's exports rose 4 percent in 2023. The city's imports fell 3.1 percent.", Y2023);
    expect(seen(one(facts, -3.1)))
      .toEqual({ entity: "hunan", partner: undefined, metric: "imports", measure: "growth", value: -3.1, period: "2023" });
  });
  it("reads 'the province's' as the province its own sentence names before it, not the one before", () => {
    const facts = factsOf("Hunan's exports rose 4 percent in 2023. In Guangdong, the province's imports fell 3.1 percent.", Y2023);
    expect(seen(one(facts, 4))).toMatchObject({ entity: "hunan", metric: "exports" });
    expect(seen(one(facts, -3.1))).toMatchObject({ entity: "guangdong", metric: "imports", measure: "growth" });
  });
  it("reads 'the autonomous region's' as the region before", () => {
    const facts = factsOf("Inner Mongolia's exports rose 4 percent in 2023. The autonomous region's imports grew 6.2 percent.", Y2023);
    expect(seen(one(facts, 6.2)))
      .toEqual({ entity: "inner-mongolia", partner: undefined, metric: "imports", measure: "growth", value: 6.2, period: "2023" });
  });
});

describe("asides and appositives beside a figure", () => {
  it("does not let a place inside ', which …,' take 'the city's' figure", () => {
    const facts = factsOf("Kunming's exports rose 4 percent in 2023. The city's imports, which grew fast in Yunnan, rose 6.6 percent.",
      Y2023);
    expect(seen(one(facts, 6.6))).toMatchObject({ entity: "city:kunming", metric: "imports", measure: "growth" });
  });
  it("reads 'Xiamen, the province's busiest port,' as Xiamen's figure, not the province's", () => {
    const facts = factsOf("Exports of Fujian rose 2 percent in 2023. Xiamen, the province's busiest port, saw trade grow 7.7 percent.",
      Y2023);
    expect(seen(one(facts, 2))).toMatchObject({ entity: "fujian", metric: "exports" });
    expect(seen(one(facts, 7.7)))
      .toEqual({ entity: "city:xiamen", partner: undefined, metric: "trade", measure: "growth", value: 7.7, period: "2023" });
  });
  it.each([
    ["', in Hunan,'", "Changsha, in Hunan, saw exports rise 12.5 percent in 2023."],
    ["', in central China's Hunan province,'", "Changsha, in central China's Hunan province, saw exports rise 12.5 percent in 2023."],
    ["', Hunan's capital,'", "Changsha, Hunan's capital, saw exports rise 12.5 percent in 2023."],
  ])("gives the figure to the city, not to the province its appositive %s places it in", (_, sentence) => {
    expect(seen(one(factsOf(sentence, Y2023), 12.5))).toMatchObject({ entity: "city:changsha", metric: "exports" });
  });
  it("keeps a month after a place's comma as the figure's period ('Guangdong, in January, saw …')", () => {
    expect(seen(one(factsOf("Guangdong, in January, saw exports rise 12.5 percent.", { published: "2024-03-10" }), 12.5)))
      .toMatchObject({ entity: "guangdong", period: "January 2024" });
  });
  it("reads a change right after a relative clause's figure as the clause's ('…, whose exports reached N, up 5.5 percent.')", () => {
    const facts = factsOf("Xuzhou grew fast in 2023. The city led Jiangsu Province, whose exports reached 80.2 billion yuan last year, "
      + "up 5.5 percent.", { published: "2024-01-20" });
    expect([seen(one(facts, 80.2)), seen(one(facts, 5.5))].map((f) => [f.entity, f.metric, f.measure, f.period]))
      .toEqual([["jiangsu", "exports", "amount", "2023"], ["jiangsu", "exports", "growth", "2023"]]);
  });
  it("keeps goods out of a city's 'home of …' appositive ('Ningbo, home of a cross-border e-commerce zone, saw trade …')", () => {
    const facts = factsOf("Ningbo, home of a pilot zone for cross-border e-commerce, saw its trade rise to 1.2 trillion yuan in 2023.",
      Y2023);
    expect([one(facts, 1.2).entity, one(facts, 1.2).subject, one(facts, 1.2).metric]).toEqual(["city:ningbo", undefined, "trade"]);
  });
  it("does not let a city in an example list set between subject and verb own the figure (', mainly … in Baiyin, came to')", () => {
    const facts = factsOf("Gansu's imports fell in 2023. Imports of metal ores, mainly copper ores for smelters in Jinchang and "
      + "Baiyin, came to 14.2 billion yuan.", Y2023);
    expect(seen(one(facts, 14.2))).toMatchObject({ entity: "gansu", metric: "imports" });
  });
  it("does not let a cause after the figures (', lifted by an expo held in Changsha in June') give their place or period", () => {
    const facts = factsOf("Hunan's trade grew in 2023. Trade with Africa jumped 57.5 percent to 16.9 billion yuan, lifted by an "
      + "expo which was held in Changsha in June.", Y2023);
    expect(seen(one(facts, 16.9))).toMatchObject({ entity: "hunan", partner: "partner:africa", period: "2023" });
  });
  it("gives a route's figure to its first place, not a stop later in its name ('the Chongqing-Xinjiang-Europe train')", () => {
    const facts = factsOf("Chongqing's trade grew in 2023. The Chongqing-Xinjiang-Europe freight train ran 1,442 trips.", Y2023);
    expect(one(facts, 1442).entity).toBe("chongqing");
  });
  it("reads 'imports and exports of the city in north China's Hebei Province totaled N' as the city's, with no goods", () => {
    const facts = factsOf("Tangshan's trade shrank in 2023. Imports and exports of the city in north China's Hebei Province "
      + "totaled 79.8 billion yuan.", Y2023);
    expect([one(facts, 79.8).entity, one(facts, 79.8).subject, one(facts, 79.8).qualifier])
      .toEqual(["city:tangshan", undefined, undefined]);
  });
  it("reads 'the district's partner' as the city the text is about, not the last of a list of places in a scope", () => {
    const facts = factsOf("Dalian's trade grew in 2023. Refiners in Dalian and Panjin bought most of the crude. Japan remained the "
      + "district's largest partner, with trade of 24.4 billion yuan.", Y2023);
    expect([one(facts, 24.4).entity, one(facts, 24.4).partner]).toEqual(["city:dalian", "partner:japan"]);
  });
  it("keeps the way goods came out of their name ('imports of crude oil through the district')", () => {
    expect(one(factsOf("Dalian's imports of crude oil through the port reached 28.2 billion yuan in 2023.", Y2023), 28.2).subject)
      .toBe("crude oil");
  });
  it("reads 'The capital of <province> saw its trade …' as the city the text is about, not the province", () => {
    const facts = factsOf("Trade in Changsha rose in 2023. The capital of Hunan province saw its exports reach 40.2 billion yuan.",
      Y2023);
    expect(seen(one(facts, 40.2))).toMatchObject({ entity: "city:changsha", metric: "exports" });
  });
  it("does not read 'the province's' inside a relative clause as the figure's owner", () => {
    const facts = factsOf("Hunan's exports rose 4 percent in 2023. Shenzhen, which the province's officials praised, saw imports "
      + "rise 6.6 percent.", Y2023);
    expect(seen(one(facts, 6.6)))
      .toEqual({ entity: "city:shenzhen", partner: undefined, metric: "imports", measure: "growth", value: 6.6, period: "2023" });
  });
  it("reads 'the province's' inside the aside a figure stands in, while the place outside keeps its own", () => {
    const facts = factsOf("Hebei's trade grew in 2023. Tangshan's exports grew 3 percent (the province's rose 5.5 percent).", Y2023);
    expect(seen(one(facts, 3))).toMatchObject({ entity: "city:tangshan", metric: "exports", measure: "growth" });
    expect(seen(one(facts, 5.5)))
      .toEqual({ entity: "hebei", partner: undefined, metric: "exports", measure: "growth", value: 5.5, period: "2023" });
  });
  it("gives the figure to a place named between 'the province's' and the figure", () => {
    const apposed = factsOf("Guangxi's exports rose 4 percent in 2023. The province's top port, Qinzhou, saw exports rise 6.1 percent.",
      Y2023);
    expect(seen(one(apposed, 6.1))).toMatchObject({ entity: "city:qinzhou", metric: "exports", measure: "growth" });
    const named = factsOf("Guangxi's exports rose 4 percent in 2023. In the province's top port Qinzhou exports rose 6.1 percent.", Y2023);
    expect(seen(one(named, 6.1))).toMatchObject({ entity: "city:qinzhou", metric: "exports", measure: "growth" });
  });
  it("reads a province right after a figure's unit ('rose 4.4 percent in Shanxi') as the figure's owner", () => {
    const facts = factsOf("Hebei's trade grew in 2023. Exports rose 4.4 percent in Shanxi, the report said.", Y2023);
    expect(seen(one(facts, 4.4)))
      .toEqual({ entity: "shanxi", partner: undefined, metric: "exports", measure: "growth", value: 4.4, period: "2023" });
    // while a province that locates a city still only locates it
    const located = factsOf("Yiwu in east China's Zhejiang province saw exports rise 5.2 percent in 2023.", Y2023);
    expect(one(located, 5.2).entity).toBe("city:yiwu");
  });
  it("reads a place named after 'the province's' figure, before any attribution, as its owner", () => {
    const facts = factsOf("In 2023 the province's trade grew 4.4 percent, Jilin said.", Y2023);
    expect(seen(one(facts, 4.4))).toMatchObject({ entity: "jilin", metric: "trade", measure: "growth" });
  });
});

describe("a partner's figure with no place to own it", () => {
  it("is China's trade with the partner", () => {
    const exportsTo = factsOf("Exports to the EU rose 2.2 percent in 2023.", Y2023);
    expect(seen(one(exportsTo, 2.2)))
      .toEqual({ entity: "china", partner: "partner:eu", metric: "exports", measure: "growth", value: 2.2, period: "2023" });
    const asSubject = factsOf("ASEAN grew 8.1 percent as a partner in 2023.", Y2023);
    expect(seen(one(asSubject, 8.1))).toMatchObject({ entity: "china", partner: "partner:asean", measure: "growth" });
  });
  it("is the place's the text is about, once one is", () => {
    const facts = factsOf("Hainan's trade rose 15.3 percent in 2023. ASEAN grew 8.1 percent as a partner.", Y2023);
    expect(seen(one(facts, 8.1))).toMatchObject({ entity: "hainan", partner: "partner:asean", measure: "growth" });
  });
});

describe("'the province's' or 'the city's' after the text went on to another place", () => {
  it("is the province named before, not the city the sentence before was about", () => {
    const facts = factsOf("Yunnan's trade grew in 2023. Kunming's exports rose 4 percent. The province's imports fell 2.5 percent.", Y2023);
    expect(seen(one(facts, 4))).toMatchObject({ entity: "city:kunming" });
    expect(seen(one(facts, -2.5)))
      .toEqual({ entity: "yunnan", partner: undefined, metric: "imports", measure: "growth", value: -2.5, period: "2023" });
  });
  it("is the province its own sentence names, not the city of the clause before", () => {
    const facts = factsOf("In Hunan, Changsha's exports rose 4 percent in 2023, and the province's imports fell 3.1 percent.", Y2023);
    expect(seen(one(facts, 4))).toMatchObject({ entity: "city:changsha", metric: "exports" });
    expect(seen(one(facts, -3.1))).toMatchObject({ entity: "hunan", metric: "imports", measure: "growth" });
  });
  it("reads 'the city's' as the province named before when no city was, not the region the text went on to", () => {
    const facts = factsOf("Hunan's trade grew in 2023. The western region's exports rose 4 percent. The city's imports fell 3.1 percent.",
      Y2023);
    expect(seen(one(facts, 4))).toMatchObject({ entity: "region:western", metric: "exports" });
    expect(seen(one(facts, -3.1))).toMatchObject({ entity: "hunan", metric: "imports", measure: "growth" });
  });
  it("is not an appositive's 'the province's' that the aside reader leaves in ('Xiamen, the province's 2nd largest city,')", () => {
    const facts = factsOf("Exports of Fujian rose 2 percent in 2023. Xiamen, the province's 2nd largest city, saw trade grow 7.7 percent.",
      Y2023);
    expect(seen(one(facts, 7.7)))
      .toEqual({ entity: "city:xiamen", partner: undefined, metric: "trade", measure: "growth", value: 7.7, period: "2023" });
  });
});
