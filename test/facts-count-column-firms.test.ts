import { describe, expect, it } from "vitest";
import { factsOf, one } from "./helpers/facts.js";

// A column headed by the firms it counts ("New firms") holds counts, not the money unit the caption gives the table's
// other columns ("(trade in billion yuan)"). Made-up place and figures.
const TEXT = `Zone overview 2031

Table 1. Selected zones of Zigong, 2031 (trade in billion yuan)

| Zone | Trade | Growth (%) | New firms |
|---|---|---|---|
| Zigong Comprehensive Bonded Zone | 51.2 | 18.4 | 2130 |
`;

describe("a column of firms counted", () => {
  const facts = factsOf(TEXT, { published: "2032-01-01" });
  it("is a count of firms", () => {
    expect(one(facts, 2130)).toMatchObject({ measure: "count", unit: "firms" });
  });
  it("leaves the money column the caption's unit", () => {
    expect(one(facts, 51.2)).toMatchObject({ measure: "amount", unit: "billion yuan" });
  });
});
