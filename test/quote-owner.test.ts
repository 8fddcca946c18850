import { describe, expect, it } from "vitest";
import type { EvidenceSentence } from "../retrieval/evidence.js";
import { parseQuestion } from "../retrieval/figures/query.js";
import { periodsUnquoted, quoteEvidence } from "../retrieval/quote.js";
import { ownedByOther } from "../retrieval/figureOwner.js";
import { statesError } from "../facts/corrections.js";
import { findNumbers } from "../text/numbers.js";
import { findPeriods } from "../text/periods.js";

// Whose figure a quoted sentence states, and whether it states every period asked. Made-up sentences.
function sentence(text: string, extra: Partial<EvidenceSentence> = {}): EvidenceSentence {
  return {
    text, start: 0, end: text.length, docId: "d", docRank: 0, numbers: findNumbers(text),
    periods: findPeriods(text).map((p) => p.period), coverage: 1, overlap: 5, uncovered: [], ...extra,
  };
}
const quote = (question: string, s: EvidenceSentence) => quoteEvidence(parseQuestion(question), [s]).map((x) => x.text);
const at = (text: string, figure: string) => text.indexOf(figure);

describe("the owner of a quoted figure", () => {
  it("is the place named last before it, so another place's figure answers no question about the asked one", () => {
    const text = "Excluding Ningxia, whose small base gave a 90.1 percent rise, Qinghai led the chart with trade of 7.7 "
      + "billion US dollars.";
    expect(ownedByOther(text, [0, text.length], at(text, "7.7"), ["ningxia"])).toBe(true);
    expect(ownedByOther(text, [0, text.length], at(text, "7.7"), ["qinghai"])).toBe(false);
    expect(quote("how much did ningxia trade in 2031 in dollars?", sentence(text))).toEqual([]);
  });
  it("leaves out a place named in an aside between commas", () => {
    const text = "In Hegang, Jixi's neighbour to the east, trade rose 15.2 percent to 9.1 billion yuan.";
    expect(ownedByOther(text, [0, text.length], at(text, "9.1"), ["city:hegang"])).toBe(false);
    expect(quote("hegang trade value in 2031?", sentence(text))).toEqual([text]);
  });
  it("takes the country's total as the country's, not a province's", () => {
    const text = "China's total foreign trade in the first quarter was 10.1 trillion yuan, up 3.1 percent.";
    expect(quote("ningxia q1 2031 trade value and yoy", sentence(text))).toEqual([]);
  });
  it("carries the owner of the sentence before into one that names no place", () => {
    const before = "China's total foreign trade in the first quarter was 10.1 trillion yuan, up 3.1 percent.";
    const text = "In dollar terms, trade totaled 1.4 trillion US dollars, up 4.1 percent.";
    const prior = { text: before, start: 0, end: before.length };
    expect(quote("ningxia q1 2031 trade value and yoy", sentence(text, { prior }))).toEqual([]);
    const city = "The region's trade totaled 61.2 billion yuan, up 4.1 percent.";
    expect(quote("ningxia q1 2031 trade value and yoy", sentence(city, { prior }))).toEqual([city]);
    const own = "Ningxia's foreign trade in the first quarter was 51.2 billion yuan, up 3.1 percent.";
    expect(quote("ningxia q1 2031 trade value and yoy",
      sentence(text, { prior: { text: own, start: 0, end: own.length } }))).toEqual([text]);
  });
  it("keeps a figure of a city for a question on its province, and of the province for its city", () => {
    const text = "Hegang's exports rose 8.1 percent to 3.3 billion yuan.";
    expect(ownedByOther(text, [0, text.length], at(text, "3.3"), ["heilongjiang"])).toBe(false);
    const province = "Heilongjiang's exports rose 8.1 percent to 3.3 billion yuan.";
    expect(ownedByOther(province, [0, province.length], at(province, "3.3"), ["city:hegang"])).toBe(false);
  });
  it("reads 'A, B and C together traded N' as no figure of A, but 'respectively' as each one's", () => {
    const text = "The three cities, Hegang, Jixi and Qitaihe, together traded 21.4 billion yuan last year.";
    expect(ownedByOther(text, [0, text.length], at(text, "21.4"), ["city:jixi"])).toBe(true);
    const each = "Hegang, Jixi and Qitaihe grew 5.1 percent, 6.2 percent and 7.3 percent respectively.";
    expect(ownedByOther(each, [0, each.length], at(each, "6.2"), ["city:jixi"])).toBe(false);
  });
});

describe("a figure a correction gives as wrong", () => {
  it("is an error in a notice, not in a report that merely quotes another one", () => {
    const notice = ["The item said the trains carried 31,600 TEU in 2031.", "The correct figure is 13,600 TEU."];
    expect(statesError(notice, 0, "Correction")).toBe(true);
    expect(statesError(notice, 1, "Correction")).toBe(false);
    expect(statesError(["An earlier version of this article said that exports rose 27.1 percent."], 0, "")).toBe(true);
    expect(statesError(["The report said exports rose 7.1 percent, driven by machinery."], 0, "Hegang trade")).toBe(false);
  });
});

describe("a quote for a question of two periods", () => {
  it("names the period no quoted sentence states as not found", () => {
    const frame = parseQuestion("was hegang's trade bigger in 2029 or in jan-oct 2031?");
    const one = sentence("Hegang handled 68.4 billion yuan of trade in the first ten months of 2031.");
    expect(periodsUnquoted(frame, [one])).toEqual(["the figure for 2029"]);
    const both = sentence("Hegang handled 68.4 billion yuan of trade in the first ten months of 2031, against 80.1 billion "
      + "yuan in 2029.");
    expect(periodsUnquoted(frame, [both])).toEqual([]);
  });
});

describe("an area the gazetteer lacks", () => {
  const city = "Toy exports climbed 8.1 percent to 12.4 billion yuan, 30.1 percent of the city's total exports.";
  const area = "In Lianhua, which calls itself the toy town of the south, toy exports rose 9.2 percent to 9.9 billion yuan.";
  it("is named by the sentence quoted for it, when the articles write it as a name", () => {
    const frame = parseQuestion("lianhua district toy exports 2031 - value and growth");
    expect(quoteEvidence(frame, [sentence(city), sentence(area)]).map((x) => x.text)).toEqual([area]);
    expect(quoteEvidence(frame, [sentence(city)]).map((x) => x.text)).toEqual([city]);
    expect(quoteEvidence(frame, [sentence(city), sentence(`Lianhua is ${"a"} toy town.`)])).toEqual([]);
  });
});
