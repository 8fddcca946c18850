import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";

// A balance with a partner where the sentence names the partner once: "Of the X total, exports came to A, while imports
// were B" gives both flows with X, the second naming no partner of its own; a flow said to be the whole's ("total
// imports") is no partner's. Made-up articles and figures.
const BESIDE = `---
title: "Qinghai's trade with Pakistan in 2031"
published: "2032-01-20"
---
Qinghai's trade with Pakistan reached 40 billion yuan in 2031, up 9.6 percent.

Of the Pakistan total, exports came to 28.5 billion yuan, up 12.1 percent, while imports were 11.5 billion yuan, up 2.2 percent.
`;

const WHOLE = `---
title: "Ningxia's trade with Pakistan in 2031"
published: "2032-01-21"
---
Ningxia's trade with Pakistan reached 30 billion yuan in 2031.

Exports to Pakistan came to 21.5 billion yuan, while total imports were 45.5 billion yuan.
`;

describe("a balance with a partner named once in its sentence", () => {
  let ctx: Awaited<ReturnType<typeof answersOver>>;
  beforeAll(async () => {
    ctx = await answersOver({ "beside.md": BESIDE, "whole.md": WHOLE });
  }, 60_000);
  afterAll(() => ctx?.close());

  it("takes the other flow beside the partner's in that sentence", async () => {
    const a = await ctx.ask("qinghai's trade surplus with pakistan in 2031?");
    expect(a.abstained).toBe(false);
    // 28.5 − 11.5 = 17
    expect(a.figures.map((f) => f.value)).toContain(17);
  });

  it("never takes a flow said to be the whole's", async () => {
    const a = await ctx.ask("ningxia's trade surplus with pakistan in 2031?");
    expect(a.figures.map((f) => Math.abs(f.value))).not.toContain(24);
    expect(a.abstained).toBe(true);
  });
});
