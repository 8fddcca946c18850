import { describe, expect, it } from "vitest";
import { entityName, factLabel, flowText, listNames, ordinal, shareBase, valueText, whatText } from "../retrieval/figures/describe.js";
import {
  bestPerMeasure, candidates, comparabilityKey, groupComparable, matchFact, qualifierOverlap, stem, wordSet, type Spec,
} from "../retrieval/figures/select.js";
import { sentence } from "../retrieval/figures/solve.js";
import type { Fact } from "../text/terms.js";

// Figures as the extractor stores them, made up: how each is described, and which question specs it answers.
let next = 0;
const fact = (over: Partial<Fact>): Fact => ({
  id: `f${next++}`, docId: "d", passageId: "p", start: 0, end: 1, valueStart: 0, valueEnd: 1,
  entity: "hunan", metric: "trade", measure: "amount", value: 100, unit: "billion yuan", scale: 1e9, ...over,
});
const H1_2022 = { y1: 2022, m1: 1, y2: 2022, m2: 6 };
const Q1_2022 = { y1: 2022, m1: 1, y2: 2022, m2: 3 };

describe("how a figure is described", () => {
  it("names places, groups with or without their members, and lists", () => {
    expect(entityName(fact({ entity: "hunan" }))).toBe("Hunan");
    const group = fact({ entity: "group:central-provinces", members: ["hunan", "hubei", "henan"] });
    expect(entityName(group)).toBe("central provinces (Hunan, Hubei and Henan)");
    expect(entityName(group, false)).toBe("central provinces");
    expect(entityName(fact({ entity: "group:central-provinces" }))).toBe("central provinces");
    expect(entityName(fact({ entity: "list:x", members: ["hunan", "hubei"] }))).toBe("Hunan and Hubei");
    expect(listNames(["hunan"])).toBe("Hunan");
    expect(listNames([])).toBe("");
  });
  it("writes a value as the documents do: hedged, in percent, with its dollar equivalent, or as a rank", () => {
    expect(valueText(fact({ value: 12.345 }))).toBe("12.35 billion yuan");
    expect(valueText(fact({ measure: "growth", value: -6.4, unit: "%" }))).toBe("-6.4%");
    expect(valueText(fact({ measure: "share", value: 20, unit: "%", approx: "more than" }))).toBe("more than 20%");
    expect(valueText(fact({ value: 73.05, alt: { value: 10.9, unit: "billion US dollars", scale: 1e9 } })))
      .toBe("73.05 billion yuan ($10.9 billion)");
    expect(valueText(fact({ unit: "billion US dollars", alt: { value: 700, unit: "billion yuan", scale: 1e9 } })))
      .toBe("100 billion US dollars (700 billion yuan)");
    expect(valueText(fact({ measure: "rank", value: 3, unit: "rank" }))).toBe("third");
    expect(valueText(fact({ measure: "listed", value: null }))).toBe("");
    expect(ordinal(12)).toBe("12th");
    expect(ordinal(10)).toBe("tenth");
  });
  it("says the flow with its partner in the direction of the flow, and the qualifier in brackets", () => {
    expect(flowText(fact({ metric: "exports", partner: "partner:asean" }))).toBe("exports to ASEAN");
    expect(flowText(fact({ metric: "imports", partner: "partner:asean" }))).toBe("imports from ASEAN");
    expect(flowText(fact({ partner: "partner:asean" }))).toBe("trade with ASEAN");
    expect(flowText(fact({ metric: "exports", qualifier: "electronic products" }))).toBe("exports (electronic products)");
    expect(flowText(fact({ metric: "other", qualifier: "electronic products" }))).toBe("electronic products");
    expect(flowText(fact({ metric: "surplus", qualifier: "members of the bloc" }))).toBe("trade surplus");
  });
  it("says what whole a share is of", () => {
    expect(shareBase({ shareOf: "own" })).toBe("its total");
    expect(shareBase({})).toBe("the national total");
    expect(shareBase({ shareOf: "national" })).toBe("the national total");
    expect(shareBase({ shareOf: "hubei" })).toBe("Hubei's total");
  });
  it("labels a figure by who, what and when", () => {
    expect(factLabel(fact({ metric: "exports", measure: "growth", unit: "%", period: H1_2022 })))
      .toBe("Hunan · exports, growth · first half of 2022");
    expect(factLabel(fact({ measure: "share", unit: "%", shareOf: "own", subject: "general trade", qualifier: "general trade" })))
      .toBe("Hunan · foreign trade (general trade), share of its total");
    expect(whatText(fact({ measure: "pp_gap", unit: "percentage points" }))).toBe("foreign trade, gap to the national average");
    expect(whatText(fact({ measure: "rank", scope: "nationwide" }))).toBe("foreign trade, rank nationwide");
    expect(whatText(fact({ measure: "rank" }))).toBe("foreign trade, rank");
    expect(whatText(fact({ measure: "multiple" }))).toBe("foreign trade, growth (multiple)");
    expect(whatText(fact({ measure: "pp_change" }))).toBe("foreign trade, change");
    expect(whatText(fact({ measure: "rate" }))).toBe("foreign trade, rate");
    expect(factLabel(fact({}))).toBe("Hunan · foreign trade");
  });
});

