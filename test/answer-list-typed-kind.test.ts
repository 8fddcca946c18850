import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";

// A list's kind typed with a typo ("prodcuts") is read as spelt: the items a sentence names answer it, never the
// place's total figures. Made-up article.
const TRADE = `---
title: "Hegang foreign trade in the first ten months"
published: "2031-11-20"
---
Hegang's exports reached 93.4 billion yuan in January–October 2031, up 6.2 percent year-on-year.

Steel products, chemicals, furniture and garments were the main exports, at 30.1 billion yuan, 12.2 billion yuan, 9.7 billion yuan and 8.8 billion yuan respectively.
`;

let ask: Awaited<ReturnType<typeof answersOver>>["ask"];
let close: () => Promise<void>;
beforeAll(async () => {
  ({ ask, close } = await answersOver({ "trade.md": TRADE }));
}, 120_000);
afterAll(() => close());

describe("a list asked with its kind misspelt", () => {
  it("is answered with the items, as when spelt right", async () => {
    for (const q of ["hegang main export prodcuts jan-oct 2031?", "hegang main export products jan-oct 2031?"]) {
      const a = await ask(q);
      expect(a.answer, q).toMatch(/chemicals/);
      expect(a.answer, q).toMatch(/furniture/);
    }
  });
});
