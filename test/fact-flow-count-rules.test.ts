import { describe, expect, it } from "vitest";
import { factsOf, one } from "./helpers/facts.js";

// The flow a share is of and the quantity a change takes a count to (facts/extract.ts), on made-up sentences.
// Written against the survivors of the facts area's mutation run, Stop 29.
const Y2019 = { published: "2020-01-20" };

describe("a change that takes a count to its level", () => {
  it("is the change of the count's quantity", () => {
    const facts = factsOf("Qingdao Port's container throughput rose 6.3 percent to 2.5 million TEUs in 2019.", Y2019);
    expect(one(facts, 6.3).qualifier).toMatch(/\bTEUs, quantity$/);
  });
  it("is no change of a count a later clause names", () => {
    const facts = factsOf("Qingdao Port's container throughput rose 6.3 percent in 2019, and it handled 2.5 million TEUs.",
      Y2019);
    expect(one(facts, 6.3).qualifier ?? "").not.toMatch(/\bquantity\b/);
  });
});

describe("the flow a share is of", () => {
  it("is the one flow named before it, of the whole after it", () => {
    expect(one(factsOf("Jilin's imports made up 45 percent of total trade in 2019.", Y2019), 45))
      .toMatchObject({ metric: "imports", measure: "share", ofMetric: "trade" });
    expect(one(factsOf("Jilin's exports made up 55 percent of total trade in 2019.", Y2019), 55))
      .toMatchObject({ metric: "exports", measure: "share", ofMetric: "trade" });
  });
  it("is neither flow alone when two flows are named before it", () => {
    const facts = factsOf("Jilin's exports of toys and imports of ore made up 12 percent of total trade in 2019.", Y2019);
    expect(one(facts, 12).metric).not.toBe("exports");
    expect(one(facts, 12).ofMetric).toBeUndefined();
  });
});
