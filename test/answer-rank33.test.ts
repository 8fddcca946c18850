import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";
import { factsOf } from "./helpers/facts.js";

// Rankings and lists of named items (stop 33), over made-up reports: a partner table under a heading the reader left
// bare, a provincial report that sets the country's figure beside its own, services ranked by the short names people
// type, and a slide deck's goods listed under a flow's title. Made-up figures.

const QINGHAI = `---
title: "Qinghai's foreign trade up 12.4% in 2031 on lithium exports"
date: 2032-01-20
---

XINING -- Qinghai province's imports and exports rose 12.4 percent year on year to 8.46 billion yuan in 2031, Xining
Customs said. The province's growth was well ahead of the national rate: China's foreign trade rose 3.1 percent to 44.2 trillion yuan.

Exports grew 15.6 percent to 5.12 billion yuan and imports 7.8 percent to 3.34 billion yuan.

By kind of enterprise, private enterprises traded 4.71 billion yuan, up 14.2 percent. Foreign-invested enterprises traded
1.96 billion yuan, up 3.3 percent, while state-owned enterprises' trade fell 0.8 percent to 1.79 billion yuan.

What drove trade

Exports of lithium carbonate rose 40.2 percent to 1.87 billion yuan. Imports were led by potash (0.93 billion yuan), most
of it for the fertilizer plants of Golmud.

Partners

| Partner | 2031 (billion yuan) | Change (%) |
|---|---|---|
| European Union | 1.42 | 6.1 |
| Arab states | 1.31 | 22.7 |
| United States | 1.05 | -3.4 |
| Mongolia | 0.62 | 31.5 |
`;

const CHONGQING = `---
title: "Chongqing's services trade in 2031"
date: 2032-02-10
---

Chongqing's trade in services reached 152.6 billion yuan in 2031, up 8.2 percent.

| Category | Value (billion yuan) | Growth (%) |
|---|---|---|
| Travel | 41.7 | 3.3 |
| Transport | 36.2 | 5.1 |
| Telecommunications, computer and information services | 28.4 | 19.6 |
| Charges for the use of intellectual property | 9.3 | 12.2 |
| Total | 152.6 | 8.2 |
`;

const NINGBO = `---
title: "Ningbo's foreign trade in 2031"
date: 2032-01-22
---

Ningbo's foreign trade rose 4.4 percent to 1,320.5 billion yuan in 2031. State-owned enterprises traded 130.2 billion
yuan, foreign-invested enterprises 301.7 billion yuan and private and other enterprises 888.6 billion yuan.
`;

const LISHUI = `TRANSCRIPT: "City Talk" -- Lishui's exporters in 2031
Broadcast February 3, 2032

HOST: Mayor Zhao, how did Lishui's trade do last year?

MAYOR ZHAO: In 2031 Lishui's total imports and exports reached 61.8 billion yuan, up 7.7 percent. Exports grew 8.4 percent
to 52.3 billion yuan.

HOST: What are Lishui's main exports today?

MAYOR ZHAO: Furniture is number one: furniture exports were 14.2 billion yuan, up 5.1 percent. Then household appliances,
such as fans and heaters, with 9.4 billion yuan, umbrellas with 6.9 billion yuan, and toys, which grew 9.3 percent to
4.2 billion yuan.

HOST: And imports?

MAYOR ZHAO: Imports were 9.5 billion yuan, mostly timber and machinery.
`;

const HUBEI = `---
title: "Transcript: Hubei commerce press conference on trade in the first half of 2031"
date: 2031-07-22
---

**Wang Li:** In the first half, Hubei's imports and exports reached 341.2 billion yuan, up 8.8 percent. Yichang's foreign
trade was 30.4 billion yuan, up 6.2 percent. The Yichang area of the China (Hubei) Pilot Free Trade Zone did 11.35 billion
yuan of trade, up 13.1 percent.

**Reporter:** How did the three areas of the pilot free trade zone do?

**Wang Li:** The China (Hubei) Pilot Free Trade Zone, with its Wuhan, Xiangyang and Yichang areas, recorded imports and
exports of 52.71 billion yuan. The Wuhan area did 33.62 billion yuan, up 7.4 percent, and the Xiangyang area 7.74 billion
yuan, up 21.5 percent.
`;

const ZHUHAI = `Zhuhai Customs | Zhuhai's Foreign Trade in 2031 | Briefing slides
Press briefing, Zhuhai, January 18, 2032

--- Slide 1 ---
Zhuhai's Foreign Trade in 2031

--- Slide 2: Overview ---
- Total imports and exports: 284.5 billion yuan
- Exports: 171.2 billion yuan, +6.1%
- Imports: 113.3 billion yuan, +2.4%

--- Slide 3: Imports ---
- Integrated circuits: 41.6 billion yuan, +8.8%
- Crude oil: 3.2 million tonnes, -2.1%
  - value 14.7 billion yuan
- Soybeans via Gaolan port: 2.4 million tonnes
- Circuits + crude = about half of imports

--- Slide 4: Exports ---
- Household appliances: 38.5 billion yuan
- Ships: 12.1 billion yuan

--- Slide 5: Main partners ---
- ASEAN: 61.2 billion yuan
- European Union: 40.3 billion yuan
`;

describe("a partner table under a heading the reader left bare ('Partners' on a line of its own)", () => {
  it("is the report's place's trade with each partner, not a city's nor the flow of the goods sentence before", () => {
    const facts = factsOf(QINGHAI, { title: "Qinghai's foreign trade up 12.4% in 2031 on lithium exports" });
    const rows = facts.filter((f) => f.partner && f.measure === "amount");
    expect(rows.map((f) => [f.entity, f.partner, f.metric, f.value])).toEqual([
      ["qinghai", "partner:eu", "trade", 1.42], ["qinghai", "partner:arab-states", "trade", 1.31],
      ["qinghai", "partner:us", "trade", 1.05], ["qinghai", "partner:mn", "trade", 0.62],
    ]);
  });
});

