import { describe, expect, it } from "vitest";
import { factsOf } from "./helpers/facts.js";

// A city's growth and its gap to the provincial average give the province's rate (worked out), unless the text states
// that rate itself: only the province's growth of the same flow counts as stated, not its amount nor another flow's.
// Made-up figures.
const MARCH = { published: "2024-03-10" };
const derivedOf = (text: string) => factsOf(text, MARCH).filter((f) => f.derived && f.entity === "hebei");

describe("the province's rate worked out from a city's gap", () => {
  it("is worked out beside the province's amount", () => {
    const derived = derivedOf("In 2023, Hebei's trade totaled 500 billion yuan. Tangshan's trade grew 5.1 percent, 3.1 percentage "
      + "points higher than the provincial average.");
    expect(derived.map((f) => [f.value, f.metric, f.measure])).toEqual([[2, "trade", "growth"]]);
  });
  it("is worked out beside the province's growth of another flow", () => {
    const derived = derivedOf("In 2023, Hebei's exports grew 4 percent. Tangshan's trade grew 5.1 percent, 3.1 percentage "
      + "points higher than the provincial average.");
    expect(derived.map((f) => [f.value, f.metric, f.measure])).toEqual([[2, "trade", "growth"]]);
  });
  it("is not worked out when the province's growth of that flow is stated", () => {
    const derived = derivedOf("In 2023, Hebei's trade grew 2 percent. Tangshan's trade grew 5.1 percent, 3.1 percentage "
      + "points higher than the provincial average.");
    expect(derived).toEqual([]);
  });
});
