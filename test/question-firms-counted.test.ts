import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";

// "how many new enterprises has the zone registered, and how many are foreign-invested?": a count in units the question
// names ("enterprises", whose stem is not the word less its "s"), and firms of a kind counted when a count is asked
// (never when their trade is: "how much did foreign-invested enterprises trade"). A made-up article.

const ZONE = `---
title: "Lishui Pilot Free Trade Zone marks its second year"
date: 2031-10-12
---
The Lishui Pilot Free Trade Zone's imports and exports reached 21.44 billion yuan in the first three quarters of 2031, up
12.6 percent.

Since its launch, the zone has registered 6,318 new enterprises, including 87 foreign-invested enterprises, and has produced
23 institutional innovation outcomes.
`;

let ask: Awaited<ReturnType<typeof answersOver>>["ask"];
let close: () => Promise<void>;
beforeAll(async () => {
  ({ ask, close } = await answersOver({ "zone.md": ZONE }));
}, 60_000);
afterAll(() => close());

describe("firms counted", () => {
  it("answers how many new enterprises were registered, and how many are foreign-invested", async () => {
    const a = await ask("how many new enterprises has the ftz registered since launch, and how many are foreign-invested?");
    expect(a.abstained).toBe(false);
    expect(a.figures.map((f) => f.value)).toEqual(expect.arrayContaining([6318, 87]));
  });

  it("never answers a kind of firm's trade with its count", async () => {
    const a = await ask("how much did the lishui ftz's foreign-invested enterprises trade in 2031?");
    expect(a.figures.map((f) => f.value)).not.toContain(87);
  });
});
