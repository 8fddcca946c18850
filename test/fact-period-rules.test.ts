import { describe, expect, it } from "vitest";
import { periodLabel } from "../text/periods.js";
import { factsOf, one } from "./helpers/facts.js";

// The period of a figure, rule by rule in facts/extract.ts: items of a series of quarters or halves, the whole year
// named before or after a figure. Made-up figures; written against the survivors of the facts area's mutation run, Stop 29.
const Y2019 = { published: "2020-01-20" };
const label = (text: string, value: number) => {
  const period = one(factsOf(text, Y2019), value).period;
  return period && periodLabel(period);
};

describe("an item of a series, its noun left out", () => {
  it("is the next quarter, and the one after", () => {
    const text = "Jilin's trade in the first quarter of 2019 was 10 billion yuan, the second 12 billion yuan and the third "
      + "13 billion yuan.";
    expect([10, 12, 13].map((v) => label(text, v))).toEqual(["Q1 2019", "April–June 2019", "July–September 2019"]);
  });
  it("is the second half after the first", () => {
    expect(label("Jilin's trade in the first half of 2019 was 20 billion yuan, the second 25 billion yuan.", 25))
      .toBe("second half of 2019");
  });
  it("is no half beyond the second", () => {
    const period = one(factsOf("Jilin's trade in the first half of 2019 was 20 billion yuan, the third 12 billion yuan.", Y2019), 12)
      .period;
    expect(period?.m2 ?? 0).toBeLessThanOrEqual(12);
  });
});

describe("the whole year", () => {
  it("named right after the figure, after a sentence on a part of the year", () => {
    expect(label("Jilin's trade rose 5 percent in the first half of 2019. Exports reached 8 billion yuan for the whole year.", 8))
      .toBe("2019");
  });
  it("named before the figure in its own clause, not the other clause's period", () => {
    const text = "Jilin's exports grew 5 percent in the first half of 2019, and imports for the whole year rose 3 percent.";
    expect(label(text, 5)).toBe("first half of 2019");
    expect(label(text, 3)).toBe("2019");
  });
  it("of the year the sentence names, not the year of the sentence before", () => {
    const text = "Jilin's trade rose 5 percent in 2018. Its exports grew 4 percent in the first half of 2019, and imports for the "
      + "whole year rose 3 percent.";
    expect(label(text, 3)).toBe("2019");
  });
  it("named as a sentence opens, after a sentence on a part of the year", () => {
    expect(label("Jilin's trade rose 5 percent in the first half of 2019. Over the whole year, exports fell 2 percent.", -2))
      .toBe("2019");
  });
});
