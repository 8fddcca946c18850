import { describe, expect, it } from "vitest";
import { ABSTAIN, askIntent, baseOf, computed, type Doc } from "./helpers/figureBase.js";

// Made-up articles (invented figures) in the shapes the intents read; each test asks one question shape of them.
const DOCS: Doc[] = [
  ["shaanxi", "Shaanxi trade in H1", "2022-07-20",
    "Shaanxi's foreign trade reached 240 billion yuan in the first half of 2022, up 10 percent. Exports rose 20 percent to 150 billion yuan."],
  ["gansu", "Gansu trade", "2023-01-20", "Gansu's foreign trade reached 50 billion yuan in 2022. Its imports came to 30 billion yuan.\nGansu's foreign trade reached 40 billion yuan in 2021."],
  ["anhui", "Anhui trade", "2023-01-25",
    "Anhui's foreign trade grew 8 percent in 2022. The growth rate was 0.3 percentage points higher than the national average."],
  ["henan", "Henan trade in Q3", "2022-10-25",
    "Henan's exports reached 80 billion yuan in the first three quarters of 2022, while imports came to 40 billion yuan."],
  ["hunan", "Hunan trade", "2022-08-20", [
    "Hunan's foreign trade reached 300 billion yuan in the first half of 2022.",
    "General trade rose 12.5 percent to 200 billion yuan, and processing trade fell 2.5 percent to 60 billion yuan.",
    "Exports to the Association of Southeast Asian Nations, the European Union and the United States were 40 billion yuan, "
      + "25 billion yuan and 35 billion yuan respectively.",
  ].join(" ")],
  ["hunan-lists", "Hunan trade in 2022", "2023-01-20", [
    "Hunan's foreign trade grew 7 percent in 2022. Its three biggest trading partners were ASEAN, Japan and Australia.",
    "The province's three biggest exports are cars, phones and shoes.",
    "Changsha, Zhuzhou and Xiangtan were the three cities with the fastest export growth.",
  ].join(" ")],
  ["xinjiang", "Xinjiang trade", "2023-01-20", "Xinjiang's trade grew in 2022. Xinjiang's border, about 5,000 km long, adjoins Kazakhstan, Mongolia and Russia."],
  ["shaanxi-march", "Shaanxi in March", "2022-04-20", "Shaanxi's foreign trade reached 30 billion yuan in March 2022, 5 percent less than in February."],
  ["jiangsu", "Jiangsu cities", "2023-02-01",
    "In 2022, Wuxi's foreign trade reached 700 billion yuan, Changzhou's foreign trade reached 300 billion yuan and Nantong's foreign trade "
      + "reached 400 billion yuan. Jiangsu's foreign trade totaled 5 trillion yuan in 2022."],
];
const base = baseOf(DOCS);
const ask = (question: string) => askIntent(base, question);

describe("a flow implied by the total and the other flow", () => {
  it("subtracts the stated flow from the total and works out the growth through the year-earlier levels", () => {
    const { intent, answer } = ask("how much did shaanxi import in the first half of 2022, and how fast did that grow?");
    expect(intent).toBe("a flow implied by the total and the other flow");
    // 240 ÷ 1.1 − 150 ÷ 1.2 = 93.18 a year earlier; 90 ÷ 93.18 − 1 = −3.41%
    expect(computed(answer)).toEqual([[-3.41, "%"], [90, "billion yuan"]]);
    expect(answer?.figures[1]).toMatchObject({
      label: "Shaanxi · imports (total − exports) in first half of 2022",
      formula: "240 − 150 = 90 billion yuan",
    });
    expect(answer?.figures[0]?.formula).toBe("(240 ÷ 1.1 − 150 ÷ 1.2) = 93.18 a year earlier; 90 ÷ 93.18 − 1 = -3.41%");
    expect(answer?.lines[0]?.text).toBe("Shaanxi's imports in first half of 2022 are not stated; total trade 240 billion yuan − exports "
      + "150 billion yuan = 90 billion yuan; a year earlier they were about 93.18 billion yuan "
      + "((240 ÷ 1.1 − 150 ÷ 1.2) = 93.18 a year earlier; 90 ÷ 93.18 − 1 = -3.41%)");
    expect(answer?.figures.filter((f) => !f.computed).map((f) => f.value)).toEqual([240, 150, 10, 20]);
  });
  it("implies exports from the total and imports, and abstains on growth without the stated growths", () => {
    const { answer } = ask("how much did gansu export in 2022?");
    expect(computed(answer)).toEqual([[20, "billion yuan"]]);
    expect(answer?.figures[0]?.label).toBe("Gansu · exports (total − imports) in 2022");
    expect(ask("what was gansu's export growth in 2022?").answer).toEqual(ABSTAIN);
  });
  it("leaves to the look-up a place without a total, and questions about two places or a subject", () => {
    expect(ask("how much did henan import in the first three quarters of 2022?").answer).toBeUndefined();
    expect(ask("how much did henan export in jan-sep 2022?").answer).toBeUndefined();
    expect(ask("how much did gansu and shaanxi import in 2022?").intent).not.toBe("a flow implied by the total and the other flow");
  });
});

