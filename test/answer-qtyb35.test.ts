import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";
import { factsOf, one } from "./helpers/facts.js";

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

describe("things counted before the value they are worth", () => {
  it("are a count of those things, and the value is theirs, not the place's total", () => {
    const facts = factsOf("Weihai's exports rose 4.2 percent to 61.3 billion yuan in 2031. Excavators were the largest export. "
      + "Weihai exported 12.7 million excavators worth 8.45 billion yuan, up 6.1 percent.", { published: "2032-01-20" });
    expect(one(facts, 12.7)).toMatchObject({ measure: "count", unit: "million excavators", subject: "excavators" });
    expect(one(facts, 8.45)).toMatchObject({ measure: "amount", metric: "exports", subject: "excavators" });
  });
  it("are tyres, a count, however the sentence goes on", () => {
    const facts = factsOf("In 2031 Weihai made 90.2 million tyres and exported 4.1 billion US dollars of them.",
      { published: "2032-01-20" });
    expect(facts.filter((f) => f.value === 90.2 && /dollars|yuan/.test(f.unit))).toEqual([]);
  });
  it("are no count where a preposition stands before the value ('5.2 million in goods worth …')", () => {
    const facts = factsOf("Weihai's exports rose to 5.2 million yuan in goods worth 3.1 billion yuan in 2031.",
      { published: "2032-01-20" });
    expect(facts.filter((f) => f.measure === "count")).toEqual([]);
  });
});
