import { describe, expect, it } from "vitest";
import type { EvidenceSentence } from "../retrieval/evidence.js";
import { parseQuestion } from "../retrieval/figures/query.js";
import { ledByOtherPlace, quoteEvidence } from "../retrieval/quote.js";
import { findNumbers } from "../text/numbers.js";

// A quoted sentence led by a place the question does not ask, naming none it does, states that place's figure (the
// article's headline may cover the question's words). Made-up sentences.
function sentence(text: string): EvidenceSentence {
  return { text, start: 0, end: text.length, docId: "d", docRank: 0, numbers: findNumbers(text), periods: [],
    coverage: 1, overlap: 5, uncovered: [] };
}
const quoted = (question: string, text: string) =>
  quoteEvidence(parseQuestion(question), [sentence(text)]).map((s) => s.text);

describe("a quoted sentence led by another place", () => {
  it("is no answer for a zone the question names by words no gazetteer knows", () => {
    const text = "Hegang as a whole recorded imports and exports of 88.1 billion yuan in the first half, up 3.2 percent.";
    expect(ledByOtherPlace(parseQuestion("what was the qingshan bonded zone total trade in h1 2031"), text)).toBe(true);
    expect(quoted("what was the qingshan bonded zone total trade in h1 2031", text)).toEqual([]);
  });
  it("is no answer for a province when it is the country's total", () => {
    const text = "China's total foreign trade in the first quarter was 11.4 trillion yuan, up 2.1 percent year-on-year.";
    expect(ledByOtherPlace(parseQuestion("heilongjiang q1 2031 trade value and yoy"), text)).toBe(true);
    expect(quoted("heilongjiang q1 2031 trade value and yoy", text)).toEqual([]);
  });
  it("is kept when it is led by the asked place, its parent, or names the asked place after another", () => {
    for (const text of ["Hegang's imports and exports reached 9.2 billion yuan in 2031, up 4.4 percent.",
      "In 2031, Heilongjiang's Hegang traded 9.2 billion yuan with the world, up 4.4 percent.",
      "Jixi and Hegang traded 9.2 billion yuan and 7.7 billion yuan in 2031."]) {
      expect(ledByOtherPlace(parseQuestion("hegang foreign trade in 2031?"), text), text).toBe(false);
    }
  });
  it("is kept when the place only opens a proper name", () => {
    const text = "The Hegang-Jixi-Europe (Hejiou) freight train ran 1,210 trips last year, up 12 percent.";
    expect(ledByOtherPlace(parseQuestion("how many trips did the hejiou train make in 2031"), text)).toBe(false);
  });
  it("is kept when the place is only the dateline's", () => {
    const text = "HEGANG, Jan. 18 (Xinhua) -- The Qitai freight train service made 1,210 trips in 2031, up 12 percent.";
    expect(ledByOtherPlace(parseQuestion("qitai trains 2031: no. of trips and yoy?"), text)).toBe(false);
  });
  it("is kept for the country when the question names no place", () => {
    const text = "China's total foreign trade in the first quarter was 11.4 trillion yuan.";
    expect(ledByOtherPlace(parseQuestion("total foreign trade q1 2031?"), text)).toBe(false);
  });
});
