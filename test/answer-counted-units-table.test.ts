import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { columnOf } from "../facts/tables.js";
import { answersOver } from "./helpers/answerOver.js";

// Things counted in a table's "(10,000 units)" column, and two places compared by the things they counted ("who
// exported more X, and by how much?": the number, not money). Made-up article and figures.
const RANKING = `---
title: "Provincial motorcycle export ranking for 2031"
date: 2032-01-20
---
The country's motorcycle exports kept growing in 2031, according to customs data compiled by an industry group.

## Ranking of vehicle exports by province, 2031

| Rank | Province | Vehicles (10,000 units) | Year-on-year (%) | Value (billion yuan) |
|---|---|---|---|---|
| 1 | Hunan | 84 | 6.1 | 41.2 |
| 2 | Jiangxi | 57 | 12.3 | 30.5 |
| 3 | Guizhou | 21 | -3.0 | 9.8 |
`;

describe("columnOf", () => {
  it("reads things counted over a scale of units", () => {
    expect(columnOf("Vehicles (10,000 units)")).toMatchObject({ measure: "count", unit: "thousand vehicles", factor: 10 });
  });

  it("reads a bare scale of units as units counted", () => {
    expect(columnOf("Exports (10,000 units)")).toMatchObject({ measure: "count", unit: "thousand units" });
  });
});

describe("things counted in a table's units column", () => {
  let ask: Awaited<ReturnType<typeof answersOver>>;
  beforeAll(async () => {
    ask = await answersOver({ "ranking.md": RANKING });
  });
  afterAll(() => ask.close());

  it("gives a row's count restated from its scale", async () => {
    const a = await ask.ask("how many vehicles did jiangxi export in 2031?");
    expect(a.abstained).toBe(false);
    // 57 (10,000 units) = 570 thousand
    expect(a.figures.map((f) => f.value)).toContain(570);
  });

  it("compares two places by their counts when asked who exported more of the things, and by how much", async () => {
    const a = await ask.ask("who exported more vehicles in 2031, hunan or jiangxi, and by how much?");
    expect(a.abstained).toBe(false);
    // 840 − 570 = 270 thousand vehicles; never the values' gap (41.2 − 30.5 = 10.7 billion yuan)
    expect(a.figures.map((f) => f.value)).toEqual(expect.arrayContaining([840, 570, 270]));
    expect(a.figures.map((f) => f.value)).not.toContain(10.7);
  });
});
