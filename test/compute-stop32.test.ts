import { describe, expect, it } from "vitest";
import { parseQuestion } from "../retrieval/figures/query.js";
import { candidates, questionWords } from "../retrieval/figures/select.js";
import { annualGrowth } from "../retrieval/plans/operations.js";
import { statedFact } from "../retrieval/plans/quantity.js";
import { readPlan } from "../retrieval/plans/read.js";
import { runPlan } from "../retrieval/plans/run.js";
import { subjectFinder } from "../text/subjects.js";
import { baseOf, planFrameOf, type Base, type Doc } from "./helpers/figureBase.js";
import { factsOf, one } from "./helpers/facts.js";

// Stop 32: computed figures. Made-up articles in the shapes the blind sets use; each plan is asked about them, and
// the fact readers that feed the plans are pinned on made-up sentences.

const DOCS: Doc[] = [
  ["anhui", "Anhui's trade reaches 1.2 trillion yuan in 2031", "2032-01-20",
    "Anhui's total imports and exports reached 1.2 trillion yuan in 2031, up 4 percent.\n\n"
      + "Trade by city, 2031\nCity | Trade (billion yuan) | Share of province (%) |\nHefei | 494.4 | 41.2 |"],
  ["hefei", "Hefei's trade rises to 494.4 billion yuan in 2031", "2032-01-25",
    "Hefei's foreign trade reached 494.4 billion yuan in 2031, up 6 percent. Among its districts, the Hefei Industrial Park "
      + "traded 96.4 billion yuan, or 24.1 percent of the city's total. The city accounted for 41.2 percent of the "
      + "province's total."],
  ["henan", "Henan's trade in 2031", "2032-01-21",
    "Henan's foreign trade reached 0.9 trillion yuan in 2031. The Xinan Area of the China (Henan) Pilot Free Trade Zone "
      + "traded 30.5 billion yuan. China's total trade came to 50 trillion yuan in 2031."],
  ["anhui-2027", "Anhui trade, 2027-2031", "2032-02-03",
    "Anhui's foreign trade was 0.8 trillion yuan in 2027."],
];

let built: Base | undefined;
const base = () => (built ??= baseOf(DOCS));
const frame = (question: string) => planFrameOf(question, base());
const planOf = (question: string) => readPlan(frame(question));
const computedOf = (question: string) => {
  const p = planOf(question);
  const a = p && runPlan(p, base(), question);
  return a?.figures.filter((f) => f.computed).map((f) => [f.value, f.unit]);
};

describe("a zone's share of the province its city lies in (placeShare)", () => {
  it("works out the zone's amount over the province's, across two articles", () => {
    const p = planOf("what % of anhui's 2031 foreign trade did the hefei industrial park account for?");
    expect(p?.operation).toBe("part");
    expect(p?.inputs.map((i) => i.entity)).toEqual(["zone:Hefei Industrial Park", "anhui"]);
    expect(computedOf("what % of anhui's 2031 foreign trade did the hefei industrial park account for?"))
      .toEqual([[8.03, "%"]]);
  });
  it("plans no share of a province the zone's city does not lie in", () => {
    expect(planOf("what % of henan's 2031 foreign trade did the hefei industrial park account for?")?.operation)
      .not.toBe("part");
  });
});

describe("places of the nation added up, and their share of China's total (combined)", () => {
  it("adds the two provinces' totals and takes their share of the nation's", () => {
    const q = "anhui + henan combined trade in 2031, and what share of china's total is that?";
    const p = planOf(q);
    expect(p?.operation).toBe("combined");
    expect(p?.inputs.map((i) => i.entity)).toEqual(["china", "anhui", "henan"]);
    expect(computedOf(q)).toEqual([[2.1, "trillion yuan"], [4.2, "%"]]);
  });
});

describe("a qualifier naming the fact's own place narrows nothing the question asks (matchFact)", () => {
  it("answers a question naming the place with its whole figure, not a zone's named after it", () => {
    const b = base();
    const q = "henan trade in 2031?";
    const facts = candidates(b.facts, { words: questionWords(q), entity: "henan", metric: "trade",
      measures: ["amount"], period: { y1: 2031, m1: 1, y2: 2031, m2: 12 } });
    expect(facts[0]?.value).toBe(0.9);
  });
  it("still answers with a figure whose qualifier only names its place when no other states it", () => {
    const b = baseOf([["guangxi", "Guangxi's trade in 2031", "2032-01-20",
      "Trade of the south China Guangxi Zhuang Autonomous Region grew 12.5 percent in 2031."]]);
    const q = "guangxi trade growth in 2031?";
    const facts = candidates(b.facts, { words: questionWords(q), entity: "guangxi", metric: "trade", measures: ["growth"],
      period: { y1: 2031, m1: 1, y2: 2031, m2: 12 } });
    expect(facts.map((f) => f.value)).toEqual([12.5]);
  });
});

