import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";

// A ranking of one goods' partners ("rank X's kite export markets", "the buyers of its electricity"): the partners'
// figures of a sentence that names the goods (or its paragraph before it does), read as the flow its words say
// ("the largest buyer", "market"), never the partners of another goods; and a region that is no trading bloc gives
// way to its countries. Made-up articles, places and figures.
const KITES = `---
title: "Lanxi kite makers ride a windy year"
published: "2031-02-01"
---
Lanxi exported 9.9 billion yuan of kites in 2030, up 6.1 percent.

By market, Chile remained the largest buyer of Lanxi kites at 3.31 billion yuan, followed by Peru with 2.52 billion yuan, Norway with 1.43 billion yuan and Iceland with 0.64 billion yuan.

Lanxi's trade with Japan was 7.7 billion yuan in 2030, and with Egypt 5.5 billion yuan.
`;
const POWER = `---
title: "Lanxi sells more power across the border"
published: "2031-02-01"
---
Lanxi exported 4.2 billion kWh of electricity in 2030, up 9.1 percent.

Laos remained the largest buyer of Lanxi power, taking 2.13 billion kWh, followed by Myanmar with 1.27 billion kWh and Vietnam with 0.58 billion kWh.
`;
const STEPPE = `---
title: "Lanxi trade, January-October 2029"
published: "2029-11-20"
---
Lanxi's trade with the five Central Asian countries was 301.5 billion yuan in the first ten months of 2029. Kazakhstan remained Lanxi's largest trading partner with trade of 141.6 billion yuan, followed by Kyrgyzstan at 88.4 billion yuan and Tajikistan at 31.7 billion yuan. Trade with Russia was 20.3 billion yuan.
`;

let over: Awaited<ReturnType<typeof answersOver>>;
beforeAll(async () => { over = await answersOver({ "kites.md": KITES, "power.md": POWER, "steppe.md": STEPPE }); });
afterAll(async () => over.close());

describe("a ranking of one goods' partners", () => {
  it("ranks the markets its sentence names with the goods, as exports", async () => {
    const a = await over.ask("rank lanxi's kite export markets in 2030 by value");
    expect(a.abstained, a.answer).toBe(false);
    expect(a.answer).toMatch(/1\. Chile 3\.31 billion yuan; 2\. Peru 2\.52 billion yuan; 3\. Norway 1\.43 billion yuan; 4\. Iceland 0\.64/);
    expect(a.answer).toMatch(/exports to each partner/);
    // (the partners of its total trade are not the kites' markets)
    expect(a.answer).not.toMatch(/Japan|Egypt/);
  });
  it("ranks the buyers of a goods a text names by an everyday word, in the goods' own unit", async () => {
    const a = await over.ask("rank the buyers of lanxi's electricity exports in 2030");
    expect(a.abstained, a.answer).toBe(false);
    expect(a.answer).toMatch(/1\. Laos[^;]* 2\.13 billion kWh; 2\. Myanmar 1\.27 billion kWh; 3\. Vietnam 0\.58 billion kWh/);
  });
});

describe("a region beside its own countries", () => {
  it("gives way to them in a ranking of partners", async () => {
    const a = await over.ask("rank lanxi's top 3 trade partners by value, jan-oct 2029");
    expect(a.abstained, a.answer).toBe(false);
    expect(a.answer).toMatch(/1\. Kazakhstan 141\.6 billion yuan; 2\. Kyrgyzstan 88\.4 billion yuan; 3\. Tajikistan 31\.7/);
    expect(a.answer).not.toMatch(/Central Asia/);
  });
});
