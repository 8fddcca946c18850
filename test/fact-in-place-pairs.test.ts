import { describe, expect, it } from "vitest";
import { factsOf, one } from "./helpers/facts.js";

// "… totalled 1.21 billion yuan in A and 860 million yuan in B, up 18.7 percent and 25.3 percent respectively": each
// amount is the place's right after it, and the changes follow the amounts in order. Made-up figures.
describe("amounts each followed by 'in' a place, changes handed out after them", () => {
  const facts = factsOf("Most of the overland trade passes through Hebei. Border trade totalled 1.37 billion yuan in "
    + "Hebei and 910 million yuan in Henan, up 14.2 percent and 21.9 percent respectively.",
  { title: "Border trade", published: "2031-02-01" });
  it("gives each amount the place after it", () => {
    expect(one(facts, 1.37).entity).toBe("hebei");
    expect(one(facts, 910).entity).toBe("henan");
  });
  it("gives the changes the amounts' places in order", () => {
    expect(one(facts, 14.2)).toMatchObject({ entity: "hebei", measure: "growth" });
    expect(one(facts, 21.9)).toMatchObject({ entity: "henan", measure: "growth" });
  });
  it("leaves a lone amount followed by 'in' a city its sentence's owner", () => {
    const lone = factsOf("Hebei's exports reached 3.5 billion yuan in 2030 in Shijiazhuang.", { published: "2031-02-01" });
    expect(one(lone, 3.5).entity).toBe("hebei");
  });
});