describe("the same figure in a city's report and in its province's table (ownReportFirst)", () => {
  it("cites the city's own report", () => {
    const f = statedFact({ entity: "city:hefei", metric: "trade", measure: "share",
      period: { y1: 2031, m1: 1, y2: 2031, m2: 12 } }, { base: base(), words: questionWords("hefei's share of anhui") });
    expect(f?.value).toBe(41.2);
    expect(f?.docId).toBe("hefei");
  });
});

describe("the average annual growth between two years' levels (annualGrowth)", () => {
  it("compounds the change over the whole years between", () => {
    const bn = (value: number) => ({ value, unit: "billion yuan", scale: 1e9 });
    expect(annualGrowth(bn(146.41), bn(100), 4)?.value).toBe(10);
    expect(annualGrowth(bn(146.41), bn(100), 0)).toBeUndefined();
    expect(annualGrowth(bn(146.41), { value: 100, unit: "billion US dollars", scale: 1e9 }, 4)).toBeUndefined();
  });
  it("reads 'overall % increase and the average annual growth rate' over two years as both changes", () => {
    const q = "anhui total trade 2027->2031: overall % increase and the average annual growth rate?";
    expect(planOf(q)?.changes).toEqual(["percent", "annual"]);
    expect(computedOf(q)).toEqual([[50, "%"], [10.67, "%"]]);
  });
});

describe("goods before their flow with a word set off by commas (GOODS_BEFORE_FLOW)", () => {
  const TEXT = "Lanxi's foreign trade reached 20.5 billion dollars in 2031. ";
  it("reads 'Steel exports, by contrast, fell …' as the steel's", () => {
    const facts = factsOf(`${TEXT}Steel exports, by contrast, fell 4.5 percent to 1.25 billion dollars.`, { published: "2032-01-20" });
    expect(one(facts, 1.25).subject).toBe("steel");
    expect(one(facts, -4.5).subject).toBe("steel");
  });
  it("reads 'Exports, however, rose …' as no goods'", () => {
    const facts = factsOf(`${TEXT}Exports, however, rose 3.5 percent to 11.5 billion dollars.`, { published: "2032-01-20" });
    expect(one(facts, 11.5).subject).toBeUndefined();
  });
});

describe("a period in a relative clause that ends a sentence carries no further (RELATIVE_TAIL)", () => {
  it("keeps the article's year after ', which had held that position in 2027 and 2028.'", () => {
    const facts = factsOf("Lanxi's foreign trade reached 20.5 billion dollars in 2031. Chips became its largest export, "
      + "overtaking steel, which had held that position in 2027 and 2028. Steel exports fell 4.5 percent to 1.25 billion dollars.",
    { published: "2032-01-20" });
    expect(one(facts, 1.25).period).toEqual({ y1: 2031, m1: 1, y2: 2031, m2: 12 });
  });
});

describe("the processing mode named before its flows (SUBJECTS)", () => {
  it("reads 'Processing imports and exports came to …' as processing trade", () => {
    const facts = factsOf("Lanxi's foreign trade reached 98.5 billion dollars in 2031. Processing imports and exports came "
      + "to 45.5 billion dollars, 46.2 percent of the city's total.", { published: "2032-01-20" });
    expect(one(facts, 45.5).subject).toBe("processing trade");
    expect(one(facts, 46.2).subject).toBe("processing trade");
  });
});

describe("'solar' asked for a text's solar cells (SHORT_FORMS)", () => {
  it("finds the stored goods by the short word", () => {
    expect(subjectFinder(["solar cell"])("lanxi solar exports in 2031?")).toEqual(["solar cell"]);
  });
});

