import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";
import type { Answer } from "../retrieval/types.js";

// Look-ups of goods asked by a short name, a stated rank asked with the gap to the average, and questions only a
// target or a report's dateline seems to answer. Made-up articles (no evaluation set's place, person or number).

const GOODS = `---
title: "Hunan's exports in 2021"
published: "2022-01-20"
---
In 2021, Hunan's exports rose 8.8 percent to 320.4 billion yuan. Exports of tea rose 21.7 percent to 1.23 billion yuan.
Among them, automobile exports were 6.64 billion yuan, up 40.2%.

Hunan exported 5.2 million tablet computers last year, worth 0.91 billion dollars, an increase of 6.6 percent.
`;
const RANKED = `---
title: "Shanxi's foreign trade in 2021"
published: "2022-01-25"
---
Shanxi's imports and exports rose 40.5 percent in 2021 to 223.1 billion yuan, 19.1 percentage points higher than the national average.

Exports rose 44.1 percent and imports rose 35.2 percent.

The growth rate was the fourth-fastest among China's 31 provincial-level regions.

Governor Lan said the province set a target of 12 percent growth in foreign trade for 2022.
`;
const FILED = `---
title: "Northeast province's trade climbs"
published: "2022-01-17"
---
CHANGCHUN, Jan. 16 (Xinhua) -- Foreign trade of northeast China's Liaoning province reached 770.3 billion yuan in 2021, up 17.6 percent year on year, the provincial department of commerce said Monday.
`;

const MONTHLY = `---
title: "Statistical releases: Anhui foreign trade, January-October 2021"
published: "2021-11-20"
---
Anhui's imports and exports in January-October 2021 were 560.2 billion yuan, up 27.3 percent. Exports were 330.1 billion yuan and imports 230.1 billion yuan.

In October alone, Anhui's imports and exports reached 61.7 billion yuan, up 14.2 percent; exports were 37.4 billion yuan and imports 24.3 billion yuan.
`;

let ask: (q: string) => Promise<Answer>;
let close: () => Promise<void>;
beforeAll(async () => {
  ({ ask, close } = await answersOver({ "goods.md": GOODS, "ranked.md": RANKED, "filed.md": FILED, "monthly.md": MONTHLY }));
});
afterAll(() => close());

const values = (a: Answer) => a.figures.map((f) => f.value);

describe("goods asked by a short name", () => {
  it("finds a three-letter one", async () => {
    const a = await ask("hunan tea exports 2021? how much and how fast did they grow");
    expect(a.abstained).toBe(false);
    expect(values(a)).toEqual(expect.arrayContaining([1.23, 21.7]));
  });
  it("finds counted goods by their everyday name, their count and their worth", async () => {
    const a = await ask("how many tablets did hunan export in 2021, and what were they worth?");
    expect(a.abstained).toBe(false);
    expect(values(a)).toEqual(expect.arrayContaining([5.2, 0.91]));
  });
});

describe("goods asked by the everyday word for them", () => {
  it("finds automobiles asked as \"auto\"", async () => {
    const a = await ask("hunan auto exports in 2021 and the yoy %?");
    expect(a.abstained).toBe(false);
    expect(values(a)).toEqual(expect.arrayContaining([6.64, 40.2]));
  });
  it("counts \"last year\" from the date of the source the question names", async () => {
    const a = await ask("how many tablets did hunan export last year according to the jan 2022 customs release?");
    expect(a.abstained).toBe(false);
    expect(values(a)).toContain(5.2);
  });
});

describe("a stated rank asked with the gap to the average", () => {
  it("gives the rank by growth and the gap, not a national rate worked out", async () => {
    const a = await ask("where did shanxi's 2021 trade growth rank nationally, and how far above the national average was it?");
    expect(a.abstained).toBe(false);
    expect(values(a)).toEqual(expect.arrayContaining([4, 19.1]));
    expect(a.figures.some((f) => f.computed)).toBe(false);
  });
});

describe("what only seems to answer", () => {
  it("a target set for a year is no figure of that year", async () => {
    const a = await ask("shanxi's foreign trade in 2022?");
    expect(a.abstained).toBe(true);
    expect(values(a)).not.toContain(12);
  });
  it("a target asked for is told as one, never as an outcome", async () => {
    const a = await ask("shanxi's foreign trade growth target for 2022?");
    expect(values(a)).toEqual([12]);
    expect(a.answer).toMatch(/expected to grow 12%/);
    expect(a.answer).not.toMatch(/\bgrew\b/);
  });
  it("a place named only on a report's dateline owns none of its figures", async () => {
    const a = await ask("what was changchun's foreign trade in 2021?");
    expect(a.abstained).toBe(true);
  });
});

describe("a month asked \"only\"", () => {
  it("is the month's own figures: the word asks, it narrows nothing", async () => {
    const a = await ask("anhui in october 2021 only: exports and imports?");
    expect(a.abstained).toBe(false);
    expect(values(a)).toEqual(expect.arrayContaining([37.4, 24.3]));
  });
});
