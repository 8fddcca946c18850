import type { Fact } from "../text/terms.js";
import { beforeEach, describe, expect, it } from "vitest";
import { factsOf, one } from "./helpers/facts.js";

// Goods with their quantity and their value in one sentence: whose they are, what they are, and which figure is the
// quantity's and which the value's. Made-up places, goods and figures.
const Y2019 = { published: "2020-01-20" };

describe("goods through a pipeline", () => {
  it("are the place's imports, the country the pipeline is named after no partner of them", () => {
    const facts = factsOf("In 2019, Hebei imported 15.7 million tonnes of crude oil through the China-Mongolia crude oil "
      + "pipeline, up 3.1 percent. Through the China-Nepal pipeline, which runs to the border, Hebei imported 4.2 "
      + "million tonnes of crude oil in 2019.", Y2019);
    expect(one(facts, 15.7)).toMatchObject({ entity: "hebei", metric: "imports", subject: "crude oil" });
    expect(one(facts, 15.7).partner).toBeUndefined();
    expect(one(facts, 4.2)).toMatchObject({ entity: "hebei", metric: "imports", subject: "crude oil" });
    expect(one(facts, 4.2).partner).toBeUndefined();
  });
});

describe("the value after a quantity's change", () => {
  it("is the goods' value ('worth'), and its change the value's, not the quantity's", () => {
    const facts = factsOf("In 2019, Hebei imported 15.7 million tonnes of crude oil, up 3.1 percent in volume, worth 12.8 "
      + "billion US dollars, up 21.4 percent in value.", Y2019);
    expect(one(facts, 3.1)).toMatchObject({ measure: "growth", qualifier: "crude oil, quantity" });
    expect(one(facts, 12.8)).toMatchObject({ measure: "amount", subject: "crude oil", qualifier: "crude oil" });
    expect(one(facts, 21.4)).toMatchObject({ measure: "growth", subject: "crude oil", qualifier: "crude oil" });
  });
});

describe("the place referred back to, described in an aside", () => {
  it("owns the goods, not a city the aside names", () => {
    const facts = factsOf("In 2019, Hunan's imports rose 3 percent. The province, home to large manganese deposits in Xiangtan, "
      + "imported 2.1 million tonnes of manganese ore in 2019, up 6.1 percent, but the value of these imports fell 12.2 percent "
      + "to 4.3 billion yuan. Imports of copper ore reached 1.1 million tonnes, worth 9.9 billion yuan.", Y2019);
    expect(one(facts, 2.1)).toMatchObject({ entity: "hunan", metric: "imports", subject: "manganese ore" });
    expect(one(facts, 4.3)).toMatchObject({ entity: "hunan", subject: "manganese ore" });
    expect(one(facts, 9.9)).toMatchObject({ entity: "hunan", subject: "copper ore" });
  });
});

describe("two goods in one sentence, each with its tonnes and value", () => {
  let facts: Fact[] = [];
  // (read in each test, so that a mutation run counts the extraction as the test's)
  beforeEach(() => { facts = factsOf("In 2019, Hainan's imports from Latin America rose 5 percent. Imports of frozen squid, mainly from Chile, "
      + "reached 216,000 tonnes, valued at 3.48 billion yuan, and the province brought in 97,000 tonnes of fresh fruit such as "
      + "cherries and blueberries, worth 2.27 billion yuan.", Y2019); });
  it("keep the country most goods came from to an aside: no partner of the figures (whose comma in '216,000' ends it)", () => {
    expect(one(facts, 216000)).toMatchObject({ entity: "hainan", measure: "count", subject: "frozen squid" });
    expect(one(facts, 216000).partner).toBeUndefined();
    expect(one(facts, 3.48)).toMatchObject({ measure: "amount", subject: "frozen squid" });
  });
  it("give the second goods, counted with examples after them, their own quantity and value", () => {
    expect(one(facts, 97000)).toMatchObject({ measure: "count", subject: "fresh fruit" });
    expect(one(facts, 2.27)).toMatchObject({ measure: "amount", subject: "fresh fruit" });
  });
});

