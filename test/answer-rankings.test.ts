import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";
import { baseOf, frameOf } from "./helpers/figureBase.js";
import { figureIndex } from "../retrieval/figures/base.js";

// Rankings and comparisons across places, documents and periods, answered whole over made-up articles (no
// evaluation set's place or number): each side is found in its own article, and what the question asks of each
// (rates, values, each place's own period) is answered for every side or named as not stated.

const FUJIAN = `---
title: "Fujian's foreign trade in 2015"
published: "2016-01-20"
---
Fujian's foreign trade fell 8.1 percent to 168.4 billion US dollars in 2015. Trade with the European Union rose 3.2 percent to
21.5 billion US dollars, and trade with ASEAN grew 6.4 percent to 25.9 billion US dollars, while trade with the United States
fell 1.1 percent to 24.8 billion US dollars.

Processing trade accounted for 22.4 percent of the province's total.
`;
const JIANGXI = `---
title: "Jiangxi trade slips in 2015"
published: "2016-01-22"
---
Jiangxi's foreign trade fell 5.3 percent to 42.4 billion US dollars in 2015.
`;
const XIAMEN = `---
title: "Xiamen trade in the first three quarters of 2017"
published: "2017-10-20"
---
Xiamen's foreign trade reached 427.5 billion yuan in the first three quarters of 2017, up 11.2 percent.
Processing trade accounted for 31.7 percent of the city's total.
`;
const NANCHANG = `---
title: "Nanchang's trade hits record in 2016"
published: "2017-01-25"
---
Nanchang's foreign trade grew 14.6 percent to 62.3 billion yuan in 2016.

| Partner | Trade (billion yuan) | Change (%) |
|---|---|---|
| United States | 12.1 | 8.2 |
| Japan | 6.3 | 4.1 |
| Total | 62.3 | 14.6 |
`;
const GANZHOU = `---
title: "Ganzhou's exports climb in 2017"
published: "2018-01-24"
---
Ganzhou's foreign trade rose 21.9 percent to 36.8 billion yuan in 2017.
`;

const DELTA = `---
title: "Yangtze River Delta trade in 2023"
published: "2024-01-30"
---
The Yangtze River Delta's foreign trade reached 15.2 trillion yuan in 2023, up 0.6 percent.

Trade with Belt and Road countries reached 6.84 trillion yuan.

Ningbo's foreign trade came to 1.27 trillion yuan in 2023.
`;

const JIANGXI_LATER = `---
title: "Jiangxi's trade in 2019"
published: "2020-01-21"
---
Jiangxi's foreign trade reached 50.9 billion US dollars in 2019. Fujian's foreign trade was 1.33 trillion yuan in 2019.
`;

const YUNNAN = `---
title: "Yunnan's trade with RCEP partners in 2022"
published: "2023-01-28"
---
Yunnan's trade with the other RCEP members reached 180.5 billion yuan in 2022. Trade with ASEAN rose 9.8 percent to
142.3 billion yuan.
`;

const ZHEJIANG_CITIES = `---
title: "Zhejiang's cities in 2023"
published: "2024-01-26"
---
Zhejiang's foreign trade grew 4.6 percent in 2023.

Ningbo's foreign trade grew 3.2 percent in 2023. Hangzhou's foreign trade grew 5.1 percent in 2023.
Jiaxing's foreign trade grew 1.2 percent in 2023. Wenzhou's foreign trade grew 8.4 percent in 2023.
`;

const SHARES = `---
title: "Cities' shares of their provinces"
published: "2022-11-20"
---
In the first three quarters of 2022, Changsha's foreign trade reached 420.1 billion yuan, 69.3 percent of Hunan's total.

In the first quarter of 2023, Kunming's foreign trade was 30.2 billion yuan, accounting for 48.5 percent of Yunnan's total.
`;

const XIAMEN_2021 = `---
title: "Xiamen's trade in 2021"
published: "2022-01-25"
---
Xiamen's imports reached 420.5 billion yuan in 2021. Imports from Japan, South Korea and Australia were 30.2 billion yuan,
45.6 billion yuan and 52.8 billion yuan respectively.

Its exports of the "new three" products rose 35.2 percent. Exports of lithium-ion batteries grew 41.3 percent.
`;

