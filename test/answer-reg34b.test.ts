import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";

// A partner asked, not named ("to which country?"), of a sentence whose only value is the partner's. Made-up text.
describe("a question asking which partner", () => {
  let ask: Awaited<ReturnType<typeof answersOver>>["ask"];
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ ask, close } = await answersOver({
      "a.md": `---
title: "Guangxi's foreign trade in 2023"
published: "2024-01-20"
---
Guangxi's foreign trade rose 5.2 percent in 2023.

Guangxi also exported 3.12 billion kilowatt-hours of electricity to Laos during the year, worth 90 million US dollars (0.61 billion yuan), down 11.3 percent in volume, and imported 0.84 billion kilowatt-hours of electricity from Myanmar.
`,
    }));
  });
  afterAll(async () => close());

  it("is answered by the sentence naming the partner with the goods' value", async () => {
    const a = await ask("how much electricity did guangxi export in 2023, to which country, and what was it worth?");
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain("Laos");
    expect(a.answer).toContain("90 million US dollars");
  });
});
