import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";

// A period no sentence states, left by a longer one less its other part: "jan+feb" from the first quarter and March,
// "Q2 alone" from the first half and Q1, or from three quarters less Q1 and each month of Q3. Never from parts that do not lie end to end, nor when the period is stated.
const RELEASE = `Hebei's first-quarter trade edges up
2023-04-21

Hebei province's imports and exports totaled 150.40 billion yuan in the first quarter of 2023, up 2.4 percent year on year.

March brought a strong rebound. The province's trade in the month reached 60.10 billion yuan, up 11.3 percent year on year.
`;
const HALF = `Shanxi's trade in the first half
2023-07-20

Shanxi's imports and exports reached 80.50 billion yuan in the first half of 2023. In the first quarter, trade was 38.20 billion yuan.
`;

const MONTHS = `---
title: Anhui's trade in the first three quarters
date: 2020-10-20
---

Anhui's imports and exports reached 180.30 billion yuan in the first three quarters of 2020. In the first quarter, trade was 40.10 billion yuan. Monthly trade was 24.50 billion yuan in July, 25.20 billion yuan in August and 27.90 billion yuan in September.
`;

let over: Awaited<ReturnType<typeof answersOver>>;
beforeAll(async () => {
  over = await answersOver({ "hebei-q1-2023.md": RELEASE, "shanxi-h1-2023.md": HALF, "anhui-q3-2020.md": MONTHS });
}, 60_000);
afterAll(() => over.close());

describe("a period left by a longer one less its other part", () => {
  it("is the quarter less its last month: 'jan+feb combined'", async () => {
    const a = await over.ask("hebei jan+feb 2023 combined trade - how much?");
    expect(a.abstained).toBe(false);
    expect(a.figures.map((f) => f.value)).toContain(90.3);
    expect(a.answer).toMatch(/January–February 2023/);
  });
  it("is the half less its first quarter: 'q2 2023 alone'", async () => {
    const a = await over.ask("shanxi trade in q2 2023 alone?");
    expect(a.figures.map((f) => f.value)).toContain(42.3);
  });
  it("is three quarters less the first and each month of the third: 'q2 2020 (apr-jun) - can u work it out?'", async () => {
    const a = await over.ask("anhui's imports+exports in q2 2020 (apr-jun) - can u work it out?");
    expect(a.abstained).toBe(false);
    expect(a.figures.map((f) => f.value)).toContain(62.6);
  });
  it("takes the part the question states from the whole: 'q1 2023 trade was 38.2bn. so what was q2 2023?'", async () => {
    const a = await over.ask("shanxi q1 2023 trade was 38.2bn. so what was q2 2023?");
    expect(a.abstained).toBe(false);
    expect(a.figures.map((f) => f.value)).toContain(42.3);
  });
  it("is no answer when the other part is not stated", async () => {
    const a = await over.ask("hebei jan-feb 2022 trade?");
    expect(a.abstained).toBe(true);
  });
});
