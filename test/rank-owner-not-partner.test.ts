import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";

// "rank X's partners A/B/C by trade w X": the question names the owner after "with" too, which reads it as a partner;
// a place is never a partner of its own, so the ranking of the three is whole, not marked as missing the owner's
// figure. Made-up article and figures.
const TEXT = `---
title: "Lanxi's trade with its partners, 2030"
published: "2031-02-01"
---
Lanxi's trade with Japan was 3.12 billion US dollars in 2030. Trade with Germany reached 1.84 billion US dollars, and trade with Chile 0.58 billion US dollars.
`;

let over: Awaited<ReturnType<typeof answersOver>>;
beforeAll(async () => { over = await answersOver({ "lanxi.md": TEXT }); });
afterAll(async () => over.close());

describe("the owner named again as a partner", () => {
  it("is left out of the partners ranked, and never named as missing", async () => {
    const a = await over.ask("rank lanxi's 3 partners japan/germany/chile by trade w lanxi in 2030");
    expect(a.abstained, a.answer).toBe(false);
    expect(a.answer).toMatch(/1\. Japan 3\.12 billion US dollars; 2\. Germany 1\.84 billion US dollars; 3\. Chile/);
    expect(a.answer).not.toMatch(/do not state/);
  });
});
