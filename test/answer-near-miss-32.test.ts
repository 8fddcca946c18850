import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";

// A question one step off what the documents give is answered with "I don't know", never with the neighbouring
// figure a sentence quoted as it is would hand over. Made-up articles and figures.
const CITY = `---
title: "Zhuzhou's foreign trade in 2019"
published: "2020-01-20"
---
Zhuzhou, an industrial city in central China's Hunan province, saw its foreign trade rise 6.2 percent to 31.4 billion yuan in 2019.

Japan remained Zhuzhou's largest trading partner, with bilateral trade of 4.12 billion yuan, up 3.3 percent and making up 13.1 percent of the city's total.

Ceramics, Zhuzhou's best-known product, led the way with exports of 2.35 billion yuan, up 8.6 percent, followed by hard alloys at 1.17 billion yuan.

Growth stayed above 5 percent in every quarter, and the city's total foreign trade for the year ranked 27th among Chinese cities and third in Hunan Province.

Exports of the "new three" -- electric vehicles, lithium-ion batteries and solar cells -- reached 1.86 billion yuan, up 52.3 percent.
`;

const ZONE = `---
title: "Mianyang comprehensive bonded zone trade up 41.2% as the city's exports grow"
published: "2020-01-22"
---

Mianyang, a city in Sichuan province, saw its foreign trade grow in 2019 as the Mianyang comprehensive bonded zone drew more electronics makers.

According to local customs, the city's imports and exports reached 27.35 billion yuan in 2019, up 7.7 percent. Exports totaled 18.62 billion yuan, up 5.4 percent, and imports 8.73 billion yuan, up 12.9 percent.

The comprehensive bonded zone handled imports and exports of 4.41 billion yuan, up 41.2 percent.

Cross-border e-commerce through the zone grew 35.2 percent to 0.82 billion yuan.
`;
const PORT = `---
title: "Qinghai's foreign trade grows 5.1% in 2018 as Mazongshan port booms"
published: "2019-01-25"
---

XINING -- Qinghai's imports and exports reached 5.83 billion yuan in 2018, up 5.1 percent from the previous year, customs said.

Exports fell 2.3 percent to 3.36 billion yuan, while imports rose 17.4 percent to 2.47 billion yuan.

Trade through Mazongshan port reached 1.15 billion yuan, up 33.6 percent.
`;

const COUNTY = `---
title: "Jiangyin's foreign trade in the first quarter"
published: "2021-04-20"
---

Jiangyin, the county-level city administered by Wuxi in Jiangsu province, recorded imports and exports of 27.84 billion yuan in the first quarter of 2021, up 14.6 percent year on year.
`;

let ask: Awaited<ReturnType<typeof answersOver>>["ask"];
let close: () => Promise<void>;
beforeAll(async () => {
  ({ ask, close } = await answersOver({ "city.md": CITY, "zone.md": ZONE, "port.md": PORT, "county.md": COUNTY }));
}, 120_000);
afterAll(() => close());

describe("a near miss of the place, quoted", () => {
  it("a province asked of its city's article is not given the figure a sentence says of the city", async () => {
    for (const q of ["hunan 2019 trade with japan - value and share of the province total?", "hunan ceramics exports in 2019?"]) {
      const a = await ask(q);
      expect(a.abstained, q).toBe(true);
      expect(a.answer, q).not.toMatch(/quoted, not computed/);
    }
  });
  it("a province named only as the field of the city's rank is not the owner of the city's figures", async () => {
    const a = await ask("hunan province 2019 - total imports+exports and the yoy growth?");
    expect(a.abstained).toBe(true);
    expect(a.answer).not.toMatch(/quoted, not computed/);
  });
  it("a province asked of an article its headline gives one of its cities is not given a figure the sentence gives no owner", async () => {
    const a = await ask("hunan 'new three' exports in 2019 - value and growth?");
    expect(a.abstained).toBe(true);
    expect(a.answer).not.toMatch(/quoted, not computed/);
  });
  it("the city asked is still given its own figures", async () => {
    const c = await ask("zhuzhou 'new three' exports in 2019 - value and growth?");
    expect(c.abstained).toBe(false);
    expect(c.answer).toMatch(/1\.86/);
    const a = await ask("zhuzhou 2019 trade with japan - value and share of the city total?");
    expect(a.abstained).toBe(false);
    expect(a.answer).toMatch(/4\.12/);
    const b = await ask("zhuzhou ceramics exports in 2019?");
    expect(b.abstained).toBe(false);
    expect(b.answer).toMatch(/2\.35/);
  });
});

describe("a near miss of the place, named in an aside", () => {
  it("a place named in the aside that describes another is not the owner of the other's figure", async () => {
    const a = await ask("how much did wuxi trade in q1 2021 and how fast did it grow?");
    expect(a.abstained).toBe(true);
    expect(a.answer).not.toMatch(/quoted, not computed/);
  });
  it("the place the aside describes is still given it", async () => {
    const a = await ask("how much did jiangyin trade in q1 2021 and how fast did it grow?");
    expect(a.abstained).toBe(false);
    expect(a.answer).toMatch(/27\.84/);
  });
});

describe("a near miss of the place and period, asked without an asking word", () => {
  it("a place, a trade mode and a padded period ask for figures, not for passages on other places", async () => {
    const a = await ask("qinghai cross-border ecommerce in 2018 as a whole?");
    expect(a.abstained).toBe(true);
    expect(a.answer).not.toMatch(/0\.82/);
  });
});

describe("a near miss of the zone, quoted", () => {
  it("a zone the headline names is not given the flows a sentence goes on to give its city or province", async () => {
    for (const q of ["mianyang comprehensive bonded zone exports in 2019 and growth?", "mazongshan port exports 2018 and growth?"]) {
      const a = await ask(q);
      expect(a.abstained, q).toBe(true);
      expect(a.answer, q).not.toMatch(/quoted, not computed/);
    }
  });
  it("the city or province asked is still given them", async () => {
    const a = await ask("mianyang exports in 2019 and growth?");
    expect(a.abstained).toBe(false);
    expect(a.answer).toMatch(/18\.62/);
    const b = await ask("qinghai exports 2018 and growth?");
    expect(b.abstained).toBe(false);
    expect(b.answer).toMatch(/3\.36/);
  });
});
