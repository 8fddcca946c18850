import { describe, expect, it } from "vitest";
import { factsOf } from "./helpers/facts.js";

// The flow of a ranking of places whose sentences name no flow word (facts/extract.ts's metricFor): a place named the
// largest "trader", the places that "followed with" their amounts, and the rates "by growth rate" after them, under a
// heading that ends the flow of the section before. Made-up places and figures.

const TEXT = `The three provinces traded 1.2 trillion yuan in 2031, up 9.1 percent.

Province by province

Hunan remained the largest trader in the group with 500.5 billion yuan. Jiangxi and Anhui followed with 400.2 billion yuan and 299.3 billion yuan respectively.

By growth rate, Jiangxi led with 14.2 percent, followed by Anhui at 11.7 percent and Hunan at 6.3 percent.
`;

describe("a ranking of places that names no flow", () => {
  const facts = factsOf(TEXT, { published: "2032-01-20" });
  const metricOf = (value: number) => facts.find((f) => f.value === value && !f.derived)?.metric;
  it("reads a place named the largest trader as its trade", () => {
    expect(metricOf(500.5)).toBe("trade");
  });
  it("goes on with that trade for the places that followed, however many are named before the verb", () => {
    expect(metricOf(400.2)).toBe("trade");
    expect(metricOf(299.3)).toBe("trade");
  });
  it("goes on with it for the rates by growth after them", () => {
    for (const v of [14.2, 11.7, 6.3]) expect(metricOf(v)).toBe("trade");
  });
  it("leaves figures of no flow and no role their own", () => {
    const other = factsOf("Province by province\n\nHunan's port handled 3.2 million containers in 2031.", { published: "2032-01-20" });
    expect(other.find((f) => f.value === 3.2)?.metric).not.toBe("trade");
  });
});
