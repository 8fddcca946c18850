import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";

// "how much lower/higher/more … than" asks the gap between two figures: a sentence that states the two figures is
// quoted as no answer to it (the gap no sentence states is not given). Made-up article.
const REVISED = `---
title: "Hegang customs bulletin, September 2031"
published: "2031-10-20"
---
Hegang's imports and exports in the first three quarters of 2031 reached 52.7 billion yuan, down 2.1 percent year-on-year.

Revision note: The cumulative January–August figure published on September 18 (41.9 billion yuan) has been revised to 41.3 billion yuan following data verification.
`;

let ask: Awaited<ReturnType<typeof answersOver>>["ask"];
let close: () => Promise<void>;
beforeAll(async () => {
  ({ ask, close } = await answersOver({ "revised.md": REVISED }));
}, 120_000);
afterAll(() => close());

describe("a gap asked with 'how much lower than'", () => {
  it("is not answered by quoting the sentence with its two figures", async () => {
    const a = await ask("hegang jan-aug 2031 total after the revision, and how much lower than first published?");
    expect(a.answer).not.toMatch(/quoted, not computed/);
    expect(a.abstained).toBe(true);
  });
});
