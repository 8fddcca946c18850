import { describe, expect, it } from "vitest";
import { closestFacts, solve } from "../retrieval/figures/solve.js";
import { baseOf, frameOf, type Doc } from "./helpers/figureBase.js";

// Made-up articles (invented figures); each test asks one kind of figure question of them.
const DOCS: Doc[] = [
  ["hunan", "Hunan trade", "2023-01-20", "Hunan's foreign trade reached 500 billion yuan in 2022, up 8 percent. "
    + "Exports rose 10 percent to 300 billion yuan, while imports came to 200 billion yuan. The province ranked 9th nationwide for total trade in 2022."],
  ["hubei", "Hubei trade", "2023-01-21", "Hubei's foreign trade reached 600 billion yuan ($90 billion) in 2022, up 12 percent. "
    + "Its exports came to 250 billion yuan and its imports to 350 billion yuan in 2022."],
  ["henan", "Henan trade", "2022-07-20",
    "Henan's foreign trade reached 400 billion yuan in the first half of 2022. In June alone, its foreign trade came to 80 billion yuan."],
  ["jiangxi", "Jiangxi trade", "2023-01-22", "Jiangxi's exports reached 150 billion yuan in 2022, accounting for 2 percent of the national total."],
  ["hebei", "Hebei trade", "2023-01-25", "Hebei's exports came to 100 billion yuan in 2022. Its imports reached 150 billion yuan in 2022. "
    + "Hebei's trade deficit was 50 billion yuan in 2022. Shaanxi's exports came to 90 billion yuan in 2022. Its imports reached 40 billion yuan "
    + "in 2022. Shaanxi's trade surplus was 30 billion yuan in 2022."],
  ["shanxi", "Shanxi trade", "2023-01-23", "Shanxi's foreign trade reached 110 billion yuan in 2022, up 10 percent."],
  ["guizhou", "Guizhou trade", "2023-01-24",
    "Guizhou's foreign trade reached 70 billion yuan in 2022. In US dollar terms, Guizhou's foreign trade came to 10 billion US dollars in 2022."],
];
const base = baseOf(DOCS);
const ask = (question: string) => solve(frameOf(question, base), base);

