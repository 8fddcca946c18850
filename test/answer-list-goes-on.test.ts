import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";
import { listGoesOn } from "../retrieval/listGoesOn.js";
import type { CorpusDocument } from "../corpus/types.js";
import type { EvidenceSentence } from "../retrieval/evidence.js";

// A list of places an article gives over several sentences of one paragraph ("A was the largest supplier. B, C and D
// supplied …"; "A led, followed by B and C. D and E ranked fourth and fifth."), over made-up articles: the list found in
// one sentence is completed with the places the sentences next to it open with, never with those of another paragraph,
// of another kind, or past the count the question asks.

const TIMBER = `---
title: "Zhejiang timber imports rise in 2015"
published: "2016-01-20"
---
Zhejiang imported 9.4 million tonnes of timber in 2015, up 6.2 percent.

New Zealand was the largest supplier, shipping 4.2 million tonnes to Zhejiang, or 44.7 percent of the total. Canada supplied 1.1 million tonnes, Chile 0.8 million tonnes and Finland 0.5 million tonnes.

Germany sent small lots of beech for furniture makers in Ningbo.
`;

const UMBRELLAS = `---
title: "Yiwu umbrella exports climb in 2017"
published: "2018-02-02"
---
Yiwu exported 310 million umbrellas in 2017, up 8.8 percent.

Thailand remained the largest buyer of Yiwu-made umbrellas, followed by Germany and Mexico. Chile and Egypt ranked fourth and fifth respectively. Sales to Egypt grew fastest.
`;

const UMBRELLAS_PARAGRAPH = "Thailand remained the largest buyer of Yiwu-made umbrellas, followed by Germany and Mexico. "
  + "Chile and Egypt ranked fourth and fifth respectively. Sales to Egypt grew fastest.";

let over: Awaited<ReturnType<typeof answersOver>>;
beforeAll(async () => { over = await answersOver({ "timber.md": TIMBER, "umbrellas.md": UMBRELLAS }); });
afterAll(async () => over.close());

describe("a list of places that goes on over the sentences of its paragraph", () => {
  // (each supplier's tonnes are the timber's imports from it, so the answer ranks them by their figures)
  it("names the place the sentence before opens with, with a figure, beside those the next sentence lists", async () => {
    const a = await over.ask("list the countries that supplied timber to zhejiang in 2015");
    expect(a.abstained, a.answer).toBe(false);
    expect(a.answer).toMatch(/1\. New Zealand 4\.2 million tonnes; 2\. Canada .*; 3\. Chile .*; 4\. Finland /);
    // (another paragraph's place is no part of the list)
    expect(a.answer).not.toMatch(/Germany/);
  });

  it("adds the places ranked after those a 'followed by' list names, up to the count asked", async () => {
    const a = await over.ask("top 5 markets for yiwu umbrellas in 2017 in order");
    expect(a.abstained, a.answer).toBe(false);
    expect(a.answer).toMatch(/^The documents name Thailand, Germany, Mexico, Chile and Egypt:/);
  });

  it("adds none past the count the question asks, nor a place of another kind", () => {
    const doc = { id: "u", text: UMBRELLAS_PARAGRAPH } as CorpusDocument;
    const first = UMBRELLAS_PARAGRAPH.indexOf("Thailand");
    const end = UMBRELLAS_PARAGRAPH.indexOf(" Chile");
    const s = { docId: "u", start: first, end, text: UMBRELLAS_PARAGRAPH.slice(first, end) } as EvidenceSentence;
    const items = ["Thailand", "Germany", "Mexico"];
    expect(listGoesOn("top 5 markets for umbrellas", [], s, items, doc)?.items)
      .toEqual(["Thailand", "Germany", "Mexico", "Chile", "Egypt"]);
    expect(listGoesOn("top 4 markets for umbrellas", [], s, items, doc)?.items)
      .toEqual(["Thailand", "Germany", "Mexico", "Chile"]);
    expect(listGoesOn("top 3 markets for umbrellas", [], s, items, doc)).toBeUndefined();
    // (a province at home after a list of countries abroad is where the goods came from, no item of the list)
    const home = `${UMBRELLAS_PARAGRAPH.slice(0, end)} Zhejiang ranked first among exporting provinces.`;
    expect(listGoesOn("which markets bought umbrellas", [], s, items, { id: "u", text: home } as CorpusDocument))
      .toBeUndefined();
  });
});
