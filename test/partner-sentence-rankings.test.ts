import { describe, expect, it } from "vitest";
import { correctSpelling } from "../retrieval/figures/query.js";
import { askIntent, baseOf } from "./helpers/figureBase.js";
import { factsOf } from "./helpers/facts.js";

// A city's partners each given in the running text, one with a cause that names a half-year, one with its figures in
// brackets after the partner before's; and a ranking asked with the city's name misspelt. (Made-up figures.)
const TEXT = [
  "Shantou's imports and exports totalled 12.5 billion US dollars in 2011, up 8.2 percent.",
  "The European Union remained Shantou's largest trading partner, although trade with it slipped 1.5 percent to",
  "2.71 billion dollars as European demand weakened in the second half.",
  "The United States was the fastest-growing of the main partners, with trade jumping 14.2 percent to 2.15 billion",
  "dollars, ahead of Japan (1.32 billion dollars, up 3.3 percent).",
  "Trade with Taiwan rose 5.0 percent to 0.86 billion dollars.",
].join(" ");
const META = { title: "Shantou's 2011 foreign trade", published: "2012-01-20" };

describe("partners' figures in running text", () => {
  const partners = () => factsOf(TEXT, META).filter((f) => f.partner);
  it("dates a figure by its year, not by the half-year a cause after it names", () => {
    const eu = partners().filter((f) => f.partner === "partner:eu");
    expect(eu.map((f) => [f.value, f.period])).toEqual([
      [-1.5, { y1: 2011, m1: 1, y2: 2011, m2: 12 }], [2.71, { y1: 2011, m1: 1, y2: 2011, m2: 12 }],
    ]);
    // (and the period does not carry to the sentences after)
    expect(partners().find((f) => f.partner === "taiwan")?.period).toEqual({ y1: 2011, m1: 1, y2: 2011, m2: 12 });
  });
  it("gives the figures in brackets after a partner to that partner, not to the one the sentence opened with", () => {
    expect(partners().filter((f) => f.partner === "partner:japan").map((f) => [f.measure, f.value]))
      .toEqual([["amount", 1.32], ["growth", 3.3]]);
    expect(partners().filter((f) => f.partner === "partner:us").map((f) => f.value)).toEqual([14.2, 2.15]);
  });
  it("ranks the partners by value", () => {
    const base = baseOf([["st", META.title, META.published, TEXT]]);
    const ranked = askIntent(base, "shantou 2011: rank its main trade partners by value");
    expect(ranked.answer?.figures.map((f) => f.value)).toEqual([2.71, 2.15, 1.32, 0.86]);
  });
});

describe("a misspelt place as near to two names", () => {
  it("is the one the documents use, and stays as typed when they use neither", () => {
    expect(correctSpelling("gangzhou 2011: rank its main trade partners", new Set(["guangzhou"])))
      .toBe("guangzhou 2011: rank its main trade partners");
    expect(correctSpelling("gangzhou 2011: rank its main trade partners", new Set())).toBe("gangzhou 2011: rank its main trade partners");
  });
});
