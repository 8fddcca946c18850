import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findMetricWords } from "../text/flows.js";
import { findEntities } from "../text/entities.js";
import { splitAsks } from "../retrieval/asks.js";
import { goodsByCountry, sameGoods, subjectFinder } from "../text/subjects.js";
import { answersOver } from "./helpers/answerOver.js";
import { factsOf, one } from "./helpers/facts.js";

// Look-ups of a quantity beside its value ("volume and value?", "tonnes + value"): the quantity read with its goods,
// flow and owner, and both parts answered. Made-up figures; places only where the gazetteer's spelling is the point.
const Y2022 = { published: "2023-01-12" };
const SLIDES_TEXT = "Hebei's Foreign Trade in 2022: briefing slides\nPress briefing, January 20, 2023\n\n"
  + "--- Slide 3: Imports ---\n- Coal: 1.2 million tonnes, +12.9%\n- LNG via Fenhe terminal: 2.61 million tonnes, +17.3%\n"
  + "  - value 9.48 billion yuan, +9.8%\n";

describe("a quantity's goods, flow and owner", () => {
  it("reads what a volume in cubic metres measures, two goods joined by 'and' counted together", () => {
    const facts = factsOf("Suifenhe's trade rose 3 percent in 2022. Timber still dominates the import side. Suifenhe took in "
      + "2.31 million cubic metres of Russian logs and sawn wood last year, up 4.2 percent, worth 311 million dollars.", Y2022);
    expect(one(facts, 2.31)).toMatchObject({ metric: "imports", measure: "count", subject: "russian logs and sawn wood" });
    expect(one(facts, 311)).toMatchObject({ metric: "imports", measure: "amount", subject: "russian logs and sawn wood" });
  });
  it("keeps goods named before their flow across an aside on the way most of them came", () => {
    const facts = factsOf("In 2022, Hebei's imports rose 3 percent. Crude oil imports, mostly through the China-Nepal crude oil "
      + "pipeline at Fenhe, fell 3.1 percent to 22.6 million tonnes, worth 83.7 billion yuan.", Y2022);
    expect(one(facts, 22.6)).toMatchObject({ entity: "hebei", metric: "imports", subject: "crude oil" });
    expect(one(facts, 83.7)).toMatchObject({ entity: "hebei", metric: "imports", subject: "crude oil" });
  });
  it("dates goods' figures by their own year, not by the month a cause names nor a year an event ahead is due in", () => {
    const facts = factsOf("Hebei's imports rose 3 percent in 2022. The first aircraft assembled in Fenhe is due to be delivered "
      + "in the middle of 2023. Crude oil imports through Hebei's ports totaled 12.3 million tonnes, up 8.4 percent, worth 7.21 "
      + "billion dollars, up 41.2 percent, as international oil prices peaked in July.", { published: "2023-01-20" });
    expect(one(facts, 12.3).period).toEqual({ y1: 2022, m1: 1, y2: 2022, m2: 12 });
    expect(one(facts, 7.21).period).toEqual({ y1: 2022, m1: 1, y2: 2022, m2: 12 });
  });
  it("counts trains 'since January' in a report of July up to June", () => {
    const facts = factsOf("Trade through Erenhot rose 7 percent in the first half of 2023. Since January, 88 trains have "
      + "crossed at Erenhot, against 21 in the same period last year, carrying 6,210 TEUs of containers.", { published: "2023-07-22" });
    expect(one(facts, 88).period).toEqual({ y1: 2023, m1: 1, y2: 2023, m2: 6 });
    expect(one(facts, 6210).period).toEqual({ y1: 2023, m1: 1, y2: 2023, m2: 6 });
  });
  it("knows 珲春 by its English name, Hunchun (the generated pinyin reads 珲 as 'hui')", () => {
    expect(findEntities("Hunchun imported 3,100 tonnes of seafood.")[0]?.id).toBe("city:hunchun");
  });
});

describe("two asks of one place", () => {
  it("carry the place asked into the later ask, not the country a route is named after", () => {
    expect(splitAsks("how many china-europe trains crossed at erenhot in 2031, and how many teu?"))
      .toEqual(["how many china-europe trains crossed at erenhot in 2031", "how many teu in erenhot?"]);
  });
});