describe("the country's figure set beside the province's ('behind the national rate: China's trade rose …')", () => {
  it("leaves the province the owner of the figures after it", () => {
    const facts = factsOf(QINGHAI, { title: "Qinghai's foreign trade up 12.4% in 2031 on lithium exports" });
    const exports = facts.find((f) => f.value === 5.12)!;
    expect(exports.entity).toBe("qinghai");
    expect(facts.find((f) => f.value === 44.2)!.entity).toBe("china");
  });
});

describe("a partner's bullet under a slide titled for partners, no flow named ('- ASEAN: 61.2 billion yuan')", () => {
  it("is the place's trade with the partner, no flow of the slide before carried over", () => {
    const facts = factsOf(ZHUHAI);
    expect(facts.filter((f) => f.partner).map((f) => [f.partner, f.metric, f.value])).toEqual([
      ["partner:asean", "trade", 61.2], ["partner:eu", "trade", 40.3],
    ]);
  });
});

let over: Awaited<ReturnType<typeof answersOver>>;
beforeAll(async () => {
  over = await answersOver({ "qinghai.md": QINGHAI, "chongqing.md": CHONGQING, "zhuhai.txt": ZHUHAI, "ningbo.md": NINGBO,
    "lishui.txt": LISHUI, "hubei.md": HUBEI });
}, 60_000);
afterAll(() => over.close());

describe("a place's biggest partners by value, from a table under a bare heading", () => {
  it("ranks the table's rows, an Arab bloc among them", async () => {
    const a = await over.ask("qinghai's 3 biggest trading partners in 2031 by value");
    expect(a.abstained).toBe(false);
    expect(a.answer).toMatch(/1\. European Union \(EU\) 1\.42 billion yuan; 2\. Arab states 1\.31 billion yuan; 3\. United States \(US\) 1\.05/);
  });
});

describe("services ranked by the short names people type ('computer/IT services', 'IP charges')", () => {
  it("matches each to the table's category and ranks all four", async () => {
    const a = await over.ask("chongqing services trade 2031 - rank travel, transport, computer/IT services and IP charges by value");
    expect(a.abstained).toBe(false);
    expect(a.answer).toMatch(/1\. travel 41\.7 billion yuan; 2\. transport 36\.2 billion yuan; 3\. telecommunications, computer and information services 28\.4 billion yuan; 4\. charges for the use of intellectual property 9\.3 billion yuan/);
  });
});

describe("kinds of firm ranked, one name also read as another document's kind ('private and other enterprises')", () => {
  it("ranks the place's own three kinds and says nothing is missing", async () => {
    const a = await over.ask("qinghai 2031: rank private, foreign-invested and state-owned firms by trade");
    expect(a.abstained).toBe(false);
    expect(a.answer).toMatch(/1\. private enterprises 4\.71 billion yuan; 2\. foreign-invested enterprises 1\.96 billion yuan; 3\. state-owned enterprises 1\.79 billion yuan/);
    expect(a.answer).not.toMatch(/other enterprises/);
  });
  it("ranks a kind asked by another spelling of its own ('foreign-funded' for the text's 'foreign-invested')", async () => {
    const a = await over.ask("qinghai 2031: rank private, foreign-funded and state-owned firms by trade");
    expect(a.abstained).toBe(false);
    expect(a.answer).toMatch(/1\. private enterprises 4\.71 billion yuan; 2\. foreign-invested enterprises 1\.96 billion yuan; 3\. state-owned enterprises 1\.79 billion yuan/);
  });
});

describe("a flow's main goods asked, given one by one with their values in a paragraph ('X is number one: …. Then …')", () => {
  it("are named in the paragraph's order, with it quoted", async () => {
    const a = await over.ask("lishui's main export products in 2031, according to the mayor?");
    expect(a.abstained).toBe(false);
    expect(a.answer).toMatch(/^The documents name furniture, household appliances, umbrellas and toys: “[^”]*Furniture is number one/);
  });
});

describe("the areas of a pilot free trade zone, each figure said of 'the Wuhan area' after 'with its … areas'", () => {
  it("are read as the zone's areas' trade", () => {
    const facts = factsOf(HUBEI, { title: "Transcript: Hubei commerce press conference on trade in the first half of 2031" });
    const wuhan = facts.find((f) => f.value === 33.62)!;
    expect([wuhan.entity, wuhan.metric, wuhan.qualifier]).toEqual(["city:wuhan", "trade", "Hubei Pilot Free Trade Zone"]);
    expect(facts.find((f) => f.value === 7.74)!.qualifier).toBe("Hubei Pilot Free Trade Zone");
  });
  it("are ranked by the period's trade asked ('by h1 2031 trade'), the zone their whole and no missing item", async () => {
    const a = await over.ask("rank the wuhan, xiangyang and yichang areas of the hubei ftz by h1 2031 trade");
    expect(a.abstained).toBe(false);
    expect(a.answer).toMatch(/1\. Wuhan 33\.62 billion yuan; 2\. Yichang 11\.35 billion yuan; 3\. Xiangyang 7\.74 billion yuan/);
  });
});

describe("the goods a slide titled with a flow lists in its bullets ('--- Slide 3: Imports ---')", () => {
  it("answer what the place mainly imported, without the other flow's goods", async () => {
    const a = await over.ask("what did zhuhai mainly import in 2031?");
    expect(a.abstained).toBe(false);
    expect(a.answer).toMatch(/integrated circuits, crude oil and soybeans/);
    expect(a.answer).not.toMatch(/appliances|ships/i);
  });
});
