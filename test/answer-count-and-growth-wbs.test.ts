import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";

// A count asked with its change ("in teu, and how much did it grow?"): both given, or the change named as not stated
// (retrieval/unanswered.ts). Made-up text.
describe("a count and its growth asked together", () => {
  let ask: Awaited<ReturnType<typeof answersOver>>["ask"];
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ ask, close } = await answersOver({
      "zhuzhou.md": `---
title: "Zhuzhou port in 2031"
published: "2032-01-20"
---
In 2031 Zhuzhou port handled 1.24 million TEU of containers.
`,
      "yueyang.md": `---
title: "Yueyang port in 2031"
published: "2032-01-21"
---
In 2031 Yueyang port handled 0.87 million TEU of containers, up 12.5 percent.
`,
    }));
  }, 120_000);
  afterAll(() => close());

  it("names the growth as not stated when the text gives the count alone", async () => {
    const a = await ask("zhuzhou container throughput in 2031, in teu, and how much did it grow?");
    expect(a.abstained).toBe(true);
    expect(a.answer).toMatch(/do not state its growth/);
  });
  it("answers both when the text states both", async () => {
    const a = await ask("yueyang container throughput in 2031, in teu, and how much did it grow?");
    expect(a.abstained).toBe(false);
    expect(a.figures.map((f) => f.value)).toEqual(expect.arrayContaining([12.5]));
  });
});
