import { describe, expect, it } from "vitest";
import { factsOf, one } from "./helpers/facts.js";
import { periodLabel } from "../text/periods.js";

// Goods named in the shapes look-ups miss them in, ranks stated as "the Nth-fastest", and figures looked ahead to.
// Made-up sentences.
const Y2021 = { published: "2022-01-20" };

describe("goods a figure is of", () => {
  it("are read after a lead-in like \"Among them,\"", () => {
    const facts = factsOf("In 2021, Hunan's exports rose 8 percent. Among them, motorcycle exports were 4.21 billion yuan, up 31.5%.", Y2021);
    expect(one(facts, 4.21)).toMatchObject({ entity: "hunan", metric: "exports", subject: "motorcycle" });
    expect(one(facts, 31.5)).toMatchObject({ subject: "motorcycle" });
  });
  it("start a clause of their own after a figure and a bare \"and\"", () => {
    const facts = factsOf("In 2021, Hunan's exports of tyres rose 12.1 percent to 3.35 billion yuan and exports of electric bicycles "
      + "more than doubled, up 108.4 percent to 2.07 billion yuan.", Y2021);
    expect(one(facts, 3.35).subject).toBe("tyres");
    expect(one(facts, 108.4)).toMatchObject({ subject: "electric bicycles" });
    expect(one(facts, 2.07)).toMatchObject({ subject: "electric bicycles" });
  });
  it("are the things a count of shipped goods counts, and own the value after it", () => {
    const facts = factsOf("Hunan exported 3.6 million mobile phones last year, worth 1.44 billion dollars, an increase of 7.7 percent.", Y2021);
    expect(one(facts, 3.6)).toMatchObject({ measure: "count", metric: "exports", subject: "mobile phones" });
    expect(one(facts, 1.44)).toMatchObject({ measure: "amount", subject: "mobile phones" });
  });
  it("keep their figures when a noun phrase set between them and the verb names places", () => {
    const facts = factsOf("In 2021, Hunan's imports reached 40 billion yuan. Imports of iron ore, the feedstock for the steel mills "
      + "in Loudi, Xiangtan and Hengyang, rose 18.3 percent to 9.12 billion yuan, accounting for 22.8 percent of Hunan's imports.", Y2021);
    expect(one(facts, 9.12)).toMatchObject({ entity: "hunan", subject: "iron ore" });
    expect(one(facts, 22.8)).toMatchObject({ entity: "hunan", measure: "share" });
  });
  it("are never a conjunction before the flow", () => {
    const facts = factsOf("In 2021, imports through Erenhot port fell 2.2 percent to 15.5 billion yuan, but exports rose 9.9 percent "
      + "to 4.4 billion yuan.", Y2021);
    expect(one(facts, 4.4).subject).toBeUndefined();
    expect(one(facts, 9.9).qualifier ?? "").not.toMatch(/\bbut\b/);
  });
});

describe("a rank", () => {
  it("stated as \"the Nth-fastest among\" is a rank by growth of the total", () => {
    const facts = factsOf("Shanxi's imports and exports rose 40.5 percent in 2021. Exports rose 44.1 percent and imports 35.2 percent. "
      + "The growth rate was the fourth-fastest among China's 31 provincial-level regions.", Y2021);
    expect(one(facts, 4)).toMatchObject({ entity: "shanxi", metric: "trade", measure: "rank", qualifier: "growth rate" });
  });
  it("of a place's \"total\" is of its trade, whatever flow the sentence before was on", () => {
    const facts = factsOf("Shanxi's exports rose 6.2 percent in 2021. The province's total ranked 21st in the country.", Y2021);
    expect(one(facts, 21)).toMatchObject({ entity: "shanxi", metric: "trade", measure: "rank" });
  });
});

