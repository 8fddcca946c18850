import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";

// How far an outcome fell short of (or beat) a level target for the same year, and the outcome as a percent of the
// target. Made-up review; places and figures invented.
const REVIEW = `---
title: "Qinghai reviews its five-year plan for opening-up"
date: 2021-02-05
---

XINING -- Qinghai's foreign trade in 2020 reached 27.5 billion yuan, well short of the plan's target of 35 billion yuan, according to a review published by the provincial department of commerce on Friday.

Exports of Qinghai reached 9.6 billion yuan in 2020, beating the plan's target of 8 billion yuan for exports.
`;

let over: Awaited<ReturnType<typeof answersOver>>;
beforeAll(async () => {
  over = await answersOver({ "qinghai-review-2020.md": REVIEW });
}, 60_000);
afterAll(() => over.close());

const computedValues = (a: { figures: Array<{ value: number; computed?: boolean }> }) =>
  a.figures.filter((f) => f.computed).map((f) => f.value);

describe("an outcome against its level target", () => {
  it("answers 'by how much did it miss its 2020 target, and what % of the target did it reach?' with both", async () => {
    const a = await over.ask("by how much did qinghai miss its 2020 trade target, and what % of the target did it reach?");
    expect(a.abstained).toBe(false);
    expect(computedValues(a)).toEqual([7.5, 78.57]);
    expect(a.answer).toMatch(/35 − 27\.5/);
  });
  it("answers 'what percent of the target' alone with the share only", async () => {
    const a = await over.ask("qinghai 2020 trade: what percent of the target did it hit?");
    expect(computedValues(a)).toEqual([78.57]);
  });
  it("says the outcome beat the target when it did", async () => {
    const a = await over.ask("by how much did qinghai's 2020 exports beat the target?");
    expect(computedValues(a)).toEqual([1.6]);
    expect(a.answer).toMatch(/above it by 1\.6 billion yuan/);
  });
  it("names the target as missing when no level target is stated for the year", async () => {
    const a = await over.ask("by how much did qinghai miss its 2019 trade target?");
    expect(a.abstained).toBe(true);
  });
});
