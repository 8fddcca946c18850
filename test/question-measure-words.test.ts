import { describe, expect, it } from "vitest";
import { parseQuestion } from "../retrieval/figures/query.js";

// The words that make a question ask a growth, a share, an amount, a gap in points, a count or a rank, each word on
// its own and beside the words that undo it: made-up questions, read without an index.
const measures = (question: string) => parseQuestion(question).measures;

describe("a growth asked", () => {
  it.each([
    "hunan's trade grew in 2020", "hunan's trade grow in 2020", "hunan's trade growth in 2020",
    "hunan's trade yoy in 2020", "hunan's trade y-o-y in 2020", "hunan's trade year-on-year in 2020",
    "hunan's trade year on year in 2020", "hunan's trade grown in 2020", "hunan's trade growing in 2020",
    "was hunan fast in 2020?", "was hunan faster in 2020?", "was hunan slower in 2020?",
    "hunan's trade increase in 2020", "hunan's trade increases in 2020", "hunan's trade increased in 2020",
    "hunan's trade rise in 2020", "hunan's trade rises in 2020", "hunan's trade rose in 2020",
    "hunan's trade risen in 2020", "hunan's trade surge in 2020", "hunan's trade surges in 2020",
    "hunan's trade surged in 2020", "hunan's trade jump in 2020", "hunan's trade jumps in 2020",
    "hunan's trade jumped in 2020", "hunan's trade gain in 2020", "hunan's trade gains in 2020",
    "hunan's trade gained in 2020", "hunan's trade change in 2020", "hunan's trade changes in 2020",
    "hunan's trade changed in 2020", "hunan's trade fall in 2020", "hunan's trade falls in 2020",
    "hunan's trade fell in 2020", "hunan's trade fallen in 2020", "hunan's trade drop in 2020",
    "hunan's trade drops in 2020", "hunan's trade dropped in 2020", "hunan's trade decline in 2020",
    "hunan's trade declines in 2020", "hunan's trade declined in 2020", "hunan's trade shrink in 2020",
    "hunan's trade shrank in 2020", "hunan's trade contract in 2020", "hunan's trade contracted in 2020",
    "HUNAN'S TRADE GREW IN 2020",
    "hunan's exports in 2020, up how much?", "hunan's exports in 2020, up by how much?",
    "hunan's exports in 2020, up  by  how  much?",
  ])("%s", (question) => {
    expect(measures(question)).toEqual(["growth", "multiple"]);
  });
  it.each([
    "hunan's trade jumping in 2020", "hunan's trade risers in 2020",
    "hunan's trade, up to how much in 2020?",
  ])("none in %s", (question) => {
    expect(measures(question)).not.toContain("growth");
  });
});

describe("a growth asked with 'how much'", () => {
  it.each([
    "how much did hunan's trade grow in 2020?", "how much did hunan's trade rise in 2020?",
    "how much did hunan's trade fall in 2020?", "how much did hunan's trade drop in 2020?",
    "how much did hunan's trade dropped in 2020?", "how much did hunan's trade decline in 2020?",
    "how much did hunan's trade declined in 2020?",
    "how much did hunan's trade increase in 2020?", "how much did hunan's trade growth reach in 2020?",
    "how much did hunan export growth rise in 2020?", "how much did hunan import rise in 2020?",
    "how much did hunan trade grow in 2020?", "how much did hunan export fall in 2020?",
    "how much did hunan import decline in 2020?", "how much did hunan trade increase in 2020?",
    "how much did hunan trade drop in 2020?",
  ])("asks only the growth in %s", (question) => {
    expect(measures(question)).toEqual(["growth", "multiple"]);
  });
  it.each([
    // an amount asked beside the change
    "how much did hunan trade and how much did it grow in 2020?",
    "how much was hunan's trade, and did it grow?",
    "how much was hunan's trade growth in 2020?",
    "how much were hunan's exports as they grew in 2020?",
    "how much is hunan's trade increase in 2020?",
    "how much did hunan's trade change in 2020?",
    "how much did hunan import, rise in 2020?",
    "how much; hunan growth in 2020", "how much + hunan growth in 2020", "how much & hunan growth in 2020",
    "how much – hunan growth in 2020", "how much - hunan growth in 2020", "how much , hunan growth in 2020",
    "how much and hunan growth in 2020",
  ])("asks the amount too in %s", (question) => {
    expect(measures(question)).toEqual(["growth", "multiple", "amount"]);
  });
});