describe("implied national growth rate", () => {
  it("takes the place's gap to the national average off its growth", () => {
    const { intent, answer } = ask("given anhui's figures, what was the national growth rate in 2022?");
    expect(intent).toBe("implied national growth rate");
    expect(answer?.figures[0]).toMatchObject({
      label: "national growth rate in 2022 (implied by Anhui's figures)", value: 7.7, unit: "%", computed: true,
      formula: "8 − 0.3 = 7.7%",
    });
    expect(answer?.lines[0]?.text).toBe("Anhui grew 8% in 2022, 0.3 percentage points faster than the national average, "
      + "so the national rate was 7.7% (8 − 0.3 = 7.7%)");
  });
  it("reads 'based on' and 'nationwide' too, and gives the next intent a place without a stated gap", () => {
    expect(ask("based on anhui's report, what was nationwide growth in 2022?").intent).toBe("implied national growth rate");
    expect(ask("what was the national growth rate in 2022?").intent).not.toBe("implied national growth rate");
    expect(ask("what national growth rate does shaanxi's first half of 2022 imply?").answer?.status).not.toBe("answered");
  });
});

describe("ratio of two amounts", () => {
  it("divides one flow by the other, with the plural verb for flows", () => {
    const { answer } = ask("henan, first three quarters of 2022: exports were how many times imports?");
    expect(answer?.figures.at(-1)).toMatchObject({ label: "exports ÷ imports", value: 2, computed: true, formula: "80 ÷ 40 = 2 times" });
    expect(answer?.lines[0]?.text).toBe("exports: 80 billion yuan; imports: 40 billion yuan, first three quarters of 2022. "
      + "exports were 2 times imports (80 ÷ 40 = 2 times)");
    // imports named first: imports ÷ exports
    expect(ask("henan, first three quarters of 2022: what was the ratio of imports to exports?").answer?.figures.at(-1))
      .toMatchObject({ label: "imports ÷ exports", value: 0.5 });
  });
  it("divides one period's amount by another's", () => {
    expect(ask("gansu's 2022 trade was how many times its 2021 trade?").answer?.figures.at(-1))
      .toMatchObject({ label: "2022 ÷ 2021", value: 1.25, formula: "50 ÷ 40 = 1.25 times" });
  });
  it("divides two cities' amounts across their own sentences, and abstains when one is missing", () => {
    expect(ask("in 2022, wuxi's trade was how many times changzhou's?").answer?.figures.at(-1))
      .toMatchObject({ label: "Wuxi ÷ Changzhou", formula: "700 ÷ 300 = 2.33 times" });
    expect(ask("in 2022, wuxi's trade was how many times suzhou's?").answer).toEqual(ABSTAIN);
  });
});

describe("change between two periods", () => {
  it("computes the change between two years of one place", () => {
    const { intent, answer } = ask("how did gansu's 2022 trade compare with 2021?");
    expect(intent).toBe("change between two periods");
    expect(answer?.lines[0]?.text).toBe("Gansu's 2022: 50 billion yuan; 2021: 40 billion yuan. The change was 25% ((50 − 40) ÷ 40 × 100 = 25%)");
    expect(answer?.figures[0]).toMatchObject({ label: "change from 2021 to 2022", value: 25, computed: true });
  });
  it("says a stated fall as less, not as a negative 'more'", () => {
    const { intent, answer } = ask("by what percent did shaanxi's march 2022 trade change on february 2022?");
    expect(intent).toBe("change between two periods");
    expect(answer?.lines[0]?.text).toBe("Shaanxi's March 2022: 30 billion yuan, 5% less than in February");
    expect(answer?.figures.map((f) => [f.value, f.computed])).toEqual([[30, false], [-5, false]]);
  });
  it("is not the intent for a change the question itself states, or for two places", () => {
    expect(ask("shaanxi's march 2022 trade was 5% less than in february 2022: how much was february?").intent)
      .not.toBe("change between two periods");
    expect(ask("by what percent did wuxi's and changzhou's 2022 trade grow on 2021?").intent).not.toBe("change between two periods");
  });
});

