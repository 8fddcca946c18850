import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";

// A part and its whole worked together in one currency: the whole is stated in dollars in a review's prose and in
// yuan in its table; the part only in yuan. The share, the sum and the rest are worked from the yuan figures,
// never yuan over dollars. Made-up places' articles and figures.
const TABLE = `---
title: "Gansu customs review, 2031"
published: "2032-01-25"
---
Gansu's foreign trade finished 2031 strongly. For the full year, imports and exports came to 80.00 billion US dollars,
up 9.0 percent.

Table 1: Gansu imports and exports by type of enterprise, 2031 (100 million yuan)

| Type | Value | Growth (%) |
|---|---|---|
| State-owned enterprises | 1,100.0 | 4.2 |
| Private enterprises | 3,000.0 | 12.5 |
| Total | 5,500.0 | 9.1 |
`;

const CITY = `---
title: "Lanzhou trade rises in 2031"
published: "2032-01-20"
---
Lanzhou, the capital of Gansu province, said its imports and exports reached 220.0 billion yuan last year,
up 14.0 percent year-on-year.
`;

const DOLLARS_ONLY = `---
title: "Qinghai's trade in 2031"
published: "2032-01-19"
---
Qinghai province's imports and exports reached 30.00 billion US dollars in 2031, up 5.0 percent. Xining, the
provincial capital, said its imports and exports reached 90.0 billion yuan last year.
`;

describe("a share of a whole stated in two currencies", () => {
  let ask: Awaited<ReturnType<typeof answersOver>>;
  beforeAll(async () => {
    ask = await answersOver({ "gansu-table.md": TABLE, "lanzhou.md": CITY, "qinghai.md": DOLLARS_ONLY });
  });
  afterAll(() => ask.close());

  it("works a part's share of its place's own total from the total in the part's currency", async () => {
    const a = await ask.ask("share of private firms in gansu trade 2031?");
    expect(a.abstained).toBe(false);
    // 300.0 ÷ 550.0 = 54.55%
    expect(a.figures.map((f) => f.value)).toContain(54.55);
  });

  it("works a city's share of its province's total from the total in the city's currency", async () => {
    const a = await ask.ask("lanzhou's share of gansu's total foreign trade in 2031?");
    expect(a.abstained).toBe(false);
    // 220.0 ÷ 550.0 = 40%
    expect(a.figures.map((f) => f.value)).toContain(40);
  });

  it("is never worked from a part in yuan and a whole stated only in dollars", async () => {
    const a = await ask.ask("xining's share of qinghai's total foreign trade in 2031?");
    // (90 ÷ 30 would be 300%: no share at all)
    expect(a.figures.map((f) => f.value)).not.toContain(300);
    expect(a.abstained).toBe(true);
    expect(a.answer).not.toMatch(/\d%\s*\(|=\s*[\d.]+%/);
  });
});
