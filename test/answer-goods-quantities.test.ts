import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseQuestion } from "../retrieval/figures/query.js";
import { sameGoods, subjectFinder } from "../text/subjects.js";
import { answersOver } from "./helpers/answerOver.js";

// Questions on goods' quantities and values: the quantity asked "by volume", goods named by the way they came in, a
// place named only by the pipeline its goods came through. Made-up places, goods and figures.

describe("reading a question on goods", () => {
  it("asks the quantity of goods 'by volume', not their value (nor of trade, whose 'volume' is its value)", () => {
    const findSubjects = subjectFinder(["crude oil"]);
    expect(parseQuestion("crude oil imports by volume: hebei in 2019 vs shanxi in 2020?", { findSubjects }).measures)
      .toEqual(["count"]);
    expect(parseQuestion("hebei crude oil imports in 2019: volume and value?", { findSubjects }).measures).toContain("amount");
    expect(parseQuestion("rank the cities by trade volume in 2019").measures).not.toContain("count");
  });
  it("asks the quantity when '(volume)' is said in brackets after the question", () => {
    const findSubjects = subjectFinder(["crude oil"]);
    expect(parseQuestion("how much crude oil did hebei import in 2019 (volume)", { findSubjects }).measures)
      .toEqual(["count"]);
    expect(parseQuestion("how much crude oil did hebei import in 2019", { findSubjects }).measures).toContain("amount");
  });
  it("reads goods that 'came in through' a way as imports, with 'thru' typed for 'through'", () => {
    const q = parseQuestion("how much crude oil came in thru the port of tianjin in 2019?");
    expect(q.metric).toBe("imports");
  });
  it("reads 'units' as a count, and 'car' as goods counted in vehicles (not 'car parts')", () => {
    const findSubjects = subjectFinder(["vehicles"]);
    expect(parseQuestion("hubei new energy vehicle exports in 2019: units and value?").measures).toContain("count");
    expect(parseQuestion("hubei 2019: average export value per car?", { findSubjects }).subjects).toEqual(["vehicles"]);
    expect(parseQuestion("hubei 2019: car parts exports?", { findSubjects }).subjects).toEqual([]);
  });
  it("reads 'baijiu' as the documents' liquor, and 'that X city in <province>' as a description", () => {
    expect(parseQuestion("baijiu exports in 2019?", { findSubjects: subjectFinder(["liquor"]) }).subjects).toEqual(["liquor"]);
    const findDescribed = ({ province, words }: { province?: string; words: string[] }) =>
      (province === "guizhou" && words[0] === "fenhe" ? ["city:anshun"] : []);
    expect(parseQuestion("that fenhe city in guizhou - exports in 2019?", { findDescribed }).entities).toEqual(["city:anshun"]);
  });
  it("reads a bare name two stored goods share ('tungsten') as either, never as the one stored first", () => {
    const findSubjects = subjectFinder(["tungsten products", "tungsten ores and concentrates", "steel", "steel products"]);
    const asked = parseQuestion("hunan tungsten imports from laos in 2031, tonnes + value?", { findSubjects }).subjects;
    expect(asked).toEqual(["tungsten"]);
    expect(sameGoods("tungsten ores and concentrates", "tungsten")).toBe(true);
    expect(sameGoods("tungsten products", "tungsten")).toBe(true);
    // (a stored name that is the bare name itself stays only that)
    expect(parseQuestion("hunan steel exports in 2031?", { findSubjects }).subjects).toEqual(["steel"]);
    expect(sameGoods("steel pipes", "steel")).toBe(false);
  });
  it("asks the value beside the quantity in 'tonnes and yuan'", () => {
    expect(parseQuestion("hebei soybean imports in 2019, tonnes and yuan?").measures).toEqual(expect.arrayContaining(["count", "amount"]));
  });
  it("takes the country most goods came from, in brackets, for no partner asked", () => {
    const q = parseQuestion("hainan 2019 frozen squid imports (mostly chile) - how many tonnes?");
    expect(q.partners).toEqual([]);
    expect(q.terms).not.toContain("mostly");
  });
  it("takes a pipeline's name for no partner, and its place from the documents' figures on it", () => {
    const findPiped = (name: string) => (name === "china-nepal" ? ["guizhou"] : []);
    expect(parseQuestion("crude imports through the china-nepal pipeline in 2023?", { findPiped }))
      .toMatchObject({ entities: ["guizhou"], partners: [] });
    // (a pipeline no document's figures are on leaves the country's own)
    expect(parseQuestion("crude imports through the china-laos pipeline in 2023?", { findPiped }).entities).toEqual(["china"]);
  });
});