describe("computed figures", () => {
  it("works out a surplus from exports and imports", () => {
    const a = ask("what was hunan's trade surplus in 2022?");
    expect(a.figures[0]).toMatchObject({ label: "Hunan · trade surplus (exports − imports) · 2022", value: 100, computed: true,
      formula: "300 − 200 = 100 billion yuan" });
    expect(a.lines[0]?.text).toBe("Hunan's trade surplus, 2022: exports 300 billion yuan − imports 200 billion yuan = 100 billion yuan");
  });
  it("calls a negative balance a deficit", () => {
    const a = ask("what was hubei's trade deficit in 2022?");
    expect(a.figures[0]).toMatchObject({ label: "Hubei · trade deficit (exports − imports) · 2022", value: -100 });
    expect(a.lines[0]?.text).toBe("Hubei's trade deficit, 2022: exports 250 billion yuan − imports 350 billion yuan = 100 billion yuan");
  });
  it("says when the text states the same balance, a deficit as a positive figure, and shows a different one", () => {
    expect(ask("what was hebei's trade deficit in 2022?").lines.map((l) => l.text)).toEqual([
      "Hebei's trade deficit, 2022: exports 100 billion yuan − imports 150 billion yuan = 50 billion yuan (the text states the same figure)"]);
    expect(ask("what was shaanxi's trade surplus in 2022?").lines.map((l) => l.text)).toEqual([
      "Shaanxi's trade surplus, 2022: exports 90 billion yuan − imports 40 billion yuan = 50 billion yuan",
      "The text states the trade surplus was 30 billion yuan in 2022"]);
  });
  it("compares two places on growth and on value, from the larger side", () => {
    const growth = ask("did hunan's or hubei's trade grow faster in 2022?");
    expect(growth.figures.at(-1)).toMatchObject({ label: "Hubei minus Hunan: foreign trade, growth", value: 4, unit: "percentage points",
      formula: "12% − 8% = 4 percentage points" });
    expect(growth.lines[0]?.text).toBe("Hunan: 8%; Hubei: 12% (foreign trade, growth, 2022). Hubei grew faster, by 4 percentage points "
      + "(12% − 8% = 4 percentage points)");
    const value = ask("was hunan's trade bigger than hubei's in 2022?");
    expect(value.figures.at(-1)).toMatchObject({ label: "Hubei minus Hunan: foreign trade", value: 100, unit: "billion yuan",
      formula: "600 − 500 = 100 billion yuan" });
    expect(value.lines[0]?.text).toMatch(/\. Hubei is bigger, by 100 billion yuan/);
  });
  it("abstains on a comparison when one side has no figure", () => {
    expect(ask("was hunan's trade bigger than guangdong's in 2022?").status).toBe("abstain");
  });
  it("takes a month's share of the half year it belongs to", () => {
    const a = ask("how much of henan's first-half 2022 trade came in june alone?");
    expect(a.figures[0]).toMatchObject({ value: 20, unit: "%", formula: "80 ÷ 400 = 20%" });
    expect(a.lines[0]?.text).toBe("June 2022: 80 billion yuan of 400 billion yuan in the first half of 2022, a share of 20% (80 ÷ 400 = 20%)");
  });
  it("works out the national whole from a stated share and its amount", () => {
    const a = ask("based on jiangxi's 2% share, how big were china's exports in 2022?");
    expect(a.figures[0]).toMatchObject({ value: 7500, unit: "billion yuan", formula: "150 ÷ 0.02 = 7500 billion yuan",
      label: "China's total exports (implied by Jiangxi's 2% share) · 2022" });
    expect(a.lines[0]?.text).toBe("Jiangxi's 150 billion yuan was 2% of the total, so China's total exports in 2022 was about 7500 billion yuan "
      + "(150 ÷ 0.02 = 7500 billion yuan)");
  });
  it("works out the year before from a stated growth", () => {
    const a = ask("given the 10% growth, what was shanxi's trade in 2021?");
    expect(a.figures[0]).toMatchObject({ value: 100, formula: "110 ÷ (1 + 0.1) = 100 billion yuan",
      label: "Shanxi · foreign trade · 2021 (implied by 10% growth)" });
    expect(a.lines[0]?.text).toBe("Shanxi's foreign trade was 110 billion yuan in 2022, up 10%, so in 2021 it was about 100 billion yuan "
      + "(110 ÷ (1 + 0.1) = 100 billion yuan)");
  });
  it("reads an exchange rate from a bracketed dollar amount or from the same total stated twice", () => {
    const bracket = ask("what exchange rate does hubei's 2022 trade figure imply?");
    expect(bracket.figures[0]).toMatchObject({ value: 6.67, unit: "yuan per US dollar", formula: "600 ÷ 90 = 6.67 yuan per US dollar" });
    const twice = ask("what exchange rate does guizhou's 2022 trade figure imply?");
    expect(twice.figures[0]).toMatchObject({ value: 7, formula: "70 ÷ 10 = 7.00 yuan per US dollar" });
    expect(twice.lines[0]?.text).toBe("70 billion yuan and 10 billion US dollars imply 7.00 yuan per US dollar (70 ÷ 10 = 7.00 yuan per US dollar)");
    expect(ask("what exchange rate does shanxi's 2022 trade figure imply?").status).toBe("abstain");
  });
  it("adds two places' amounts", () => {
    const a = ask("how much did hunan and hubei trade together in 2022?");
    expect(a.figures[0]).toMatchObject({ label: "Hunan + Hubei · foreign trade (sum)", value: 1100, formula: "500 + 600 = 1100 billion yuan" });
    expect(a.lines[0]?.text).toBe("Hunan 500 billion yuan + Hubei 600 billion yuan ($90 billion) = 1100 billion yuan");
  });
});

describe("rankings and positions", () => {
  it("ranks places by growth, fastest first, or slowest first when asked", () => {
    const a = ask("which province's trade grew fastest in 2022?");
    expect(a.lines[0]?.text).toBe("Ranked by foreign trade, growth, 2022: 1. Hubei 12%; 2. Shanxi 10%; 3. Hunan 8%");
    expect(ask("which province's trade grew slowest in 2022?").figures.map((f) => f.value)).toEqual([8, 10, 12]);
    expect(ask("which provinces' trade grew more than 9% in 2022?").figures.map((f) => f.value)).toEqual([12, 10]);
  });
  it("names a place the ranking has no figure for", () => {
    const a = ask("rank hunan, hubei and guizhou by trade growth in 2022");
    expect(a.figures.map((f) => f.value)).toEqual([12, 8]);
    expect(a.missing).toEqual(["Guizhou's figure"]);
  });
  it("says where a place ranked, with its growth beside it", () => {
    expect(ask("where did hunan rank nationally in 2022?").lines[0]?.text)
      .toBe("Hunan ranked ninth nationwide for foreign trade in 2022, with foreign trade, growth of 8%");
  });
});

describe("what is not answered", () => {
  it("says which named place the documents never mention", () => {
    expect(ask("what was qinghai's trade in 2022?")).toEqual({
      status: "abstain", lines: [{ text: "The indexed documents do not mention Qinghai.", facts: [] }], figures: [],
    });
  });
  it("abstains on a figure the documents lack for a place they mention, and shows the closest figures", () => {
    const q = frameOf("what were guizhou's exports in 2022?", base);
    expect(solve(q, base).status).toBe("abstain");
    expect(closestFacts(q, base).map((f) => f.value)).toEqual([70, 10]);
  });
});
