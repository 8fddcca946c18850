import { describe, expect, it } from "vitest";
import { factsOf } from "./helpers/facts.js";

// Hong Kong, Macao and Taiwan ranked among a mainland place's trading partners are the other side of its trade, never
// the owner of the figure or of the figures after it; one sentence shape each. Made-up sentences.
const trade = (text: string) => factsOf(text, { published: "2031-02-01" }).filter((f) => f.measure === "amount")
  .map((f) => ({ value: f.value, entity: f.entity, partner: f.partner }));
const LEAD = "Hubei's foreign trade reached 350.2 billion yuan in 2030. ";

describe("places outside the mainland ranked as partners", () => {
  it("reads the place called the largest partner as the partner, and the next sentence stays the province's", () => {
    expect(trade(`${LEAD}Macao was Hubei's largest trading partner with 30.4 billion yuan, followed by Japan with `
      + "22.1 billion yuan. Trade with Africa reached 11.7 billion yuan.")).toEqual([
      { value: 350.2, entity: "hubei", partner: undefined },
      { value: 30.4, entity: "hubei", partner: "macao" },
      { value: 22.1, entity: "hubei", partner: "partner:japan" },
      { value: 11.7, entity: "hubei", partner: "partner:africa" },
    ]);
  });
  it("reads a place after 'followed by' in a ranking of partners as the next partner, first or later in the run", () => {
    expect(trade(`${LEAD}Japan was Hubei's largest trading partner with 30.4 billion yuan, followed by Macao with `
      + "22.1 billion yuan and the EU with 20.5 billion yuan.")).toEqual([
      { value: 350.2, entity: "hubei", partner: undefined },
      { value: 30.4, entity: "hubei", partner: "partner:japan" },
      { value: 22.1, entity: "hubei", partner: "macao" },
      { value: 20.5, entity: "hubei", partner: "partner:eu" },
    ]);
    expect(trade(`${LEAD}Japan was Hubei's largest trading partner with 30.4 billion yuan, followed by the EU with `
      + "22.1 billion yuan and Taiwan with 20.5 billion yuan.").slice(2)).toEqual([
      { value: 22.1, entity: "hubei", partner: "partner:eu" },
      { value: 20.5, entity: "hubei", partner: "taiwan" },
    ]);
  });
  it("reads a place that 'came second' after a sentence on the largest partner as the second partner", () => {
    expect(trade(`${LEAD}The EU remained Hubei's largest trading partner with 41.2 billion yuan. Taiwan came second at `
      + "30.4 billion yuan, followed by Japan at 22.1 billion yuan.").slice(1)).toEqual([
      { value: 41.2, entity: "hubei", partner: "partner:eu" },
      { value: 30.4, entity: "hubei", partner: "taiwan" },
      { value: 22.1, entity: "hubei", partner: "partner:japan" },
    ]);
  });
  it("keeps a place that opens a sentence on its own trade as the owner", () => {
    expect(trade("Macao's exports reached 12.5 billion yuan in 2030. Hubei was the second-largest source of its imports.")
      .map((f) => f.entity)).toEqual(["macao"]);
  });
});
