import { describe, expect, it } from "vitest";
import { ASKS_COUNT, BOTH_FLOWS, countAsked, parseQuestion } from "../retrieval/figures/query.js";

// Counted quantities (trains, tonnes, TEUs), how many items a list or ranking asks for, and both flows asked apart:
// made-up questions, read without an index.

describe("a quantity counted in units other than money", () => {
  it.each([
    "how many trains left hunan in 2020?",
    "hunan's ore imports in tonnes in 2020",
    "hunan's ore imports in tons in 2020",
    "hunan's port tonnage in 2020",
    "hunan's gas imports in cubic metres in 2020",
    "hunan's gas imports in cubic meters in 2020",
    "hunan's crude imports in barrels in 2020",
    "hunan's port handled how much in teu in 2020",
    "hunan's port handled how much in teus in 2020",
    "total trains run by hunan in 2020",
    "the number of trips by hunan's trains in 2020",
    "the number of freight vehicles hunan sent in 2020",
    "no. of cars hunan exported in 2020",
    "no of containers hunan shipped in 2020",
    "the total sea-rail trains from hunan in 2020",
    "hunan train trips in 2020",
    "hunan freight trips in 2020",
    "hunan's container throughput in 2020",
    "hunan's cargo throughput in 2020",
    "hunan's freight throughput in 2020",
    "the volume and value of hunan's coal imports in 2020",
    "hunan wolfram exports 2020: quantity and value?",
    "the value and volume of hunan's coal imports in 2020",
    "the earnings and volume of hunan's tea exports in 2020",
    "the volume and revenue of hunan's tea exports in 2020",
    "the volume and receipts of hunan's tea exports in 2020",
  ])("counts in %s", (question) => {
    expect(ASKS_COUNT.test(question)).toBe(true);
    expect(parseQuestion(question).measures).toContain("count");
  });
  it.each([
    "how many billion yuan did hunan export in 2020?",
    "how many trillion yuan did china trade in 2020?",
    "how many million dollars did hunan export in 2020?",
    "how many thousand yuan per head in 2020?",
    "how many percentage points did hunan's growth gain in 2020?",
    "how many points did hunan's growth gain in 2020?",
    "how many point did hunan's growth gain in 2020?",
    // the short forms people type of "percentage points"
    "its share of the total and how many pct points up in 2020?",
    "how many pts did hunan's share gain in 2020?",
    "how many pp did hunan's share gain in 2020?",
    "how many times did hunan's trade grow in 2020?",
    "how many yuan per dollar in 2020?",
    "how many dollars per tonne of ore in 2020?",
    "how many us dollars did hunan export in 2020?",
    // goods carried "by", "on", "via" or "aboard" a means of transport count nothing
    "what did hunan ship by the tonnes in 2020?",
    "what did hunan send on big barrels in 2020?",
    "what did hunan send via sealed wooden barrels in 2020?",
    "what did hunan send aboard tons of boats in 2020?",
    "what did hunan send aboard big-bulk tons of boats in 2020?",
    // a bare "volume" is the value of trade
    "what was the volume of hunan's trade in 2020?",
    "the total of hunan's trade in 2020",
    "how much did hunan's trains earn in 2020?",
  ])("counts nothing in %s", (question) => {
    expect(ASKS_COUNT.test(question)).toBe(false);
    expect(parseQuestion(question).measures).not.toContain("count");
  });
});

describe("how many items a question asks for", () => {
  it.each([
    ["top 4 provinces by exports in 2020", 4],
    ["top4 cities by exports in 2020", 4],
    ["TOP TEN partners by trade in 2020", 10],
    ["the four largest partners in 2020", 4],
    ["the 3 biggest markets in 2020", 3],
    ["hunan's 5 main markets in 2020", 5],
    ["hunan's two major partners in 2020", 2],
    ["hunan's six leading goods in 2020", 6],
    ["the seven fastest cities in 2020", 7],
    ["the 8 highest growth rates in 2020", 8],
    ["hunan's nine top partners in 2020", 9],
    ["which three cities grew fastest in 2020?", 3],
    ["which 12 cities grew fastest in 2020?", 12],
    ["rank the 3 months with the highest trade in 2020", 3],
    ["order the four cities by the lowest growth in 2020", 4],
    ["sort the five products with the most trade in 2020", 5],
    ["rank seven cities by slowest growth in 2020", 7],
    // (a word between the count and the ranking word; the smallest as well as the biggest; "what/name/list N")
    ["hunan's 5 main trading partners in 2020", 5],
    ["the three smallest markets in 2020", 3],
    ["the 4 slowest-growing cities in 2020", 4],
    ["name three partners hunan traded most with in 2020", 3],
    ["what 2 goods did hunan export most in 2020?", 2],
    // ("wich": the question word as often mistyped)
    ["wich 3 provinces had the most trade per head in 2020", 3],
  ])("%s → %d", (question, count) => {
    expect(countAsked(question)).toBe(count);
  });
  it.each([
    "which 5% rise was the largest in 2020?",
    "which 5 percent rise was the largest in 2020?",
    "which 20 billion yuan market grew in 2020?",
    "which 2 million tonne port grew in 2020?",
    "which 3 trillion yuan economy grew in 2020?",
    // the areas of a zone are all there are
    "rank the 3 areas of the zone by trade in 2020",
    "the top eleven partners in 2020",
    "the largest partners in 2020",
    "stop 4 trains",
  ])("none in %s", (question) => {
    expect(countAsked(question)).toBeUndefined();
  });
});

describe("both flows asked, each on its own", () => {
  it.each([
    "hunan's exports and imports in 2020",
    "hunan's export and import in 2020",
    "hunan's exports & imports in 2020",
    "hunan's exports + imports in 2020",
    "hunan's exports to peru and imports from peru in 2020",
    "hunan's exports with the eu and imports in 2020",
    "hunan's imports from peru and exports to peru in 2020",
    "hunan's imports with the eu & exports in 2020",
    "hunan's import from peru + export in 2020",
    "hunan's exports to xi'an's partners and imports in 2020",
    "hunan's exports to xi’an’s partners and imports in 2020",
    "hunan's exports to asia-pacific and imports in 2020",
    "hunan's imports from xi'an and exports in 2020",
    "hunan's imports from xi’an and exports in 2020",
    "hunan's imports from asia-pacific & exports in 2020",
  ])("reads both flows in %s", (question) => {
    expect(BOTH_FLOWS.test(question)).toBe(true);
  });
  it.each([
    "hunan's imports and exports in 2020",
    "hunan's imports to peru and exports in 2020",
    "hunan's exporters and importers in 2020",
    "hunan's exports from ports and imports in 2020",
  ])("reads total trade in %s", (question) => {
    expect(BOTH_FLOWS.test(question)).toBe(false);
  });
});

describe("the country's route trains, and a service's own", () => {
  it.each([
    "how many china-europe trains ran in 2020?", "all china-europe trips in 2020", "total china-europe trains in 2020",
    "what china-europe trains ran in 2020?", "the number of china-europe trains in 2020", "trade by china-europe trains in 2020",
    "how much went via china-europe trains in 2020?", "the combined china-europe trains in 2020",
    "the no china-europe trains claim in 2020", "the overall china-europe trains in 2020",
  ])("reads China as the place in %s", (question) => {
    expect(parseQuestion(question)).toMatchObject({ entities: ["china"], partners: [] });
  });
  it("reads a service's name before the route as no place of its own", () => {
    expect(parseQuestion("how many xiang china-europe trains ran in 2020?").entities).toEqual([]);
    expect(parseQuestion("the xiang china-europe trains in 2020").entities).toEqual([]);
  });
});