describe("a part of goods counted before ('Of these, N were …')", () => {
  it("is counted in the goods' unit, of their place and flow, and leads the value and change after it", () => {
    const facts = factsOf("From January to September, Hebei exported 212,600 vehicles, up 16.4 percent, with an export value "
      + "of 29.86 billion yuan. Of these, 41,800 were new energy vehicles, worth 8.14 billion yuan, up 64.5 percent.",
    { published: "2019-10-20" });
    expect(one(facts, 41800)).toMatchObject({ entity: "hebei", metric: "exports", measure: "count", unit: "vehicles",
      subject: "new energy vehicles" });
    expect(one(facts, 8.14)).toMatchObject({ metric: "exports", measure: "amount", subject: "new energy vehicles" });
    expect(one(facts, 64.5)).toMatchObject({ metric: "exports", measure: "growth", subject: "new energy vehicles" });
  });
  it("is no count where nothing was counted before it", () => {
    const facts = factsOf("In 2019, Hebei's exports rose 5 percent. Of these, 41,800 were new energy vehicles.", Y2019);
    expect(facts.filter((f) => f.value === 41800)).toEqual([]);
  });
});

describe("goods and the places named with them", () => {
  it("leave the place the goods are made in, in a later clause, no owner of their figures", () => {
    const facts = factsOf("Guiyang's exports rose 20 percent in 2019. Exports of liquor reached 1.22 billion yuan, up 31.5 "
      + "percent, and nearly all of it was sauce-flavour liquor made in Kaili.", Y2019);
    expect(one(facts, 1.22)).toMatchObject({ entity: "city:guiyang", subject: "liquor" });
    expect(one(facts, 31.5)).toMatchObject({ entity: "city:guiyang", subject: "liquor" });
  });
  it("are the document's place's when a speaker calls them 'our', whatever place an answer before named", () => {
    const facts = factsOf("**Wang Li:** From January to August, Anshun's exports reached 2.1 billion yuan. Guizhou's trade "
      + "grew 11.6 percent in the same period.\n\n**Reporter (Guizhou Daily):** Which products contributed most?\n\n"
      + "**Wang Li:** Liquor is our signature export. Exports of liquor reached 1.22 billion yuan, up 31.5 percent.",
    { title: "Transcript: Anshun press conference on foreign trade", published: "2019-09-23" });
    expect(one(facts, 11.6).entity).toBe("guizhou");
    expect(one(facts, 1.22)).toMatchObject({ entity: "city:anshun", subject: "liquor" });
  });
});

describe("goods with the countries they came from, or named before their flow's participle", () => {
  it("take from no one of several countries, and keep their value after them", () => {
    const facts = factsOf("In 2019, Tangshan's imports rose 3 percent. The city took in 4.18 million tonnes of coal from "
      + "Australia, Indonesia and Mongolia in the year, worth 2.96 billion yuan.", Y2019);
    expect(one(facts, 4.18)).toMatchObject({ entity: "city:tangshan", metric: "imports", subject: "coal" });
    expect(one(facts, 4.18).partner).toBeUndefined();
    expect(one(facts, 2.96)).toMatchObject({ metric: "imports", measure: "amount", subject: "coal" });
  });
  it("are the goods of their quantity and value ('Crude oil imported by rail amounted to …')", () => {
    const facts = factsOf("In 2019, Erenhot's imports rose 3 percent. Crude oil imported by rail amounted to 2.31 million "
      + "tonnes, worth 8.15 billion yuan, up 4.4 percent.", Y2019);
    expect(one(facts, 2.31)).toMatchObject({ metric: "imports", measure: "count", subject: "crude oil" });
    expect(one(facts, 8.15)).toMatchObject({ metric: "imports", measure: "amount", subject: "crude oil" });
  });
});
