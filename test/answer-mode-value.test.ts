import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";

// A question that names a trade mode and no flow ("cross-border e-commerce 2031 - value & growth?") is answered by the
// mode's own figures, which a sentence gives of no flow ("e-commerce transactions reached …"). Made-up figures.
const ARTICLE = `---
title: "Zigong cross-border e-commerce in 2031"
published: "2032-02-01"
---
Cross-border e-commerce transactions in Zigong reached 1.32 billion yuan in 2031, up 40.5 percent year-on-year.

Despite the e-commerce boom, Zigong's total foreign trade fell 3.2 percent to 14.35 billion yuan in 2031.
`;

describe("a trade mode's own figures", () => {
  let ask: Awaited<ReturnType<typeof answersOver>>;
  beforeAll(async () => {
    ask = await answersOver({ "zigong.md": ARTICLE });
  });
  afterAll(() => ask.close());
  it("answer a question naming the mode and no flow", async () => {
    const a = await ask.ask("zigong cross border e-commerce 2031 - value & growth?");
    expect(a.abstained).toBe(false);
    expect(a.figures.map((f) => f.value)).toEqual(expect.arrayContaining([1.32, 40.5]));
    expect(a.figures.map((f) => f.value)).not.toContain(14.35);
  });
  it("do not answer a question on the mode's exports", async () => {
    const a = await ask.ask("zigong cross border e-commerce exports 2031 - value?");
    expect(a.figures.map((f) => f.value)).not.toContain(1.32);
  });
});
