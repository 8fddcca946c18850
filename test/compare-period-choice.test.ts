import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sameGoods } from "../text/subjects.js";
import type { Answer } from "../retrieval/types.js";
import { answersOver } from "./helpers/answerOver.js";

// One place's figure in two periods asked as a choice ("more in h1 2021 or h1 2024?", "grow faster in 2022 or in
// 2023?", "bigger for 2020 or for q1-q3 2023?"): the two periods set side by side, as "vs" sets them. Goods named with
// what is made of them ("molybdenum and molybdenum products") answer the bare name asked. Made-up articles and figures.
const FIRST = `---
title: "Xinzhou customs: first half of 2021"
published: "2021-07-15"
---
Xinzhou's exports of molybdenum and molybdenum products were 52,000 tonnes in the first half of 2021, up 11.0 percent, valued at
0.91 billion yuan. Exports of walnuts grew 6.2 percent to 0.33 billion yuan in the first half of 2021. Walnuts made up
10.0 percent of the city's exports in the first half of 2021.
`;
const SECOND = `---
title: "Xinzhou customs: first half of 2024"
published: "2024-07-16"
---
Xinzhou's exports of molybdenum and molybdenum products were 61,000 tonnes in the first half of 2024, up 4.0 percent, valued at
1.02 billion yuan. Exports of walnuts grew 9.5 percent to 0.41 billion yuan in the first half of 2024. Back in 2018,
the city's molybdenum exports were 90,000 tonnes. Walnuts made up 12.5 percent of the city's exports in the first
half of 2024.
`;

describe("two periods of one place asked as a choice", () => {
  let ask: (q: string) => Promise<Answer>;
  let close: () => Promise<void>;
  beforeAll(async () => ({ ask, close } = await answersOver({ "first.md": FIRST, "second.md": SECOND })));
  afterAll(async () => close());

  it("sets the two periods' counts side by side, with the gap", async () => {
    const a = await ask("did xinzhou export more molybdenum (tonnes) in h1 2021 or h1 2024");
    expect(a.abstained).toBe(false);
    const values = a.figures.map((f) => f.value);
    expect(values).toEqual(expect.arrayContaining([52000, 61000, 9000]));
  });
  it("sets the two periods' growth rates side by side", async () => {
    const a = await ask("did xinzhou's walnut exports grow faster in h1 2021 or in h1 2024?");
    expect(a.abstained).toBe(false);
    expect(a.figures.map((f) => f.value)).toEqual(expect.arrayContaining([6.2, 9.5]));
    expect(a.answer).toMatch(/first half of 2024 grew faster/i);
  });
  it("keeps a share asked 'higher or lower' a share, no choice between growth rates", async () => {
    const a = await ask("xinzhou walnut share of exports - h1 2021 vs h1 2024: higher or lower now and by how many points?");
    expect(a.abstained).toBe(false);
    expect(a.figures.map((f) => f.value)).toEqual(expect.arrayContaining([10, 12.5]));
    expect(a.answer).toMatch(/2\.5 percentage points/);
  });
  it("names the period no figure is stated for, and abstains", async () => {
    const a = await ask("were xinzhou's walnut exports bigger in h1 2021 or in h1 2019?");
    expect(a.abstained).toBe(true);
    expect(a.answer).toMatch(/0\.33 billion yuan/);
    expect(a.answer).toMatch(/do not state[^.]*first half of 2019/i);
  });
});

describe("goods named with what is made of them", () => {
  it("answer the bare name asked", () => {
    expect(sameGoods("magnesium and magnesium products", "magnesium")).toBe(true);
    expect(sameGoods("aluminium and articles thereof", "aluminium")).toBe(true);
    expect(sameGoods("copper and its products", "copper")).toBe(true);
  });
  it("never another material's name, nor a second material's goods", () => {
    expect(sameGoods("magnesium and magnesium products", "steel")).toBe(false);
    expect(sameGoods("steel and aluminium products", "steel")).toBe(false);
  });
});
