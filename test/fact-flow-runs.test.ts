import { describe, expect, it } from "vitest";
import { factsOf } from "./helpers/facts.js";

// Figures in a run ("by 5.1 percent and 3.2 percent") mapped onto the flows named right before them: which flows count,
// and only those. Made-up sentences.
const Y2023 = { published: "2024-01-20" };
const flowsOf = (text: string) => factsOf(text, Y2023).map((f) => [f.metric, f.value]);

describe("a run of figures after a list of flows", () => {
  it("maps a pair that is not 'exports and imports' in order", () => {
    expect(flowsOf("Hebei's exports and total trade grew by 5.1 percent and 3.2 percent.")).toEqual([["exports", 5.1], ["trade", 3.2]]);
  });
  it("takes only as many flows as figures, the last ones named before them", () => {
    expect(flowsOf("Hebei's trade grew in 2023, with exports and total trade up by 5.1 percent and 3.2 percent respectively."))
      .toEqual([["exports", 5.1], ["trade", 3.2]]);
  });
  it("takes no flow named after the figures", () => {
    expect(flowsOf("Hebei's exports and total trade grew by 5.1 percent and 3.2 percent, while imports fell."))
      .toEqual([["exports", 5.1], ["trade", 3.2]]);
  });
});