describe("answers on goods' quantities", () => {
  let ask: Awaited<ReturnType<typeof answersOver>>["ask"];
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ ask, close } = await answersOver({
      "hebei.md": `---
title: "Hebei's foreign trade in 2019"
published: "2020-01-20"
---
In 2019, Hebei's imports reached 210.4 billion yuan. Through the China-Mongolia crude oil pipeline, which runs to the border, the province imported 15.7 million tonnes of crude oil, up 3.1 percent in volume, worth 12.8 billion US dollars, up 21.4 percent in value.
`,
      "shanxi.md": `---
title: "Shanxi's foreign trade in the first half of 2021"
published: "2021-07-20"
---
In the first half of 2021, Shanxi's imports rose 12 percent to 66.2 billion yuan. The province imported 21.3 million tonnes of crude oil in the six months, up 4 percent, and the value of these imports rose 30 percent to 61.2 billion yuan.
`,
      "guizhou.md": `---
title: "Guizhou's foreign trade in the first half of the year"
published: "2023-07-20"
---
Guizhou's imports fell 5.5 percent in the first half of the year. The province imported 3.4 million tonnes of crude oil through the China-Nepal pipeline, 2.5 percent less than a year earlier, and the value fell 10.1 percent to 12.7 billion yuan.
`,
      "hainan.md": `---
title: "Hainan's trade with Latin America in 2019"
published: "2020-01-20"
---
In 2019, Hainan's imports from Latin America rose 5 percent. Imports of frozen squid, mainly from Chile, reached 216,000 tonnes, valued at 3.48 billion yuan, and the province brought in 97,000 tonnes of fresh fruit such as cherries and blueberries, worth 2.27 billion yuan.
`,
      "hubei.md": `---
title: "Hubei's foreign trade in the first three quarters"
published: "2019-10-20"
---
From January to September, Hubei's exports reached 160.3 billion yuan. The province exported 212,600 vehicles, up 16.4 percent, with an export value of 29.86 billion yuan, up 11.7 percent. Of these, 41,800 were new energy vehicles, worth 8.14 billion yuan, up 64.5 percent.
`,
      "anshun.md": `---
title: "Transcript: Anshun press conference on foreign trade in the first eight months"
published: "2019-09-23"
---

**Wang Li:** From January to August, Anshun's exports reached 2.1 billion yuan, up 18.7 percent. Guizhou's trade grew 11.6 percent in the same period.

**Reporter (Guizhou Daily):** Which products contributed most?

**Wang Li:** Baijiu is our signature export. Exports of liquor reached 1.22 billion yuan, up 31.5 percent, and nearly all of it was Fenhe and other sauce-flavour liquors made in Kaili. Tea exports rose 47.4 percent to 280 million yuan. Exports of chili products and tires also increased.
`,
    }));
  }, 120_000);
  afterAll(() => close());
  it("sets two places' quantities side by side when asked 'by volume', not their values in two currencies", async () => {
    const a = await ask("crude oil imports by volume: hebei in 2019 vs shanxi in h1 2021 - which was bigger and by how much?");
    expect(a.abstained).toBe(false);
    expect(a.figures.map((f) => f.value)).toEqual(expect.arrayContaining([15.7, 21.3, 5.6]));
  });
  it("answers goods mostly from one country with their own tonnes and value, not the next goods'", async () => {
    const a = await ask("hainan 2019 frozen squid imports (mostly chile) - how many tonnes, what value?");
    expect(a.abstained).toBe(false);
    expect(a.figures.map((f) => f.value)).toEqual(expect.arrayContaining([216000, 3.48]));
    expect(a.figures.map((f) => f.value)).not.toContain(97000);
  });
  it("answers a part of goods counted before with its units and value, not the whole's", async () => {
    const a = await ask("hubei new energy vehicle exports jan-sep 2019: units and value?");
    expect(a.abstained).toBe(false);
    expect(a.figures.map((f) => f.value)).toEqual(expect.arrayContaining([41800, 8.14]));
    expect(a.figures.map((f) => f.value)).not.toContain(212600);
  });
  it("works out the average value per car of goods counted in vehicles", async () => {
    const a = await ask("hubei jan-sep 2019: average export value per car exported?");
    expect(a.abstained).toBe(false);
    expect(a.figures.map((f) => f.value)).toContain(140451.55);
  });
  it("answers goods asked by their other name of a city named by a word its document uses", async () => {
    const a = await ask("that fenhe city in guizhou - baijiu exports jan-aug 2019 and yoy growth?");
    expect(a.abstained).toBe(false);
    expect(a.answer).toMatch(/Anshun/);
    expect(a.figures.map((f) => f.value)).toEqual(expect.arrayContaining([1.22, 31.5]));
  });
  it("never answers 'besides X and Y, which …' with the figures of X and Y", async () => {
    const a = await ask("besides baijiu and tea, which anshun exports grew in jan-aug 2019?");
    expect(a.figures.map((f) => f.value)).not.toContain(31.5);
    expect(a.figures.map((f) => f.value)).not.toContain(47.4);
  });
  it("sets two places' tonnes side by side when asked which 'took more tonnes', a place's kind named after it", async () => {
    const a = await ask("crude oil imports: shanxi district h1 2021 vs hebei 2019 - which took more tonnes, both figures and the gap?");
    expect(a.abstained).toBe(false);
    expect(a.figures.map((f) => f.value)).toEqual(expect.arrayContaining([21.3, 15.7, 5.6]));
  });
  it("ranks places by goods' tonnes when tonnes are asked, not by their growth", async () => {
    const a = await ask("rank these by crude oil imports in tonnes: hebei 2019, shanxi h1 2021, guizhou h1 2023");
    expect(a.answer).toMatch(/1\. Shanxi[^;]*21\.3 million tonnes; 2\. Hebei[^;]*15\.7 million tonnes; 3\. Guizhou[^;]*3\.4 million tonnes/);
  });
  it("answers goods that came in through a pipeline with the quantity and value of the place they entered", async () => {
    const a = await ask("how much crude came in thru the china-nepal pipeline in h1 2023? tonnes + value pls");
    expect(a.abstained).toBe(false);
    expect(a.figures.map((f) => f.value)).toEqual(expect.arrayContaining([3.4, 12.7]));
  });
});

describe("goods named by an adjective's plural ('chemicals') and as its products ('chemical products')", () => {
  it("are one goods either way round, never another", () => {
    expect(sameGoods("chemicals", "chemical products")).toBe(true);
    expect(sameGoods("chemical products", "chemicals")).toBe(true);
    expect(sameGoods("chemicals", "plastic products")).toBe(false);
  });
  it("answer a question asking two goods, each with its own figure", async () => {
    const { ask, close } = await answersOver({
      "c.md": "---\ntitle: \"Lanxi's imports in 2031\"\npublished: \"2032-01-20\"\n---\nLanxi's imports of chemical products from "
        + "Laos were 2.5 billion yuan in 2031.\n\nIn 2031, Lanxi's imports of chemicals came to 41.35 billion yuan, up 3.1 percent, "
        + "and imports of medical devices 12.62 billion yuan, up 5.4 percent.\n",
    });
    const a = await ask("lanxi 2031 imports of chemicals and of medical devices?");
    await close();
    expect(a.figures.map((f) => f.value)).toEqual(expect.arrayContaining([41.35, 12.62]));
  }, 120_000);
});