describe("which figures answer a question", () => {
  const spec = (over: Partial<Spec>): Spec => ({ words: wordSet("hunan trade"), ...over });
  it("stems plurals, -es after sibilants, -ies, past tenses and possessives, but not short words", () => {
    // (a four-letter plural shares its singular's stem since stop 36: "cups" of "cup", "cars" of "car"; "gas" is no plural)
    expect(["exports", "boxes", "batteries", "printed", "printing", "Hunan's", "gas", "cars"].map(stem))
      .toEqual(["export", "box", "battery", "print", "print", "hunan", "gas", "car"]);
    expect([...wordSet("Solar-cells exports")]).toEqual(["solar-cell", "solar", "cell", "export"]);
  });
  it("counts the qualifier's own words the question uses, and refuses a qualifier it does not", () => {
    expect(qualifierOverlap("mobile phones and laptops", wordSet("exports of phones and laptops"))).toBe(2);
    expect(qualifierOverlap("mobile phones", wordSet("exports of cars"))).toBe(-1);
    // only words every trade figure shares: nothing to tell it by
    expect(qualifierOverlap("total foreign trade", wordSet("exports of cars"))).toBe(0);
  });
  it("answers only with the place, partner, subject, flow, measure and period asked", () => {
    const f = fact({ period: H1_2022 });
    expect(matchFact(f, spec({ entity: "hunan" }))).toBe(1);
    expect(matchFact(f, spec({ entity: "hubei" }))).toBeNull();
    expect(matchFact(f, spec({ partner: "partner:asean" }))).toBeNull();
    expect(matchFact(fact({ partner: "partner:asean" }), spec({}))).toBeNull();
    expect(matchFact(fact({ subject: "general trade" }), spec({ subjects: [] }))).toBeNull();
    expect(matchFact(f, spec({ subjects: ["general trade"] }))).toBeNull();
    expect(matchFact(fact({ subject: "general trade" }), spec({ subjects: ["general trade"] }))).toBe(1);
    expect(matchFact(f, spec({ metric: "exports" }))).toBeNull();
    expect(matchFact(f, spec({ metric: "trade" }))).toBe(0);
    expect(matchFact(f, spec({ measures: ["growth"] }))).toBeNull();
    expect(matchFact(f, spec({ period: H1_2022 }))).toBe(3);
    expect(matchFact(f, spec({ period: Q1_2022 }))).toBeNull();
    // a figure without a period may answer, below one with it
    expect(matchFact(fact({}), spec({ period: H1_2022 }))).toBe(0);
    expect(matchFact(fact({ value: null, measure: "listed" }), spec({}))).toBeNull();
  });
  it("leaves out figures of no flow, investment and partner counts unless a count is asked", () => {
    expect(matchFact(fact({ metric: "other" }), spec({}))).toBeNull();
    expect(matchFact(fact({ metric: "investment" }), spec({}))).toBeNull();
    expect(matchFact(fact({ metric: "partners", measure: "count" }), spec({}))).toBeNull();
    // (a count of partner countries answers a count asked of partners, never "freight volume?")
    const partnerCount = fact({ metric: "partners", measure: "count" });
    expect(matchFact(partnerCount, spec({ measures: ["count"], words: wordSet("hunan trade partner countries") }))).toBe(0);
    expect(matchFact(partnerCount, spec({ measures: ["count"], words: wordSet("hunan freight volume") }))).toBeNull();
    expect(matchFact(fact({ metric: "exports" }), spec({}))).toBe(0);
  });
  it("scores a qualifier the question names, a value it states, and marks down derived and hedged figures", () => {
    const phones = fact({ metric: "exports", qualifier: "mobile phones" });
    expect(matchFact(phones, spec({ words: wordSet("hunan mobile phones exports") }))).toBe(4);
    expect(matchFact(phones, spec({ words: wordSet("hunan exports") }))).toBeNull();
    expect(matchFact(phones, spec({ words: wordSet("hunan exports"), anyQualifier: true }))).toBe(-2);
    expect(matchFact(fact({ qualifier: "members of the bloc" }), spec({}))).toBe(1);
    // a qualifier that only repeats the asked subject
    expect(matchFact(fact({ subject: "general trade", qualifier: "general trade" }), spec({ subjects: ["general trade"], words: new Set() }))).toBe(1);
    expect(matchFact(fact({ value: -100 }), spec({ values: [100.01] }))).toBe(6);
    expect(matchFact(fact({}), spec({ values: [100.02] }))).toBe(1);
    expect(matchFact(fact({ derived: { formula: "", from: [] } }), spec({}))).toBe(0.5);
    expect(matchFact(fact({ approx: "about" }), spec({}))).toBe(0.5);
  });
  it("puts the best match first", () => {
    const plain = fact({});
    const dated = fact({ period: H1_2022 });
    const other = fact({ entity: "hubei" });
    expect(candidates([plain, other, dated], spec({ entity: "hunan", period: H1_2022 }))).toEqual([dated, plain]);
  });
  it("shows each measure of a flow once, and groups only comparable figures, largest group first", () => {
    const a = fact({ period: H1_2022 });
    const b = fact({ entity: "hubei", period: H1_2022 });
    const growth = fact({ measure: "growth", unit: "%", period: H1_2022 });
    expect(bestPerMeasure([a, b, growth])).toEqual([a, growth]);
    expect(comparabilityKey(a)).toBe("trade|amount|billion yuan|2022-1-2022-6||");
    expect(comparabilityKey(fact({ partner: "partner:asean", qualifier: "members of x" }))).toBe("trade|amount|billion yuan||partner:asean|");
    expect(comparabilityKey(fact({ partner: "partner:asean", qualifier: "cars" }), true)).toBe("trade|amount|billion yuan|||cars");
    expect(groupComparable([growth, a, b])).toEqual([[a, b], [growth]]);
    const again = fact({ period: H1_2022 });
    expect(groupComparable([a, again, b], { distinct: true })).toEqual([[a, b]]);
    const withAsean = fact({ entity: "hubei", partner: "partner:asean", period: H1_2022 });
    expect(groupComparable([a, withAsean], { acrossPartners: true })).toEqual([[a, withAsean]]);
  });
});

