import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";

// Stop 34: region shares and the changes in them, from a made-up think-tank brief with a table of shares by region
// and benchmark years, and a made-up league table that states one region's share of a single year.
const BRIEF = `---
title: "Brief: three decades of regional trade shares"
published: "2042-04-02"
---
**Summary.** The coast still accounts for most of the country's trade, but the interior has gained.

**Table 1. Shares of national imports and exports by region (percent)**

| Region | 2031 | 2036 | 2041 |
|---|---|---|---|
| Eastern | 81.2 | 79.9 | 77.1 |
| Central | 6.1 | 7.3 | 8.8 |
| Western | 7.5 | 8.0 | 10.4 |
| North-eastern | 5.2 | 4.8 | 3.7 |

Note: shares may not add up to 100 because of rounding.
`;
const LEAGUE = `---
title: "Provincial league table: Guangdong keeps top spot as Anhui moves past Henan"
published: "2042-01-25"
---
Guangdong's trade rose 4.1 percent in 2041.

The three north-eastern provinces, Liaoning, Heilongjiang and Jilin, together traded 1,402.6 billion yuan, 3.66 percent
of the national total.
`;

let ask: Awaited<ReturnType<typeof answersOver>>["ask"];
let close: () => Promise<void>;
beforeAll(async () => {
  ({ ask, close } = await answersOver({ "brief.md": BRIEF, "league.md": LEAGUE }));
}, 120_000);
afterAll(() => close());

describe("a change in a share between two years (retrieval/quote.ts)", () => {
  it("is not answered by quoting a sentence that states one year's share only", async () => {
    const a = await ask("which region's share of national trade rose most 2031->2041? rank all four by change in share");
    expect(a.answer).not.toMatch(/quoted, not computed/);
  });
});
