import { describe, expect, it } from "vitest";
import { expandPeriodShorthand, parseQuestion } from "../retrieval/figures/query.js";

// The periods a question's frame asks (retrieval/figures/query.ts): terse forms written out, the months of a period
// spread over the years named, a change across years read as its two ends, each place's own period, a source's date.
// Made-up questions; a period is written y1.m1-y2.m2.
const periods = (question: string) => parseQuestion(question).periods.map((p) => `${p.y1}.${p.m1}-${p.y2}.${p.m2}`);

describe("terse period forms written out", () => {
  it.each([
    ["9M22", "first 9 months of 2022"],
    ["1-9M 2022", "first 9 months of 2022"],
    ["1–9M2022", "first 9 months of 2022"],
    ["9M '22", "first 9 months of 2022"],
    ["12M21", "first 12 months of 2021"],
    ["9M 1998", "first 9 months of 1998"],
    ["2023H1", "H1 2023"],
    ["2023 q3", "Q3 2023"],
    ["2Q23", "Q2 2023"],
    ["3Q 2021", "Q3 2021"],
    ["4Q'22", "Q4 2022"],
    ["h1 '23", "H1 2023"],
    ["q3'21", "Q3 2021"],
    ["FY2024", "2024"],
    ["fy 24", "2024"],
    ["FY'23", "2023"],
    ["FY 1999", "1999"],
    ["1h25", "H1 2025"],
    ["2H 2024", "H2 2024"],
    ["2h'24", "H2 2024"],
    ["q1-q3 2024", "first three quarters of 2024"],
    ["q1-3 2024", "first three quarters of 2024"],
    ["q1 - q3 2024", "first three quarters of 2024"],
    ["1-3q 2024", "first three quarters of 2024"],
    ["1q-3q 2024", "first three quarters of 2024"],
    ["1q–3q 2024", "first three quarters of 2024"],
    ["nov '23", "nov 2023"],
    ["sept. '21", "sept 2021"],
    ["november '19", "november 2019"],
    ["Jan'20", "Jan 2020"],
    ["january '20", "january 2020"],
    ["2022 Q4", "Q4 2022"],
    ["1Q24", "Q1 2024"],
    ["Q4 '19", "Q4 2019"],
    ["H1 '19", "H1 2019"],
    ["1 - 9M 2022", "first 9 months of 2022"],
    ["q1–q3 2024", "first three quarters of 2024"],
    ["1 - 3 q 2024", "first three quarters of 2024"],
    ["1–3q 2024", "first three quarters of 2024"],
    ["1q - 3q 2024", "first three quarters of 2024"],
  ])("%s → %s", (terse, written) => {
    expect(expandPeriodShorthand(terse)).toBe(written);
  });
  it("writes out every terse form of a question, each in its place", () => {
    expect(expandPeriodShorthand("ningbo 9M22 vs 9M23 and 2Q23?"))
      .toBe("ningbo first 9 months of 2022 vs first 9 months of 2023 and Q2 2023?");
  });
  it.each(["13M21", "9m22", "2023H5", "2q23", "5Q23", "3H24", "FYI", "h1 23"])("leaves %s alone", (text) => {
    expect(expandPeriodShorthand(text)).toBe(text);
  });
  it("gives the frame the period of the written-out form", () => {
    expect(periods("jilin trade 2Q23?")).toEqual(["2023.4-2023.6"]);
    expect(periods("jilin trade 2h'24?")).toEqual(["2024.7-2024.12"]);
    expect(periods("jilin trade 1q-3q 2024?")).toEqual(["2024.1-2024.9"]);
  });
});

