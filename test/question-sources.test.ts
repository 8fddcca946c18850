import { describe, expect, it } from "vitest";
import { askedCurrency, asksBothCurrencies, askedText, parseQuestion } from "../retrieval/figures/query.js";
import { periodLabel } from "../text/periods.js";
import { zoneFinder } from "../text/zones.js";

// The words of a question that only say where to look (a source named, its date) or what the answer is in (a
// currency, a note of what the whole includes): made-up questions, read without an index.

describe("a source named is no part of what is asked", () => {
  it.each([
    ["hunan exports, according to the report on ports, in 2020?", "hunan exports , in 2020?"],
    ["hunan exports, going by the bulletin on ports, in 2020?", "hunan exports , in 2020?"],
    ["hunan exports as per customs; in 2020?", "hunan exports ; in 2020?"],
    ["hunan exports in the story about ports; 2020", "hunan exports ; 2020"],
    ["hunan exports from the bulletin on ports", "hunan exports "],
    ["hunan exports in the release about ports?", "hunan exports ?"],
    ["hunan exports in the briefing on ports?", "hunan exports ?"],
    ["hunan exports in the article on ports?", "hunan exports ?"],
    ["hunan exports in the report on ports?", "hunan exports ?"],
    // "per the … piece" up to a bracket or a dash, which begin the ask again
    ["hunan exports per the port anniversary piece - value?", "hunan exports  - value?"],
    ["hunan exports per the report (2017)", "hunan exports  (2017)"],
    ["hunan exports per the presser, value?", "hunan exports , value?"],
    ["hunan exports per the statement?", "hunan exports ?"],
    ["hunan exports per the bulletin?", "hunan exports ?"],
    ["hunan exports per the release?", "hunan exports ?"],
    ["hunan exports per the story?", "hunan exports ?"],
    ["hunan exports per the article?", "hunan exports ?"],
    ["hunan exports per the briefing?", "hunan exports ?"],
    ["hunan exports per the new port's five-year piece?", "hunan exports ?"],
    ["hunan exports per the one two three four five piece?", "hunan exports ?"],
    ["HUNAN EXPORTS ACCORDING TO CUSTOMS?", "HUNAN EXPORTS ?"],
  ])("%s asks %j", (question, asked) => {
    expect(askedText(question)).toBe(asked);
  });
  it.each([
    // six words between "per the" and its kind is no source's name
    "hunan exports per the one two three four five six piece?",
    // a report with nothing it is on is the report asked about
    "hunan exports in the report?",
    "hunan exports in the reports on ports?",
    "hunan exports in the report of ports?",
    "hunan exports to the report on ports?",
  ])("keeps %s whole", (question) => {
    expect(askedText(question)).toBe(question);
  });
  it("takes no term from the source's name", () => {
    expect(parseQuestion("hunan ore exports, according to the story about mines, in 2019").terms).toEqual(["ore"]);
    expect(parseQuestion("hunan ore exports, per the mines piece, in 2019").terms).toEqual(["ore"]);
  });
});

describe("a source named by its date", () => {
  const periods = (question: string) => parseQuestion(question).periods.map(periodLabel);
  it.each([
    ["hunan exports last year according to the jan 2014 customs release", "2013"],
    ["hunan exports last year per the 2018 report", "2017"],
    ["hunan exports last year in its march 2016 bulletin", "2015"],
    ["hunan exports last year in the may 2016 briefing", "2015"],
    ["hunan exports last year per the 2012 statement", "2011"],
    ["hunan exports last year per the 2012 presser", "2011"],
    ["hunan exports last year per the 2012 piece", "2011"],
    ["hunan exports last year per the 2012 story", "2011"],
    ["hunan exports last year per the 2012 article", "2011"],
  ])("%s asks %s", (question, period) => {
    expect(periods(question)).toEqual([period]);
  });
  it("takes a date as a period asked when it names no source", () => {
    expect(periods("hunan exports in 2016 per the customs")).toEqual(["2016"]);
    expect(periods("hunan exports last year according to the 2014 customs releases")).toEqual(["2014"]);
    expect(periods("hunan exports last year according to the 2014 releaser")).toEqual(["2014"]);
    expect(periods("hunan exports last year according to 2014 customs release")).toEqual(["2014"]);
    // (more than 30 letters between the article and the kind of source is no source's name)
    expect(periods("hunan exports last year according to the long-awaited and much-discussed 2014 customs release"))
      .toEqual(["2014"]);
  });
});

