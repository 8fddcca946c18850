import { describe, expect, it } from "vitest";
import { cleanText } from "../corpus/clean.js";
import { parseQuestion } from "../retrieval/figures/query.js";
import { findEntities } from "../text/entities.js";
import { readPlan } from "../retrieval/plans/read.js";
import { runPlan } from "../retrieval/plans/run.js";
import { subjectFinder } from "../text/subjects.js";
import { baseOf, planFrameOf, type Base, type Doc } from "./helpers/figureBase.js";
import { factsOf, one } from "./helpers/facts.js";

// Stop 33: computed shares, averages and two-document comparisons. Made-up articles in the shapes the blind sets use;
// the fact readers that feed the plans are pinned on made-up sentences, and each plan is asked about the articles.

const DOCS: Doc[] = [
  ["guangxi", "Guangxi's trade in 2031", "2032-01-20",
    "Guangxi's imports and exports of goods reached 640.5 billion yuan in 2031, up 4 percent. "
      + "The Qingmu Economic Development Zone traded 128.1 billion yuan last year, up 9.2 percent.\n\n"
      + "Private enterprises traded 301.2 billion yuan, up 8.1 percent; their share of the region's total rose "
      + "2.5 percentage points from a year earlier to 47.0 percent."],
  ["anhui", "Anhui's trade in 2029", "2030-01-21",
    "Anhui's foreign trade reached 900.8 billion yuan in 2029. Private enterprises traded 410.2 billion yuan; their "
      + "share of the province's total rose 1.1 percentage points to 45.5 percent."],
];

let built: Base | undefined;
const base = () => (built ??= baseOf(DOCS));
const planOf = (question: string) => readPlan(planFrameOf(question, base()));
const computedOf = (question: string) => {
  const p = planOf(question);
  const a = p && runPlan(p, base(), question);
  return a?.figures.filter((f) => f.computed).map((f) => [f.value, f.unit]);
};

describe("a share's level after its change in points and the base of the change (text/flows.ts LEVEL_REACHED)", () => {
  const facts = factsOf("Guangxi's trade rose 4 percent in 2031. Private enterprises traded 301.2 billion yuan, up 8.1 "
    + "percent; their share of the region's total rose 2.5 percentage points from a year earlier to 47.0 percent.");
  it("reads the level reached as the share, not a growth", () => {
    expect(one(facts, 47)).toMatchObject({ measure: "share", subject: "private enterprises" });
  });
  it("works back no growth of the year before from the share's points (they are the share's, not the growth's)", () => {
    expect(facts.filter((f) => f.derived && f.measure === "growth")).toEqual([]);
  });
});

describe("a sentence whose only figure is a base compared with (facts/extract.ts BASE_FIGURE_BEFORE)", () => {
  it("does not move the text on to the base's year", () => {
    const facts = factsOf("Liuzhou's imports and exports totaled 90.4 billion yuan in 2031, down 1.2 percent. The city's "
      + "trade was still well above the 71.3 billion yuan it recorded in 2027.\n\nPrivate enterprises traded 30.7 "
      + "billion yuan, up 2.2 percent.");
    expect(one(facts, 71.3).period).toMatchObject({ y1: 2027, y2: 2027 });
    expect(one(facts, 30.7).period).toMatchObject({ y1: 2031, y2: 2031 });
  });
});

describe("a city's part 'of the total' the text spoke of last (facts/extract.ts OF_THE_TOTAL)", () => {
  const facts = factsOf("Guangxi's imports and exports grew 3.1 percent to 640.5 billion yuan in 2031. Exports rose "
    + "2 percent to 350.1 billion yuan and imports 4.3 percent to 290.4 billion yuan. Guangxi remains a mid-sized "
    + "trader.\n\nLiuzhou, an industrial city, accounted for 80.2 billion yuan of the total, or 12.5 percent, and its "
    + "trade grew 6.5 percent.");
  it("reads the amount as the city's trade", () => {
    expect(one(facts, 80.2)).toMatchObject({ entity: "city:liuzhou", metric: "trade", measure: "amount" });
  });
  it("reads the share as one of the province's total, of the same flow", () => {
    expect(one(facts, 12.5)).toMatchObject({ entity: "city:liuzhou", metric: "trade", measure: "share", shareOf: "guangxi" });
  });
});

