import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";
import { contentWords } from "../retrieval/evidence.js";
import { parseQuestion } from "../retrieval/figures/query.js";

// Rankings of members over made-up articles (no evaluation set's place, person or number): the members asked by
// what they are ("the five Central Asian countries"), a bloc inside the asked one (ASEAN among the RCEP partners), and
// an order asked in so many words ("biggest ASEAN partners in order?"), which no sentence has to say.

const SENTENCE = `---
title: "Gansu's trade with Central Asia in 2019"
published: "2020-01-22"
---
Gansu's trade with the five Central Asian countries came to 12.4 billion yuan in 2019, up 6.1 percent.

Kazakhstan remained the largest partner, with trade of 6.1 billion yuan, down 2.3 percent, followed by Uzbekistan at 3.2 billion yuan, Kyrgyzstan at 1.9 billion yuan, Turkmenistan at 0.8 billion yuan and Tajikistan at 0.4 billion yuan. Trade with Russia grew 4 percent to 2.6 billion yuan.
`;

const BLOCS = `---
title: "Hainan's trade with RCEP partners in the first quarter of 2021"
published: "2021-04-20"
---
Hainan's trade with the other RCEP members rose 10.2 percent to 20.9 billion yuan in the first quarter of 2021.

| RCEP partner | Q1 trade (billion yuan) | Year-on-year change |
|---|---|---|
| Japan | 8.1 | +3.2% |
| ASEAN | 6.4 | +25.5% |
| South Korea | 4.2 | +9.9% |
| Australia | 2.2 | -4.1% |
`;

const MEMBERS = `---
title: "Hainan's trade with ASEAN in the first half of 2022"
published: "2022-07-25"
---
Hainan's trade with ASEAN grew 8.8 percent to 15.7 billion yuan in the first half of 2022.

| Partner | Value (billion yuan) | Change |
|---|---|---|
| Vietnam | 5.5 | -2.0% |
| Thailand | 7.3 | +4.4% |
| Malaysia | 2.9 | +30.1% |
`;

const PORTS = `---
title: "Tacheng's foreign trade in 2023"
published: "2024-01-25"
---
Tacheng's foreign trade rose 9 percent to 12.4 billion yuan in 2023.

| Port / zone | Trade (billion yuan) | Change |
|---|---|---|
| Tacheng Railway Port | 1.93 | 28.2% |
| Baketu Port | 5.2 | 7.1% |
| Jimunai Border Trade Zone | 3.4 | 4.4% |
| Total | 10.53 | 9.0% |
`;

const PROVINCES = `---
title: "Provincial foreign trade in the first quarter of 2019"
published: "2019-04-28"
---
All provincial-level regions have published their first-quarter figures.

| Rank | Region | Imports and exports (billion yuan) | Year-on-year |
|---|---|---|---|
| 1 | Fujian | 500.1 | +3.0% |
| 2 | Hubei | 300.2 | +12.0% |
| 3 | Hebei | 250.3 | +8.0% |
| 4 | Anhui | 200.4 | +20.5% |

Jiangxi grew 30.1 percent to 90.5 billion yuan, the fastest of any province.
`;

const QINZHOU = `---
title: "Qinzhou port trade in 2016"
published: "2017-01-20"
---
Qinzhou's foreign trade grew 6 percent in 2016. Crude oil imports climbed 2.1 percent by volume to 8.1 million tonnes, worth 17.2 billion yuan.
`;

const YANTAI = `---
title: "Yantai's foreign trade in the first half of 2020"
published: "2020-07-22"
---
Yantai's foreign trade fell 3 percent in the first half of 2020. Imports of crude oil were 6.2 million tonnes, up 30.4 percent, worth 11.9 billion yuan.
`;

const AFRICA = `---
title: "Gansu's trade with Africa in 2021"
published: "2022-01-26"
---
Gansu's trade with Africa rose 10.4 percent to 9.1 billion yuan in 2021. Exports to Africa were 6.2 billion yuan.
`;

const GOODS = `---
title: "Wuxi's exports in 2022"
published: "2023-01-25"
---
Wuxi's exports rose 8.1 percent to 401.2 billion yuan in 2022, as exports of drones, robots and solar panels boomed.

Main export products of Wuxi, 2022

| Product | Exports (billion yuan) | Year-on-year change |
|---|---|---|
| Textiles | 60.1 | -2.2% |
| Drones | 20.4 | +88.1% |
| Robots | 15.5 | +9.5% |
| Solar panels | 12.2 | +41.7% |
`;

