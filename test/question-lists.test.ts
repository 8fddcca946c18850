import { describe, expect, it } from "vitest";
import { parseQuestion, wholesOfShares, ZONE_AREAS } from "../retrieval/figures/query.js";
import { zoneFinder } from "../text/zones.js";

// Lists and rankings: what asks for names, what orders them and which way, the region word that filters them, and the
// places that are only the whole of a share. Made-up questions, read without an index.

describe("a question asking for names", () => {
  it.each([
    "list hunan's partners in 2020",
    "name hunan's partners in 2020",
    "  which province says its exports grew in 2020?",
    "what goods did hunan export in 2020?",
    "what commodities did hunan import in 2020?",
    "what items did hunan import in 2020?",
    "what categories did hunan import in 2020?",
    "what partners did hunan have in 2020?",
    "what markets did hunan sell to in 2020?",
    "what destinations did hunan ship to in 2020?",
    "what sources did hunan buy from in 2020?",
    "what provinces did hunan trade with in 2020?",
    "what regions did hunan trade with in 2020?",
    "what cities did hunan trade with in 2020?",
    "what countries did hunan trade with in 2020?",
    "in which markets did hunan's exports fall in 2020?",
    "to which countries did hunan export in 2020?",
    "from what sources did hunan import in 2020?",
    "with which partners did hunan trade in 2020?",
    "for which goods did hunan's exports fall in 2020?",
    "into which markets did hunan export in 2020?",
    "who are hunan's five major trading partners?",
    "what were hunan's main import commodities?",
    "what are hunan's leading export goods?",
    "what are hunan's principal markets?",
    "what are hunan's key partners?",
    "what are hunan's chief partners?",
    "what were hunan's main new export goods?",
    "what were hunan's main hi-tech export goods?",
    "WHAT ARE HUNAN'S KEY PARTNERS?",
  ])("lists in %s", (question) => {
    expect(parseQuestion(question).intent).toBe("list");
  });
  it.each([
    "how much did the cities which grew trade in 2020?",
    "how much did the firms that list goods trade in 2020?",
    "how much did the firms that name goods trade in 2020?",
    "what is hunan's main partner?",
    "what were hunan's main very big new goods?",
    "what were the value of hunan's main goods?",
    "what were the shares of hunan's main goods?",
    "what were hunan's main goods worth?",
    "what was hunan's main goods' amount?",
    "what were the growth of hunan's main goods?",
    "how much did hunan's main goods grow?",
    "what were hunan's main goods' shares?",
    "at which goods did hunan's exports fall in 2020?",
    "what did hunan's main partners buy?",
  ])("asks a figure in %s", (question) => {
    expect(parseQuestion(question).intent).not.toBe("list");
  });
});

describe("the partner a question asks for, of a place", () => {
  it.each([
    "which partner's trade with hunan fell in 2020?",
    "which partners' trade with hunan fell in 2020?",
    "which countries' exports to hunan fell in 2020?",
    "which country's exports to hunan fell in 2020?",
    "which trading partner's trade with hunan fell in 2020?",
    "what market's trade with hunan fell in 2020?",
    "which economy's exports to hunan fell in 2020?",
    "which country trade with hunan fell in 2020?",
    "which partner’s trade with hunan fell in 2020?",
    "which partners’ trade with hunan fell in 2020?",
    "which partners trade with hunan fell in 2020?",
  ])("makes the place the owner in %s", (question) => {
    expect(parseQuestion(question)).toMatchObject({ entities: ["hunan"], partners: [] });
  });
  it("makes the place a partner when no partner is asked for", () => {
    expect(parseQuestion("which firm's trade with hunan fell in 2020?").partners).toEqual(["hunan"]);
    expect(parseQuestion("which partnership's trade with hunan fell in 2020?").partners).toEqual(["hunan"]);
  });
});

