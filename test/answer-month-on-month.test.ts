import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";

// A month's change over the month before ("30.2 percent higher than in April") beside its change over a year: each
// answers only the change asked ("yoy", "mom"), and a month-on-month change never answers a plain "growth". Made-up
// articles and figures.
const ARTICLE = `---
title: "Ningxia's trade in the first five months"
published: "2019-06-20"
---
Ningxia's imports and exports reached 90.50 billion yuan in the first five months of 2019, up 3.3 percent.

May brought a strong rebound. The region's trade in the month reached 24.10 billion yuan, up 8.8 percent year on year and 30.2 percent higher than in April.
`;
const ONLY_MOM = `---
title: "Qinghai's trade in May"
published: "2019-06-21"
---
Qinghai's trade in May 2019 was 1.25 billion yuan, 12.6 percent more than in April 2019.
`;

describe("a month's change over the month before", () => {
  let ask: Awaited<ReturnType<typeof answersOver>>;
  beforeAll(async () => {
    ask = await answersOver({ "ningxia.md": ARTICLE, "qinghai.md": ONLY_MOM });
  });
  afterAll(() => ask.close());
  const values = async (q: string) => (await ask.ask(q)).figures.map((f) => f.value);
  it("is given beside the year-on-year change when both are asked", async () => {
    const a = await ask.ask("ningxia trade in may 2019 only - value, yoy and mom?");
    expect(a.abstained).toBe(false);
    expect(a.figures.map((f) => f.value)).toEqual(expect.arrayContaining([24.1, 8.8, 30.2]));
  });
  it("alone answers a 'mom' asked", async () => {
    const v = await values("ningxia trade in may 2019 mom?");
    expect(v).toContain(30.2);
    expect(v).not.toContain(8.8);
  });
  it("is the change a question states, and the level a month before is worked out from it", async () => {
    const v = await values("ningxia may 2019 trade was 30.2% above april. what was april's trade then?");
    expect(v).toContain(18.51);
    expect(v).not.toContain(22.15);
  });
  it("never answers a plain growth", async () => {
    expect(await values("ningxia trade growth in may 2019?")).not.toContain(30.2);
    expect(await values("qinghai trade growth in may 2019?")).not.toContain(12.6);
  });
});
