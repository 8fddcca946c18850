import { describe, expect, it } from "vitest";
import { common, sizeOf, trueScale } from "../retrieval/figures/arithmetic.js";
import { commensurable, difference, percentOf, ratio, remainder, sum } from "../retrieval/plans/operations.js";
import { readPlan } from "../retrieval/plans/read.js";
import { runPlan } from "../retrieval/plans/run.js";
import type { Fact } from "../text/terms.js";
import { baseOf, planFrameOf, type Base, type Doc } from "./helpers/figureBase.js";

// Counts keep scale 1 and say their scale in their unit ("375,000 thousand tonnes"); every operation works them out
// in one base unit before combining, and never sets tonnes against TEUs. Made-up figures.

const count = (value: number, unit: string) => ({ value, unit, scale: 1 });

describe("a count's true scale", () => {
  it("reads the scale word of a count's unit", () => {
    expect(trueScale(count(3, "million tonnes"))).toBe(1e6);
    expect(sizeOf(count(250, "thousand TEUs"))).toBe(250_000);
  });
  it("keeps the scale money carries", () => expect(trueScale({ unit: "billion yuan", scale: 1e9 })).toBe(1e9));
  it("reads a count with no scale word as ones", () => expect(trueScale(count(12, "trains"))).toBe(1));
});

describe("operations over counts at two scales", () => {
  const small = count(250_000, "thousand tonnes"); // 250 million tonnes
  const big = count(400.5, "million tonnes");
  it("subtracts in one scale", () => {
    const d = difference(big, small)!;
    expect(d.value).toBe(150_500);
    expect(d.unit).toBe("thousand tonnes");
  });
  it("divides in one scale", () => expect(ratio(big, small)!.value).toBe(1.6));
  it("takes a percentage in one scale", () => expect(percentOf(small, big)!.value).toBe(62.42));
  it("adds in one scale", () => expect(sum([big, small])!.value).toBe(650_500));
  it("takes parts from a whole in one scale", () => expect(remainder(big, [small])!.value).toBe(150_500));
  it("never sets tonnes against TEUs", () => {
    expect(difference(count(3, "million TEUs"), count(2, "million tonnes"))).toBeUndefined();
  });
  it("counts tons with tonnes and TEU with TEUs", () => {
    expect(commensurable(count(5, "million tons"), count(2, "tonnes"))).toBe(true);
    expect(commensurable(count(5, "TEU"), count(2, "million TEUs"))).toBe(true);
  });
});

describe("facts at two count scales (figures)", () => {
  const fact = (value: number, unit: string) => ({ value, unit, scale: 1, measure: "count" }) as unknown as Fact;
  it("brings both to the smaller true scale", () => {
    const c = common(fact(1.5, "million TEUs"), fact(900, "thousand TEUs"));
    expect([c.unit, c.va, c.vb]).toEqual(["thousand TEUs", 1500, 900]);
  });
});

const DOCS: Doc[] = [
  ["dongmar-2030", "Dongmar port in 2030", "2031-01-20",
    "Dongmar port handled 412.6 million tonnes of cargo in 2030."],
  ["dongmar-2024", "Dongmar port in 2024", "2025-01-18",
    "Dongmar port handled 310,000 thousand tonnes of cargo in 2024."],
];
let built: Base | undefined;
const base = () => (built ??= baseOf(DOCS));
const computedOf = (question: string) => {
  const p = readPlan(planFrameOf(question, base()));
  return p && runPlan(p, base(), question)?.figures.filter((f) => f.computed).map((f) => [f.value, f.unit]);
};

describe("a port's cargo over two years stated at two scales", () => {
  it("works out the change in one scale, not the numbers as written", () => {
    const got = computedOf("how much did dongmar port's cargo throughput grow from 2024 to 2030 in %?");
    expect(got).toContainEqual([33.1, "%"]);
  });
});
