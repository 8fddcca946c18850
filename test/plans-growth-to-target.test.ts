import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";

// The growth a level target for a year needs over the year before's level: target ÷ level − 1. Made-up work report;
// the figures are invented.
const REPORT = `Fujian provincial government work report
Delivered January 20, 2024

I. Review of 2023

Imports and exports totaled 410.2 billion yuan, up 2.6 percent. Trade with Latin America reached 40.5 billion yuan, up 8.1 percent.

II. Main targets for 2024

- Imports and exports to grow by about 4 percent;
- Trade with Latin America to exceed 45 billion yuan;
`;

let over: Awaited<ReturnType<typeof answersOver>>;
beforeAll(async () => {
  over = await answersOver({ "fujian-work-report-2024.txt": REPORT });
}, 60_000);
afterAll(() => over.close());

const computedValues = (a: { figures: Array<{ value: number; computed?: boolean }> }) =>
  a.figures.filter((f) => f.computed).map((f) => f.value);

describe("growth needed to reach a level target", () => {
  it("is the target over the year before's level: 'how much does X need to grow in 2024 (pct) to hit the target?'",
    async () => {
      const a = await over.ask("how much does fujian's latin america trade need to grow in 2024 (pct) to hit the target?");
      expect(a.abstained).toBe(false);
      expect(computedValues(a)).toEqual([11.11]);
      expect(a.answer).toMatch(/45 ÷ 40\.5 − 1/);
    });
  it("reads 'what growth is needed … to reach its goal' the same way", async () => {
    const a = await over.ask("what growth is needed for fujian's trade with latin america to reach its 2024 goal?");
    expect(computedValues(a)).toEqual([11.11]);
  });
  it("names the target as missing when only a growth target is stated, never working one out", async () => {
    const a = await over.ask("how much does fujian's total trade need to grow in 2024 to hit the target?");
    expect(a.abstained).toBe(true);
    expect(a.answer).toMatch(/do not state Fujian's foreign trade, target in 2024/);
  });
});
