import { describe, expect, it } from "vitest";
import type { Fact } from "../text/terms.js";
import { factsOf } from "./helpers/facts.js";

// What a figure carries besides its owner and value (extractSentence in facts/extract.ts): the base a change is
// against, the earlier period a change in points is against, a forecast, the flow and partner a share is of, and the
// facts a statement about "all" of a group's members gives each. Made-up sentences. (Written against the mutants that
// survived the facts area's mutation run, Stop 26: a base before the figure taken as its own, the earlier period read
// at the wrong offset or without the figure's year, a forecast read after the figure, a share of its own flow given
// that flow again, "all" read after the figure, every group named by the first one, a left-out verb's change signed
// by the amount before it, a rate given the earlier period of the change in points after it.)
const one = (text: string, value: number): Fact => {
  const found = factsOf(text).filter((f) => f.value === value && !f.derived);
  expect(found).toHaveLength(1);
  return found[0]!;
};

describe("what a change is against", () => {
  it("is the comparison right after the figure, never one before it", () => {
    expect(one("Hubei's exports rose 5.1 percent in 2023 compared with 2022.", 5.1).base).toBe("compared with 2022");
    expect(one("Compared with 2022, Hubei's exports rose 5.1 percent in 2023.", 5.1)).not.toHaveProperty("base");
  });
  it("is, for a change in points, the earlier period after 'than', in the figure's year or in none", () => {
    const dated = one("Hubei's exports rose 5.1 percent in 2023. The growth was 2.1 percentage points faster than in the "
      + "first quarter.", 2.1);
    expect(dated).toMatchObject({ measure: "pp_change", basePeriod: { y1: 2023, m1: 1, y2: 2023, m2: 3 } });
    const undated = one("Hubei's export growth was 2.1 percentage points faster than in the first quarter.", 2.1);
    expect(undated).toMatchObject({ measure: "pp_change", basePeriod: { y1: null, m1: 1, y2: null, m2: 3 } });
  });
});

describe("a change whose verb is left out", () => {
  it("goes the way of the sentence's change before, a fall after a fall", () => {
    const text = "Hubei's trade with Africa fell 8.6 percent to 19.77 billion yuan, and with Latin America 9.1 percent to "
      + "24.03 billion yuan.";
    expect(one(text, -9.1)).toMatchObject({ measure: "growth", partner: "partner:latam" });
  });
  it("keeps a change against an earlier period to the figure in points, not the rate before it", () => {
    const text = "Hubei's exports grew 5.1 percent, 2 points faster than in the first quarter.";
    expect(one(text, 5.1)).not.toHaveProperty("basePeriod");
    expect(one(text, 2)).toMatchObject({ measure: "pp_change", basePeriod: { m1: 1, m2: 3 } });
  });
});

describe("a figure's measure taken from the figure before", () => {
  it("is a share for the next item 'followed by' a share, and a plain rate with no figure before", () => {
    const text = "Hubei's trade grew. In Hubei, private firms accounted for 43.5 percent of trade, followed by "
      + "foreign-invested firms with 42.2 percent.";
    expect(one(text, 42.2)).toMatchObject({ measure: "share", subject: "foreign-invested enterprises" });
    expect(one("Hubei's tax rebate rate was 13 percent.", 13)).toMatchObject({ measure: "rate", unit: "%" });
  });
});

describe("a figure's qualifier", () => {
  it("is a forecast only when the looking ahead comes before the figure", () => {
    expect(one("Hubei's exports are expected to grow 5 percent in 2024.", 5).qualifier).toBe("forecast");
    expect(one("Zhejiang's exports rose 5.1 percent in 2023 and are expected to grow further next year.", 5.1))
      .not.toHaveProperty("qualifier");
  });
  it("is a forecast when the figure is only likely or on course to be reached", () => {
    expect(one("Analysts said Gansu's trade for the whole year was likely to exceed 61 billion yuan.", 61).qualifier)
      .toBe("forecast");
    expect(one("Gansu's exports are on course to reach 8.4 billion yuan this year.", 8.4).qualifier).toBe("forecast");
    expect(one("Gansu's exports were unlikely to reach 7.3 billion yuan in 2024.", 7.3).qualifier).toBe("forecast");
  });
  it("takes nothing from a cause set aside before the figure", () => {
    expect(one("Zhejiang's exports, boosted by Yiwu's small-commodity exports, rose 5.1 percent in 2023.", 5.1))
      .not.toHaveProperty("qualifier");
  });
});