let ask: Awaited<ReturnType<typeof answersOver>>["ask"];
let close: () => Promise<void>;
beforeAll(async () => {
  ({ ask, close } = await answersOver({
    "fujian.md": FUJIAN, "jiangxi.md": JIANGXI, "xiamen.md": XIAMEN, "nanchang.md": NANCHANG, "ganzhou.md": GANZHOU,
    "delta.md": DELTA, "jiangxi-2019.md": JIANGXI_LATER, "yunnan.md": YUNNAN, "zhejiang-cities.md": ZHEJIANG_CITIES,
    "shares.md": SHARES, "xiamen-2021.md": XIAMEN_2021,
  }));
});
afterAll(() => close());

describe("two places compared across their own articles", () => {
  it("names the side that fell more when both fell, with both rates and the gap", async () => {
    const a = await ask("2015: which fell harder, fujian's or jiangxi's foreign trade? both rates and the gap");
    expect(a.abstained).toBe(false);
    expect(a.answer).toMatch(/-8\.1%/);
    expect(a.answer).toMatch(/-5\.3%/);
    expect(a.answer).toMatch(/Fujian fell more, by 2\.8 percentage points/);
  });
  it("names the side that fell more when the size is asked beside the fall", async () => {
    const a = await ask("2015: fujian vs jiangxi foreign trade - which was bigger, and which fell harder?");
    expect(a.abstained).toBe(false);
    expect(a.answer).toMatch(/Fujian is bigger, by 126 billion US dollars/);
    expect(a.answer).toMatch(/Fujian fell more, by 2\.8 percentage points/);
  });
  it("sets two shares of different periods side by side when asked which place relies more on them", async () => {
    const a = await ask("processing trade share: fujian 2015 vs xiamen jan-sep 2017, which is more reliant and by how many pts?");
    expect(a.abstained).toBe(false);
    expect(a.answer).toMatch(/9\.3 percentage points/);
  });
});

describe("two partners of one place on two measures", () => {
  it("gives both partners' values and rates when asked for values and which grew faster", async () => {
    const a = await ask("fujian 2015: trade with EU vs ASEAN - values, and which grew faster?");
    expect(a.abstained).toBe(false);
    for (const v of ["21.5 billion", "25.9 billion", "3.2%", "6.4%"]) expect(a.answer).toContain(v);
    expect(a.answer).toMatch(/ASEAN grew faster, by 3\.2 percentage points/);
  });
  it("reads 'us' in a comma list of partners as the United States", async () => {
    const a = await ask("fujian 2015: rank asean, us, eu by trade value");
    expect(a.abstained).toBe(false);
    expect(a.figures.map((f) => f.value)).toEqual([25.9, 24.8, 21.5]);
  });
});

describe("places ranked across articles", () => {
  it("ranks each place by the period the question gives it", async () => {
    const a = await ask("rank by trade growth: nanchang 2016, xiamen q1-q3 2017, ganzhou 2017");
    expect(a.abstained).toBe(false);
    expect(a.figures.map((f) => f.value)).toEqual([21.9, 14.6, 11.2]);
    expect(a.answer).toMatch(/1\. Ganzhou \(2017\) 21\.9%; 2\. Nanchang \(2016\) 14\.6%/);
    // periods not written after each place are not given to the places in turn
    expect((await ask("rank nanchang and ganzhou by trade growth in 2016 and 2017")).answer).not.toMatch(/Ganzhou \(2017\)/);
  });
  it("does not read 'total' as a table's Total row when ranking places by total trade", () => {
    const read = baseOf([["nanchang", "Nanchang", "2017-01-25", NANCHANG.split("---")[2]!]]);
    // a table's "Total" row read as a subject of its own, beside the same figure without one
    const facts = [...read.facts, ...read.facts.map((f) => ({ ...f, subject: "total" }))];
    const b = figureIndex(facts, [...read.documents.values()]);
    expect(frameOf("rank nanchang and ganzhou by total foreign trade in 2016", b).subjects).toEqual([]);
  });
});

describe("shares worked out from two stated figures", () => {
  it("takes a city of a member province as part of the region", async () => {
    const a = await ask("what share of the yrd's 2023 trade came from ningbo?");
    expect(a.abstained).toBe(false);
    expect(a.figures.find((f) => f.computed)?.value).toBe(8.36);
  });
  it("reads 'what pct of' as a share of the total", async () => {
    const a = await ask("yrd 2023: what pct of the region's total trade was with belt and road countries?");
    expect(a.abstained).toBe(false);
    expect(a.figures.find((f) => f.computed)?.value).toBe(45);
  });
});

