import { describe, expect, it } from "vitest";
import { factsOf } from "./helpers/facts.js";

// "X accounted for N percent of the province's total, or US$M": the amount after the share restates it, so it is X's
// figure of the share's flow, not a figure of no flow. Made-up figures.
describe("an amount restating the share right before it", () => {
  it.each([
    "Haikou, the provincial capital, accounted for 64.2 percent of the province's total, or US$585.8 million.",
    "Haikou made up 64.2 percent of Hainan's total foreign trade, or about 585.8 million yuan.",
  ])("is the share-holder's trade: %s", (sentence) => {
    const facts = factsOf(`Hainan's foreign trade was US$912.4 million in 2029. ${sentence}`, { published: "2030-01-20" });
    const amount = facts.find((f) => f.value === 585.8);
    expect(amount).toMatchObject({ entity: "city:haikou", metric: "trade", measure: "amount" });
  });
});
