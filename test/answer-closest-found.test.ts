import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";
import { factsOf, one } from "./helpers/facts.js";
import { findQualifier } from "../text/flows.js";
import { findNumbers } from "../text/numbers.js";
import { findEntities } from "../text/entities.js";
import { stem } from "../retrieval/figures/select.js";

// Figures the engine found (and listed as "closest") but did not answer with, and shares it could not make from a
// part and a whole, over made-up articles (stop 37): goods stated only from one partner, units spelt the British or the
// American way, goods "cleared by" a customs office, a measure asked in brackets, a partner's standing before its
// trade, a province describing a city, and a partner that "accounted for" an amount.

const BORDER_CITY = `---
title: "Jiamusi's border trade grows in 2019"
published: "2020-01-20"
---
Jiamusi's foreign trade reached 2.31 billion yuan in 2019, up 6.2 percent.

By product, imports of soybeans from Russia were 0.42 million tonnes, up 12.5 percent. Imports of logs reached 2.15 million cubic meters, down 3.3 percent.

Imports of iron ore cleared by Jiamusi Customs reached 3.4 million tonnes, up 8.1 percent, and were valued at 0.61 billion US dollars.
`;

const TWO_PARTNERS = `---
title: "Hegang's 2019 imports"
published: "2020-01-21"
---
Hegang's foreign trade reached 1.12 billion yuan in 2019, up 2.2 percent.

Imports of rapeseed from Russia were 0.11 million tonnes, and imports of rapeseed from Canada were 0.09 million tonnes.
`;

const REGION = `---
title: "Zhangye's trade in 2019"
published: "2020-01-22"
---
Zhangye's foreign trade reached 4.10 billion US dollars in 2019, up 5.5 percent.

France remained Zhangye's largest trading partner with trade of 1.23 billion dollars, followed by Italy with 0.51 billion dollars.

The city imported 5.6 million tonnes of coal, down 3.1 percent. Coal imports were worth 0.9 billion US dollars, down 8.7 percent.

Zinc imports were worth 0.2 billion US dollars in 2019.
`;

const PROVINCE = `---
title: "Yunnan's foreign trade in 2024"
published: "2025-01-25"
---
Yunnan's imports and exports reached 120.8 billion yuan in 2024, up 3.0 percent.

Trade with ASEAN was 74.2 billion yuan, up 8.1 percent, or 47.3 percent of the total. Laos, Yunnan's largest single partner, accounted for 30.2 billion yuan, up 4.1 percent, while trade with Thailand and Cambodia rose 17.6 percent and 12.2 percent respectively.
`;

describe("figures found and answered", () => {
  let ask: Awaited<ReturnType<typeof answersOver>>["ask"];
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ ask, close } = await answersOver({ "border.md": BORDER_CITY, "two.md": TWO_PARTNERS, "region.md": REGION,
      "province.md": PROVINCE }));
  });
  afterAll(() => close());

  it("answers goods asked with no partner from the one partner the text gives them", async () => {
    const a = await ask("jiamusi soybean imports in 2019?");
    expect(a.abstained).toBe(false);
    expect(a.figures.map((f) => f.value)).toEqual(expect.arrayContaining([0.42, 12.5]));
    expect(a.answer).toContain("Russia");
  });

  it("gives goods stated from two partners no total of the goods", async () => {
    const a = await ask("hegang rapeseed imports in 2019?");
    expect(a.figures.map((f) => f.value)).not.toContain(0.11);
    expect(a.figures.map((f) => f.value)).not.toContain(0.09);
  });

  it("reads cubic metres asked as the cubic meters a text writes", async () => {
    const a = await ask("jiamusi log imports 2019 in cubic metres?");
    expect(a.abstained).toBe(false);
    expect(a.figures.map((f) => f.value)).toContain(2.15);
  });

  it("answers what a customs office cleared with the goods it cleared", async () => {
    const a = await ask("how much iron ore did jiamusi customs clear in 2019 (tonnes)?");
    expect(a.abstained).toBe(false);
    expect(a.figures.map((f) => f.value)).toContain(3.4);
  });

  it("answers a volume asked in brackets with the quantity, never the value", async () => {
    const a = await ask("how much coal did zhangye import in 2019 (volume)");
    expect(a.abstained).toBe(false);
    expect(a.figures.map((f) => f.value)).toContain(5.6);
    expect(a.figures.map((f) => f.value)).not.toContain(0.9);
  });

  it("abstains on a volume asked in brackets when only the value is stated", async () => {
    const a = await ask("how much zinc did zhangye import in 2019 (volume)");
    expect(a.figures.map((f) => f.value)).not.toContain(0.2);
  });

  it("works out a partner's share from its trade after its standing and the place's total", async () => {
    const a = await ask("france's share of zhangye trade in 2019?");
    expect(a.abstained).toBe(false);
    expect(a.figures[0]?.value).toBeCloseTo(30, 0);
  });

  it("works out a partner's share from the amount it accounted for", async () => {
    const a = await ask("what pct of yunnan's 2024 trade was with laos?");
    expect(a.abstained).toBe(false);
    expect(a.figures[0]?.value).toBeCloseTo(25, 0);
  });
});

