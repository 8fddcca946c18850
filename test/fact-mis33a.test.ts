import { describe, expect, it } from "vitest";
import { factsOf, one } from "./helpers/facts.js";

// Older misreads a reviewer reproduced: a partner place taken for the text's place. Made-up figures.
const JAN = { published: "2031-01-15" };

describe("a place after 'trade with' in a headline or a list of partners", () => {
  it("is no place the text is about: the lead's office city owns the figures", () => {
    for (const title of ["Trade with Macao rises", "Imports from Macao and Hong Kong surge"]) {
      const facts = factsOf(`# ${title}\n\nTangshan Customs said trade with Macao rose 7.3 percent in 2030. `
        + "Exports grew 4.4 percent.\n", { ...JAN, title });
      expect(one(facts, 7.3)).toMatchObject({ entity: "city:tangshan", partner: "macao" });
      expect(one(facts, 4.4).entity).toBe("city:tangshan");
    }
  });
  it("keeps a headline's own place the owner", () => {
    const title = "Tangshan's trade with Macao rises";
    const facts = factsOf(`# ${title}\n\nTrade with Macao rose 7.3 percent in 2030. Exports grew 4.4 percent.\n`, { ...JAN, title });
    expect(one(facts, 4.4).entity).toBe("city:tangshan");
  });
  it("is a partner when listed after the first one", () => {
    const facts = factsOf("Tangshan Customs said trade with Macao and Hong Kong rose 7.3 percent in 2030. "
      + "Exports grew 4.4 percent.", JAN);
    expect(one(facts, 7.3).entity).toBe("city:tangshan");
    expect(one(facts, 4.4).entity).toBe("city:tangshan");
  });
});

describe("the price of carrying goods", () => {
  it("is no goods and no figure of the place's trade", () => {
    for (const text of ["In 2030, Hebei's exports rose 4.4 percent, and freight rates fell 5.2 percent.",
      "In 2030, Hebei imported 4.4 million tonnes of coal, and freight rates fell 5.2 percent.",
      "In 2030, Hebei's exports rose 4.4 percent, while shipping costs rose 5.2 percent.",
      "In 2030, Hebei's exports rose 4.4 percent, and the cost of transport fell 5.2 percent."]) {
      const facts = factsOf(text, JAN);
      expect(one(facts, 4.4).entity).toBe("hebei");
      expect(facts.filter((f) => Math.abs(f.value ?? 0) === 5.2)).toEqual([]);
    }
  });
  it("leaves a flow named after it its figure", () => {
    const facts = factsOf("Despite higher freight rates, Hebei's exports rose 4.4 percent in 2030.", JAN);
    expect(one(facts, 4.4)).toMatchObject({ entity: "hebei", metric: "exports" });
  });
});