describe("a change between two years' levels stated in two articles", () => {
  it("reads 'grow from 2015 to 2019' as the two years' levels, and works out the change", async () => {
    const a = await ask("by how much did jiangxi's trade (usd) grow from 2015 to 2019 in total?");
    expect(a.abstained).toBe(false);
    expect(a.figures.filter((f) => f.computed).map((f) => f.value)).toContain(20.05);
  });
  it("keeps a span of years whole when a yearly average over it is asked", () => {
    const b = baseOf([]);
    expect(frameOf("what was jiangxi's average annual trade growth from 2015 to 2019?", b).periods)
      .toEqual([{ y1: 2015, m1: 1, y2: 2019, m2: 12 }]);
    expect(frameOf("how much did jiangxi's trade grow from 2015 to 2019?", b).periods)
      .toEqual([{ y1: 2015, m1: 1, y2: 2015, m2: 12 }, { y1: 2019, m1: 1, y2: 2019, m2: 12 }]);
  });
  it("abstains when the two levels are in different currencies, rather than set dollars against yuan", async () => {
    for (const q of ["by how much did fujian's trade grow from 2015 to 2019?",
      "how much did fujian's trade grow between 2015 and 2019, in percent?", "fujian's trade 2015 and 2019 combined?"]) {
      const a = await ask(q);
      expect(a.abstained, q).toBe(true);
      expect(a.figures, q).toEqual([]);
    }
    expect((await ask("how much did fujian's trade grow between 2015 and 2019, in percent?")).answer)
      .toMatch(/^The documents do not state Fujian's foreign trade, change from 2015 to 2019 \(the levels are stated in different units\)/);
  });
});

describe("a bloc's trade less a bloc within it", () => {
  it("takes the partners named after 'outside' from the first one", async () => {
    const a = await ask("yunnan 2022 trade with RCEP members outside asean?");
    expect(a.abstained).toBe(false);
    expect(a.figures.find((f) => f.computed)?.value).toBe(38.2);
    expect(a.answer).toMatch(/less trade with ASEAN: 38\.2 billion yuan/);
  });
});

describe("cities ranked within the places a question names", () => {
  it("ranks the cities of a region's member province, not the region and the province, and keeps the number asked", async () => {
    const a = await ask("which 2 of the yrd's zhejiang cities had the fastest trade growth in 2023? rates pls");
    expect(a.abstained).toBe(false);
    expect(a.figures.map((f) => f.value)).toEqual([8.4, 5.1]);
    expect(a.answer).toMatch(/1\. Wenzhou 8\.4%; 2\. Hangzhou 5\.1%/);
  });
});

describe("two cities' shares of their own provinces compared", () => {
  it("sets the parts side by side, each in its own period, leaving their wholes out of the sides", async () => {
    const a = await ask("changsha's share of hunan trade (jan-sep 2022) vs kunming's share of yunnan (q1 2023) - which higher, by how many points?");
    expect(a.abstained).toBe(false);
    expect(a.answer).toMatch(/Changsha has the bigger share, by 20\.8 percentage points/);
  });
});

describe("each place's own period, read from the question", () => {
  it("keeps a full year written after the second place beside the first place's months", () => {
    const frame = frameOf("exports: nanchang jan-oct 2023 vs ganzhou full yr 2023 - which is bigger?", baseOf([]));
    expect(frame.periods).toEqual([{ y1: 2023, m1: 1, y2: 2023, m2: 10 }, { y1: 2023, m1: 1, y2: 2023, m2: 12 }]);
  });
});

describe("rankings within one place", () => {
  it("reads import sources as the partners to rank", async () => {
    const a = await ask("xiamen's top import sources 2021, ranked w/ amounts");
    expect(a.abstained).toBe(false);
    expect(a.figures.map((f) => f.value)).toEqual([52.8, 45.6, 30.2]);
  });
  it("abstains on an order of a group's members when only one member's figure is stated, not give the group's", async () => {
    const a = await ask("xiamen new three 2021 - which of the three grew fastest? rank em by yoy");
    expect(a.abstained).toBe(true);
    expect(a.figures).toEqual([]);
  });
});
