import { describe, expect, it } from "vitest";
import { factsOf, one } from "./helpers/facts.js";
import { periodLabel } from "../text/periods.js";
import type { Fact } from "../text/terms.js";

// The flow, measure and unit a figure takes from around it when its own words do not say: a list's flow from the
// sentence before, "followed by … with N percent", a bare amount's currency, a count of partners, and what a share's
// reading adds to other figures (nothing). Made-up sentences.
const Y2023 = { published: "2024-01-20" };
const seen = (f: Fact) => ({
  entity: f.entity, metric: f.metric, measure: f.measure, value: f.value, unit: f.unit, period: f.period && periodLabel(f.period),
});

describe("a list mapped 'respectively' with no flow of its own", () => {
  it("takes the one flow the sentence before named", () => {
    const facts = factsOf("Hebei's exports rose in 2023. Hebei and Shanxi rose 3.1 and 2.2 percent respectively.", Y2023);
    expect(seen(one(facts, 3.1))).toEqual({ entity: "hebei", metric: "exports", measure: "growth", value: 3.1, unit: "%", period: "2023" });
    expect(seen(one(facts, 2.2))).toEqual({ entity: "shanxi", metric: "exports", measure: "growth", value: 2.2, unit: "%", period: "2023" });
  });
  it("is total trade when the sentence before named both flows", () => {
    const facts = factsOf("Hebei's exports and imports rose in 2023. Hebei and Shanxi rose 3.1 and 2.2 percent respectively.", Y2023);
    expect([one(facts, 3.1).metric, one(facts, 2.2).metric]).toEqual(["trade", "trade"]);
  });
});

describe("'followed by … with N percent'", () => {
  it("is the same measure as a share before it", () => {
    const facts = factsOf("In Hebei, private firms accounted for 43.5 percent of trade in 2023, followed by foreign-invested firms "
      + "with 42.2 percent.", Y2023);
    expect(one(facts, 42.2)).toMatchObject({ entity: "hebei", measure: "share", subject: "foreign-invested enterprises", shareOf: "own" });
  });
  it("is not a share after an amount: a percentage cannot continue an amount", () => {
    const facts = factsOf("In Hebei, private firms' trade reached 30.5 billion yuan in 2023, followed by foreign-invested firms "
      + "with 42.2 percent.", Y2023);
    expect(one(facts, 30.5)).toMatchObject({ measure: "amount", unit: "billion yuan" });
    expect(one(facts, 42.2)).toMatchObject({ entity: "hebei", unit: "%", subject: "foreign-invested enterprises" });
    expect(one(facts, 42.2).measure).not.toBe("amount");
  });
});

describe("a bare amount's currency", () => {
  it("is the currency of the sentence before, when its own names none", () => {
    const facts = factsOf("Hebei's trade reached 40 billion US dollars in 2023. Exports came to 25.2 billion.", Y2023);
    expect(seen(one(facts, 25.2))).toEqual({ entity: "hebei", metric: "exports", measure: "amount", value: 25.2,
      unit: "billion US dollars", period: "2023" });
  });
  it("is the currency its own sentence names, over the sentence before's", () => {
    const facts = factsOf("Hebei's trade reached 40 billion US dollars in 2023. Exports came to 25.2 billion, and imports 100 billion yuan.",
      Y2023);
    expect(one(facts, 25.2)).toMatchObject({ metric: "exports", unit: "billion yuan" });
  });
});

describe("a ranking the sentence before began", () => {
  it("reads 'X followed with N, then Y with M' in the flow of the sentence before", () => {
    const facts = factsOf("Jiangsu led with trade of 2.79 trillion yuan in 2023, up 4.3 percent. Zhejiang followed with 2.63 "
      + "trillion yuan, up 6.5 percent, then Anhui with 0.4 trillion yuan.", { published: "2024-01-20" });
    expect([2.63, 6.5, 0.4].map((v) => [one(facts, v).entity, one(facts, v).metric]))
      .toEqual([["zhejiang", "trade"], ["zhejiang", "trade"], ["anhui", "trade"]]);
  });
});

describe("'the total' after a lead that says how it is measured", () => {
  it("reads 'Measured in US dollars, the total was N' as the flow of the sentence before", () => {
    const facts = factsOf("Fujian's foreign trade reached 1,320.4 billion yuan in 2015, up 1.2 percent. Measured in US dollars, the "
      + "total was 212.5 billion dollars, up 0.4 percent.", { published: "2016-01-20" });
    expect([one(facts, 212.5).metric, one(facts, 0.4).metric]).toEqual(["trade", "trade"]);
  });
});

describe("a threshold passed", () => {
  it("is read from the words right after the figure, not from the sentence's first word", () => {
    const facts = factsOf("Milestone year: Hebei's trade reached 400 billion yuan in 2023.", Y2023);
    expect(seen(one(facts, 400))).toEqual({ entity: "hebei", metric: "trade", measure: "amount", value: 400, unit: "billion yuan",
      period: "2023" });
    expect(one(facts, 400).approx).toBeUndefined();
  });
});

describe("counts, and what only shares carry", () => {
  it("reads a count of countries and regions traded with as partners", () => {
    const facts = factsOf("Hebei traded with 210 countries and regions in 2023.", Y2023);
    expect(seen(one(facts, 210))).toEqual({ entity: "hebei", metric: "partners", measure: "count", value: 210,
      unit: "countries and regions", period: "2023" });
  });
  it("gives no whole to a growth or an amount, and no level of last year to an amount's change in points", () => {
    const facts = factsOf("Hebei's exports reached 20 billion yuan in 2023, up 1.5 percentage points from the previous year, "
      + "and its imports grew 4.4 percent of late.", Y2023);
    expect(facts.map((f) => [f.value, f.measure])).toEqual([[20, "amount"], [1.5, "pp_change"], [4.4, "growth"]]);
    expect(facts.every((f) => f.shareOf === undefined && f.ofMetric === undefined && !f.derived)).toBe(true);
  });
});

describe("a quantity of goods and its worth", () => {
  it("gives the goods counted after the quantity to it and to the value after it", () => {
    const facts = factsOf("Shanxi imported 3.4 million tonnes of iron ore in 2023, worth 2.9 billion yuan.", { published: "2024-01-20" });
    expect(facts.map((f) => [f.metric, f.measure, f.value, f.subject])).toEqual([
      ["imports", "count", 3.4, "iron ore"], ["imports", "amount", 2.9, "iron ore"],
    ]);
  });
});
