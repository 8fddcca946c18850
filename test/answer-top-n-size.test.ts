import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseQuestion } from "../retrieval/figures/query.js";
import { answersOver } from "./helpers/answerOver.js";

// "Top N provinces" with no measure word ranks their amounts, never their growth; "the combined X of the top N" is one
// sum, which a ranking does not answer; "who exported more cars" asks the cars counted, not their value.
// Made-up article and figures.
const TEXT = `---
title: "Tractor exports by province in 2031"
published: "2032-01-20"
---
The country exported 2.1 million tractors in 2031.

## Ranking of tractor exports by province, 2031

| Rank | Province | Value (billion yuan) | Year-on-year (%) |
|---|---|---|---|
| 1 | Gansu | 15.2 | 3.1 |
| 2 | Qinghai | 9.8 | 24.2 |
| 3 | Ningxia | 6.4 | 12.5 |
`;

let over: Awaited<ReturnType<typeof answersOver>>;
beforeAll(async () => { over = await answersOver({ "tractors.md": TEXT }); });
afterAll(async () => over.close());

describe("a top N across places", () => {
  it("ranks the amounts when no change is asked", async () => {
    const a = await over.ask("top 2 provinces for tractor exports in 2031?");
    expect(a.abstained, a.answer).toBe(false);
    expect(a.answer).toMatch(/1\. Gansu 15\.2 billion yuan; 2\. Qinghai 9\.8 billion yuan/);
  });
  it("ranks when 'in total' or 'together with' asks no sum", async () => {
    for (const q of ["top 2 provinces in total tractor exports in 2031?",
      "top 2 provinces for tractor exports in 2031, together with their growth?"]) {
      const a = await over.ask(q);
      expect(a.abstained, a.answer).toBe(false);
      expect(a.answer).toMatch(/Ranked by[^]*1\. (?:Gansu|Qinghai)/);
    }
  });
  it("gives no ranking for the combined figure of the top N", async () => {
    const a = await over.ask("combined tractor exports of the top 2 provinces in 2031?");
    expect(a.answer).not.toMatch(/Ranked by/);
  });
});

describe("more of a counted goods", () => {
  it("asks the count of cars, not their value", () => {
    const q = parseQuestion("who exported more cars in 2031, gansu or qinghai?", { findSubjects: () => ["vehicles"] });
    expect(q.measures).toContain("count");
    expect(q.measures).not.toContain("amount");
  });
});
