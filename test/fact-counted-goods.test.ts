import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { factsOf, one } from "./helpers/facts.js";
import { answersOver } from "./helpers/answerOver.js";
import { periodLabel } from "../text/periods.js";

// Goods counted in tonnes and the figures that follow them in their sentence (their value, the change of the quantity,
// the change of the value), prices, a share that names no flow, a city ranked among its province's cities, and a year
// set aside in a relative clause. Made-up sentences.
const Y2019 = { published: "2020-01-20" };

describe("the figures after a counted quantity of goods", () => {
  it("are the goods' own, not the place's total exports", () => {
    const facts = factsOf("In 2019, Yichang exported 3.5 million tonnes of cement, up 12.4 percent, worth 2.16 billion yuan, "
      + "up 4.1 percent.", Y2019);
    expect(one(facts, 2.16)).toMatchObject({ entity: "city:yichang", metric: "exports", measure: "amount", subject: "cement" });
    expect(one(facts, 4.1)).toMatchObject({ measure: "growth", subject: "cement", qualifier: "cement" });
  });
  it("mark the change right after the quantity as the quantity's", () => {
    const facts = factsOf("In 2019, imports of soybeans through Qingdao reached 7.5 million tonnes, up 9.1 percent, while their "
      + "value rose 21.4 percent to 19.8 billion yuan.", Y2019);
    expect(one(facts, 9.1)).toMatchObject({ measure: "growth", subject: "soybeans", qualifier: "soybeans, quantity" });
    expect(one(facts, 21.4)).toMatchObject({ measure: "growth", subject: "soybeans", qualifier: "soybeans" });
  });
  it("keep to the place when the goods went through a port, and to the goods when paid for", () => {
    const facts = factsOf("In 2019, the city of Rizhao imported 41.2 million tonnes of coal through Rizhao port and Lanshan port, "
      + "up 6.3 percent, and paid 18.7 billion yuan for it, 3.2 percent less than a year earlier.", Y2019);
    expect(one(facts, 6.3)).toMatchObject({ entity: "city:rizhao", subject: "coal", qualifier: "coal, quantity" });
    expect(one(facts, 18.7)).toMatchObject({ entity: "city:rizhao", metric: "imports", subject: "coal" });
    expect(one(facts, -3.2)).toMatchObject({ subject: "coal" });
  });
  it("stop at a flow of their own", () => {
    const facts = factsOf("In 2019, Qingdao imported 7.5 million tonnes of soybeans, up 9.1 percent, while its total imports rose "
      + "21.4 percent to 119.8 billion yuan.", Y2019);
    expect(one(facts, 119.8).subject).toBeUndefined();
    expect(one(facts, 21.4).qualifier).toBeUndefined();
  });
});

describe("goods 'brought in'", () => {
  it("are imports, and the value given with them is theirs", () => {
    const facts = factsOf("In 2019, Jilin brought in 4.35 million tonnes of Mongolian coal, mostly by rail, with a value of "
      + "2.71 billion yuan.", Y2019);
    expect(one(facts, 4.35)).toMatchObject({ metric: "imports", subject: "mongolian coal" });
    expect(one(facts, 2.71)).toMatchObject({ metric: "imports", measure: "amount", subject: "mongolian coal" });
  });
  it("taken in by a port and named back by their head word are the goods named before, their value after 'but'", () => {
    const facts = factsOf("In 2019, Qinzhou's imports were 52.4 billion yuan. Copper ore was again the largest single import. "
      + "The port took in 2.31 million tonnes of the ore last year, 4.2 percent more than in 2018, but the value of those "
      + "imports fell 6.5 percent to 19.6 billion yuan. The port took in 120 million tonnes of cargo.", Y2019);
    expect(one(facts, 2.31)).toMatchObject({ metric: "imports", subject: "copper ore" });
    expect(one(facts, 19.6)).toMatchObject({ metric: "imports", measure: "amount", subject: "copper ore" });
    expect(one(facts, -6.5)).toMatchObject({ subject: "copper ore" });
    expect(one(facts, 120).metric).not.toBe("imports");
  });
});

describe("a change in price", () => {
  it("is no change in the flow's value", () => {
    const facts = factsOf("In 2019, Weifang's exports fell 3 percent, reflecting low export prices of steel, which fell by 12.7 "
      + "percent on average. The average import price of iron ore dropped 8.2 percent.", Y2019);
    expect(one(facts, -3).qualifier).toBeUndefined();
    expect(one(facts, -12.7)).toMatchObject({ metric: "exports", qualifier: "prices" });
    expect(one(facts, -8.2)).toMatchObject({ metric: "imports", qualifier: "prices" });
  });
  it("is not read into a change that prices drove", () => {
    const facts = factsOf("Driven by higher prices, Weifang's exports rose 3 percent in 2019.", Y2019);
    expect(one(facts, 3).qualifier).toBeUndefined();
  });
});

