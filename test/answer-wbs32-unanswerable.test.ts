import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";

// Questions the documents cannot answer, whose near misses must not be quoted as the answer: a quarter's growth on the
// quarter before is no year-on-year rate. Made-up articles (no evaluation set's place, person or number).

const QUARTERS = `---
title: "Vellmar's foreign trade in the first three quarters of 2034"
published: "2034-10-22"
---
Vellmar's imports and exports reached 181.36 billion yuan in the first three quarters of 2034, up 2.7 percent year-on-year.

Imports and exports in the third quarter came to 63.08 billion yuan, up 5.3 percent from the second quarter's 59.91 billion yuan.
`;

let over: Awaited<ReturnType<typeof answersOver>>;
beforeAll(async () => { over = await answersOver({ "vellmar.md": QUARTERS }); });
afterAll(async () => over.close());

describe("a year-on-year rate no sentence states", () => {
  it("never quotes a quarter's growth on the quarter before as its year-on-year growth", async () => {
    const a = await over.ask("vellmar q3 2034 trade yoy growth?");
    expect(a.answer).not.toMatch(/5\.3/);
  });

  it("still quotes a quarter's year-on-year growth where a sentence states it", async () => {
    const b = await answersOver({ "v.md": QUARTERS.replace("from the second quarter's 59.91 billion yuan", "year-on-year") });
    const a = await b.ask("vellmar q3 2034 trade yoy growth?");
    await b.close();
    expect(a.abstained, a.answer).toBe(false);
    expect(a.answer).toMatch(/5\.3/);
  });
});
