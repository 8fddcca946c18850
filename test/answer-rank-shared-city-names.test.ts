import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";
import { hasCityNamed } from "../text/places.js";

// A city whose name two provinces' cities share ("Fuzhou" of Fujian and of Jiangxi) is read as the first; ranked among
// the other province's cities when its document is about that province (retrieval/intents/rankWithin.ts). Made-up
// articles and figures.

const JIANGXI = `---
title: "Jiangxi cities' trade in 2031"
published: "2032-01-20"
---
Jiangxi's foreign trade reached 500 billion yuan in 2031.

| City | Trade (billion yuan) | Growth (%) |
| --- | --- | --- |
| Nanchang | 150.2 | 5.1 |
| Ganzhou | 90.4 | 8.2 |
| Fuzhou | 40.7 | 12.3 |
| Jiujiang | 30.1 | 2.4 |
`;
const FUJIAN = `---
title: "Fuzhou's trade in 2031"
published: "2032-01-22"
---
Fuzhou, capital of Fujian province, traded 345.6 billion yuan in 2031, up 3.3 percent.
`;

let over: Awaited<ReturnType<typeof answersOver>>;
beforeAll(async () => { over = await answersOver({ "jiangxi.md": JIANGXI, "fujian.md": FUJIAN }); });
afterAll(async () => over.close());

describe("a city name two provinces share", () => {
  it("is a city of either province", () => {
    expect(hasCityNamed("jiangxi", "city:fuzhou")).toBe(true);
    expect(hasCityNamed("fujian", "city:fuzhou")).toBe(true);
    expect(hasCityNamed("hunan", "city:fuzhou")).toBe(false);
  });
  it("is ranked among the other province's cities from that province's table, not from the first's article", async () => {
    const a = await over.ask("top 3 jiangxi cities by trade growth in 2031");
    expect(a.answer).toMatch(/1\. Fuzhou 12\.3%; 2\. Ganzhou 8\.2%; 3\. Nanchang 5\.1%/);
    const b = await over.ask("rank jiangxi cities by trade in 2031");
    expect(b.answer).not.toMatch(/345\.6/);
    expect(b.answer).toMatch(/Fuzhou 40\.7 billion yuan/);
  });
});
