import { describe, expect, it } from "vitest";
import { findEntities, findGroupDefinitions } from "../text/entities.js";
import { place, provincesIn, PROVINCES } from "../text/places.js";
import { findNumbers } from "../text/numbers.js";
import { findPeriods, periodLabel } from "../text/periods.js";
import { correctSpelling, parseQuestion } from "../retrieval/figures/query.js";

const nums = (t: string) => findNumbers(t).map((n) => ({ value: n.value, unit: n.unit, ...(n.approx && { approx: n.approx }), ...(n.alt && { alt: `${n.alt.value} ${n.alt.unit}` }) }));

describe("findNumbers", () => {
  it("reads a quantity counted in a bracketed unit of official tables, restated in a standard scale", () => {
    expect(nums("It imported 2,431.6 (10,000 tonnes) of ore, worth 567.8 (100 million yuan). Logs: 1,062.4 (10,000 cubic metres).")).toEqual([
      { value: 24.316, unit: "million tonnes" }, { value: 56.78, unit: "billion yuan" }, { value: 10.624, unit: "million cubic metres" },
    ]);
  });
  it("reads an amount with its bracketed dollar equivalent as one figure", () => {
    expect(nums("totaled 113.03 billion yuan ($17.5 billion) in the period")).toEqual([{ value: 113.03, unit: "billion yuan", alt: "17.5 billion US dollars" }]);
  });
  it("tells percent from percentage points", () => {
    expect(nums("up 0.9 percentage points, while exports rose 15.2 percent and 27.1%")).toEqual([
      { value: 0.9, unit: "percentage points" }, { value: 15.2, unit: "%" }, { value: 27.1, unit: "%" },
    ]);
  });
  it("keeps hedges and turns fractions into percentages", () => {
    expect(nums("more than one-fifth of trade and nearly 50% of appliances, about 76.7 percent")).toEqual([
      { value: 20, unit: "%", approx: "more than" }, { value: 50, unit: "%", approx: "nearly" }, { value: 76.7, unit: "%", approx: "about" },
    ]);
    expect(nums("more than one-third")[0]!.value).toBeCloseTo(33.333, 2);
  });
  it("reads scale words, thousands separators, counts and multiples", () => {
    expect(nums("1.23 trillion yuan, 1,200 varieties, 188 countries and regions, increased 1.2 times, trade doubled")).toEqual([
      { value: 1.23, unit: "trillion yuan" }, { value: 1200, unit: "varieties" }, { value: 188, unit: "countries and regions" },
      { value: 1.2, unit: "times" }, { value: 2, unit: "times" },
    ]);
  });
  it("reads the short scale 'mn' before a counted noun as million, not as a word of the noun", () => {
    expect(nums("imports of 12.4 mn tonnes and 3.5 mn vehicles")).toEqual([
      { value: 12.4, unit: "million tonnes" }, { value: 3.5, unit: "million vehicles" },
    ]);
  });
  it("does not take years, ordinals, calendar days or year ranges for figures", () => {
    expect(nums("In 2025, the 13th Five-Year Plan (2016-20) data released on July 21 by the 18th congress")).toEqual([]);
  });
  it("leaves a bare scaled amount without a currency for the extractor to resolve", () => {
    expect(findNumbers("exports reached 389.14 billion, up 15.2 percent")[0]).toMatchObject({ value: 389.14, kind: "bare", unit: "billion" });
  });
});

