import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";

// "how much did its firms get, and how much more than a year before?": what a place is given needs no "get" in the
// text ("received"), and "how much more than a year before" is answered by the growth the text states over that year.
// A made-up article.

const REBATES = `---
title: "Lishui's exports hold up in the first half"
date: 2031-07-16
---
Lishui's exports reached 2.41 billion US dollars in the first half of 2031, up 6.4 percent.

In the first half, the city's foreign trade enterprises received export tax rebates of 31,600 (10,000 yuan), up 7.7 percent
year-on-year.
`;

let ask: Awaited<ReturnType<typeof answersOver>>["ask"];
let close: () => Promise<void>;
beforeAll(async () => {
  ({ ask, close } = await answersOver({ "rebates.md": REBATES }));
}, 60_000);
afterAll(() => close());

describe("how much more than a year before", () => {
  it("answers with the amount received and its growth over the year before", async () => {
    const a = await ask("how much export tax rebate did lishui's trading firms get in h1 2031, and how much more than a year before?");
    expect(a.abstained).toBe(false);
    expect(a.figures.map((f) => f.value)).toEqual(expect.arrayContaining([316, 7.7]));
    expect(a.figures.map((f) => f.value)).not.toContain(2.41);
  });
});
