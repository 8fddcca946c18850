import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";

// A change in one place's imports of goods between two years of two made-up articles, the value stated in dollars in
// one year and in yuan in the other: the goods' volumes, in tonnes in both, give the change; the values never do.

const EARLY = `---
title: "Baotou city's imports in 2006"
published: "2007-01-20"
---
Baotou's imports rose in 2006. The city brought in 12.5 million tonnes of copper ore in 2006, worth 0.84 billion US dollars.
`;
const LATE = `---
title: "Baotou's trade in the first three quarters of 2026"
published: "2026-10-20"
---
Baotou imported 40 million tonnes of copper ore in January-September 2026, and the value rose 4.1 percent to 31.6 billion yuan.
`;

let ask: Awaited<ReturnType<typeof answersOver>>["ask"];
let close: () => Promise<void>;
beforeAll(async () => {
  ({ ask, close } = await answersOver({ "early.md": EARLY, "late.md": LATE }));
});
afterAll(() => close());

describe("a goods' change between two years whose values are in two currencies", () => {
  it("works out the multiple from the volumes in one unit", async () => {
    const a = await ask("how many times more copper ore did baotou import in jan-sep 2026 than in the whole of 2006?");
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain("40 ÷ 12.5 = 3.2 times");
  });
  it("gives no change of the value when the value is asked", async () => {
    const a = await ask("how many times more copper ore by value did baotou import in jan-sep 2026 than in 2006?");
    expect(a.answer).not.toContain("3.2 times");
  });
});
