import type { Fact } from "../text/terms.js";
import { beforeEach, describe, expect, it } from "vitest";
import { factsOf, one } from "./helpers/facts.js";
import { periodLabel } from "../text/periods.js";

// The figures two-part look-ups ask for, read from the shapes that lost one part (stop 28): a flow named by its
// measure ("The value of exports was …"), a partner named again as "the continent", a trade mode a figureless
// sentence opens with and "It was worth …" goes on with, a table of quarters after a sentence on goods and a lead-in
// naming a period only as a past event, and a city's share of "the province's total of N". Made-up sentences.

describe("a flow named by its measure", () => {
  it("reads 'The value of exports was N' as the place's exports, with no goods", () => {
    const facts = factsOf("Qinghai's trade in 2019 came to 8.1 billion yuan. The value of exports was 5.2 billion yuan, "
      + "up 3.4 percent, and the value of imports was 2.9 billion yuan, up 1.7 percent.", { published: "2020-02-01" });
    expect([5.2, 3.4, 2.9, 1.7].map((v) => [one(facts, v).metric, one(facts, v).subject, one(facts, v).qualifier])).toEqual([
      ["exports", undefined, undefined], ["exports", undefined, undefined],
      ["imports", undefined, undefined], ["imports", undefined, undefined]]);
  });
  it("still reads the goods after the measure ('The value of coal imports fell …')", () => {
    const facts = factsOf("Qinghai's trade in 2019 came to 8.1 billion yuan. The value of coal imports fell 6.3 percent.",
      { published: "2020-02-01" });
    expect(one(facts, -6.3).subject).toBe("coal");
  });
});

describe("a partner named again as \"the continent\"", () => {
  it("gives 'its imports from the continent' the continent the sentence named before", () => {
    const facts = factsOf("Hebei's exports to Africa increased 10.2 percent to 8.44 billion yuan in 2020, and its imports "
      + "from the continent surged 31.5 percent to 2.06 billion yuan.", { published: "2021-01-20" });
    expect([one(facts, 2.06).partner, one(facts, 31.5).partner, one(facts, 31.5).metric])
      .toEqual(["partner:africa", "partner:africa", "imports"]);
  });
  it("gives 'imports from the country' the country named before it in the sentence, never China", () => {
    const facts = factsOf("Jilin's exports to Russia jumped 41.5 percent to 14.2 billion yuan in 2023, while imports from the "
      + "country rose 3.3 percent to 21.7 billion yuan.", { published: "2024-01-20" });
    expect([21.7, 3.3].map((v) => [one(facts, v).entity, one(facts, v).partner])).toEqual([["jilin", "partner:russia"], ["jilin", "partner:russia"]]);
  });
  it("and the one a sentence before named, but no partner where none was named", () => {
    const facts = factsOf("Hebei's trade with Europe grew in 2020. Imports from the continent rose 4.4 percent. "
      + "Hebei's imports grew 1.9 percent.", { published: "2021-01-20" });
    expect([one(facts, 4.4).partner, one(facts, 1.9).partner]).toEqual(["partner:europe", undefined]);
    expect(one(factsOf("Hebei's imports from the continent rose 4.4 percent in 2020.", { published: "2021-01-20" }), 4.4)
      .partner).toBeUndefined();
  });
});

describe("a trade mode a figureless sentence opens with", () => {
  const TEXT = "Heihe's trade with Russia reached 8.4 billion yuan in 2015, up 3.1 percent. Border small-scale trade, the "
    + "mode used by traders who carry goods across the river, remained the mainstay of the city. It was worth 5.72 "
    + "billion yuan, or 61.3 percent of the city's total.";
  it("gives 'It was worth N, or P of the city's total' to that mode, not to the partner before", () => {
    const facts = factsOf(TEXT, { published: "2016-01-20" });
    expect([5.72, 61.3].map((v) => [one(facts, v).subject, one(facts, v).partner, one(facts, v).shareOf]))
      .toEqual([["border trade", undefined, undefined], ["border trade", undefined, "own"]]);
  });
  it("but leaves 'It' after a sentence with figures of its own as before", () => {
    const facts = factsOf("Heihe's general trade reached 2.2 billion yuan in 2015. It was 26 percent of the city's "
      + "total.", { published: "2016-01-20" });
    expect(one(facts, 26).subject).toBe("general trade");
    expect(one(factsOf("Heihe's trade reached 8.4 billion yuan in 2015. General trade grew fast. Heihe's exports were "
      + "3.3 billion yuan.", { published: "2016-01-20" }), 3.3).subject).toBeUndefined();
  });
});

