import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";

// Look-ups answered with a figure that is not the one asked: a rank for "how much", a figure a later correction
// notice says was wrong. Made-up articles and figures.
const RANKING = `---
title: "Top trading cities of 2031"
published: "2032-01-28"
---
Zorgrad remained the country's largest trading city with imports and exports of 3,611.8 billion yuan in 2031, up 2.1 percent.

Among Jiangsu cities, Nantong came fifth with 258.2 billion yuan in 2031, up 4.1 percent, helped by exports of ships and car parts.

Further down the ranking, Yangzhou came 23rd with 105.6 billion yuan. Among Jiangsu cities, Nantong ranked 29th.
`;

let ask: Awaited<ReturnType<typeof answersOver>>["ask"];
let close: () => Promise<void>;
beforeAll(async () => {
  ({ ask, close } = await answersOver({ "ranking.md": RANKING }));
});
afterAll(() => close());

describe("a bare look-up of a flow that only a rank answers", () => {
  it("is not answered with the rank: a rank says where, not how much", async () => {
    const a = await ask("nantong exports in 2031?");
    expect(a.abstained).toBe(true);
    expect(a.answer.split("Closest")[0]).not.toMatch(/29th/);
  });
  it("nor with a sentence whose figure is the place's trade, whose exports are only named as what helped it", async () => {
    const a = await ask("nantong exports in 2031?");
    expect(a.abstained).toBe(true);
    expect(a.answer.split("Closest")[0]).not.toMatch(/258\.2/);
  });
  it("a rank asked is still answered", async () => {
    const a = await ask("where did nantong rank in 2031?");
    expect(a.answer).toMatch(/29th/);
  });
});
