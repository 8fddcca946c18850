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

Processing trade came to 61.2 billion yuan.
`;

const TWO_CURRENCIES = `---
title: "Qinghai trade up in first two months"
published: "2019-03-19"
---
Qinghai province's imports and exports reached 6.48 billion yuan in the first two months of this year, up 3.3 percent, Xining Customs said.

In U.S. dollar terms, the province's trade was 0.95 billion dollars, up 1.2 percent.

Xining's trade came to 4.12 billion yuan.
`;

const TABLE = `Anqing's foreign trade by trade mode, first half of 2017
Published 2017-07-20

Anqing's imports and exports reached 14.62 billion yuan in the first half of 2017, up 5.1 percent.

| Trade mode | Value (bn yuan) | YoY (%) | Share (%) | Change (pp) |
| General trade | 9.81 | 7.3 | 67.1 | 1.4 |
| Processing trade | 3.02 | -4.4 | 20.7 | -2.1 |
| Total | 14.62 | 5.1 | 100.0 | - |

Change (pp): change in share from the first half of 2016, in percentage points.
`;

let over: Awaited<ReturnType<typeof answersOver>>;
beforeAll(async () => {
  over = await answersOver({ "modes.md": MODES, "two-currencies.md": TWO_CURRENCIES, "table.txt": TABLE });
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

describe("a trade mode's growth not stated", () => {
  it("never answers 'X trade - how much and how fast did it grow?' with the place's growth", async () => {
    const a = await over.ask("anhui processing trade 2019 - how much and how fast did it grow?");
    expect(values(a)).toContain(61.2);
    expect(values(a)).not.toContain(9.4);
  });
});

describe("a total asked in yuan and usd", () => {
  it("gives the dollar figure a later sentence states", async () => {
    const a = await over.ask("qinghai jan-feb 2019 total trade, yuan and usd?");
    expect(a.abstained).toBe(false);
    expect(values(a)).toEqual(expect.arrayContaining([6.48, 0.95]));
  });
});

describe("a share's change asked in points", () => {
  it("answers 'value, share of total and change in share (pts)?' with the change in points, or names it as not found", async () => {
    const a = await over.ask("anqing processing trade h1 2017: value, share of total and change in share (pts)?");
    const given = a.figures.map((f) => [f.value, f.unit]);
    expect(given).toEqual(expect.arrayContaining([[3.02, "billion yuan"]]));
    expect(a.figures.find((f) => f.unit === "%")?.value).toBeCloseTo(20.7, 0);
    // (the growth of the trade is no change of its share)
    expect(values(a)).not.toContain(-4.4);
    const named = given.some(([v, u]) => v === -2.1 && u === "percentage points") || /change in (?:its share|percentage points)/i.test(a.answer);
    expect(named).toBe(true);
  });
});

describe("a share's change asked but not stated", () => {
  it("names the change in its share as not found, never leaves it out", async () => {
    const a = await over.ask("anhui market procurement trade 2019: value, share of total and change in share?");
    expect(values(a)).toEqual(expect.arrayContaining([27.15, 5.8]));
    expect(values(a)).not.toContain(41.7);
    expect(a.answer).toMatch(/change in (?:its share|percentage points)/i);
  });
});
