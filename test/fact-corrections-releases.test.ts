import { describe, expect, it } from "vitest";
import { factsOf, one } from "./helpers/facts.js";
import { withoutCorrected } from "../facts/corrections.js";

// A bulletin's correction names an earlier release by its date under a label ("Correction: The May 14 release gave …
// as 3.2 percent. The revised figure is 3.8 percent."): the revised figure replaces the release's. Made-up texts.
const BULLETIN = "## Release of May 14, 2031: January–April\n\n"
  + "Zorland's foreign trade in the first four months reached 812.4 billion yuan, up 6.1 percent. In April, Hebei's "
  + "exports came to 61.7 billion yuan, up 3.2 percent.\n\n"
  + "## Release of June 15, 2031: January–May\n\n"
  + "In the first five months, Hebei's imports and exports reached 1,004.9 billion yuan, up 5.8 percent.\n\n"
  + "**Correction:** The May 14 release gave Hebei's export growth for April as 3.2 percent. The revised figure is "
  + "3.8 percent. The January–April totals are unchanged.";

describe("a dated release's correction under a label", () => {
  const facts = factsOf(BULLETIN, { title: "Hebei trade bulletin: monthly releases", published: "2031-07-01" });
  it("gives the revised rate the error's place, flow, measure and period, replacing it", () => {
    expect(one(facts, 3.8)).toMatchObject({ entity: "hebei", metric: "exports", measure: "growth", replaces: 3.2,
      period: { y1: 2031, m1: 4, y2: 2031, m2: 4 } });
  });
  it("takes the release's first figure out and leaves the others", () => {
    const all = withoutCorrected(facts).map((f) => f.value);
    expect(all).not.toContain(3.2);
    expect(all).toEqual(expect.arrayContaining([3.8, 61.7, 1004.9, 5.8]));
  });
  it("leaves a release's figure alone when no correction follows", () => {
    const plain = factsOf("The May 14 release gave Hebei's export growth for April as 3.2 percent. Imports rose 2.0 "
      + "percent.", { title: "Hebei trade", published: "2031-07-01" });
    expect(plain.some((f) => f.value === 3.2)).toBe(true);
  });
});

// "The 2030 total was revised down to 455.1 billion yuan from the 457.3 billion yuan first reported last January":
// the figure after "from" is the first estimate of the same year, not a figure of the month it was reported in.
describe("a total revised to one figure from another", () => {
  const facts = factsOf("Hebei's imports and exports fell 3.1 percent in 2031 to 441.0 billion yuan. The 2030 total was "
    + "revised down to 455.1 billion yuan from the 457.3 billion yuan first reported last January.",
  { title: "Hebei trade falls", published: "2032-01-19" });
  it("reads the revised figure for the year", () => {
    expect(one(facts, 455.1)).toMatchObject({ entity: "hebei", metric: "trade", period: { y1: 2030, y2: 2030 } });
  });
  it("marks the figure it replaced a first estimate of the same year", () => {
    const first = one(facts, 457.3);
    expect(first.qualifier).toContain("first estimate");
    expect(first.period).toMatchObject({ y1: 2030, y2: 2030 });
  });
});