describe("a figure's owner named after it", () => {
  it("is the place the figure is 'for', not the sentence's subject", () => {
    const text = "Heshan's foreign trade came to 7.31 billion dollars in 2030, up 12.2 percent, against 150.3 billion dollars "
      + "for Guangdong as a whole.";
    expect(one(text, 150.3)).toMatchObject({ entity: "guangdong", metric: "trade", measure: "amount" });
    expect(one(text, 7.31)).toMatchObject({ entity: "city:heshan" });
  });
});

describe("what a share is of", () => {
  it("names the flow it is of only when that is another flow than its own", () => {
    expect(one("Hubei's exports made up 55 percent of its total trade.", 55)).toMatchObject({ metric: "exports",
      ofMetric: "trade", shareOf: "own" });
    expect(one("Hubei's trade with ASEAN made up 15 percent of its total trade.", 15)).not.toHaveProperty("ofMetric");
  });
  it("is of the trade with the partner named after it", () => {
    expect(one("Hubei's exports made up 43.4 percent of China's total trade with the five Central Asian countries.", 43.4))
      .toMatchObject({ entity: "hubei", partner: "partner:central-asia", ofMetric: "trade" });
  });
});

describe("a statement about all of a group's members", () => {
  it("holds for each member, named by the group it was said of", () => {
    const text = "Hubei's trade grew. In 2023, the three central provinces - Hubei, Hunan and Henan - grew fast. The two "
      + "coastal provinces - Jiangsu and Zhejiang - all saw exports grow 5 percent.";
    const derived = factsOf(text).filter((f) => f.derived);
    expect(derived.map((f) => [f.entity, f.value, f.derived!.formula])).toEqual([
      ["jiangsu", 5, "stated for all of the two coastal provinces"],
      ["zhejiang", 5, "stated for all of the two coastal provinces"],
    ]);
  });
  it("is only 'all' said before the figure", () => {
    const text = "In 2023, the three central provinces - Hubei, Hunan and Henan - saw exports grow 5 percent, all of them "
      + "ahead of Jiangxi.";
    expect(factsOf(text).filter((f) => f.derived)).toEqual([]);
    expect(one(text, 5)).toMatchObject({ entity: "group:three-central-provinces", members: ["hubei", "hunan", "henan"] });
  });
});

describe("a figure per resident", () => {
  const text = "Lanxi had 8.41 million permanent residents at the end of 2030, so goods trade came to about 41,300 yuan "
    + "per resident, roughly twice the national average. For comparison, the figure was about 38,200 yuan in 2029.";
  it("is a total over the people in its unit, never the place's total, and so is 'the figure' restated after it", () => {
    const facts = factsOf(text, { published: "2031-01-20" });
    expect(facts.find((f) => f.value === 41300)).toMatchObject({ metric: "trade", measure: "amount", unit: "yuan per resident" });
    expect(facts.find((f) => f.value === 38200)).toMatchObject({ measure: "amount", unit: "yuan per resident" });
  });
  it("counts the residents as people, never as money or trade", () => {
    const residents = factsOf(text, { published: "2031-01-20" }).find((f) => f.value === 8.41);
    expect(residents).toMatchObject({ measure: "count", metric: "other" });
    expect(residents!.unit).not.toMatch(/yuan/);
  });
});

describe("the places a ranking of figures per resident goes on to", () => {
  // (made-up provinces' figures: the lead's "per head", never said again after it)
  const text = "Qinghai had the highest per-head trade at 92,400 yuan in 2031. It was followed by Hunan at 81,500 yuan, "
    + "Hubei at 60,200 yuan and Anhui at 41,000 yuan. Gansu and Jiangxi came next with 30,100 yuan and 29,800 yuan "
    + "respectively, and Yunnan ranked seventh with 20,700 yuan. Hunan's total trade was 3.4 trillion yuan.";
  const facts = factsOf(text, { published: "2032-02-01" });
  const unitOf = (value: number) => facts.find((f) => f.value === value && !f.derived)?.unit;
  it("are over the same heads as its lead, however the ranking goes on", () => {
    for (const v of [81500, 60200, 41000, 30100, 29800, 20700]) expect(unitOf(v)).toBe("yuan per head");
  });
  it("leave a total of another scale after them a total", () => {
    expect(unitOf(3.4)).toBe("trillion yuan");
  });
  it("leave a ranking of totals alone", () => {
    const totals = factsOf("Hunan's trade was 81,500 yuan. It was followed by Hubei at 60,200 yuan.", { published: "2032-02-01" });
    expect(totals.filter((f) => f.value === 60200).map((f) => f.unit)).toEqual(["yuan"]);
  });
});
