import { describe, expect, it } from "vitest";
import { wholesOfShares } from "../retrieval/figures/query.js";

// "what % of X's trade did the park account for": X is the share's whole, as after "share of"
describe("a place after '% of' is a share's whole", () => {
  it("reads the place after '% of' as the whole", () => {
    expect(wholesOfShares("what % of weifang's 2023 foreign trade did the lakeview industrial park account for?"))
      .toEqual(["city:weifang"]);
    expect(wholesOfShares("what share of weifang's trade did the park account for?")).toEqual(["city:weifang"]);
  });
});