describe("an amount and a growth, or an amount and a share, asked together", () => {
  it.each([
    ["hunan's trade in 2020 and its yoy?", ["growth", "multiple", "amount"]],
    ["hunan's exports in 2020 and how they changed?", ["growth", "multiple", "amount"]],
    ["hunan's exports in 2020 and how they moved?", ["amount"]],
    ["hunan's exports in 2020 + the rise?", ["growth", "multiple", "amount"]],
    ["hunan's imports & the increase?", ["growth", "multiple", "amount"]],
    ["hunan's imports in 2020 and how much they increased?", ["growth", "multiple", "amount"]],
    ["hunan's imports in 2020 and the change?", ["growth", "multiple", "amount"]],
    ["hunan's export in 2020 and the grow?", ["growth", "multiple", "amount"]],
    ["hunan's trade growth and the exports in 2020?", ["growth", "multiple"]],
    ["hunan's yoy trade and the exports in 2020?", ["growth", "multiple"]],
    ["what was the zone's trade in 2013 and its share of the province's total?", ["share", "amount"]],
    ["hunan trade and share of the city in 2020", ["share", "amount"]],
    ["hunan trade and the proportion of the city in 2020", ["share", "amount"]],
    ["hunan's exports and their share of the city in 2020", ["share", "amount"]],
    ["hunan's trade with laos in 2020 + what share of hunan's total was it", ["share", "amount"]],
    ["hunan's exports to laos in 2020 & their share of the total", ["share", "amount"]],
    ["what share of hunan's trade and its share of exports in 2020", ["share"]],
    ["the proportion of hunan's trade and the share of exports in 2020", ["share"]],
    ["the percentage of hunan's trade and its share of exports in 2020", ["share"]],
    ["the pct of hunan's trade and its share of exports in 2020", ["share"]],
  ])("%s → %j", (question, asked) => {
    expect(measures(question)).toEqual(asked);
  });
});

describe("a share asked", () => {
  it.each([
    ["hunan's trade in 2020 as a % of china's?", ["share"]],
    ["hunan's exports made up what of china's in 2020?", ["share"]],
    ["hunan's exports makes up what of china's in 2020?", ["share"]],
    ["what did hunan's exports make up of china's in 2020?", ["share"]],
    ["what did hunan's exports account for of china's in 2020?", ["share"]],
    ["what did hunan's exports accounted for of china's in 2020?", ["share"]],
    ["hunan's exports accounts for what of china's?", ["share"]],
    ["what pct of hunan's trade went through ports in 2020?", ["share"]],
    ["what percentage of china's trade did hunan's exports have?", ["share"]],
    ["hunan's share of the national total in 2020?", ["share"]],
    ["hunan's shares in 2020?", ["share"]],
    ["hunan's imports as a pct of the total in 2020?", ["share"]],
    ["hunan's imports as a proportion of china's total in 2020?", ["share"]],
    ["hunan's share of the total trade in 2020", ["share"]],
    ["hunan's pct of total trade in 2020", ["share"]],
    ["hunan's percent of total trade in 2020", ["share"]],
    ["hunan's proportion of total trade in 2020", ["share"]],
    ["hunan's % of total trade in 2020", ["share"]],
    ["hunan exports as a percent of the national total in 2020", ["share"]],
    ["hunan exports as a percent of the total in 2020", ["share"]],
    ["hunan exports as a % of china's total in 2020", ["share"]],
    ["hunan exports as a % of china’s total in 2020", ["share"]],
    ["hunan exports as a share of guangdong province's total in 2020", ["share"]],
    ["hunan's trade, percent in 2020", []],
    ["hunan's trade shareholders in 2020", []],
  ])("%s → %j", (question, asked) => {
    expect(measures(question)).toEqual(asked);
  });
  it.each([
    ["what share of china's trade did hunan have?", ["share"]],
    ["what percent of china's trade did hunan have?", ["share"]],
    ["what percentage of china's trade did hunan have?", ["share"]],
    ["what pct of china's trade did hunan have?", ["share"]],
    ["what proportion of china's trade did hunan have?", ["share"]],
    ["  what share of china's trade value did hunan have?", ["share"]],
    ["what share of china's trade did hunan have, and how much?", ["share", "amount"]],
    ["what share of china's trade did hunan have and how big?", ["share", "amount"]],
    ["what share of china's trade did hunan have, and what value?", ["share", "amount"]],
    ["what share of china's trade did hunan have and what value?", ["share", "amount"]],
    ["what share of china's trade did hunan have and how large a value?", ["share", "amount"]],
    ["what pct of china's trade did hunan have and its value?", ["share", "amount"]],
    ["what proportion of china's trade did hunan have and their value?", ["share", "amount"]],
    ["what proportion of china's trade did hunan have and the value?", ["share", "amount"]],
    ["what percentage of china's trade did hunan have, and its growth?", ["growth", "multiple", "share", "amount"]],
    ["and what share of china's trade value did hunan have?", ["share", "amount"]],
    ["so, what share of china's trade value did hunan have?", ["share", "amount"]],
  ])("%s → %j", (question, asked) => {
    expect(measures(question)).toEqual(asked);
  });
});

