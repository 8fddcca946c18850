import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";

// Look-ups of quantities (stop 35, second round): the figure the question names by how it was published or counted.
// Made-up figures; places only where the gazetteer's spelling is the point.
describe("'the revised number' beside a yearbook's figure of the same year", () => {
  let ask: Awaited<ReturnType<typeof answersOver>>["ask"];
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ ask, close } = await answersOver({
      "yearbook.md": "---\ntitle: \"Henan Statistical Yearbook 2032 - Imports and Exports by City\"\ndate: 2032-09-20\n---\n\n"
        + "Total Imports and Exports by City (2031)\n\nUnit: 10,000 US dollars\n\n"
        + "| City | Imports and exports | Growth (%) |\n|---|---|---|\n| Luoyang | 1,612,340 | 2.4 |\n"
        + "| Kaifeng | 512,870 | 5.1 |\n",
      "luoyang.md": "---\ntitle: \"Luoyang's 2032 trade rises 3.1%\"\ndate: 2033-01-25\n---\n\n"
        + "Luoyang's total imports and exports in 2032 were 118.42 billion yuan, up 3.1 percent over 2031. "
        + "The 2031 figure, first published as 112.36 billion yuan, was revised to 114.86 billion yuan in this release.\n",
    }));
  }, 120_000);
  afterAll(() => close());
  it("is the figure the first estimate was revised to", async () => {
    const a = await ask("luoyang 2031 total trade - the revised number pls");
    expect(a.abstained).toBe(false);
    expect(a.answer).toMatch(/^Luoyang's foreign trade was 114\.86 billion yuan/);
  });
});
