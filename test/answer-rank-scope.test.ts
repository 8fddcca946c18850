import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";

// A province named before "rank" whose cities the list names is the ranking's scope, not an item (stop 33's review:
// it was ranked apart as "not comparable" and named missing, which made the answer an abstention). Made-up figures.
const ZHEJIANG = `---
title: "Zhejiang's exports rose 4.1% in 2031"
date: 2032-01-22
---

HANGZHOU -- Zhejiang province's exports rose 4.1 percent to 3.52 trillion yuan in 2031, the provincial department of
commerce said. Among its cities, Ningbo exported 912.4 billion yuan, up 3.2 percent; Wenzhou's exports grew 6.8 percent
to 214.5 billion yuan, and Jinhua exported 598.1 billion yuan, up 9.4 percent.
`;

let over: Awaited<ReturnType<typeof answersOver>>;
beforeAll(async () => { over = await answersOver({ "zhejiang.md": ZHEJIANG }); });
afterAll(() => over.close());

describe("a ranking of a province's cities, the province named first ('Zhejiang 2031: rank A, B and C by exports')", () => {
  it("ranks the cities alone and names nothing missing", async () => {
    const a = await over.ask("Zhejiang 2031: rank Ningbo, Wenzhou and Jinhua by exports");
    expect(a.abstained).toBe(false);
    expect(a.answer).toMatch(/1\. Ningbo 912\.4 billion yuan; 2\. Jinhua 598\.1 billion yuan; 3\. Wenzhou 214\.5 billion yuan/);
    expect(a.answer).not.toMatch(/Zhejiang/);
  });
});
