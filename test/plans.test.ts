import { describe, expect, it } from "vitest";
import { chunkDocument } from "../corpus/chunk.js";
import type { CorpusDocument } from "../corpus/types.js";
import { extractDocumentFacts } from "../facts/extract.js";
import { figureIndex } from "../retrieval/figures/base.js";
import { parseQuestion } from "../retrieval/figures/query.js";
import {
  baseUnit,
  difference,
  earlierLevel,
  growthBetween,
  laterLevel,
  partFromShare,
  percentOf,
  ratio,
  perPeriod,
  rateBefore,
  referenceRate,
  remainder,
  scaleOnly,
  sum,
  unitPrice,
  wholeFromShare,
} from "../retrieval/plans/operations.js";
import { lookupPlan, readPlan } from "../retrieval/plans/read.js";
import { runPlan } from "../retrieval/plans/run.js";

// Made-up articles in the shapes trade news uses; each plan shape is asked about them. The two national figures
// live in a document of their own, so a plan that needs them crosses documents.
const DOCS: Array<[string, string, string, string]> = [
  [
    "hubei",
    "Hubei trade in 2021",
    "2022-01-20",
    [
      "Hubei's foreign trade reached 536.1 billion yuan in 2021, up 24.8 percent year on year.",
      "Its trade with ASEAN, the EU and the US came to 80.1 billion yuan, 60.3 billion yuan and 52.7 billion yuan respectively.",
      "Exports fell 3.5 percent to 351.2 billion yuan, while imports came to 184.9 billion yuan.",
      "Private enterprises traded 320.4 billion yuan, accounting for 59.8 percent of the province's total.",
      "Foreign-invested enterprises traded 120.6 billion yuan.",
      "Processing trade accounted for 18.2 percent of the province's foreign trade.",
      "Hubei's trade with Belt and Road countries reached 150 billion yuan in 2021.",
      "The province ranked 12th nationwide for total trade, 10th for exports and 15th for imports in 2021.",
      "Private enterprises in the province accounted for 70 percent of its trade with Belt and Road countries.",
      "Foreign-invested enterprises accounted for 22.5 percent of the province's foreign trade in 2021, a share 1.5 percent lower than a year before.",
    ].join(" "),
  ],
  [
    "yunnan",
    "Yunnan trade, first half of 2021",
    "2021-07-18",
    "Yunnan's exports grew 12.4 percent to 70.2 billion yuan ($10.8 billion) in the first half of 2021, and imports rose 31.6 percent to 61.5 billion yuan ($9.46 billion).",
  ],
  [
    "hunan",
    "Hunan trade in 2023",
    "2024-01-20",
    [
      "Hunan's exports grew 12.2 percent in 2023, 5.1 percentage points higher than the national average.",
      "The province's imports rose 3.3 percent, 2.1 percentage points above the national average.",
    ].join(" "),
  ],
  [
    "guangxi",
    "Guangxi trade, 2011 and 2014",
    "2015-01-20",
    [
      "Guangxi's foreign trade came to 23.33 billion US dollars in 2011, and its trade with ASEAN to 9.56 billion US dollars.",
      "In 2014 Guangxi's foreign trade reached 40.55 billion US dollars, and its trade with ASEAN 19.89 billion US dollars.",
    ].join(" "),
  ],
  [
    "western",
    "Western China's trade in 2022",
    "2023-01-20",
    "Shaanxi ranked 15th nationwide for foreign trade in 2022. The western region's foreign trade reached 2 trillion yuan in 2022. "
      + "Shaanxi, which ranked third in the western region, accounted for 24.5 percent of foreign trade in the region.",
  ],
  [
    "anhui",
    "Anhui trade in 2022",
    "2023-01-20",
    "Over the year of 2022, Anhui's imports and exports grew 8.6 percent year-on-year to $169.35 billion. Exports reached "
      + "$106.5 billion, and imports rose 8.2 percent to $62.85 billion.",
  ],
  [
    "china",
    "China's trade in 2021",
    "2022-01-14",
    "China's foreign trade reached 39.1 trillion yuan in 2021, up 21.4 percent from a year earlier.",
  ],
];

function base() {
  const documents: CorpusDocument[] = DOCS.map(([id, title, published, text]) => ({
    id,
    meta: { title, source: `${id}.md`, published },
    text,
    hash: id,
  }));
  return figureIndex(
    documents.flatMap((d) => extractDocumentFacts(d, chunkDocument(d))),
    documents,
  );
}

