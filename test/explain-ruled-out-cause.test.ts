import { describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";

// "Freight costs came down during the year but did not bring the orders back": a cause the text sets aside explains
// no fall; the answer is the cause stated, or none. Made-up article.
const doc = (title: string, published: string, body: string) => `---\ntitle: "${title}"\npublished: ${published}\n---\n\n${body}\n`;

describe("a cause the text sets aside", () => {
  it("never gives 'X came down but did not bring the orders back' as why the orders fell", async () => {
    const { ask, close } = await answersOver({ "shengzhou-2030.md": doc("Shengzhou lamp makers look east", "2031-02-10",
      "Shengzhou's lamp makers shipped 3.1 billion yuan of goods in 2030. Packing costs, which had soared in 2029, came "
      + "down during the year but did not bring the orders back. The makers plan to open showrooms in Osaka.") });
    try {
      const a = await ask("why did shengzhou's lamp orders from overseas fall in 2030?");
      expect(a.answer).not.toMatch(/did not bring the orders back/);
    } finally { await close(); }
  });
  it("keeps a cause the sentence states before a 'but did not …' of something else (rvf35)", async () => {
    const { ask, close } = await answersOver({ "shengzhou-2030.md": doc("Shengzhou lamp makers look east", "2031-02-10",
      "Shengzhou's lamp makers shipped 3.1 billion yuan of goods in 2030. Orders from overseas fell because buyers in "
      + "Europe cut their stocks, but did not stop the makers from hiring. The makers plan to open showrooms in Osaka.") });
    try {
      const a = await ask("why did shengzhou's lamp orders from overseas fall in 2030?");
      expect(a.abstained).toBe(false);
      expect(a.answer).toMatch(/because buyers in Europe cut their stocks/);
    } finally { await close(); }
  });
});
