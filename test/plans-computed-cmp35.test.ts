import { describe, expect, it } from "vitest";
import { parseQuestion } from "../retrieval/figures/query.js";
import { readPlan } from "../retrieval/plans/read.js";
import { flowModifiers } from "../retrieval/evidence.js";

// Computed figures: the plan a question's shape asks for (retrieval/plans/read.ts). Made-up questions.
const plan = (text: string) => readPlan(parseQuestion(text));

describe("a balance with one partner", () => {
  it.each([
    "hunan's trade balance with taiwan in 2019?",
    "hunan's trade surplus with hong kong in 2019",
    "hunan's deficit with taiwan in 2019",
  ])("%s: the place's exports to and imports from the partner, not the partner's own flows", (text) => {
    const p = plan(text)!;
    expect(p.operation).toBe("balance");
    expect(p.inputs.map((i) => [i.entity, i.metric])).toEqual([["hunan", "exports"], ["hunan", "imports"]]);
    expect(p.inputs.every((i) => i.partner !== undefined)).toBe(true);
  });
  it("a second place compared is still a side, no partner", () => {
    const p = plan("compare hunan's trade balance with hubei's in 2020")!;
    expect(p.inputs.map((i) => i.entity)).toEqual(["hunan", "hunan", "hubei", "hubei"]);
  });
});

describe("an earlier level implied by a later one and its change", () => {
  it("'implied by the 2019 number and its yoy' works back from 2019", () => {
    const p = plan("hunan's trade with peru in 2018, implied by the 2019 number and its yoy?")!;
    expect(p.operation).toBe("earlier");
    expect(p.inputs.map((i) => [i.measure, i.period?.y1])).toEqual([["amount", 2019], ["growth", 2019]]);
  });
});

describe("the change in money over one period", () => {
  it("'how much did its trade drop in 2020, in yuan' is 2020's level less 2019's", () => {
    const p = plan("how much did hunan's total trade drop in 2020, in yuan?")!;
    expect(p.operation).toBe("overTime");
    expect(p.changes).toEqual(["difference"]);
    expect(p.inputs.map((i) => i.period?.y1)).toEqual([2020, 2019]);
  });
  it.each([
    "how much did hunan's trade shrink in 2020 in absolute terms?",
    "how much did hunan's exports fall in 2020 in absolute terms, usd?",
  ])("%s: 'in absolute terms' asks 2020's level less 2019's", (text) => {
    const p = plan(text)!;
    expect(p.operation).toBe("overTime");
    expect(p.inputs.map((i) => i.period?.y1)).toEqual([2020, 2019]);
  });
  it("a growth asked with no money stays a rate", () => {
    expect(plan("how much did hunan's exports grow in 2021?")?.operation).not.toBe("overTime");
  });
  it("'its h1 trade from 2018 to 2019' is the first half of each year", () => {
    const p = plan("how much did hunan's h1 trade go up from 2018 to 2019, in bn yuan?")!;
    expect(p.operation).toBe("overTime");
    expect(p.inputs.map((i) => i.period)).toEqual([
      { y1: 2019, m1: 1, y2: 2019, m2: 6 }, { y1: 2018, m1: 1, y2: 2018, m2: 6 },
    ]);
  });
});

describe("a part's share of a whole named after 'share of'", () => {
  it("a county-level city filed under its province is placed in the city the question names as the whole", () => {
    const p = plan("what share of jinhua's 2015 exports came from yiwu?")!;
    expect(p.operation).toBe("part");
    expect(p.inputs.map((i) => [i.entity, i.metric])).toEqual([["city:yiwu", "exports"], ["city:jinhua", "exports"]]);
  });
  it("a province is no part of a city", () => {
    expect(plan("what share of jinhua's 2015 exports came from zhejiang?")).toBeUndefined();
  });
});

describe("cross-strait trade", () => {
  it("is a mainland place's trade with Taiwan, so its balance is with Taiwan", () => {
    const p = plan("hunan's cross-strait trade balance in 2019 - surplus or deficit?")!;
    expect(p.operation).toBe("balance");
    expect(p.inputs.map((i) => [i.entity, i.metric, i.partner])).toEqual([["hunan", "exports", "taiwan"], ["hunan", "imports", "taiwan"]]);
  });
  it("leaves no word a cited sentence has to say beside Taiwan", () => {
    expect(flowModifiers(parseQuestion("hunan's cross-strait trade balance in 2019?"))).toEqual([]);
  });
});
