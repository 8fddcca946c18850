import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseQuestion } from "../retrieval/figures/query.js";
import { readPlan } from "../retrieval/plans/read.js";
import { answersOver } from "./helpers/answerOver.js";

// Two figures set side by side, answered over made-up articles (no evaluation set's place, person or number): both
// figures, which is larger, and the gap with its formula; a side no document states is named as not found.

const PORT_CITY = `---
title: "Qingdao customs district trade in the first four months"
published: "2019-05-20"
---
In the first four months of 2019, imports through the Qingdao customs district rose 21.4 percent to 61.8 billion yuan, and exports grew 6.5 percent to 70.2 billion yuan.
`;
const PROVINCE_YEAR = `---
title: "Shandong foreign trade in 2019"
published: "2020-01-21"
---
Shandong's foreign trade reached 2,043.1 billion yuan in 2019, up 5.8 percent. Exports were 1,119.1 billion yuan, up 6.6 percent, and imports climbed 14.3 percent to 924 billion yuan.
`;
const AHEAD_ONE = `---
title: "Yunnan's trade in 2012"
published: "2013-01-25"
---
Yunnan's foreign trade grew 31.2 percent to 21.0 billion dollars in 2012, 25.0 percentage points higher than the national average.
`;
const AHEAD_TWO = `---
title: "Gansu's trade in 2016"
published: "2017-01-24"
---
Gansu's foreign trade was 46.8 billion yuan in 2016, up 4.1 percent, 5.0 percentage points higher than the national average.
`;
const GOODS = `---
title: "Handan steel exports in the first half"
published: "2017-07-25"
---
In the first half of 2017, Handan exported 3.12 million tonnes of steel products, up 8.4 percent, worth 9.45 billion yuan, up 19.7 percent.
`;
const BULLETIN = `---
title: "Hunan customs release, December 2021"
published: "2021-12-20"
---
## November 2021

In November 2021, Hunan's exports grew 31.6 percent to 52.4 billion yuan, while imports were 20.3 billion yuan, down 2.2 percent.

## January–November 2021

In the first eleven months, Hunan's exports were 389.5 billion yuan, up 24.8 percent, and imports 135.2 billion yuan, up 16.1 percent.
`;
const SHARE_BEFORE = `---
title: "Suzhou's trade in 2015"
published: "2016-01-28"
---
Suzhou's exports reached 1,130.6 billion yuan in 2015. Mobile phones accounted for 12.3 percent of the city's exports.
`;
const SHARE_AFTER = `---
title: "Suzhou's trade in 2021"
published: "2022-01-26"
---
Suzhou exported mobile phones worth 178.2 billion yuan in 2021, up 7.4 percent, or 10.1 percent of its total exports.
`;
const MODES = `---
title: "Yunnan border trade in 2018"
published: "2019-01-30"
---
In 2018, Yunnan's border small-volume trade, the province's second largest trade mode, rose 6.2 percent to 35.1 billion yuan, while border residents' mutual trade fell 4.8 percent to 12.6 billion yuan.
`;
const FLOWS = `---
title: "Shanxi's trade in the first half of 2016"
published: "2016-07-22"
---
In the first half of 2016, Shanxi's exports rose 12.4 percent to 40.1 billion yuan, while imports dipped 3.3 percent to 21.7 billion yuan.
`;
const ORE_ONE = `---
title: "Rizhao's ore imports in 2019"
published: "2020-01-20"
---
In 2019, Rizhao imported 80.5 million tonnes of iron ore, worth 48.3 billion yuan.
`;
const ORE_TWO = `---
title: "Lianyungang's ore imports in the first half of 2021"
published: "2021-07-20"
---
In the first half of 2021, Lianyungang imported 30.2 million tonnes of iron ore, worth 35.1 billion yuan.
`;
const PRIVATE_ONE = `---
title: "Lishui's trade in 2017"
published: "2018-01-26"
---
In 2017, Lishui's private enterprises traded 21.3 billion yuan, up 14.2 percent.
`;
const PRIVATE_TWO = `---
title: "Zhoushan's trade in the first four months of 2019"
published: "2019-05-21"
---
From January to April 2019, private enterprises in Zhoushan imported and exported 18.5 billion yuan, up 20.3 percent.
`;
const ONE_SIDE = `---
title: "Wuxi trade in the first three quarters"
published: "2017-10-25"
---
Wuxi's foreign trade reached 452.6 billion yuan in the first three quarters of 2017, up 9.2 percent.
`;

