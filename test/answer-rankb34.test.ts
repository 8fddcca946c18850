import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { subjectFinder } from "../text/subjects.js";
import { countAsked } from "../retrieval/figures/query.js";
import { plainWording } from "../text/wordings.js";
import { answersOver } from "./helpers/answerOver.js";
import { factsOf } from "./helpers/facts.js";

// Rankings (stop 34b): a province's cities ranked by growth from a comma table, beside another article whose
// side-by-side table names a row "Growth". Made-up figures.

const HUNAN = `Hunan Provincial Department of Commerce
News release, 8 February 2032

HUNAN FOREIGN TRADE IN 2031

Hunan's imports and exports reached 702.40 billion yuan in 2031, up 6.2 percent year on year.

Foreign trade of major cities, 2031:
City,Trade (billion yuan),Growth (%),Share of province (%)
Changsha,351.20,3.4,50.0
Yueyang,90.15,17.9,12.8
Zhuzhou,60.33,-2.6,8.6
Xiangtan,55.08,21.7,7.8
Hengyang,41.92,9.3,6.0
`;

const GUANGXI = `---
title: "Two Guangxi cities in 2031"
date: 2032-01-25
---

Nanning's imports and exports reached 160.12 billion yuan in 2031, up 5.2 percent year on year. Liuzhou's foreign
trade grew 3.3 percent to 41.70 billion yuan.

| 2031 | Nanning | Liuzhou |
|---|---|---|
| Imports and exports (billion yuan) | 160.12 | 41.70 |
| Growth | +5.2% | +3.3% |
`;

describe("a measure word a table's row is named by ('| Growth | +5.2% |')", () => {
  it("is no goods a question narrows to", () => {
    const find = subjectFinder(["growth", "farm machinery", "Share"]);
    expect(find("top 3 hunan cities by trade growth in 2031?")).toEqual([]);
    expect(find("rank the cities by share")).toEqual([]);
    expect(find("farm machinery exports growth")).toEqual(["farm machinery"]);
  });
});

describe("a province's cities ranked by growth from a comma table, beside another article's 'Growth' row", () => {
  let ask: Awaited<ReturnType<typeof answersOver>>["ask"];
  let close: () => Promise<void>;
  beforeAll(async () => ({ ask, close } = await answersOver({ "hunan.txt": HUNAN, "guangxi.md": GUANGXI })));
  afterAll(() => close());

  it("ranks the cities by their growth, not by value", async () => {
    const a = await ask("which hunan city grew fastest in 2031? give the top 3 by yoy growth");
    expect(a.abstained).toBe(false);
    // (the one that grew fastest with the value it grew to: test/answer-list-list35.test.ts)
    expect(a.answer).toMatch(/1\. Xiangtan 21\.7% \(to 55\.08 billion yuan\); 2\. Yueyang 17\.9%; 3\. Hengyang 9\.3%/);
  });
});

const YEARBOOK = `---
title: "Hunan Statistical Yearbook 2032: Chapter 11 Foreign Trade"
date: 2032-09-01
---

Hunan's imports and exports were US$101.30 billion in 2031, down 1.2 percent.

Table 11-4 Imports and Exports by City, 2031 (US$ 100 million)
| City | Total | Exports | Imports | Growth (%) |
| Changsha | 512.4 | 301.2 | 211.2 | -2.2 |
| Yueyang | 140.6 | 80.3 | 60.3 | 3.8 |
| Zhuzhou | 95.7 | 70.5 | 25.2 | -4.1 |
| Xiangtan | 88.1 | 52.0 | 36.1 | 1.6 |
`;

describe("a yearbook's city table under 'Table 11-4 … (US$ 100 million)', growth after the flows' columns", () => {
  it("reads the caption's unit past a numbered table's dash, and the growth as the total's", () => {
    const facts = factsOf(YEARBOOK, { title: "Hunan Statistical Yearbook 2032: Chapter 11 Foreign Trade" });
    const of = (city: string) => facts.filter((f) => f.entity === `city:${city}` && !f.subject && !f.partner)
      .map((f) => [f.metric, f.measure, f.value, f.unit]);
    expect(of("yueyang")).toEqual([
      ["trade", "amount", 14.06, "billion US dollars"], ["exports", "amount", 8.03, "billion US dollars"],
      ["imports", "amount", 6.03, "billion US dollars"], ["trade", "growth", 3.8, "%"],
    ]);
  });
});

