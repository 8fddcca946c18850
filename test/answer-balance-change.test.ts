import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";

// "X's surplus 2031 vs 2030 - by what % did it grow?": the change between the two years' balances, never the one
// year's balance worked out from its flows. Made-up article (no evaluation set's place or number).
const ARTICLE = `---
title: "Hebi's trade in 2031"
published: "2032-01-21"
---
Hebi's exports rose 5.1 percent to 20.2 billion US dollars in 2031, while imports fell 1.3 percent to 16.0 billion US dollars, leaving a trade surplus of 4.2 billion US dollars, up from 3.0 billion US dollars in 2030.
`;

let over: Awaited<ReturnType<typeof answersOver>>;
beforeAll(async () => { over = await answersOver({ "hebi.md": ARTICLE }); });
afterAll(async () => over.close());

describe("a balance's change between two years, asked by what percent it grew", () => {
  it("is worked out between the two balances", async () => {
    const a = await over.ask("hebi's trade surplus 2031 vs 2030 - by what % did it grow?");
    expect(a.abstained, a.answer).toBe(false);
    expect(a.answer).toMatch(/\b40%/);
  });
});
