import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";

// A ranking of goods over a document that tables its goods (retrieval/intents/tableRows.ts): the table's rows are the
// items, the sentences' figures beside it (the goods' whole, a part of one row, a class across the rows) are not.
// Made-up article: no evaluation set's place, name or figure.

const DOC = `---
title: "Zhaoqing exports by category, 2021"
published: "2022-02-10"
---
Zhaoqing's exports reached 40.5 billion yuan in 2021, up 7.3 percent.

Exports of machinery were 14.2 billion yuan, up 9.1 percent. Furniture exports alone rose 3.4 percent to 6.6 billion yuan.

Exports of mechanical and electrical products were 21.7 billion yuan, up 8.8 percent.

Exports by category, 2021 (billion yuan)

| Category | Value | Change % |
| --- | --- | --- |
| Machinery | 14.2 | 9.1 |
| Ceramic tiles | 5.9 | 2.2 |
| Garments | 4.7 | -1.5 |
| Toys | 3.1 | 6.0 |
`;

// goods named one by one in sentences, their whole by a word that points back at them
const SECTOR = `---
title: "Xiangtan pump makers abroad, 2021"
published: "2022-02-14"
---
Pumps made in Xiangtan found more buyers abroad, as exports of the sector reached 31.5 billion yuan in 2021, up 12.2 percent.

Among the major categories, centrifugal pump exports rose 20.1 percent to 11.3 billion yuan, followed by valves at 8.4 billion yuan and compressors at 5.2 billion yuan.
`;

let over: Awaited<ReturnType<typeof answersOver>>;
beforeAll(async () => { over = await answersOver({ "zhaoqing.md": DOC, "xiangtan.md": SECTOR }); });
afterAll(async () => over.close());

describe("a ranking of goods beside a table of goods", () => {
  it("ranks the table's rows, not the sentences' wholes, parts or classes", async () => {
    const a = await over.ask("top 3 zhaoqing export products in 2021 by value?");
    expect(a.abstained, a.answer).toBe(false);
    expect(a.answer).toMatch(/^Ranked by Zhaoqing's exports, 2021: 1\. machinery 14\.2 billion yuan; 2\. ceramic tiles 5\.9 billion yuan; 3\. garments 4\.7 billion yuan/i);
    expect(a.answer).not.toMatch(/mechanical and electrical|furniture/i);
  });
});

describe("a ranking of goods beside their whole named by a pointing word", () => {
  it("leaves out 'the sector', which names no goods of its own", async () => {
    const a = await over.ask("which xiangtan pump categories exported the most in 2021 (top 3)");
    expect(a.answer).not.toMatch(/\bsector\b/);
    expect(a.answer).toMatch(/1\. centrifugal pump\w* 11\.3 billion yuan/);
  });
});