describe("an amount asked", () => {
  it.each([
    "how big was hunan's trade in 2020?", "how much trade did hunan do in 2020?", "hunan's trade value in 2020",
    "hunan's trade volume in 2020", "hunan's trade worth in 2020", "the size of hunan's trade in 2020",
    "hunan's export amount in 2020", "hunan's trade of 5 billion yuan in 2020", "hunan's trade of 5 trillion yuan in 2020",
    "did hunan's trade get bigger in 2020?", "was hunan's trade larger in 2020?", "was hunan's the largest trade?",
    "was hunan's the biggest trade?", "was hunan's the smallest trade?", "did hunan trade more in 2020?",
    "did hunan traded more in 2020?", "how much trade did hunan do in 2020?", "hunan's trade total in 2020",
    "hunan's total in 2020", "hunan's trade in yuan in 2020", "hunan's trade in rmb in 2020",
    "hunan's trade in usd in 2020", "hunan's trade in us dollars in 2020", "hunan's trade in dollars in 2020",
    "what was hunan's trade in 2020?", "what were hunan's exports in 2020?", "what is hunan's import volume in 2020?",
    "what are hunan's export values in 2020?", "what is hunan's export in 2020?", "what was hunan's value in 2020?",
    "what was hunan's trade growth rate beside its share of 2020 volume?",
    "HOW MUCH DID HUNAN TRADE IN 2020?",
  ])("%s", (question) => {
    expect(measures(question)).toContain("amount");
  });
  it.each([
    "what was hunan's trade growth in 2020?", "what was hunan's trade share in 2020?",
    "what was hunan's trade surplus in 2020?", "what was hunan's trade deficit in 2020?",
    "what were hunan's trade partners in 2020?", "what was hunan's trade growth?",
    "hunan's share of the total in 2020", "hunan's exports as a % of the total in 2020",
    "hunan's exports as a percent of total trade in 2020", "hunan's exports as a pct of the national total in 2020",
    "hunan's exports as a proportion of the total in 2020", "hunan's exports, totally new goods in 2020",
    "hunan's trade in dollarz in 2020", "what was hunan like in 2020?",
  ])("none in %s", (question) => {
    expect(measures(question)).not.toContain("amount");
  });
});

describe("a gap in points, a count, a rank", () => {
  it.each([
    ["hunan's exports percentage point change in 2020", ["growth", "multiple", "pp_gap", "pp_change"]],
    ["hunan's exports, how many points in 2020?", ["pp_gap", "pp_change"]],
    ["hunan's exports, how many point in 2020?", ["pp_gap", "pp_change"]],
    ["hunan's exports in percentage points in 2020?", ["pp_gap", "pp_change"]],
    ["hunan's growth against the national average in 2020", ["growth", "multiple", "pp_gap"]],
    ["hunan's growth versus the regional level in 2020", ["growth", "multiple", "pp_gap"]],
    ["hunan's growth vs. the provincial rate in 2020", ["growth", "multiple", "pp_gap"]],
    ["hunan's growth vs the country's figure in 2020", ["growth", "multiple", "pp_gap"]],
    ["hunan's growth vs the country’s figure in 2020", ["growth", "multiple", "pp_gap"]],
    ["hunan's growth relative to the nationwide average in 2020", ["growth", "multiple", "pp_gap"]],
    ["hunan's growth compared with the national average in 2020", ["growth", "multiple", "pp_gap"]],
    ["hunan's growth comparing to national average in 2020", ["growth", "multiple", "pp_gap"]],
    ["hunan's growth against the local average in 2020", ["growth", "multiple"]],
    ["hunan's growth implied against the national average in 2020", ["growth", "multiple"]],
    ["how far above the national average was hunan's growth in 2020?", ["growth", "multiple", "pp_gap"]],
    ["how far below the average was hunan's growth in 2020?", ["growth", "multiple", "pp_gap"]],
    ["how much ahead of the national rate was hunan's growth?", ["growth", "multiple", "pp_gap"]],
    ["how many points behind the national rate was hunan's growth?", ["growth", "multiple", "pp_gap", "pp_change"]],
    ["how much higher than the national rate was hunan's growth?", ["growth", "multiple", "pp_gap"]],
    ["how many percentage points lower than the national rate was hunan?", ["pp_gap", "pp_change"]],
    ["how far faster than the national rate did hunan grow?", ["growth", "multiple", "pp_gap"]],
    ["how far slower than the national rate did hunan grow?", ["growth", "multiple", "pp_gap"]],
    ["how far above the national average does hunan's growth imply?", ["growth", "multiple"]],
    ["how far above the others was hunan's growth?", ["growth", "multiple"]],
    ["how far from the national average was hunan's growth?", ["growth", "multiple"]],
    ["how many tonnes did hunan export in 2020?", ["count"]],
    ["hunan's rank in 2020?", ["rank"]],
    ["hunan's ranked exports in 2020?", ["rank"]],
    ["hunan's ranking in 2020?", ["rank"]],
    ["hunan's position in 2020?", ["rank"]],
    ["hunan's export place in 2020?", ["rank"]],
  ])("%s → %j", (question, asked) => {
    expect(measures(question)).toEqual(asked);
  });
});

describe("a change in a count", () => {
  it("asks the change of the count, no amount of money, when no money is named", () => {
    expect(measures("how many trips did hunan's trains make, and how much did that rise in 2020?"))
      .toEqual(["growth", "multiple", "count"]);
    expect(measures("how many trips did hunan's trains make, and how much did their value rise in 2020?"))
      .toEqual(["growth", "multiple", "amount", "count"]);
    expect(measures("how many trips did hunan's trains make, and how much did their yuan worth rise in 2020?"))
      .toEqual(["growth", "multiple", "amount", "count"]);
  });
});
