import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";

// A correction naming where the wrong figure came out, then the figure in brackets ("The September figure published in
// the bulletin of October 20 (N) has been revised to M"): N is the first estimate, M the figure. Made-up figures.
const ARTICLE = `---
title: "Hebi trade in October 2031"
published: "2031-11-20"
---
Hebi's exports were 1.92 billion yuan in October 2031, up 4.4 percent year on year.

Correction: The September export figure published in the bulletin of October 20 (1.47 billion yuan) has been revised to 1.74 billion yuan after customs updated its declarations.
`;

describe("a first figure in brackets after where it was published", () => {
  let ask: Awaited<ReturnType<typeof answersOver>>;
  beforeAll(async () => {
    ask = await answersOver({ "hebi.md": ARTICLE });
  });
  afterAll(() => ask.close());
  it("yields to the figure it was revised to", async () => {
    const a = await ask.ask("hebi exports in september 2031 after the revision?");
    expect(a.abstained).toBe(false);
    expect(a.answer).toMatch(/^Hebi's exports were 1\.74 billion yuan/);
    // (the published figure, when shown, is shown as the first estimate)
    expect(a.answer).not.toMatch(/exports were 1\.47 billion yuan/);
  });
});
