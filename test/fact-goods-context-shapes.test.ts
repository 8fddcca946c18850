import { describe, expect, it } from "vitest";
import { factsOf, one } from "./helpers/facts.js";

// Figures of goods or of a kind of firm whose sentence names them away from the figure: never the place's total.
// Made-up places and figures.
const META = { title: "Huzhou trade in 2031", published: "2032-01-20" };

describe("goods named after a bracketed other-currency value", () => {
  it("are the value's goods ('exported N yuan (M dollars) of X')", () => {
    const facts = factsOf("Huzhou exported 6.89 billion yuan (1.12 billion US dollars) of silk products in 2031, up 7.5 "
      + "percent year-on-year.", META);
    expect(one(facts, 6.89)).toMatchObject({ entity: "city:huzhou", metric: "exports", subject: "silk products" });
    expect(one(facts, 7.5).subject).toBe("silk products");
  });
});

describe("goods opening a sentence whose figure is in a 'with exports of' clause", () => {
  it("are the figure's goods", () => {
    const facts = factsOf("Huzhou's exports rose 4.1 percent in 2031. Bamboo mats were the largest of the four "
      + "categories, with exports of 35.9 billion yuan, up 31.8 percent.", META);
    expect(one(facts, 35.9)).toMatchObject({ entity: "city:huzhou", metric: "exports", subject: "bamboo mats" });
    expect(one(facts, 31.8).subject).toBe("bamboo mats");
  });
  it("leave a place's own figure its own ('The city was …, with exports of N')", () => {
    const facts = factsOf("The city was the largest trader in the province, with exports of 35.9 billion yuan.", META);
    expect(one(facts, 35.9).subject).toBeUndefined();
  });
});

describe("'Their share' after a sentence on a kind of firm", () => {
  it("is that kind's share of the flow the text was on", () => {
    const facts = factsOf("Private enterprises traded 71.9 billion yuan in 2031, up 15.3 percent. Their share rose to 40.3 "
      + "percent.", META);
    expect(one(facts, 40.3)).toMatchObject({ entity: "city:huzhou", subject: "private enterprises", metric: "trade",
      measure: "share" });
  });
  it("is nothing of a kind of firm after a sentence on partners", () => {
    const facts = factsOf("Huzhou's trade with Japan came to 71.9 billion yuan in 2031. Their share rose to 40.3 percent.",
      META);
    expect(one(facts, 40.3).subject).toBeUndefined();
  });
});
