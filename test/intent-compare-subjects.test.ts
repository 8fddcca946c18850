import { describe, expect, it } from "vitest";
import { ABSTAIN, computed, figureFactValues, intentBase, lineValues } from "./helpers/figureBase.js";

// Two subjects of one place set side by side (retrieval/intents/compareSubjects.ts), over made-up articles.
const { ask } = intentBase([
  ["guizhou", "Guizhou trade", "2024-01-20", [
    "Guizhou's foreign trade reached 80 billion yuan in 2023, up 5 percent.",
    "Private enterprises' foreign trade accounted for 55 percent of the province's total foreign trade,",
    "and foreign-invested enterprises' foreign trade accounted for 25 percent of the total foreign trade.",
    "General trade rose 6 percent to 50 billion yuan, and processing trade grew 11 percent to 20 billion yuan.",
    "State-owned enterprises traded 9 billion yuan, while bonded logistics came to 2 billion US dollars.",
  ].join(" ")],
  ["zunyi", "Zunyi trade", "2024-01-22",
    "Zunyi's foreign trade reached 9 billion yuan in 2023, up 3 percent. General trade rose 8 percent, while processing trade fell 1 percent."],
  ["lanzhou", "Lanzhou trade", "2024-01-24",
    "Lanzhou's foreign trade reached 3.2 trillion yuan in 2023. General trade came to 2.9 trillion yuan, and processing trade came to "
    + "300 billion yuan. Private enterprises' trade grew 6 percent, and state-owned enterprises' trade grew 6 percent."],
  ["zunyi-2022", "Zunyi border trade", "2023-01-22", "Zunyi's border trade grew 4 percent in 2022."],
  ["xining", "Xining trade", "2024-01-23",
    "Xining's foreign trade reached 3 billion yuan. General trade came to 1.8 billion yuan, and processing trade came to 0.4 billion yuan."],
]);
const gap = (question: string) => ask(question).answer?.figures.filter((f) => f.computed).map((f) => [f.label, f.value, f.unit]);

describe("two subjects compared", () => {
  it("compares amounts at different scales in one unit", () => {
    expect(gap("lanzhou 2023: general trade versus processing trade, which was bigger?"))
      .toEqual([["general trade minus processing trade", 2600, "billion yuan"]]);
  });
  it("calls a tie a tie, not a win by 0 points", () => {
    const { answer } = ask("did lanzhou's private enterprises or state-owned enterprises grow faster in 2023?");
    expect(answer?.lines[0]?.text).toMatch(/Neither was ahead/);
    expect(answer?.figures.filter((f) => f.computed)).toEqual([]);
  });
  it("names the faster one whichever side it is on, with the gap over a fall in points", () => {
    const first = ask("zunyi 2023: general trade or processing trade, which grew faster?");
    expect(first.intent).toBe("compare subjects");
    expect(first.answer?.lines[0]?.text).toBe("general trade: 8%; processing trade: -1% (2023). general trade grew faster, "
      + "by 9 percentage points (8 − (−1) = 9 percentage points; processing trade the other)");
    const second = ask("zunyi 2023: processing trade or general trade, which grew faster?");
    expect(second.answer?.lines[0]?.text).toBe("processing trade: -1%; general trade: 8% (2023). general trade grew faster, "
      + "by 9 percentage points (8 − (−1) = 9 percentage points; processing trade the other)");
    expect(second.answer?.figures.map((f) => f.value)).toEqual([-1, 8, 9]);
    expect(lineValues(second.answer)).toEqual([[-1, 8]]);
    expect(figureFactValues(second.answer)).toEqual([[-1], [8], [-1, 8]]);
  });
  it("compares stated shares and says which had the bigger one", () => {
    const { answer } = ask("guizhou 2023: foreign-invested enterprises or private enterprises, which had the bigger share of trade?");
    expect(answer?.lines).toHaveLength(1);
    expect(answer?.lines[0]?.text).toBe("foreign-invested enterprises: 25%; private enterprises: 55% (2023). private enterprises had the "
      + "bigger share, by 30 percentage points (55 − 25 = 30 percentage points; foreign-invested enterprises the other)");
    expect(gap("guizhou 2023: did private enterprises or foreign-invested enterprises have the bigger share of trade?"))
      .toEqual([["private enterprises minus foreign-invested enterprises", 30, "percentage points"]]);
  });
  it("answers each measure asked, growth and amount, a line each", () => {
    const { answer } = ask("guizhou 2023: general trade versus processing trade, which grew faster, and which was bigger?");
    expect(answer?.lines.map((l) => l.text)).toEqual([
      "general trade: 6%; processing trade: 11% (2023). processing trade grew faster, by 5 percentage points "
        + "(11 − 6 = 5 percentage points; general trade the other)",
      "general trade: 50 billion yuan; processing trade: 20 billion yuan (2023). general trade was bigger, by 30 billion yuan "
        + "(50 − 20 = 30 billion yuan; processing trade the other)",
    ]);
    expect(computed(answer)).toEqual([[5, "percentage points"], [30, "billion yuan"]]);
    expect(answer?.figures.map((f) => f.value)).toEqual([6, 11, 5, 50, 20, 30]);
  });
  it("compares amounts when the question names no measure, and rates when it asks for points", () => {
    expect(gap("guizhou 2023: general trade versus processing trade?")).toEqual([["general trade minus processing trade", 30, "billion yuan"]]);
    expect(gap("guizhou in 2023: general trade and processing trade, by how many points apart?"))
      .toEqual([["processing trade minus general trade", 5, "percentage points"]]);
  });
  it("leaves out the period when the figures have none", () => {
    expect(ask("xining: general trade versus processing trade, which was bigger?").answer?.lines[0]?.text)
      .toBe("general trade: 1.8 billion yuan; processing trade: 0.4 billion yuan. general trade was bigger, by 1.4 billion yuan "
        + "(1.8 − 0.4 = 1.4 billion yuan; processing trade the other)");
  });
  it("abstains on amounts in two currencies and on a side without a figure", () => {
    expect(ask("guizhou 2023: state-owned enterprises vs bonded logistics, which was bigger?").answer).toEqual(ABSTAIN);
    const missing = ask("zunyi 2023: general trade or border trade, which grew faster?");
    expect(missing.intent).toBe("compare subjects");
    expect(missing.answer).toEqual(ABSTAIN);
  });
  it("abstains when the two sides' figures are of different periods, never comparing a year with another", () => {
    const apart = ask("zunyi: general trade or border trade, which grew faster?");
    expect(apart.intent).toBe("compare subjects");
    expect(apart.answer).toEqual(ABSTAIN);
  });
  it("is not the intent for a look-up that names two subjects", () => {
    expect(ask("guizhou 2023: general trade and processing trade").intent).toBeUndefined();
  });
});
