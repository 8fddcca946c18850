import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";

// "Top 3 <region> cities by trade": the cities of the region's provinces, never a province's own total, nor a city of a
// province outside the region. Made-up article.
const TEXT = `---
title: "City trade in 2030"
published: "2031-02-01"
---
Cities in the central region traded more in 2030. Henan's foreign trade reached 910.2 billion yuan in 2030. Zhengzhou traded 612.4 billion yuan, Luoyang 31.5 billion yuan and Xinxiang 22.9 billion yuan. Wuhan traded 350.8 billion yuan, while Hangzhou traded 780.1 billion yuan.
`;

let over: Awaited<ReturnType<typeof answersOver>>;
beforeAll(async () => { over = await answersOver({ "cities.md": TEXT }); });
afterAll(async () => over.close());

describe("a region's cities ranked", () => {
  it("ranks the cities of the region's provinces only", async () => {
    const a = await over.ask("top 3 central china cities by foreign trade in 2030?");
    expect(a.abstained, a.answer).toBe(false);
    expect(a.answer).toMatch(/cities' foreign trade, 2030: 1\. Zhengzhou 612\.4 billion yuan; 2\. Wuhan 350\.8 billion yuan; 3\. Luoyang 31\.5/);
    expect(a.answer).not.toMatch(/Hangzhou|Henan 910/);
  });
});
