import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";

// Shapes of "which things …" questions met in stop 45, over made-up articles (no evaluation set's place, person or
// number): "what are the 'X' products …" asks the members of the quoted term.

const TERMS = `---
title: "Qiandong's foreign trade in the first half of 2031"
published: "2031-07-18"
---
Qiandong's foreign trade rose 3.4 percent to 212.6 billion yuan in the first half of 2031.

The "big two" products -- hydrogen trucks and sodium cells -- led the growth, customs said.

Exports of hydrogen trucks rose 44.1 percent to 5.2 billion yuan.
`;

let over: Awaited<ReturnType<typeof answersOver>>;
beforeAll(async () => { over = await answersOver({ "terms.md": TERMS }); });
afterAll(async () => over.close());

describe("the members of a quoted term", () => {
  it("reads \"what are the 'X' products the report mentions\" as the term's members", async () => {
    const a = await over.ask("what are the 'big two' products mentioned for qiandong h1 2031");
    expect(a.abstained, a.answer).toBe(false);
    expect(a.answer).toMatch(/^The documents name hydrogen trucks and sodium cells:/);
  });

  it("leaves \"what were the 'X' products worth\" to the figures", async () => {
    const { asksForItems } = await import("../retrieval/namedItems.js");
    expect(asksForItems("what were the 'big two' products worth in h1 2031?")?.term).toBeUndefined();
    expect(asksForItems("what were the 'big two' qiandong exported in h1 2031 and their values")?.term).toBeUndefined();
    expect(asksForItems("what are the 'big two' products qiandong reported?")?.term).toBe("big two");
  });
});
