import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";

// Figures of two documents set against each other, and figures a stated one implies, over made-up articles (no
// evaluation set's place or number): two balances and their gap, a place's rate against the national one stated or
// implied, a rate in another period from the points between them, and sentence shapes that hid a figure's owner.

const WUXI_MONTH = `---
title: "Wuxi trade in May"
published: "2021-06-20"
---
In May 2021, Wuxi's exports rose 5.1 percent to 80.4 billion yuan, and imports rose 3.2 percent to 45.1 billion yuan.
`;
const FOSHAN_MONTH = `---
title: "Foshan trade in March"
published: "2024-04-18"
---
In March 2024, Foshan's exports were 60.2 billion yuan and its imports 52.7 billion yuan.
`;
const TIANJIN_RUNNING = `---
title: "Tianjin trade in the first eight months"
published: "2022-09-20"
---
In the first eight months of 2022, Tianjin's exports were 330.5 billion yuan and its imports 410.8 billion yuan. Tianjin's imports fell 6.2 percent year on year. Even so, the decline in imports was 1.8 percentage points narrower than in the first seven months.
`;
const DALIAN_RUNNING = `---
title: "Dalian trade in the first eight months"
published: "2020-09-22"
---
In the first eight months of 2020, Dalian's exports reached 120.6 billion yuan and its imports 98.2 billion yuan.
`;
const NATIONAL_STATED = `---
title: "Jilin's trade in 2016"
published: "2017-01-25"
---
Jilin province's foreign trade rose 12.4 percent year-on-year to 18.4 billion dollars in 2016, far outpacing the 0.9 percent growth of China's foreign trade as a whole, the provincial customs said.
`;
const NATIONAL_GAP = `---
title: "Shanxi's trade in the first half"
published: "2019-07-24"
---
Shanxi's foreign trade grew 7.6 percent in the first half of 2019, 3.7 percentage points faster than the national average.
`;
const PROVINCE_EPITHET = `---
title: "Jiangsu trade in the first quarter"
published: "2023-04-20"
---
NANJING, April 19 (Xinhua) -- East China's Jiangsu Province reported steady foreign trade in the first quarter of this year.

Exports of China's second-largest foreign trade province reached 700.2 billion yuan in the quarter, up 6.3 percent year on year, while imports came in at 402.5 billion yuan, up 2.1 percent.
`;
const CITY_QUARTER = `---
title: "Suzhou trade in the first quarter"
published: "2023-04-21"
---
Suzhou's exports in the first quarter of 2023 fell 3.4 percent to 310.5 billion yuan.
`;
const SITE_DATELINE = `---
title: "Xining's 2024 foreign trade rises 8%"
published: "2025-01-22"
---
Southeast Asia Business Port (www.example.org) -- Xining's total imports and exports came to 60.5 billion yuan in 2024, 8% more than a year earlier, customs said.
`;
const GOODS_TWO = `---
title: "Tianjin exports in 2021"
published: "2022-01-25"
---
Tianjin's exports of textiles and clothing jumped 12.5 percent to 20.4 billion yuan in 2021. Exports of medical instruments and devices came to 6.8 billion yuan, while pharmaceutical materials and drugs reached 3.1 billion yuan.
`;
const RUNNING_AND_MONTH = `---
title: "Ningde trade in the first half"
published: "2021-07-18"
---
Ningde's foreign trade reached 84.2 billion yuan in the first half of 2021. In June alone, the city's foreign trade was 19.6 billion yuan, up 9.4 percent.
`;
const PORT_MONTH = `---
title: "Manzhouli port trade in the first half"
published: "2022-07-15"
---
Manzhouli Port handled 60.3 billion yuan of imports and exports in the first half of 2022. The local customs said exports through the port in June rose 4 percent to 12.3 billion yuan, while imports that month grew 2 percent to 8.1 billion yuan.
`;

let ask: Awaited<ReturnType<typeof answersOver>>["ask"];
let close: () => Promise<void>;
beforeAll(async () => {
  ({ ask, close } = await answersOver({
    "wuxi.md": WUXI_MONTH, "foshan.md": FOSHAN_MONTH, "tianjin.md": TIANJIN_RUNNING, "dalian.md": DALIAN_RUNNING,
    "jilin.md": NATIONAL_STATED, "shanxi.md": NATIONAL_GAP, "jiangsu.md": PROVINCE_EPITHET, "suzhou.md": CITY_QUARTER,
    "xining.md": SITE_DATELINE, "manzhouli.md": PORT_MONTH, "goods.md": GOODS_TWO,
    "ningde.md": RUNNING_AND_MONTH,
  }));
});
afterAll(() => close());

