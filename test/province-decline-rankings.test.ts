import { describe, expect, it } from "vitest";
import { contentWords } from "../retrieval/evidence.js";
import { parseQuestion } from "../retrieval/figures/query.js";
import { solve } from "../retrieval/figures/solve.js";
import { baseOf, frameOf } from "./helpers/figureBase.js";

// "Which 3 provinces had the steepest trade declines? order them": a ranking from the bottom, of as many as asked.
// (Made-up figures.)
const base = baseOf([["p", "Provinces' foreign trade in 2031", "2032-01-30", [
  "In 2031 Hebei's foreign trade fell 12.5 percent, Shanxi's fell 3.1 percent and Hunan's grew 4.4 percent.",
  "Gansu's foreign trade fell 18.2 percent, while Fujian's grew 1.2 percent.",
].join(" ")]]);

describe("the steepest declines asked", () => {
  it("is a ranking from the bottom, with the flow between and in the plural", () => {
    for (const question of ["which 3 provinces had the steepest trade declines in 2031? order them",
      "which provinces saw the sharpest export falls in 2031?"]) {
      expect(parseQuestion(question)).toMatchObject({ intent: "rank", ascending: true });
    }
  });
  it("asks no word a figure's sentence has to say in 'steepest'", () => {
    expect(contentWords(parseQuestion("which 3 provinces had the steepest trade declines in 2031?"))).toEqual([]);
  });
  it("ranks as many of the provinces as asked", () => {
    const answer = solve(frameOf("which 3 provinces had the steepest trade declines in 2031? order them", base), base);
    expect(answer.figures.map((f) => f.value)).toEqual([-18.2, -12.5, -3.1]);
  });
});
