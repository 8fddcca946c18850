import { describe, expect, it } from "vitest";
import { ABSTAIN, figureFactValues, intentBase, lineValues } from "./helpers/figureBase.js";

// The change between two named periods of one place (retrieval/intents/changeBetween.ts), over made-up articles.
const { ask } = intentBase([
  ["yangzhou", "Yangzhou monthly", "2023-08-20", [
    "Yangzhou's foreign trade reached 9.6 billion yuan in July 2023. Yangzhou's foreign trade reached 8 billion yuan in June 2023.",
    "Yangzhou's foreign trade reached 1.1 billion US dollars in May 2023.",
  ].join(" ")],
  ["yangzhou-q", "Yangzhou Q3", "2023-10-20",
    "Yangzhou's foreign trade reached 30 billion yuan in the third quarter of 2023, 6 percent less than in the second quarter."],
  ["yangzhou-sep", "Yangzhou September", "2023-10-10",
    "Yangzhou's exports to Japan reached 2 billion yuan in September 2023, 3 percent more than in August."],
  ["yangzhou-winter", "Yangzhou winter", "2023-02-10",
    "Yangzhou's foreign trade reached 12 billion yuan in December 2022. Yangzhou's foreign trade reached 9 billion yuan in January 2023."],
  ["wuhu", "Wuhu August", "2023-09-20", [
    "Wuhu's foreign trade reached 10 billion yuan in August 2023, 2.5 percent more than in July 2022.",
    "Wuhu's exports rose 4 percent in October 2023 over September.",
  ].join(" ")],
]);
const CHANGE = "change between two periods";
const JULY_ON_JUNE = "Yangzhou's July 2023: 9.6 billion yuan; June 2023: 8 billion yuan. The change was 20% ((9.6 − 8) ÷ 8 × 100 = 20%)";

