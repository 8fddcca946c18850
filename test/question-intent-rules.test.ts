import { describe, expect, it } from "vitest";
import { parseQuestion } from "../retrieval/figures/query.js";

// The intent a question's wording gives it (intentOf in retrieval/figures/query.ts), rule by rule: each rule's cue,
// and beside it a question of the same shape that lacks one of the rule's conditions. Made-up questions.
const intent = (question: string) => parseQuestion(question).intent;

describe("an exchange rate", () => {
  it.each([
    "what was the exchange rate in 2020?",
    "what yuan/dollar rate does it give?",
    "what yuan per us dollar rate does it give?",
    "what yuan to dollar rate does it give?",
    "the yuan-to-dollar rate in the text?",
    "what dollar/yuan rate does it give?",
    "what dollar-to-yuan rate does it give?",
    "what yuan-dollar rate?",
    "what yuan dollar rate?",
    "what yuan-per-dollar rate?",
    "what yuan per-dollar rate?",
    "yuan-to-us dollar rate?",
    "what yuan to-dollar rate?",
    "what dollar yuan rate?",
    "what dollar-yuan rate?",
    "what dollar per yuan rate?",
    "what dollar-per-yuan rate?",
    "what dollar to-yuan rate?",
  ])("%s", (question) => {
    expect(intent(question)).toBe("exchange_rate");
  });
  it("is not asked by an amount wanted in both currencies", () => {
    expect(intent("what was hunan's trade in yuan and in dollars in 2020?")).toBe("lookup");
  });
});

describe("an earlier level implied by a stated growth", () => {
  it.each([
    "based on the 12% growth, what was hunan's trade in 2019?",
    "going by its 12% growth, what was hunan's trade in 2019?",
    "judging by the 12% growth, what was hunan's trade in 2019?",
    "what does the 12% growth imply hunan's trade was in 2019?",
    "what do the 12% growth figures imply for hunan's trade in 2019?",
    "hunan's trade grew 12% in 2020: what 2019 trade is implied?",
    "given hunan grew 12%, what was its trade in 2019?",
  ])("%s", (question) => {
    expect(intent(question)).toBe("implied_previous");
  });
  it("needs a reasoning word and a stated percent", () => {
    expect(intent("given its growth, what was hunan's trade in 2019?")).toBe("lookup");
    expect(intent("hunan grew 12% in 2020; what was its trade in 2019?")).toBe("lookup");
  });
  it("is a whole, not an earlier level, when a share or China's figure is asked", () => {
    expect(intent("given the 12% growth, what was hunan's share in 2019?")).toBe("implied_whole");
    expect(intent("given the 12% growth, what was hunan's trade of china in 2019?")).toBe("implied_whole");
    expect(intent("given the 12% growth, what was hunan's trade of the country in 2019?")).toBe("implied_whole");
  });
});

describe("a whole implied by a part and its share", () => {
  it("from a share named with a reasoning word, or a percent and 'so how big' / 'what was the total'", () => {
    expect(intent("going by hunan's share, how big was china's trade?")).toBe("implied_whole");
    expect(intent("hunan's trade was 5% of china's; so how big was china's?")).toBe("implied_whole");
    expect(intent("hunan's trade was 5% of china's; so what was china's?")).toBe("implied_whole");
    expect(intent("hunan's trade was 5% of china's; what was china's total?")).toBe("implied_whole");
    expect(intent("hunan's trade was 5% of china's; how much were the country's total exports?")).toBe("implied_whole");
  });
  it("not from a percent alone, nor from 'so how big' without a percent", () => {
    expect(intent("hunan's trade was 5% of china's; how big was china's?")).toBe("lookup");
    expect(intent("hunan's trade was large; so how big was china's?")).toBe("lookup");
  });
});

describe("a surplus, a sum, a share of a period", () => {
  it("reads a surplus or a deficit asked", () => {
    expect(intent("what was hunan's trade surplus with japan in 2020?")).toBe("surplus");
    expect(intent("hunan's deficit in 2020?")).toBe("surplus");
  });
  it.each([
    "hunan and hubei exports altogether in 2020?",
    "hunan and hubei in total in 2020?",
    "hunan and hubei exports together in 2020?",
    "how much did hunan and hubei export, the sum of both?",
  ])("sums two sides: %s", (question) => {
    expect(intent(question)).toBe("sum");
  });
  it("sums two subjects (general and processing trade) as two sides", () => {
    expect(intent("hunan's general and processing trade combined in 2020?")).toBe("sum");
  });
  it.each([
    "what proportion of hunan's h1 2020 trade came in q1 2020?",
    "what percentage of hunan's h1 2020 trade came in q1 2020?",
    "what percent of hunan's h1 2020 trade came in q1 2020?",
    "how much of hunan's h1 2020 trade came in q1 2020?",
  ])("a share of one period's figure in another: %s", (question) => {
    expect(intent(question)).toBe("share_of");
  });
  it("no share of a period with one period named", () => {
    expect(intent("how much of hunan's 2020 trade was with japan?")).toBe("lookup");
  });
});

