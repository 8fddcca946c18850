import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";

// Look-ups that ask two things and lost one of them (stop 28), answered whole over made-up articles (no evaluation
// set's place or number): the words that only say what the asker wants, a trade mode whose name has "volume" in it, a
// figure asked in both currencies from a table giving each in a column, a city's rank and its share of its province.

const COMMUNIQUE = `---
title: "Statistical communique of Qinghai on 2018 economic and social development"
published: "2019-03-01"
---
Qinghai's gross domestic product was 286.5 billion yuan in 2018.

The total value of imports and exports of goods was 4.81 billion yuan, an increase of 1.7 percent. The value of exports was 2.93 billion yuan, up 4.2 percent, and the value of imports was 1.88 billion yuan, down 2.1 percent. By trade mode, general trade amounted to 3.05 billion yuan, up 2.2 percent, and border small-volume trade came to 0.61 billion yuan, up 8.8 percent.

Qinghai's trade with Nepal rose 12 percent to 0.92 billion yuan, equal to 19.1 percent of the province's total foreign trade.
`;

const BORDER_CITY = `---
title: "Border city Heihe's trade up 4.2% in 2015"
published: "2016-01-22"
---
Heihe's foreign trade rose 4.2 percent to 9.15 billion yuan in 2015, local customs said.

Trade with Russia reached 8.4 billion yuan, up 3.1 percent, and accounted for 91.8 percent of the city's total.

Border small-scale trade, the mode used by traders who carry goods across the river, remained the mainstay of the city. It was worth 5.72 billion yuan, or 62.5 percent of the city's total.
`;

const RANKED_CITY = `---
title: "Zigong's foreign trade grows 8.2% in 2019"
published: "2020-01-21"
---
Zigong, in southern Sichuan, reported imports and exports of 9.1 billion yuan last year, up 8.2 percent on 2018.

The city's foreign trade ranked third among Sichuan's 21 cities and prefectures, and accounted for 2.8 percent of the province's total of 320.5 billion yuan, which fell 1.5 percent.
`;

const INDICATORS = `Ningxia's 2013 foreign trade tops 3 billion US dollars
Published 2014-01-25

Ningxia's total imports and exports in 2013 reached 3.21 billion US dollars, up 6.6 percent.

Main indicators of Ningxia's foreign trade, 2013

| Item | US$ billion | 100 million yuan | Change (%) |
| Total imports and exports | 3.21 | 198.9 | +6.6 |
| Processing trade | 0.42 | 26.1 | -3.3 |
`;

const CERTIFICATES = `---
title: "RCEP lifts Fujian's first-quarter exports"
published: "2022-04-20"
---
Fujian's exports reached 205.3 billion yuan in the first quarter of 2022, up 9.9 percent.

Trade with the other RCEP members came to 88.1 billion yuan, up 7.7 percent.

In the quarter, Xiamen Customs issued 12,400 RCEP certificates of origin for Fujian enterprises, covering exports of 4.37 billion yuan.
`;

const BULLETIN = `---
title: "Tieling customs bulletin"
published: "2023-05-22"
---
In January-April 2023, Tieling's imports reached 12.3 billion yuan. Imports of soybeans were 0.66 million tonnes, valued at 2.71 billion yuan. Imports of crude oil were 1.93 million tonnes.
`;

const REGION = `---
title: "Chengdu-Chongqing circle trade up 4.2% in first half"
published: "2024-07-22"
---
Foreign trade of the Chengdu-Chongqing economic circle reached 1.23 trillion yuan in the first half of 2024, up 4.2 percent. The growth rate was 1.1 percentage points higher than the national average, and the region contributed 5.9 percent of China's total foreign trade of 20.84 trillion yuan in the period.
`;
const STEEL = `---
title: "Handan steel exports rise"
published: "2016-10-20"
---
In the first three quarters of 2016, Handan exported 3.1 million tonnes of steel, up 15.2 percent, worth 6.4 billion yuan, up 1.9 percent.
`;

const ONE_FLOW = `---
title: "Jilin's trade with Russia in 2023"
published: "2024-01-20"
---
Jilin's trade with Russia grew 12.2 percent in 2023. Exports to Russia jumped 41.5 percent to 14.2 billion yuan.
`;

let over: Awaited<ReturnType<typeof answersOver>>;
beforeAll(async () => {
  over = await answersOver({ "communique.md": COMMUNIQUE, "border-city.md": BORDER_CITY, "ranked-city.md": RANKED_CITY,
    "indicators.txt": INDICATORS, "certificates.md": CERTIFICATES,
    "bulletin.md": BULLETIN, "region.md": REGION, "steel.md": STEEL,
    "one-flow.md": ONE_FLOW });
}, 60_000);
afterAll(() => over.close());

const values = (a: { figures: Array<{ value: number }> }) => a.figures.map((f) => f.value);

