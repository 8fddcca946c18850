import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";

// "which goods make up its 'new three' exports?": the members of a term are named by a sentence that lists them, or
// the answer says none does; never a quote of the term's figures that names no goods. Made-up figures.
const REPORT = `Hunan Customs: foreign trade in 2031
January 20, 2032

Hunan's foreign trade rose 4.2 percent to 512.3 billion yuan in 2031.

Exports of the 'new three' products grew 11.8 percent to a combined 23.45 billion yuan.

| 'New three' export | Billion yuan | Year on year |
|---|---|---|
| Total | 23.45 | +11.8% |
`;

let over: Awaited<ReturnType<typeof answersOver>>;
beforeAll(async () => {
  over = await answersOver({ "hunan.md": REPORT });
}, 60_000);
afterAll(() => over.close());

describe("the members of a term no sentence names", () => {
  it("abstains, never quoting the term's figures", async () => {
    const a = await over.ask("which goods make up hunan's 'new three' exports in the 2031 report");
    expect(a.abstained).toBe(true);
    expect(a.answer).not.toMatch(/23\.45/);
  });
});