describe("an ordering asked", () => {
  it.each([
    "order hunan, hubei and jiangxi by growth in 2020",
    "sort them by value",
    "sorted by value, hunan's partners in 2020",
    "ordered by value, hunan's partners in 2020",
    "SORT the goods BY value",
  ])("ranks and takes no term from %s", (question) => {
    const q = parseQuestion(question);
    expect(q.intent).toBe("rank");
    expect(q.terms.filter((t) => /^(?:order|sort)/.test(t))).toEqual([]);
  });
  it.each([
    ["in order to grow by exporting, how much did hunan trade?", ["order", "exporting"]],
    ["order hunan's goods in 2020", ["order", "goods"]],
    ["the orders by hunan's firms in 2020", ["orders"]],
  ])("reads no ordering in %s", (question, terms) => {
    const q = parseQuestion(question);
    expect(q.intent).not.toBe("rank");
    expect(q.terms).toEqual(terms);
  });
});

describe("a ranking that runs from the lowest figure", () => {
  // (the words the documents use are given: no typo is corrected into them)
  const words = new Set(["decreased", "decrease", "sharpest", "greatest", "contraction"]);
  const ascending = (question: string) => parseQuestion(question, { words }).ascending;
  it.each([
    "which city grew slowest in 2020?",
    "which city had the lowest trade in 2020?",
    "which was the smallest exporter in 2020?",
    "which city grew least in 2020?",
    "which was the weakest exporter in 2020?",
    "which city's exports fell the most in 2020?",
    "which city's exports dropped most in 2020?",
    "which city's trade declined the most in 2020?",
    "which city's trade decreased most in 2020?",
    "which city's trade shrank most in 2020?",
    "which city's trade contracted most in 2020?",
    "which city's trade slumped the most in 2020?",
    "which city saw the biggest drop in 2020?",
    "which city saw the largest decline in 2020?",
    "which city saw the steepest fall in 2020?",
    "which city saw the sharpest decrease in 2020?",
    "which city saw the greatest contraction in 2020?",
    "which city saw the worst drop in 2020?",
  ])("%s", (question) => {
    expect(ascending(question)).toBe(true);
  });
  it.each([
    "which city grew fastest in 2020?",
    "which city saw the biggest rise in 2020?",
    "which city's exports fell more in 2020?",
    "which city's exports rose the most in 2020?",
    "which city saw the steepest climb in 2020?",
    "which were the slowly growing cities in 2020?",
  ])("not %s", (question) => {
    expect(ascending(question)).toBe(false);
  });
});

describe("a region word that filters a ranking or list", () => {
  const filter = (question: string) => parseQuestion(question).filter;
  it.each([
    ["which inland provinces grew fastest in 2020?", "inland"],
    ["which coastal regions grew fastest in 2020?", "coastal"],
    ["list the eastern areas by growth in 2020", "eastern"],
    ["rank the central cities by growth in 2020", "central"],
    ["which western provincial-level regions grew fastest in 2020?", "western"],
    ["which western provincial level regions grew fastest in 2020?", "western"],
    ["which northeastern provinces grew in 2020?", "northeastern"],
    ["which northeast provinces grew in 2020?", "northeastern"],
    ["which central and western provinces grew in 2020?", "central-western"],
    ["which central  and  western provinces grew in 2020?", "central-western"],
    ["which INLAND PROVINCES grew fastest in 2020?", "inland"],
    ["which inland  provinces grew fastest in 2020?", "inland"],
  ])("%s → %s", (question, word) => {
    expect(filter(question)).toBe(word);
  });
  it.each([
    "which of the two inland provinces grew fastest in 2020?",
    "which of the 3 coastal provinces grew fastest in 2020?",
    "which of the ten inland provinces grew fastest in 2020?",
    "which of the twelve inland provinces grew fastest in 2020?",
    "which inland province grew fastest in 2020?",
    "which inland provincesque towns grew fastest in 2020?",
    "which hinterland provinces grew fastest in 2020?",
  ])("none in %s", (question) => {
    expect(filter(question)).toBeUndefined();
  });
  it("takes the filter's words out of the places and terms", () => {
    expect(parseQuestion("which western provincial-level regions grew fastest in 2020?").terms).toEqual(["provincial-level"]);
    expect(parseQuestion("which northeastern provinces grew in 2020?").entities).toEqual([]);
  });
});

