import { describe, expect, it } from "vitest";
import { flowModifiers } from "../retrieval/evidence.js";
import { parseQuestion } from "../retrieval/figures/query.js";
import { namedZones, zoneFinder } from "../text/zones.js";
import { factsOf, one } from "./helpers/facts.js";

// An economic and technological development zone ("ETDZ") named after its place: the whole name is the zone's, a report
// headed by it is about the zone, and a question names it by its short name. Made-up zone and figures.
const ZONE = "zone:Langfang Economic and Technological Development Zone";

describe("an economic and technological development zone", () => {
  it("is named whole, its 'and' no break in the name", () => {
    expect(namedZones("In 2023 the Langfang Economic and Technological Development Zone traded more.").map((z) => z.id))
      .toEqual([ZONE]);
  });
  it("owns the figures of a report its name heads", () => {
    const facts = factsOf("## Foreign trade\n\nIn 2023 the Langfang Economic and Technological Development Zone (Langfang ETDZ) "
      + "recorded total imports and exports of 50.5 billion yuan. Exports were 30.2 billion yuan, and imports 20.3 billion yuan.",
    { title: "Langfang Economic and Technological Development Zone: 2023 Annual Report", published: "2024-03-10" });
    expect(one(facts, 30.2)).toMatchObject({ entity: ZONE, metric: "exports" });
    expect(one(facts, 20.3)).toMatchObject({ entity: ZONE, metric: "imports" });
  });
  it("is found in a question by its short name, which narrows no flow", () => {
    const findZones = zoneFinder([ZONE, "city:langfang"]);
    expect(findZones("langfang etdz imports 2023?").map((z) => z.id)).toEqual([ZONE]);
    const frame = parseQuestion("langfang etdz imports 2023?", { findZones });
    expect(frame.entities).toEqual([ZONE]);
    expect(flowModifiers(frame)).not.toContain("etdz");
  });
});

describe("a news headline on a zone", () => {
  it("leaves the zone's place the topic of the text", () => {
    const facts = factsOf("In 2023 the city's exports reached 30.2 billion yuan.",
      { title: "Langfang pilot free trade zone's foreign trade jumps 24.3 pct", published: "2024-03-10" });
    expect(one(facts, 30.2)).toMatchObject({ entity: "city:langfang" });
  });
});

describe("a zone whose name has an apostrophe", () => {
  it("is found in a question by its head, typed with the apostrophe or without", () => {
    const findZones = zoneFinder(["zone:Lan'ou New Area", "hebei"]);
    for (const q of ["lan'ou foreign trade target for 2032?", "lanou foreign trade target for 2032?", "lan’ou new area exports?"]) {
      expect(findZones(q).map((z) => z.id)).toEqual(["zone:Lan'ou New Area"]);
    }
  });
});