describe("a figure as a sentence", () => {
  it("says an amount, a rise, a fall, a share, a gap and a change in plain words", () => {
    expect(sentence(fact({ metric: "exports", period: H1_2022 }))).toBe("Hunan's exports were 100 billion yuan in the first half of 2022");
    expect(sentence(fact({ period: Q1_2022 }))).toBe("Hunan's foreign trade was 100 billion yuan in Q1 2022");
    expect(sentence(fact({ measure: "growth", value: 6.5, unit: "%" }))).toBe("Hunan's foreign trade grew 6.5%");
    expect(sentence(fact({ measure: "growth", value: -6.5, unit: "%" }))).toBe("Hunan's foreign trade fell 6.5%");
    expect(sentence(fact({ measure: "share", value: 30, unit: "%", shareOf: "hubei" }))).toBe("Hunan's foreign trade was 30% of Hubei's total");
    expect(sentence(fact({ measure: "pp_gap", value: 2, unit: "percentage points" })))
      .toBe("Hunan's foreign trade grew 2 percentage points faster than the national average");
    expect(sentence(fact({ measure: "pp_change", value: -1, unit: "percentage points" }))).toBe("Hunan's foreign trade changed by -1 percentage points");
    expect(sentence(fact({ measure: "rate", value: 3, unit: "%" }), false)).toBe("The foreign trade, rate: 3%");
    // (the flow said once: "Hunan's exports (integrated circuits), exports (integrated circuits), growth (multiple)" before)
    expect(sentence(fact({ measure: "multiple", value: 1.1, unit: "times", metric: "exports", qualifier: "integrated circuits" })))
      .toBe("Hunan's exports (integrated circuits) grew 1.1 times");
  });
  it("ranks a place, counts partners and goods, and shows how a derived figure was worked out", () => {
    expect(sentence(fact({ measure: "rank", value: 3, unit: "rank", scope: "nationwide", metric: "exports" })))
      .toBe("Hunan ranked third nationwide for exports");
    expect(sentence(fact({ measure: "count", metric: "partners", value: 200, unit: "countries and regions" })))
      .toBe("Hunan had 200 countries and regions as trade partners");
    expect(sentence(fact({ measure: "count", metric: "partners", value: 200, unit: "trade partners" }), false)).toBe("It had 200 trade partners");
    expect(sentence(fact({ measure: "count", metric: "exports", value: 5, unit: "million cars" }))).toBe("Hunan exported 5 million cars");
    expect(sentence(fact({ measure: "count", metric: "imports", value: 5, unit: "million tonnes" }))).toBe("Hunan imported 5 million tonnes");
    expect(sentence(fact({ measure: "share", value: 20, unit: "%", derived: { formula: "25 − 5 = 20", from: [] } })))
      .toBe("Hunan's foreign trade was 20% of the national total (25 − 5 = 20)");
  });
  it("writes the possessive of a plural name and names a group with its members after the flow", () => {
    expect(sentence(fact({ entity: "list:x", members: ["hunan", "hubei"] }))).toBe("Hunan and Hubei's foreign trade was 100 billion yuan");
    expect(sentence(fact({ entity: "group:central-provinces", members: ["hunan", "hubei"] })))
      .toBe("The foreign trade of central provinces (Hunan and Hubei) was 100 billion yuan");
    expect(sentence(fact({ entity: "group:three-gorges" }))).toBe("Three gorges' foreign trade was 100 billion yuan");
    expect(sentence(fact({ metric: "other" }))).toBe("Hunan's figure was 100 billion yuan");
  });
});
