import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { factsOf, one } from "./helpers/facts.js";
import { answersOver } from "./helpers/answerOver.js";
import { parseQuestion } from "../retrieval/figures/query.js";
import { findEntities } from "../text/entities.js";

// Quantities counted in other units than money (cubic metres, trips, tonnes), the change stated right after them, and
// questions that ask for the count beside the value. Made-up sentences and questions.
const Y2019 = { published: "2020-01-20" };

describe("a quantity in cubic metres", () => {
  it("is a count, never an amount of money", () => {
    const facts = factsOf("In 2019, Manzhouli's imports were worth 3.1 billion dollars. Pipeline imports reached 12.5 billion "
      + "cubic meters, up 4.2 percent in volume.", Y2019);
    expect(one(facts, 12.5)).toMatchObject({ measure: "count", unit: "billion cubic meters" });
  });
});

describe("the change right after a count of no goods", () => {
  it("is the count's, naming what was counted, when a year stands between", () => {
    const facts = factsOf("The Harbin-Europe freight train ran 1,234 trips in 2019, up 35 percent.", Y2019);
    expect(one(facts, 35)).toMatchObject({ measure: "growth", qualifier: "trips, quantity" });
  });
});

describe("the parts of a count named by their direction", () => {
  it("are counts in its unit", () => {
    const facts = factsOf("The Xuzhou-Europe freight train service made 300 trips in 2019, 170 westbound and 130 eastbound, "
      + "carrying goods worth 1.1 billion U.S. dollars.", Y2019);
    expect(one(facts, 170)).toMatchObject({ measure: "count", unit: "westbound trips" });
    expect(one(facts, 130)).toMatchObject({ measure: "count", unit: "eastbound trips" });
  });
});

describe("a count of imported or exported goods", () => {
  it("is of the flow and the goods, in the goods' own unit", () => {
    const facts = factsOf("Dalian Port handled 12,300 imported cars in 2019, up 8.5 percent, worth 0.9 billion dollars.", Y2019);
    expect(one(facts, 12300)).toMatchObject({ metric: "imports", measure: "count", unit: "cars", subject: "cars" });
    expect(one(facts, 0.9)).toMatchObject({ metric: "imports", measure: "amount", subject: "cars" });
  });
});

describe("the value of goods after their quantity", () => {
  it("is of the goods, after an opening 'with …' phrase", () => {
    const facts = factsOf("In 2019, Hebei imported 12.3 million tonnes of coal, up 5.5 percent, but with coal prices lower, the "
      + "value of coal imports fell 3.3 percent to 7.7 billion yuan.", Y2019);
    expect(one(facts, 7.7)).toMatchObject({ metric: "imports", measure: "amount", subject: "coal" });
  });
});

describe("a question that asks a count", () => {
  const measures = (q: string) => parseQuestion(q).measures;
  it("reads tonnes, cubic metres, trips and 'volume and value' as a count", () => {
    expect(measures("yunnan 2019 iron ore imports: volume (tonnes) and value?")).toEqual(expect.arrayContaining(["count", "amount"]));
    expect(measures("how much gas came in through suifenhe in 2019 - volume and value?")).toContain("count");
    expect(measures("total china-europe trains through harbin and changchun combined in 2019?")).toContain("count");
  });
  it("reads a bare trade volume, or goods carried by trains, as no count", () => {
    expect(measures("what was guangxi's trade volume in 2019?")).not.toContain("count");
    expect(measures("how much trade was carried by china-europe trains from xi'an in 2019?")).not.toContain("count");
    expect(measures("how did wuhu get its cars out when shipping space was tight in 2019?")).not.toContain("count");
  });
  it("reads goods set side by side 'by tonnage' or 'by weight' as a count", () => {
    expect(measures("who imported more iron ore by tonnage - fujian in 2021 or anhui in 2022?")).toContain("count");
    expect(measures("which port shipped more coal by weight in 2020?")).toContain("count");
  });
});

describe("the other names of border ports", () => {
  it("find the same place", () => {
    expect(findEntities("Trade through Khorgos rose.").map((e) => e.id)).toEqual(["city:horgos"]);
    expect(findEntities("Alataw Pass handled more crude.").map((e) => e.id)).toEqual(["city:alashankou"]);
  });
});

