import { describe, expect, it } from "vitest";
import { wholesOfShares } from "../retrieval/figures/query.js";

// "what % of X's trade did the park account for": X is the share's whole, as after "share of". Reverted in stop 31
// (a share stated "of the total for X" was read as the place's own, so such questions abstained); restored in stop 32
// once the fact reader took the whole from "the total for X" (test/fact-misreads32).
describe("a place after '% of' is a share's whole", () => {
  it("reads the place after '% of' as the whole", () => {
    expect(wholesOfShares("what % of weifang's 2023 foreign trade did the lakeview industrial park account for?"))
      .toEqual(["city:weifang"]);
  });
  it("reads the place after 'share of' as the whole", () => {
    expect(wholesOfShares("what share of weifang's trade did the park account for?")).toEqual(["city:weifang"]);
  });
});
