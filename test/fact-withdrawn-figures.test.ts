import { describe, expect, it } from "vitest";
import { factsOf } from "./helpers/facts.js";

// A correction notice names the figure an earlier version gave wrongly: that figure is withdrawn, the corrected one
// stands. Made-up figures.
const META = { title: "Hunan's foreign trade edges up in 2031", published: "2032-01-20" };

describe("a figure a correction notice withdraws", () => {
  it.each([
    "Correction (January 21, 2032): An earlier version of this article said Hunan's exports of the \"new three\" products totaled 64.2 billion yuan in 2031.",
    "Correction: This report incorrectly stated that Hunan's exports of the \"new three\" products totaled 64.2 billion yuan in 2031.",
  ])("is no fact, the corrected figure is: %s", (notice) => {
    const facts = factsOf(`${notice} The correct figure is 46.2 billion yuan.\n\nHunan's exports of the "new three" products `
      + "came to 46.2 billion yuan in 2031, up 8.4 percent.", META);
    expect(facts.some((f) => f.value === 64.2)).toBe(false);
    expect(facts.some((f) => f.value === 46.2)).toBe(true);
  });
});