const computed = (a: { figures: Array<{ value: number; computed: boolean }> }) =>
  a.figures.filter((f) => f.computed).map((f) => f.value);
const values = (a: { figures: Array<{ value: number }> }) => a.figures.map((f) => f.value);

describe("two balances set against each other", () => {
  it("works out both surpluses and the gap between them, each place in its own month", async () => {
    const a = await ask(
      "which had the bigger trade surplus for its month: wuxi in may 2021 or foshan in march 2024, and by how much?",
    );
    expect(a.abstained).toBe(false);
    expect(computed(a)).toEqual([27.8, 35.3, 7.5]);
    expect(a.answer).toMatch(/Wuxi's trade surplus in May 2021 was the bigger, by 27\.8 billion yuan/);
  });
  it("answers a surplus beside a deficit asked of a span of months named before 'trade balance'", async () => {
    const a = await ask(
      "jan-aug trade balance: tianjin in 2022 vs dalian in 2020 - which had a surplus, which a deficit, and how big?",
    );
    expect(a.abstained).toBe(false);
    expect(computed(a)).toEqual([-80.3, 22.4]);
  });
});

describe("a place's rate against the national one", () => {
  it("reads a national rate named after its figure ('the 0.9 percent growth of China's foreign trade')", async () => {
    const a = await ask("jilin's trade growth in 2016 vs china's - both rates and the gap in pct points");
    expect(values(a)).toEqual([12.4, 0.9, 11.5]);
  });
  it("works out the national rate a place's stated gap to the national average implies", async () => {
    const a = await ask("h1 2019: shanxi's trade growth vs china's - both rates and the gap");
    expect(values(a)).toEqual([7.6, 3.9, 3.7]);
    expect(a.figures[1]).toMatchObject({ computed: true, formula: "7.6 − 3.7 = 3.9%" });
  });
  it("reads 'exports of China's second-largest foreign trade province' as the province's exports", async () => {
    const a = await ask(
      "q1 2023 exports: did suzhou's grow faster or slower than jiangsu's? give both rates and the gap",
    );
    expect(values(a)).toEqual([-3.4, 6.3, 9.7]);
  });
});

describe("figures a stated one implies", () => {
  it("reads no port into a figure from the site a report is filed by ('… Business Port (www…) --')", async () => {
    const a = await ask("xining's trade grew 8% in 2024 - what does that imply its 2023 total was?");
    expect(computed(a)[0]).toBeCloseTo(56.02, 2);
  });
  it("works out the earlier period's change from 'a decline N points narrower than' it", async () => {
    const a = await ask(
      "tianjin imports fell 6.2% in jan-aug 2022, a decline 1.8 pts narrower than jan-jul. so what was the jan-jul import change?",
    );
    expect(a.abstained).toBe(false);
    expect(a.figures[0]).toMatchObject({ value: -8, unit: "%", computed: true });
  });
  it("works out a month's share of the running total it ends ('what % of its jan-jun trade came in june?')", async () => {
    const a = await ask("what % of ningde's jan-jun 2021 trade came in june?");
    expect(a.figures.find((f) => f.computed)).toMatchObject({ value: 23.28, unit: "%" });
  });
  it("reads no goods from who said a month's figures ('The local customs said imports …')", async () => {
    const a = await ask("manzhouli port june 2022: total imports+exports for the month, and the trade surplus?");
    expect(a.abstained).toBe(false);
    expect(computed(a)).toEqual([20.4, 4.2]);
  });
});

describe("two goods of one place", () => {
  it("divides one group's exports by another's, the first named with '&' and the second after 'its exports of'", async () => {
    const a = await ask("tianjin 2021: textile & clothing exports were how many times its exports of medical instruments and devices?");
    expect(a.figures.find((f) => f.computed)).toMatchObject({ value: 3, unit: "times" });
    expect(a.answer).not.toContain("3.1 billion");
  });
});
