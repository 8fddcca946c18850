import { describe, expect, it } from "vitest";
import { factsOf, one } from "./helpers/facts.js";

// "Trade between the zone and Taiwan": the place named by its kind is the first side, the region outside the
// mainland after "and" the partner, as in "trade between Zigong and Taiwan". Made-up figures.
const TEXT = `Zigong trade 2031

Zigong's foreign trade reached 20.1 billion yuan in 2031.

Trade between the city and Taiwan reached 3.2 billion yuan in 2031, up 8.3 percent.

Trade between the mainland and Hong Kong reached 3.4 billion yuan in 2031.
`;

describe("trade between a place named by its kind and a region outside the mainland", () => {
  const facts = factsOf(TEXT, { published: "2032-01-01" });
  it("is the place's trade with the region", () => {
    expect(one(facts, 3.2)).toMatchObject({ entity: "city:zigong", partner: "taiwan", metric: "trade" });
    expect(one(facts, 8.3).partner).toBe("taiwan");
  });
  it("leaves the whole trade without a partner", () => {
    expect(one(facts, 20.1).partner).toBeUndefined();
  });
});