function plan(question: string) {
  const b = base();
  const q = parseQuestion(question, { groups: b.groups, findSubjects: b.findSubjects, words: b.words });
  const p = readPlan(q);
  return { plan: p, answer: p && runPlan(p, b, q.text) };
}
const computed = (a: ReturnType<typeof plan>["answer"]) =>
  a?.figures.filter((f) => f.computed).map((f) => [f.value, f.unit]);

describe("plan operations", () => {
  const yuan = (value: number, scale = 1e9) => ({
    value,
    unit: scale === 1e12 ? "trillion yuan" : "billion yuan",
    scale,
  });
  it("computes across scales in the smaller one", () => {
    // regression: a surplus computed without bringing 4.25 trillion to billions came out negative
    expect(difference(yuan(4.25, 1e12), yuan(905.34))).toMatchObject({ value: 3344.66, unit: "billion yuan" });
    expect(sum([yuan(1.2, 1e12), yuan(300)])).toMatchObject({ value: 1500, unit: "billion yuan" });
    expect(ratio(yuan(1, 1e12), yuan(250))).toMatchObject({ value: 4, unit: "times" });
    expect(percentOf(yuan(320.4), yuan(0.5361, 1e12))).toMatchObject({ value: 59.76, unit: "%" });
    expect(growthBetween(yuan(110), yuan(100))).toMatchObject({ value: 10, unit: "%" });
  });
  it("tells a bare scale word typed in a question ('70.35bn') from a unit with its currency", () => {
    expect(["billion", "thousand", "trillion", "million"].every(scaleOnly)).toBe(true);
    expect(scaleOnly("billion yuan")).toBe(false);
    expect(scaleOnly("yuan")).toBe(false);
  });
  it("refuses to add yuan to dollars or to divide by zero", () => {
    expect(difference(yuan(10), { value: 3, unit: "billion US dollars", scale: 1e9 })).toBeUndefined();
    expect(percentOf(yuan(10), yuan(0))).toBeUndefined();
    expect(earlierLevel(yuan(10), -100)).toBeUndefined();
  });
  it("shows each formula with the numbers it used", () => {
    expect(earlierLevel(yuan(40), -12)).toMatchObject({
      value: 45.45,
      formula: "40 ÷ (1 + (−0.12)) = 45.45 billion yuan",
    });
    expect(wholeFromShare(yuan(1.73), 50.53)).toMatchObject({
      value: 3.42,
      formula: "1.73 ÷ 0.5053 = 3.42 billion yuan",
    });
    expect(laterLevel(yuan(40), 5)).toEqual({ value: 42, unit: "billion yuan", scale: 1e9,
      formula: "40 × (1 + 0.05) = 42 billion yuan" });
    expect(laterLevel(yuan(40), -10)).toMatchObject({ value: 36, formula: "40 × (1 + (−0.1)) = 36 billion yuan" });
    expect(partFromShare(yuan(536.1), 59.8)).toMatchObject({ value: 320.59 });
    expect(remainder(yuan(536.1), [yuan(320.4), yuan(120.6)])).toMatchObject({
      value: 95.1,
      formula: "536.1 − 320.4 − 120.6 = 95.1 billion yuan",
    });
    expect(referenceRate(24.8, 3.4)).toMatchObject({ value: 21.4, unit: "%" });
    expect(rateBefore(53.2, -4.9)).toMatchObject({ value: 58.1, unit: "%", formula: "53.2 − (−4.9) = 58.1%" });
    // an amount over nine months, per month; a single period is no average
    expect(perPeriod(yuan(1002.3), 9)).toEqual({ value: 111.37, unit: "billion yuan", scale: 1e9, formula: "1002.3 ÷ 9 = 111.37 billion yuan" });
    expect(perPeriod(yuan(10), 1)).toBeUndefined();
    expect(difference({ value: -3.5, unit: "%", scale: 1 }, { value: 2, unit: "%", scale: 1 })).toMatchObject({
      value: -5.5,
      unit: "percentage points",
      formula: "(−3.5)% − 2% = -5.5 percentage points",
    });
  });
  it("takes the smaller scale whichever side or place in the list it is on", () => {
    expect(difference(yuan(905.34), yuan(4.25, 1e12))).toMatchObject({
      value: -3344.66,
      unit: "billion yuan",
      formula: "905.34 − 4250 = -3344.66 billion yuan",
    });
    expect(ratio(yuan(250), yuan(1, 1e12))).toMatchObject({ value: 0.25, formula: "250 ÷ 1000 = 0.25 times" });
    expect(sum([yuan(300), yuan(1.2, 1e12)])).toMatchObject({
      value: 1500,
      unit: "billion yuan",
      formula: "300 + 1200 = 1500 billion yuan",
    });
    // the whole in trillions, the smaller scale in the middle of the parts
    expect(remainder(yuan(2, 1e12), [yuan(300), yuan(1, 1e12)])).toMatchObject({
      value: 700,
      unit: "billion yuan",
      formula: "2000 − 300 − 1000 = 700 billion yuan",
    });
    expect(remainder(yuan(1, 1e12), [yuan(300), yuan(200)])).toMatchObject({ value: 500, unit: "billion yuan" });
  });
  it("shows the formula of a multiple, a share, a growth rate and a reference rate", () => {
    expect(percentOf(yuan(320.4), yuan(536.1))?.formula).toBe("320.4 ÷ 536.1 × 100 = 59.76%");
    expect(growthBetween(yuan(110), yuan(100))?.formula).toBe("(110 ÷ 100 − 1) × 100 = 10%");
    expect(referenceRate(3.3, -2.1)).toMatchObject({ value: 5.4, formula: "3.3 − (−2.1) = 5.4%" });
    expect(wholeFromShare(yuan(50), 25)).toMatchObject({ value: 200, unit: "billion yuan" });
  });
  it("divides a value by a counted quantity, reading the quantity's scale from its unit", () => {
    const r = unitPrice({ value: 12.6, unit: "billion yuan", scale: 1e9 }, { value: 30, unit: "million tonnes", scale: 1 });
    expect(r).toEqual({ value: 420, unit: "yuan per tonne", scale: 1, formula: "12.6 billion yuan ÷ 30 million tonnes = 420 yuan per tonne" });
    // ("17 open ports", a growth rate: nothing a price is per, nor a value)
    expect(unitPrice({ value: 12.6, unit: "billion yuan", scale: 1e9 }, { value: 17, unit: "open land ports", scale: 1 })).toBeUndefined();
    expect(unitPrice({ value: 5, unit: "%", scale: 1 }, { value: 30, unit: "million tonnes", scale: 1 })).toBeUndefined();
  });
  it("reads the currency of a unit without its scale word", () => {
    expect(baseUnit("trillion yuan")).toBe("yuan");
    expect(baseUnit("million US dollars")).toBe("US dollars");
    expect(baseUnit("%")).toBe("%");
  });
  it("refuses a rate against an amount, mixed currencies, empty lists and zero divisors", () => {
    const pct = (value: number) => ({ value, unit: "%", scale: 1 });
    const dollars = { value: 3, unit: "billion US dollars", scale: 1e9 };
    expect(difference(pct(5), yuan(10))).toBeUndefined();
    expect(difference(yuan(10), pct(5))).toBeUndefined();
    expect(ratio(yuan(10), dollars)).toBeUndefined();
    expect(ratio(yuan(10), yuan(0))).toBeUndefined();
    expect(percentOf(yuan(10), dollars)).toBeUndefined();
    expect(growthBetween(yuan(10), dollars)).toBeUndefined();
    expect(growthBetween(yuan(10), yuan(0))).toBeUndefined();
    expect(sum([])).toBeUndefined();
    // a dollar amount anywhere in the list, not only first
    expect(sum([yuan(1), yuan(2), dollars])).toBeUndefined();
    expect(remainder(yuan(10), [])).toBeUndefined();
    expect(remainder(yuan(10), [yuan(1), dollars])).toBeUndefined();
    expect(wholeFromShare(yuan(10), 0)).toBeUndefined();
  });
});