describe("the months of a period spread over the years named", () => {
  it("asks a period without a year once for each whole year named", () => {
    expect(periods("hunan h1 trade in 2021 and 2022")).toEqual(["2021.1-2021.6", "2022.1-2022.6"]);
    expect(periods("hunan trade in h1 and in 2021")).toEqual(["2021.1-2021.6"]);
  });
  it("gives periods without a year the one year the others name ('jan-sep and jan-oct 2021')", () => {
    expect(periods("hunan's exports in jan-sep and jan-oct 2021")).toEqual(["2021.1-2021.9", "2021.1-2021.10"]);
    expect(periods("hunan's exports in h1, 2021 and q3 2021")).toEqual(["2021.1-2021.6", "2021.7-2021.9"]);
  });
  it("leaves a period without a year alone when the others name two years", () => {
    expect(periods("hunan's exports in h1 2021 and q3 2022 and in q4"))
      .toEqual(["2021.1-2021.6", "2022.7-2022.9", "null.10-null.12"]);
  });
  it("spreads nothing when two periods lack a year, or a dated period stands beside the years", () => {
    expect(periods("hunan's h1 and q3 trade in 2021 and 2022"))
      .toEqual(["null.1-null.6", "null.7-null.9", "2021.1-2021.12", "2022.1-2022.12"]);
    expect(periods("hunan h1 trade in 2021, 2022 and q3 2023"))
      .toEqual(["null.1-null.6", "2021.1-2021.12", "2022.1-2022.12", "2023.7-2023.9"]);
  });
  it("drops a whole year that only repeats the year of a shorter period asked, and keeps another year", () => {
    expect(periods("hunan trade in 2021 and h1 2021")).toEqual(["2021.1-2021.6"]);
    expect(periods("hunan trade in 2020 and h1 2021")).toEqual(["2020.1-2020.12", "2021.1-2021.6"]);
    expect(periods("hunan trade in 2021 and h2 2021")).toEqual(["2021.7-2021.12"]);
    expect(periods("hunan trade in 2021 and q1 2021")).toEqual(["2021.1-2021.3"]);
  });
  it("spreads a period over whole single years only, not over a span of years nor a dated quarter", () => {
    expect(periods("hunan's h1 trade from 2016 to 2020")).toEqual(["null.1-null.6", "2016.1-2020.12"]);
    expect(periods("hunan's exports in h1 and q3 2021")).toEqual(["2021.1-2021.6", "2021.7-2021.9"]);
  });
});

describe("a change across years read as its two ends", () => {
  it.each([
    ["how much did hunan's trade grow from 2010 to 2014", ["2010.1-2010.12", "2014.1-2014.12"]],
    ["how much did hunan's trade rise from 2010 till 2014", ["2010.1-2010.12", "2014.1-2014.12"]],
    ["how much did hunan's trade fall from 2010 until 2014", ["2010.1-2010.12", "2014.1-2014.12"]],
    ["how much did hunan's trade change from 1998 through 2004", ["1998.1-1998.12", "2004.1-2004.12"]],
    ["how much had hunan's exports risen, from 2010 to 2014?", ["2010.1-2010.12", "2014.1-2014.12"]],
    ["how much did hunan's trade grow from  2010  to  2014", ["2010.1-2010.12", "2014.1-2014.12"]],
    ["how much had hunan's trade grown from 2010 to 2014", ["2010.1-2010.12", "2014.1-2014.12"]],
    ["how much had hunan's trade grew from 2010 to 2014", ["2010.1-2010.12", "2014.1-2014.12"]],
    ["hunan's trade growth from 2010 to 2014", ["2010.1-2010.12", "2014.1-2014.12"]],
    ["how much did hunan's trade increase from 2010 to 2014", ["2010.1-2010.12", "2014.1-2014.12"]],
    ["how much had hunan's trade increased from 2010 to 2014", ["2010.1-2010.12", "2014.1-2014.12"]],
    ["how much did hunan's trade rose from 2010 to 2014", ["2010.1-2010.12", "2014.1-2014.12"]],
    ["how much did hunan's trade drop from 2010 to 2014", ["2010.1-2010.12", "2014.1-2014.12"]],
    ["how much had hunan's trade dropped from 2010 to 2014", ["2010.1-2010.12", "2014.1-2014.12"]],
    ["how much did hunan's trade decline from 2010 to 2014", ["2010.1-2010.12", "2014.1-2014.12"]],
    ["how much had hunan's trade declined from 2010 to 2014", ["2010.1-2010.12", "2014.1-2014.12"]],
    ["how much had hunan's trade changed from 2010 to 2014", ["2010.1-2010.12", "2014.1-2014.12"]],
    ["how much did hunan's trade expand from 2010 to 2014", ["2010.1-2010.12", "2014.1-2014.12"]],
    ["how much had hunan's trade expanded from 2010 to 2014", ["2010.1-2010.12", "2014.1-2014.12"]],
    ["how much had hunan's trade fallen from 2010 to 2014", ["2010.1-2010.12", "2014.1-2014.12"]],
    ["how much hunan's trade fell from 2010 to 2014", ["2010.1-2010.12", "2014.1-2014.12"]],
    ["how much did hunan's exports grow from 2010 to 2014 and in 2015",
      ["2010.1-2010.12", "2014.1-2014.12", "2015.1-2015.12"]],
  ])("%s", (question, asked) => {
    expect(periods(question)).toEqual(asked);
  });
  it.each([
    "hunan's average annual growth from 2016 to 2020",
    "hunan's growth per year from 2016 to 2020",
    "hunan's exports increased each year from 2016 to 2020?",
    "hunan's compound growth from 2016 to 2020",
    "how did hunan's imports decline from 2016 to 2020 annually?",
    "how did hunan's imports grow a year from 2016 to 2020?",
    "how did hunan's imports decline from 2016 to 2020, cagr?",
    "what was hunan's trade from 2016 to 2020",
  ])("keeps the span of a rate per year, or of a level asked: %s", (question) => {
    expect(periods(question)).toEqual(["2016.1-2020.12"]);
  });
});

