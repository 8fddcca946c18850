import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";
import { parseQuestion } from "../retrieval/figures/query.js";
import { currencyUnquoted } from "../retrieval/quote.js";
import { askedParts } from "../retrieval/askedParts.js";
import { factsOf } from "./helpers/facts.js";

// A quoted sentence for a figure asked in one currency that states money only in the other (retrieval/quote.ts
// currencyUnquoted): the figure in the asked currency is named as not stated. Made-up text.
describe("a quote in another currency than the one asked", () => {
  const yuanOnly = "Tungsten wire made up the bulk of the shipments, with exports of 1,240 tonnes worth 310 million yuan.";
  const bracketed = "Tungsten wire made up the bulk, with exports worth 240 million yuan (34 million US dollars).";
  it("names the figure in dollars as not stated when the quote gives yuan only", () => {
    expect(currencyUnquoted(parseQuestion("ganzhou tungsten exports q1 2031 in usd?"), [yuanOnly]))
      .toEqual(["the figure in dollars"]);
  });
  it("takes a quote that gives the dollars in brackets as stating them", () => {
    expect(currencyUnquoted(parseQuestion("ganzhou tungsten exports q1 2031 in usd?"), [bracketed])).toEqual([]);
  });
  it("asks nothing of a quote when the question names no currency, or both", () => {
    expect(currencyUnquoted(parseQuestion("ganzhou tungsten exports q1 2031?"), [yuanOnly])).toEqual([]);
    expect(currencyUnquoted(parseQuestion("ganzhou tungsten exports q1 2031, in yuan and usd?"), [yuanOnly])).toEqual([]);
  });
});

// "n" written for "and" between two asks (retrieval/askedParts.ts): each side a part of its own, so that an answer that
// gives one is not taken for whole.
describe("\"n\" for \"and\" between asked parts", () => {
  it("reads \"how much n yoy growth\" as a value and a growth", () => {
    expect(askedParts("lanzhou exports in 2031 how much n yoy growth").map((p) => p.kind)).toEqual(["value", "growth"]);
  });
  it("reads \"value n growth\" as two parts, and a name with no n in it as one", () => {
    expect(askedParts("lanzhou imports 2031 value n growth").map((p) => p.kind)).toEqual(["value", "growth"]);
    expect(askedParts("how much did lanzhou import in 2031").map((p) => p.kind)).toEqual(["value"]);
  });
});

// A look-up the general solver answers with one of its asked figures where the look-up's parts give that figure and
// the others asked (retrieval/answer.ts figuresFor). Made-up text.
describe("a value asked beside a share the text states", () => {
  let ask: Awaited<ReturnType<typeof answersOver>>["ask"];
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ ask, close } = await answersOver({
      "sichuan.md": `---
title: "Sichuan's foreign trade in 2031"
published: "2032-01-20"
---
Sichuan's imports and exports reached 800 billion yuan in 2031, up 4.2 percent.
`,
      "mianyang.md": `---
title: "Mianyang's place in Sichuan's trade in 2031"
published: "2032-01-25"
---
In 2031, Mianyang accounted for 20.5 percent of Sichuan's foreign trade, the city's commerce bureau said.
`,
    }));
  }, 120_000);
  afterAll(() => close());

  it("gives the value worked out from the share, not the share alone", async () => {
    const a = await ask("how much trade did mianyang handle in 2031 if its share was what the article says");
    expect(a.abstained).toBe(false);
    expect(a.figures.find((f) => f.computed)?.value).toBe(164);
  });
});

// The unit a text says its figures are in, in words (facts/extract.ts unitStated): no figure of its own.
describe("a counting unit said in a sentence", () => {
  it("reads no figure from \"in units of 100 million yuan\", and still reads the sentence's own figures", () => {
    const facts = factsOf("Foshan's imports and exports reached 642 billion yuan in 2031. Trade figures for the "
      + "districts are shown below, in units of 100 million yuan.", { title: "Foshan's trade in 2031", published: "2032-02-10" });
    expect(facts.some((f) => f.value === 100)).toBe(false);
    expect(facts.some((f) => f.value === 642)).toBe(true);
  });
  it("keeps a figure that is no round unit after the same words", () => {
    const facts = factsOf("Foshan's imports and exports, unit: 642 billion yuan, grew in 2031.",
      { title: "Foshan's trade in 2031", published: "2032-02-10" });
    expect(facts.some((f) => f.value === 642)).toBe(true);
  });
});