let ask: Awaited<ReturnType<typeof answersOver>>["ask"];
let close: () => Promise<void>;
beforeAll(async () => {
  ({ ask, close } = await answersOver({
    "port.md": PORT_CITY, "province.md": PROVINCE_YEAR, "ahead1.md": AHEAD_ONE, "ahead2.md": AHEAD_TWO, "goods.md": GOODS,
    "bulletin.md": BULLETIN, "share1.md": SHARE_BEFORE, "share2.md": SHARE_AFTER, "modes.md": MODES, "one.md": ONE_SIDE,
    "flows.md": FLOWS, "private1.md": PRIVATE_ONE, "private2.md": PRIVATE_TWO, "ore1.md": ORE_ONE,
    "ore2.md": ORE_TWO,
  }));
});
afterAll(() => close());

const gapOf = (a: { figures: Array<{ value: number; unit: string; computed: boolean; formula?: string }> }) =>
  a.figures.find((f) => f.computed);
const stated = (a: { figures: Array<{ value: number; computed: boolean }> }) => a.figures.filter((f) => !f.computed).map((f) => f.value);

describe("two places, each in its own period, from two documents", () => {
  it("reads a place's kind between it and its period, and 'by how much' as the gap, not the sizes", async () => {
    const a = await ask("import growth: qingdao customs district jan-apr 2019 vs shandong full year 2019, which was faster and by how much");
    expect(a.abstained).toBe(false);
    expect(stated(a)).toEqual([21.4, 14.3]);
    expect(gapOf(a)).toMatchObject({ value: 7.1, unit: "percentage points" });
    expect(a.answer).toMatch(/Qingdao[^:]*grew faster/);
  });
  it("reads the flow and measure asked between a place and its period as the place's own period", async () => {
    const a = await ask("how did qingdao's import growth in jan-apr 2019 compare with shandong's in 2019?");
    expect(a.abstained).toBe(false);
    expect(stated(a)).toEqual([21.4, 14.3]);
    expect(gapOf(a)).toMatchObject({ value: 7.1, unit: "percentage points" });
  });
  it("reads a hyphenated 'full-year' as the whole year of the place it follows", async () => {
    const a = await ask("was qingdao's import growth in jan-apr 2019 higher than shandong's full-year 2019 rate?");
    expect(stated(a)).toEqual([21.4, 14.3]);
  });
  it("reads 'who's higher and what's the gap?' as the two sides and the gap between them, no person, no second ask", async () => {
    const a = await ask("exports: shanxi h1 2016 vs shandong 2019, who's higher and what's the gap?");
    expect(a.abstained).toBe(false);
    expect(stated(a)).toEqual([40.1, 1119.1]);
    expect(a.figures.filter((f) => f.computed)).toHaveLength(1);
    expect(gapOf(a)).toMatchObject({ value: 1079, unit: "billion yuan" });
  });
  it("sets the two places' stated gaps to the national average side by side, the nation no side of it", async () => {
    const a = await ask("how far above the national average was yunnan's growth in 2012 vs gansu's in 2016");
    expect(a.abstained).toBe(false);
    expect(stated(a)).toEqual([25, 5]);
    expect(gapOf(a)).toMatchObject({ value: 20, unit: "percentage points", formula: "25 − 5 = 20 percentage points" });
  });
});

describe("goods of two places set side by side 'by volume'", () => {
  it("compares the quantities counted, never the values", async () => {
    const a = await ask("iron ore imports by volume: rizhao in all of 2019 vs lianyungang in just h1 2021 - which was bigger and by how much?");
    expect(a.abstained).toBe(false);
    expect(stated(a)).toEqual([80.5, 30.2]);
    expect(gapOf(a)).toMatchObject({ value: 50.3, unit: "million tonnes" });
  });
});

describe("an enterprise type named the way people type it", () => {
  it("reads 'private-firm trade' as the private enterprises' figures, whatever the documents call the firms", async () => {
    const a = await ask("private-firm trade growth: lishui in 2017 vs zhoushan in jan-apr 2019 - which was faster and by how many pts?");
    expect(a.abstained).toBe(false);
    expect(stated(a)).toEqual([14.2, 20.3]);
    expect(gapOf(a)).toMatchObject({ value: 6.1, unit: "percentage points" });
  });
});