describe("a zone's areas asked for", () => {
  it.each([
    "rank the 3 areas of the x pilot ftz",
    "the areas of the pilot zone by trade",
    "the zone's areas by trade",
    "the zone’s areas by trade",
    "the zone areas by trade",
    "the ftz's three areas by trade",
    "the areas of the free trade port",
    "the areas of the free-trade port",
    "the AREAS of the FTZ",
  ])("%s", (question) => {
    expect(ZONE_AREAS.test(question)).toBe(true);
  });
  it.each([
    "the areas of the port",
    "the ftz's three big areas",
    "the zone's area",
    "the ftz areaways",
    "the rural areas? of the zone",
    "the xftz areas",
  ])("not %s", (question) => {
    expect(ZONE_AREAS.test(question)).toBe(false);
  });
  it("takes no zone word as a term of a question about its areas", () => {
    const findZones = zoneFinder(["zone:Lotus Pilot Free Trade Zone"]);
    const words = new Set(["zone"]);
    expect(parseQuestion("rank the 3 areas of the lotus pilot free trade zone by trade", { findZones, words }).terms)
      .toEqual([]);
    expect(parseQuestion("rank the lotus pilot free trade zone's areas by trade", { findZones, words }).terms).toEqual([]);
  });
});

describe("the zone words of a question about a zone's areas, with no zone the index knows", () => {
  const terms = (question: string) => parseQuestion(question, { words: new Set(["zone"]) }).terms;
  it("are no terms", () => {
    expect(terms("rank the 3 areas of the pilot ftz by trade")).toEqual([]);
    expect(terms("rank the areas of the free trade port by trade")).toEqual([]);
    expect(terms("rank the zone's areas by trade")).toEqual([]);
    expect(terms("rank the ftz's areas by land area")).toEqual(["land"]);
  });
});

describe("the words leading to a zone", () => {
  const findZones = zoneFinder(["zone:Binhai Port Area"]);
  it.each([
    "how much went thru the binhai port area in 2023?",
    "how much goes through binhai port area in 2023?",
    "how much passed via the binhai port area in 2023?",
    "how much moved through the binhai port area in 2023?",
    "how much came via the binhai port area in 2023?",
    "how much has gone through the binhai port area in 2023?",
    "how much go thru the binhai port area in 2023?",
    "how much cargo via binhai port area in 2023?",
  ])("are no terms in %s", (question) => {
    expect(parseQuestion(question, { findZones }).terms.filter((t) => t !== "cargo")).toEqual([]);
  });
  it("are terms when they lead elsewhere", () => {
    expect(parseQuestion("how much sailed through the binhai port area in 2023?", { findZones }).terms).toEqual(["sailed"]);
    expect(parseQuestion("how much went through customs at the binhai port area in 2023?", { findZones }).terms)
      .toEqual(["went", "through", "customs"]);
  });
});

describe("the places that are wholes of shares", () => {
  it.each([
    ["hubei's share of china in 2020", ["china"]],
    ["wuhan's share of hubei vs yichang's share of the hunan total", ["hubei", "hunan"]],
    ["the percentage of hubei in 2020", ["hubei"]],
    ["the percent of hubei in 2020", ["hubei"]],
    ["the percentage points of hubei's growth", ["hubei"]],
    ["the percentage point of hubei's growth", ["hubei"]],
    ["the pct of hubei in 2020", ["hubei"]],
    ["the proportion of hubei in 2020", ["hubei"]],
    ["the share of inner mongolia in 2020", ["inner-mongolia"]],
    ["the share of inner-mongolia in 2020", ["inner-mongolia"]],
    ["the SHARE OF HUBEI in 2020", ["hubei"]],
    ["the share of trade in hubei", []],
    // only a place the two words begin with, and only the first
    ["the share of total hubei trade", []],
    ["the share of hunan hubei trade", ["hunan"]],
    ["the shares of hubei in 2020", []],
    ["the share to hubei in 2020", []],
  ])("%s → %j", (question, wholes) => {
    expect(wholesOfShares(question)).toEqual(wholes);
  });
});
