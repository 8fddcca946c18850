import { describe, expect, it } from "vitest";
import { factsOf } from "./helpers/facts.js";

// The flow of a figure whose own words name none, or name one that is not its flow (metricFor in facts/extract.ts):
// the base a share is of, the sentence before, a ranking the text began, and when there is none. Made-up sentences.
// (Written against the mutants that survived the facts area's mutation run, Stop 26: a share's base ignored for the
// trade of a trade mode's name, a growth rate or gap that goes on from the sentence before read as no flow, a figure of
// no flow given the flow before, a flow of another clause taken, a count of partners read as trade.)
const flows = (text: string) => factsOf(text).filter((f) => f.measure !== "listed")
  .map((f) => ({ value: f.value, measure: f.measure, metric: f.metric }));

describe("a share's flow", () => {
  it("is the flow its base names, not the 'trade' of a trade mode's name", () => {
    expect(flows("Hubei's trade grew. Processing trade accounted for 30 percent of its exports."))
      .toEqual([{ value: 30, measure: "share", metric: "exports" }]);
  });
});

describe("a figure that goes on from the sentence before", () => {
  it("is a growth rate or gap of the one flow the sentence before named, or of the total of two", () => {
    expect(flows("Hubei's exports rose 5 percent. The growth rate was 3.1 percentage points higher than the national "
      + "average.")[1]).toEqual({ value: 3.1, measure: "pp_gap", metric: "exports" });
    expect(flows("Hubei's exports rose. The growth rate was 5.2 percent.")).toEqual([
      { value: 5.2, measure: "growth", metric: "exports" }]);
    expect(flows("Hubei's exports and imports rose. The growth rate was 5.2 percent.")).toEqual([
      { value: 5.2, measure: "growth", metric: "trade" }]);
  });
  it("is, for a growth rate or gap the sentence names without a flow, the flow before, or the total of two", () => {
    expect(flows("Hubei's exports rose. Its growth was 5.2 percent.")).toEqual([
      { value: 5.2, measure: "growth", metric: "exports" }]);
    expect(flows("Hubei's exports and imports rose. Its growth was 5.2 percent.")).toEqual([
      { value: 5.2, measure: "growth", metric: "trade" }]);
    expect(flows("Hubei's exports rose 5 percent. Its growth was 3.1 percentage points higher than the national "
      + "average.")[1]).toEqual({ value: 3.1, measure: "pp_gap", metric: "exports" });
  });
  it("is the next place of a ranking the text began, of its one flow or the total of two", () => {
    expect(flows("Guangdong's exports reached 5 trillion yuan. Zhejiang followed with 2.63 trillion yuan.")[1])
      .toEqual({ value: 2.63, measure: "amount", metric: "exports" });
    expect(flows("Guangdong's exports and imports reached 5 and 3 trillion yuan. Zhejiang followed with 2.63 trillion "
      + "yuan.")[2]).toEqual({ value: 2.63, measure: "amount", metric: "trade" });
  });
  it("is no flow when the sentence names none and does not go on from the one before", () => {
    expect(flows("Hubei's exports rose 5 percent. Its fiscal revenue was 30 billion yuan.")[1])
      .toEqual({ value: 30, measure: "amount", metric: "other" });
    expect(flows("Hubei's exports rose 5 percent. Wuhan attracted 30 billion yuan.")[1])
      .toEqual({ value: 30, measure: "amount", metric: "other" });
  });
});

describe("a figure's flow in a sentence of several clauses", () => {
  it("is never a flow named in another clause after it", () => {
    expect(flows("Hubei's total reached 5 billion yuan, while exports rose 3 percent.")).toEqual([
      { value: 5, measure: "amount", metric: "other" }, { value: 3, measure: "growth", metric: "exports" }]);
  });
});

describe("partners", () => {
  it("counts partners as partners, and an amount with the partners as trade", () => {
    expect(flows("Hubei traded with 180 countries and regions in 2023.")).toEqual([
      { value: 180, measure: "count", metric: "partners" }]);
    expect(flows("Hubei's trade grew. Japan, Korea and ASEAN were its main trading partners, with 19.11 billion yuan."))
      .toEqual([{ value: 19.11, measure: "amount", metric: "trade" }]);
  });
});