describe("gazetteer and findEntities", () => {
  it("knows all 34 provincial-level divisions with region and coastline", () => {
    expect(PROVINCES).toHaveLength(34);
    expect(place("shaanxi")).toMatchObject({ region: "western", coastal: false });
    expect(place("shanxi")).toMatchObject({ region: "central", coastal: false });
    expect(place("guangxi")).toMatchObject({ region: "western", coastal: true });
    expect(provincesIn("northeastern").sort()).toEqual(["heilongjiang", "jilin", "liaoning"]);
    expect(provincesIn("inland")).toContain("beijing"); // no coastline, though NBS-eastern
    expect(provincesIn("coastal")).not.toContain("beijing");
  });
  it("matches aliases, keeps Shaanxi and Shanxi apart and prefers the longest name", () => {
    const ids = (t: string) => findEntities(t).map((e) => e.id);
    expect(ids("Shaanxi and Shanxi, Inner Mongolia Autonomous Region, Guangxi Zhuang Autonomous Region, Xizang")).toEqual(["shaanxi", "shanxi", "inner-mongolia", "guangxi", "tibet"]);
    expect(ids("the Guangdong-Hong Kong-Macao Greater Bay Area and Central Asian countries")).toEqual(["region:gba", "partner:central-asia"]);
    expect(ids("the three northeastern provinces, the central and western regions, Beijing-Tianjin-Hebei")).toEqual(["region:northeastern", "region:central-western", "region:jing-jin-ji"]);
    expect(ids("trade with the EU and the US; let us see")).toEqual(["partner:eu", "partner:us"]);
    expect(findEntities("Guangdong’s exports")[0]).toMatchObject({ id: "guangdong", possessive: true });
  });
  it("knows cities by their conventional English names, not only the pinyin of their Mongolian or Uyghur names", () => {
    const found = (t: string) => findEntities(t).map((e) => place(e.id)?.name);
    expect(found("trade through Erenhot and Korla")).toEqual(["Erenhot", "Korla"]);
    expect(found("Erlianhaote")).toEqual(["Erenhot"]);
    expect(place("city:erenhot")?.parent).toBe("inner-mongolia");
  });
  it("learns groups a document defines by listing their members", () => {
    const text = "seven inland regions - Henan province, Yunnan province, Anhui province, Shaanxi province, Gansu province, Guizhou province and Chongqing - all posted growth";
    const [g] = findGroupDefinitions(text);
    expect(g).toEqual({ id: "group:seven-inland-regions", name: "seven inland regions", members: ["henan", "yunnan", "anhui", "shaanxi", "gansu", "guizhou", "chongqing"] });
    expect(findEntities("Later, the seven inland regions grew.", [g!])[0]!.id).toBe("group:seven-inland-regions");
  });
});

describe("findPeriods", () => {
  const label = (t: string, ctx = {}) => findPeriods(t, ctx).map((p) => periodLabel(p.period));
  it("resolves months and halves against the document's date", () => {
    expect(label("In January, exports fell", { docYear: 2014, docMonth: 2 })).toEqual(["January 2014"]);
    expect(label("In December, exports fell", { docYear: 2014, docMonth: 2 })).toEqual(["December 2013"]);
    expect(label("trade grew in the first half", { docYear: 2021, docMonth: 8 })).toEqual(["first half of 2021"]);
    expect(label("up 0.5 percent last month", { docYear: 2019, docMonth: 2 })).toEqual(["January 2019"]);
    expect(label("Last year, it invested", { docYear: 2019, docMonth: 2 })).toEqual(["2018"]);
    expect(label("in first month of the year", { docYear: 2019, docMonth: 2 })).toEqual(["January 2019"]);
  });
  it("reads plan periods, ranges, quarters and explicit years", () => {
    expect(label("during the 13th Five-Year Plan (2016-20)")).toEqual(["2016–2020"]);
    expect(label("the 14th Five-Year Plan period")).toEqual(["2021–2025"]);
    expect(label("h1 2021, first-half 2021, January to June 2021")).toEqual(["first half of 2021", "first half of 2021", "first half of 2021"]);
    expect(label("the first three quarters of 2024, Q1 2022, the first two months of 2023")).toEqual(["first three quarters of 2024", "Q1 2022", "January–February 2023"]);
    expect(label("In 2025, trade grew")).toEqual(["2025"]);
  });
  it("does not read a calendar day or a capitalised credit as a period", () => {
    expect(label("data released on July 21", { docYear: 2021, docMonth: 8 })).toEqual([]);
    expect(label("ZHAO JUN/FOR CHINA DAILY", { docYear: 2023, docMonth: 1 })).toEqual([]);
  });
  it("leaves the year open for a question that names only a month", () => {
    expect(findPeriods("exports in january")[0]!.period).toEqual({ y1: null, m1: 1, y2: null, m2: 1 });
  });
});

