import { describe, expect, it } from "vitest";
import { askIntent, baseOf, frameOf } from "./helpers/figureBase.js";

// "highest to lowest", "from smallest to biggest": the order a ranking is asked in, said in so many words (a word of the
// low end in it asks no ascending ranking); and goods ranked by month with no measure named, stated in tonnes only.
// Made-up bulletin.
const base = baseOf([["hunan-bulk-q3", "Hunan bulk commodity imports, third quarter of 2031", "2031-10-20",
  "Hunan's iron ore imports by month in the third quarter of 2031 (10,000 tonnes):\n\n"
    + "| Goods | July | August | September |\n|---|---|---|---|\n| Iron ore | 120.4 | 131.9 | 118.2 |\n\n"
    + "Hunan's exports reached 20.5 billion yuan in July 2031, 22.1 billion yuan in August 2031 and 19.8 billion yuan in "
    + "September 2031."]]);

describe("the order a ranking is asked in", () => {
  it("reads 'highest to lowest' as from the top and 'lowest to highest' as from the bottom", () => {
    expect(frameOf("rank hunan's monthly exports jul-sep 2031 from highest to lowest", base).ascending).toBe(false);
    expect(frameOf("rank hunan's monthly exports jul-sep 2031, lowest to highest", base).ascending).toBe(true);
    expect(frameOf("hunan's partners from biggest to smallest", base).ascending).toBe(false);
    expect(frameOf("which month had hunan's lowest exports in q3 2031", base).ascending).toBe(true);
  });

  it("ranks months from the highest when asked 'highest to lowest'", () => {
    const { answer } = askIntent(base, "rank hunan's monthly exports jul-sep 2031 from highest to lowest");
    expect(answer?.figures.map((f) => f.value)).toEqual([22.1, 20.5, 19.8]);
  });

  it("ranks goods' months by the tonnes stated when no value of them is", () => {
    const { answer } = askIntent(base, "hunan iron ore imports by month in q3 2031, highest to lowest?");
    expect(answer?.status).toBe("answered");
    expect(answer?.figures.map((f) => f.value)).toEqual([1319, 1204, 1182]);
  });

  it("keeps to values when a value is asked of goods stated in tonnes only", () => {
    const { answer } = askIntent(base, "hunan iron ore import value by month in q3 2031, highest to lowest?");
    expect(answer?.status).not.toBe("answered");
  });
});
