import { describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";
import { asksDown, cueWeight } from "../retrieval/explain/cues.js";

// Reasons that name the change they explain without naming whose it is ("The record was driven by …", "… are behind
// the growth", "… gave the corridor a big push"), a reason a few sentences after the change it names, and a
// quotation whose speaker the sentence after it names. Made-up places, people and goods.

const RECORD = `---
title: "Corvale's foreign trade hits record high in 2023"
date: 2024-01-20
---
Corvale's imports and exports reached 536.1 billion yuan in 2023, up 24.8 percent and a record high, the city's customs said.

"The record was driven by the recovery of demand abroad and the steady running of the river freight trains," said Olan Brisk, an official of Corvale Customs.
`;

const TRAMS = `---
title: "Corvale tram exports climb in 2023"
date: 2024-02-02
---
Corvale's tramcar exports reached 13.2 billion yuan in 2023, up 27.3 percent.

Its trams were delivered to six countries last year.

"Demand for city trams abroad and the fleet renewal of overseas operators are behind the growth," said Pell Arno, a manager at a Corvale works.
`;

const CORRIDOR = `---
title: "River-sea corridor cargo grows in 2023"
date: 2024-01-15
---
Trains on the Corvale river-sea corridor carried 146,000 TEU of cargo in 2023, up 18 percent.

"The opening of the hill railway and lower port fees gave the corridor a big push," said Dara Venn, deputy director of the corridor office.
`;

const BUSES = `---
title: "Morvale carmakers find more buyers abroad"
date: 2023-10-20
---
Exports of new energy vehicles (NEVs) from Zigong from January to September reached 8.1 billion yuan, up 58.2 percent.

In the third quarter alone, NEV exports reached 3.0 billion yuan, up 70.1 percent. Spain was the largest destination, followed by Chile.

"The rapid growth is driven by new capacity at the city's vehicle park and by demand for electric coaches abroad," said Mo Linfa, deputy director of the bureau.

Steel exports fell 4.0 percent. "The fall in steel exports was due to weak prices," said Ren Qiao, a trader.
`;

const FLOWERS = `---
title: "Morvale flowers reach more buyers"
date: 2024-03-01
---
Morvale exported 12,400 tonnes of cut flowers in 2023, up 21.0 percent.

"Our exports were driven by online sales and cold-chain trucks. A lily cut at dawn now sells abroad the next day," said Tala Wenju, deputy manager of the Morvale flower market.
`;

const AIRPORT = `---
title: "Neijiang airport's international cargo soars"
date: 2022-12-28
---
International cargo at Neijiang airport is expected to reach 9,600 tonnes in 2022, up 61.5 percent.

The airport's total cargo and mail throughput is estimated at 191,000 tonnes for the year, down 21.4 percent from 243,000 tonnes in 2021, due to a four-month closure of the runway for repairs.

"New all-cargo routes were opened thanks to subsidies from the city," said Hao Ren, a manager at the airport.
`;

const PARTNER = `---
title: "Foreign trade of Ziyang, first half of 2023"
date: 2023-07-18
---
In January-June 2023, Ziyang's foreign trade totaled 14.2 billion yuan, down 2.4 percent year on year.
Trade with Russia was 10.1 billion yuan, down 4.6 percent, or 71.5 percent of the total.
The decline was mainly due to lower international crude oil prices.

Exports of auto parts rose 6.0 percent thanks to new orders from Europe.
`;

/** One question over one made-up article (its places are no gazetteer's, so each is asked alone). */
async function askOver(text: string, question: string) {
  const { ask, close } = await answersOver({ "article.md": text });
  try {
    return await ask(question);
  } finally {
    await close();
  }
}

describe("reading which way a question asks", () => {
  it("reads 'hit a record' as reaching a mark, not a setback", () => {
    expect(asksDown("why did the city's trade hit a record in 2023?")).toBe(false);
    expect(asksDown("why did trade hit a new high?")).toBe(false);
    expect(asksDown("why were exports hit so hard in 2023?")).toBe(true);
  });
});

describe("cues that name a cause by what stands behind a change or gives it a push", () => {
  it.each([
    "Demand abroad and new routes are behind the growth.",
    "Lower fees were behind this year's rebound.",
    "The new railway gave the corridor a big push.",
    "Tax refunds give exporters a boost.",
  ])("reads %s as giving a cause", (s) => {
    expect(cueWeight("cause", s)).toBeGreaterThanOrEqual(3);
  });
  it("does not read a place behind another as a cause", () => {
    expect(cueWeight("cause", "The warehouse is behind the station.")).toBeLessThan(3);
  });
});

describe("reasons that name the change they explain", () => {
  it("answers why trade hit a record with what drove the record", async () => {
    const a = await askOver(RECORD, "why did corvale's foreign trade hit a record in 2023?");
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain("recovery of demand abroad");
  });
  it("answers what is behind a growth with what its sentence says is behind it", async () => {
    const a = await askOver(TRAMS, "what's behind corvale's tram export growth in 2023?");
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain("fleet renewal");
  });
  it("answers what pushed a growth with what gave it a push", async () => {
    const a = await askOver(CORRIDOR, "what pushed the river-sea corridor growth in 2023?");
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain("hill railway");
  });
  it("takes a reason that names the growth from a few sentences after the growth of the asked goods", async () => {
    const a = await askOver(BUSES, "what drove zigong's nev export growth in 2023?");
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain("new capacity at the city's vehicle park");
    expect(a.answer).not.toContain("weak prices");
  });
});

describe("a quotation whose speaker the next sentence names", () => {
  it("answers who said the reason with the person who closes the quotation", async () => {
    const a = await askOver(FLOWERS, "what drove morvale's flower exports in 2023 and who said so?");
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain("online sales");
    expect(a.answer).toContain("Tala Wenju");
  });
});

describe("a reason's period and partner", () => {
  it("reads the year of the amount a change is measured from as no period of the sentence", async () => {
    const a = await askOver(AIRPORT, "why did total cargo at neijiang airport fall in 2022?");
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain("closure of the runway");
  });
  it("takes the partner of a reason that opens on the change from the sentence that stated it", async () => {
    const a = await askOver(PARTNER, "why did ziyang's trade with russia decline in h1 2023?");
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain("crude oil prices");
  });
});
