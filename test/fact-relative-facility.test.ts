import { describe, expect, it } from "vitest";
import { factsOf, one } from "./helpers/facts.js";

// "…, behind Harbin Taiping International Airport, which handled N": a figure in a relative clause that ends the
// sentence is the place's whose airport or port it goes on about, never the sentence subject's. Made-up sentences.
describe("a relative clause after a place's airport or port", () => {
  it("gives its figure to the place that names the facility", () => {
    const facts = factsOf("Cargo at Hegang Airport reached 0.21 million tonnes in 2031, up 2.1 percent. The airport "
      + "remained behind Harbin Taiping International Airport, which handled 1.34 million tonnes of cargo in 2031, "
      + "up 6.6 percent.", { published: "2032-01-20" });
    expect(one(facts, 1.34).entity).toBe("city:harbin");
    expect(one(facts, 6.6).entity).toBe("city:harbin");
    expect(one(facts, 0.21).entity).toBe("city:hegang");
  });
});
