import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { correctSpelling } from "../retrieval/figures/query.js";
import { answersOver } from "./helpers/answerOver.js";

// A five- or six-letter word mistyped by a letter left out of a document's word, and goods asked by their everyday
// name where the text uses the customs one ("seafood" for "aquatic products"). Made-up goods and figures.
const ARTICLE = `---
title: "Hebi customs on 2031"
published: "2032-02-01"
---
Exports of lithium-ion batteries from Hebi reached 7.35 billion yuan in 2031, up 61.2 percent.

Hebi exported 2.14 billion yuan of aquatic products in 2031, up 12.8 percent.

Hebi's coffee exports were 318 million yuan in 2031, up 22.6 percent.

Hebi's total exports were 9.1 billion yuan in 2031, up 5.2 percent.
`;

describe("a short word of the documents mistyped", () => {
  const words = new Set(["lithium", "seafood", "coffee", "traded", "planet"]);
  it("is read as the document's word when a letter inside it or a doubled one is left out", () => {
    expect(correctSpelling("hebi lithum batteries", words)).toBe("hebi lithium batteries");
    expect(correctSpelling("hebi seafod exports", words)).toBe("hebi seafood exports");
    expect(correctSpelling("hebi coffe exports", words)).toBe("hebi coffee exports");
  });
  it("is never another ending of a word", () => {
    expect(correctSpelling("hebi's trade in 2031", words)).toBe("hebi's trade in 2031");
    expect(correctSpelling("hebi's plant", new Set(["plants"]))).toBe("hebi's plant");
  });
});

describe("goods asked by a short or everyday name", () => {
  let ask: Awaited<ReturnType<typeof answersOver>>;
  beforeAll(async () => {
    ask = await answersOver({ "hebi.md": ARTICLE });
  });
  afterAll(() => ask.close());
  it("a mistyped goods' word finds the goods", async () => {
    const a = await ask.ask("hebi lithum battery exports 2031 and yoy?");
    expect(a.abstained).toBe(false);
    expect(a.answer).toMatch(/7\.35 billion yuan/);
    expect(a.answer).toMatch(/61\.2/);
    expect(a.answer).not.toMatch(/9\.1 billion/);
  });
  it("seafood asked of a text's aquatic products", async () => {
    const a = await ask.ask("hebi seafood exports 2031 and growth?");
    expect(a.abstained).toBe(false);
    expect(a.answer).toMatch(/2\.14 billion yuan/);
    expect(a.answer).toMatch(/12\.8/);
    expect(a.answer).not.toMatch(/9\.1 billion/);
  });
});
