import { describe, expect, it } from "vitest";
import { factsOf, one } from "./helpers/facts.js";
import { askIntent, baseOf } from "./helpers/figureBase.js";
import { sentence } from "../retrieval/figures/solve.js";

// A gap to the national average has a side: "0.3 percentage points lower than the national average" is −0.3, so that
// the national rate a place's figures imply (growth − gap) comes out above the place's own. Made-up sentences.
// (Regression: the extractor kept every gap positive, and a place growing slower than the country implied a national
// rate below its own.)

describe("the side of a gap to the national average", () => {
  it("reads a gap 'lower than' or 'below' the national average as negative, and one 'higher than' it as positive",
    () => {
    const lower = factsOf("Hebei's exports grew 5.1 percent in 2025, 0.3 percentage points lower than the national average.",
      { published: "2026-01-20" });
    expect(one(lower, -0.3))
      .toMatchObject({ entity: "hebei", metric: "exports", measure: "pp_gap", unit: "percentage points" });
    expect(one(lower, 5.1)).toMatchObject({ entity: "hebei", metric: "exports", measure: "growth" });
    const below = factsOf("Shanxi's imports rose 2.2 percent in 2025, 1.4 percent below the national average.",
      { published: "2026-01-20" });
    expect(one(below, -1.4))
      .toMatchObject({ entity: "shanxi", metric: "imports", measure: "pp_gap", unit: "percentage points" });
    const slower = factsOf("Jilin's foreign trade grew 3 percent in 2025, 2.5 percentage points slower than the national growth rate.",
      { published: "2026-01-20" });
    expect(one(slower, -2.5)).toMatchObject({ entity: "jilin", metric: "trade", measure: "pp_gap" });
    const higher = factsOf("Hebei's exports grew 9.1 percent in 2025, 2.4 percentage points higher than the national average.",
      { published: "2026-01-20" });
    expect(one(higher, 2.4)).toMatchObject({ entity: "hebei", metric: "exports", measure: "pp_gap" });
    // and an answer says which side it is on
    expect(sentence(one(lower, -0.3)))
      .toBe("Hebei's exports grew 0.3 percentage points slower than the national average in 2025");
    expect(sentence(one(higher, 2.4)))
      .toBe("Hebei's exports grew 2.4 percentage points faster than the national average in 2025");
  });
  it("gives every gap of a run the side its last one states", () => {
    const facts = factsOf("The growth of the province's total foreign trade, of its exports and of its imports in 2025 was "
      + "1.5 percent, 0.5 percent and 2.5 percent lower than the national average respectively.",
        { title: "Yunnan trade", published: "2026-01-19" });
    expect([-1.5, -0.5, -2.5].map((v) => [one(facts, v).metric, one(facts, v).measure])).toEqual([
      ["trade", "pp_gap"], ["exports", "pp_gap"], ["imports", "pp_gap"],
    ]);
  });
  it("keeps a fall as a fall and a gap above as positive when a fall and a gap share the sentence", () => {
    const facts = factsOf("Qinghai's exports fell 4.2 percent in 2025, yet that was 1.8 percentage points higher than the national average.",
      { published: "2026-01-20" });
    expect(one(facts, -4.2)).toMatchObject({ measure: "growth", metric: "exports" });
    expect(one(facts, 1.8)).toMatchObject({ measure: "pp_gap" });
  });
});

describe("the national rate implied by a gap below it", () => {
  const base = baseOf([["hebei", "Hebei trade", "2026-01-20",
    "Hebei's foreign trade grew 5.1 percent in 2025, 0.3 percentage points lower than the national average."]]);
  it("adds the gap back: a place growing slower than the country implies a national rate above its own", () => {
    const { intent, answer } = askIntent(base, "given hebei's figures, what was the national growth rate in 2025?");
    expect(intent).toBe("implied national growth rate");
    expect(answer?.figures[0]).toMatchObject({ value: 5.4, unit: "%", computed: true, formula: "5.1 + 0.3 = 5.4%" });
    expect(answer?.lines[0]?.text)
      .toContain("0.3 percentage points slower than the national average, so the national rate was 5.4%");
  });
});
