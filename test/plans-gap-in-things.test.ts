import { describe, expect, it } from "vitest";
import { readPlan } from "../retrieval/plans/read.js";
import { runPlan } from "../retrieval/plans/run.js";
import { baseOf, planFrameOf, type Base, type Doc } from "./helpers/figureBase.js";

// "By how many tonnes did …" asks the gap between two levels in the things counted, as "how many tonnes more" does;
// "by how many percent" or "points" stays a rate. Made-up articles and figures.
const DOCS: Doc[] = [
  ["baotou-h1-2041", "Baotou timber exports in the first half", "2041-07-20",
    "Baotou exported 6.4 million tonnes of timber in the first half of 2041, up 28.0 percent year on year, the city's "
      + "customs said. In the first half of 2040 Baotou exported 5.0 million tonnes of timber."],
];

let built: Base | undefined;
const base = () => (built ??= baseOf(DOCS));
const planOf = (question: string) => readPlan(planFrameOf(question, base()));
const computedOf = (question: string) => {
  const p = planOf(question);
  return p && runPlan(p, base(), question).figures.filter((f) => f.computed).map((f) => [f.value, f.unit]);
};

describe("readPlan: 'by how many <things>' as a gap in the things counted", () => {
  it("works out the gap between two periods' tonnes", () => {
    const q = "by how many tonnes did baotou h1 2041 timber exports beat h1 2040?";
    expect(planOf(q)?.operation).toBe("overTime");
    expect(computedOf(q)).toEqual([[1.4, "million tonnes"]]);
  });
});

describe("readPlan: 'by how many' of a rate", () => {
  it("reads no gap in things from percentage points, however spelt", () => {
    for (const q of ["by how many percantage points did baotou's timber export growth beat 20% in h1 2041?",
      "by how many pct did baotou h1 2041 timber exports beat h1 2040?"]) {
      expect(planOf(q)?.changes ?? [], q).not.toContain("difference");
    }
  });
});
