import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";
import { factsOf } from "./helpers/facts.js";

// An average over a span of years that no sentence totals: the mean of each year's stated amount, from the one document
// that gives the series; never a speaker's rounded "averaged about N a year", which is no figure of the year the text is in.
const REVIEW = `---
title: "Anhui and Jiangxi, three years on"
date: 2014-03-10
---

Anhui and Jiangxi both grew their trade from 2011 to 2013.

| Year | Anhui (billion yuan) | Growth (%) | Jiangxi (billion yuan) | Growth (%) |
|---|---|---|---|---|
| 2011 | 31.5 | -2.5 | 21.7 | -1.4 |
| 2012 | 33.8 | 7.3 | 23.1 | 6.5 |
| 2013 | 36.2 | 7.1 | 25.0 | 8.2 |

"Over three years Anhui averaged about 34 billion yuan of trade a year and Jiangxi under 24 billion," Chen said.
`;

let over: Awaited<ReturnType<typeof answersOver>>;
beforeAll(async () => {
  over = await answersOver({ "anhui-jiangxi-2011-2013.md": REVIEW });
}, 60_000);
afterAll(() => over.close());

describe("an average over a span of years", () => {
  it("is the mean of each year's stated amount: 'avg annual trade over 2011-2013'", async () => {
    const a = await over.ask("avg annual foreign trade of jiangxi over 2011-2013?");
    expect(a.abstained).toBe(false);
    expect(a.figures.find((f) => f.computed)).toMatchObject({ value: 23.27, unit: "billion yuan" });
  });
  it("is no answer when a year of the span is not stated", async () => {
    const a = await over.ask("avg annual foreign trade of jiangxi over 2010-2013?");
    expect(a.figures.find((f) => f.computed)).toBeUndefined();
  });
  it("stores no amount of a year from a speaker's 'averaged about N a year'", () => {
    const facts = factsOf("Jiangxi's trade reached 25.0 billion yuan in 2013. \"Over three years Anhui averaged about 34.5 "
      + "billion yuan of trade a year and Jiangxi under 24 billion,\" Chen said.", { published: "2014-03-10" });
    expect(facts.filter((f) => f.measure === "amount").map((f) => f.value)).toEqual([25]);
  });
});
