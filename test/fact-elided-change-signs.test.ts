import { describe, expect, it } from "vitest";
import { factsOf, one } from "./helpers/facts.js";

// A change whose verb is left out ("… and exports to B 29.7 percent to Y") goes the way of the sentence's change before;
// one with a verb of its own ("…, while imports from B rose 8 percent to Y") goes its own way. Made-up figures.
const MARCH = { published: "2024-03-10" };
const TEXT = "Hebei's trade grew 5 percent in 2023. Exports to Japan dropped 41.2 percent to 3.1 billion yuan and exports "
  + "to Korea 29.7 percent to 2.2 billion yuan. Imports from Japan fell 12 percent to 1.1 billion yuan, while imports "
  + "from Korea rose 8 percent to 0.9 billion yuan.";

// (read inside each test: a mutation run counts only what a test itself runs)
describe("changes to an amount, two in a sentence after another", () => {
  it("the second, its verb left out, falls like the first", () => {
    const facts = factsOf(TEXT, MARCH);
    expect(one(facts, -41.2)).toMatchObject({ partner: "partner:japan", metric: "exports", measure: "growth" });
    expect(one(facts, -29.7)).toMatchObject({ partner: "partner:south-korea", metric: "exports", measure: "growth" });
  });
  it("the second, with a verb of its own, goes its own way", () => {
    const facts = factsOf(TEXT, MARCH);
    expect(one(facts, -12)).toMatchObject({ partner: "partner:japan", metric: "imports" });
    expect(one(facts, 8)).toMatchObject({ partner: "partner:south-korea", metric: "imports", measure: "growth" });
  });
  it("are read in the text's order, each with its amount after it", () => {
    const facts = factsOf(TEXT, MARCH);
    expect(facts.map((f) => f.value)).toEqual([5, -41.2, 3.1, -29.7, 2.2, -12, 1.1, 8, 0.9]);
  });
});

describe("a third change with its verb left out", () => {
  it("goes the way of the change right before it, not of the first", () => {
    const facts = factsOf("Hebei's trade grew 4 percent in 2023. Exports to Japan rose 5 percent to 3.1 billion yuan, exports "
      + "to Korea fell 3 percent to 2.2 billion yuan and exports to Vietnam 2 percent to 1.4 billion yuan.", MARCH);
    expect(one(facts, 5).partner).toBe("partner:japan");
    expect(one(facts, -3).partner).toBe("partner:south-korea");
    expect(one(facts, -2)).toMatchObject({ partner: "partner:vn", metric: "exports", measure: "growth" });
  });
});
