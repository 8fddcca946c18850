import { describe, expect, it } from "vitest";
import { intentBase, lineValues } from "./helpers/figureBase.js";

// One place's months, quarters or years ranked by a figure (retrieval/intents/rankPeriods.ts), over made-up articles.
const { ask } = intentBase([
  ["xuzhou-months", "Xuzhou monthly", "2023-12-20", [
    "Xuzhou's exports reached 6 billion yuan in July 2023. Xuzhou's exports reached 7.5 billion yuan in August 2023.",
    "Xuzhou's exports reached 5.2 billion yuan in September 2023. Xuzhou's exports reached 0.9 billion US dollars in October 2023.",
    "Xuzhou's exports grew 3 percent in July 2023. Xuzhou's exports grew 9 percent in August 2023.",
    "Xuzhou's exports reached 4 billion yuan in June 2022.",
  ].join(" ")],
  ["xuzhou-quarters", "Xuzhou quarterly", "2023-12-21", [
    "Xuzhou's foreign trade reached 20 billion yuan in the first quarter of 2023.",
    "Xuzhou's foreign trade reached 24 billion yuan in the second quarter of 2023.",
    "Xuzhou's foreign trade reached 19 billion yuan in the third quarter of 2023.",
    "Xuzhou's foreign trade reached 43 billion yuan in the first half of 2023.",
  ].join(" ")],
  ["xuzhou-ore", "Xuzhou copper ore", "2023-12-22", [
    "Xuzhou imported 2.1 million tonnes of copper ore in July 2023, worth 3.9 billion yuan.",
    "Xuzhou imported 2.6 million tonnes of copper ore in August 2023, worth 3.5 billion yuan.",
    "Xuzhou imported 1.8 million tonnes of copper ore in September 2023, worth 3.1 billion yuan.",
  ].join(" ")],
  ["xuzhou-years", "Xuzhou yearly", "2024-01-21", [
    "Xuzhou's foreign trade reached 90 billion yuan in 2023. Xuzhou's foreign trade reached 1.1 trillion yuan in 2021.",
    "Xuzhou's foreign trade reached 80 billion yuan in 2022.",
    "Xuzhou's trade with Japan reached 9 billion yuan in 2022. Xuzhou's trade with Japan reached 8 billion yuan in 2023.",
  ].join(" ")],
]);
const RANK = "rank the months (quarters, years) of one place";
const text = (question: string) => ask(question).answer?.lines[0]?.text;

describe("ranking one place's periods", () => {
  it("ranks the months within the span asked, highest first, leaving out a month in another currency", () => {
    const { intent, answer } = ask("which month had xuzhou's highest exports between july and september 2023?");
    expect(intent).toBe(RANK);
    expect(answer?.lines[0]?.text).toBe("Xuzhou's exports by month, highest first: 1. August 2023 7.5 billion yuan; 2. July 2023 6 billion yuan; "
      + "3. September 2023 5.2 billion yuan");
    expect(answer?.figures.map((f) => [f.value, f.computed])).toEqual([[7.5, false], [6, false], [5.2, false]]);
    expect(lineValues(answer)).toEqual([[7.5, 6, 5.2]]);
  });
  it("ranks goods asked with no flow by the tonnage asked, in the one flow the place's figures on them have", () => {
    expect(ask("xuzhou copper ore by month in 2023 - which 2 months had the biggest tonnage?").answer?.figures
      .map((f) => f.value)).toEqual([2.6, 2.1]);
    expect(ask("xuzhou copper ore by month in 2023 - which 2 months had the biggest value?").answer?.figures
      .map((f) => f.value)).toEqual([3.9, 3.5]);
  });
  it("ranks lowest first when asked", () => {
    expect(ask("which month had xuzhou's lowest exports between july and september 2023?").answer?.figures.map((f) => f.value))
      .toEqual([5.2, 6, 7.5]);
    expect(text("which month had xuzhou's lowest exports between july and september 2023?")).toMatch(/^Xuzhou's exports by month, lowest first: /);
  });
  it("ranks the months of a year, not those of another", () => {
    expect(ask("rank xuzhou's exports by month in 2023").answer?.figures.map((f) => f.value)).toEqual([7.5, 6, 5.2]);
    expect(ask("xuzhou's monthly exports in 2023?").intent).toBe(RANK);
  });
  it("ranks by growth when growth is asked, and names it", () => {
    expect(text("rank xuzhou's export growth by month in 2023")).toBe("Xuzhou's exports, growth by month, highest first: 1. August 2023 9%; 2. July 2023 3%");
  });
  it("ranks quarters, not a half-year", () => {
    expect(ask("which quarter of 2023 had xuzhou's highest trade?").answer?.figures.map((f) => f.value)).toEqual([24, 20, 19]);
    expect(text("which quarter of 2023 had xuzhou's highest trade?")).toMatch(/^Xuzhou's foreign trade by quarter, highest first: 1\. /);
  });
  it("ranks years across scales", () => {
    expect(text("rank xuzhou's trade by year")).toBe("Xuzhou's foreign trade by year, highest first: 1. 2021 1.1 trillion yuan; 2. 2023 90 billion yuan; "
      + "3. 2022 80 billion yuan");
  });
  it("ranks the years of the trade with the partner asked", () => {
    expect(text("which year had xuzhou's biggest trade with japan?")).toMatch(/^Xuzhou's trade with Japan by year, highest first/);
    expect(ask("which year had xuzhou's biggest trade with japan?").answer?.figures.map((f) => [f.label, f.value])).toEqual([
      ["Xuzhou · trade with Japan · 2022", 9], ["Xuzhou · trade with Japan · 2023", 8],
    ]);
  });
  it("gives nothing with fewer than two periods to rank", () => {
    expect(ask("which months in august 2023 had xuzhou's highest exports?")).toEqual({ intent: undefined, answer: undefined });
    expect(ask("which quarter had xuzhou's highest exports?").intent).toBeUndefined();
  });
});
