import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";

// A report whose first sentence opens with its dateline, then the goods and their flow ("HEBI, March 3, 2032 -- Glass
// exports from Hebi reached …"): the figure is the goods', not the city's total. Made-up goods and figures.
const ARTICLE = `---
title: "Glass makers ship more"
published: "2032-03-03"
---
HEBI, March 3, 2032 -- Glass exports from Hebi, a city in northern Henan, reached 1.37 billion yuan in 2031, up 8.2 percent from a year earlier, local customs said.

The city's total exports were 9.1 billion yuan in 2031, up 5.2 percent.
`;

describe("goods named right after a dateline", () => {
  let ask: Awaited<ReturnType<typeof answersOver>>;
  beforeAll(async () => {
    ask = await answersOver({ "hebi.md": ARTICLE });
  });
  afterAll(() => ask.close());
  it("are the goods of the figure", async () => {
    const a = await ask.ask("hebi glass exports 2031 - value and growth rate");
    expect(a.abstained).toBe(false);
    expect(a.answer).toMatch(/1\.37 billion yuan/);
    expect(a.answer).toMatch(/8\.2/);
  });
  it("leave the city's total its own", async () => {
    const a = await ask.ask("hebi total exports 2031?");
    expect(a.answer).toMatch(/9\.1 billion yuan/);
    expect(a.answer).not.toMatch(/1\.37 billion/);
  });
});
