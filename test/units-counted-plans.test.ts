import { describe, expect, it } from "vitest";
import { readPlan } from "../retrieval/plans/read.js";
import { runPlan } from "../retrieval/plans/run.js";
import { baseOf, planFrameOf, type Base, type Doc } from "./helpers/figureBase.js";

// Plans that combine counts ask for the count the question names (containers, cargo), not a money amount, even when a
// "how much" or a "bigger" reads as an amount too; and they work the counts out in one scale. Made-up articles.

const DOCS: Doc[] = [
  ["velmor-2031", "Velmor port in 2031", "2032-01-20",
    "Velmor's foreign trade reached 80.2 billion yuan in 2031. Velmor port's container throughput reached 3.6 million "
      + "TEUs in 2031."],
  ["velmor-2025", "Velmor port in 2025", "2026-01-18",
    "Velmor's foreign trade reached 50.1 billion yuan in 2025. Velmor port's container throughput reached 1.2 million "
      + "TEUs in 2025, and it handled 40.5 million tonnes of cargo."],
  ["tarsk-2031", "Tarsk port in 2031", "2032-01-20",
    "Tarsk's foreign trade reached 20.2 billion yuan in 2031. Tarsk port's container throughput was 900,000 TEUs in 2031."],
];
let built: Base | undefined;
const base = () => (built ??= baseOf(DOCS));
const planOf = (question: string) => readPlan(planFrameOf(question, base()));
const computedOf = (question: string) => {
  const p = planOf(question);
  return p && runPlan(p, base(), question)?.figures.filter((f) => f.computed).map((f) => [f.value, f.unit]);
};

describe("a count asked with words that read as money too", () => {
  it("plans the times of a port's container volume over two years as counts", () => {
    const p = planOf("how many times bigger was velmor port's container volume in 2031 than in 2025?");
    expect(p?.inputs.map((i) => i.measure)).toEqual(["count", "count"]);
  });
  it("works the times out from the TEUs", () => {
    expect(computedOf("how many times bigger was velmor port's container volume in 2031 than in 2025?"))
      .toContainEqual([3, "times"]);
  });
  it("sets two ports' containers side by side in one scale", () => {
    expect(computedOf("how much more containers did velmor handle than tarsk in 2031")).toContainEqual([2_700_000, "TEUs"]);
  });
  it("still asks money when the question names it", () => {
    const p = planOf("how many times bigger was velmor's trade value in 2031 than in 2025?");
    expect(p?.inputs.map((i) => i.measure)).toEqual(["amount", "amount"]);
  });
  it("never sets tonnes against TEUs", () => {
    const got = computedOf("how many times bigger was velmor port's cargo in 2031 than in 2025?") ?? [];
    expect(got.filter(([, unit]) => unit === "times")).toEqual([]);
  });
});
