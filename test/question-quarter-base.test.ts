import { describe, expect, it } from "vitest";
import { parseQuestion } from "../retrieval/figures/query.js";
import { changesAsked } from "../retrieval/figures/select.js";

// A quarter named as what a change is over ("growth vs q1" of Q2) is no second period asked; two quarters set side by
// side with no change asked stay two periods. Made-up questions; a period is written y1.m1-y2.m2.
const read = (question: string) => {
  const f = parseQuestion(question);
  return { periods: f.periods.map((p) => `${p.y1}.${p.m1}-${p.y2}.${p.m2}`), intent: f.intent, ...changesAsked(question) };
};

describe("the quarter a change is over", () => {
  it.each([
    ["qinghai q2 2022 trade value and growth vs q1?", "2022.4-2022.6"],
    ["how much did qinghai's q3 2022 trade rise from q2?", "2022.7-2022.9"],
    ["qinghai q4 2022 exports, and their change from the third quarter?", "2022.10-2022.12"],
  ])("%s asks one quarter and its change over the one before", (question, period) => {
    expect(read(question)).toMatchObject({ periods: [period], mom: true });
  });
  it.each([
    "qinghai trade q2 2022 vs q1?",
    "qinghai q2 2022 growth vs q1 growth?",
    "qinghai trade growth from q1 2022 to q1 2023?",
  ])("%s keeps both periods", (question) => {
    expect(read(question).periods).toHaveLength(2);
    expect(read(question).mom).toBe(false);
  });
});

describe("a quarter that is no base of the change", () => {
  it.each([
    "how much did qinghai's exports grow over the first quarter of 2022?",
    "qinghai q2 2022 exports: growth compared with the second quarter of 2021?",
    "how much did qinghai's exports grow over the last quarter?",
  ])("%s asks the growth over a year", (question) => {
    expect(changesAsked(question)).toEqual({ mom: false, yoy: true });
  });
});

describe("a rate that slowed from one period to another", () => {
  it("sets the two periods side by side: 'did its growth slow from jan-feb to q1?'", () => {
    expect(read("did qinghai's trade growth slow from jan-feb to q1 2023?"))
      .toMatchObject({ periods: ["2023.1-2023.2", "2023.1-2023.3"], intent: "comparison" });
  });
});

describe("a growth asked beside the quarter's (month's) change", () => {
  it.each([
    "qinghai q2 2022 trade: growth and qoq?",
    "qinghai trade in may 2022: growth and mom?",
    "how much did qinghai's trade grow in q2 2022, yoy and qoq?",
  ])("%s is the year's, asked too", (question) => {
    expect(changesAsked(question)).toEqual({ mom: true, yoy: true });
  });
});
