import { describe, expect, it } from "vitest";
import { unwrapLines } from "../corpus/load.js";
import { parseQuestion } from "../retrieval/figures/query.js";
import { askIntent, baseOf } from "./helpers/figureBase.js";
import { factsOf } from "./helpers/facts.js";

// Lists of a place's partners bounded by their change ("which partners saw double-digit growth?", "… saw trade
// fall?"), and the sentences they are read from. (Made-up figures.)
const TEXT = [
  "Japan remained Yantai's largest trading partner, with trade of 31.2 billion yuan, up 4.1 percent.",
  "Trade with the European Union rose 12.8 percent to 20.5 billion yuan and with the Republic of Korea 10.4 percent",
  "to 18.1 billion yuan. Trade with Russia was smaller, at 6.2 billion yuan, but grew fastest of all the main partners,",
  "up 27.5 percent. Trade with ASEAN fell 2.2 percent to 15.0 billion yuan.",
].join(" ");
const META = { title: "Yantai's trade in the first half of 2031", published: "2031-07-20" };

describe("a clause that opens with its verb", () => {
  it("has the partner of the clause before", () => {
    const russia = factsOf(TEXT, META).filter((f) => f.partner === "partner:russia");
    expect(russia.map((f) => [f.entity, f.measure, f.value])).toEqual([
      ["city:yantai", "amount", 6.2], ["city:yantai", "growth", 27.5],
    ]);
  });
});

describe("partners bounded by their change", () => {
  it("reads 'double-digit' as a bound, and 'which partners' after the place and period as a list", () => {
    expect(parseQuestion("yantai h1 2031: which partners saw double-digit trade growth?"))
      .toMatchObject({ intent: "list", threshold: 10 });
    expect(parseQuestion("which of yantai's partners saw double-digit declines in 2031?").ceiling).toBe(-10);
    expect(parseQuestion("which cities' exports grew by double digits in 2031?").threshold).toBe(10);
  });
  it("lists only the partners past the bound, and those whose trade fell", () => {
    const base = baseOf([["yt", META.title, META.published, TEXT]]);
    expect(askIntent(base, "yantai h1 2031: which partners saw double-digit trade growth?").answer?.figures.map((f) => f.value))
      .toEqual([27.5, 12.8, 10.4]);
    expect(askIntent(base, "which of yantai's partners saw trade fall in h1 2031?").answer?.figures.map((f) => f.value))
      .toEqual([-2.2]);
  });
});

describe("a PDF line broken mid-sentence", () => {
  it("joins a PDF line broken after 'after'", () => {
    expect(unwrapLines("fourth among the 31 provinces after\nShandong and Fujian; its exports rose."))
      .toBe("fourth among the 31 provinces after Shandong and Fujian; its exports rose.");
  });
});
