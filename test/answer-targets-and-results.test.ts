import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";
import type { Answer } from "../retrieval/types.js";

// Questions on a work report's targets and results: "result vs target", "by how much did it beat its target", and a
// year the report only sets aims for. Made-up report (no evaluation set's place, person or number).
const REPORT = `---
title: "Gansu provincial government work report (excerpt)"
published: "2022-01-20"
---
Gansu's opening-up made progress in 2021. The pilot zone covers the Lanzhou, Tianshui and Jiuquan areas.

Table 1. Main indicators: targets and results

| Indicator | 2021 target | 2021 result | 2022 target |
|---|---|---|---|
| Imports and exports (bln yuan) | 350.0 | 371.2 | 400.0 |
| Foreign capital used (bln USD) | 12.0 | 11.4 | 13.0 |

For 2022, the main target is for total imports and exports to grow about 8 percent to around 400 billion yuan, and for foreign capital actually used to reach 13 billion US dollars.
`;

let ask: (q: string) => Promise<Answer>;
let close: () => Promise<void>;
beforeAll(async () => {
  ({ ask, close } = await answersOver({ "report.md": REPORT }));
});
afterAll(() => close());

const values = (a: Answer) => a.figures.map((f) => f.value);

describe("targets against results", () => {
  it("answers \"result vs target\" with both figures", async () => {
    const a = await ask("gansu actual use of foreign capital 2021 - result vs target?");
    expect(a.abstained).toBe(false);
    expect(values(a)).toEqual(expect.arrayContaining([11.4, 12]));
  });
  it("works out by how much a result beat its target from a table of both", async () => {
    const a = await ask("by how much did gansu beat its 2021 foreign trade target");
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain("21.2");
  });
  it("does not answer what was used in a year with that year's target", async () => {
    const a = await ask("how much foreign capital did gansu actually use in 2022");
    expect(a.abstained).toBe(true);
    expect(a.figures).toEqual([]);
    expect(a.answer).not.toMatch(/the main target is for/);
  });
});