describe("a subject the question names in the built-in words (retrieval/figures/query.ts)", () => {
  it("is not also a stored subject one of whose parts is the same word ('private' of 'private and other enterprises')", () => {
    const findSubjects = subjectFinder(["private and other enterprises", "private enterprises"]);
    expect(parseQuestion("private firms share of trade: anhui 2029 vs guangxi 2031, which is higher?", { findSubjects })
      .subjects).toEqual(["private enterprises"]);
    expect(parseQuestion("private and other enterprises' trade in anhui in 2029?", { findSubjects }).subjects)
      .toContain("private and other enterprises");
  });
  it("sets the two places' shares side by side, each in its own year", () => {
    expect(computedOf("private firms share of trade: anhui 2029 vs guangxi 2031, which is higher + by how many pts?"))
      .toEqual([[1.5, "percentage points"]]);
  });
});

describe("a share the year before from a stated change in points and the documents' level (plans shareBefore)", () => {
  it("takes the later share from the documents and works back the earlier one the question names", () => {
    const q = "guangxi 2031 private firms' share was up 2.5 pts - so what was their share in 2030?";
    expect(planOf(q)?.operation).toBe("rateApart");
    expect(computedOf(q)).toEqual([[44.5, "%"]]);
  });
  it("plans nothing for a period asked that is not the one before", () => {
    expect(planOf("guangxi 2031 private firms' share was up 2.5 pts - so what was their share in 2027?")?.operation)
      .not.toBe("rateApart");
  });
});

describe("a zone's share of the place the question puts it in (plans placeShare)", () => {
  it("works out the zone's amount over the province's when the zone's name locates it nowhere", () => {
    const q = "qingmu economic development zone's share of guangxi's goods trade in 2031?";
    expect(planOf(q)?.operation).toBe("part");
    expect(computedOf(q)).toEqual([[20, "%"]]);
  });
});

describe("the text after a table (facts/extract.ts, end of a table)", () => {
  it("goes back to the article's period from a month the sentence before the table was about", () => {
    const facts = factsOf("Liuzhou's imports and exports reached 30.2 billion yuan in January-April 2031, up 3.1 percent.\n\n"
      + "After a weak January, when trade fell 2.2 percent, every month grew. April was the largest month.\n"
      + "Month | Trade (billion yuan)\n---|---\nJanuary | 6.1\nFebruary | 7.2\nMarch | 8.3\nApril | 8.6\n"
      + "Machinery. Exports of machinery rose 12.4 percent to 4.46 billion yuan, with 8,700 units shipped.",
      { published: "2031-05-19" });
    expect(one(facts, 8700).period).toMatchObject({ y1: 2031, m1: 1, y2: 2031, m2: 4 });
  });
});

describe("goods 'made in' a place (text/flows.ts goodsOf)", () => {
  it("names the goods without 'made'", () => {
    const facts = factsOf("Exports of motorcycles made in Liuzhou rose 12.4 percent to 4.46 billion yuan in 2031.");
    expect(one(facts, 4.46).subject).toBe("motorcycles");
  });
});