describe("one goods named short in a sentence and in full in a table row of the same figure (oneGoodsName)", () => {
  it("gives the sentence's figures the row's name", () => {
    const facts = factsOf("Lanxi's exports reached 90 billion yuan in the first three quarters of 2031.\n\nExports by product\n"
      + "Product | Value (billion yuan) | Change (%) |\nGarments and clothing accessories | 13.75 | -2.5 |\n\n"
      + "Garment exports, however, fell 2.5 percent to 13.75 billion yuan.", { published: "2031-10-20" });
    expect(facts.filter((f) => f.subject).map((f) => f.subject)).toEqual(Array(4).fill("garments and clothing accessories"));
  });
  it("gives a table row's name no longer name that only says where ('nickel ore cleared at …')", () => {
    const facts = factsOf("Lanxi's imports rose in 2031. Imports of nickel ore cleared at Lanxi rose 8.5 percent to 3.45 "
      + "billion dollars.\n\n| Commodity (imports, 2031) | Value (US$ billion) |\n|---|---|\n| Nickel ore | 3.45 |\n",
    { published: "2032-01-20" });
    expect(facts.filter((f) => f.value === 3.45).map((f) => f.subject).sort()).toEqual(["nickel ore", "nickel ore"]);
  });
  it("keeps a name no twin figure states in full", () => {
    const facts = factsOf("Lanxi's exports reached 90 billion yuan in 2031. Garment exports fell 2.5 percent to 13.75 billion "
      + "yuan. Exports of garments and shoes came to 20.5 billion yuan.", { published: "2032-01-20" });
    expect(one(facts, 13.75).subject).toBe("garment");
  });
});

describe("a figure a level is set against carries its year no further (BASE_FIGURE_BEFORE)", () => {
  it("keeps the article's year after 'it was level with 2030's 45.52 billion dollars'", () => {
    const facts = factsOf("Lanxi's foreign trade rose 7.5 percent to 98.5 billion dollars in 2031. Processing trade barely "
      + "moved: it was almost exactly level with 2030's 45.52 billion dollars. General trade, by contrast, grew 12.5 percent "
      + "to 39.5 billion dollars.", { published: "2032-02-01" });
    expect(one(facts, 45.52).period).toEqual({ y1: 2030, m1: 1, y2: 2030, m2: 12 });
    expect(one(facts, 39.5).period).toEqual({ y1: 2031, m1: 1, y2: 2031, m2: 12 });
  });
});

describe("the average annual growth over a run of years (overTime, average)", () => {
  const RUN: Doc[] = [["lanxi", "Lanxi's trade, 2026-2030", "2031-02-01",
    "Lanxi's foreign trade was 100 billion yuan in 2026 and 146.41 billion yuan in 2030."]];
  const STATED: Doc[] = [["lanxi", "Lanxi's trade, 2026-2030", "2031-02-01",
    "Lanxi's foreign trade was 100 billion yuan in 2026 and 146.41 billion yuan in 2030, an average annual growth of "
      + "9.5 percent over 2026-2030."]];
  const ask = (docs: Doc[], question: string) => {
    const b = baseOf(docs);
    const q = parseQuestion(question, { groups: b.groups, findSubjects: b.findSubjects, words: b.words });
    const p = readPlan(q);
    return { plan: p, answer: p && runPlan(p, b, question) };
  };
  it("works the rate out from the first and the last year's levels, never as the mean of the amounts", () => {
    for (const question of ["lanxi avg annual growth rate over 2026-2030?", "lanxi's trade: average annual growth from 2026 to 2030?"]) {
      const { plan, answer } = ask(RUN, question);
      expect(plan?.operation).toBe("overTime");
      expect(answer?.figures.filter((f) => f.computed).map((f) => f.value)).toEqual([10]);
    }
  });
  it("quotes a yearly rate the text states", () => {
    const { answer } = ask(STATED, "lanxi average annual growth rate over 2026-2030?");
    expect(answer?.figures.map((f) => [f.value, f.computed])).toEqual([[9.5, false]]);
  });
  it("still averages the amounts when no rate is asked", () => {
    expect(ask(RUN, "lanxi avg annual trade over 2026-2030?").plan?.operation).toBe("average");
  });
});

describe("an average per month asked in short ('monthly avg')", () => {
  it("is the amount over the months of the period", () => {
    const b = baseOf([["hunan-h1", "Hunan's trade in the first half of 2031", "2031-07-20",
      "In the first half of 2031, Hunan's imports and exports totaled 240.6 billion yuan. In June alone, trade reached "
        + "45.2 billion yuan."]]);
    const question = "hunan h1 2031 monthly avg trade value?";
    const read = (text: string) => readPlan(parseQuestion(text, { groups: b.groups, findSubjects: b.findSubjects, words: b.words }));
    // (the long spelling still reads as before)
    expect(read("hunan average monthly trade in h1 2031?")?.operation).toBe("average");
    const q = parseQuestion(question, { groups: b.groups, findSubjects: b.findSubjects, words: b.words });
    const p = readPlan(q);
    expect(p?.operation).toBe("average");
    expect(runPlan(p!, b, question).figures.filter((f) => f.computed).map((f) => f.value)).toEqual([40.1]);
  });
});
