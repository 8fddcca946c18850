import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";

// "X traded N yuan (M dollars) of goods with Y": the bracketed figure in another currency stands nowhere between the
// figure and its partner. Made-up figures.
const ARTICLE = `---
title: "Henan trade with Japan"
published: "2031-10-20"
---
Henan Province traded 48.3 billion yuan (6.9 billion U.S. dollars) of goods with Japan in the first three quarters of 2031, up 5.5 percent year on year.

Henan's total foreign trade was 610.2 billion yuan in the same period.
`;

describe("a partner after a figure given in two currencies", () => {
  let ask: Awaited<ReturnType<typeof answersOver>>;
  beforeAll(async () => {
    ask = await answersOver({ "henan.md": ARTICLE });
  });
  afterAll(() => ask.close());
  it("is the figure's partner", async () => {
    const a = await ask.ask("henan trade w japan jan-sep 2031 in us dollars?");
    expect(a.abstained).toBe(false);
    expect(a.answer).toMatch(/6\.9 billion/);
  });
  it("leaves the place's total its own", async () => {
    const a = await ask.ask("henan total foreign trade jan-sep 2031?");
    expect(a.answer).toMatch(/610\.2 billion yuan/);
    expect(a.answer).not.toMatch(/48\.3/);
  });
});
