import { describe, expect, it } from "vitest";
import { parseQuestion } from "../retrieval/figures/query.js";

// "did X do better in A or in B?": two sides set against each other by how they did, which is their change, not their
// size. Made-up questions.
describe("how a flow did, asked of two sides", () => {
  it("reads 'do better … or …' of two periods as a comparison of growth", () => {
    const frame = parseQuestion("did hubei's trade with peru do better in 2030 or in 2032?");
    expect(frame.intent).toBe("comparison");
    expect(frame.measures).toContain("growth");
    expect(frame.measures).not.toContain("amount");
  });

  it("reads 'which fared worse' of two places as a comparison of growth", () => {
    const frame = parseQuestion("hunan vs hubei exports in 2031, which fared worse?");
    expect(frame.intent).toBe("comparison");
    expect(frame.measures).toContain("growth");
  });

  it("leaves one place's 'better' alone: no second side, no comparison", () => {
    expect(parseQuestion("did hubei's exports do better in 2031?").intent).not.toBe("comparison");
  });
});
