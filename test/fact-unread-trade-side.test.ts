import { describe, expect, it } from "vitest";
import { factsOf, one } from "./helpers/facts.js";

// "Trade with neighbouring countries rose 18.2 percent": a sentence opening with a flow's other side that no tagger
// reads states that side's figure, never the total of the place before it. Made-up figures.
describe("a sentence opening with trade with a side no tagger reads", () => {
  const meta = { title: "Ningxia trade", published: "2032-01-10" };
  const lead = "Ningxia's imports and exports reached 14.6 billion dollars in 2031, up 12.1 percent. "
    + "Shizuishan was the region's biggest trading city with 4.37 billion dollars. ";
  it("gives no figure of the place's total trade", () => {
    for (const side of ["Trade with neighbouring countries rose 18.2 percent as new markets opened.",
      "Exports to the Gulf states climbed 18.2 percent to 1.1 billion dollars."]) {
      const facts = factsOf(lead + side, meta);
      expect(facts.filter((f) => f.value === 18.2 && !f.partner), side).toEqual([]);
    }
  });
  it("keeps a side the taggers read, the whole world, a period, the place itself and a side referred to", () => {
    expect(one(factsOf(`${lead}Trade with Russia rose 18.2 percent.`, meta), 18.2).partner).toBe("partner:russia");
    for (const said of ["Imports from abroad rose 18.2 percent.", "Exports from January to November rose 18.2 percent.",
      "Exports to date rose 18.2 percent.", "Imports from the continent rose 18.2 percent."]) {
      expect(factsOf(lead + said, meta).some((f) => f.value === 18.2), said).toBe(true);
    }
  });
});
