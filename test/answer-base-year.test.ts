import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";

// "How much higher than the 2019 level": the change a text states over that year's same period, not the change on a
// year before; "the average annual growth over the two years": the change a year on average it states beside.
const RELEASE = `---
title: "Hebei's trade in the first half"
date: 2021-07-20
---

Hebei province's imports and exports reached 260.50 billion yuan in the first half of 2021, up 22.4 percent year on year
and 28.1 percent higher than in the same period of 2019, an average annual growth of 13.2 percent over the two years.
`;

let over: Awaited<ReturnType<typeof answersOver>>;
beforeAll(async () => {
  over = await answersOver({ "hebei-h1-2021.md": RELEASE });
}, 60_000);
afterAll(() => over.close());

describe("a change over a year further back", () => {
  it("answers 'how much higher than the 2019 level' with the change on 2019, and the average a year beside it", async () => {
    const a = await over.ask("hebei h1 2021: how much higher than the 2019 level was trade, and the avg annual growth over the two yrs?");
    expect(a.abstained).toBe(false);
    expect(a.figures.map((f) => f.value)).toEqual([28.1, 13.2]);
  });
  it("never answers it with the change on the year before", async () => {
    const a = await over.ask("hebei h1 2021: how much higher than the 2018 level was trade?");
    expect(a.figures.map((f) => f.value)).not.toContain(22.4);
    expect(a.figures.map((f) => f.value)).not.toContain(28.1);
  });
});
