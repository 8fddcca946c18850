import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";

// A part's value and its share of a whole, asked together or one from the other, answered over made-up articles (no
// evaluation set's place or figure): the stated share over a computed one, the part's figures never the whole's.

const DELTA = `---
title: "Pearl River Delta trade in the first half of 2025"
published: "2025-07-20"
---
In the first half of 2025, the Pearl River Delta's foreign trade reached 4.3 trillion yuan, up 3 percent. The region contributed 20 percent of China's total foreign trade of 21.5 trillion yuan in the period.
`;
const FIRMS = `---
title: "Nanjing trade in the first four months"
published: "2023-05-20"
---
Between January and April, Nanjing's total imports and exports were worth 900 billion yuan, up 2 percent.

Private enterprises were the main engine of the growth. Their total trade rose 12.2 percent to 261.7 billion yuan. Their share of Nanjing's total trade was 29.1 percent.

Exports of mechanical and electrical products were 120.4 billion yuan, 40.2 percent of the city's total exports.

Nanjing's comprehensive bonded zones recorded total imports and exports of 80.6 billion yuan, 9.0 percent of the city's total.
`;

const ROUNDED = `---
title: "Xiangtan foreign trade in the first two months"
published: "2023-03-18"
---
Xiangtan's total imports and exports in the first two months of this year reached 27.65 billion yuan, up 5 percent.

Private enterprises led the way. Their imports and exports totaled 23.93 billion yuan, more than 80% of Xiangtan's total.
`;

const MONTH = `---
title: "Anhui's foreign trade in October"
published: "2023-11-16"
---
Anhui's imports and exports climbed 4.4 percent from a year earlier to 75.88 billion yuan in October, according to local customs.

Between January and October, Anhui's foreign trade came to 0.67 trillion yuan in total.
`;

const RANKED = `---
title: "Wuhan's exports in 2025"
published: "2026-01-22"
---
In 2025, Wuhan's exports totaled 358.73 billion yuan, up 10.2% year on year. Exports of laptop computers, the city's leading product, reached 52.15 billion yuan, equal to 20.2% of China's laptop computer exports and second in the country.
`;

const DRIVEN = `---
title: "Hunan's foreign trade in the first half"
published: "2018-07-20"
---
In the first half of 2018, Hunan's foreign trade rose 25 percent. The province's processing trade imports and exports rose 20.7% in the first half, driving foreign trade growth by 8.2 percentage points over the period.

The Changsha Riverside Comprehensive Bonded Zone was the main engine of the province's foreign trade growth. Imports and exports of the zone grew 21.5%, driving the province's foreign trade growth by 6.4 percentage points.
`;

const PHONES = `---
title: "Xuzhou's exports in 2020"
published: "2021-01-25"
---
Xuzhou's foreign trade reached 102.3 billion yuan in 2020, up 6 percent. Exports of mobile phones reached 20.5 billion yuan in 2020, a year-on-year increase of 30 percent and roughly 12.5 percent of the city's total exports.

Exports of mobile phones and household appliances together came to 25.1 billion yuan.
`;

let ask: Awaited<ReturnType<typeof answersOver>>["ask"];
let close: () => Promise<void>;
beforeAll(async () => {
  ({ ask, close } = await answersOver({
    "firms.md": FIRMS, "rounded.md": ROUNDED, "month.md": MONTH, "ranked.md": RANKED, "driven.md": DRIVEN, "phones.md": PHONES,
    "delta.md": DELTA,
  }));
});
afterAll(() => close());

const values = (a: { figures: Array<{ value: number }> }) => a.figures.map((f) => f.value);

describe("a region's share of the nation's trade, and the national total", () => {
  it("gives the nation's total stated after the share for 'what was the national total', not the region's own", async () => {
    const a = await ask("what share of china's h1 2025 trade did the pearl river delta account for, and what was the national total?");
    expect(a.abstained).toBe(false);
    expect(a.figures.map((f) => f.value).sort()).toEqual([20, 21.5]);
    expect(a.answer).toContain("China's foreign trade was 21.5 trillion yuan");
  });
});

describe("a part's value and its share", () => {
  it("answers both when the question types '&' for 'and' in the goods' name", async () => {
    const a = await ask("nanjing jan-apr 2023 mechanical & electrical exports: value and share of total exports?");
    expect(a.abstained).toBe(false);
    expect(values(a)).toEqual([120.4, 40.2]);
  });
  it("gives the stated share of a part named by 'their' in the sentence before, not one computed from the total", async () => {
    const a = await ask("Nanjing private firms jan-apr 2023 - how much trade did they do and what share of the city's total was it?");
    expect(values(a)).toEqual([261.7, 29.1]);
    expect(a.figures.some((f) => "computed" in f && f.computed)).toBe(false);
  });
  it("answers a kind of zone's value and share with the zones' figures, not the city's total", async () => {
    const a = await ask("nanjing comprehensive bonded zones in jan-apr 2023: trade value and share of the city's total?");
    expect(values(a)).toEqual([80.6, 9]);
    expect(a.answer).not.toMatch(/\b900\b/);
  });
});

describe("a share computed where the text only bounds or implies it", () => {
  it("computes the exact share from the two amounts when the text only says 'more than' a share", async () => {
    const a = await ask("xiangtan jan-feb 2023: the article only says private firms were 'more than 80%' - what's the exact share?");
    expect(a.abstained).toBe(false);
    expect(values(a)[0]).toBeCloseTo(86.55, 2);
  });
  it("computes a month's share of the running total it belongs to", async () => {
    const a = await ask("what % of anhui's jan-oct 2023 trade came in october?");
    expect(a.abstained).toBe(false);
    expect(values(a)[0]).toBeCloseTo(11.33, 2);
  });
});

describe("a part's rank and the points it added", () => {
  it("answers a goods' value, its share of the country's and its national rank, all three stated", async () => {
    const a = await ask("wuhan laptop computer exports in 2025: how much, what share of china's laptop exports, and where did it "
      + "rank nationally?");
    expect(a.missing).toBeUndefined();
    expect(values(a)).toEqual(expect.arrayContaining([52.15, 20.2, 2]));
  });
  it("answers 'how many points of growth came from A, and how many from B' for a trade mode and a zone", async () => {
    const a = await ask("hunan h1 2018: how many percentage points of the province's trade growth came from processing trade, "
      + "and how many from the changsha riverside comprehensive bonded zone?");
    expect(a.missing).toBeUndefined();
    expect(values(a)).toEqual(expect.arrayContaining([8.2, 6.4]));
  });
  it("works out the total a goods' share of exports, given in the question, implies", async () => {
    // (pins the plan a goods' share of exports needs; it does not depend on this change)
    const a = await ask("mobile phones were about 12.5% of xuzhou's exports in 2020 - what total exports does that imply?");
    expect(values(a)[0]).toBeCloseTo(164, 1);
  });
});
