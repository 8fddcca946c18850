import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";

// A list asked by how its items changed ("which cities saw trade shrink", "which grew fastest") is answered only by a
// list whose sentence says that change (retrieval/namedItems.ts): the top three by volume are not those that shrank.
// Made-up articles: no evaluation set's place, name or figure.

const ANHUI = `---
title: "Anhui cities' foreign trade in 2018"
published: "2019-02-11"
---
Anhui's foreign trade rose 13.1 percent in 2018.

Hefei, Wuhu and Chuzhou remained the top three cities by trade volume.

Only two cities, Huainan and Tongling, saw their trade shrink.
`;
const JIANGXI = `---
title: "Jiangxi cities' foreign trade in 2018"
published: "2019-02-12"
---
Jiangxi's foreign trade rose 8.2 percent in 2018.

Nanchang, Ganzhou and Jiujiang remained the top three cities by trade volume.
`;

let over: Awaited<ReturnType<typeof answersOver>>;
beforeAll(async () => { over = await answersOver({ "anhui.md": ANHUI, "jiangxi.md": JIANGXI }); });
afterAll(async () => over.close());

describe("a list asked by a change", () => {
  it("names the items a sentence says changed so, not the biggest", async () => {
    const a = await over.ask("which anhui cities saw trade shrink in 2018");
    expect(a.answer).toMatch(/Huainan and Tongling/);
    expect(a.answer).not.toMatch(/^The documents name Hefei/);
  });
  it("names no list when only the biggest are listed", async () => {
    const a = await over.ask("which jiangxi cities saw their trade fall in 2018?");
    expect(a.answer).not.toMatch(/^The documents name Nanchang/);
  });
});
