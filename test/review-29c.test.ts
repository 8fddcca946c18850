import { describe, expect, it } from "vitest";
import { parseHtml } from "../corpus/formats/html.js";
import { changesAsked } from "../retrieval/figures/select.js";
import { correctSpelling, parseQuestion } from "../retrieval/figures/query.js";
import { solve } from "../retrieval/figures/solve.js";
import { readPlan } from "../retrieval/plans/read.js";
import { runPlan } from "../retrieval/plans/run.js";
import { baseOf, frameOf } from "./helpers/figureBase.js";

// Review of stop 29's merged change: questions, selection and HTML dates, in the shapes the reviewer reproduced.
// Made-up places' trade (Zorvania, Lishui) and made-up figures.

describe("a typo of a plural's stem", () => {
  it("is corrected: 'shar' is no singular of 'shares'", () => {
    expect(correctSpelling("what shar of zorvania's trade did private firms have in 2031?"))
      .toBe("what share of zorvania's trade did private firms have in 2031?");
    expect(parseQuestion(correctSpelling("what shar of zorvania's trade did private firms have?")).measures).toEqual(["share"]);
  });
  it("while a real singular of the vocabulary's plural stays", () => {
    expect(correctSpelling("which partner's exports grew, and which zone's?")).toBe("which partner's exports grew, and which zone's?");
  });
});

const LISHUI = baseOf([["lishui", "Lishui's trade in March", "2031-04-20", [
  "Lishui's foreign trade reached 140 billion yuan in March 2031, up 6.5 percent year on year and up 11.7 percent from February.",
  "Lishui imported 4 million tonnes of copper ore in the first quarter of 2031, worth 6 billion yuan.",
].join(" ")]]);
const values = (q: string) => solve(parseQuestion(q), LISHUI).figures.map((f) => f.value);

describe("a unit price asked", () => {
  it("names no vehicles: the tonnes counted are its quantity", () => {
    const q = frameOf("What was the average unit price of Lishui's copper ore imports in Q1 2031?", LISHUI);
    const plan = readPlan(q);
    const answer = plan && runPlan(plan, LISHUI, q.text);
    expect(answer?.status).toBe("answered");
    expect(answer?.figures.map((f) => f.value)).toContain(1500);
  });
});

describe("a change over a year and one over the month before, asked together", () => {
  it("are read alike by plans and look-ups: growth beside 'mom' is the year's", () => {
    expect(changesAsked("lishui trade march 2031: growth and mom?")).toEqual({ mom: true, yoy: true });
    expect(changesAsked("how much did lishui's trade grow in march 2031, yoy and mom?")).toEqual({ mom: true, yoy: true });
    // ("mom growth" is the month's own change; nothing asked of a month is the year's only)
    expect(changesAsked("lishui's mom growth in march 2031?")).toEqual({ mom: true, yoy: false });
    expect(changesAsked("lishui's trade growth in march 2031?")).toEqual({ mom: false, yoy: true });
  });
  it("are both answered", () => {
    expect(values("Lishui trade march 2031: growth and mom?")).toEqual(expect.arrayContaining([6.5, 11.7]));
    expect(values("How much did Lishui's trade grow in March 2031, yoy and mom?")).toEqual(expect.arrayContaining([6.5, 11.7]));
  });
  it("while one asked alone takes no other", () => {
    expect(values("What was Lishui's month-on-month growth in March 2031?")).toEqual([11.7]);
    expect(values("How much did Lishui's trade grow in March 2031?")).toEqual([6.5]);
  });
});

const BODY = "<p>" + "Zorvania's foreign trade rose 5 percent this year to 600 billion yuan, the customs said. ".repeat(6) + "</p>";
const page = (before: string, inside = "") => `<html><head><title>Zorvania trade grows</title></head><body>
${before}<article><h1>Zorvania trade grows</h1>${inside}${BODY}<p>Exporters are preparing for the next fair.</p></article>
</body></html>`;

describe("a page's byline date", () => {
  it("is never a related page's or a link's", () => {
    expect(parseHtml(page('<div class="related-info"><a href="/x">Expo preview</a> Date: 2018-05-01</div>')).meta.published)
      .toBeUndefined();
    expect(parseHtml(page('<ul><li class="time">Posted: 2018-05-01</li></ul>')).meta.published).toBeUndefined();
    expect(parseHtml(page('<aside><div class="info">Date: 2018-05-01</div></aside>')).meta.published).toBeUndefined();
  });
  it("is the article's own, inside it or just before it", () => {
    expect(parseHtml(page("", '<p class="info">Updated: 2021-03-04 08:15</p>')).meta.published).toBe("2021-03-04");
    expect(parseHtml(page('<div class="date">Published: 2021-03-04</div>')).meta.published).toBe("2021-03-04");
  });
});
