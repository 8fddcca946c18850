import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";

// Computations a question asks for in its own words, over made-up articles (no evaluation set's place, person or
// number): the level before a growth the question states with a figure typed without its currency, a quarter as its
// half less the other quarter. Each is worked out with its formula shown, or the part not found is named.

const HALF = `---
title: "Shanxi's trade in the first half of 2023"
published: "2023-07-20"
---
In the first half of 2023, Shanxi's imports and exports were 80.4 billion yuan, up 3.2 percent.

In the second quarter alone, Shanxi's imports and exports were 42.1 billion yuan.
`;
const PORT = `---
title: "Yancheng port handles more cargo"
published: "2019-10-22"
---
The port of Yancheng handled 61.3 million tonnes of cargo in the first three quarters of 2019.
`;
// (the city's figure read as its province's, as a sentence naming both may be)
const CITY_IN_PROVINCE = `---
title: "Huai'an trade up in first three quarters"
published: "2020-10-22"
---
Huai'an, the inland city in the middle of Jiangsu province that sits on the Grand Canal, reported imports and exports of 28.6 billion yuan for January to September 2020, a year-on-year increase of 10 percent, according to figures released by Huai'an Customs.
`;

const JIANGXI = `---
title: "Jiangxi's foreign trade in 2017 and 2018"
published: "2019-01-22"
---
Jiangxi's imports and exports reached 300.6 billion yuan in 2017, up 9.1 percent.

In 2018, Jiangxi's imports and exports were 334.8 billion yuan.

In 2019, Jiangxi's imports and exports were 350.1 billion yuan, accounting for 1.1 percent of the national total.
`;
const NATION = `---
title: "China's foreign trade in 2017"
published: "2018-01-12"
---
China's imports and exports reached 27.8 trillion yuan in 2017, up 14.2 percent.
`;

const ZONE = `---
title: "Wuhu Comprehensive Bonded Zone trade grows in 2022"
published: "2023-01-16"
---
The Wuhu Comprehensive Bonded Zone in Anhui province recorded imports and exports of 48.2 billion yuan in 2022, up 6.1 percent year on year.

The zone generated 20.5 percent of Wuhu's foreign trade.
`;

const TWO_CURRENCIES = `---
title: "Fujian's trade in the first three quarters of 2022"
published: "2022-10-24"
---
In the first three quarters of 2022, Fujian's exports were 1,200.5 billion yuan and its imports were 800.2 billion yuan.

Measured in U.S. dollars, Fujian's exports were 180.3 billion dollars and imports were 120.1 billion dollars in the first three quarters of 2022.
`;

const TARGET = `---
title: "Anhui sets its targets for 2025"
published: "2025-01-20"
---
Anhui's imports and exports reached 800 billion yuan in 2024, up 4.2 percent.

In 2025, Anhui aims to grow its foreign trade by 5 percent.
`;
const GOAL = `---
title: "Jiaxing's trade in the first five months of 2022"
published: "2022-06-20"
---
Jiaxing's imports and exports reached 3.21 billion yuan from January to May 2022, up 12 percent.

Our goal is for the city's foreign trade to exceed 9 billion yuan for the whole year.
`;
const OUTCOME = `---
title: "Hubei's trade in 2024 and 2025"
published: "2026-01-22"
---
Hubei's imports and exports were 600 billion yuan in 2024, up 9.6 percent.

In 2025, Hubei's imports and exports grew 7 percent.
`;

let ask: Awaited<ReturnType<typeof answersOver>>["ask"];
let close: () => Promise<void>;
beforeAll(async () => {
  ({ ask, close } = await answersOver({ "half.md": HALF, "port.md": PORT, "huaian.md": CITY_IN_PROVINCE, "jiangxi.md": JIANGXI, "nation.md": NATION, "zone.md": ZONE, "fujian.md": TWO_CURRENCIES, "target.md": TARGET, "goal.md": GOAL,
    "outcome.md": OUTCOME }));
});
afterAll(() => close());

const computedValues = (a: { figures: Array<{ value: number; computed: boolean }> }) =>
  a.figures.filter((f) => f.computed).map((f) => f.value);

describe("a level before a growth the question states", () => {
  it("takes a figure typed without its currency as the level given, and says the figures are the question's", async () => {
    const a = await ask("yancheng grew 12.5% yoy to 45bn in q1-q3 2019. so what was its trade in q1-q3 2018?");
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain("45 ÷ (1 + 0.125) = 40 billion");
    expect(a.answer).toContain("from the figures the question gives");
  });
  it("cites the sentence that states the figure given, in its currency, even when read as the province's", async () => {
    const a = await ask("huai'an grew 10% yoy to 28.6bn in q1-q3 2020. so what was its trade in q1-q3 2019?");
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain("28.6 ÷ (1 + 0.1) = 26 billion yuan");
    expect(a.citations.map((c) => c.docId)).toContain("huaian");
  });
});

