import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";

// Computations a question asks for in its own words, over made-up articles (no evaluation set's place, person or
// number): the level before a growth the question states with a figure typed without its currency, a quarter as its
// half less the other quarter. Each is worked out with its formula shown, or the part not found is named.

const HALF = `---
title: "Shanxi's trade in the first half of 2023"
published: "2023-07-20"
---
In the first half of 2023, Shanxi's imports and exports were 80.4 billion yuan, up 3.2 percent.

In the second quarter alone, Shanxi's imports and exports were 42.1 billion yuan.
`;
const PORT = `---
title: "Yancheng port handles more cargo"
published: "2019-10-22"
---
The port of Yancheng handled 61.3 million tonnes of cargo in the first three quarters of 2019.
`;

let ask: Awaited<ReturnType<typeof answersOver>>["ask"];
let close: () => Promise<void>;
beforeAll(async () => {
  ({ ask, close } = await answersOver({ "half.md": HALF, "port.md": PORT }));
});
afterAll(() => close());

const computedValues = (a: { figures: Array<{ value: number; computed: boolean }> }) =>
  a.figures.filter((f) => f.computed).map((f) => f.value);

describe("a level before a growth the question states", () => {
  it("takes a figure typed without its currency as the level given, and says the figures are the question's", async () => {
    const a = await ask("yancheng grew 12.5% yoy to 45bn in q1-q3 2019. so what was its trade in q1-q3 2018?");
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain("45 ÷ (1 + 0.125) = 40 billion");
    expect(a.answer).toContain("from the figures the question gives");
  });
});

describe("a part of a period from the whole less the other part", () => {
  it("works out a first quarter as its half less the second quarter, the period named after 'minus' taken away", async () => {
    const a = await ask("shanxi's trade in q1 2023 then? (h1 minus q2)");
    expect(a.abstained).toBe(false);
    expect(computedValues(a)).toContain(38.3);
    expect(a.answer).toContain("80.4 − 42.1 = 38.3 billion yuan");
    expect(a.answer).toContain("foreign trade in Q1 2023 (the first half of 2023, less April–June 2023)");
  });
  it("names the part not found rather than take the half for the quarter", async () => {
    const a = await ask("shanxi's trade in q3 2023 then? (jan-sep minus h1)");
    expect(a.abstained).toBe(true);
    expect(computedValues(a)).toEqual([]);
  });
});
