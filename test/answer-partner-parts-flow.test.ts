import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";

// One goods' parts by partner are of one flow: a sentence exporting to one partner and importing from another gives
// no exports by partner. Made-up text.
describe("goods' parts by partner across two flows", () => {
  let ask: Awaited<ReturnType<typeof answersOver>>["ask"];
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ ask, close } = await answersOver({
      "a.md": `---
title: "Yunnan's power trade in 2031"
published: "2032-01-20"
---
Yunnan's foreign trade rose 5.2 percent in 2031.

In 2031 Yunnan exported 3.12 billion kilowatt-hours of electricity to Laos and imported 0.84 billion kilowatt-hours of electricity from Myanmar.
`,
    }));
  });
  afterAll(async () => close());

  it("never gives the imports' partner as one the goods were sold to", async () => {
    const a = await ask("which countries did yunnan sell electricity to in 2031, and how much to each?");
    expect(a.answer).not.toMatch(/exports of electricity by partner[^\[]*Myanmar/);
  });
});
