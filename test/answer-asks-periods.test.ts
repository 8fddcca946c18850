import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";

// A question joining two asks, the second naming no period of its own ("…, and what share of X's?"): read ask by ask,
// the second may find another year's figure; ask by ask then answers only in the periods the question names. Made-up
// articles.
const CROSSINGS = `---
title: "Border trade by crossing"
published: "2032-02-10"
---
Border trade through Wuzhou rose in 2031, the department said.

Table: Guangxi border trade by crossing, 2031 (billion yuan)
| Wuzhou | 2.11 |
| Wuhu | 0.54 |
| Hezhou | 1.05 |
| Total | 4.24 |
`;
const LATER = `---
title: "Guangxi's trade in 2034"
published: "2035-01-20"
---
In 2034 Guangxi's foreign trade was 912.5 billion yuan, 1.9 percent of the total.
`;

describe("a second ask naming no period", () => {
  let ask: Awaited<ReturnType<typeof answersOver>>;
  beforeAll(async () => { ask = await answersOver({ "crossings.md": CROSSINGS, "later.md": LATER }); });
  afterAll(() => ask.close());
  it("is not answered by another year's figure", async () => {
    // (a crossing the gazetteer puts in another province: no share of Guangxi is worked out for it)
    const a = await ask.ask("how much border trade went through wuhu in 2031, and what share of guangxi's?");
    expect(a.figures.map((f) => f.value)).not.toContain(1.9);
  });
  it("while a crossing in the province the caption names is worked out as its share of the caption's total", async () => {
    const a = await ask.ask("how much border trade went through wuzhou in 2031, and what share of guangxi's?");
    expect(a.abstained).toBe(false);
    expect(a.figures.map((f) => f.value)).toEqual(expect.arrayContaining([2.11, 4.24]));
  });
});
