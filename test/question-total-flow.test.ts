import { describe, expect, it } from "vitest";
import { parseQuestion } from "../retrieval/figures/query.js";

// "total imports+exports jan-sep 2030?", "hebei total trade 2030": "total" names the flow (trade, the sum of both),
// not the amount alone; the question reads as "hebei trade 2030?", which asks for no one measure.
describe("'total' before a flow's name", () => {
  it("asks no amount alone", () => {
    expect(parseQuestion("hebei total imports+exports jan-sep 2030?").measures).not.toContain("amount");
    expect(parseQuestion("hebei total trade 2030").measures).toEqual(parseQuestion("hebei trade 2030").measures);
  });
  it("still asks the amount where 'total' stands alone or another word asks it", () => {
    expect(parseQuestion("hebei exports 2030, the total?").measures).toContain("amount");
    expect(parseQuestion("how much was hebei's total trade in 2030?").measures).toContain("amount");
  });
});
