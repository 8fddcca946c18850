import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";

// A question asking several parts of one subject (a trade mode), answered over made-up articles (no evaluation set's
// place or number): every part keeps the subject ("X trade - how much and how fast did it grow?" never gets the
// place's total growth), and a total asked in both currencies gets both.

const MODES = `---
title: "Interview: Anhui's trade modes in 2019"
published: "2020-02-10"
---
Anhui's foreign trade reached 468.3 billion yuan in 2019, up 9.4 percent from 2018. Exports grew 10.1 percent and imports rose 8.2 percent.

The fastest-growing mode was market procurement, up 41.7 percent to 27.15 billion yuan, or 5.8 percent of the total.
`;

const TWO_CURRENCIES = `---
title: "Qinghai trade up in first two months"
published: "2019-03-19"
---
Qinghai province's imports and exports reached 6.48 billion yuan in the first two months of this year, up 3.3 percent, Xining Customs said.

In U.S. dollar terms, the province's trade was 0.95 billion dollars, up 1.2 percent.

Xining's trade came to 4.12 billion yuan.
`;

let over: Awaited<ReturnType<typeof answersOver>>;
beforeAll(async () => {
  over = await answersOver({ "modes.md": MODES, "two-currencies.md": TWO_CURRENCIES });
}, 60_000);
afterAll(() => over.close());

const values = (a: { figures: Array<{ value: number }> }) => a.figures.map((f) => f.value);

describe("a trade mode's value and growth", () => {
  it("answers 'X trade - how much and how fast did it grow?' with the mode's growth, never the place's", async () => {
    const a = await over.ask("anhui market procurement trade 2019 - how much and how fast did it grow?");
    expect(values(a)).not.toContain(9.4);
    expect(values(a)).toEqual(expect.arrayContaining([27.15, 41.7]));
  });
});

describe("a total asked in yuan and usd", () => {
  it("gives the dollar figure a later sentence states", async () => {
    const a = await over.ask("qinghai jan-feb 2019 total trade, yuan and usd?");
    expect(a.abstained).toBe(false);
    expect(values(a)).toEqual(expect.arrayContaining([6.48, 0.95]));
  });
});
