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

describe("a month with no year in a text out after the year it is about", () => {
  const period = (facts: ReturnType<typeof factsOf>, value: number) => one(facts, value).period;
  it("is of the year the sentence names, not the publication's", () => {
    for (const published of ["2031", "2031-01-15", "2031-04-02"]) {
      const facts = factsOf("Hebei's total trade reached 40 billion yuan in 2030, up 6.1 percent, as exports grew 20.5 "
        + "percent in March.", { published });
      expect(period(facts, 20.5)).toEqual({ y1: 2030, m1: 3, y2: 2030, m2: 3 });
    }
  });
  it("is of the year the text is about in a report out in a year given alone", () => {
    const facts = factsOf("In 2030, Hebei's total trade reached 40 billion yuan. Exports grew 20.5 percent in March.",
      { published: "2031" });
    expect(period(facts, 20.5)).toEqual({ y1: 2030, m1: 3, y2: 2030, m2: 3 });
  });
  it("keeps a period named before the earlier year the publication's", () => {
    const facts = factsOf("Hebei's exports grew 20.5 percent in March, against 3 percent growth in 2030.",
      { published: "2031-04-02" });
    expect(period(facts, 20.5)).toEqual({ y1: 2031, m1: 3, y2: 2031, m2: 3 });
  });
});