describe("answers over counted quantities", () => {
  let ask: Awaited<ReturnType<typeof answersOver>>["ask"];
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ ask, close } = await answersOver({
      "trains.md": `---
title: "Harbin freight trains"
published: "2020-01-20"
---
Harbin's foreign trade rose 6.1 percent to 30.2 billion yuan in 2019. The China-Europe freight trains from Harbin ran 1,234 trips in 2019, up 35 percent, and the port handled 2.5 million tonnes of freight, up 8.8 percent.
`,
      "ore.md": `---
title: "Yunnan ore imports"
published: "2020-01-20"
---
Yunnan imported 4.4 million tonnes of iron ore in 2019, worth 3.3 billion yuan, up 12.1 percent in value.
`,
      "changchun.md": `---
title: "Changchun freight trains"
published: "2020-01-20"
---
Changchun's foreign trade rose 2.2 percent in 2019. The China-Europe freight trains from Changchun ran 800 trips in 2019.
`,
      "xuzhou.md": `---
title: "Xuzhou freight trains"
published: "2020-01-20"
---
The Xuzhou-Europe freight train service made 300 trips in 2019, 170 westbound and 130 eastbound, carrying goods worth 1.1 billion U.S. dollars.
`,
      "cars.md": `---
title: "Dalian car imports"
published: "2020-01-20"
---
Dalian's imports rose 3.1 percent in 2019. Dalian Port handled 12,300 imported cars in 2019, up 8.5 percent, worth 0.9 billion dollars.
`,
    }));
  }, 120_000);
  afterAll(() => close());
  it("give a count and its change to 'how many trips and the growth'", async () => {
    const a = await ask("harbin-europe trains 2019: how many trips and yoy growth?");
    const values = a.figures.map((f) => f.value);
    expect(values).toEqual(expect.arrayContaining([1234, 35]));
    expect(values).not.toContain(8.8);
  });
  it("give a count of goods that 'came thru' a port, and their value", async () => {
    const a = await ask("how many imported cars came thru dalian port in 2019, and what were they worth?");
    expect(a.figures.map((f) => f.value)).toEqual(expect.arrayContaining([12300, 0.9]));
  });
  it("set two places' counts side by side, the route's 'china-' naming no third place", async () => {
    expect(parseQuestion("2019 china-europe train trips: harbin vs changchun?").entities)
      .toEqual(["city:harbin", "city:changchun"]);
    const a = await ask("2019 china-europe train trips: harbin vs changchun? how many more did the bigger one run");
    expect(a.figures.map((f) => f.value)).toEqual(expect.arrayContaining([1234, 800, 434]));
  });
  it("give each direction's part only to a question that names it", async () => {
    const both = await ask("xuzhou-europe trains 2019: how many westbound and how many eastbound trips?");
    expect(both.figures.map((f) => f.value)).toEqual(expect.arrayContaining([170, 130]));
    const whole = await ask("how many xuzhou-europe train trips in 2019?");
    expect(whole.figures.map((f) => f.value)).toContain(300);
    expect(whole.figures.map((f) => f.value)).not.toContain(170);
  });
  it("give the tonnes beside the value when both are asked", async () => {
    const a = await ask("yunnan iron ore imports 2019: volume (tonnes) and value?");
    expect(a.figures.map((f) => f.value)).toEqual(expect.arrayContaining([4.4, 3.3]));
  });
});

describe("tonnes of goods named with their flow's participle", () => {
  it("are of the goods themselves ('imported fruit' is the fruit), as their value is", () => {
    const facts = factsOf("From January to October this year, Dorvang port handled 2.31 million tonnes of imported fruit "
      + "worth 14.52 billion yuan, up 11.5 percent by volume.", { published: "2031-11-12" });
    expect(one(facts, 2.31)).toMatchObject({ measure: "count", subject: "fruit" });
    expect(one(facts, 14.52)).toMatchObject({ measure: "amount", subject: "fruit" });
  });
});
