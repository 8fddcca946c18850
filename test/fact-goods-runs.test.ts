import { describe, expect, it } from "vitest";
import { factsOf } from "./helpers/facts.js";
import { parseQuestion } from "../retrieval/figures/query.js";
import { contentWords } from "../retrieval/evidence.js";

// "A was the biggest export item, worth …, followed by B at … and C at …": goods in order of value, each with its own
// figure, and the list they make. Made-up goods and figures.
const TEXT = "Hubei's exports rose 5 percent to 600 billion yuan in 2023. Wigs and hairpieces were the biggest export item, "
  + "worth 5.47 billion yuan, up 10.3 percent, followed by mechanical and electrical products at 4.02 billion yuan, up "
  + "21.6 percent, and tea at 2.71 billion yuan, up 16.9 percent.";
const META = { title: "Hubei trade", published: "2024-01-20" };

describe("a run of goods, the biggest first", () => {
  it("gives each figure to its goods: the first the sentence opens with, the last without its 'and'", () => {
    const facts = factsOf(TEXT, META).filter((f) => f.measure !== "listed" && f.value !== 600 && f.value !== 5);
    expect(facts.map((f) => [f.subject, f.metric, f.measure, f.value])).toEqual([
      ["wigs and hairpieces", "exports", "amount", 5.47], ["wigs and hairpieces", "exports", "growth", 10.3],
      ["mechanical and electrical products", "exports", "amount", 4.02],
      ["mechanical and electrical products", "exports", "growth", 21.6],
      ["tea", "exports", "amount", 2.71], ["tea", "exports", "growth", 16.9],
    ]);
  });
  it("is a list of the place's biggest export items, in order", () => {
    const lists = factsOf(TEXT, META).filter((f) => f.measure === "listed");
    expect(lists.map((f) => [f.entity, f.metric, f.qualifier, f.items])).toEqual([
      ["hubei", "exports", "three biggest export items", ["Wigs and hairpieces", "mechanical and electrical products", "tea"]]]);
  });
  it("no list without goods right after 'followed by'", () => {
    const text = "Hubei's exports rose 5 percent to 600 billion yuan in 2023. Wigs were the biggest export item, worth 5.47 "
      + "billion yuan, followed by a fall in prices, and tea at 2.71 billion yuan.";
    expect(factsOf(text, META).filter((f) => f.measure === "listed")).toEqual([]);
  });
});

describe("a list question's words", () => {
  it("'goods' asks for the kind of items, which no sentence has to say", () => {
    expect(contentWords(parseQuestion("what were hubei's main export goods in 2023?"))).toEqual([]);
  });
});

describe("a share's level after its change in points", () => {
  it("'its share went up 2.0 percentage points to 62.6%' is a share, never a growth", () => {
    const facts = factsOf("Hubei's trade rose 5 percent to 600 billion yuan in 2023. Border trade rose 3.9% to 51.7 billion "
      + "yuan and its share of the province's total went up 2.0 percentage points to 8.6%.", META);
    expect(facts.slice(4).map((f) => [f.subject, f.measure, f.value])).toEqual([
      ["border trade", "pp_change", 2], ["border trade", "share", 8.6]]);
  });
});
