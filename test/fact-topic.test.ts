import { describe, expect, it } from "vitest";
import { factsOf, one } from "./helpers/facts.js";
import { periodLabel } from "../text/periods.js";
import type { Fact } from "../text/terms.js";

// Whose a figure is when its sentence names no owner before it: the place the text is about (with the partner the
// sentence names), never a place named in the attribution after it, and never a group the text defined but is not
// talking about. Made-up sentences.
const Y2023 = { published: "2024-01-20" };
const seen = (f: Fact) => ({
  entity: f.entity, partner: f.partner, members: f.members, metric: f.metric, measure: f.measure, value: f.value,
  period: f.period && periodLabel(f.period),
});
const GROUP = "The three northeastern provinces: Liaoning, Jilin and Heilongjiang, reported figures in 2023. ";

describe("a group the text defined", () => {
  it("lends its members to no other place the sentence names", () => {
    const facts = factsOf(`${GROUP}Hebei's trade grew 4.4 percent.`, Y2023);
    expect(seen(one(facts, 4.4))).toEqual({ entity: "hebei", partner: undefined, members: undefined, metric: "trade",
      measure: "growth", value: 4.4, period: "2023" });
  });
  it("lends its members to no other place the text went on to", () => {
    const facts = factsOf(`${GROUP}Hebei's trade grew. Its exports rose 4.4 percent.`, Y2023);
    expect(seen(one(facts, 4.4))).toEqual({ entity: "hebei", partner: undefined, members: undefined, metric: "exports",
      measure: "growth", value: 4.4, period: "2023" });
  });
});

describe("a sentence that names no owner before its figure", () => {
  it("is the trade of the place the text is about with the partner it names", () => {
    const facts = factsOf("Hebei's trade grew in 2023. Trade with ASEAN grew 4.4 percent.", Y2023);
    expect(seen(one(facts, 4.4))).toEqual({ entity: "hebei", partner: "partner:asean", members: undefined, metric: "trade",
      measure: "growth", value: 4.4, period: "2023" });
  });
  it("is not about the city named in who said it", () => {
    const facts = factsOf("Henan's exports rose in 2023. Trade grew 4.4 percent, customs authorities in Zhengzhou said.", Y2023);
    expect(seen(one(facts, 4.4))).toMatchObject({ entity: "henan", measure: "growth", value: 4.4, period: "2023" });
  });
  it("is about a city named right after the figure", () => {
    const facts = factsOf("Henan's exports rose in 2023. Trade grew 4.4 percent in Zhengzhou.", Y2023);
    expect(seen(one(facts, 4.4))).toMatchObject({ entity: "city:zhengzhou", measure: "growth", value: 4.4, period: "2023" });
  });
});

describe("a clause that names no owner after one that said 'the province's'", () => {
  it("goes on with the province, not the city the text named last", () => {
    const facts = factsOf("Hebei's trade grew in 2023. Tangshan's exports rose 5 percent. The province's private enterprises traded "
      + "3.1 billion yuan, while foreign-invested enterprises traded 2.2 billion yuan.", Y2023);
    expect(one(facts, 3.1)).toMatchObject({ entity: "hebei", subject: "private enterprises", measure: "amount" });
    expect(one(facts, 2.2)).toMatchObject({ entity: "hebei", subject: "foreign-invested enterprises", metric: "trade",
      measure: "amount", unit: "billion yuan" });
    expect(one(facts, 5).entity).toBe("city:tangshan");
  });
});

describe("trade with two partners together, after a figure of the clause before", () => {
  const BEFORE = "Hebei's exports rose 3 percent in 2023, and its trade with Vietnam and Thailand was ";
  it("is with neither partner alone", () => {
    const facts = factsOf(`${BEFORE}2.1 billion yuan.`, Y2023);
    expect(seen(one(facts, 2.1))).toEqual({ entity: "hebei", partner: undefined, members: undefined, metric: "trade",
      measure: "amount", value: 2.1, period: "2023" });
  });
  it("is with neither partner alone for the second figure of the same clause ('rose 3 percent to 2.1 billion')", () => {
    const facts = factsOf("Guangxi's durian imports from Vietnam and Thailand rose 3 percent to 2.1 billion yuan in 2023.", Y2023);
    expect([one(facts, 3).partner, one(facts, 2.1).partner, one(facts, 2.1).subject]).toEqual([undefined, undefined, "durian"]);
  });
  it("is with each partner when 'respectively' maps them", () => {
    const facts = factsOf(`${BEFORE}2.1 and 1.3 billion yuan respectively.`, Y2023);
    expect([one(facts, 2.1).partner, one(facts, 1.3).partner]).toEqual(["partner:vn", "partner:th"]);
  });
});

