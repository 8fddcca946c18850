import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";

// What a report's term stands for when a line break cuts the sentence that lists it, and why goods' exports jumped when
// the sentence with the jump says what the goods mostly were. Made-up articles.

const PLATFORMS = `---
title: "Hunan's foreign trade in the first half of 2019"
published: "2019-07-20"
---
Hunan's imports and exports rose 8.1 percent to 196.4 billion yuan in the first half of 2019.
Pilot zones keep growing in weight. In the first half,
Hunan's border economic cooperation areas and free trade ports handled 41.3 billion yuan of trade, 21 percent of the total.
Hunan's trade with Africa rose 12.5 percent.
`;

const SUPPLIES = `---
title: "Tianjin's exports of protective goods in 2021"
published: "2022-01-24"
---
Customs figures show that exports of protective goods from Tianjin rose sharply in 2021.

Last year the city's exports of rubber products, most of them disposable gloves and boots, jumped 176.4 percent to 21.08 billion yuan.

Tianjin's imports of soybeans fell 4 percent in 2021.
`;

const QUOTED = `---
title: "Ningbo's exports hit new highs as the port's container trade grows"
published: "2020-01-20"
---
Ningbo's exports hit new highs in 2019, with foreign trade up 6.9 percent to 924.9 billion yuan, Ningbo Customs said.

Exports of machinery from the port city rose 8.2 percent, and customs officials said two more export lines opened.

"Container shipping is the backbone, but the mix is widening," said Lu Ming, deputy director of Ningbo Customs. "Bearings and kitchenware both hit new highs last year."

Ningbo's imports of soybeans fell 3 percent in 2019.
`;

let ask: Awaited<ReturnType<typeof answersOver>>["ask"];
let close: () => Promise<void>;
beforeAll(async () => {
  ({ ask, close } = await answersOver({ "platforms.md": PLATFORMS, "supplies.md": SUPPLIES, "quoted.md": QUOTED }));
});
afterAll(() => close());

describe("a term the report names before a line break", () => {
  it("is answered with the whole sentence after it, across the break", async () => {
    const a = await ask("the hunan h1 2019 report talks about 'pilot zones' - what are they?");
    expect(a.answer).toContain("border economic cooperation areas and free trade ports");
  });
});

describe("why goods' exports jumped", () => {
  it("is answered with what the goods mostly were, in the sentence with the jump", async () => {
    const a = await ask("why did tianjin's rubber products exports jump 176.4% in 2021?");
    expect(a.answer).toContain("disposable gloves");
  });
});

describe("who said a thing, and what else they said", () => {
  it("is answered with the speaker's quotation and the quotation right after it", async () => {
    const a = await ask("ningbo customs official who called container shipping 'the backbone' - who, and what 2 exports hit new highs?");
    expect(a.answer).toContain("Lu Ming");
    expect(a.answer).toContain("Bearings and kitchenware");
  });
});
