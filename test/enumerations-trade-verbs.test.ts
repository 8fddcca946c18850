import { describe, expect, it } from "vitest";
import { findEnumerations } from "../text/enumerations.js";

// A trade verb after an adverb, "and" or a pronoun opens the goods it names ("X mainly exports A, B and C to P, and
// imports D and E", "We imported more A, B and C"); ", and imports D, E …" starts a clause and a list of its own. A flow
// followed by where it went or what it did ("and exports to A, B and C", "and imports rose") opens nothing. Made-up
// sentences.
const items = (text: string) => findEnumerations(text).map((e) => e.items.map((i) => i.name));

describe("lists opened by a trade verb", () => {
  it("reads the goods of each flow of 'X mainly exports A, B to P, and imports C, D'", () => {
    expect(items("Gansu mainly exports solar panels, buses, cement and glass to Chile, and imports copper ore, "
      + "lithium salts, wine and cherries, together with fishmeal."))
      .toEqual([["solar panels", "buses", "cement", "glass"], ["copper ore", "lithium salts", "wine", "cherries"]]);
  });

  it("reads goods whose name ends like a verb's ('clothing', 'bedding') after the trade verb", () => {
    expect(items("Gansu mainly exports clothing, bedding and toys to Peru.")).toEqual([["clothing", "bedding", "toys"]]);
  });

  it("reads the goods after 'we imported more' and 'and exported more', not the partner between", () => {
    expect(items("We imported more palm oil, coconuts and tin from Malaysia, and exported more tractors, pumps and tiles."))
      .toEqual([["palm oil", "coconuts", "tin"], ["tractors", "pumps", "tiles"]]);
  });

  it("opens nothing at a flow followed by where it went or what it did", () => {
    expect(items("Firms moved quickly to other markets, and exports to Peru, Oceania and Kenya all hit records."))
      .toEqual([["Peru", "Oceania", "Kenya"]]);
    expect(items("Exports rose 4.1 percent to 9.2 billion yuan, and imports climbed 2.2 percent to 3.3 billion yuan.")).toEqual([]);
  });

  it("keeps the list of a flow that opens no goods: 'imports apart from gas were led by A, B and C'", () => {
    expect(items("The main exports were buses, tyres and glass, while imports apart from natural gas were dominated by "
      + "rapeseed oil, soybean oil and zinc ore."))
      .toEqual([["buses", "tyres", "glass"], ["rapeseed oil", "soybean oil", "zinc ore"]]);
  });
});
