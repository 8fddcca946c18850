import { describe, expect, it } from "vitest";
import { parseQuestion } from "../retrieval/figures/query.js";
import { solve } from "../retrieval/figures/solve.js";
import { ABSTAIN, askIntent, baseOf, computed, type Doc } from "./helpers/figureBase.js";

// Made-up articles in the shapes trade news uses; each intent is asked about them.
const DOCS: Doc[] = [
  ["fujian", "Fujian trade in Q1", "2023-04-20", [
    "Foreign trade in Fujian province reached 479.25 billion yuan in the first quarter, up 10.1 percent.",
    "Private enterprises' imports and exports rose 21.2 percent to 284.11 billion yuan.",
    "State-owned enterprises traded 80.5 billion yuan, up 3.2 percent, while foreign-invested enterprises traded 101.3 billion yuan, down 4.1 percent.",
    "The United States, ASEAN and the European Union were the province's main trading partners, with trade of 60.2 billion yuan, 110.2 billion yuan and 55.1 billion yuan respectively.",
    "Exports came to 287.46 billion yuan, up 12.1 percent, and imports to 191.79 billion yuan.",
  ].join(" ")],
  ["hebei", "Hebei trade in Q1 2023", "2023-04-21", "Hebei Province's foreign trade rose 17 percent to 143.08 billion yuan in the first quarter."],
  ["jiangxi", "Jiangxi trade in H1", "2023-07-20", "Jiangxi's foreign trade grew 6.3% to 331.23 billion yuan in the first half. The growth rate was 4.2 percentage points higher than the national average."],
  ["ningxia", "Ningxia trade", "2022-09-12", "Foreign trade of Ningxia surged 66.8 pct to 17.41 billion yuan in the first eight months of 2022. Exports made up 13.93 billion yuan of the total, up 76.1 pct year on year."],
  ["xiamen", "Xiamen monthly trade", "2021-07-22", "Xiamen's trade rose to 74.06 billion yuan in May and hit a record 75.25 billion yuan in June."],
  ["jiangsu", "Jiangsu cities in 2023", "2024-01-30", "In 2023, Nantong's foreign trade reached 350.2 billion yuan, while Jiangsu's foreign trade totaled 5.25 trillion yuan. Suzhou's foreign trade accounted for 46.9 percent of Jiangsu's total in 2023."],
  ["xiamen-oct", "Xiamen in October", "2021-11-20", "Xiamen's trade reached 63.5 billion yuan in October, 4.6 percent more than in September."],
  ["customs", "China's trade in Q1", "2023-04-13", "In the first quarter, China's trade with ASEAN grew 16.1 percent, while its trade with the European Union rose 3.2 percent."],
];

// built once: the intents only read it
const BASE = baseOf(DOCS);
const base = () => BASE;
const ask = (question: string) => askIntent(BASE, question);