describe("a trade mode the sentence before named", () => {
  it("gives 'Imports and exports through this channel reached N' to the mode the sentence before was about", () => {
    const facts = factsOf("Ningbo's trade grew in 2023. Cross-border e-commerce was the brightest spot. Imports and exports through "
      + "this channel reached 50.2 billion yuan, up 9.1 percent.", Y2023);
    expect([one(facts, 50.2).subject, one(facts, 9.1).subject]).toEqual(["cross-border e-commerce", "cross-border e-commerce"]);
  });
});

describe("a sentence with no figure that names its place after a word in lower case and 'in'", () => {
  it("makes the place the text's topic ('Private enterprises in Hebei …'), as 'Yiwu in … Zhejiang' does not", () => {
    const facts = factsOf("Private enterprises in Hebei grew fast in 2023. Their trade with ASEAN rose 5.1 percent.", Y2023);
    expect(seen(one(facts, 5.1))).toEqual({ entity: "hebei", partner: "partner:asean", members: undefined, metric: "trade",
      measure: "growth", value: 5.1, period: "2023" });
    const located = factsOf("Hebei's trade grew in 2023. Yiwu in Zhejiang grew fast. Its trade with ASEAN rose 5.1 percent.", Y2023);
    expect(one(located, 5.1).entity).toBe("city:yiwu");
  });
});

describe("a place named only as what the topic's figure is set against", () => {
  it("leaves the topic for the next sentence ('higher than that of X province, whose trade grew …. Exports were …')", () => {
    const facts = factsOf("Weifang's imports and exports reached 95.2 billion yuan in 2031, up 5.5 percent. The growth rate "
      + "was 3.1 percentage points higher than that of Shandong province, whose foreign trade grew 2.4 percent. Exports were "
      + "61.3 billion yuan, up 6.8 percent.", { published: "2032-01-20" });
    expect(one(facts, 2.4).entity).toBe("shandong");
    expect(one(facts, 61.3)).toMatchObject({ entity: "city:weifang", metric: "exports" });
    expect(one(facts, 6.8).entity).toBe("city:weifang");
  });
  it("still moves the topic to a place referred back to by its kind ('in the province'), which it names nowhere", () => {
    const facts = factsOf("Shandong's trade reached 3.1 trillion yuan in 2031. Weifang grew faster than 25 percent, at 40.8 "
      + "percent. Over the year, general trade in the province rose 15.2 percent to 1.6 trillion yuan. Bonded logistics "
      + "trade came to 401.5 billion yuan.", { published: "2032-01-20" });
    expect(one(facts, 401.5).entity).toBe("shandong");
  });
});

describe("the province a city's figures are set beside", () => {
  it("leaves the city the topic when named as a whole, or with the city named again after its figure", () => {
    const whole = factsOf("Foshan's trade rose 3.1 percent in 2016. Guangdong province as a whole saw its trade fall 0.8 percent. "
      + "Exports rose 2.9 percent.", { published: "2017-01-20" });
    const again = factsOf("Foshan's trade rose 3.1 percent in 2016. Guangdong's trade fell 0.8 percent, and Foshan stayed third in "
      + "the province. Exports rose 2.9 percent.", { published: "2017-01-20" });
    expect([one(whole, -0.8).entity, one(whole, 2.9).entity]).toEqual(["guangdong", "city:foshan"]);
    expect([one(again, -0.8).entity, one(again, 2.9).entity]).toEqual(["guangdong", "city:foshan"]);
  });
  it("becomes the topic when the text turns to it", () => {
    const facts = factsOf("Foshan's trade rose 3.1 percent in 2016. Guangdong's trade fell 0.8 percent. Exports rose 2.9 percent.",
      { published: "2017-01-20" });
    expect(one(facts, 2.9).entity).toBe("guangdong");
  });
});
