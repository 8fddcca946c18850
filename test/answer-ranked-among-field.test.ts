import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";

// "X ranked first among the province's 17 cities with trade of N": the field a city is ranked in ("the province's")
// owns no figure there; the city does. Made-up figures.
const ARTICLE = `---
title: "Henan trade in 2031"
published: "2032-01-20"
---
Henan's foreign trade reached 820.5 billion yuan in 2031, up 3.1 percent.

Zhengzhou ranked first among the province's 17 prefecture-level cities with foreign trade of 591.2 billion yuan, up 4.4 percent.
`;

describe("a city ranked among the province's cities", () => {
  let ask: Awaited<ReturnType<typeof answersOver>>;
  beforeAll(async () => {
    ask = await answersOver({ "henan.md": ARTICLE });
  });
  afterAll(() => ask.close());
  it("owns the figure it is ranked with", async () => {
    const a = await ask.ask("zhengzhou foreign trade 2031 and growth?");
    expect(a.abstained).toBe(false);
    expect(a.answer).toMatch(/591\.2 billion yuan/);
    expect(a.answer).toMatch(/4\.4/);
  });
  it("leaves the province its own total", async () => {
    const a = await ask.ask("henan foreign trade 2031?");
    expect(a.answer).toMatch(/820\.5 billion yuan/);
    expect(a.answer).not.toMatch(/591\.2/);
  });
});