describe("question intents", () => {
  it("ranks one place's partners by a stated figure", () => {
    const { intent, answer } = ask("rank fujian's main trading partners by trade value in q1 2023");
    expect(intent).toBe("rank within a place");
    expect(answer?.lines[0]?.text).toMatch(/1\. ASEAN 110\.2 billion yuan; 2\. United States \(US\) 60\.2 billion yuan; 3\. European Union \(EU\) 55\.1 billion yuan/);
  });
  it("ranks enterprise types and abstains when a named one has no figure", () => {
    expect(ask("rank fujian's private, state-owned and foreign-invested firms by value in q1 2023").answer?.lines[0]?.text)
      .toMatch(/1\. private enterprises 284\.11 billion yuan; 2\. foreign-invested enterprises 101\.3 billion yuan; 3\. state-owned enterprises 80\.5/);
    expect(ask("rank hebei's private, state-owned and foreign-invested firms by value in q1 2023").answer?.status).not.toBe("answered");
    expect(ask("rank fujian's private, state-owned and foreign-invested firms by growth in q1 2023").answer?.lines[0]?.text)
      .toBe("Ranked by Fujian's foreign trade, growth, Q1 2023: 1. private enterprises 21.2%; 2. state-owned enterprises 3.2%; "
        + "3. foreign-invested enterprises -4.1%");
  });
  it("compares two partners of one place without failing when no side is a province", () => {
    // was only `not.toThrow()`: an abstention passed it too. The national figures are in the "customs" article.
    const b = base();
    const q = parseQuestion("did china's trade with asean or with the eu grow faster in q1 2023?", { groups: b.groups, findSubjects: b.findSubjects, words: b.words });
    const r = solve(q, b);
    expect(r.status).toBe("answered");
    expect(r.figures.filter((f) => !f.computed).map((f) => f.value)).toEqual([16.1, 3.2]);
    expect(r.figures.filter((f) => f.computed).map((f) => [f.value, f.unit])).toEqual([[12.9, "percentage points"]]);
    expect(r.lines[0]!.text).toMatch(/ASEAN grew faster/);
  });
  it("ranks by what the question says it ranks by, whatever else it asks", () => {
    const { answer } = ask("rank fujian's private, state-owned and foreign-invested enterprises by trade value in q1 2023, with their growth");
    // ranked by value; the growth it also asks for is each item's companion, after the ranked values
    expect(answer?.figures.map((f) => [f.value, f.unit])).toEqual([
      [284.11, "billion yuan"], [101.3, "billion yuan"], [80.5, "billion yuan"], [21.2, "%"], [-4.1, "%"], [3.2, "%"],
    ]);
    expect(answer?.lines[0]?.text).toContain("1. private enterprises 284.11 billion yuan (growth 21.2%)");
  });
  it("divides one amount by another for 'how many times'", () => {
    const { intent, answer } = ask("fujian vs hebei, q1 2023: fujian's trade was how many times hebei's?");
    expect(intent).toBe("ratio");
    expect(computed(answer)).toEqual([[3.35, "times"]]);
    expect(answer?.figures.at(-1)).toMatchObject({ label: "Fujian ÷ Hebei", formula: "479.25 ÷ 143.08 = 3.35 times" });
    expect(answer?.lines[0]?.text)
      .toBe("Fujian: 479.25 billion yuan; Hebei: 143.08 billion yuan, Q1 2023. Fujian was 3.35 times Hebei (479.25 ÷ 143.08 = 3.35 times)");
    // the side named after "how many times" divides, whichever the question named first
    const reversed = ask("fujian vs hebei, q1 2023: hebei's trade was how many times fujian's?");
    expect(reversed.answer?.figures.at(-1)).toMatchObject({ label: "Hebei ÷ Fujian", formula: "143.08 ÷ 479.25 = 0.3 times" });
    const missing = ask("fujian vs shanxi, q1 2023: fujian's trade was how many times shanxi's?");
    expect(missing.intent).toBe("ratio");
    expect(missing.answer).toEqual(ABSTAIN);
  });
  it("compares two subjects and states the gap in percentage points", () => {
    expect(computed(ask("fujian q1 2023: did state-owned or foreign-invested enterprises grow faster, and by how many points?").answer))
      .toEqual([[7.3, "percentage points"]]);
    const faster = ask("fujian q1 2023: did private or state-owned enterprises grow faster?");
    expect(faster.intent).toBe("compare subjects");
    expect(faster.answer?.lines[0]?.text).toBe("private enterprises: 21.2%; state-owned enterprises: 3.2% (Q1 2023). private enterprises grew "
      + "faster, by 18 percentage points (21.2 − 3.2 = 18 percentage points; state-owned enterprises the other)");
  });
  it("computes a subject's share of its place's total when the text does not state it", () => {
    const { intent, answer } = ask("what share of fujian's q1 2023 trade came from private enterprises?");
    expect(intent).toBe("share of a subject or partner in a place's trade");
    expect(computed(answer)).toEqual([[59.28, "%"]]);
    const soe = ask("what share of fujian's q1 2023 trade came from state-owned enterprises?").answer;
    expect(soe?.lines[0]?.text).toBe("state-owned enterprises: 80.5 billion yuan; Fujian's total: 479.25 billion yuan in Q1 2023. "
      + "That is 16.8% of the total (80.5 ÷ 479.25 × 100 = 16.8%)");
    expect(soe?.figures.map((f) => [f.value, f.computed])).toEqual([[16.8, true], [80.5, false], [479.25, false]]);
    expect(computed(ask("what share of fujian's q1 2023 trade came from the united states?").answer)).toEqual([[12.56, "%"]]);
  });
  it("derives the national rate from a place's growth and its stated gap", () => {
    expect(computed(ask("what national growth rate for h1 2023 does jiangxi's report imply?").answer)).toEqual([[2.1, "%"]]);
  });
  it("derives an unstated flow from the total and the other flow, and its growth", () => {
    expect(computed(ask("how much did ningxia import in jan-aug 2022?").answer)).toEqual([[3.48, "billion yuan"]]);
    expect(computed(ask("What was Ningxia's import growth rate in Jan-Aug 2022?").answer)?.[0]).toEqual([37.69, "%"]);
    // a stated flow is a look-up, not a computation
    expect(ask("how much did fujian export in q1 2023?").answer).toBeUndefined();
  });
  it("answers 'exports and imports' flow by flow, and 'imports and exports' as total trade", () => {
    const both = ask("fujian's exports and imports in q1 2023?");
    expect(both.intent).toBe("exports and imports, each");
    expect(both.answer?.figures.map((f) => f.value)).toEqual(expect.arrayContaining([287.46, 191.79]));
    expect(ask("fujian's imports and exports in q1 2023?").intent).toBeUndefined();
  });
  it("computes a city's share of its province across scales, prefers a stated share, and abstains without the city", () => {
    const nantong = ask("what share of jiangsu's 2023 trade came from nantong?");
    expect(nantong.intent).toBe("share of a city in its province");
    expect(nantong.answer?.figures[0]).toMatchObject({ value: 6.67, unit: "%", computed: true, formula: "350.2 ÷ 5250 × 100 = 6.67%" });
    expect(nantong.answer?.lines[0]?.text).toMatch(/^Nantong: 350\.2 billion yuan; Jiangsu: 5\.25 trillion yuan in 2023\. Nantong made up 6\.67%/);
    const suzhou = ask("what share of jiangsu's 2023 trade came from suzhou?").answer;
    expect(suzhou?.figures.map((f) => [f.value, f.computed])).toEqual([[46.9, false]]);
    expect(ask("what share of jiangsu's 2023 trade came from wuxi?").answer).toEqual(ABSTAIN);
    // a share given in the question is not asked for
    expect(ask("nantong's trade was 6.7% of jiangsu's in 2023: what share of jiangsu's 2023 trade came from nantong?").intent).not.toBe("share of a city in its province");
  });
  it("takes a change between two months from the text when it states it, and abstains when neither is there", () => {
    const oct = ask("by what percent did xiamen's october 2021 trade grow on september 2021?");
    expect(oct.intent).toBe("change between two periods");
    expect(oct.answer?.lines[0]?.text).toBe("Xiamen's October 2021: 63.5 billion yuan, 4.6% more than in September");
    expect(oct.answer?.figures.map((f) => [f.value, f.computed])).toEqual([[63.5, false], [4.6, false]]);
    expect(ask("by what percent did xiamen's june 2021 trade grow on april 2021?").answer).toEqual(ABSTAIN);
    expect(ask("how fast did xiamen's trade grow in june 2021?").intent).not.toBe("change between two periods");
  });
  it("computes the change between two named months", () => {
    const june = ask("by what percent did xiamen's june 2021 trade grow on may 2021?").answer;
    expect(computed(june)).toEqual([[1.61, "%"]]);
    expect(june?.figures[0]).toMatchObject({ label: "change from May 2021 to June 2021", formula: "(75.25 − 74.06) ÷ 74.06 × 100 = 1.61%" });
    expect(june?.lines[0]?.text).toBe("Xiamen's June 2021: 75.25 billion yuan; May 2021: 74.06 billion yuan. The change was 1.61% ((75.25 − 74.06) ÷ 74.06 × 100 = 1.61%)");
  });
});
