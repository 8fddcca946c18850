import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";

// A sentence naming one partner beside a group's figure ("Japan stayed its largest partner, and trade with the other
// members of RCEP reached …", which a reading may give Japan), then a table of the partners: a ranking of the
// partners the question lists takes each one's row of the table the others' figures are in. Made-up article.
const TEXT = `---
title: "Gansu's trade in the first half of 2031"
published: "2031-07-20"
---
Gansu's imports and exports rose 9.1 percent to 412.6 billion yuan in the first half of 2031.

Japan stayed Gansu's largest trading partner, and trade with the 14 other members of the Regional Comprehensive Economic Partnership (RCEP) reached 188.40 billion yuan in the first half of 2031, up 12.2 percent.

| Partner | Trade (billion yuan) | Change |
|---|---|---|
| Japan | 60.12 | +4.4% |
| European Union | 51.37 | +8.9% |
| South Korea | 44.05 | +2.1% |
| United States | 39.66 | +15.3% |
`;

let over: Awaited<ReturnType<typeof answersOver>>;
beforeAll(async () => { over = await answersOver({ "h1.md": TEXT }); });
afterAll(async () => over.close());

describe("a partner's table row over a sentence's figure", () => {
  it("ranks each listed partner by its row of the table the others are in", async () => {
    const a = await over.ask("gansu h1 2031: rank japan, eu, south korea and us by trade value");
    expect(a.abstained, a.answer).toBe(false);
    expect(a.answer).toMatch(/1\. Japan 60\.12 billion yuan; 2\. European Union \(EU\) 51\.37 billion yuan; 3\. South Korea 44\.05/);
    expect(a.answer).not.toMatch(/188\.4/);
  });
});
