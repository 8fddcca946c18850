import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";

// Two places' trade compared when the documents state them in two currencies (retrieval/plans/run.ts). Made-up text.
describe("a gap between money stated in two currencies", () => {
  let ask: Awaited<ReturnType<typeof answersOver>>["ask"];
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ ask, close } = await answersOver({
      "hunan.md": `---
title: "Hunan's foreign trade in 2031"
published: "2032-01-20"
---
In 2031, Hunan's imports and exports reached 41.5 billion US dollars, up 3.2 percent.
`,
      "hubei.md": `---
title: "Hubei's foreign trade in 2031"
published: "2032-01-21"
---
In 2031, Hubei's imports and exports reached 512.6 billion yuan, up 4.4 percent.
`,
      "jiangxi.md": `---
title: "Jiangxi's foreign trade in 2031"
published: "2032-01-22"
---
In 2031, Jiangxi's imports and exports reached 301.2 billion yuan (46.6 billion US dollars), up 2.1 percent.
`,
    }));
  }, 120_000);
  afterAll(() => close());

  it("abstains rather than set dollars against yuan, naming the comparison as not worked out", async () => {
    const a = await ask("hunan vs hubei total trade in 2031, how big is the gap?");
    expect(a.abstained).toBe(true);
    expect(a.answer).toMatch(/different currencies/);
    expect(a.figures.some((f) => f.computed)).toBe(false);
  });
  it("takes the other side's figure in the same currency when its text states it", async () => {
    const a = await ask("hunan vs jiangxi total trade in 2031, how big is the gap?");
    expect(a.abstained).toBe(false);
    expect(a.figures.find((f) => f.computed)?.value).toBe(5.1);
  });
});
