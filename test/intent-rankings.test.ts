import { describe, expect, it } from "vitest";
import { ABSTAIN, intentBase } from "./helpers/figureBase.js";

// Rankings within one place (retrieval/intents/rankWithin.ts): its cities, a region's members, its partners, a bloc's
// members, its trade modes, enterprise types and products; over made-up articles (invented figures).
const { ask } = intentBase([
  // first, so that a ranking which took them would meet them first: a member's trade with a partner is not the member's
  // total, and a trade mode's trade with a partner is not the partner's
  ["mixed", "Zhejiang and Inner Mongolia", "2024-01-20", [
    "Zhejiang's trade with the United States reached 6 trillion yuan in 2023.",
    "Inner Mongolia's processing trade with Russia reached 60 billion yuan in 2023.",
  ].join(" ")],
  ["china", "China partners", "2024-01-13", [
    "In 2023, China's trade with ASEAN reached 7 trillion yuan, its trade with the European Union reached 5.5 trillion yuan",
    "and its trade with the United States reached 4.7 trillion yuan.",
  ].join(" ")],
  ["im-cities", "Inner Mongolia cities", "2024-01-25", [
    "In 2023, Hohhot's foreign trade reached 20 billion yuan, Baotou's foreign trade reached 45 billion yuan and Ordos's foreign trade",
    "reached 30 billion yuan. Hohhot's foreign trade grew 9 percent, Baotou's grew 2 percent and Ordos's fell 4 percent in 2023.",
  ].join(" ")],
  ["im-partners", "Inner Mongolia partners", "2024-01-27", [
    "In 2023, Inner Mongolia's trade with Vietnam reached 3 billion yuan, its trade with Thailand reached 4 billion yuan and its trade",
    "with the Association of Southeast Asian Nations reached 12 billion yuan. Its trade with the Belt and Road countries reached 50 billion",
    "yuan. Its trade with Mongolia reached 45 billion yuan. Its trade with Russia reached 2 billion US dollars. Its exports to Mongolia",
    "came to 18 billion yuan, and its exports to Russia came to 30 billion yuan. Its imports from Mongolia came to 27 billion yuan, and",
    "its imports from Russia came to 15 billion yuan.",
  ].join(" ")],
  ["im-modes", "Inner Mongolia modes", "2024-01-28", [
    "In 2023, Inner Mongolia's general trade rose 10 percent to 120 billion yuan, border trade fell 5 percent to 40 billion yuan,",
    "and processing trade rose 3 percent to 8 billion yuan. Private enterprises' foreign trade rose 8 percent to 150 billion yuan,",
    "and state-owned enterprises' foreign trade rose 2 percent to 20 billion yuan. Exports of electric vehicles rose 60 percent.",
    "Exports of lithium-ion batteries rose 25 percent. Exports of solar cells fell 10 percent. Exports of steel rose 5 percent.",
  ].join(" ")],
  ["yrd", "Yangtze River Delta", "2024-01-26", [
    "In 2023, Zhejiang's foreign trade reached 4.9 trillion yuan, Jiangsu's foreign trade reached 5.3 trillion yuan, Anhui's foreign",
    "trade reached 800 billion yuan and Shanghai's foreign trade reached 4.2 trillion yuan.",
  ].join(" ")],
]);
const RANK = "rank within a place";
const text = (question: string) => ask(question).answer?.lines[0]?.text;
const values = (question: string) => ask(question).answer?.figures.map((f) => f.value);

describe("a province's cities ranked", () => {
  it("ranks them largest first, smallest first when asked, as many as asked", () => {
    expect(text("rank inner mongolia's cities by trade in 2023"))
      .toBe("Ranked by Inner Mongolia cities' foreign trade, 2023: 1. Baotou 45 billion yuan; 2. Ordos 30 billion yuan; 3. Hohhot 20 billion yuan");
    expect(values("which 2 inner mongolia cities had the smallest trade in 2023?")).toEqual([20, 30]);
  });
  it("ranks them by growth, and keeps only those that grew or fell when that is asked", () => {
    expect(text("which inner mongolia cities grew fastest in 2023?"))
      .toBe("Ranked by Inner Mongolia cities' foreign trade, growth, 2023: 1. Hohhot 9%; 2. Baotou 2%; 3. Ordos -4%");
    expect(values("which inner mongolia cities grew in 2023?")).toEqual([9, 2]);
    expect(values("which inner mongolia cities saw trade fall in 2023?")).toEqual([-4]);
    // both asked: no filter
    expect(values("which inner mongolia cities saw trade decline and which grew in 2023?")).toEqual([9, 2, -4]);
  });
  it("abstains when asked for more than the documents give", () => {
    const { intent, answer } = ask("which 4 inner mongolia cities had the largest trade in 2023?");
    expect(intent).toBe(RANK);
    expect(answer).toEqual(ABSTAIN);
  });
});

describe("a region's members ranked", () => {
  it("ranks the provinces across scales, and says they are the region's members", () => {
    expect(text("rank the yangtze river delta's members by trade in 2023")).toBe("Ranked by Yangtze River Delta members' foreign trade, 2023: "
      + "1. Jiangsu 5.3 trillion yuan; 2. Zhejiang 4.9 trillion yuan; 3. Shanghai 4.2 trillion yuan; 4. Anhui 800 billion yuan");
    expect(values("rank the yangtze river delta's provinces by trade in 2023, smallest first")).toEqual([800, 4.2, 4.9, 5.3]);
  });
});

