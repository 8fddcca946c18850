import { describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";

// A look-up of goods the question names ("desk lamp exports, value + yoy") over an article whose headline names them
// ("… as desk-lamp exports climb 6.2%") and whose body states only the place's total and other goods: each figure
// given must be of the goods asked (its own sentence says them), never the total beside the headline's change; the
// value no sentence states is named as missing. Made-up article.
const doc = (title: string, published: string, body: string) => `---\ntitle: "${title}"\npublished: ${published}\n---\n\n${body}\n`;

describe("goods asked, named only by the headline", () => {
  it("gives no total exports for the goods, and names the value as not stated", async () => {
    const { ask, close } = await answersOver({ "shengzhou-2025.md": doc(
      "Shengzhou lamp expo opens as desk-lamp exports climb 6.2%", "2025-06-20",
      "# Shengzhou lamp expo opens as desk-lamp exports climb 6.2%\n\n"
      + "Shengzhou exported 12.4 billion yuan of lighting products in the first five months of this year, according to "
      + "the customs office. The city's total imports and exports over the period reached 40.1 billion yuan, up 3.3 "
      + "percent, of which exports were 31.5 billion yuan, up 4.4 percent.") });
    try {
      const a = await ask("shengzhou desk lamp exports jan-may 2025? value + yoy");
      if (!a.abstained) expect(a.answer).not.toMatch(/31\.5|4\.4%/);
      expect(a.abstained || (a.missing?.length ?? 0) > 0).toBe(true);
    } finally { await close(); }
  });

  it("a quantity stated answers 'how much … sell' with no value named as missing", async () => {
    const { ask, close } = await answersOver({ "dongshan-2025.md": doc(
      "Dongshan island's bunker trade grows", "2026-01-20",
      "# Dongshan island's bunker trade grows\n\n"
      + "Bunker sales reached 3.11 million tonnes last year, up 6.2 percent, and the city's bonded fuel oil trade ranked "
      + "third in the province.") });
    try {
      const a = await ask("how much bonded bunker fuel did dongshan sell in 2025, and yoy?");
      expect(a.answer).toMatch(/3\.11 million tonnes/);
      expect(a.missing ?? []).not.toContain("the value asked");
    } finally { await close(); }
  });
});
