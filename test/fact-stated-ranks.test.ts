import { describe, expect, it } from "vitest";
import { factsOf } from "./helpers/facts.js";

// Ranks a sentence states (made-up sentences): whose rank it is, by what, and among whom.
const Y2024 = { title: "Trade in 2024", published: "2025-01-21" };
const ranks = (text: string) => factsOf(text, Y2024).filter((f) => f.measure === "rank")
  .map((f) => [f.entity, f.value, f.qualifier, f.scope]);

describe("stated ranks", () => {
  it("gives 'which put it first' to the sentence's subject, not to the whole its share is of", () => {
    expect(ranks("Tangshan's trade rose 7 percent in 2024. The city's trade accounted for 38.2 percent of Hebei province's "
      + "total, which put it first in the province.")).toEqual([["city:tangshan", 1, undefined, "in the province"]]);
  });

  it("reads 'the fifth highest growth among …' as a rank by growth", () => {
    expect(ranks("Weihai's imports and exports rose 9.1 percent in 2024, the fifth highest growth among the country's 15 "
      + "coastal cities.")).toEqual([["city:weihai", 5, "growth rate", "among the country's 15 coastal cities"]]);
  });

  it("still gives 'ranked the province third' to the province named before", () => {
    expect(ranks("Hebei's trade rose 7 percent in 2024, which ranked the province third in north China."))
      .toEqual([["hebei", 3, undefined, "in north China"]]);
  });

  it("reads each rank of a list with its own scope ('first in central China, third among … and 12th in the country')", () => {
    expect(ranks("Henan's foreign trade reached 810 billion yuan in 2024, ranking first in central China, third among the "
      + "central and western provinces and 12th in the country.")).toEqual([["henan", 1, undefined, "in central China"],
      ["henan", 3, undefined, "among the central and western provinces"], ["henan", 12, undefined, "in the country"]]);
  });
});
