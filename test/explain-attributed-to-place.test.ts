import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";

// "…, which had been attributed to Hangzhou": a figure given to a place says whose it is, not why it moved. Made-up
// articles (no evaluation set's place, person or number).

const REVISED = `---
title: "Jiaxing revises its 2031 silk exports"
published: "2032-02-20"
---
JIAXING -- Jiaxing's exports of silk fabrics in 2031 were revised up to 1.9 billion yuan, the city's statistics bureau said.

The revision mainly concerned exports of silk fabrics declared at Hangzhou airport, which had been attributed to Hangzhou.
`;

const YEAR = `---
title: "Jiaxing's trade in 2031"
published: "2032-01-15"
---
JIAXING -- Jiaxing's foreign trade grew 6.2 percent to 48.3 billion yuan in 2031, the city's commerce bureau said.

Exports of silk fabrics rose 14.2 percent to 1.6 billion yuan, driven by orders from fashion houses in Italy.
`;

let ask: Awaited<ReturnType<typeof answersOver>>["ask"];
let close: () => Promise<void>;
beforeAll(async () => {
  ({ ask, close } = await answersOver({ "jiaxing-revised.md": REVISED, "jiaxing-2031.md": YEAR }));
});
afterAll(() => close());

describe("a figure attributed to a place", () => {
  it("is no cause of the growth: the sentence that says what drove it is quoted", async () => {
    const a = await ask("what's behind jiaxing's silk fabric export growth in 2031?");
    expect(a.answer).toContain("fashion houses in Italy");
    expect(a.answer).not.toContain("attributed to Hangzhou");
  });

  it("is why the figure was revised, when that is asked", async () => {
    const a = await ask("why were jiaxing's 2031 silk export figures revised?");
    expect(a.answer).toContain("attributed to Hangzhou");
  });
});
