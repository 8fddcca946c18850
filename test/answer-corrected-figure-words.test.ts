import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";

// "the corrected figure?" over a text that says the figure "has been revised to": one word family, whichever word
// the text uses; goods named before their flow with a time between ("Tea imports in that month totalled …").
// Made-up figures.
const ARTICLE = `---
title: "Yixing customs revises its figures"
published: "2031-03-02"
---
Yixing Customs said on Monday that its figures for August 2030 had been revised. Tea imports in that month totalled 2.94 billion yuan, rather than the 3.12 billion yuan announced earlier.

Yixing's trade with Japan in 2030 has been revised to 5.84 billion yuan, up 37.1 percent.
`;

describe("a corrected figure asked of a text that says revised", () => {
  let ask: Awaited<ReturnType<typeof answersOver>>;
  beforeAll(async () => {
    ask = await answersOver({ "revised.md": ARTICLE });
  });
  afterAll(() => ask.close());

  it("answers with the revised figure and its change", async () => {
    const a = await ask.ask("what is the corrected figure for yixing's trade with japan in 2030?");
    expect(a.abstained).toBe(false);
    expect(a.answer).toMatch(/5\.84 billion yuan/);
    expect(a.answer).toMatch(/37\.1%/);
  });

  it("reads goods before their flow with the month between", async () => {
    const a = await ask.ask("what were yixing's tea imports in august 2030 (corrected number)");
    expect(a.abstained).toBe(false);
    expect(a.answer).toMatch(/2\.94 billion yuan/);
    expect(a.answer).not.toMatch(/3\.12/);
  });
});
