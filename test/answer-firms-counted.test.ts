import { describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";

// A count of the firms, shops or stores of a trade ("2,300 lamp enterprises, 510 of which export") is no quantity of
// its goods exported: a question on the goods' exports is never answered with it. Made-up article.
const doc = (title: string, published: string, body: string) => `---\ntitle: "${title}"\npublished: ${published}\n---\n\n${body}\n`;

describe("firms of a trade counted are no goods", () => {
  it("abstains on a year's goods exports rather than give the count of the trade's enterprises", async () => {
    const { ask, close } = await answersOver({ "shengzhou-2024.md": doc("Lamp fair opens in Shengzhou", "2024-09-20",
      "Shengzhou, a county-level city administered by Shaoxing in Zhejiang province, makes about one in three desk lamps "
      + "sold worldwide. Its factories turned out 85 million lamps and 20 million shades last year. The city has about "
      + "2,300 lamp enterprises, 510 of which export, and the Shengzhou Lamp Market has some 900 stores.\n\n"
      + "In the first seven months of this year, Shengzhou's lamp exports reached 2.31 billion yuan, up 7.4 percent "
      + "year on year, according to the customs office.") });
    try {
      const a = await ask("shengzhou lamp exports for the whole of 2023?");
      expect(a.figures.map((f) => `${f.value} ${f.unit}`).join("; ")).not.toMatch(/enterprises|stores/);
      // (nor quoted: the sentence that counts them states no exports; they may be shown among the closest figures)
      expect(a.abstained).toBe(true);
    } finally { await close(); }
  });
});
