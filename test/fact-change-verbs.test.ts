import { describe, expect, it } from "vitest";
import { factsOf, one } from "./helpers/facts.js";

// A change told with a verb of small or sudden falls ("dipped", "slipped", "tumbled") is a change like "fell": a growth,
// negative, never a plain rate (made-up sentences).
describe("a fall told with a verb of small or sudden falls", () => {
  for (const verb of ["dipped", "slipped", "tumbled", "slid"]) {
    it(`reads "${verb} N percent" as a negative growth`, () => {
      const facts = factsOf(`In the first half of 2019, Anhui's exports rose 9.4 percent to 61.2 billion yuan, while imports ${verb} 3.7 percent to 20.5 billion yuan.`);
      const change = one(facts, -3.7);
      expect(change).toMatchObject({ entity: "anhui", metric: "imports", measure: "growth" });
    });
  }
});

// (b15's first run: the second partner's change, its verb left out, was read as a rise)
describe("a change whose verb is left out after 'and', in one clause with the change before", () => {
  it("goes the way of that change: 'exports to A dropped N% to X and exports to B M% to Y'", () => {
    const facts = factsOf("Qinghai's exports to Peru dropped 12.5 percent to 88 million US dollars in 2010 and exports to "
      + "Chile 19.1 percent to 61 million US dollars.");
    expect(one(facts, -19.1)).toMatchObject({ entity: "qinghai", partner: "partner:cl", metric: "exports", measure: "growth" });
  });

  it("keeps a direction word of its own: '… and imports from B rose M% to Y'", () => {
    const facts = factsOf("Qinghai's exports to Peru dropped 12.5 percent to 88 million US dollars in 2010 and imports from "
      + "Chile rose 19.1 percent to 61 million US dollars.");
    expect(one(facts, 19.1)).toMatchObject({ partner: "partner:cl", measure: "growth" });
  });
});
