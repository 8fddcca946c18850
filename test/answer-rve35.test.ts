import { describe, expect, it } from "vitest";
import { factsOf } from "./helpers/facts.js";

// Review of stop 35's quantity rules: sentences of other shapes the rules also matched. Made-up places and figures.
describe("a span of time before goods worth a value", () => {
  it("is no count of the goods ('in the first 9 months exports worth …', 'over the past 5 years goods worth …')", () => {
    for (const t of ["In the first 9 months exports worth 30.2 billion yuan left Weihai.",
      "Over the past 5 years goods worth 30.2 billion yuan left Weihai."]) {
      expect(factsOf(t, { published: "2032-01-20" }).filter((f) => f.measure === "count")).toEqual([]);
    }
  });
});
