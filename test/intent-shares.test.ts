import { describe, expect, it } from "vitest";
import { ABSTAIN, figureFactValues, intentBase, lineValues } from "./helpers/figureBase.js";

// A part's share of its whole: a city of its province, a province of its region or the nation
// (retrieval/intents/shareOfParent.ts), a subject or partner of a place's trade (shareOfPart.ts); made-up articles.
const { ask } = intentBase([
  ["zhuzhou", "Hunan cities", "2024-01-20", "In 2023, Zhuzhou's foreign trade reached 40 billion yuan. Hunan's foreign trade totaled 0.5 trillion yuan in 2023."],
  ["yrd", "Yangtze River Delta", "2024-01-21", [
    "Shanghai's foreign trade reached 4 trillion yuan in 2023. The Yangtze River Delta's foreign trade reached 16 trillion yuan in 2023.",
    "Anhui's foreign trade accounted for 5 percent of the Yangtze River Delta's total in 2023.",
  ].join(" ")],
  ["gba", "Greater Bay Area", "2024-01-22",
    "Zhongshan's foreign trade reached 250 billion yuan in 2023. The Greater Bay Area's foreign trade reached 25 trillion yuan in 2023."],
  ["china", "China", "2024-01-13", [
    "China's foreign trade reached 44 trillion yuan in 2023. The central and western regions' foreign trade reached 8.8 trillion yuan in 2023.",
    "Tibet's foreign trade accounted for 0.02 percent of the national total in 2023. China's trade with ASEAN reached 6.6 trillion yuan in 2023.",
  ].join(" ")],
  ["pingxiang", "Jiangxi cities in two currencies", "2024-01-23",
    "Pingxiang's foreign trade reached 61 billion yuan in 2023. Jiangxi's foreign trade totaled 48 billion US dollars in 2023."],
  ["ganzhou", "Ganzhou", "2023-01-24",
    "Ganzhou's foreign trade reached 77 billion yuan in 2022. Jiangxi's foreign trade reached 70 billion yuan in 2022."],
  ["hebei", "Hebei", "2024-01-13", "Qinhuangdao's foreign trade reached 30 billion yuan in 2023. Hebei's foreign trade reached 0 billion yuan in 2023."],
  ["zhoushan-br", "Zhoushan Brazil", "2024-01-22", "Zhoushan's trade with Brazil reached 2 billion US dollars in 2023."],
  ["zhoushan", "Zhoushan", "2024-01-20", [
    "Zhoushan's foreign trade reached 80 billion yuan in 2023. Private enterprises' foreign trade came to 50 billion yuan.",
    "Its trade with Singapore reached 12 billion yuan in 2023. Processing trade came to 90 billion yuan in 2023.",
    "Border trade came to 80 billion yuan in 2023.",
  ].join(" ")],
  ["zhoushan-shares", "Zhoushan shares", "2024-01-21", "Zhoushan's general trade accounted for 61 percent of its foreign trade in 2023."],
]);
const PARENT = "share of a city in its province";
const PART = "share of a subject or partner in a place's trade";