describe("the currency asked", () => {
  it.each([
    ["hunan's trade in usd?", "US dollars"],
    ["hunan's trade in dollars?", "US dollars"],
    ["hunan's trade in dollar terms?", "US dollars"],
    ["hunan's trade in us dollars?", "US dollars"],
    ["hunan's trade in u.s. dollars?", "US dollars"],
    ["hunan's trade in US dollar terms?", "US dollars"],
    ["hunan's trade (usd)?", "US dollars"],
    ["hunan's trade ( usd )?", "US dollars"],
    ["hunan's trade (us$)?", "US dollars"],
    ["hunan's trade (us dollars)?", "US dollars"],
    ["hunan's trade (US dollar)?", "US dollars"],
    ["hunan's trade in yuan?", "yuan"],
    ["hunan's trade in rmb?", "yuan"],
    ["hunan's trade in renminbi terms?", "yuan"],
    ["hunan's trade in CNY?", "yuan"],
    ["hunan's trade in usdollars?", undefined],
    ["hunan's trade in yuans?", undefined],
    ["hunan's trade (dollars)?", undefined],
    ["hunan's trade, yuan?", undefined],
    ["how many dollars did hunan export?", undefined],
  ])("%s → %s", (question, currency) => {
    expect(askedCurrency(question)).toBe(currency);
  });
  it("asks both only when both are named", () => {
    expect(asksBothCurrencies("hunan's trade in yuan and in usd?")).toBe(true);
    expect(asksBothCurrencies("hunan's trade in usd?")).toBe(false);
    expect(asksBothCurrencies("hunan's trade in yuan?")).toBe(false);
  });
});

describe("a note of what the whole includes", () => {
  it.each([
    "hunan ore exports in 2019 (gas included)",
    "hunan ore exports in 2019 (re-exports gas included)",
    "hunan ore exports in 2019 (oil and gas inclusive)",
    "hunan ore exports in 2019 ( including gas )",
    "hunan ore exports in 2019 (incl. gas)",
    "hunan ore exports in 2019 (incl gas)",
    "HUNAN ORE EXPORTS IN 2019 (GAS INCLUDED)",
  ])("takes no term from %s", (question) => {
    expect(parseQuestion(question).terms).toEqual(["ore"]);
  });
  it("takes the terms of a bracket that notes nothing included", () => {
    expect(parseQuestion("hunan ore exports in 2019 (gas)").terms).toEqual(["ore", "gas"]);
    expect(parseQuestion("hunan ore exports in 2019 (oil and gas and coal included)").terms).toContain("coal");
  });
});

describe("an aside that says which documents to read", () => {
  const ask = "how much did hunan's ore exports grow from 2011 to 2016 in %?";
  it.each([
    `${ask} (use the 2011 review and the 2016 province table)`,
    `${ask} (see the 2016 report)`,
    `${ask} (using its 2011 bulletin and the 2016 communique)`,
  ])("takes no term and no second mention of a period from %s", (question) => {
    const frame = parseQuestion(question);
    expect(frame.terms).toEqual(parseQuestion(ask).terms);
    expect(frame.periods.map(periodLabel)).toEqual(["2011", "2016"]);
  });
  it("keeps a period only the aside names, and the words of a bracket that names no document", () => {
    expect(parseQuestion("hunan ore exports (use the 2016 report)?").periods.map(periodLabel)).toEqual(["2016"]);
    expect(parseQuestion("hunan ore exports in 2016 (use gas)?").terms).toContain("gas");
  });
});

describe("a place that names the document", () => {
  it("is no place asked, beside a zone asked: 'in the hebei work report'", () => {
    const findZones = zoneFinder(["zone:Lan'ou New Area", "hebei"]);
    expect(parseQuestion("lanou foreign trade target for 2032 in the hebei work report?", { findZones }).entities)
      .toEqual(["zone:Lan'ou New Area"]);
    expect(parseQuestion("trade growth target for 2032 in the hebei government work report?", { findZones }).entities)
      .toEqual(["hebei"]);
  });
});

describe("a dated source in brackets that a relative year is counted from", () => {
  const year = (q: string) => parseQuestion(q).periods.map((p) => periodLabel(p));
  it("reads 'last yr (jan 2032 port article)' as the year before the article's", () => {
    expect(year("how many teu did zorport carry last yr (jan 2032 port article)?")).toEqual([periodLabel({ y1: 2031, m1: 1, y2: 2031, m2: 12 })]);
    expect(year("hunan exports last year (the 2032 hunan online piece)?")).toEqual([periodLabel({ y1: 2031, m1: 1, y2: 2031, m2: 12 })]);
  });
  it("keeps the bracket's year as the one asked when no year is asked relative to it", () => {
    expect(year("why is germany hunan's biggest partner (2032 article)?")).toEqual([periodLabel({ y1: 2032, m1: 1, y2: 2032, m2: 12 })]);
  });
});