const JIAXING = `Jiaxing Municipal Bureau of Commerce
Press release, January 19, 2032

Jiaxing's foreign trade in 2031

According to Hangzhou Customs, Jiaxing's total imports and exports of goods in 2031 were 3,120.4 (100 million yuan),
up 2.2 percent year on year.

Main partners

Unit: 100 million yuan

Partner            2031 value   Year on year
European Union     402.6        +3.1%
United States      377.9        -4.4%
ASEAN              390.2        +9.7%
Japan              151.8        -1.0%

The European Union was Jiaxing's largest partner.
`;

describe("a year before 'main' ('jiaxing 2031 main trade partners ranked by value?')", () => {
  it("is no count of the items asked", () => {
    expect(countAsked("jiaxing 2031 main trade partners ranked by value?")).toBeUndefined();
    expect(countAsked("its 3 main partners in 2031")).toBe(3);
  });

  it("ranks all the partners of the table", async () => {
    const { ask, close } = await answersOver({ "jiaxing.txt": JIAXING });
    try {
      const a = await ask("jiaxing 2031 main trade partners ranked by value?");
      expect(a.abstained).toBe(false);
      expect(a.answer).toMatch(/1\. European Union \(EU\) 40\.26 billion yuan; 2\. ASEAN 39\.02 billion yuan; 3\. United States \(US\) 37\.79/);
    } finally { await close(); }
  });
});

const XILU = `Xilu County Port Affairs Office
Annual Report on Port Operations and Foreign Trade, 2031
Northern Prefecture, Guangxi Zhuang Autonomous Region
Issued 20 February 2032 1. Overview
In 2031 the ports of Xilu county handled imports and exports worth 40.10 billion yuan, up 9.1 percent year on year.
2. Ports
Xilu has three open ports. Their results for 2031 are shown in Table 1.
Table 1. Trade and cargo by port, 2031
| Port | Trade (100m yuan) | Cargo (10,000 t) |
| Baitan highway port | 215.4 | 198.2 |
| Baitan railway port | 160.3 | 305.9 |
| Shuiqiao port | 25.3 | 20.6 |
| Total | 401.0 | 524.7 |
`;

describe("a county's ports, in a report whose headline opens with a longer name ('Xilu County Port Affairs Office')", () => {
  it("ranks the ports of the county's report", async () => {
    const { ask, close } = await answersOver({ "xilu.txt": XILU });
    try {
      const a = await ask("xilu ports 2031 ranked by trade value - which handled most?");
      expect(a.abstained).toBe(false);
      expect(a.answer).toMatch(/1\. Baitan highway port 21\.54 billion yuan; 2\. Baitan railway port 16\.03 billion yuan; 3\. Shuiqiao port 2\.53/);
    } finally { await close(); }
  });
});

const XIAMEN = `---
title: "Xiamen's services trade in 2031"
date: 2032-02-12
---

Xiamen's trade in services reached 98.4 billion yuan in 2031, up 7.2 percent.

| Services category (2031) | Value (billion yuan) | Year-on-year |
|---|---|---|
| Travel | 21.5 | +2.2% |
| Transport | 30.6 | +4.0% |
| Telecommunications, computer and information services | 17.2 | +19.8% |
| Financial services | 4.9 | +6.5% |
`;

describe("'telecom', the short form people type of the texts' 'telecommunications'", () => {
  it("is written out in the question", () => {
    expect(plainWording("rank its telecom/IT and financial services")).toBe("rank its telecommunications/IT and financial services");
  });

  it("ranks services named 'telecom/IT' among others", async () => {
    const { ask, close } = await answersOver({ "xiamen.md": XIAMEN });
    try {
      const a = await ask("rank xiamen's travel, transport, telecom/IT and financial services by value in 2031");
      expect(a.abstained).toBe(false);
      expect(a.answer).toMatch(/1\. transport 30\.6 billion yuan; 2\. travel 21\.5 billion yuan; 3\. telecommunications, computer and information services 17\.2 billion yuan; 4\. financial services 4\.9/);
    } finally { await close(); }
  });
});
