import { describe, expect, it } from "vitest";
import { factsOf, one } from "./helpers/facts.js";

// Written against surviving mutants of resolveWho's "China-X" pair: a base the pair names at a place in brackets is
// that place's, trade the pair names is the nation's unless it goes through the port the text is about. Made-up
// sentences, after a lead sentence about a province.
const Y2023 = { published: "2024-01-20" };
const read = (text: string) => factsOf(`Zhejiang's trade held up well in 2023. ${text}`, Y2023);

describe("a 'China-X' pair", () => {
  it("gives a base the pair names the place in brackets after it, with the pair's partner", () => {
    expect(one(read("The China-Kazakhstan (Wenzhou) logistics base dispatched 300 trains in 2023."), 300))
      .toMatchObject({ entity: "city:wenzhou", partner: "partner:kz", measure: "count" });
  });
  it("gives the pair's trade to the nation, not to the province the text is about", () => {
    expect(one(read("China-Kazakhstan trade grew 4 percent in 2023."), 4)).toMatchObject({ entity: "china", partner: "partner:kz" });
  });
  it("gives the pair's trade through the port to the place the text is about", () => {
    expect(one(read("China-Kazakhstan trade through the port grew 4 percent in 2023."), 4))
      .toMatchObject({ entity: "zhejiang", partner: "partner:kz" });
  });
});
