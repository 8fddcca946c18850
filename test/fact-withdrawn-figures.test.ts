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

describe("figures the next sentence calls wrong", () => {
  it("are no facts; the corrected ones that follow are", () => {
    const facts = factsOf("Correction notice. The release of January 12 stated that Hunan's imports from Laos in 2031 were "
      + "31.75 billion yuan, up 12.9 percent. Because of a typing error, these figures were wrong. The correct figures are "
      + "37.15 billion yuan, up 9.2 percent.", META);
    expect(facts.some((f) => f.value === 31.75 || f.value === 12.9)).toBe(false);
    expect(facts.some((f) => f.value === 37.15)).toBe(true);
  });
});
