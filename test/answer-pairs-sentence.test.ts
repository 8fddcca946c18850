import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";

// "value and growth" look-ups answered part by part (stop 40): the growth beside a level is the one the level's own
// sentence joins to it, never a headline's growth of the whole; a growth the sentence gives of another thing ("with
// textiles up 12.1 percent") does not displace the flow's own. Made-up articles, no evaluation set's place or number.

// (a plain-text article whose first line is its headline: the headline's growth is read as the exports' too)
const CHANNEL = `Lishui cross-border e-commerce grows 24.6% in 2022 as exports surge
Published 2023-01-20

Lishui's cross-border e-commerce imports and exports reached 8.4 billion yuan in 2022, up 24.6 percent year on year, the city's commerce bureau said.

Exports through cross-border e-commerce channels jumped 48.2 percent to 5.9 billion yuan, while imports fell 6.3 percent to 2.5 billion yuan.
`;

const OTHER_THING = `---
title: "Bazhong's foreign trade up 9.3% in 2021"
published: "2022-01-25"
---
Bazhong's exports grew 9.3 percent in 2021, the city's customs said.

Exports of textiles and garments accounted for 3.2 billion yuan. Exports totalled 7.6 billion yuan, with textiles up 12.1 percent.
`;

let over: Awaited<ReturnType<typeof answersOver>>;
beforeAll(async () => {
  over = await answersOver({ "channel.txt": CHANNEL, "other-thing.md": OTHER_THING });
}, 60_000);
afterAll(async () => over.close());

const values = (a: { figures: Array<{ value: number }> }) => a.figures.map((f) => f.value);

describe("a growth asked beside a level", () => {
  it("takes the growth the level's own sentence states, not the headline's", async () => {
    const a = await over.ask("lishui cross border e-commerce exports 2022 + growth rate");
    expect(a.abstained).toBe(false);
    expect(values(a)).toEqual(expect.arrayContaining([5.9, 48.2]));
    expect(values(a)).not.toContain(24.6);
  });

  it("does the same for 'value and yoy'", async () => {
    const a = await over.ask("lishui cross-border e-commerce exports in 2022, value and yoy?");
    expect(values(a)).toEqual(expect.arrayContaining([5.9, 48.2]));
    expect(values(a)).not.toContain(24.6);
  });

  it("keeps the flow's own growth when the level's sentence gives another thing's", async () => {
    const a = await over.ask("bazhong exports 2021 value and growth?");
    expect(values(a)).toEqual(expect.arrayContaining([7.6, 9.3]));
    expect(values(a)).not.toContain(12.1);
  });
});

const TWO_CURRENCIES = `---
title: "Pingliang's first-half trade up 12.3%"
published: "2022-07-20"
---
In the first half of 2022, Pingliang's foreign trade was 28.4 billion yuan (about 4.4 billion US dollars), up 12.3 percent.

In dollar terms, imports and exports climbed 20.1 percent.
`;

describe("a level given in two currencies", () => {
  it("keeps the growth in the currency asked, not the sentence's growth in the other", async () => {
    const two = await answersOver({ "two-currencies.md": TWO_CURRENCIES });
    try {
      const a = await two.ask("pingliang h1 2022 foreign trade in usd? and growth in dollar terms");
      expect(values(a)).toContain(20.1);
      expect(values(a)).not.toContain(12.3);
    } finally {
      await two.close();
    }
  });
});