describe("a position, a comparison, a ranking, a list", () => {
  it.each([
    "what rank did hunan hold in 2020?",
    "what place did hunan take in 2020?",
    "hunan ranked nationally where in 2020?",
    "where did hunan's exports rank in 2020?",
  ])("a position: %s", (question) => {
    expect(intent(question)).toBe("rank_position");
  });
  it.each([
    "hunan's trade in 2020 and 2021: how far apart?",
    "hunan and hubei: the gap in 2020?",
    "hunan and hubei: the difference in 2020?",
    "hunan or hubei, which was bigger in 2020?",
    "hunan or hubei, which is larger?",
    "hunan or hubei, which were higher in 2020?",
    "hunan and hubei, which traded more in 2020?",
    "hunan and hubei, which grew in 2020?",
    "hunan vs. hubei 2020",
    "hunan vs hubei 2020",
    "hunan versus hubei 2020",
    "hunan and hubei comparison 2020",
    "hunan compares with hubei 2020",
    "hunan compared to hubei 2020",
    "hunan beat hubei in 2020?",
    "did hunan outpaces hubei in 2020?",
    "did hunan trade less than hubei in 2020?",
    "did hunan's exports grow slower than hubei's in 2020?",
    "hunan and hubei's exports in 2020: whose were larger?",
    "hunan and hubei's exports in 2020: how many percentage points apart?",
    "how much higher was hunan's growth than hubei's in 2020?",
    "how much lower was hunan's growth in 2020 than in 2021?",
    "hunan and hubei growth in 2020, by how much did they differ?",
  ])("a comparison of two sides: %s", (question) => {
    expect(intent(question)).toBe("comparison");
  });
  it("compares two sides with 'which partner' (a word the documents use, so left as typed)", () => {
    const words = new Set(["partner"]);
    expect(parseQuestion("japan or korea: which partner of hunan?", { words }).intent).toBe("comparison");
  });
  it("compares one side with a rate the question states ('how many percentage points', 'how much faster', 'beat')", () => {
    expect(intent("how many percentage points above 5% did hunan's growth come in 2020?")).toBe("comparison");
    expect(intent("how much faster than 5% did hunan grow in 2020?")).toBe("comparison");
    expect(intent("did hunan beat its 5% target in 2020?")).toBe("comparison");
  });
  it("needs two sides for 'bigger', 'more' or 'than'", () => {
    expect(intent("was hunan's processing trade bigger in 2020?")).toBe("lookup");
    expect(intent("did hunan trade more in 2020?")).toBe("lookup");
  });
  it.each([
    "which province had the highest trade in 2020?",
    "which province traded most in 2020?",
    "which province had the largest exports in 2020?",
    "which province had the biggest exports in 2020?",
    "which province had the smallest exports in 2020?",
    "which province grew fastest in 2020?",
    "which province grew slowest in 2020?",
    "which province had the lowest trade in 2020?",
    "rank the provinces by trade in 2020",
    "top 5 provinces by trade in 2020",
    "the top provinces by trade in 2020",
    "order hunan, hubei and jiangxi by growth in 2020",
    "sort the provinces by value in 2020",
    "sorted by value, hunan, hubei and jiangxi's 2020 exports",
  ])("a ranking: %s", (question) => {
    expect(intent(question)).toBe("rank");
  });
  it("reads no ranking in 'in order to', nor in what a place says was highest", () => {
    expect(intent("in order to grow, what did hunan export in 2020?")).toBe("lookup");
    expect(intent("which province did officials say had the highest growth in 2020?")).toBe("list");
  });
  it.each([
    "which province's exports grew in 2020?",
    "list the provinces whose exports grew in 2020",
    "name the provinces whose exports grew in 2020",
    "what goods did hunan import in 2020?",
    "to which markets did hunan export in 2020?",
    "who are hunan's major trading partners?",
  ])("a list of names: %s", (question) => {
    expect(intent(question)).toBe("list");
  });
  it("a lookup when nothing else is asked", () => {
    expect(intent("how much did hunan export in 2020?")).toBe("lookup");
  });
});
