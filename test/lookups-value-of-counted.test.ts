import { describe, expect, it } from "vitest";
import { factsOf, one } from "./helpers/facts.js";

// The value of goods a sentence counted, given by the next sentence as "their value" or "the goods were worth":
// made-up sentences in the shapes news writes them.
const meta = { title: "Provincial goods news", published: "2031-07-20" };

describe("the value of goods counted in the sentence before", () => {
  it("is those goods' value and change in their flow", () => {
    const facts = factsOf("Hunan exported 2.41 billion light bulbs in the first half of 2031, up 8.2 percent year on "
      + "year. Their value rose 11.4 percent to 3.92 billion yuan.", meta);
    expect([one(facts, 3.92).subject, one(facts, 3.92).metric]).toEqual(["light bulbs", "exports"]);
    expect([one(facts, 11.4).subject, one(facts, 11.4).metric]).toEqual(["light bulbs", "exports"]);
  });
  it("is read after a colon naming what was worth it", () => {
    const facts = factsOf("Hunan imported 1.37 million tonnes of barley in 2030. The bill rose faster: the barley was "
      + "worth 5.06 billion yuan, up 17.7 percent.", meta);
    expect([one(facts, 5.06).subject, one(facts, 5.06).metric]).toEqual(["barley", "imports"]);
    expect(one(facts, 17.7).subject).toBe("barley");
  });
  it("is no counted goods' when the sentence names other goods worth it", () => {
    const facts = factsOf("Hunan imported 1.37 million tonnes of barley in 2030. The tractors were worth 2.22 billion "
      + "yuan.", meta);
    expect(one(facts, 2.22).subject).toBeUndefined();
  });
  it("takes the goods' everyday name for the counted goods' own", () => {
    const facts = factsOf("Hunan imported 9.7 billion integrated circuits in 2030. The bill rose faster: the chips were "
      + "worth 33.8 billion yuan.", meta);
    expect(one(facts, 33.8).subject).toBe("integrated circuits");
  });
  it("is no one goods' when the sentence before counted two, or counted none", () => {
    const two = factsOf("Hunan imported 1.37 million tonnes of barley and 0.52 million tonnes of oats in 2030. Their "
      + "value was 6.14 billion yuan.", meta);
    expect(one(two, 6.14).subject).toBeUndefined();
    const none = factsOf("Hunan's exports rose 5.5 percent in 2030. Their value was 7.19 billion yuan.", meta);
    expect(one(none, 7.19).subject).toBeUndefined();
  });
});

describe("the change beside a count whose value the next sentence gives", () => {
  it("is the quantity's change, the value's own change the next sentence's", () => {
    const facts = factsOf("Last year Hunan imported 58.1 billion capacitors, 3.7 percent more than in 2029. Their value "
      + "was 41.6 billion yuan, an increase of 6.9 percent.", meta);
    expect(one(facts, 3.7).qualifier).toMatch(/quantity/);
    expect(one(facts, 6.9).qualifier ?? "").not.toMatch(/quantity/);
    expect(one(facts, 6.9).subject).toBe("capacitors");
  });
});
