import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findMetricWords } from "../text/flows.js";
import { findEntities } from "../text/entities.js";
import { goodsByCountry, sameGoods, subjectFinder } from "../text/subjects.js";
import { answersOver } from "./helpers/answerOver.js";
import { factsOf, one } from "./helpers/facts.js";

// Look-ups of a quantity beside its value ("volume and value?", "tonnes + value"): the quantity read with its goods,
// flow and owner, and both parts answered. Made-up figures; places only where the gazetteer's spelling is the point.
const Y2022 = { published: "2023-01-12" };

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
  it("knows 珲春 by its English name, Hunchun (the generated pinyin reads 珲 as 'hui')", () => {
    expect(findEntities("Hunchun imported 3,100 tonnes of seafood.")[0]?.id).toBe("city:hunchun");
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
    expect(sameGoods("wood pulp", "timber")).toBe(false);
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
  it("gives no figure of goods from one country to a question about another's", async () => {
    const a = await ask("how much timber did suifenhe bring in from japan in 2022?");
    expect(a.figures.map((f) => f.value)).not.toContain(2.31);
    expect(a.figures.map((f) => f.value)).not.toContain(311);
  });
});
