import { describe, expect, it } from "vitest";
import { factsOf, one } from "./helpers/facts.js";

// A city's share "of the provincial total" is a share of the province it lies in, never of its own total.
// Made-up sentences (no evaluation set's place or number).
const Y = { published: "2032-03-01" };

describe("a city's share of the provincial total", () => {
  it("is a share of its province", () => {
    const facts = factsOf("Of the province's cities, Luohe remained the largest, with 43.7 percent of the provincial total.", Y);
    expect(one(facts, 43.7)).toMatchObject({ entity: "city:luohe", measure: "share", shareOf: "henan" });
  });
  it("and a province's share of the provincial total stays its own", () => {
    const facts = factsOf("Henan's general trade made up 61.2 percent of the provincial total in 2031.", Y);
    expect(one(facts, 61.2).shareOf).not.toBe("china");
  });
});
