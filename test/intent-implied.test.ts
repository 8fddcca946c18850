import { describe, expect, it } from "vitest";
import { ABSTAIN, computed, figureFactValues, intentBase, lineValues } from "./helpers/figureBase.js";

// Figures the text implies but does not state (retrieval/intents/impliedFlow.ts, impliedNational.ts), over made-up articles.
const { ask } = intentBase([
  ["mianyang-22", "Mianyang 2022", "2024-02-20", "Mianyang's exports came to 33 billion yuan in 2022, up 2 percent."],
  ["mianyang", "Mianyang trade", "2024-01-20",
    "Mianyang's foreign trade reached 10 billion US dollars (70 billion yuan) in 2023, up 8 percent. Exports came to 40 billion yuan, up 12 percent."],
  ["liuzhou", "Liuzhou trade", "2024-01-21", "Liuzhou's foreign trade reached 30 billion yuan. Imports came to 12 billion yuan."],
  ["luoyang", "Luoyang trade", "2024-01-22", "Luoyang's foreign trade reached 5 billion US dollars in 2023. Its imports came to 14 billion yuan in 2023."],
  ["luoyang-ru", "Luoyang Russia", "2024-01-23",
    "Luoyang's trade with Russia reached 6 billion yuan in 2023, up 10 percent. Its exports to Russia came to 4 billion yuan, down 5 percent."],
  ["china", "China trade", "2024-01-13", "China's foreign trade reached 44 trillion yuan in 2023, up 2 percent. Exports reached 24 trillion yuan, up 4 percent."],
  ["ordos", "Ordos trade", "2024-01-20",
    "Ordos's foreign trade grew 9.5 percent in 2023. The growth rate was 1.2 percentage points lower than the national average."],
  ["ordos-22", "Ordos trade 2022", "2024-03-20",
    "Ordos's foreign trade grew 3 percent in 2022. The growth rate was 2 percentage points higher than the national average."],
  ["jiaxing", "Jiaxing trade", "2024-01-20", "Jiaxing's exports grew 6 percent. The growth was 2 percentage points higher than the national average."],
  ["huzhou", "Huzhou", "2024-01-20", "Huzhou's foreign trade grew 4 percent in 2023."],
]);
const FLOW = "a flow implied by the total and the other flow";
const NATIONAL = "implied national growth rate";

describe("a flow implied by the total and the other flow", () => {
  it("works a total stated in dollars in the yuan beside it, to subtract a flow in yuan", () => {
    const { intent, answer } = ask("how much did mianyang import in 2023?");
    expect(intent).toBe(FLOW);
    expect(answer?.lines[0]?.text).toBe("Mianyang's imports in 2023 are not stated; total trade 70 billion yuan − exports 40 billion yuan = 30 billion yuan");
    expect(answer?.figures.map((f) => [f.label, f.value, f.unit, f.computed])).toEqual([
      ["Mianyang · imports (total − exports) in 2023", 30, "billion yuan", true],
      ["Mianyang · foreign trade · 2023", 70, "billion yuan", false],
      ["Mianyang · exports · 2023", 40, "billion yuan", false],
    ]);
    // the total restated in yuan is the fact worked with
    expect(lineValues(answer)).toEqual([[70, 40]]);
    expect(figureFactValues(answer)).toEqual([[70, 40], [70], [40]]);
  });
  it("takes the other flow and the growths in the total's period when the question names none", () => {
    expect(ask("how much did mianyang import?").answer?.figures[0]).toMatchObject({ value: 30, formula: "70 − 40 = 30 billion yuan" });
    const growth = ask("what was mianyang's import growth?").answer;
    // 70 ÷ 1.08 − 40 ÷ 1.12 = 29.1 a year earlier; 30 ÷ 29.1 − 1 = 3.09%
    expect(growth?.figures[0]).toMatchObject({
      label: "Mianyang · imports growth (implied) in 2023", value: 3.09, unit: "%", computed: true,
      formula: "(70 ÷ 1.08 − 40 ÷ 1.12) = 29.1 a year earlier; 30 ÷ 29.1 − 1 = 3.09%",
    });
    expect(growth?.figures.filter((f) => !f.computed).map((f) => f.value)).toEqual([70, 40, 8, 12]);
    expect(lineValues(growth)).toEqual([[70, 40, 8, 12]]);
    expect(figureFactValues(growth)?.[0]).toEqual([70, 40, 8, 12]);
  });
  it("implies a flow without a period, and says none", () => {
    const { answer } = ask("how much did liuzhou export?");
    expect(answer?.lines[0]?.text).toBe("Liuzhou's exports are not stated; total trade 30 billion yuan − imports 12 billion yuan = 18 billion yuan");
    expect(answer?.figures[0]?.label).toBe("Liuzhou · exports (total − imports)");
  });
  it("implies a flow with one partner from the trade and the other flow with it, and its growth from a fall", () => {
    const { answer } = ask("how much did luoyang import from russia in 2023, and how fast did it grow?");
    expect(computed(answer)).toEqual([[60.77, "%"], [2, "billion yuan"]]);
    expect(answer?.figures[0]?.formula).toBe("(6 ÷ 1.1 − 4 ÷ 0.95) = 1.24 a year earlier; 2 ÷ 1.24 − 1 = 60.77%");
    expect(answer?.lines[0]?.text).toBe("Luoyang's imports in 2023 are not stated; total trade 6 billion yuan − exports 4 billion yuan = 2 billion yuan; "
      + "a year earlier they were about 1.24 billion yuan ((6 ÷ 1.1 − 4 ÷ 0.95) = 1.24 a year earlier; 2 ÷ 1.24 − 1 = 60.77%)");
  });
  it("implies the nation's flow when no place is named", () => {
    const { intent, answer } = ask("how much did china import in 2023, and at what growth?");
    expect(intent).toBe(FLOW);
    expect(computed(answer)).toEqual([[-0.3, "%"], [20, "trillion yuan"]]);
    expect(answer?.figures[1]?.label).toBe("China · imports (total − exports) in 2023");
  });
  it("leaves a total in dollars without yuan beside it, and a flow of a subject or a share, to other answers", () => {
    expect(ask("how much did luoyang export in 2023?").answer).toBeUndefined();
    expect(ask("how much did mianyang's private enterprises import in 2023?").intent).toBeUndefined();
    expect(ask("what share of mianyang's trade was imports in 2023?").intent).toBeUndefined();
  });
  it("abstains on the growth when the other flow's growth is not stated", () => {
    expect(ask("what was liuzhou's export growth?").answer).toEqual(ABSTAIN);
  });
});