describe("briefing slides", () => {
  const SLIDES = "Hebei's Foreign Trade in 2022: briefing slides\nPress briefing, January 20, 2023\n\n"
    + "--- Slide 2: Overview ---\n- Total imports and exports: 96.12 billion yuan\n- Imports: 41.20 billion yuan, +3.0%\n\n"
    + "--- Slide 3: Imports ---\n- Copper ore: 3.31 million tonnes, +4.6%\n  - value 21.47 billion yuan, -6.4% (lower prices)\n"
    + "- Coal: 1.2 million tonnes, +12.9%\n- LNG via Fenhe terminal: 2.61 million tonnes, +17.3%\n  - value 9.48 billion yuan, +9.8%\n\n"
    + "--- Slide 4: By kind of enterprise ---\n- Private enterprises: 52.38 billion yuan, +9.4%\n";
  it("read the goods a bullet labels, in the flow the slide's heading names, with the value bullet under it", () => {
    const facts = factsOf(SLIDES, { published: "2023-01-20" });
    expect(one(facts, 3.31)).toMatchObject({ entity: "hebei", metric: "imports", measure: "count", subject: "copper ore" });
    expect(one(facts, 21.47)).toMatchObject({ metric: "imports", measure: "amount", subject: "copper ore" });
    expect(one(facts, 1.2)).toMatchObject({ metric: "imports", subject: "coal" });
    expect(one(facts, 2.61)).toMatchObject({ metric: "imports", subject: "lng" });
    expect(one(facts, 9.48)).toMatchObject({ metric: "imports", measure: "amount", subject: "lng" });
    // (no goods where the heading names no flow, nor a firm or the whole)
    expect(one(facts, 52.38).metric).not.toBe("imports");
    expect(one(facts, 96.12).subject).toBeUndefined();
  });
});

describe("goods asked by another name or by their country", () => {
  it("reads goods 'brought in from' a country as imports", () => {
    expect(findMetricWords("how much timber did fenhe bring in from russia in 2022?").map((m) => m.metric)).toEqual(["imports"]);
  });
  it("takes natural gas as the text's gas, and timber as its logs and sawn wood", () => {
    expect(sameGoods("gas", "natural gas")).toBe(true);
    expect(sameGoods("liquefied natural gas", "natural gas")).toBe(false);
    expect(sameGoods("logs and sawn wood", "timber")).toBe(true);
    expect(sameGoods("liquefied natural gas", "lng")).toBe(true);
    // ("the gas in the pipeline" asks no goods where the documents store "natural gas")
    expect(subjectFinder(["natural gas"])("which countries supply the gas in the pipeline?")).toEqual([]);
    expect(subjectFinder(["gas"])("natural gas imports in 2022?")).toEqual(["gas"]);
    expect(sameGoods("wood pulp", "timber")).toBe(false);
    // (a part is not the whole nor the other part: logs are no sawn timber, pipeline gas no natural gas with LNG)
    expect(sameGoods("logs", "timber")).toBe(false);
    expect(sameGoods("logs", "sawn timber")).toBe(false);
    expect(sameGoods("pipeline gas", "natural gas")).toBe(false);
  });
  it("takes goods named after their country as those goods, from that country", () => {
    expect(goodsByCountry("russian logs and sawn wood")).toEqual({ partner: "partner:russia", goods: "logs and sawn wood" });
    expect(goodsByCountry("crude oil")).toBeUndefined();
    expect(sameGoods("russian seafood", "seafood")).toBe(true);
    expect(subjectFinder(["russian logs and sawn wood"])("timber imports from russia?")).toEqual(["russian logs and sawn wood"]);
  });
});