describe("a figure looked ahead to", () => {
  it("is marked as a forecast: a target set for next year", () => {
    const facts = factsOf("Shanxi's trade rose 5 percent in 2021. The province set a target of 12 percent growth in foreign trade "
      + "for 2022.", Y2021);
    expect(one(facts, 5).qualifier).toBeUndefined();
    expect(one(facts, 12).qualifier).toMatch(/\bforecast\b/);
  });
  it("is a target for the whole year when named so after the figure, of the city the text is about, not a port passed through", () => {
    const facts = factsOf("Jiaxing's imports and exports reached 3.21 billion yuan from January to May 2022. We will ship more goods "
      + "through Lianyungang Port. Our goal is for the city's foreign trade to exceed 9 billion yuan for the whole year.",
    { published: "2022-06-20" });
    const target = one(facts, 9);
    expect([target.entity, target.period && periodLabel(target.period)]).toEqual(["city:jiaxing", "2022"]);
    expect(target.qualifier).toMatch(/\bforecast\b/);
  });
  it("is marked for every item of a list of targets after its colon, past a semicolon", () => {
    const facts = factsOf("Shanxi's trade rose 5 percent in 2021. The main targets for this year are: growth of output of around 6 "
      + "percent; and foreign trade that keeps steady, with imports and exports growing by around 4 percent.", Y2021);
    expect([6, 4].map((v) => one(facts, v).qualifier)).toEqual([expect.stringMatching(/\bforecast\b/),
      expect.stringMatching(/\bforecast\b/)]);
    expect(one(facts, 4).metric).toBe("trade");
  });
  it("is marked for every item of a list of targets on lines of their own under a lead, of the lead's year", () => {
    const facts = factsOf("## Review of 2031\n\nShanxi's total imports and exports reached 210.4 billion yuan in 2031, up 3.3 "
      + "percent. Its GDP grew 4.4 percent.\n\n## Targets for 2032\n\nThe main targets for 2032 are as follows:\n\n- GDP growth "
      + "of around 4.9 percent;\n- growth in total imports and exports of about 6 percent;\n- the Brannock New Area's foreign "
      + "trade above 17 billion yuan.\n\nThe province's trade grew 2.2 percent in December.", { published: "2032-01-15" });
    expect(one(facts, 3.3).qualifier).toBeUndefined();
    const target = one(facts, 6);
    expect([target.metric, target.qualifier, target.period && periodLabel(target.period)]).toEqual(["trade", "forecast", "2032"]);
    expect(one(facts, 17)).toMatchObject({ qualifier: "forecast", period: { y1: 2032, y2: 2032 } });
    // (the economy's growth is no growth of trade; a figure after the list is an outcome again)
    expect([4.4, 4.9].map((v) => one(facts, v).metric)).toEqual(["other", "other"]);
    expect(one(facts, 2.2).qualifier).toBeUndefined();
  });
  it("is not marked for items under a lead that says the targets were met or beaten: those are outcomes", () => {
    const facts = factsOf("Shanxi beat its main targets for 2031:\n\n- exports grew 8.2 percent;\n- imports reached 150.3 "
      + "billion yuan.\n\nThe province also opened new routes.", { published: "2032-01-15" });
    expect([8.2, 150.3].map((v) => one(facts, v).qualifier ?? "")).toEqual([expect.not.stringMatching(/forecast/),
      expect.not.stringMatching(/forecast/)]);
  });
  it("is marked for items with no marks, each right under the line before, until one ends with a full stop", () => {
    const facts = factsOf("Shanxi's trade rose 3.3 percent in 2031.\n\nThe targets for 2032 are as follows:\ntrade growth of "
      + "about 6 percent;\nservices trade above 41 billion yuan.\nShanxi's exports rose 2.2 percent in December.",
    { published: "2032-01-15" });
    expect([6, 41].map((v) => one(facts, v).qualifier)).toEqual(["forecast", "services trade, forecast"]);
    expect(one(facts, 2.2).qualifier).toBeUndefined();
  });
  it("is marked for items under a heading of targets, the first ending with a semicolon; a paragraph under one is not", () => {
    const facts = factsOf("Shanxi's trade rose 3.3 percent in 2031.\n\nII. Main targets for 2032\n\ntrade growth of about 6 "
      + "percent;\nservices trade above 41 billion yuan.\n\nShanxi's exports rose 2.2 percent in December.",
    { published: "2032-01-15" });
    expect([6, 41].map((v) => one(facts, v).qualifier)).toEqual(["forecast", "services trade, forecast"]);
    expect(one(facts, 6).period && periodLabel(one(facts, 6).period!)).toBe("2032");
    expect(one(facts, 2.2).qualifier).toBeUndefined();
    const results = factsOf("Shanxi's trade rose 3.3 percent in 2031.\n\n## Targets and results\n\nShanxi's exports rose 2.2 "
      + "percent in 2031.", { published: "2032-01-15" });
    expect(one(results, 2.2).qualifier).toBeUndefined();
  });
  it("is not marked when it only turned out better than expected", () => {
    const facts = factsOf("Shanxi's exports grew 9 percent in 2021, faster than expected.", Y2021);
    expect(one(facts, 9).qualifier).toBeUndefined();
  });
});

describe("goods counted back to", () => {
  it("are the group the sentence before named, not \"three products\"", () => {
    const facts = factsOf("In 2023, Hubei's \"new three\" products of electric vehicles, lithium-ion batteries and solar cells grew "
      + "fast. Exports of the three products reached 37.1 billion yuan, up 21.5 percent.", Y2021);
    expect(one(facts, 37.1)).toMatchObject({ metric: "exports", subject: "new three", qualifier: "new three" });
  });
});

describe("a value shipped", () => {
  it("is never goods named \"yuan\"", () => {
    const facts = factsOf("In 2021, Hunan's private enterprises imported and exported 196.7 billion yuan, up 18.9%.", Y2021);
    expect(one(facts, 196.7).subject).toBe("private enterprises");
    expect(one(facts, 18.9).qualifier ?? "").not.toMatch(/yuan/);
  });
});

// GDP's own growth is no flow; GDP as the whole a flow is set against leaves the flow its own (made-up figures).
describe("GDP beside a flow", () => {
  it("leaves trade a share of GDP and a trade-to-GDP ratio", () => {
    expect(one(factsOf("In 2031, Shanxi's foreign trade equalled 35.2 percent of its GDP.", Y2021), 35.2).metric).toBe("trade");
    expect(one(factsOf("In 2031, Shanxi's trade-to-GDP ratio was 12.3 percent.", Y2021), 12.3).metric).toBe("trade");
  });
});