describe("a place's partners ranked", () => {
  it("ranks a bloc as a whole, not beside its members, nor an initiative that overlaps them; not a partner in another currency", () => {
    const { intent, answer } = ask("rank inner mongolia's trading partners in 2023");
    expect(intent).toBe(RANK);
    expect(answer?.lines[0]?.text).toBe("Ranked by Inner Mongolia's trade with each partner, 2023: 1. Mongolia 45 billion yuan; "
      + "2. Association of Southeast Asian Nations (ASEAN) 12 billion yuan");
    expect(values("rank inner mongolia's trading partners in 2023, smallest first")).toEqual([12, 45]);
  });
  it("ranks the nation's partners when the question names the nation", () => {
    expect(text("rank china's trading partners in 2023")).toBe("Ranked by China's trade with each partner, 2023: 1. ASEAN 7 trillion yuan; "
      + "2. European Union (EU) 5.5 trillion yuan; 3. United States (US) 4.7 trillion yuan");
  });
  it("ranks the members of a bloc when asked within it", () => {
    expect(text("who was inner mongolia's largest trading partner within asean in 2023?"))
      .toBe("Ranked by Inner Mongolia's trade with each partner, 2023: 1. Thailand 4 billion yuan; 2. Vietnam 3 billion yuan");
  });
  it("ranks by the flow asked: exports to, imports from", () => {
    expect(text("rank inner mongolia's export markets in 2023"))
      .toBe("Ranked by Inner Mongolia's exports to each partner, 2023: 1. Russia 30 billion yuan; 2. Mongolia 18 billion yuan");
    expect(text("rank inner mongolia's import sources in 2023"))
      .toBe("Ranked by Inner Mongolia's imports from each partner, 2023: 1. Mongolia 27 billion yuan; 2. Russia 15 billion yuan");
  });
  it("ranks the partners named, an initiative and a bloc member among them, and names the one with no figure", () => {
    expect(values("rank inner mongolia's trade with mongolia, vietnam and the belt and road countries in 2023")).toEqual([50, 45, 3]);
    // (a named partner with no figure is said to be missing, never left out of the ranking as if it were whole)
    const partial = ask("rank inner mongolia's trade with mongolia, vietnam and japan in 2023").answer;
    expect(partial?.figures.map((f) => f.value)).toEqual([45, 3]);
    expect(partial?.missing).toEqual(["Japan's figure"]);
  });
  it("abstains on a ranking asked of more partners, or by a measure, than the documents give", () => {
    expect(ask("rank inner mongolia's top 3 trading partners in 2023").answer).toEqual(ABSTAIN);
    expect(ask("rank inner mongolia's trading partners by share in 2023").answer).toEqual(ABSTAIN);
  });
});

describe("a place's trade modes, enterprise types and products ranked", () => {
  it("ranks trade modes by value and by growth", () => {
    expect(text("rank inner mongolia's trade modes in 2023")).toBe("Ranked by Inner Mongolia's foreign trade, 2023: 1. general trade 120 billion yuan; "
      + "2. border trade 40 billion yuan; 3. processing trade 8 billion yuan");
    expect(values("rank inner mongolia's trade modes by growth in 2023")).toEqual([10, 3, -5]);
    expect(values("which trade modes of inner mongolia fell in 2023?")).toEqual([-5]);
  });
  it("gives each item's growth beside its value when asked", () => {
    const { answer } = ask("rank inner mongolia's trade modes by value in 2023, with their growth");
    expect(answer?.lines[0]?.text).toBe("Ranked by Inner Mongolia's foreign trade, 2023: 1. general trade 120 billion yuan (growth 10%); "
      + "2. border trade 40 billion yuan (growth -5%); 3. processing trade 8 billion yuan (growth 3%)");
    expect(answer?.figures.map((f) => f.value)).toEqual([120, 40, 8, 10, -5, 3]);
    expect(answer?.lines[0]?.facts.map((f) => f.value)).toEqual([120, 40, 8, 10, -5, 3]);
  });
  it("ranks enterprise types, smallest first when asked, and abstains when none changed the way asked", () => {
    expect(values("rank inner mongolia's enterprises by trade in 2023, smallest first")).toEqual([20, 150]);
    expect(ask("which enterprise types of inner mongolia saw trade fall in 2023?").answer).toEqual(ABSTAIN);
  });
  it("ranks a product group's members, or all products exported", () => {
    expect(text("rank inner mongolia's 'new three' exports by growth in 2023")).toBe("Ranked by Inner Mongolia's exports, growth, 2023: "
      + "1. electric vehicles 60%; 2. lithium-ion batteries 25%; 3. solar cells -10%");
    expect(values("rank inner mongolia's exported products by growth in 2023")).toEqual([60, 25, 5, -10]);
    expect(values("which of inner mongolia's export products fell in 2023?")).toEqual([-10]);
  });
  it("abstains on a ranking by value when only growth is stated", () => {
    expect(ask("rank inner mongolia's export goods in 2023").answer).toEqual(ABSTAIN);
  });
});
