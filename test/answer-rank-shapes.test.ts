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

let over: Awaited<ReturnType<typeof answersOver>>;
beforeAll(async () => { over = await answersOver({ "series.md": SERIES }); });
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
