// A comparison never sets one stated figure against itself: a figure of no stated year read for two years is the
// figure of one of them at most, and the other side is named as not stated. Made-up place and figures.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";

let over: Awaited<ReturnType<typeof answersOver>>;
beforeAll(async () => {
  over = await answersOver({ "a.txt": "Xingtai's exports fell 6.4 percent in January, the city's customs office said." });
});
afterAll(async () => over.close());

describe("a comparison of one figure with itself", () => {
  it("names the second side as not stated instead of a gap of 0 points", async () => {
    const a = await over.ask("compare xingtai's export growth in january 2031 with january 2026: how many points apart?");
    expect(a.answer).not.toMatch(/by 0 percentage points/);
    expect(a.figures.filter((f) => f.computed)).toEqual([]);
  });
});
