import { describe, expect, it } from "vitest";
import { factsOf, one } from "./helpers/facts.js";

// A change said to be "in volume" is the quantity's, not the value's. Made-up sentences.
describe("a change in volume", () => {
  it("is read as the quantity's change, and the value's change beside it as the value's", () => {
    const facts = factsOf("Graphite exports from Hegang fell 4.3 percent in volume to 7,120 tonnes in 2031, but their value "
      + "rose 9.7 percent to 61 million dollars.", { published: "2032-02-01" });
    expect(one(facts, -4.3)).toMatchObject({ measure: "growth" });
    expect(one(facts, -4.3).qualifier ?? "").toContain("quantity");
    expect(one(facts, 9.7).qualifier ?? "").not.toContain("quantity");
  });
  it("leaves a plain change alone", () => {
    const facts = factsOf("Graphite exports from Hegang fell 4.3 percent to 61 million dollars in 2031.", { published: "2032-02-01" });
    expect(one(facts, -4.3).qualifier ?? "").not.toContain("quantity");
  });
});