describe("each place's own period", () => {
  it.each([
    "hunan province 2012 vs hubei province h1 2012",
    "hunan's total trade 2012 vs hubei's foreign exports h1 2012",
    "hunan's trade growth in 2012 vs hubei's export value in h1 2012",
    "hunan (2012) vs hubei (h1 2012)",
    "hunan full yr 2012 vs hubei h1 2012",
    "hunan for the whole year of 2012 vs hubei during h1 2012",
    "hunan city port 2012 vs hubei h1 2012",
    "hunan overall imports 2012 vs hubei h1 2012",
    "hunan’s 2012 vs hubei’s h1 2012",
    "hunan export 2012 vs hubei import h1 2012",
    "hunan full-year 2012 vs hubei h1 2012",
    "hunan  2012 vs hubei  h1 2012",
    "hunan's  exports 2012 vs hubei h1 2012",
    "hunan ( 2012 ) vs hubei ( h1 2012 )",
  ])("keeps a year beside a part of it when each follows its place: %s", (question) => {
    const frame = parseQuestion(question);
    expect(frame.periods.map((p) => `${p.y1}.${p.m1}-${p.y2}.${p.m2}`)).toEqual(["2012.1-2012.12", "2012.1-2012.6"]);
    expect(frame.periodsByPlace).toBe(true);
  });
  it("reads no place's own period where the periods stand apart from the places, or outnumber them", () => {
    const apart = parseQuestion("hunan vs hubei, 2012 and h1 2012");
    expect([apart.periods.length, apart.periodsByPlace]).toEqual([1, undefined]);
    expect(parseQuestion("hunan 2012 vs hubei 2013 and 2014").periodsByPlace).toBeUndefined();
    expect(parseQuestion("hunan 2012 and h1 2012").periodsByPlace).toBeUndefined();
  });
});

describe("a source's date", () => {
  it("counts 'last year' from the date of the source named, and takes no period from the source itself", () => {
    expect(periods("what were hunan's exports last year according to the jan 2014 customs release?"))
      .toEqual(["2013.1-2013.12"]);
    expect(periods("hunan's exports last year, per the march 2016 report?")).toEqual(["2015.1-2015.12"]);
    expect(periods("hunan's exports last year, in the 2016 briefing?")).toEqual(["2015.1-2015.12"]);
    expect(periods("hunan's exports last year from its 2016 statement?")).toEqual(["2015.1-2015.12"]);
    expect(periods("according to the 2016 report, what were hunan's exports?")).toEqual([]);
    expect(periods("hunan's exports last month, according to the march 2016 release?")).toEqual(["2016.2-2016.2"]);
  });
  it("reads a source's date up to 30 characters before the word naming the source, and with 'its' or spaces", () => {
    expect(periods("hunan's exports last year, according to the 2016 lakeview city customs ad release?"))
      .toEqual(["2015.1-2015.12"]);
    expect(periods("hunan's exports last year, according to the 2016 lakeview city customs arm release?"))
      .not.toEqual(["2015.1-2015.12"]);
    expect(periods("hunan's exports last year, according to its 2016 release?")).toEqual(["2015.1-2015.12"]);
    expect(periods("hunan's exports last year, according to  the 2016 release?")).toEqual(["2015.1-2015.12"]);
    expect(periods("hunan's exports last year (according to the 2016 release)?")).toEqual(["2015.1-2015.12"]);
    expect(periods("hunan's exports last year, according to the 2016, release?")).not.toEqual(["2015.1-2015.12"]);
  });
  it("reads the periods of the question as usual when the source names no date", () => {
    expect(periods("hunan's exports in 2015 according to the report?")).toEqual(["2015.1-2015.12"]);
    expect(periods("what were hunan's exports last year?")).toEqual([]);
  });
  it("takes no word from 'last year' or 'last yr' when the year is named beside it", () => {
    expect(parseQuestion("hunan's exports last yr (2018)?").terms).toEqual([]);
    expect(parseQuestion("hunan's exports last year (2018)?").terms).toEqual([]);
    expect(parseQuestion("hunan's exports last  year (2018)?").terms).toEqual([]);
    expect(parseQuestion("what were hunan's exports last year?").terms).toEqual(["last"]);
    expect(parseQuestion("hunan's exports last week in 2018?").terms).toEqual(["last", "week"]);
  });
});
