import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";

// A long word of a question mistyped, read as the one word of the documents it is a letter off: the goods are then
// found. Made-up city, goods and figures.
const ARTICLE = `---
title: "Qiaolin customs on 2031"
published: "2032-02-01"
---
Qiaolin's exports of refrigeration equipment reached 2.47 billion yuan in 2031, up 18.6 percent.

Cross-border e-commerce in Qiaolin totalled 1.32 billion yuan in 2031, up 40.5 percent.

Qiaolin's total exports were 9.1 billion yuan in 2031, up 5.2 percent.
`;

describe("a mistyped word of the documents", () => {
  let ask: Awaited<ReturnType<typeof answersOver>>;
  beforeAll(async () => {
    ask = await answersOver({ "qiaolin.md": ARTICLE });
  });
  afterAll(() => ask.close());
  it("two letters swapped and one left out, in the goods' name", async () => {
    const a = await ask.ask("qiaolin refrigeraton equipmnet exports 2031, value and yoy?");
    expect(a.abstained).toBe(false);
    expect(a.answer).toMatch(/2\.47 billion yuan/);
    expect(a.answer).toMatch(/18\.6/);
    expect(a.answer).not.toMatch(/9\.1 billion/);
  });
  it("a hyphened word typed joined, a letter short", async () => {
    const a = await ask.ask("qiaolin cross border ecomerce 2031 - value & growth?");
    expect(a.abstained).toBe(false);
    expect(a.answer).toMatch(/1\.32 billion yuan/);
    expect(a.answer).toMatch(/40\.5/);
  });
});
