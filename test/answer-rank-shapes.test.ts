import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";

// Rankings over made-up articles (no evaluation set's place, person or number): every item the document gives with its
// figure, of the asked goods or trade mode, place and period.

const SERIES = `---
title: "Guangdong's cross-border e-commerce in 2021"
published: "2022-01-20"
---
Guangdong's cross-border e-commerce imports and exports rose 12.1 percent to 301.2 billion yuan in 2021.

Shenzhen remained the largest, with cross-border e-commerce imports and exports of 88.1 billion yuan, up 11.2 percent. Dongguan, including Humen, recorded 61.4 billion yuan, up 20.3 percent; Foshan 22.7 billion yuan, up 9.8 percent; and Zhuhai 12.5 billion yuan, up 14.6 percent.

Guangdong's foreign trade as a whole grew 16.7 percent, and Zhongshan's trade grew 25.2 percent.
`;

const TABLE = `---
title: "Beihai's imports in 2020"
published: "2021-02-01"
---
Beihai's imports reached 30.2 billion yuan in 2020.

Main imports of Beihai, 2020:

| Product | Quantity (10,000 tonnes) | Value (100 million yuan) | Year-on-year change (%) |
|---|---|---|---|
| Timber (mainly logs) | 120 | 33.5 | 4.2 |
| Seafood, including shrimp | 21 | 71.9 | 18.8 |
| Copper ore | 88 | 52.6 | -3.1 |
| Cashew nuts | 9 | 12.4 | 7.7 |
`;

const MONTHS = `---
title: "Wuhu port trade, January-August 2020"
published: "2020-09-20"
---
Wuhu's imports and exports reached 40.2 billion yuan in the first eight months of 2020.

| Month | Imports and exports (billion yuan) |
|---|---|
| January-February | 8.11 |
| March | 4.02 |
| April | 4.75 |
| May | 4.61 |
| June | 4.98 |
| July | 4.44 |
| August | 5.06 |
`;

let over: Awaited<ReturnType<typeof answersOver>>;
beforeAll(async () => { over = await answersOver({ "series.md": SERIES, "table.md": TABLE, "months.md": MONTHS }); });
afterAll(async () => over.close());

describe("rankings of a place's cities", () => {
  it("ranks the cities' figures of the asked trade mode ('cbec'), read from a series that names the mode once", async () => {
    const a = await over.ask("guangdong cbec 2021: which three cities grew fastest? rates pls");
    expect(a.abstained, a.answer).toBe(false);
    expect(a.answer).toMatch(/^Ranked by Guangdong cities' foreign trade \(cross-border e-commerce\), growth, 2021: /);
    expect(a.answer).toMatch(/1\. Dongguan 20\.3%; 2\. Zhuhai 14\.6%; 3\. Shenzhen 11\.2%/);
    expect(a.answer).not.toMatch(/Zhongshan/);
  });
});

describe("rankings of a place's goods", () => {
  it("ranks 'top 3 imports by value' from a table's rows, a row named with its examples ('X, including Y') among them", async () => {
    const a = await over.ask("beihai 2020 - top 3 imports by value?");
    expect(a.abstained, a.answer).toBe(false);
    expect(a.answer).toMatch(/1\. seafood 7\.19 billion yuan; 2\. copper ore 5\.26 billion yuan; 3\. timber 3\.35 billion yuan/i);
  });
});

describe("rankings of a place's months", () => {
  it("ranks as many months as asked ('rank the 3 months with the highest …'), within the months asked", async () => {
    const a = await over.ask("wuhu 2020, march to july: rank the 3 months with the highest imports+exports");
    expect(a.abstained, a.answer).toBe(false);
    expect(a.answer).toMatch(/1\. June 2020 4\.98 billion yuan; 2\. April 2020 4\.75 billion yuan; 3\. May 2020 4\.61 billion yuan/);
    expect(a.answer).not.toMatch(/4\.44|4\.02|5\.06/);
  });
  it("reads 'which 2 months had the biggest …' as a ranking of months", async () => {
    const a = await over.ask("wuhu, march-august 2020: which 2 months had the biggest trade?");
    expect(a.answer).toMatch(/1\. August 2020 5\.06 billion yuan; 2\. June 2020 4\.98 billion yuan \[/);
  });
});
