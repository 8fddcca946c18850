import { describe, expect, it } from "vitest";
import { factsOf, one } from "./helpers/facts.js";

// "exported 12.4 billion yuan of desk lamps in the first five months of this year, up 6.2 percent": the goods named
// after the amount, and its period, stand between the amount and its change, which is the goods' too, never the place's
// whole exports. Made-up sentence.
describe("the change after an amount whose goods are named after it", () => {
  it("gives the change the goods of the amount before it", () => {
    const facts = factsOf("Shengzhou exported 12.4 billion yuan of desk lamps in the first five months of this year, up "
      + "6.2 percent year on year. The city's total imports and exports reached 40.1 billion yuan, up 3.3 percent, of "
      + "which exports were 31.5 billion yuan, up 4.4 percent.", { published: "2025-06-20" });
    expect([one(facts, 12.4).subject, one(facts, 6.2).subject, one(facts, 6.2).metric]).toEqual(["desk lamps", "desk lamps", "exports"]);
    expect(one(facts, 4.4).subject).toBeUndefined();
  });
});