describe("two subjects compared", () => {
  it("says which grew faster when the second one named did, with the gap in points", () => {
    const { intent, answer } = ask("in hunan, did processing trade or general trade grow faster in the first half of 2022?");
    expect(intent).toBe("compare subjects");
    expect(answer?.figures.at(-1)).toMatchObject({
      label: "general trade minus processing trade", value: 15, unit: "percentage points", formula: "12.5 − (−2.5) = 15 percentage points",
    });
    expect(answer?.lines[0]?.text).toBe("processing trade: -2.5%; general trade: 12.5% (first half of 2022). general trade grew faster, "
      + "by 15 percentage points (12.5 − (−2.5) = 15 percentage points; processing trade the other)");
  });
  it("compares amounts in their unit when no rate is asked", () => {
    const { answer } = ask("hunan, first half of 2022: general trade versus processing trade, which was bigger?");
    expect(answer?.lines[0]?.text).toBe("general trade: 200 billion yuan; processing trade: 60 billion yuan (first half of 2022). general trade was "
      + "bigger, by 140 billion yuan (200 − 60 = 140 billion yuan; processing trade the other)");
    expect(ask("hunan, first half of 2022: private enterprises versus general trade, which was bigger?").answer).toEqual(ABSTAIN);
  });
});

describe("shares", () => {
  it("computes a city's share of its province across scales", () => {
    const { intent, answer } = ask("what share of jiangsu's 2022 trade came from wuxi?");
    expect(intent).toBe("share of a city in its province");
    expect(answer?.figures[0]).toMatchObject({ label: "Wuxi's share of Jiangsu's total in 2022", value: 14, formula: "700 ÷ 5000 × 100 = 14%" });
    expect(answer?.lines[0]?.text).toBe("Wuxi: 700 billion yuan; Jiangsu: 5 trillion yuan in 2022. Wuxi made up 14% (700 ÷ 5000 × 100 = 14%)");
  });
  it("computes a trade mode's share of its place's total", () => {
    const { intent, answer } = ask("what share of hunan's trade in the first half of 2022 came from general trade?");
    expect(intent).toBe("share of a subject or partner in a place's trade");
    expect(answer?.figures[0]).toMatchObject({
      label: "general trade's share of Hunan's total in first half of 2022", value: 66.67, formula: "200 ÷ 300 × 100 = 66.67%",
    });
    expect(answer?.lines[0]?.text).toBe("general trade: 200 billion yuan; Hunan's total: 300 billion yuan in first half of 2022. "
      + "That is 66.67% of the total (200 ÷ 300 × 100 = 66.67%)");
  });
});

describe("rankings within a place", () => {
  it("ranks a province's cities, largest first, as many as asked", () => {
    const { intent, answer } = ask("which 2 jiangsu cities had the largest trade in 2022?");
    expect(intent).toBe("rank within a place");
    expect(answer?.lines[0]?.text).toBe("Ranked by Jiangsu cities' foreign trade, 2022: 1. Wuxi 700 billion yuan; 2. Nantong 400 billion yuan");
    expect(answer?.figures.map((f) => f.value)).toEqual([700, 400]);
  });
  it("ranks smallest first when asked, and abstains when asked for more than the documents give", () => {
    expect(ask("rank jiangsu's cities by trade value in 2022, smallest first").answer?.figures.map((f) => f.value)).toEqual([300, 400, 700]);
    expect(ask("what were the top 5 jiangsu cities by trade value in 2022?").answer).toEqual(ABSTAIN);
  });
  it("ranks a place's export partners, naming a partner as the article spells it", () => {
    const { answer } = ask("rank hunan's export markets by value in the first half of 2022");
    expect(answer?.lines[0]?.text).toBe("Ranked by Hunan's exports to each partner, first half of 2022: 1. Association of Southeast Asian Nations (ASEAN) 40 billion yuan; "
      + "2. United States (US) 35 billion yuan; 3. European Union (EU) 25 billion yuan");
  });
});

