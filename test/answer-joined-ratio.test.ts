import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";

// "X's surplus and export/import ratio": two asks joined by "and", the second a ratio of the same two flows the
// surplus subtracts, each answered (the ratio is a figure worked out anew, not the surplus told again), or the ratio
// named as not found. Made-up article (no evaluation set's place or number).
const ARTICLE = `---
title: "Luohe's trade in January-May 2031"
published: "2031-06-18"
---
Luohe's exports rose 3.4 percent to 42.6 billion US dollars in the first five months of 2031, while imports fell 2.2 percent to 30.1 billion US dollars.
`;

let over: Awaited<ReturnType<typeof answersOver>>;
const EXPORTS_ONLY = `---
title: "Hebi's exports in 2031"
published: "2032-01-18"
---
Hebi's exports rose 6.1 percent to 21.7 billion yuan in 2031.
`;
beforeAll(async () => { over = await answersOver({ "luohe.md": ARTICLE, "hebi.md": EXPORTS_ONLY }); });
afterAll(async () => over.close());

describe("a surplus and an export/import ratio asked together", () => {
  it("answers both", async () => {
    const a = await over.ask("luohe jan-may 2031 surplus and export/import ratio");
    expect(a.abstained, a.answer).toBe(false);
    expect(a.answer).toMatch(/12\.5 billion US dollars/);
    expect(a.answer).toMatch(/1\.42 times/);
  });
  it("names the ratio as not found where only one flow is stated", async () => {
    const a = await over.ask("hebi 2031 exports and export/import ratio");
    expect(a.abstained, a.answer).toBe(true);
  });
});