describe("one good's volume and value", () => {
  it("sets the change of the quantity against the change of the value", async () => {
    const a = await ask("handan steel exports h1 2017 - volume growth vs value growth, gap?");
    expect(a.abstained).toBe(false);
    expect(stated(a)).toEqual([8.4, 19.7]);
    expect(gapOf(a)).toMatchObject({ value: 11.3, unit: "percentage points" });
    expect(a.answer).toMatch(/value grew faster/);
  });
  it("reads 'growth in tonnage' as the volume's change", async () => {
    const a = await ask("handan's steel exports in h1 2017: growth in tonnage vs growth in value?");
    expect(a.abstained).toBe(false);
    expect(gapOf(a)).toMatchObject({ value: 11.3, unit: "percentage points" });
  });
  it("takes 'trade volume' for the value of trade, not a quantity of goods", () => {
    const plan = readPlan(parseQuestion("hebei's foreign trade volume vs the value of its exports in 2020: which grew faster?"));
    expect(plan?.inputs.some((x) => x.of)).toBeFalsy();
  });
});

describe("one month against the cumulative rate of a bulletin", () => {
  it("sets the month's rate against the year-to-date one ('cumulative' names the period, not the content)", async () => {
    const a = await ask("hunan export growth in nov 2021 vs the jan-nov cumulative rate - gap?");
    expect(a.abstained).toBe(false);
    expect(stated(a)).toEqual([31.6, 24.8]);
    expect(gapOf(a)).toMatchObject({ value: 6.8, unit: "percentage points" });
  });
});

describe("one share in two years from two documents", () => {
  it("says whether it went up or down, and by how many points, from the earlier year to the later", async () => {
    const a = await ask("mobile phones' share of suzhou's exports, 2015 vs 2021 - up or down and by how many points?");
    expect(a.abstained).toBe(false);
    expect(stated(a)).toEqual([12.3, 10.1]);
    expect(gapOf(a)).toMatchObject({ value: -2.2, unit: "percentage points" });
    expect(a.answer).toMatch(/down 2\.2 percentage points from 2015 to 2021/);
  });
  it("answers how a share changed, or by how many points it fell, with the shares, never a change between two amounts", async () => {
    for (const q of ["how did mobile phones' share of suzhou's exports change from 2015 to 2021?",
      "by how many points did mobile phones' share of suzhou's exports fall between 2015 and 2021?"]) {
      const a = await ask(q);
      expect(a.abstained, q).toBe(false);
      expect(stated(a), q).toEqual([12.3, 10.1]);
      expect(a.figures.filter((f) => f.computed).map((f) => [f.value, f.unit]), q).toEqual([[-2.2, "percentage points"]]);
    }
  });
});

describe("two subjects of one place asked 'how many times bigger'", () => {
  it("gives the ratio, not the gap", async () => {
    const a = await ask("yunnan 2018 - border small-volume trade vs border residents' trade, how many times bigger was the first?");
    expect(a.abstained).toBe(false);
    expect(a.figures.filter((f) => f.computed).map((f) => [f.value, f.unit])).toEqual([[2.79, "times"]]);
  });
});

describe("two trade modes of one place", () => {
  it("keeps border residents' trade apart from border small-volume trade", async () => {
    const a = await ask("yunnan 2018: border small-volume trade vs border residents' trade, growth of each and the gap");
    expect(a.abstained).toBe(false);
    expect(stated(a)).toEqual([6.2, -4.8]);
    expect(gapOf(a)).toMatchObject({ value: 11, unit: "percentage points" });
  });
});

describe("one place's exports against its imports", () => {
  it("reads 'the gap between export growth and import growth' as the two flows, 'between' narrowing neither", async () => {
    const a = await ask("shanxi jan-jun 2016: gap between export growth and import growth?");
    expect(a.abstained).toBe(false);
    expect(stated(a)).toEqual([12.4, -3.3]);
    expect(gapOf(a)).toMatchObject({ value: 15.7, unit: "percentage points" });
  });
});

describe("a comparison whose place is not read", () => {
  it("abstains rather than quote a sentence that states neither the place asked nor the gap", async () => {
    const a = await ask("SX jan-jun 2016: export growth vs import growth, gap?");
    expect(a.abstained).toBe(true);
    expect(a.answer).not.toMatch(/quoted/);
  });
});

describe("a side no document states", () => {
  it("is named as not found beside the side that is, and the answer abstains", async () => {
    const a = await ask("wuxi's trade growth in jan-sep 2017 vs h1 2019?");
    expect(a.abstained).toBe(true);
    expect(a.answer).toMatch(/9\.2%/);
    expect(a.missing?.join(" ")).toMatch(/first half of 2019/);
    expect(a.figures.some((f) => f.computed)).toBe(false);
  });
});
