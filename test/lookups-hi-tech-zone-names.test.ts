import { describe, expect, it } from "vitest";
import { namedZones, zoneFinder } from "../text/zones.js";
import { factsOf } from "./helpers/facts.js";

// A national high-tech zone named in full in its sentence and short in its headline: made-up zone and figures.
describe("a high-tech zone's names", () => {
  it("are one zone, the place kept as its name", () => {
    expect(namedZones("The Mianzhu Hi-tech Industrial Development Zone recorded trade of 5 billion yuan.").map((z) => z.id))
      .toEqual(["zone:Mianzhu Hi-tech Zone"]);
    expect(namedZones("The Mianzhu High-tech Zone grew.").map((z) => z.id)).toEqual(["zone:Mianzhu Hi-tech Zone"]);
    // (a name of its own before the kind stays the zone's name)
    expect(namedZones("The Mianzhu Green Valley High-tech Zone grew.").map((z) => z.id))
      .toEqual(["zone:Green Valley Hi-tech Zone"]);
  });
  it("own the sentence's amount and its change alike", () => {
    const facts = factsOf("# Mianzhu Hi-tech Zone's trade tops 40 billion yuan\n\nThe Mianzhu Hi-tech Industrial "
      + "Development Zone recorded imports and exports of 41.3 billion yuan in 2030, up 7.7 percent year on year.",
    { title: "Mianzhu Hi-tech Zone's trade tops 40 billion yuan", published: "2031-01-10" });
    expect(facts.filter((f) => f.value === 41.3 || f.value === 7.7).map((f) => f.entity))
      .toEqual(["zone:Mianzhu Hi-tech Zone", "zone:Mianzhu Hi-tech Zone"]);
  });
  it("are found in a question by any of them", () => {
    const find = zoneFinder(["zone:Mianzhu Hi-tech Zone"]);
    for (const q of ["mianzhu hi-tech zone trade 2030?", "mianzhu high tech industrial development zone trade 2030?"]) {
      expect(find(q).map((z) => z.id)).toEqual(["zone:Mianzhu Hi-tech Zone"]);
    }
  });
});
