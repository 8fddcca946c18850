import { describe, expect, it } from "vitest";
import { factsOf, one } from "./helpers/facts.js";

// review of this stop's facts/text rules (rvc34): sentences of other shapes than the rules were written for
describe("rules broader than their shape (rvc34)", () => {
  it("a change of GDP in a clause after trade dependence's verb is the economy's, no change of the rate", () => {
    const f = one(factsOf("Henan's trade dependence rose while GDP grew 5.2 percent and exports grew 7.1 percent."), 5.2);
    expect(f.qualifier).not.toBe("trade dependence");
    expect(f.metric).not.toBe("trade");
  });
});

describe("a county named by its kind opening a sentence (rvc34)", () => {
  it("owns its figures by its own name, never with the word the sentence opens with", () => {
    for (const opener of ["Across", "Neighbouring"]) {
      const facts = factsOf(`Henan's exports rose 4 percent in 2031. ${opener} Dorvan county saw imports rise 5.5 percent.`);
      expect(one(facts, 5.5).entity).toBe("zone:Dorvan");
    }
  });
});

describe("shipments going on from the flow of the sentence right before (rvc34)", () => {
  it("a 'Volumes …' sentence after one on no flow is no shipment of the flow further back", () => {
    const facts = factsOf("Henan's exports of steel rose 5 percent to 3.1 billion yuan in 2031.\n\n"
      + "The province's container port handled more goods. Volumes reached 1.4 million TEUs.");
    expect(one(facts, 1.4).metric).not.toBe("exports");
  });
});

describe("an amount over a span (rvc34)", () => {
  it("'a week after …' after an amount is a time between events, no amount per week", () => {
    const facts = factsOf("Henan's imports hit 2.2 billion yuan in 2031, a record, and 3.1 billion yuan a week after the port "
      + "opened in 2032.");
    expect(facts.filter((f) => f.value === 3.1).map((f) => f.unit)).not.toContain("billion yuan per week");
    expect(factsOf("Henan's exports reached 3.1 billion yuan of goods a day earlier than planned in 2031.")
      .map((f) => f.unit)).not.toContain("billion yuan per day");
  });
});

describe("a figure opening its bullet (rvc34)", () => {
  it("is of the partner the words after its dash name, never the place's whole flow", () => {
    const facts = factsOf("Henan's trade in 2031 at a glance:\n\n- 52.3 billion yuan - exports to Japan, up 5.1 percent\n"
      + "- 12.4 billion yuan - exports of steel");
    expect(one(facts, 52.3).partner).toBe("partner:japan");
    expect(one(facts, 12.4).partner).toBeUndefined();
  });
});