describe("a table of quarters after a sentence on goods and a lead-in naming a past event", () => {
  const TABLE = "| Quarter | Value (US$ bn) | Year-on-year |\n| First quarter | 0.71 | 40.5% |\n| Third quarter | 0.93 | 14.6% |\n"
    + "| Full year | 3.6 | 20.4% |\n";
  const TEXT = "Tianshui's imports and exports reached 3.6 billion US dollars in 2012, up 20.4 percent on 2011.\n"
    + "Imports of machine tools were worth 1.9 billion US dollars, up 30.3 percent. Most of them were bought by joint "
    + "ventures.\nGrowth slowed through the year as the base of comparison rose after the recovery of the second half "
    + `of 2011:\n${TABLE}`;
  let facts: Fact[] = [];
  // (read in each test, so that a mutation run counts the extraction as the test's)
  beforeEach(() => { facts = factsOf(TEXT, { published: "2013-02-10" }); });
  it("puts the quarters in the text's year, not the year of the event the lead-in names", () => {
    expect([0.93, 14.6].map((v) => periodLabel(one(facts, v).period!))).toEqual(["July–September 2012", "July–September 2012"]);
  });
  it("gives the rows the place's trade, not the flow of the goods named before", () => {
    expect([0.71, 0.93, 14.6].map((v) => [one(facts, v).metric, one(facts, v).subject]))
      .toEqual([["trade", undefined], ["trade", undefined], ["trade", undefined]]);
  });
  it("still gives them the one flow a sentence on the place's whole named before", () => {
    const exported = factsOf(`Tianshui's exports reached 3.6 billion US dollars in 2012.\n${TABLE}`, { published: "2013-02-10" });
    expect(one(exported, 0.93).metric).toBe("exports");
  });
});

describe("a city's share of \"the province's total of N\"", () => {
  let facts: Fact[] = [];
  // (read in each test, so that a mutation run counts the extraction as the test's)
  beforeEach(() => { facts = factsOf("Zigong's foreign trade reached 9.1 billion yuan in 2019. The city's foreign trade ranked third "
      + "among Sichuan's 21 cities and prefectures, and accounted for 2.8 percent of the province's total of 320.5 billion "
      + "yuan, which fell 1.5 percent.", { published: "2020-01-20" }); });
  it("reads the share as of the province, with no qualifier made of the whole's words", () => {
    expect([one(facts, 2.8).entity, one(facts, 2.8).shareOf, one(facts, 2.8).qualifier]).toEqual(["city:zigong", "sichuan", undefined]);
  });
  it("gives the whole's amount, and its change after 'which', to the province", () => {
    expect([one(facts, 320.5).entity, one(facts, -1.5).entity]).toEqual(["sichuan", "sichuan"]);
  });
  it("and so for a province named with its kind ('of Sichuan province's foreign trade of N, which grew …')", () => {
    const named = factsOf("Zigong accounted for 2.8 percent of Sichuan province's foreign trade of 320.5 billion yuan, which "
      + "grew by 2.2 percent, in 2019.", { published: "2020-01-20" });
    expect([one(named, 2.8).qualifier, one(named, 320.5).entity, one(named, 2.2).entity]).toEqual([undefined, "sichuan", "sichuan"]);
  });
});

describe("documents counted and the value they cover", () => {
  let facts: Fact[] = [];
  // (read in each test, so that a mutation run counts the extraction as the test's)
  beforeEach(() => { facts = factsOf("Fujian's exports reached 205.3 billion yuan in the first quarter of 2022. In the quarter, Xiamen "
      + "Customs issued 12,400 RCEP certificates of origin for Fujian enterprises, covering exports of 4.37 billion yuan. "
      + "These are expected to cut duties in importing countries by 31.5 million yuan. Goods worth 0.62 billion yuan entered "
      + "under RCEP preferential tariffs, saving enterprises 2.2 million yuan in duties.", { published: "2022-04-20" }); });
  it("reads a count of certificates, of no flow", () => {
    expect([one(facts, 12400).measure, one(facts, 12400).metric, one(facts, 12400).unit]).toEqual(["count", "other", "RCEP certificates"]);
  });
  it("gives the value they cover a qualifier naming them, so it is never the place's total exports", () => {
    expect([one(facts, 4.37).metric, one(facts, 4.37).qualifier]).toEqual(["exports", "covered by RCEP certificates of origin"]);
  });
  it("reads duties cut or saved as no flow, and a bloc's tariffs as no partner", () => {
    expect([31.5, 2.2].map((v) => [one(facts, v).metric, one(facts, v).partner])).toEqual([["other", undefined], ["other", undefined]]);
  });
});

describe("a zone named after its city, with another zone in an appositive", () => {
  let facts: Fact[] = [];
  // (read in each test, so that a mutation run counts the extraction as the test's)
  beforeEach(() => { facts = factsOf("Foreign trade in the Kunshan Comprehensive Bonded Zone, the heart of the Huaqiao Economic Zone, came "
      + "to 61.2 billion yuan in the first half of 2017, down 2.3 percent. Exports from the zone amounted to 38.5 billion yuan "
      + "and imports to 22.7 billion yuan.", { published: "2017-07-20" }); });
  it("gives the zone's figures to the zone, not to its city nor to the zone the appositive names", () => {
    expect([61.2, -2.3, 38.5, 22.7].map((v) => one(facts, v).entity)).toEqual(Array(4).fill("zone:Kunshan Comprehensive Bonded Zone"));
  });
});

