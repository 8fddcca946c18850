import { describe, expect, it } from "vitest";
import { factsOf } from "./helpers/facts.js";
import { periodLabel } from "../text/periods.js";
import type { Fact } from "../text/terms.js";

// A province's (or region's) growth rate worked out from a city's growth and its stated gap to the province's average:
// when it is, with what formula, and when the figures do not fit together. Made-up sentences.
const H1 = { published: "2025-07-18" };
const derived = (facts: Fact[]) => facts.filter((f) => f.derived).map((f) => ({
  entity: f.entity, metric: f.metric, measure: f.measure, value: f.value, period: f.period && periodLabel(f.period),
  formula: f.derived!.formula, from: f.derived!.from.length,
}));

describe("a province's rate from a city's growth and its gap to the average", () => {
  it("adds a gap below the average, and says so", () => {
    const facts = factsOf("Baotou's exports grew 16.8 percent in the first half of 2025, 9.4 percentage points lower than the "
      + "regional average.", H1);
    expect(derived(facts)).toEqual([{ entity: "inner-mongolia", metric: "exports", measure: "growth", value: 26.2,
      period: "first half of 2025", formula: "16.8 + 9.4 = 26.2, from Baotou's growth and its gap to the average", from: 2 }]);
  });
  it("takes a gap above the provincial average off", () => {
    const facts = factsOf("Tangshan's trade grew 10.5 percent in the first half of 2025, 3.5 percentage points higher than the "
      + "provincial average.", H1);
    expect(derived(facts)).toEqual([{ entity: "hebei", metric: "trade", measure: "growth", value: 7, period: "first half of 2025",
      formula: "10.5 − 3.5 = 7, from Tangshan's growth and its gap to the average", from: 2 }]);
    expect(facts.find((f) => f.measure === "pp_gap")?.scope).toBe("provincial");
  });
  it("is worked out once, from the first city, when two cities of one region give their gaps", () => {
    const facts = factsOf("Baotou's trade grew 16.8 percent in the first half of 2025, 9.4 percentage points higher than the "
      + "regional average. Ordos's trade grew 20.5 percent, 13.1 percentage points higher than the regional average.", H1);
    expect(derived(facts).map((f) => [f.entity, f.value])).toEqual([["inner-mongolia", 7.4]]);
  });
});

describe("rates of several provinces and flows", () => {
  it("works out one rate per province, and per flow, each with an id of its own", () => {
    const two = factsOf("Baotou's trade grew 16.8 percent in the first half of 2025, 9.4 percentage points higher than the "
      + "regional average. Tangshan's trade grew 10.5 percent, 3.5 percentage points higher than the provincial average.", H1);
    expect(derived(two).map((f) => [f.entity, f.metric, f.value])).toEqual([["inner-mongolia", "trade", 7.4], ["hebei", "trade", 7]]);
    const flows = factsOf("Baotou's exports grew 16.8 percent in the first half of 2025, 9.4 percentage points higher than the "
      + "regional average. Its imports grew 5.2 percent, 2.1 percentage points higher than the regional average.", H1);
    expect(derived(flows).map((f) => [f.entity, f.metric, f.value])).toEqual([["inner-mongolia", "exports", 7.4],
      ["inner-mongolia", "imports", 3.1]]);
    for (const facts of [two, flows]) expect(new Set(facts.map((f) => f.id)).size).toBe(facts.length);
  });
});

describe("figures that do not give a province's rate", () => {
  it("a rank among the province's cities (a scope, but no gap)", () => {
    const facts = factsOf("Tangshan's trade grew 10.5 percent in the first half of 2025, ranking third in the province.", H1);
    expect(facts.find((f) => f.measure === "rank")).toMatchObject({ value: 3, scope: "in the province" });
    expect(derived(facts)).toEqual([]);
  });
  it("a gap of another flow than the growth's", () => {
    const facts = factsOf("Baotou's trade grew 16.8 percent in the first half of 2025. Its export growth was 9.4 percentage points "
      + "higher than the regional average.", H1);
    expect(facts.find((f) => f.measure === "pp_gap")).toMatchObject({ metric: "exports", scope: "regional" });
    expect(derived(facts)).toEqual([]);
  });
  it("a growth of another period than the gap's", () => {
    const facts = factsOf("Baotou's trade grew 16.8 percent in 2024. In the first half of 2025, its trade growth was 9.4 "
      + "percentage points higher than the regional average.", H1);
    expect(derived(facts)).toEqual([]);
  });
  it("a growth of the trade with one partner", () => {
    const facts = factsOf("Baotou's trade with Mongolia grew 16.8 percent in the first half of 2025, 9.4 percentage points higher "
      + "than the regional average.", H1);
    expect(facts.filter((f) => f.partner === "partner:mn").map((f) => f.measure)).toEqual(["growth", "pp_gap"]);
    expect(derived(facts)).toEqual([]);
  });
  it("a place with no province above it", () => {
    const facts = factsOf("Chongqing's trade grew 10.5 percent in the first half of 2025, 3.5 percentage points higher than the "
      + "regional average.", H1);
    expect(facts.find((f) => f.measure === "pp_gap")?.scope).toBe("regional");
    expect(derived(facts)).toEqual([]);
  });
  it("a gap to the national average", () => {
    const facts = factsOf("Tangshan's trade grew 10.5 percent in the first half of 2025, 3.5 percentage points higher than the "
      + "national average.", H1);
    expect(facts.find((f) => f.measure === "pp_gap")?.scope).toBeUndefined();
    expect(derived(facts)).toEqual([]);
  });
});
