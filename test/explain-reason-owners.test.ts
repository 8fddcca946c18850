import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";

// Whose reason a sentence gives, over made-up articles (no evaluation set's place, person or number): a sentence about
// the asked partner that names no other owner is the article's place's, even when the partner is a place itself
// (Taiwan, Hong Kong); and goods called by the last word of their name after the article named them in full
// ("tile exports" after "ceramic tiles") are those goods, not another kind of them.

const SHANTOU = `---
title: "Shantou customs bulletin, 2021"
published: "2022-01-20"
---
SHANTOU -- Shantou's imports and exports reached 87.3 billion yuan in 2021, up 9.1 percent, the city's customs office said.

Trade with Taiwan rose 14.6 percent, thanks to two new direct container routes across the strait and faster release of farm produce.

Processing trade fell 4.2 percent because of weaker orders for toys.
`;

const ZIBO = `---
title: "Zibo's trade in 2019"
published: "2020-02-11"
---
ZIBO -- Zibo's foreign trade grew 3.4 percent to 61.8 billion yuan in 2019, the city's commerce bureau said.

Exports of ceramic tiles fell 11.7 percent to 2.9 billion yuan, and exports of chemicals rose 6.5 percent.

Sun Peiwen, head of the bureau, put the fall in tile exports down to anti-dumping duties in two Gulf markets.

Exports of roof tiles dropped 8.0 percent, mainly because of a slump in house building abroad.
`;

let ask: Awaited<ReturnType<typeof answersOver>>["ask"];
let close: () => Promise<void>;
beforeAll(async () => {
  ({ ask, close } = await answersOver({ "shantou.md": SHANTOU, "zibo.md": ZIBO }));
});
afterAll(() => close());

describe("reasons of the asked partner and of goods by a short name", () => {
  it("explains the trade with a partner that is a place by the sentence on that trade, not the other reason", async () => {
    const a = await ask("why did shantou's trade with taiwan go up in 2021");
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain("two new direct container routes");
    expect(a.answer).not.toContain("weaker orders for toys");
  });

  it("explains goods the reason calls by the last word of their name", async () => {
    const a = await ask("why did zibo's ceramic tile exports drop in 2019?");
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain("anti-dumping duties");
  });

  it("does not give another kind of the goods' reason", async () => {
    const a = await ask("why did zibo's ceramic tile exports drop in 2019?");
    expect(a.answer).not.toContain("house building");
  });
});
