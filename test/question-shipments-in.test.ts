import { describe, expect, it } from "vitest";
import { parseQuestion } from "../retrieval/figures/query.js";

// "shipments" naming no flow are read as exports (goods shipped abroad); shipments that arrive are no exports.
// Made-up questions.
describe("shipments that come in", () => {
  it("are not read as exports", () => {
    expect(parseQuestion("How many soybean shipments arrived in Fooport from Brazil in 2031?").metric).not.toBe("exports");
    expect(parseQuestion("How many shipments of iron ore did Fooport receive in 2031?").metric).not.toBe("exports");
  });
  it("while goods shipped are still exports", () => {
    expect(parseQuestion("guangxi pv shipments in 2031 in GW?").metric).toBe("exports");
  });
});
