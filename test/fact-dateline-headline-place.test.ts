import { describe, expect, it } from "vitest";
import { factsOf, one } from "./helpers/facts.js";

// A plain text whose first line, its title, opens with a dateline: "Lanzhou, May 3, 2031 -- Gansu's foreign trade
// grows …". The article is about the place its headline names, not the city it was filed from: figures whose sentence
// names no place are the headline place's.
describe("a title that opens with a dateline", () => {
  const text = "Lanzhou, May 3, 2031 -- Gansu's foreign trade grows 6.8 percent in 2030; Lanzhou takes half\n\n"
    + "Gansu Province's foreign trade reached 53.61 billion yuan in 2030, up 6.8 percent from 2029, Lanzhou Customs "
    + "announced on Tuesday. In US dollar terms the total was 7.47 billion dollars, up 6.1 percent. Exports came to "
    + "26.94 billion yuan, up 8.9 percent, and imports to 26.67 billion yuan, up 1.8 percent.\n\n"
    + "Lanzhou, the provincial capital, recorded 24.32 billion yuan, up 9.1 percent.";
  const facts = factsOf(text, { title: text.split("\n")[0]!, published: "2031-05-03" });
  it("gives the figures of sentences naming no place to the headline's place", () => {
    expect(one(facts, 7.47).entity).toBe("gansu");
    expect(one(facts, 8.9).entity).toBe("gansu");
    expect(one(facts, 1.8).entity).toBe("gansu");
  });
  it("keeps the filing city's own figures", () => {
    expect(one(facts, 24.32).entity).toBe("city:lanzhou");
  });
});