describe("a place's share of the place it belongs to", () => {
  it("divides a city's amount by its province's, whichever the question names first", () => {
    const { intent, answer } = ask("what share of hunan's 2023 trade came from zhuzhou?");
    expect(intent).toBe(PARENT);
    expect(answer?.lines[0]?.text).toBe("Zhuzhou: 40 billion yuan; Hunan: 0.5 trillion yuan in 2023. Zhuzhou made up 8% (40 ÷ 500 × 100 = 8%)");
    expect(answer?.figures.map((f) => [f.label, f.value, f.computed])).toEqual([
      ["Zhuzhou's share of Hunan's total in 2023", 8, true],
      ["Zhuzhou · foreign trade · 2023", 40, false],
      ["Hunan · foreign trade · 2023", 0.5, false],
    ]);
    expect(lineValues(answer)).toEqual([[40, 0.5]]);
    expect(figureFactValues(answer)).toEqual([[40, 0.5], [40], [0.5]]);
    expect(ask("zhuzhou's share of hunan's trade in 2023?").answer?.figures[0]).toMatchObject({ label: "Zhuzhou's share of Hunan's total in 2023", value: 8 });
  });
  it("divides a province's amount by its region's, and a city's by a region its province belongs to", () => {
    expect(ask("what share of the yangtze river delta's 2023 trade came from shanghai?").answer?.lines[0]?.text)
      .toBe("Shanghai: 4 trillion yuan; Yangtze River Delta: 16 trillion yuan in 2023. Shanghai made up 25% (4 ÷ 16 × 100 = 25%)");
    expect(ask("what share of the greater bay area's 2023 trade came from zhongshan?").answer?.figures[0])
      .toMatchObject({ value: 1, formula: "250 ÷ 25000 × 100 = 1%" });
  });
  it("divides a region's amount by the nation's", () => {
    expect(ask("what share of china's 2023 trade did the central and western regions account for?").answer?.figures[0])
      .toMatchObject({ value: 20, formula: "8.8 ÷ 44 × 100 = 20%", computed: true });
  });
  it("gives the share the text states of that whole, of the region or of the nation", () => {
    const anhui = ask("what share of the yangtze river delta's 2023 trade came from anhui?").answer;
    expect(anhui?.lines[0]?.text).toBe("Anhui: 5% of Yangtze River Delta's total");
    expect(anhui?.figures.map((f) => [f.value, f.computed])).toEqual([[5, false]]);
    expect(lineValues(anhui)).toEqual([[5]]);
    expect(ask("what share of china's 2023 trade did tibet account for?").answer?.lines[0]?.text).toBe("Tibet: 0.02% of China's total");
    // Anhui's stated share is of the delta, not of the nation, and no amount of Anhui's is stated
    expect(ask("what share of china's 2023 trade did anhui account for?").answer).toEqual(ABSTAIN);
  });
  it("abstains on a part in yuan over a whole in dollars, and on a part bigger than its whole", () => {
    expect(ask("what share of jiangxi's 2023 trade came from pingxiang?").answer).toEqual(ABSTAIN);
    expect(ask("what share of jiangxi's 2022 trade came from ganzhou?").answer).toEqual(ABSTAIN);
  });
  it("abstains on a whole of zero and on a city without an amount", () => {
    expect(ask("what share of hebei's 2023 trade came from qinhuangdao?").answer).toEqual(ABSTAIN);
    expect(ask("what share of hunan's 2023 trade came from changsha?").answer).toEqual(ABSTAIN);
  });
  it("is not the intent for two places that do not contain each other, or when an amount is asked too", () => {
    expect(ask("what share of zhuzhou's 2023 trade came from shanghai?").intent).toBeUndefined();
    expect(ask("zhuzhou's share of hunan's trade in 2023, and how much?").intent).toBeUndefined();
    expect(ask("hunan 2023 vs zhuzhou 2022: what share?").intent).toBeUndefined();
  });
});

describe("a subject's or partner's share of a place's trade", () => {
  it("divides a subject's amount by the place's total", () => {
    const { intent, answer } = ask("what share of zhoushan's trade in 2023 came from private enterprises?");
    expect(intent).toBe(PART);
    expect(answer?.lines[0]?.text).toBe("private enterprises: 50 billion yuan; Zhoushan's total: 80 billion yuan in 2023. "
      + "That is 62.5% of the total (50 ÷ 80 × 100 = 62.5%)");
    expect(answer?.figures.map((f) => [f.value, f.computed])).toEqual([[62.5, true], [50, false], [80, false]]);
    expect(lineValues(answer)).toEqual([[50, 80]]);
    expect(figureFactValues(answer)).toEqual([[50, 80], [50], [80]]);
  });
  it("divides a partner's amount by the total of its period when the question names none", () => {
    const { answer } = ask("what share of zhoushan's trade was with singapore?");
    expect(answer?.figures[0]).toMatchObject({ label: "Singapore's share of Zhoushan's total in 2023", value: 15, formula: "12 ÷ 80 × 100 = 15%" });
  });
  it("takes the nation as the place when none is named", () => {
    expect(ask("what share of 2023 trade was with asean?").answer?.lines[0]?.text)
      .toBe("ASEAN: 6.6 trillion yuan; China's total: 44 trillion yuan in 2023. That is 15% of the total (6.6 ÷ 44 × 100 = 15%)");
  });
  it("gives a share the text states", () => {
    const { answer } = ask("what share of zhoushan's 2023 trade was general trade?");
    expect(answer?.lines[0]?.text).toBe("general trade: 61% of Zhoushan's total");
    expect(answer?.figures.map((f) => [f.value, f.computed])).toEqual([[61, false]]);
    expect(lineValues(answer)).toEqual([[61]]);
  });
  it("abstains on a part larger than its whole, on two currencies and on a part without an amount", () => {
    expect(ask("what share of zhoushan's 2023 trade was processing trade?").answer).toEqual(ABSTAIN);
    expect(ask("what share of zhoushan's 2023 trade was with brazil?").answer).toEqual(ABSTAIN);
    // a part as large as its whole is not a part of it
    expect(ask("what share of zhoushan's 2023 trade was border trade?").answer).toEqual(ABSTAIN);
    expect(ask("what share of zhoushan's 2023 trade was bonded logistics?").answer).toEqual(ABSTAIN);
  });
  it("is not the intent for a part named twice over, an amount asked too, or a share the question gives", () => {
    expect(ask("what share of zhoushan's 2023 trade was with singapore and general trade?").intent).toBeUndefined();
    expect(ask("how much of zhoushan's 2023 trade was private enterprises, and what share?").intent).not.toBe(PART);
    expect(ask("zhoushan's 2023 trade grew 5%: what share of it was with singapore?").intent).not.toBe(PART);
  });
});