describe("a part of a period from the whole less the other part", () => {
  it("works out a first quarter as its half less the second quarter, the period named after 'minus' taken away", async () => {
    const a = await ask("shanxi's trade in q1 2023 then? (h1 minus q2)");
    expect(a.abstained).toBe(false);
    expect(computedValues(a)).toContain(38.3);
    expect(a.answer).toContain("80.4 − 42.1 = 38.3 billion yuan");
    expect(a.answer).toContain("foreign trade in Q1 2023 (the first half of 2023, less April–June 2023)");
  });
  it("works out an earlier quarter no sentence states as the half less the later quarter, unasked how", async () => {
    const a = await ask("shanxi's q1 2023 trade value, going by the half-year report?");
    expect(a.abstained).toBe(false);
    expect(computedValues(a)).toEqual([38.3]);
    expect(a.answer).toContain("80.4 − 42.1 = 38.3 billion yuan");
  });
  it("names the part not found rather than take the half for the quarter", async () => {
    const a = await ask("shanxi's trade in q3 2023 then? (jan-sep minus h1)");
    expect(a.abstained).toBe(true);
    expect(computedValues(a)).toEqual([]);
  });
});

describe("what a place still needs to reach its target", () => {
  it("is the target less the level so far, the rest of the year named, the target given or stated", async () => {
    for (const q of ["jiaxing wants >9bn yuan of trade for all of 2022. how much more does it need in jun-dec after jan-may?",
      "how much more trade did jiaxing still need in jun-dec 2022 to hit its goal for the whole of 2022?"]) {
      const a = await ask(q);
      expect(a.abstained).toBe(false);
      expect(computedValues(a)).toEqual([5.79]);
      expect(a.answer).toContain("still needed in June–December 2022");
      expect(a.answer).toContain("9 − 3.21 = 5.79 billion yuan");
    }
  });
  it("names the target as not found when no sentence states one", async () => {
    const a = await ask("how much more trade did shanxi still need in h2 2023 to hit its goal for the whole of 2023?");
    expect(a.abstained).toBe(true);
    expect(computedValues(a)).toEqual([]);
  });
});

describe("a place's share of the national total", () => {
  it("works out the share from the place's and the nation's amounts, each from its own document", async () => {
    const a = await ask("What share of China's total 2017 foreign trade did Jiangxi account for?");
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain("300.6 ÷ 27800 × 100 = 1.08%");
  });
  it("cites the share a sentence states rather than work one out", async () => {
    const a = await ask("what % of the national total was jiangxi's trade in 2019?");
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain("1.1%");
    expect(computedValues(a)).toEqual([]);
    // the place's own amount is given beside the share it states
    const both = await ask("jiangxi foreign trade 2019 + its share of the national total?");
    expect(both.answer).toContain("350.1 billion yuan");
    expect(both.answer).toContain("1.1%");
  });
  it("names the nation's figure as not found when no document states it for that year", async () => {
    const a = await ask("What share of China's total 2018 foreign trade did Jiangxi account for?");
    expect(a.abstained).toBe(true);
    expect(computedValues(a)).toEqual([]);
    expect(a.missing).toEqual(["China's foreign trade in 2018"]);
    expect(a.answer).toContain("334.8 billion yuan");
  });
});

describe("a whole from a member the question names only by its share of it", () => {
  it("takes the amount of the member whose stated share is the one given, not the place's own", async () => {
    const a = await ask("wuhu's cbz was 20.5% of the city's trade in 2022 - implied wuhu total?");
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain("48.2 ÷ 0.205 = 235.12 billion yuan");
    expect(a.answer).toContain("Wuhu's total foreign trade");
  });
  it("finds no member for a share no sentence gives, and works nothing out", async () => {
    const a = await ask("wuhu's cbz was 30% of the city's trade in 2022 - implied wuhu total?");
    expect(a.abstained).toBe(true);
    expect(computedValues(a)).toEqual([]);
  });
});

describe("a balance asked in two currencies", () => {
  it("works out the surplus in each currency asked, each from the flows stated in it", async () => {
    const a = await ask("fujian q1-q3 2022 trade surplus, in yuan and in usd?");
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain("= a surplus of 400.3 billion yuan");
    expect(a.answer).toContain("= a surplus of 60.2 billion US dollars");
  });
});

describe("a level a growth target leads to", () => {
  it("grows last year's level by the target the text looks ahead to", async () => {
    const a = await ask("if anhui hits its 2025 trade growth target, what would total trade be?");
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain("800 × (1 + 0.05) = 840 billion yuan");
  });
  it("names the target as not found when the text states only the growth achieved, and works nothing out", async () => {
    const a = await ask("if hubei hits its 2025 trade growth target, what would total trade be?");
    expect(a.abstained).toBe(true);
    expect(computedValues(a)).toEqual([]);
    expect(a.missing).toEqual(["Hubei's foreign trade, growth target in 2025"]);
  });
});
