import { describe, expect, it } from "vitest";
import { parseQuestion } from "../retrieval/figures/query.js";
import { findGroupDefinitions } from "../text/entities.js";
import { factsOf, one } from "./helpers/facts.js";

// A group named by a count and its members in commas after it ("The three northeastern provinces, Liaoning, Jilin and
// Heilongjiang, exported …"): the figure is the group's, never its last member's (findGroupDefinitions in
// text/entities.ts, listsGroup in facts/extract.ts); a group whose members are a region's is that region, and the
// question's "central six" names it. Made-up figures.
const facts = (text: string) => factsOf(text, { title: "Regional trade", published: "2025-04-20" });

describe("a group figure followed by its member list", () => {
  it("gives the figure to the group, read as the region its members make up", () => {
    const text = "The three northeastern provinces, Liaoning, Jilin and Heilongjiang, exported 51.3 billion yuan in 2024.";
    expect(one(facts(text), 51.3).entity).toBe("region:northeastern");
  });
  it("learns a group of no region from a list in commas, and gives it the figure", () => {
    const text = "The four river cities, Wuhan, Yichang, Jingzhou and Xiangyang, traded 12.4 billion yuan in 2024.";
    expect(findGroupDefinitions(text).map((g) => g.members))
      .toEqual([["city:wuhan", "city:yichang", "city:jingzhou", "city:xiangyang"]]);
    expect(one(facts(text), 12.4).entity).toBe("group:four-river-cities");
  });
  it("learns no group from a list in commas that is not closed or not counted exactly", () => {
    expect(findGroupDefinitions("Of the six provinces, Anhui and Henan grew fastest, at 7 percent.")).toEqual([]);
    expect(findGroupDefinitions("Among five provinces, Anhui, Henan, Hubei and Hunan, trade rose.")).toEqual([]);
  });
});

describe("the question's name for the group", () => {
  it("reads 'the central six' as the central region", () => {
    expect(parseQuestion("hunan's share of the central six's trade in 2024?")).toMatchObject({
      entities: ["hunan", "region:central"] });
  });
});
