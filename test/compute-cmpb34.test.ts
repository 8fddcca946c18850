import { describe, expect, it } from "vitest";
import { factsOf, one } from "./helpers/facts.js";

// Computed figures and shares (stop 34): the figures they are computed from, read right. Made-up documents.
const Y = { published: "2042-01-20" };

describe("a sentence opening with what it is set against", () => {
  it("leaves the places of 'Unlike most X cities,' out: 'it' is the place before", () => {
    const facts = factsOf("Xinxiang's foreign trade grew 3.3 percent to 88.20 billion yuan in 2041. Unlike most Henan "
      + "cities, it ran a deficit: imports were 51.30 billion yuan, up 1.4 percent, while exports were 36.90 billion yuan.",
    { ...Y, title: "Xinxiang's trade in 2041" });
    expect(one(facts, 51.3)).toMatchObject({ metric: "imports", measure: "amount" });
    expect(one(facts, 51.3).entity).not.toBe("henan");
    expect(one(facts, 36.9).entity).toBe(one(facts, 88.2).entity);
  });
});