describe("the facts behind them", () => {
  const qualifierOf = (text: string, value: string) => {
    const n = findNumbers(text).find((x) => x.text.startsWith(value))!;
    return findQualifier(text, n, [0, text.length], findEntities(text), "amount");
  };

  it("reads no industry into a partner's standing", () => {
    expect(qualifierOf("France remained Zhangye's largest trading partner with trade of 1.23 billion dollars.", "1.23"))
      .toBeUndefined();
  });

  it("ends goods' names at a verb of staying", () => {
    expect(qualifierOf("Exports of bicycles and bicycle parts remained small at US$0.12 billion.", "US$0.12"))
      .toBe("bicycles and bicycle parts");
  });

  it("leaves who cleared the goods out of their name", () => {
    expect(qualifierOf("Imports of crude oil cleared by Qujing Customs reached 2.5 billion yuan.", "2.5"))
      .toBe("crude oil");
  });

  it("gives a city, not the province describing it, the city's figure", () => {
    const facts = factsOf("Shaoguan, Guangdong's fifth-largest trading city, saw imports and exports of 12.3 billion "
      + "yuan in 2021, up 8.1 percent.", { published: "2022-01-20" });
    expect(one(facts, 12.3).entity).toBe("city:shaoguan");
  });

  it("makes a partner's money of no flow, and its change, its trade", () => {
    const facts = factsOf("Yunnan's trade reached 120.8 billion yuan in 2024. Laos, Yunnan's largest single partner, "
      + "accounted for 30.2 billion yuan, up 4.1 percent, while trade with Thailand rose 17.6 percent.",
    { published: "2025-01-20" });
    expect(one(facts, 30.2)).toMatchObject({ partner: "partner:la", metric: "trade" });
    expect(one(facts, 4.1)).toMatchObject({ partner: "partner:la", metric: "trade" });
  });

  it("reads a share of the trade of a named province, or of the provincial total before it, as the province's", () => {
    const facts = factsOf("Shaoguan's foreign trade reached 12.3 billion yuan in 2021. The city accounted for 3.2 percent "
      + "of the foreign trade of Guangdong province. A year earlier Shaoguan's share of the provincial total was 3.1 "
      + "percent.", { published: "2022-01-20" });
    expect(one(facts, 3.2)).toMatchObject({ entity: "city:shaoguan", shareOf: "guangdong" });
    expect(one(facts, 3.2).qualifier).toBeUndefined();
    expect(one(facts, 3.1)).toMatchObject({ entity: "city:shaoguan", shareOf: "guangdong" });
  });

  it("reads goods listed after 'dollars' worth of' as the goods of the value and of the change after it", () => {
    const facts = factsOf("Zigong's exports fell in 2015. Its lantern makers exported 0.42 billion dollars' worth of "
      + "silk lanterns, paper lanterns and lamp frames, 9.5 percent less than in 2014. Lishui exported 3 billion yuan of "
      + "liquor, and imports fell 3 percent.", { published: "2016-01-20" });
    expect(one(facts, 0.42).subject).toBe("silk lanterns, paper lanterns and lamp frames");
    expect(one(facts, -9.5).subject).toBe("silk lanterns, paper lanterns and lamp frames");
    expect(one(facts, 3).subject).toBe("liquor");
    expect(one(facts, -3).subject).toBeUndefined();
  });

  it("stems British and American spellings alike", () => {
    expect(stem("metres")).toBe(stem("meters"));
    expect(stem("litres")).toBe(stem("liter"));
  });
});
