import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";

// "Why was the figure revised?" is answered by what the correction notice says made the first figure wrong, with the
// revised figure; never by why the figure grew. Made-up articles (no evaluation set's place, person or number).

const NOTICE = `LISHUI FURNITURE TRADE IN 2031: CORRECTION

Published March 5, 2032, by the Lishui Bureau of Commerce

Correction: An earlier version of this report stated that Lishui's furniture exports in 2031 were 3.42 billion yuan. After checks by customs, the figure has been revised to 3.17 billion yuan. The earlier figure double-counted goods shipped from other provinces through the Wenzhou port.

Lishui's furniture exports grew 8.1 percent in 2031, driven by orders from hotel chains in the Gulf.
`;

const EDITED = `---
title: "Lishui's bamboo product exports up in first ten months (revised)"
published: "2031-11-20"
---
*Editor's note: This article has been updated. An earlier version put Lishui's January-September bamboo product exports at 2.71 million tonnes. The revised figure is 2.52 million tonnes.*

Lishui exported 2.83 million tonnes of bamboo products in January-October 2031, up 4.4 percent year on year.

## Markets

Exports to Japan rose 9.2 percent, thanks to new kitchenware lines sold in convenience stores.

"Bamboo is our strongest export now," said Ma Qiaoyun, deputy director of the bureau. Asked why the January-September figure had been revised, Ma said the preliminary data "counted some returned shipments twice".
`;

const NO_REASON = `---
title: "Quzhou tea trade in 2031"
published: "2032-02-01"
---
QUZHOU -- Quzhou's tea exports in 2031 have been revised to 410 million yuan, the city's commerce bureau said.

Tea exports rose 12.6 percent, thanks to new buyers in Morocco and Senegal.
`;

let ask: Awaited<ReturnType<typeof answersOver>>["ask"];
let close: () => Promise<void>;
beforeAll(async () => {
  ({ ask, close } = await answersOver({
    "lishui-furniture-2031-correction.txt": NOTICE, "lishui-bamboo-2031-revised.md": EDITED, "quzhou-tea-2031.md": NO_REASON,
  }));
});
afterAll(() => close());

describe("why a figure was revised", () => {
  it("is what the notice says was wrong with the earlier figure, though it names another place, with the revised figure", async () => {
    const a = await ask("why was lishui's 2031 furniture export number corrected?");
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain("double-counted goods shipped");
    expect(a.answer).toContain("3.17 billion yuan");
    expect(a.answer).not.toContain("hotel chains");
  });

  it("is read so from a question that misspells the verb", async () => {
    const a = await ask("why was the lishui furniture export figure for 2031 corrcted?");
    expect(a.answer).toContain("double-counted goods shipped");
  });

  it("is what a speaker answered when asked why, quoted with the revised figure the article gives further up", async () => {
    const a = await ask("why did lishui revise its jan-sep 2031 bamboo product export figure?");
    expect(a.answer).toContain("counted some returned shipments twice");
    expect(a.answer).toContain("2.52 million tonnes");
    expect(a.answer).not.toContain("kitchenware");
  });

  it("is not a reason for the growth, when the article gives none for the revision", async () => {
    const a = await ask("why were quzhou's 2031 tea export figures revised?");
    expect(a.answer).not.toContain("Morocco");
  });

  it("leaves the reasons for the growth to a question on the growth", async () => {
    const a = await ask("what drove lishui's furniture exports in 2031?");
    expect(a.answer).toContain("hotel chains");
  });
});
