import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";

// A made-up provincial release (made-up figures) with a table of cumulative figures: a quarter no row states is the year less the
// first three quarters, however the question says "alone" or asks for the working.
const RELEASE = `---
title: "Gansu province's foreign trade in 2041"
published: "2042-01-21"
---
Gansu province's foreign trade reached 512.4 billion yuan in 2041, up 4.4 percent from the previous year.

| Period (cumulative) | Imports and exports (billion yuan) | Year-on-year growth (%) |
|---|---|---|
| Q1 | 120.6 | 3.1 |
| January-June | 248.3 | 3.9 |
| January-September | 380.1 | 4.2 |
| Full year | 512.4 | 4.4 |
`;

let ask: Awaited<ReturnType<typeof answersOver>>["ask"];
let close: () => Promise<void>;
beforeAll(async () => {
  ({ ask, close } = await answersOver({ "gansu.md": RELEASE }));
}, 120_000);
afterAll(async () => close());

describe("a quarter asked 'by itself' or 'derived' (retrieval/evidence.ts ASKING)", () => {
  it.each([
    "gansu q4 2041 trade by itself, from the cumulative numbers",
    "gansu q4 2041 trade? derive it",
  ])("%s: the year less the first three quarters", async (question) => {
    const a = await ask(question);
    expect(a.abstained).toBe(false);
    expect(a.figures.filter((f) => f.computed).map((f) => [f.value, f.unit])).toEqual([[132.3, "billion yuan"]]);
  });
});