describe("answers giving a quantity beside its value", () => {
  let ask: Awaited<ReturnType<typeof answersOver>>["ask"];
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ ask, close } = await answersOver({
      "suifenhe.md": `---
title: "Suifenhe border port trade in 2022"
published: "2023-01-12"
---
Imports and exports through Suifenhe reached 3.12 billion US dollars in 2022, up 6.5 percent.

Timber still dominates the import side. Suifenhe took in 2.31 million cubic metres of Russian logs and sawn wood last year, up 4.2 percent, worth 311 million dollars. The port also imported 0.42 million tonnes of wood pulp.
`,
      "slides.txt": SLIDES_TEXT,
      "zone.md": `---
title: "Fenhe Comprehensive Bonded Zone in 2022"
published: "2023-01-18"
---
Imports and exports of the Fenhe Comprehensive Bonded Zone reached 12.4 billion yuan in 2022, up 8.1 percent.
`,
      "shanxi.txt": "Shanxi foreign trade, first half of 2021\nPublished July 20, 2021\n\nIn the first half of 2021, Shanxi's imports "
        + "rose 12 percent to 66.2 billion yuan.\n\nTable 1. Imports of main goods, first half of 2021 (value in billion yuan)\n"
        + "Goods Quantity Value Growth (%)\nLNG imports 1.37 million t 4.05 21.4\nCoal imports 8.1 million t 6.2 3.3\n",
      "pipes.md": `---
title: "Hebei's foreign trade in 2022"
published: "2023-01-21"
---
Hebei's imports rose 4 percent in 2022. Tractors and parts imports rose 18.9 percent and exports 35.7 percent.
`,
      "pipes-2020.md": `---
title: "Shanxi's tractor trade in 2020"
published: "2021-01-21"
---
In 2020, Shanxi's imports of tractors and tractor parts rose 3.2 percent to 2.1 billion yuan.
`,
      "erenhot.md": `---
title: "Erenhot port trade in the first half of 2023"
published: "2023-07-22"
---
Trade through Erenhot rose 7 percent in the first half of 2023.

China-Europe freight trains are a fast-growing part of the port's business. Since January, 88 trains have crossed at Erenhot, against 21 in the same period last year, carrying 6,210 twenty-foot equivalent units (TEUs) of containers.
`,
      "horgos.md": `---
title: "Horgos port trade in 2022"
published: "2023-01-16"
---
Imports and exports through the Horgos port reached 41.2 billion yuan in 2022, up 5.1 percent. Gas imports through the port rose 1.7 percent to 21.4 billion cubic metres last year, but their value fell 3.2 percent to 22.65 billion yuan.
`,
    }));
  }, 120_000);
  afterAll(() => close());
  it("answers timber brought in from a country with its volume and its value", async () => {
    const a = await ask("how much timber did suifenhe bring in from russia in 2022 - volume and value?");
    expect(a.abstained).toBe(false);
    expect(a.figures.map((f) => f.value)).toEqual(expect.arrayContaining([2.31, 311]));
  });
  it("answers natural gas with the volume of the text's 'gas' beside its value", async () => {
    const a = await ask("horgos natural gas imports 2022 - volume and value?");
    expect(a.abstained).toBe(false);
    expect(a.figures.map((f) => f.value)).toEqual(expect.arrayContaining([21.4, 22.65]));
  });
  it("reads a zone's bare name after 'thru' as the way goods came, answering the place's goods", async () => {
    const a = await ask("hebei LNG imports thru fenhe in 2022 - tonnes + value");
    expect(a.abstained).toBe(false);
    expect(a.figures.map((f) => f.value)).toEqual(expect.arrayContaining([2.61, 9.48]));
  });
  it("quotes a row that states goods the index names elsewhere ('lng'), when no figure of them is read", async () => {
    const a = await ask("shanxi LNG imports in h1 2021: volume and value?");
    expect(a.answer).toMatch(/1\.37 million t 4\.05/);
  });
  it("quotes no sentence stating only the change of goods named by their words when their value is asked too", async () => {
    const a = await ask("hebei tractors & parts imports 2022, value and yoy?");
    expect(a.abstained).toBe(true);
  });
  it("answers trains and the TEUs they carried, asked 'how many teu' after the trains", async () => {
    const a = await ask("how many china-europe trains crossed at erenhot in the first half of 2023, and how many teu?");
    expect(a.abstained).toBe(false);
    expect(a.figures.map((f) => f.value)).toEqual(expect.arrayContaining([88, 6210]));
  });
  it("gives no figure of goods from one country to a question about another's", async () => {
    const a = await ask("how much timber did suifenhe bring in from japan in 2022?");
    expect(a.figures.map((f) => f.value)).not.toContain(2.31);
    expect(a.figures.map((f) => f.value)).not.toContain(311);
  });
});