describe("words that only say what the asker wants", () => {
  it("answers 'exports and imports? need both' with both flows", async () => {
    const a = await over.ask("qinghai 2018 exports and imports? need both");
    expect(a.abstained).toBe(false);
    expect(values(a)).toEqual(expect.arrayContaining([2.93, 1.88]));
  });
});

describe("a trade mode named with 'volume'", () => {
  it("reads 'border small volume trade …, value & growth' as the mode's value and growth, no count", async () => {
    const a = await over.ask("qinghai border small volume trade in 2018, value & growth");
    expect(a.abstained).toBe(false);
    expect(values(a)).toEqual([0.61, 8.8]);
  });
});

describe("a trade mode spelled another way", () => {
  it("answers 'border small-scale trade: value + share of total' from a sentence that calls it 'It'", async () => {
    const a = await over.ask("heihe border small-scale trade 2015: value + share of total");
    expect(a.abstained).toBe(false);
    expect(values(a)).toEqual([5.72, 62.5]);
  });
});

describe("a city's rank among its province's cities and its share of the province's total", () => {
  it("answers both from the city's stated rank and share, not the province's own figures", async () => {
    const a = await over.ask("Where did zigong rank among sichuan's cities by trade in 2019, and what % of the province's total was it?");
    expect(a.abstained).toBe(false);
    expect(a.figures.map((f) => [f.value, f.unit])).toEqual(expect.arrayContaining([[2.8, "%"], [3, "rank"]]));
    expect(values(a)).not.toContain(320.5);
  });
});

describe("a figure asked in both currencies", () => {
  it("gives the amount of each currency's column of a table row", async () => {
    const a = await over.ask("ningxia processing trade 2013, in dollars and in yuan?");
    expect(a.abstained).toBe(false);
    expect(a.figures.map((f) => [f.value, f.unit])).toEqual([[0.42, "billion US dollars"], [2.61, "billion yuan"]]);
  });
});

describe("a count of certificates and the value they cover", () => {
  it("answers both, and not with the place's total exports", async () => {
    const a = await over.ask("how many RCEP certificates of origin were issued for fujian firms in q1 2022, and what export "
      + "value did they cover?");
    expect(a.abstained).toBe(false);
    expect(values(a).sort((x, y) => x - y)).toEqual([4.37, 12400]);
  });
  it("gives no figure of trade with the bloc for a question on the certificates", async () => {
    const a = await over.ask("how many RCEP certificates of origin were issued for fujian firms in q1 2022?");
    expect(values(a)).toEqual([12400]);
  });
  it("quotes no sentence on the certificates for the exports to the bloc, which no sentence states", async () => {
    const a = await over.ask("fujian exports to rcep members q1 2022?");
    expect([a.abstained, a.mode]).toEqual([true, "abstained"]);
  });
});

describe("a partner's trade and 'what pct of the province total was it'", () => {
  it("gives the trade and its share, not the share alone", async () => {
    const a = await over.ask("qinghai trade w/ nepal 2018 and what pct of the province total was it");
    expect(a.abstained).toBe(false);
    expect(values(a)).toEqual([0.92, 19.1]);
  });
});

describe("goods asked 'tonnes and yuan?'", () => {
  it("gives the quantity and the value", async () => {
    const a = await over.ask("tieling soybean imports jan-apr 2023, tonnes and yuan?");
    expect(a.abstained).toBe(false);
    expect(values(a)).toEqual([0.66, 2.71]);
  });
  it("names the value as not stated when only the quantity is", async () => {
    const a = await over.ask("tieling crude oil imports jan-apr 2023, tonnes and yuan?");
    expect([a.abstained, a.missing]).toEqual([true, ["its value"]]);
  });
});

describe("a share of the national total, and 'what was the national total?'", () => {
  it("gives the share and the country's own total, not the part's amount", async () => {
    const a = await over.ask("what share of china's h1 2024 trade did the chengdu-chongqing economic circle account for, and "
      + "what was the national total?");
    expect(a.abstained).toBe(false);
    expect(values(a).sort((x, y) => x - y)).toEqual([5.9, 20.84]);
  });
});

describe("a quantity's change against its value's", () => {
  it("is no ask for the quantity itself ('volume growth vs value growth, gap?')", async () => {
    const a = await over.ask("handan steel exports jan-sep 2016 - volume growth vs value growth, gap?");
    expect(a.missing ?? []).not.toContain("the quantity");
  });
});

describe("two flows set side by side, one of them stated", () => {
  it("shows the one found and names the other as not stated, abstaining", async () => {
    const a = await over.ask("jilin-russia 2023: export growth vs import growth, gap in pts?");
    expect([a.abstained, values(a)]).toEqual([true, [41.5]]);
    expect(a.answer).toMatch(/do not state[^.]*imports/);
  });
});