describe("the change between two periods", () => {
  it("puts the later period first whichever order the question names them in", () => {
    for (const question of ["by what percent did yangzhou's july 2023 trade grow on june 2023?",
      "how much did yangzhou's trade grow from june 2023 to july 2023?", "how did yangzhou's july 2023 trade compare with june 2023?"]) {
      const { intent, answer } = ask(question);
      expect(intent).toBe(CHANGE);
      expect(answer?.lines[0]?.text).toBe(JULY_ON_JUNE);
      expect(answer?.figures[0]).toMatchObject({ label: "change from June 2023 to July 2023", value: 20, unit: "%", computed: true });
      expect(answer?.figures.map((f) => f.value)).toEqual([20, 9.6, 8]);
      expect(lineValues(answer)).toEqual([[9.6, 8]]);
      expect(figureFactValues(answer)).toEqual([[9.6, 8], [9.6], [8]]);
    }
  });
  it("takes the month that ends later as the later one across a year's turn", () => {
    for (const question of ["by what percent did yangzhou's trade change from december 2022 to january 2023?",
      "by what percent did yangzhou's january 2023 trade change on december 2022?"]) {
      expect(ask(question).answer?.lines[0]?.text)
        .toBe("Yangzhou's January 2023: 9 billion yuan; December 2022: 12 billion yuan. The change was -25% ((9 − 12) ÷ 12 × 100 = -25%)");
    }
  });
  it("reads 'how does … compare' as asking the change", () => {
    expect(ask("how does yangzhou's july 2023 trade compare with june 2023?").answer?.lines[0]?.text).toBe(JULY_ON_JUNE);
  });
  it("abstains on two amounts in two currencies", () => {
    expect(ask("by what percent did yangzhou's june 2023 trade grow on may 2023?").answer).toEqual(ABSTAIN);
  });
  it("takes a stated fall on the earlier quarter when the earlier amount is not stated", () => {
    const { answer } = ask("by what percent did yangzhou's trade change in the third quarter of 2023 over the second quarter of 2023?");
    expect(answer?.lines[0]?.text).toBe("Yangzhou's July–September 2023: 30 billion yuan, 6% less than in the second quarter");
    expect(answer?.figures.map((f) => [f.value, f.computed])).toEqual([[30, false], [-6, false]]);
    expect(lineValues(answer)).toEqual([[30, -6]]);
  });
  it("takes a stated change without the amount it applies to", () => {
    const { answer } = ask("by what percent did wuhu's exports grow in october 2023 over september 2023?");
    expect(answer?.lines[0]?.text).toBe("Wuhu's October 2023: 4% more than September");
    expect(answer?.figures.map((f) => [f.value, f.computed])).toEqual([[4, false]]);
    expect(lineValues(answer)).toEqual([[4]]);
  });
  it("takes a stated change only on the year it names", () => {
    expect(ask("by what percent did wuhu's august 2023 trade grow on july 2022?").answer?.lines[0]?.text)
      .toBe("Wuhu's August 2023: 10 billion yuan, 2.5% more than in July 2022");
    expect(ask("by what percent did wuhu's august 2023 trade grow on july 2023?").answer).toEqual(ABSTAIN);
  });
  it("takes a stated change only of the place asked", () => {
    const other = ask("by what percent did yinchuan's august 2023 trade grow on july 2022?");
    expect(other.intent).toBe(CHANGE);
    expect(other.answer).toEqual(ABSTAIN);
  });
  it("gives way when two growth rates are set side by side ('grew faster', 'by how many points')", () => {
    for (const question of ["did yangzhou's trade grow faster in july 2023 alone or over june 2023? by how many points?",
      "did yangzhou's trade grow more slowly in july 2023 than over june 2023, and by how many pts?"]) {
      expect(ask(question).intent).not.toBe(CHANGE);
    }
  });
  it("gives way when the sides are two flows, not two periods", () => {
    expect(ask("how did yangzhou's exports compare with imports from june 2023 to july 2023?").intent).toBeUndefined();
  });
  it("takes a stated change only for the partner asked", () => {
    expect(ask("by what percent did yangzhou's exports to japan grow in september 2023 over august 2023?").answer?.lines[0]?.text)
      .toBe("Yangzhou's September 2023: 2 billion yuan, 3% more than in August");
    expect(ask("by what percent did yangzhou's exports grow in september 2023 over august 2023?").answer).toEqual(ABSTAIN);
  });
  it("is not the intent without a word that sets one period against the other, or with two places or partners", () => {
    expect(ask("how much did yangzhou's trade grow in june 2023 and july 2023?").intent).toBeUndefined();
    expect(ask("by what percent did yangzhou's and wuhu's trade grow in july 2023 on june 2023?").intent).toBeUndefined();
    expect(ask("by what percent did yangzhou's exports to japan and korea grow in september 2023 over august 2023?").intent).toBeUndefined();
    expect(ask("yangzhou's july 2023 trade grew 20% on june 2023: how much was june?").intent).toBeUndefined();
  });
});

// two years' levels, each with its own stated yearly rate: a percent change between the years is computed from the
// levels, never answered with the two rates (or their gap in points)
const years = intentBase([
  ["taizhou-2018", "Taizhou 2018", "2019-01-20", "Taizhou's foreign trade reached 40 billion yuan in 2018, up 5 percent."],
  ["taizhou-2020", "Taizhou 2020", "2021-01-20", "Taizhou's foreign trade reached 50 billion yuan in 2020, up 10 percent."],
]);
const YEARS = "Taizhou's 2020: 50 billion yuan; 2018: 40 billion yuan. The change was 25% ((50 − 40) ÷ 40 × 100 = 25%)";

describe("the change between two years asked in percent", () => {
  it("reads 'A vs B - % change' as the change between the two levels", () => {
    for (const question of ["taizhou trade 2020 vs 2018 - % change?", "taizhou trade 2020 versus 2018, percentage change?"]) {
      const { intent, answer } = years.ask(question);
      expect(intent).toBe(CHANGE);
      expect(answer?.lines[0]?.text).toBe(YEARS);
    }
  });
  it("counts a period named again in an aside once", () => {
    const { intent, answer } = years.ask(
      "how much did taizhou's total trade grow from 2018 to 2020 in %? (use the 2018 report and the 2020 report)");
    expect(intent).toBe(CHANGE);
    expect(answer?.lines[0]?.text).toBe(YEARS);
  });
  it("leaves two growth rates set side by side to the comparison", () => {
    expect(years.ask("taizhou trade growth 2020 vs 2018?").intent).toBeUndefined();
  });
});