const COUNTED: Doc[] = [
  ["liuzhou-2012", "Liuzhou trade, January-May 2012", "2012-06-16",
    "Liuzhou's imports and exports rose 5 percent in the first five months of 2012. The city's carmakers shipped "
      + "11,400 vehicles abroad worth 96 million dollars, up 12.1 percent."],
  ["liuzhou-2031", "Liuzhou trade, January-April 2031", "2031-05-19",
    "Liuzhou's imports and exports rose 3 percent in January-April 2031. Exports of cars made in Liuzhou rose "
      + "40.5 percent to 1.46 billion yuan, with 13,900 vehicles shipped."],
  ["guilin-2029", "Guilin trains, 2029", "2030-01-10",
    "Freight trains leaving Guilin rose to 910 trips in 2029."],
  ["wuzhou-2030", "Wuzhou's Laos logistics base", "2031-01-12",
    "Wuzhou's foreign trade rose 2 percent in 2030. The China-Laos (Wuzhou) logistics base dispatched 240 trains to Laos "
      + "in 2030."],
];
let counted: Base | undefined;
const countedBase = () => (counted ??= baseOf(COUNTED));
const countedOf = (question: string) => {
  const p = readPlan(planFrameOf(question, countedBase()));
  const a = p && runPlan(p, countedBase(), question);
  return a?.figures.map((f) => [f.value, f.unit]);
};

describe("one place's counts in two periods from two documents (plans ratesApart)", () => {
  it("sets the two counts side by side with their difference", () => {
    expect(countedOf("liuzhou car exports: jan-may 2012 vs jan-apr 2031, how many vehicles each?"))
      .toEqual([[11400, "vehicles"], [13900, "vehicles"], [2500, "vehicles"]]);
  });
});

describe("a partner named right after one place's 's (plans twoPlaces)", () => {
  it("is that side's alone", () => {
    const p = readPlan(planFrameOf("more trains: freight trains leaving guilin in 2029 or wuzhou's laos logistics base in "
      + "2030? numbers and difference", countedBase()));
    expect(p?.inputs.map((i) => i.partner)).toEqual([undefined, "partner:la"]);
  });
});

const SHOPS: Doc[] = [
  ["guangxi-shops", "Guangxi's duty-free shops in 2031", "2032-01-18",
    "Guangxi's foreign trade reached 640.5 billion yuan in 2031. Offshore duty-free sales came to 12.6 billion yuan in "
      + "2031, up 8.2 percent. The shops served 1.8 million shoppers, up 5 percent, and sold 9.9 million items. Since the "
      + "scheme began the cumulative value has reached 30.4 billion yuan."],
  ["anhui-shops", "Anhui's shops in 2031", "2032-01-19",
    "Anhui's foreign trade reached 900.8 billion yuan in 2031. Since the scheme began the cumulative value has reached "
      + "20.4 billion yuan. The shops served 2.5 million shoppers in 2031."],
];
let shops: Base | undefined;
const shopsBase = () => (shops ??= baseOf(SHOPS));
const shopsOf = (question: string) => {
  const p = readPlan(planFrameOf(question, shopsBase()));
  const a = p && runPlan(p, shopsBase(), question);
  return a?.status === "answered" ? a.figures.filter((f) => f.computed).map((f) => [f.value, f.unit]) : a?.status;
};

describe("sales of duty-free shops (text/flows.ts findQualifier)", () => {
  it("are named as such, no figure of the place's trade", () => {
    const facts = factsOf("Guangxi's foreign trade reached 640.5 billion yuan in 2031. Offshore duty-free sales came to "
      + "12.6 billion yuan in 2031, up 8.2 percent.");
    expect(one(facts, 12.6)).toMatchObject({ metric: "other", qualifier: "offshore duty-free sales" });
  });
});

describe("the average spend per shopper (plans spendPer)", () => {
  it("is the shops' sales over the shoppers counted", () => {
    expect(shopsOf("guangxi 2031 offshore duty-free: avg spend per shopper?")).toEqual([[7000, "yuan per shopper"]]);
  });
  it("takes no other amount of the place's for the sales", () => {
    expect(shopsOf("anhui 2031 duty-free: avg spend per shopper?")).not.toEqual(expect.arrayContaining([expect.anything()]));
  });
});

