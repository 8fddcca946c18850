import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";

// A zone named after its city ("the Hefei Comprehensive Bonded Zone") states the zone's figure, never the city's: no
// sentence about it is quoted for the city's trade. Made-up article and figures.
const ARTICLE = `---
title: "Hefei's inland port grows"
published: "2019-12-04"
---
Hefei's rail port sent 120 freight trains in the first 11 months of this year. Trade declared in the Hefei Comprehensive Bonded Zone inside the port rose 12.4 percent to 5.55 billion yuan in the first 11 months of this year.

Bonded logistics, mostly goods moving through the Hefei Comprehensive Bonded Zone, jumped 33.1 percent to 2.02 billion yuan in the first 11 months of this year.
`;

describe("a zone named after its city", () => {
  let ask: Awaited<ReturnType<typeof answersOver>>;
  beforeAll(async () => {
    ask = await answersOver({ "hefei.md": ARTICLE });
  });
  afterAll(() => ask.close());
  it("is not quoted for the city's trade", async () => {
    const a = await ask.ask("hefei's total foreign trade in jan-nov 2019?");
    expect(a.abstained).toBe(true);
    expect(a.answer).not.toMatch(/5\.55/);
  });
  it("leaves a trade mode's figure that goes through it to be quoted for the mode", async () => {
    const a = await ask.ask("hefei bonded logistics jan-nov 2019 - value and growth?");
    expect(a.abstained).toBe(false);
    expect(a.answer).toMatch(/2\.02/);
  });
});
