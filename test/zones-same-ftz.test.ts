import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sameFreeTradeZone } from "../text/zones.js";
import { answersOver } from "./helpers/answerOver.js";

// One pilot free trade zone named by its short name in one document ("Zigong FTZ") and by its full name in another
// ("China (Zigong) Pilot Free Trade Zone"): one zone. Made-up zones and figures.
describe("one pilot free trade zone by its names", () => {
  it.each([
    ["zone:Zigong FTZ", "zone:Zigong Pilot Free Trade Zone"],
    ["zone:Zigong FTZ", "zone:China (Zigong) Pilot Free Trade Zone"],
    ["zone:Zigong Free Trade Zone", "zone:Zigong Pilot FTZ"],
  ])("%s is %s", (a, b) => {
    expect(sameFreeTradeZone(a, b)).toBe(true);
    expect(sameFreeTradeZone(b, a)).toBe(true);
  });
  it.each([
    ["zone:Zigong FTZ", "zone:Qiaolin FTZ"],
    ["zone:Zigong FTZ", "zone:Zigong Comprehensive Bonded Zone"],
    ["zone:Zigong Port", "zone:Zigong Port"],
    ["zone:FTZ", "zone:Pilot Free Trade Zone"],
  ])("%s is not %s", (a, b) => {
    expect(sameFreeTradeZone(a, b)).toBe(false);
  });
});

const TABLE = `---
title: "Pilot free trade zones in 2031"
published: "2032-03-01"
---
Table 1. Selected pilot FTZs, 2031 (trade in billion yuan)

| Zone | Trade | Growth (%) |
|---|---|---|
| Zigong FTZ | 512.6 | 18.4 |
| Qiaolin FTZ | 326.4 | 31.2 |
`;
const STORY = `---
title: "Ten years of the China (Zigong) Pilot Free Trade Zone"
published: "2032-05-01"
---
The China (Zigong) Pilot Free Trade Zone reported imports and exports of 401.7 billion yuan in 2030, up 9.3 percent.
`;

describe("a question on a free trade zone by its short name", () => {
  let ask: Awaited<ReturnType<typeof answersOver>>;
  beforeAll(async () => {
    ask = await answersOver({ "table.md": TABLE, "story.md": STORY });
  });
  afterAll(() => ask.close());
  it("is answered by the document naming it in full", async () => {
    const a = await ask.ask("zigong ftz trade in 2030, value and yoy?");
    expect(a.abstained).toBe(false);
    expect(a.figures.map((f) => f.value)).toEqual(expect.arrayContaining([401.7, 9.3]));
  });
});
