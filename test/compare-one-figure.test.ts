import { describe, expect, it } from "vitest";
import { solve } from "../retrieval/figures/solve.js";
import { baseOf, frameOf, type Doc } from "./helpers/figureBase.js";

// Made-up articles (invented figures): one states a count with no year of its own, one a count for each of two years.
const DOCS: Doc[] = [
  ["erlian", "Erenhot port trains", "", "A total of 1,234 freight trains passed through Erenhot, "
    + "up 20 percent."],
  ["manzhouli", "Manzhouli port trains", "2021-01-10", "Manzhouli's foreign trade reached 50 billion yuan in 2020. "
    + "Manzhouli's foreign trade came to 40 billion yuan in 2019."],
];
const base = baseOf(DOCS);
const ask = (question: string) => solve(frameOf(question, base), base);

describe("a comparison of two periods", () => {
  it("never sets one figure against itself, as if it were each year's", () => {
    const a = ask("how many more freight trains went through erenhot in 2019 than in 2018?");
    // the count has no year: neither side is stated, so no gap of 0 is worked out
    expect(a.figures.filter((f) => f.computed)).toEqual([]);
    expect(a.lines.map((l) => l.text).join(" ")).not.toMatch(/by 0\b/);
  });
  it("still sets two years' own figures side by side", () => {
    const a = ask("how much more did manzhouli trade in 2020 than in 2019?");
    expect(a.figures.find((f) => f.computed)).toMatchObject({ value: 10, unit: "billion yuan" });
  });
});