describe("a city the gazetteer's generator misread (text/places.ts EXONYMS)", () => {
  it("knows 珲春 as Hunchun, a city of Jilin", () => {
    expect(findEntities("Foreign trade of Hunchun rose")[0]).toMatchObject({ id: "city:hunchun" });
  });
});

describe("a paper's dateline with its edition in brackets (corpus/clean.ts PLACE_DATE)", () => {
  it("dates the article", () => {
    expect(cleanText("Trade news\nLiuzhou Evening News (English edition), March 4, 2024\n\nTrade rose.").dateline)
      .toBe("2024-03-04");
  });
});

const PARTNERED: Doc[] = [
  ["liuzhou-vn", "Liuzhou's trade in the first half", "2031-08-02",
    "Foreign trade of Liuzhou rose 4.1 percent to 12.4 billion yuan in the first half of 2031. Trade with Vietnam climbed "
      + "6.2 percent to 3.1 billion yuan. Guangxi's foreign trade rose 2 percent to 310 billion yuan in the first half. "
      + "Guangxi's trade with Vietnam was 62 billion yuan."],
];
let partnered: Base | undefined;
const partneredBase = () => (partnered ??= baseOf(PARTNERED));

describe("a city's share of its province's total and of the province's trade with a partner (plans placeShare)", () => {
  it("works out both shares, the total's first", () => {
    const q = "liuzhou h1 2031: what share of guangxi's total trade, and of guangxi's trade with vietnam?";
    const p = readPlan(planFrameOf(q, partneredBase()));
    const a = p && runPlan(p, partneredBase(), q);
    expect(a?.figures.filter((f) => f.computed).map((f) => [f.value, f.unit])).toEqual([[4, "%"], [5, "%"]]);
  });
});

describe("a city that took a part of a whole the text spoke of (facts/extract.ts PART_OF_WHOLE_AFTER)", () => {
  it("leaves the province the topic of the next sentence", () => {
    const facts = factsOf("Guangxi's foreign trade rose 3 percent to 80.5 billion yuan in the first quarter of 2024. "
      + "Duty-free shopping picked up. Sales in the quarter reached 4.4 billion yuan. Shops in Liuzhou took 1.9 billion "
      + "yuan of the sales. The holiday was the strongest period. Offshore duty-free sales for the whole of last year "
      + "were 15.1 billion yuan.", { published: "2024-04-20" });
    expect(one(facts, 1.9).entity).toBe("city:liuzhou");
    expect(one(facts, 15.1)).toMatchObject({ entity: "guangxi", subject: "offshore duty-free sales" });
  });
});

const SALES: Doc[] = [
  ["guangxi-2027", "Guangxi's duty-free shops in 2027", "2028-01-18",
    "Guangxi's foreign trade reached 500.5 billion yuan in 2027. Offshore duty-free sales came to 18.2 billion yuan in "
      + "2027, up 8.2 percent."],
  ["guangxi-q1-2031", "Guangxi's trade in the first quarter", "2031-04-21",
    "Guangxi's foreign trade rose 3 percent to 150.5 billion yuan in the first quarter. Offshore duty-free sales for "
      + "the whole of last year were 16.4 billion yuan, down 2 percent."],
];
let sales: Base | undefined;
const salesBase = () => (sales ??= baseOf(SALES));

describe("shops' sales in two years from two documents (plans owner: sales are of no flow)", () => {
  it("sets the two years' sales side by side with the difference", () => {
    const q = "guangxi offshore duty free sales 2027 vs 2030 - which year was higher and by how much?";
    const p = readPlan(planFrameOf(q, salesBase()));
    const a = p && runPlan(p, salesBase(), q);
    expect(a?.figures.map((f) => [f.value, f.unit])).toEqual([[18.2, "billion yuan"], [16.4, "billion yuan"],
      [1.8, "billion yuan"]]);
  });
});
