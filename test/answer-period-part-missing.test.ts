import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { splitAsks } from "../retrieval/asks.js";
import { answersOver } from "./helpers/answerOver.js";

// "X grew in P1 - was it still growing in P2?" asks the same figure of both periods: each is answered, and a period no
// figure is found for is named as not found (the answer then abstains) rather than left out silently. Made-up articles.
const ONE = `---
title: "Jixi's exports in 2030"
published: "2031-01-20"
---
Jixi's exports grew 7.4 percent in 2030 to 18.2 billion yuan.
`;
const BOTH = `---
title: "Qitaihe's exports in 2030 and 2031"
published: "2032-01-20"
---
Qitaihe's exports grew 5.1 percent in 2030. Qitaihe's exports grew 2.2 percent in 2031.
`;

let ask: Awaited<ReturnType<typeof answersOver>>["ask"];
let close: () => Promise<void>;
beforeAll(async () => {
  ({ ask, close } = await answersOver({ "one.md": ONE, "both.md": BOTH }));
}, 120_000);
afterAll(() => close());

describe("a figure asked of two periods", () => {
  it("splits a pronoun follow-up into the same ask in its own period", () => {
    expect(splitAsks("qitaihe trade with russia grew in 2030 - was it still growing in jan-oct 2031?"))
      .toEqual(["qitaihe trade with russia grew in 2030", "qitaihe trade with russia grew in jan-oct 2031"]);
  });
  it("names the period no figure is found for", async () => {
    const a = await ask("jixi exports grew in 2030 - were they still growing in 2031?");
    expect(a.answer).toMatch(/7\.4%/);
    expect(a.missing).toContain("the figure for 2031");
    expect(a.abstained).toBe(true);
  });
  it("names no period a change is measured against ('how did it compare with 2029?')", async () => {
    const a = await ask("what was jixi's export growth in 2030, and how did it compare with 2029?");
    expect(a.answer).toMatch(/7\.4%/);
    expect(a.missing ?? []).not.toContain("the figure for 2029");
  });
  it("is answered whole when both periods' figures are found", async () => {
    const a = await ask("qitaihe exports grew in 2030 - were they still growing in 2031?");
    expect(a.answer).toMatch(/5\.1%/);
    expect(a.answer).toMatch(/2\.2%/);
    expect(a.abstained).toBe(false);
  });
});