describe("a city among its province's cities", () => {
  it("owns its share of the province's total, a share of total trade", () => {
    const facts = factsOf("In 2019, Weifang's foreign trade reached 30 billion yuan. The city remained the largest trading city "
      + "among Shandong's 16 cities, accounting for 11.3 percent of the province's total.", Y2019);
    expect(one(facts, 11.3)).toMatchObject({ entity: "city:weifang", metric: "trade", measure: "share", shareOf: "shandong" });
  });
});

describe("a year set aside", () => {
  it("dates the aside only, not the figures of the sentence", () => {
    const facts = factsOf("Trade grew in 2019. The Weifang comprehensive bonded zone, which was approved by the State Council in "
      + "2013, handled imports and exports of 5.12 billion yuan, up 46.8 percent.", Y2019);
    expect(periodLabel(one(facts, 5.12).period!)).toBe("2019");
  });
});

describe("answers over counted goods", () => {
  let ask: Awaited<ReturnType<typeof answersOver>>["ask"];
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ ask, close } = await answersOver({
      "soy.md": `---
title: "Qingdao soybean imports"
published: "2020-01-20"
---
In 2019, Qingdao's imports reached 120.5 billion yuan, up 2.2 percent. Imports of soybeans through the city reached 7.5 million tonnes, up 9.1 percent, while their value rose 21.4 percent to 19.8 billion yuan.
`,
      "ore.md": `---
title: "Rizhao ore imports"
published: "2020-01-20"
---
In 2019, Rizhao's exports rose 4.4 percent. The average import price of iron ore dropped 8.2 percent.
`,
    }));
  }, 120_000);
  afterAll(() => close());
  it("gives the value's growth to a question about growth, the quantity's to one about tonnes", async () => {
    const value = await ask("how fast did qingdao's soybean imports grow in 2019?");
    expect(value.figures.map((f) => f.value)).toContain(21.4);
    expect(value.figures.map((f) => f.value)).not.toContain(9.1);
    const volume = await ask("by how much did the volume of qingdao's soybean imports grow in 2019?");
    expect(volume.figures.map((f) => f.value)).toContain(9.1);
  });
  it("never answers a flow's change with a change in price", async () => {
    const a = await ask("how much did rizhao's imports fall in 2019?");
    expect(a.figures.map((f) => f.value)).not.toContain(-8.2);
    const prices = await ask("how much did the import price of iron ore in rizhao fall in 2019?");
    expect(prices.figures.map((f) => f.value)).toContain(-8.2);
  });
});

describe("a list of counted goods whose first item carries its change in brackets", () => {
  it("gives the first item its goods too, and the bracketed change to its quantity", () => {
    const facts = factsOf("Yichang port's trade rose in 2019. In 2019 the port imported 5.17 million tonnes of coal "
      + "(up 12.5 percent), 1.43 million tonnes of iron ore and 0.98 million tonnes of copper concentrate.", Y2019);
    expect(one(facts, 5.17)).toMatchObject({ metric: "imports", subject: "coal" });
    expect(one(facts, 12.5)).toMatchObject({ measure: "growth", subject: "coal", qualifier: "coal, quantity" });
    expect(one(facts, 1.43)).toMatchObject({ subject: "iron ore" });
  });
});

describe("goods whose level the text gives only as a quantity, asked with their change", () => {
  let ask: Awaited<ReturnType<typeof answersOver>>["ask"];
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ ask, close } = await answersOver({
      "port.md": `---
title: "Yichang port in 2019"
published: "2020-01-20"
---
Imports and exports through Yichang port reached 12.5 billion yuan in 2019, up 3.3 percent. In 2019 the port imported 5.17 million tonnes of coal (up 12.5 percent), 1.43 million tonnes of iron ore and 0.98 million tonnes of copper concentrate.
`,
    }));
  }, 120_000);
  afterAll(() => close());
  it("gives the quantity and its change, whole", async () => {
    const a = await ask("yichang coal imports in 2019 + yoy");
    expect(a.figures.map((f) => f.value)).toEqual(expect.arrayContaining([5.17, 12.5]));
    expect(a.missing ?? []).toEqual([]);
  });
  it("names the value as missing when the value is what is asked", async () => {
    const a = await ask("value of yichang's coal imports in 2019 and growth?");
    expect(a.figures.map((f) => f.value)).not.toContain(5.17);
  });
});

describe("a count and the change after it", () => {
  it("reads the change after a bare comma as the count's", () => {
    const facts = factsOf("Hebei exported 18,460 trucks last year, 12.4 percent more than in 2018.", Y2019);
    expect(one(facts, 12.4).qualifier).toMatch(/quantity/);
  });
  it("reads no change of the count across a clause of its own", () => {
    const facts = factsOf("Hebei exported 18,460 trucks in 2019, and its car exports, 12.4 percent higher than a year "
      + "earlier, reached 3 billion yuan.", Y2019);
    expect(facts.find((f) => f.value === 12.4)?.qualifier ?? "").not.toMatch(/trucks, quantity/);
  });
  it("keeps a count after 'wrongly' that is not said of the count", () => {
    const facts = factsOf("Some had wrongly expected a fall, but the number of freight routes from Hebei reached 40 in 2019.", Y2019);
    expect(one(facts, 40).measure).toBe("count");
  });
});