let over: Awaited<ReturnType<typeof answersOver>>;
beforeAll(async () => {
  over = await answersOver({ "sentence.md": SENTENCE, "blocs.md": BLOCS, "members.md": MEMBERS, "ports.md": PORTS,
    "provinces.md": PROVINCES, "qinzhou.md": QINZHOU, "yantai.md": YANTAI, "africa.md": AFRICA, "goods.md": GOODS });
});
afterAll(async () => over.close());

const ranked = async (q: string) => {
  const a = await over.ask(q);
  expect(a.abstained, a.answer).toBe(false);
  return a.answer;
};

// (b15's first run: each abstained, or left the bloc inside the asked one out)
describe("rankings of a bloc's members", () => {
  it("reads 'the five Central Asian countries' as the bloc's members, never a partner outside it", async () => {
    const a = await ranked("rank the 5 central asian countries by trade with gansu in 2019");
    expect(a).toMatch(/1\. Kazakhstan 6\.1 billion yuan; 2\. Uzbekistan .*3\. Kyrgyzstan .*4\. Turkmenistan .*5\. Tajikistan/);
    expect(a).not.toMatch(/Russia/);
  });

  it("ranks a bloc inside the asked one among its partners: ASEAN among the RCEP partners", async () => {
    const a = await ranked("hainan q1 2021: rank the RCEP partners by yoy growth");
    expect(a).toMatch(/1\. ASEAN 25\.5%; 2\. South Korea 9\.9%; 3\. Japan 3\.2%; 4\. Australia -4\.1%/);
  });

  it("answers 'biggest ASEAN partners in order?' with the members by value", async () => {
    const a = await ranked("hainan h1 2022: biggest asean trading partners in order?");
    expect(a).toMatch(/1\. Thailand 7\.3 billion yuan; 2\. Vietnam 5\.5 billion yuan; 3\. Malaysia 2\.9 billion yuan/);
  });
});

// (b11's first run: abstained, and read the railway port's row as the city's whole trade)
describe("rankings of a place's ports and zones", () => {
  it("ranks the ports and zones of the place's article by their own figures", async () => {
    const a = await ranked("tacheng's ports/border trade zones in 2023 ranked by trade, biggest first");
    expect(a).toMatch(/1\. Baketu Port 5\.2 billion yuan; 2\. Jimunai Border Trade Zone 3\.4 billion yuan; 3\. Tacheng Railway Port 1\.93/);
  });
});

// (b12's first run: abstained on the typo and "traders"; read as it was meant, every province was ranked by growth)
describe("rankings of the biggest few by another measure", () => {
  it("takes 'the three biggest' by value, then orders them by the asked growth", async () => {
    const a = await ranked("rank teh three biggest provincial traders of q1 2019 by yoy growth");
    expect(a).toMatch(/1\. Hubei 12%; 2\. Hebei 8%; 3\. Fujian 3%/);
    expect(a).not.toMatch(/Anhui|Jiangxi/);
  });
});

// (b13's first run: "in tonnes" was ranked by growth)
describe("rankings by a quantity in its unit", () => {
  it("ranks places, each in its own period, by the tonnes asked, not by their growth", async () => {
    const a = await ranked("rank these by crude oil imports in tonnes: qinzhou 2016, yantai h1 2020");
    expect(a).toMatch(/1\. Qinzhou \(2016\) 8\.1 million tonnes; 2\. Yantai \(first half of 2020\) 6\.2 million tonnes/);
  });
});

// (b3's and b10's runs: an order asked "in order" was answered with the bloc's own total; "which three … grew fastest"
// with a sentence's list that chooses nothing)
describe("an order asked, answered only by an order", () => {
  it("never answers 'its biggest african partners, in order?' with its trade with Africa as a whole", async () => {
    const a = await over.ask("gansu's biggest african partners 2021, in order?");
    expect(a.abstained, a.answer).toBe(true);
  });

  it("ranks a table's goods for 'which three products in its export table grew fastest'", async () => {
    const a = await ranked("which three products in wuxi's 2022 export table grew fastest? rank w/ rates");
    expect(a).toMatch(/1\. drones 88\.1%; 2\. solar panels 41\.7%; 3\. robots 9\.5%/i);
  });
});

describe("an order asked, and an order that is a thing", () => {
  it("sets 'in order' aside as asking, and keeps the order a firm won", () => {
    expect(contentWords(parseQuestion("hainan h1 2022: biggest asean trading partners in order?"))).not.toContain("order");
    expect(contentWords(parseQuestion("which hainan firm won an order from japan?"))).toContain("order");
  });
});

describe("a question word mistyped", () => {
  it("is no word a ranked figure's sentence has to say", () => {
    const words = contentWords(parseQuestion("wich 3 provinces had the most trade per head in 2030?"));
    expect(words).not.toContain("wich");
    expect(contentWords(parseQuestion("whcih 3 provinces had the most trade per head in 2030?"))).not.toContain("whcih");
  });
});
