import { describe, expect, it } from "vitest";
import { factsOf, one } from "./helpers/facts.js";
import { periodLabel } from "../text/periods.js";
import type { Fact } from "../text/terms.js";

// What a whole document lends the figures its sentences leave open: the place its headline (or the customs office
// its lead cites) names, the period of its headline or lead, the year an undated text names; and the lines that
// are no sentences of its own (photo captions). Made-up documents.
const seen = (f: Fact) => ({ entity: f.entity, metric: f.metric, measure: f.measure, period: f.period && periodLabel(f.period) });

describe("the place a document is about", () => {
  it("is the first place its headline names, for a lead that says 'the city's'", () => {
    const facts = factsOf("The city's trade reached 5.1 billion yuan.", { title: "Tangshan and Hebei post growth in 2023" });
    expect(seen(one(facts, 5.1))).toEqual({ entity: "city:tangshan", metric: "trade", measure: "amount", period: "2023" });
  });
  it("is the region its headline names, for 'the region's'", () => {
    const facts = factsOf("The region's exports reached 5.1 billion yuan.", { title: "Guangxi sees growth", published: "2024-01-05" });
    expect(one(facts, 5.1).entity).toBe("guangxi");
  });
  it("is the place its headline names, not a partner named before it", () => {
    const facts = factsOf("The region's trade reached 5.1 billion yuan.", { title: "Trade with ASEAN grows in Guangxi", published: "2024-01-05" });
    expect(one(facts, 5.1).entity).toBe("guangxi");
  });
  it("is a region its headline names", () => {
    const facts = factsOf("The region's trade reached 5.1 billion yuan.", { title: "Yangtze River Delta trade", published: "2024-01-05" });
    expect(one(facts, 5.1).entity).toBe("region:yrd");
  });
  it("is, with no place in the headline, the place of the customs office its lead cites", () => {
    const facts = factsOf("Trade rose in 2023, Tangshan Customs said. The city's exports reached 5.1 billion yuan.",
      { title: "Trade news", published: "2024-01-05" });
    expect(one(facts, 5.1).entity).toBe("city:tangshan");
  });
});

describe("the period a document is about", () => {
  it("is its headline's, for a lead that names none", () => {
    const facts = factsOf("Hebei's trade reached 5.1 billion yuan.", { title: "Hebei in the first half of 2023", published: "2023-07-20" });
    expect(seen(one(facts, 5.1)).period).toBe("first half of 2023");
  });
  it("is not a date in a photo caption that opens the text", () => {
    const text = "Hebei's trade reached 5.1 billion yuan.\n*Aerial view of Tangshan port in April 2023.*";
    expect(one(factsOf(text), 5.1).period).toBeUndefined();
    // (without the caption's markers the month is the lead's)
    expect(periodLabel(one(factsOf(text.replace(/\*/g, "")), 5.1).period!)).toBe("April 2023");
  });
  it("takes its year, in an undated text, from the first year the text names", () => {
    const facts = factsOf("Hebei's trade grew in 2023. Exports rose 5 percent in the first half.");
    expect(seen(one(facts, 5)).period).toBe("first half of 2023");
  });
  it("is the lead's period in the year an undated text names, for a lead figure that names none", () => {
    const facts = factsOf("Hebei's trade reached 5.1 billion yuan. Figures for the first half were released in 2023.");
    expect(seen(one(facts, 5.1)).period).toBe("first half of 2023");
  });
  it("takes its year from a heading that is a period with its year", () => {
    expect(seen(one(factsOf("January-March 2023\nHebei's exports rose 5 percent in March."), 5)).period).toBe("March 2023");
    // (a heading longer than 40 characters is a sentence, not a dated heading)
    const long = factsOf("Statistics for the foreign trade of Hebei, January-March 2023\nHebei's exports rose 5 percent in March.");
    expect(one(long, 5).period?.y1).toBeNull();
  });
});

describe("a photo caption line", () => {
  it("gives no figures, and the text goes on as if it were not there", () => {
    const caption = "[Photo caption] Tangshan's trade reached 9.9 billion yuan in 2022.\nExports rose 5.1 percent.";
    const facts = factsOf(caption, { title: "Hebei trade", published: "2024-01-05" });
    expect(facts.map((f) => f.value)).toEqual([5.1]);
    expect(seen(one(facts, 5.1))).toEqual({ entity: "hebei", metric: "exports", measure: "growth", period: undefined });
  });
});
