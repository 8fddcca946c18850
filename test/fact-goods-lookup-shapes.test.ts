import { describe, expect, it } from "vitest";
import { factsOf, one } from "./helpers/facts.js";

// Sentences that state goods' value with its change or share, whose goods, owner or period were read wrong.
// Made-up places, goods and figures.
const MARCH = { title: "Hebei's foreign trade tops 40 billion dollars in 2023", published: "2024-03-10" };

describe("goods before their flow, a linking phrase set off after it", () => {
  it("are the goods of the figures ('X exports, by contrast, fell')", () => {
    const facts = factsOf("Hebei's exports grew 3 percent in 2023. Frozen squid exports, by contrast, fell 17.5 percent to "
      + "3.64 billion dollars, or 7.2 percent of the province's exports.", MARCH);
    expect(one(facts, 3.64)).toMatchObject({ entity: "hebei", metric: "exports", subject: "frozen squid" });
    expect(one(facts, -17.5)).toMatchObject({ measure: "growth", subject: "frozen squid" });
    expect(one(facts, 7.2)).toMatchObject({ measure: "share", subject: "frozen squid" });
  });
  it("so with 'in contrast'", () => {
    const facts = factsOf("Hebei's exports grew 3 percent in 2023. Frozen squid exports, in contrast, rose to 3.64 billion dollars.", MARCH);
    expect(one(facts, 3.64)).toMatchObject({ subject: "frozen squid" });
  });
});

describe("a year in a relative clause that closes a sentence of no figure", () => {
  it("is no period the next figures are of", () => {
    const facts = factsOf("Hebei's exports grew 3 percent in 2023. Steel had become the province's largest export, overtaking "
      + "frozen squid, which had held that position in 2010 and 2011.\n\nFrozen squid exports fell 17.5 percent to 3.64 billion "
      + "dollars.", MARCH);
    expect(one(facts, 3.64).period).toMatchObject({ y1: 2023, y2: 2023 });
  });
});

describe("a figureless sentence on 'the province's' goods after a national aside", () => {
  it("goes back to the province", () => {
    const facts = factsOf("Hebei's exports rose 26.0 percent to 31.7 billion dollars in 2023. China's total imports and exports "
      + "for the year came to 598.2 billion dollars.\n\nFrozen squid remained the province's largest export category. Exports "
      + "of frozen squid were worth 8.45 billion dollars, up 19.3 percent.", MARCH);
    expect(one(facts, 598.2)).toMatchObject({ entity: "china" });
    expect(one(facts, 8.45)).toMatchObject({ entity: "hebei", metric: "exports", subject: "frozen squid" });
    expect(one(facts, 19.3)).toMatchObject({ entity: "hebei", measure: "growth" });
  });
});

describe("clauses a group's goods open, in a sentence of no flow after one on the group", () => {
  it("are the goods' exports, an aside after the first maybe", () => {
    const facts = factsOf("Hebei's exports grew 3 percent in 2023. Exports of the \"new three\" products reached 148.9 billion "
      + "yuan, up 8.8 percent. Solar cells, still the biggest of the group, fell 4.1 percent to 66.4 billion yuan as prices kept "
      + "falling; lithium batteries rose 16.2 percent to 52.9 billion yuan; and electric vehicles jumped 25.8 percent to 29.6 "
      + "billion yuan.", MARCH);
    expect(one(facts, 66.4)).toMatchObject({ entity: "hebei", metric: "exports", subject: "solar cells" });
    expect(one(facts, 52.9)).toMatchObject({ entity: "hebei", metric: "exports", subject: "lithium batteries" });
    expect(one(facts, 16.2)).toMatchObject({ measure: "growth", subject: "lithium batteries" });
    expect(one(facts, 29.6)).toMatchObject({ metric: "exports", subject: "electric vehicles" });
  });
});

describe("a numbered section's heading after a paragraph that ended on another place", () => {
  it("goes back to the report's place", () => {
    const facts = factsOf("In the first three quarters of 2023, Hebei's total imports and exports reached 1,204.3 billion yuan. "
      + "Langfang, the neighbouring city, traded 88.6 billion yuan in the three quarters.\n2. Trade by mode\nExports under the "
      + "market procurement trade mode rose 31.2 percent to 45.3 billion yuan.",
    { title: "Hebei Customs: trade in the first three quarters of 2023", published: "2023-10-25" });
    expect(one(facts, 88.6)).toMatchObject({ entity: "city:langfang" });
    expect(one(facts, 45.3)).toMatchObject({ entity: "hebei", metric: "exports", subject: "market procurement" });
  });
});

describe("a numbered section's heading in a bulletin whose headline names another place", () => {
  it("goes back to the place the lead gave figures of", () => {
    const facts = factsOf("1. Overview\n\nThe foreign trade of Hebei Province in 2010 totalled US$150.3 billion, up 20.5%.\n\n"
      + "2. Main features\n\nCrude oil imports reached 31.7 million tonnes, up 12.4% in volume.",
    { title: "LANGFANG CUSTOMS STATISTICAL BULLETIN No. 1, 2011", published: "2011-01-20" });
    expect(one(facts, 150.3)).toMatchObject({ entity: "hebei" });
    expect(one(facts, 31.7)).toMatchObject({ entity: "hebei", metric: "imports", subject: "crude oil" });
  });
});