describe("lists the documents name", () => {
  it("gives a named list in the document's order, as many as asked", () => {
    const { intent, answer } = ask("who were hunan's three biggest trading partners in 2022?");
    expect(intent).toBe("a list the documents name");
    expect(answer?.lines[0]?.text).toBe("Hunan's three biggest trading partners in 2022: ASEAN, Japan and Australia");
    expect(ask("who were hunan's two biggest trading partners in 2022?").answer?.lines[0]?.text)
      .toBe("Hunan's three biggest trading partners in 2022: ASEAN and Japan");
  });
  it("says what it has and lacks when asked for more", () => {
    expect(ask("who were hunan's five biggest trading partners in 2022?").answer).toEqual({
      status: "abstain", figures: [],
      lines: [{ text: "The documents name only 3 of Hunan's 5 biggest trading partners in 2022: ASEAN, Japan and Australia; "
        + "they do not name the others", facts: expect.any(Array) }],
    });
  });
  it("lists goods exported and the countries a border adjoins", () => {
    expect(ask("what were hunan's biggest export products in 2022?").answer?.lines[0]?.text)
      .toBe("Hunan's three biggest exports in 2022: cars, phones and shoes");
    expect(ask("which countries does xinjiang border?").answer?.lines[0]?.text).toMatch(/^Xinjiang's .*: Kazakhstan, Mongolia and Russia$/);
  });
  it("names the cities a statement lists for a province", () => {
    const { answer } = ask("which three hunan cities had the fastest export growth in 2022?");
    expect(answer?.lines[0]?.text).toBe("The three cities with the fastest export growth (Hunan, 2022): Changsha, Zhuzhou and Xiangtan");
    expect(ask("which two hunan cities had the fastest export growth in 2022?").answer?.status).not.toBe("answered");
  });
});

describe("rankings of a place's subjects", () => {
  it("ranks trade modes by value and by growth, and says which it ranks by", () => {
    expect(ask("rank hunan's trade modes by value in the first half of 2022").answer?.lines[0]?.text)
      .toBe("Ranked by Hunan's foreign trade, first half of 2022: 1. general trade 200 billion yuan; 2. processing trade 60 billion yuan");
    expect(ask("rank hunan's trade modes by growth in the first half of 2022").answer?.lines[0]?.text)
      .toBe("Ranked by Hunan's foreign trade, growth, first half of 2022: 1. general trade 12.5%; 2. processing trade -2.5%");
  });
  it("ranks named subjects with their figures, and names one that has none as missing, never ranking it", () => {
    expect(ask("rank hunan's general trade and processing trade by value in the first half of 2022").answer?.figures.map((f) => f.value))
      .toEqual([200, 60]);
    const partial = ask("rank hunan's general trade, processing trade and border trade by value in the first half of 2022").answer;
    expect(partial?.figures.map((f) => f.value)).toEqual([200, 60]);
    expect(partial?.missing).toEqual(["border trade's figure"]);
  });
});

describe("how a ranking question says how many and by what", () => {
  it.each([
    ["which two jiangsu cities had the largest trade in 2022?", [700, 400]],
    ["which 2 jiangsu cities had the largest trade in 2022?", [700, 400]],
    ["what were the top two jiangsu cities by trade in 2022?", [700, 400]],
    ["what were the top 2 jiangsu cities by trade in 2022?", [700, 400]],
    ["name the two biggest jiangsu cities by trade in 2022", [700, 400]],
    ["name the 2 leading jiangsu cities by trade in 2022", [700, 400]],
    ["rank jiangsu's cities by trade volume in 2022", [700, 400, 300]],
  ])("%s", (question, values) => {
    expect(ask(question).answer?.figures.map((f) => f.value)).toEqual(values);
  });
  it.each([
    ["rank hunan's ways of trade by size in the first half of 2022", [200, 60]],
    ["rank hunan's trade modes by yoy in the first half of 2022", [12.5, -2.5]],
    ["rank hunan's trade modes by their increase in the first half of 2022", [12.5, -2.5]],
    ["rank hunan's export markets by amount in the first half of 2022", [40, 35, 25]],
    ["rank hunan's export partners by value in the first half of 2022", [40, 35, 25]],
  ])("%s", (question, values) => {
    expect(ask(question).answer?.figures.map((f) => f.value)).toEqual(values);
  });
});
