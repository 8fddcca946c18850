import { describe, expect, it } from "vitest";
import { factsOf, one } from "./helpers/facts.js";

// A figure restated as a share of the total ("…, or 5.8 percent of the total"): an amount or the change to it so
// restated is of total trade; a change that is not to an amount is not restated. Made-up figures.
const MARCH = { published: "2024-03-10" };

describe("a mode's change to an amount restated as a share of the total", () => {
  it("is of total trade, like the amount and the share", () => {
    const facts = factsOf("In 2023, Hebei's market procurement, up 41.7 percent to 27.15 billion yuan, or 5.8 percent of the "
      + "total, led the growth.", MARCH);
    expect(one(facts, 41.7)).toMatchObject({ metric: "trade", measure: "growth", subject: "market procurement" });
    expect(one(facts, 27.15)).toMatchObject({ metric: "trade", measure: "amount", subject: "market procurement" });
    expect(one(facts, 5.8)).toMatchObject({ metric: "trade", measure: "share" });
  });
});

describe("a mode's change with a share after it", () => {
  it("restates no amount: it keeps no flow of its own", () => {
    const facts = factsOf("In 2023, Hebei's market procurement grew 41.7 percent, or 5.8 percent of the total.", MARCH);
    expect(one(facts, 41.7)).toMatchObject({ metric: "other", measure: "growth", subject: "market procurement" });
    expect(one(facts, 5.8)).toMatchObject({ metric: "trade", measure: "share" });
  });
});
