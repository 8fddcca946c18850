import { describe, expect, it } from "vitest";
import { factsOf } from "./helpers/facts.js";
import { periodLabel } from "../text/periods.js";

// A sentence going on from the one before (seriesBegun, seriesPeriod, ownedByZone, and the carry-over of
// extractDocumentFacts): a series of cities' amounts, quarters named once, a zone's figures after a place's, and the
// topic a sentence with no figure leaves. (Written against the mutants that survived the facts area's mutation run,
// issue 17 second round: a series carried to a place of another province, to the same place, to a partner's or a zone's
// trade or after a flow is named; quarters read with no quarter or half named; a zone's growth points given to the
// place; a partner or a place named only as where made the topic.)
const Y2023 = { title: "Trade news", published: "2024-01-20" };
const read = (text: string) => factsOf(text, Y2023).map((f) => [f.entity, f.metric, f.value, f.subject]);
const LEAD = "Zhejiang's trade rose in 2023. Hangzhou led, with e-commerce exports of 136.8 billion yuan.";
const EC = "cross-border e-commerce";

describe("a series of places' amounts", () => {
  it("goes on in the flow and goods of the amount before for a place of the same province", () => {
    expect(read(`${LEAD} Jinhua recorded 112.5 billion yuan.`)[1]).toEqual(["city:jinhua", "exports", 112.5, EC]);
  });
  it("does not go on to a place of another province, the same place, or a province", () => {
    for (const next of ["Wuhan", "Hangzhou", "Jiangsu"]) {
      const [entity, metric, , subject] = read(`${LEAD} ${next} recorded 112.5 billion yuan.`)[1]!;
      expect([entity, metric, subject], next)
        .toEqual([expect.stringContaining(next.toLowerCase()), "other", undefined]);
    }
  });
  it("does not go on from an amount of trade with a partner, nor past a place not opening the sentence", () => {
    const partner = read("Zhejiang's trade rose in 2023. "
      + "Hangzhou led, with e-commerce exports to Japan of 136.8 billion yuan. "
      + "Jinhua recorded 112.5 billion yuan.");
    expect(partner[1]).toEqual(["city:jinhua", "other", 112.5, undefined]);
    expect(read(`${LEAD} In Jinhua, trade recorded 112.5 billion yuan.`)[1])
      .toEqual(["city:jinhua", "trade", 112.5, undefined]);
    const zone = read("Hainan's trade rose in 2023. "
      + "Exports through the Yangpu Bonded Port Area came to 31.2 billion yuan. "
      + "Haikou recorded 12 billion yuan.");
    expect(zone[1]).toEqual(["city:haikou", "other", 12, undefined]);
  });
});

describe("quarters named once", () => {
  it("reads 'the second', 'the third' as the quarters after the first", () => {
    const facts = factsOf("Hubei's trade rose in 2023: the first quarter recorded 152.3 billion yuan, the second 161.8 "
      + "billion "
      + "yuan and the third 170.1 billion yuan.", Y2023);
    expect(facts.map((f) => [f.value, f.period && periodLabel(f.period)]))
      .toEqual([[152.3, "Q1 2023"], [161.8, "April–June 2023"], [170.1, "July–September 2023"]]);
  });
  it("reads no quarter into 'the first', 'the second' when no quarter or half is named", () => {
    const text = "Hubei's trade rose in 2023: the first recorded 152.3 billion yuan, the second 161.8 billion yuan.";
    const facts = factsOf(text, Y2023);
    expect(facts.map((f) => [f.value, f.period && periodLabel(f.period)])).toEqual([[152.3, "2023"], [161.8, "2023"]]);
  });
});

describe("a zone's figures in a sentence about a place", () => {
  const zone = "Hainan's trade rose in 2023. Exports through the Yangpu Bonded Port Area grew 8 percent";
  it("gives the zone the points it added to the place's growth", () => {
    const added = factsOf(`${zone}, driving the province's trade growth by 1.2 percentage points.`, Y2023);
    expect(added.map((f) => [f.entity, f.value]))
      .toEqual([["zone:Yangpu Bonded Port Area", 8], ["zone:Yangpu Bonded Port Area", 1.2]]);
  });
  it("leaves a place named before its figure, and a figure turned back to the place, the place's", () => {
    expect(factsOf(`${zone}, and Haikou's imports rose 2 percent.`, Y2023).map((f) => f.entity))
      .toEqual(["zone:Yangpu Bonded Port Area", "city:haikou"]);
    expect(factsOf(`${zone}, while those of the city rose 2 percent.`, Y2023).map((f) => f.entity))
      .toEqual(["zone:Yangpu Bonded Port Area", "hainan"]);
  });
});

describe("the topic a sentence with no figure leaves", () => {
  it("is not a partner it names", () => {
    const text = "Hubei's trade rose in 2023. Trade with Japan was brisk. Exports rose 5 percent.";
    expect(read(text)[0]?.[0]).toBe("hubei");
  });
  it("is not a place named only as where something happened, but a place named as owner", () => {
    const lead = "Zhejiang's trade rose in 2023.";
    expect(read(`${lead} Storms held up port logistics in Shanghai. The province's exports rose 5 percent.`)[0]?.[0])
      .toBe("zhejiang");
    expect(read(`${lead} Firms in Ningbo and Wenzhou were busy. Exports rose 5 percent.`)[0]?.[0]).toBe("zhejiang");
    expect(read(`${lead} Ningbo's port was busy. Exports rose 5 percent.`)[0]?.[0]).toBe("city:ningbo");
    // ("the city", "the province" after it is still the one before, not the one named as where)
    const city = "Hangzhou's trade rose 5 percent in 2023.";
    expect(read(`${city} Storms held up port logistics in Ningbo. The city's exports rose 3 percent.`)[1]?.[0])
      .toBe("city:hangzhou");
    expect(read(`${city} Ningbo's port was busy. The city's exports rose 3 percent.`)[1]?.[0]).toBe("city:ningbo");
    expect(read(`${lead} Storms held up port logistics in Jiangsu. The province's exports rose 3 percent.`)[0]?.[0])
      .toBe("zhejiang");
  });
});
