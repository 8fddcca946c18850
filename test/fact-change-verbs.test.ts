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
