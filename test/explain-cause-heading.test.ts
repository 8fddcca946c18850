import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";

// A heading that asks a cause ("What drove it") stands for the paragraph under it: the reasons are that paragraph's
// sentences, not only its first (a quotation with no causal word); a heading that asks nothing brings no paragraph.

const HEADED = `<html><head><title>Lanmor passes 500 billion yuan in trade</title></head><body>
<p>Lanmor's imports and exports reached 512.0 billion yuan in 2033, up 18.2 percent, the city's commerce bureau said.</p>
<p>Exports rose 15.0 percent to 301.5 billion yuan.</p>
<h2>What drove it</h2>
<p>"Our makers were ready when buyers came back," said Fen Ruolan, an official of the Lanmor commerce bureau. Orders for garden tools and camping gear stayed strong all year. Family-owned firms, which make most of the city's goods, grew 31.4 percent.</p>
<h2>Next steps</h2>
<p>The city aims for trade of 600 billion yuan by 2036.</p>
</body></html>
`;

let ask: Awaited<ReturnType<typeof answersOver>>["ask"];
let close: () => Promise<void>;
beforeAll(async () => {
  ({ ask, close } = await answersOver({ "lanmor.html": HEADED }));
});
afterAll(() => close());

describe("a heading that asks a cause", () => {
  it("quotes the paragraph under it, its later reasons too", async () => {
    const a = await ask("what drove lanmor's trade growth in 2033?");
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain("Orders for garden tools");
    expect(a.answer).toContain("Family-owned firms");
  });
  it("does not run on into the next heading's paragraph", async () => {
    const a = await ask("what drove lanmor's trade growth in 2033?");
    expect(a.answer).not.toContain("600 billion");
  });
});