describe("goods counted as shipped in the passive, and their share after their figures", () => {
  let facts: Fact[] = [];
  // (read in each test, so that a mutation run counts the extraction as the test's)
  beforeEach(() => { facts = factsOf("Kunshan's exports reached 61.2 billion yuan in the first half of 2017. A total of 12.3 million laptops "
      + "were exported between January and June, worth 30.5 billion yuan, equal to 49.8 percent of the city's exports. "
      + "Imports of auto parts were worth 8.93 billion yuan, up 58.2 percent, and accounted for 37.1 percent of the city's "
      + "imports.", { published: "2017-07-20" }); });
  it("gives 'N laptops were exported, worth M' to the laptops, never the city's exports", () => {
    expect([12.3, 30.5].map((v) => one(facts, v).subject)).toEqual(["laptops", "laptops"]);
  });
  it("gives the share right after the goods' value or change to the goods", () => {
    expect([49.8, 37.1].map((v) => [one(facts, v).subject, one(facts, v).shareOf])).toEqual([["laptops", "own"], ["auto parts", "own"]]);
  });
});

describe("an event the figures followed, named after them", () => {
  it("gives ', following the expo held in X in June' neither owner nor period", () => {
    const facts = factsOf("Hebei's foreign trade rose 12 percent in 2019. Trade with Africa grew 30.2 percent to 21.6 billion "
      + "yuan, following the expo held in Shijiazhuang in June.", { published: "2020-01-20" });
    expect([one(facts, 21.6).entity, periodLabel(one(facts, 21.6).period!), one(facts, 30.2).entity]).toEqual(["hebei", "2019", "hebei"]);
  });
});

describe("a communique titled by the year it reports on", () => {
  it("dates the figures of a text naming no year by the title's 'on the 2018 …'", () => {
    const facts = factsOf("The total value of imports and exports of goods in the province for the whole year was 30.5 billion "
      + "yuan. Exports of tea were 212 million yuan, up 18.4 percent.", {
      title: "Statistical Communique on the 2018 National Economic and Social Development of Qinghai Province", published: "2019-04-11",
    });
    expect([30.5, 212].map((v) => one(facts, v).period && periodLabel(one(facts, v).period!))).toEqual(["2018", "2018"]);
  });
  it("and by 'of X Province on the 2018 …', the issuer between", () => {
    const facts = factsOf("The total value of imports and exports for the year was 30.5 billion yuan.", {
      title: "Statistical Communique of Qinghai Province on the 2018 National Economic and Social Development", published: "2019-04-11",
    });
    expect(periodLabel(one(facts, 30.5).period!)).toBe("2018");
  });
});

describe("a city's growth compared with its province's", () => {
  let facts: Fact[] = [];
  // (read in each test, so that a mutation run counts the extraction as the test's)
  beforeEach(() => { facts = factsOf("According to Yancheng Customs, the city's imports and exports reached 120.5 billion yuan in 2024, an "
      + "increase of 6.1 percent over 2023. The growth rate was 3.7 percentage points higher than that of Jiangsu province, "
      + "whose foreign trade grew 2.4 percent, and the city's total ranked sixth in the province. Exports were 80.2 billion "
      + "yuan, up 7.1 percent.", { published: "2025-01-22" }); });
  it("gives the gap to the city, as a gap to the provincial rate, and the province only its own rate", () => {
    expect([one(facts, 3.7).entity, one(facts, 3.7).scope]).toEqual(["city:yancheng", "provincial"]);
    expect(facts.filter((f) => f.value === 2.4).every((f) => f.entity === "jiangsu")).toBe(true);
  });
  it("gives 'the city's total ranked sixth' to the city's trade, not a rank of growth", () => {
    expect([one(facts, 6).entity, one(facts, 6).qualifier]).toEqual(["city:yancheng", undefined]);
  });
  it("leaves the city the topic of the sentences after", () => {
    expect([one(facts, 80.2).entity, one(facts, 7.1).entity]).toEqual(["city:yancheng", "city:yancheng"]);
  });
});

describe("a city's rank after its share of the province's trade, and a place named as where goods are made", () => {
  let facts: Fact[] = [];
  // (read in each test, so that a mutation run counts the extraction as the test's)
  beforeEach(() => { facts = factsOf("From January to August, Anshun's imports and exports reached 3.86 billion yuan. The city's total "
      + "accounted for 7.4 percent of Guizhou province's foreign trade of 52.1 billion yuan, ranking third among the "
      + "province's nine prefecture-level cities. Exports of tea reached 1.24 billion yuan, up 31.6 percent, and nearly "
      + "all of it was grown in Kaili.", { published: "2022-09-23" }); });
  it("gives ', ranking third among …' to the city, not to the province whose trade the share is of", () => {
    expect(one(facts, 3).entity).toBe("city:anshun");
  });
  it("leaves the figures to the topic, not to a place a later clause names as where the goods come from", () => {
    expect([one(facts, 1.24).entity, one(facts, 31.6).entity]).toEqual(["city:anshun", "city:anshun"]);
  });
});
