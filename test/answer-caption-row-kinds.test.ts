import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";

// "which 3 X districts traded most" over a made-up article about one district: the rows of its table whose caption
// names the city and the kind asked are the city's districts, ranked by the value column, the named "New Area" among
// them; a table under a caption of another kind is not ranked.

const ARTICLE = `---
title: "Riverside New Area trade climbs in 2031"
published: "2032-01-20"
---
Riverside New Area's imports and exports reached 512.0 billion yuan in 2031, up 3.1 percent.

Foreign trade of selected Hangzhou districts, 2031 (100 million yuan)

| District | Imports and exports | Change (%) |
|---|---|---|
| Riverside New Area | 5,120 | 3.1 |
| Oakfield | 830 | 2.0 |
| Millbrook | 1,240 | -1.5 |
| Stonegate | 610 | 4.2 |
`;

// the same shape in a page: a <caption> over a <th> header
const PAGE = `<!DOCTYPE html><html><head><title>Lakeshore District posts record trade</title></head><body><div>
<h1>Lakeshore District posts record trade</h1>
<p>Lakeshore District's imports and exports reached 402.0 billion yuan in 2031, up 2.4 percent.</p>
<table>
  <caption>Foreign trade of selected Nanjing districts, 2031 (100 million yuan)</caption>
  <tr><th>District</th><th>Imports and exports</th><th>Change (%)</th></tr>
  <tr><td>Lakeshore Development Area</td><td>4,020</td><td>2.4</td></tr>
  <tr><td>Pinehill</td><td>350</td><td>1.0</td></tr>
  <tr><td>Redcliff</td><td>910</td><td>3.3</td></tr>
</table>
</div></body></html>`;

let ask: Awaited<ReturnType<typeof answersOver>>["ask"];
let close: () => Promise<void>;
beforeAll(async () => {
  ({ ask, close } = await answersOver({ "riverside.md": ARTICLE, "lakeshore.html": PAGE }));
});
afterAll(() => close());

describe("rows of a table whose caption names the kind asked", () => {
  it("ranks the city's districts from a caption naming the city and its districts", async () => {
    const a = await ask("which 3 hangzhou districts had the most trade in 2031?");
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain("1. Riverside New Area 512 billion yuan; 2. Millbrook 124 billion yuan; 3. Oakfield 83 billion yuan");
  });
  it("does not take the rows as another kind the caption does not name", async () => {
    const a = await ask("which 3 hangzhou parks had the most trade in 2031?");
    expect(a.answer).not.toContain("Millbrook");
  });
  it("ranks the rows of an html table whose caption names the city and its districts", async () => {
    const a = await ask("top 2 nanjing districts by trade in 2031");
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain("1. Lakeshore Development Area 402 billion yuan; 2. Redcliff 91 billion yuan");
  });
});