describe("parseQuestion", () => {
  it("corrects typos in domain words and names but never turns one real name into another", () => {
    expect(correctSpelling("whats the growth of china's new three types exprots")).toContain("exports");
    expect(correctSpelling("the frist half, percantage points")).toBe("the first half, percentage points");
    expect(correctSpelling("shanxis trade")).toBe("shanxi's trade");
    // a possessive as near a place as a common word is the place's ("yunan's": yunnan, not yuan); a bare word stays
    expect(correctSpelling("what rate does yunan's 2013 total imply, in yunan terms?")).toBe("what rate does yunnan's 2013 total imply, in yunan terms?");
    expect(correctSpelling("which economy's exports to hunan fell?")).toBe("which economy's exports to hunan fell?");
    expect(correctSpelling("Shaanxi and Henan and Hunan")).toBe("Shaanxi and Henan and Hunan");
    // a compass word is a word of its own, never a typo of another one letter apart
    expect(correctSpelling("rank the southwest and northwest provinces")).toBe("rank the southwest and northwest provinces");
    // a city outside the curated list is still a real name, not a typo of a curated one (one letter apart)
    expect(correctSpelling("yangzhou exports and jinzhou imports")).toBe("yangzhou exports and jinzhou imports");
    expect(parseQuestion("exports of yangzhou in 2021").entities).toEqual(["city:yangzhou"]);
    // a word made a place's name only when it starts as the name does: "yangshan" (a port area) is not Tangshan
    expect(correctSpelling("yangshan transhipment growth")).toBe("yangshan transhipment growth");
    expect(correctSpelling("hangzou exports")).toBe("hangzhou exports");
  });
  it("understands filters, flows, measures and periods", () => {
    const q = parseQuestion("which inland provinces' exports grew fastest in 2025");
    expect(q).toMatchObject({ intent: "rank", filter: "inland", metric: "exports", measures: ["growth", "multiple"], subjectKind: "province" });
    expect(q.periods).toEqual([{ y1: 2025, m1: 1, y2: 2025, m2: 12 }]);
  });
  it("reads a named group as an entity, not a filter", () => {
    expect(parseQuestion("how much did the three northeastern provinces trade in 2023").entities).toEqual(["region:northeastern"]);
  });
  it("recognises each kind of computation", () => {
    expect(parseQuestion("What was Guangdong's trade surplus in January 2019?").intent).toBe("surplus");
    expect(parseQuestion("how many percentage points faster did jiangxi's exports grow than sichuan's").intent).toBe("comparison");
    expect(parseQuestion("combined, how much did guangdong trade with the EU and the US").intent).toBe("sum");
    expect(parseQuestion("based on guangdong's 23.1% share, how big was china's total trade").intent).toBe("implied_whole");
    expect(parseQuestion("what does the 108.4% growth imply shanxi's trade was in 2020").intent).toBe("implied_previous");
    expect(parseQuestion("what exchange rate is implied by the trade total").intent).toBe("exchange_rate");
    expect(parseQuestion("What share of Shanxi's first-half 2021 trade came in June alone?").intent).toBe("share_of");
    expect(parseQuestion("where did shanxi rank nationally in h1 2021").intent).toBe("rank_position");
  });
  it("stores trade with a partner as China's trade with it", () => {
    expect(parseQuestion("rank ASEAN, Latin America and Africa by trade growth")).toMatchObject({ entities: ["china"], partners: ["partner:asean", "partner:latam", "partner:africa"] });
  });
});