describe("question plans", () => {
  it("answers two asks at once, each from its own fact", () => {
    const { plan: p, answer } = plan("how much did hubei trade in 2021, and how fast did it grow?");
    expect(p?.inputs.map((q) => q.measure)).toEqual(["amount", "growth"]);
    expect(answer?.figures.map((f) => f.value)).toEqual([536.1, 24.8]);
    expect(answer?.missing).toEqual([]);
  });
  it("names the asked part the documents do not state instead of leaving it out", () => {
    const { answer } = plan("hubei 2021: imports value and yoy growth?");
    expect(answer?.status).toBe("answered");
    expect(answer?.figures.map((f) => f.value)).toEqual([184.9]);
    expect(answer?.missing).toEqual(["Hubei's imports, growth in 2021"]);
  });
  it("works out the level before a change the documents state", () => {
    const { plan: p, answer } = plan("hubei's exports fell 3.5% in 2021. what were they a year earlier?");
    expect(p?.operation).toBe("earlier");
    expect(computed(answer)).toEqual([[363.94, "billion yuan"]]);
    expect(answer?.lines[0]?.text).toContain("351.2 ÷ (1 + (−0.035)) = 363.94 billion yuan");
  });
  it("reads the earlier period from two named periods", () => {
    const { answer } = plan("what does yunnan's h1 2021 export growth imply its h1 2020 exports were?");
    expect(computed(answer)).toEqual([[62.46, "billion yuan"]]);
  });
  it("puts another period's rate on the side of the stated one its words say, for a rise and for a fall", () => {
    const rate = (question: string) => computed(plan(question).answer)?.[0];
    expect(rate("hubei exports grew 9.5% in jan-oct 2021, 1.5 pts faster than jan-sep. what was the jan-sep growth?"))
      .toEqual([8, "%"]);
    expect(rate("hubei exports grew 9.5% in jan-oct 2021, 1.5 pts slower than jan-sep. what was the jan-sep growth?"))
      .toEqual([11, "%"]);
    expect(rate("hubei imports fell 4% in jan-oct 2021, a decline 1.5 pts narrower than jan-sep. so the jan-sep change?"))
      .toEqual([-5.5, "%"]);
    expect(rate("hubei imports fell 4% in jan-oct 2021, a decline 1.5 pts wider than jan-sep. so the jan-sep change?"))
      .toEqual([-2.5, "%"]);
  });
  it("takes a share's stated change in points off the level it reached, for a rise and for a fall", () => {
    const fell = plan("hubei foreign-invested firms' share fell 1.5 pts to 22.5% in 2021 - so what was it a year earlier?");
    expect(fell.plan?.operation).toBe("rateApart");
    expect(computed(fell.answer)).toEqual([[24, "%"]]);
    expect(fell.answer?.lines[0]?.text).toContain("share of its total in 2020");
    const rose = plan("hubei private firms' share rose 2.1 pts to 59.8% in 2021. what was it a year before?");
    expect(computed(rose.answer)).toEqual([[57.7, "%"]]);
    // (a share not said to have changed, or a level with no change before it, is no such question)
    expect(plan("hubei private firms' share was 59.8% in 2021. what was it a year earlier?").plan?.operation)
      .not.toBe("rateApart");
  });
  it("works a level back a year from a later source the question names, with no growth word", () => {
    const { plan: p, answer } = plan("hubei's 2020 trade implied by the 2021 report?");
    expect(p?.operation).toBe("earlier");
    expect(computed(answer)).toEqual([[429.57, "billion yuan"]]);
    // (a later level, or a share, is not worked back)
    expect(plan("hubei's 2022 trade implied by the 2021 report?").plan?.operation).not.toBe("earlier");
    expect(plan("hubei's 2020 share of trade implied by the 2021 report?").plan?.operation).not.toBe("earlier");
  });
  it("works a level back from a change named as a rise or a fall, only where the question works back from it", () => {
    const { plan: p, answer } = plan("hubei's 2020 exports implied by the 2021 decline?");
    expect(p?.operation).toBe("earlier");
    expect(computed(answer)).toEqual([[363.94, "billion yuan"]]);
    // ("so what was the decline?" asks the change itself, not the level before it)
    expect(plan("hubei's exports in 2020 and 2021, so what was the decline?").plan?.operation).not.toBe("earlier");
  });
  it("works a level back from a span of the later year the question names as its source", () => {
    const { plan: p, answer } = plan("yunnan h1 2020 exports implied by the h1 2021 numbers?");
    expect(p?.operation).toBe("earlier");
    expect(p?.inputs.map((i) => i.period)).toEqual([{ y1: 2021, m1: 1, y2: 2021, m2: 6 }, { y1: 2021, m1: 1, y2: 2021, m2: 6 }]);
    expect(computed(answer)).toEqual([[62.46, "billion yuan"]]);
  });
  it("takes the one partner the words set apart ('except', 'non-') from the place's total", () => {
    for (const q of ["hubei's 2021 trade with everyone except asean?", "hubei 2021, how much trade was with non-asean partners?",
      "hubei's trade with partners other than asean in 2021?"]) {
      const { plan: p, answer } = plan(q);
      expect(p?.operation, q).toBe("remainder");
      expect(computed(answer), q).toEqual([[456, "billion yuan"]]);
    }
    // (a partner named with no such words is asked itself)
    expect(plan("hubei's 2021 trade with asean?").plan?.operation).not.toBe("remainder");
  });
  it("reads a whole year named as a growth's source as the asked months of that year", () => {
    const { plan: p, answer } = plan("implied yunnan exports for jan-jun 2020 based on the 2021 growth rate?");
    expect(p?.inputs.map((i) => i.period)).toEqual([{ y1: 2021, m1: 1, y2: 2021, m2: 6 }, { y1: 2021, m1: 1, y2: 2021, m2: 6 }]);
    expect(computed(answer)).toEqual([[62.46, "billion yuan"]]);
  });
  it("works the year before's level back from a level and the growth stated beside it, for a change asked in yuan", () => {
    const { plan: p, answer } = plan("by how much did hubei's exports shrink in 2021, in billion yuan?");
    expect(p?.operation).toBe("overTime");
    expect(computed(answer)).toEqual([[-12.74, "billion yuan"], [363.94, "billion yuan"]]);
    expect(answer?.lines[0]?.text).toContain("worked back from its growth: 351.2 ÷ (1 + (−0.035)) = 363.94 billion yuan");
    // (a level with no growth stated beside it is not worked back: the imports' year before stays missing)
    const imports = plan("by how much did hubei's imports grow in 2021, in billion yuan?").answer;
    expect(imports?.status).toBe("abstain");
    expect(imports?.missing).toContain("Hubei's imports in 2020");
  });
  it("does not take a later period for an earlier one", () => {
    expect(plan("yunnan's exports grew 12.4% in h1 2021: what were they in h1 2023?").plan).toBeUndefined();
  });
  it("works out a whole from a part and its share, the share of the place's own total", () => {
    const { plan: p, answer } = plan(
      "hubei's processing trade was 97.57 billion yuan, 18.2% of the total in 2021. what total does that imply?",
    );
    expect(p?.operation).toBe("whole");
    expect(computed(answer)).toEqual([[536.1, "billion yuan"]]);
    expect(answer?.lines[0]?.text).toContain("Hubei's total foreign trade");
  });
  it("derives a part's amount from its stated share of the total when no sentence states the amount", () => {
    const { answer } = plan(
      "how much did hubei's processing trade come to in 2021, and what share of the total was it?",
    );
    const amount = answer?.figures.find((f) => f.unit === "billion yuan");
    expect(amount).toMatchObject({ value: 97.57, computed: true, formula: "536.1 × 0.182 = 97.57 billion yuan" });
  });
  it("answers a share and the share a year earlier, the earlier one from the stated change in points", () => {
    const { plan: p, answer } = plan("hubei 2021: what share of trade did foreign-invested firms have, and what was that share a year earlier?");
    expect(p?.inputs.map((q) => [q.measure, q.period?.y1])).toEqual([["share", 2021], ["share", 2020]]);
    expect(answer?.figures.map((f) => f.value)).toEqual([22.5, 24]);
    expect(answer?.figures[1]).toMatchObject({ computed: true, formula: "22.5 − (−1.5) = 24%" });
  });
  it("works out one flow's growth from the total's and the other flow's when no sentence states it", () => {
    const b = base();
    const q = parseQuestion("anhui 2022: the report gives no export growth - what do its total and import figures imply it was?",
      { groups: b.groups, findSubjects: b.findSubjects, words: b.words });
    const p = readPlan(q) ?? lookupPlan(q);
    const growth = p && runPlan(p, b, q.text).figures.find((f) => f.computed);
    expect(growth).toMatchObject({ value: 8.84, unit: "%" });
    expect(growth?.formula).toContain("169.35 ÷ (1 + 0.086) − 62.85 ÷ (1 + 0.082) = 97.85");
  });
  it("sets two partners of one place side by side, with the gap", () => {
    const { plan: p, answer } = plan("hubei 2021: trade with asean vs with the eu - both and the gap?");
    expect(p?.operation).toBe("compare");
    expect(answer?.figures.map((f) => f.value)).toEqual([80.1, 60.3, 19.8]);
    expect(answer?.lines[0]?.text).toContain("with ASEAN was bigger, by 19.8 billion yuan");
  });
  it("sets two places side by side on one measure, each in its own period when the question gives two", () => {
    const same = plan("hubei vs china, trade growth in 2021 - both and the gap?");
    expect(same.plan?.operation).toBe("compare");
    expect(same.answer?.figures.map((f) => f.value)).toEqual([24.8, 21.4, 3.4]);
    const own = plan("yunnan h1 2021 vs hubei 2021 export growth - both and the gap");
    expect(own.plan?.inputs.map((q) => [q.entity, q.period?.m2])).toEqual([["yunnan", 6], ["hubei", 12]]);
    expect(own.answer?.figures.map((f) => f.value)).toEqual([12.4, -3.5, 15.9]);
    expect(own.answer?.lines[0]?.text).toContain("Yunnan (first half of 2021) 12.4%, Hubei (2021) -3.5%");
  });
  it("works out a place's amount from its stated share of a bigger place's when no sentence states it", () => {
    const b = base();
    const q = parseQuestion("how much did shaanxi trade in 2022?", { groups: b.groups, findSubjects: b.findSubjects, words: b.words });
    const p = readPlan(q) ?? lookupPlan(q);
    const found = p && runPlan(p, b, q.text).figures.find((f) => f.computed);
    expect(found).toMatchObject({ value: 0.49, unit: "trillion yuan", formula: "2 × 0.245 = 0.49 trillion yuan" });
  });
  it("reads the place after '% of' as the whole, not a second owner, and takes the rank whose scope the question names", () => {
    const { plan: p, answer } = plan("shaanxi 2022: what % of the western region's trade was it, and where did it rank in the western region?");
    expect(p?.inputs.map((q) => [q.entity, q.measure])).toEqual([["shaanxi", "share"], ["shaanxi", "rank"]]);
    expect(answer?.figures.map((f) => f.value)).toEqual([24.5, 3]);
  });
  it("works out a place's share of the national total from the two amounts", () => {
    const b = base();
    const q = parseQuestion("hubei's 2021 trade as a % of china's total trade in the same period?", { groups: b.groups, findSubjects: b.findSubjects, words: b.words });
    expect(q.measures).toEqual(["share"]);
    const p = readPlan(q) ?? lookupPlan(q);
    const found = p && runPlan(p, b, q.text).figures.find((f) => f.computed);
    expect(found).toMatchObject({ value: 1.37, unit: "%" });
  });
  it("takes the named parts away from a total", () => {
    const { plan: p, answer } = plan(
      "how much of hubei's 2021 trade was done by firms that were neither private nor foreign-funded?",
    );
    expect(p?.operation).toBe("remainder");
    expect(computed(answer)).toEqual([[95.1, "billion yuan"]]);
  });
  it("reads the yuan/dollar rate one total stated in both currencies implies, and never from one currency alone", () => {
    const { plan: p, answer } = plan("what yuan/usd rate do yunnan's h1 2021 exports imply?");
    expect(p?.operation).toBe("exchangeRate");
    expect(computed(answer)).toEqual([[6.5, "yuan per US dollar"]]);
    expect(plan("the rmb-dollar exchange rate implied by anhui's 2022 exports?").answer?.status).toBe("abstain");
  });
  it("works out a change from the two totals a question says to use, a place that names the source no side of it", () => {
    const { plan: p, answer } = plan("using guangxi's 2011 total and the 2014 regional total in the nanning story, how much did "
      + "guangxi's trade grow in 2014 (pct)?");
    expect(p?.operation).toBe("overTime");
    expect(computed(answer)).toEqual([[73.81, "%"]]);
  });
  it("compares one place's two flows on the asked measure", () => {
    const { plan: p, answer } = plan("which grew faster in h1 2021, yunnan's imports or exports?");
    expect(p?.inputs.map((q) => q.metric)).toEqual(["imports", "exports"]);
    expect(computed(answer)).toEqual([[19.2, "percentage points"]]);
    expect(answer?.lines[0]?.text).toMatch(/imports grew faster, by 19\.2 percentage points/);
  });
  it("never answers a subject's figure with the place's total", () => {
    const { answer } = plan("how much did hubei's state-owned enterprises trade in 2021 and how fast did that grow?");
    expect(answer?.status).toBe("abstain");
    expect(answer?.missing).toHaveLength(2);
  });
  it("reads a look-up as its asked parts only when it asks two things at once", () => {
    const b = base();
    const read = (text: string) =>
      lookupPlan(parseQuestion(text, { groups: b.groups, words: b.words }))?.inputs.map((q) => q.measure);
    // "by how much … grow" asks for the growth alone, though it says "how much" and "total"
    expect(read("by how much did hubei's total foreign trade grow in 2021?")).toEqual(["growth"]);
    expect(read("how much did hubei's private enterprises trade in 2021?")).toEqual(["amount"]);
    expect(read("what % of hubei's 2021 trade was done by private enterprises?")).toEqual(["share"]);
  });
  it("answers a part's amount from its share of the total when no sentence states it", () => {
    const b = base();
    const q = parseQuestion("how much did hubei's processing trade come to in 2021?", {
      groups: b.groups,
      words: b.words,
    });
    const answer = runPlan(lookupPlan(q)!, b, q.text);
    expect(answer.figures).toMatchObject([
      { value: 97.57, computed: true, formula: "536.1 × 0.182 = 97.57 billion yuan" },
    ]);
  });
  it("works out the national rates a place's rates and their stated gaps imply, flow by flow", () => {
    const { plan: p, answer } = plan("what national export and import growth rates do hunan's 2023 figures imply?");
    expect(p?.operation).toBe("reference");
    expect(computed(answer)).toEqual([
      [7.1, "%"],
      [1.2, "%"],
    ]);
  });
  it("takes a gap the question states", () => {
    const { answer } = plan(
      "hunan's 2023 export growth beat the national average by 5.1 points. what was the national export growth?",
    );
    expect(computed(answer)).toEqual([[7.1, "%"]]);
  });
  it("answers the gap itself when asked how many points above the national rate, beside another asked part", () => {
    const { plan: p, answer } = plan("hunan 2023 - export growth, and how many pts above the national growth rate was it?");
    expect(p?.operation).toBe("values");
    expect(p?.inputs.map((q) => q.measure)).toEqual(["growth", "pp_gap"]);
    expect(answer?.figures.map((f) => [f.value, f.computed ?? false])).toEqual([[12.2, false], [5.1, false]]);
    const avg = plan("hunan's 2023 export growth, and how far above the national avg was it?");
    expect(avg.plan?.inputs.map((q) => q.measure)).toEqual(["growth", "pp_gap"]);
  });
  it("works out a share only when the question asks it, not when it gives it or asks a partner's in two years", () => {
    expect(plan("what share of hubei's 2021 trade came from wuhan?").plan?.operation).toBe("part");
    expect(plan("wuhan was 40% of hubei's trade in 2021 - so what was hubei's total?").plan?.operation).not.toBe("part");
    expect(plan("asean's share of hubei's foreign trade in 2020 and in 2021?").plan?.operation).not.toBe("part");
    expect(plan("hubei's trade in h1 2021 equals what % of its 2020 trade?").plan?.operation).toBe("part");
    expect(plan("wuhan 2021: what % of hubei's total trade was it, and where did it rank?").plan?.operation).not.toBe("part");
  });
  it("reads 'its capital' as the province's capital city, and 'its capital goods' as no place", () => {
    expect(plan("what % of hubei's 2021 trade came from its capital?").plan?.inputs.map((x) => x.entity))
      .toEqual(["city:wuhan", "hubei"]);
    expect(plan("what % of hubei's 2021 imports were its capital goods imports?").plan?.operation).not.toBe("part");
  });
  it("adds up several partners and gives the sum's share of the total", () => {
    const { plan: p, answer } = plan("what share of hubei's 2021 trade was with asean, the eu and the us together?");
    expect(p?.operation).toBe("combined");
    expect(computed(answer)).toEqual([
      [193.1, "billion yuan"],
      [36.02, "%"],
    ]);
  });
  it("works out the asked changes between two periods: difference, percent, multiple", () => {
    const { plan: p, answer } = plan(
      "how much bigger was guangxi's foreign trade in 2014 than in 2011, in dollars and in percent?",
    );
    expect(p?.operation).toBe("overTime");
    expect(computed(answer)).toEqual([
      [17.22, "billion US dollars"],
      [73.81, "%"],
    ]);
  });
  it("reads the percent sign alone as a change asked in percent ('in $ and %')", () => {
    const { answer } = plan("guangxi foreign trade 2011 vs 2014 - how much bigger in 2014, in $ and %?");
    expect(computed(answer)).toEqual([
      [17.22, "billion US dollars"],
      [73.81, "%"],
    ]);
    expect(computed(plan("guangxi foreign trade growth from 2011 to 2014, in %?").answer)).toEqual([[73.81, "%"]]);
  });
  it("reads a percent word however written ('by how much %', 'by how many pct', 'pct increase') as the percent alone", () => {
    for (const q of [
      "by how much % did guangxi's foreign trade grow from 2011 to 2014?",
      "by how many pct did guangxi's foreign trade grow from 2011 to 2014?",
      "guangxi foreign trade, pct increase from 2011 to 2014?",
    ]) expect(computed(plan(q).answer), q).toEqual([[73.81, "%"]]);
    // ("by how many pct points": a gap between two rates, no change between two levels)
    expect(plan("by how many pct points did guangxi's foreign trade grow from 2011 to 2014?").plan?.changes ?? [])
      .not.toContain("percent");
  });
  it("works out the percent of two years set 'vs' when asked 'by what %' (stop 35)", () => {
    const { plan: p, answer } = plan("guangxi foreign trade 2014 vs 2011 - how much bigger and by what %?");
    expect(p?.operation).toBe("overTime");
    expect(computed(answer)).toContainEqual([73.81, "%"]);
  });
  it("answers 'how many times its earlier level' for the total and the partner the question names", () => {
    const { answer } = plan(
      "guangxi: how many times its 2011 level was its total foreign trade in 2014, and its asean trade?",
    );
    expect(computed(answer)).toEqual([
      [1.74, "times"],
      [2.08, "times"],
    ]);
  });
  it("answers each flow of 'exports and imports' on each asked measure, naming the one not stated", () => {
    const { answer } = plan("hubei's exports and imports in 2021, with growth rates?");
    expect(answer?.figures.map((f) => f.value)).toEqual([351.2, -3.5, 184.9]);
    expect(answer?.missing).toEqual(["Hubei's imports, growth in 2021"]);
  });
  it("takes a subject's share of a partner's trade as a share of that trade, not of the total", () => {
    const { answer } = plan(
      "how much of hubei's belt and road trade in 2021 was done by private firms, and what share was it?",
    );
    expect(answer?.figures.find((f) => f.unit === "billion yuan")).toMatchObject({
      value: 105,
      formula: "150 × 0.7 = 105 billion yuan",
    });
  });
  it("takes figures the question gives as given, citing the fact that states them when one does", () => {
    const { answer } = plan(
      "yunnan's exports grew 12.4% to 70.2 billion yuan in h1 2021. what were they a year earlier?",
    );
    expect(computed(answer)).toEqual([[62.46, "billion yuan"]]);
    expect(answer?.lines[0]?.facts.map((f) => f.value)).toEqual([70.2, 12.4]);
    expect(answer?.lines[0]?.text).toMatch(
      /^Yunnan's exports in the first half of 2021 were 70\.2 billion yuan, up 12\.4%/,
    );
    // nothing in the documents states these: the arithmetic on the question's own figures, with nothing cited
    const own = plan("fujian's exports fell 10% to 90 billion yuan in 2021. what were they a year earlier?").answer;
    expect(computed(own)).toEqual([[100, "billion yuan"]]);
    expect(own?.figures.filter((f) => !f.computed)).toEqual([]);
    expect(own?.lines[0]?.text).toMatch(/the documents do not state them$/);
  });
  it("works out a surplus from stated exports and imports, in the currency asked", () => {
    const { plan: p, answer } = plan("yunnan's trade surplus in h1 2021?");
    expect(p?.operation).toBe("balance");
    expect(answer?.figures[0]).toMatchObject({
      value: 8.7,
      unit: "billion yuan",
      formula: "70.2 − 61.5 = 8.7 billion yuan",
    });
    expect(answer?.lines[0]?.text).toContain("Yunnan's trade surplus in the first half of 2021");
    expect(computed(plan("yunnan's trade surplus in h1 2021, in usd?").answer)?.[0]).toEqual([
      1.34,
      "billion US dollars",
    ]);
  });
  it("never works out a balance from a derived flow", () => {
    // Hubei's imports are stated and exports too; the question asks for a partner whose flows are not stated
    expect(plan("hubei's trade surplus with asean in 2021?").answer?.status).toBe("abstain");
  });
  it("asks each listed flow the asked measure ('total trade, exports and imports')", () => {
    const { plan: p } = plan("where did hubei rank nationally for total trade, exports and imports in 2021?");
    expect(p?.inputs.map((q) => [q.metric, q.measure])).toEqual([
      ["trade", "rank"],
      ["exports", "rank"],
      ["imports", "rank"],
    ]);
    expect(
      plan("where did hubei rank nationally for total trade, exports and imports in 2021?").answer?.figures.map(
        (f) => f.value,
      ),
    ).toEqual([12, 10, 15]);
  });
  it("reads '…, in yuan?' as asking for an amount", () => {
    expect(parseQuestion("nantong's exports in jan-feb 2019, in yuan?").measures).toEqual(["amount"]);
  });
});

describe("two flows asked in their verbs", () => {
  it("compares a place's imports and exports when asked 'imported more than it exported'", () => {
    const { plan: p } = plan("did Hubei import more than it exported in 2023?");
    expect(p?.operation === "compare" ? p.labels : undefined).toEqual(["imports", "exports"]);
  });
  it("leaves places picked by their two flows to a list: 'which ones imported more than they exported?'", () => {
    expect(plan("among the top provinces in 2023, which ones imported more than they exported?").plan?.operation)
      .not.toBe("compare");
  });
});