describe("the national growth rate a place's gap implies", () => {
  it("adds back a gap below the national average", () => {
    const { intent, answer } = ask("given ordos's figures, what was the national growth rate in 2023?");
    expect(intent).toBe(NATIONAL);
    expect(answer?.lines[0]?.text).toBe("Ordos grew 9.5% in 2023, 1.2 percentage points slower than the national average, "
      + "so the national rate was 10.7% (9.5 + 1.2 = 10.7%)");
    expect(answer?.figures.map((f) => [f.value, f.computed])).toEqual([[10.7, true], [9.5, false], [-1.2, false]]);
    expect(lineValues(answer)).toEqual([[9.5, -1.2]]);
    expect(figureFactValues(answer)).toEqual([[9.5, -1.2], [9.5], [-1.2]]);
    expect(answer?.figures[0]?.label).toBe("national growth rate in 2023 (implied by Ordos's figures)");
  });
  it("takes the growth of the gap's period when the question names none", () => {
    expect(ask("what national growth rate does ordos's report imply?").answer?.figures[0]).toMatchObject({ value: 10.7, formula: "9.5 + 1.2 = 10.7%" });
  });
  it("takes the gap and the growth of the period asked", () => {
    expect(ask("given ordos's figures, what was the national growth rate in 2022?").answer?.lines[0]?.text)
      .toBe("Ordos grew 3% in 2022, 2 percentage points faster than the national average, so the national rate was 1% (3 − 2 = 1%)");
  });
  it("is not the intent when the national rate is asked but not inferred, or no place is named", () => {
    expect(ask("how fast did ordos grow in 2023, and what was the national growth rate?").intent).not.toBe(NATIONAL);
    expect(ask("given china's figures, what was the national growth rate in 2023?").intent).toBeUndefined();
  });
  it("reads the flow asked, and a gap without a period", () => {
    const { answer } = ask("judging by jiaxing's export growth, what was the national rate?");
    expect(answer?.lines[0]?.text).toBe("Jiaxing grew 6%, 2 percentage points faster than the national average, so the national rate was 4% (6 − 2 = 4%)");
    expect(answer?.figures[0]?.label).toBe("national growth rate (implied by Jiaxing's figures)");
  });
  it("passes over a place without a stated gap to one with it, and gives way when none has one", () => {
    expect(ask("going by huzhou and ordos, what was china's growth rate in 2023?").answer?.figures[0]?.value).toBe(10.7);
    expect(ask("based on huzhou's report, what was the national growth rate in 2023?").intent).toBeUndefined();
  });
});
