import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";

// Stop 34: goods named by a country ("American ginseng", "Thai rice") are one kind of the goods: no answer to a
// question about the goods in general; still the answer where the question names the country. Made-up figures.
describe("goods named by a country", () => {
  let ask: Awaited<ReturnType<typeof answersOver>>["ask"];
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ ask, close } = await answersOver({
      "jilin.md": `---
title: "Jilin's foreign trade in 2031"
published: "2032-01-20"
---
Jilin's imports and exports reached 150 billion yuan in 2031, up 4.2 percent. Exports of American ginseng reached 1.2 billion yuan, up 8 percent. Imports of Thai rice reached 0.9 billion yuan, up 3 percent.
`,
    }));
  }, 120_000);
  afterAll(() => close());
  it("answers no question about the goods in general with the country's kind ('ginseng?', 'rice?')", async () => {
    for (const q of ["how much ginseng did jilin export in 2031?", "how much rice did jilin import in 2031?"]) {
      const a = await ask(q);
      expect(a.figures.map((f) => f.value), q).not.toContain(1.2);
      expect(a.figures.map((f) => f.value), q).not.toContain(0.9);
    }
  });
  it("still answers a question that names the country ('american ginseng', 'rice from thailand')", async () => {
    const named = await ask("how much american ginseng did jilin export in 2031?");
    expect(named.figures.map((f) => f.value)).toContain(1.2);
    const from = await ask("how much rice did jilin import from thailand in 2031?");
    expect(from.figures.map((f) => f.value)).toContain(0.9);
  });
});

// (nor a sentence quoted in their stead: "Luohe's imports of Thai rice rose …" is no answer to "luohe's rice imports?")
describe("a sentence naming the goods only as a country's kind", () => {
  let ask: Awaited<ReturnType<typeof answersOver>>["ask"];
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ ask, close } = await answersOver({
      "luohe.md": `---
title: "Luohe's grain trade"
published: "2032-02-01"
---
Luohe's imports of Thai rice rose 3 percent to 0.4 billion yuan in 2031.
`,
    }));
  }, 120_000);
  afterAll(() => close());
  it("is not quoted for the goods in general", async () => {
    const a = await ask("What were Luohe's rice imports in 2031?");
    expect(a.abstained, a.answer).toBe(true);
    expect(a.answer).not.toMatch(/quoted/);
  });
  it("is still the answer where the question names the country", async () => {
    const a = await ask("What were Luohe's imports of Thai rice in 2031?");
    expect(a.answer).toContain("0.4 billion");
  });
});
