import { describe, expect, it } from "vitest";
import { factsOf } from "./helpers/facts.js";

// "X recorded N yuan, up M percent, accounting for K percent of the province": a place's money of no flow restated as
// its share of the whole place is the place's trade, and so is the change between. Made-up figures.
const TOTAL = "In 2031, Gansu's total imports and exports reached 60.5 billion yuan, up 6.1 percent year-on-year.";

describe("an amount restated as a share of the whole place by a verb of its own", () => {
  it.each([
    "Lanzhou, the provincial capital, recorded 40.1 billion yuan, up 3.2 percent, accounting for 66.3 percent of the province.",
    "Lanzhou, the provincial capital, posted 40.1 billion yuan, up 3.2 percent, making up 66.3 percent of the provincial total.",
  ])("is the place's trade, its change too: %s", (sentence) => {
    const facts = factsOf(`${TOTAL} ${sentence}`, { published: "2032-01-20" });
    expect(facts.find((f) => f.value === 40.1)).toMatchObject({ entity: "city:lanzhou", metric: "trade", measure: "amount" });
    expect(facts.find((f) => f.value === 3.2)).toMatchObject({ entity: "city:lanzhou", metric: "trade", measure: "growth" });
  });
  it("leaves a share of one flow of the province to that flow's reader", () => {
    const facts = factsOf(`${TOTAL} Lanzhou recorded 40.1 billion yuan, up 3.2 percent, accounting for 66.3 percent of `
      + "the province's exports.", { published: "2032-01-20" });
    const amount = facts.find((f) => f.value === 40.1);
    expect(amount, "the amount is still read").toBeDefined();
    expect(amount!.metric).not.toBe("trade");
  });
});
