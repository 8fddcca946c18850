import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";

// A word of six letters typed with one letter left out ("potery" for "pottery") is said by the words around a figure
// that use the longer word: that figure answers. A six-letter word the documents never say keeps the answer abstained.
// Made-up city, goods and figures.
const ARTICLE = `---
title: "Yixing kilns ship more abroad"
published: "2032-02-01"
---
Yixing, whose old kilns make its famous pottery, exported 812 tonnes worth 141 million yuan in 2031, up 22.4 percent in value.
`;

describe("a goods' word typed a letter short", () => {
  let ask: Awaited<ReturnType<typeof answersOver>>;
  beforeAll(async () => {
    ask = await answersOver({ "kilns.md": ARTICLE });
  });
  afterAll(() => ask.close());

  it("answers with the figure of the word it leaves a letter out of", async () => {
    const a = await ask.ask("how much potery did yixing export in 2031 - tonnes and value");
    expect(a.abstained).toBe(false);
    expect(a.answer).toMatch(/141 million yuan/);
    expect(a.answer).toMatch(/812 tonnes/);
  });

  it("abstains on a six-letter word the documents never say, even one letter off", async () => {
    const a = await ask.ask("how much pewter did yixing export in 2031 - tonnes and value");
    expect(a.abstained).toBe(true);
  });
});
