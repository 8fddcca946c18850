import { describe, expect, it } from "vitest";
import { parseQuestion } from "../retrieval/figures/query.js";
import { baseOf, type Base } from "./helpers/figureBase.js";

const readWithBase = (q: string, b: Base) => parseQuestion(q, { groups: b.groups, findSubjects: b.findSubjects,
  words: b.words, findZones: b.findZones, findServed: b.findServed });

// A named corridor is no place: its counts belong to the place the documents give them to, and a question naming the
// corridor (or its last words) asks that place's. Where another place's report names it aside, the place of the
// document whose title names it. Made-up text and figures.

const JIANGXI: [string, string, string, string] = ["jx", "Jiangxi's trade rises 4% as River-Sea Corridor traffic hits record",
  "2032-01-20", "Jiangxi's imports and exports reached 508.1 billion yuan in 2031, up 4.1 percent year on year.\n\n"
  + "The New Eastern River-Sea Corridor had its busiest year. River-sea intermodal trains between inland ports and the "
  + "Poyang ports made 8,123 trips, up 11.2 percent."];
const HEFEI: [string, string, string, string] = ["hf", "Hefei's trade in 2031", "2032-01-22",
  "Hefei's imports and exports reached 300.2 billion yuan in 2031.\n\nThe city also ran 112 trains on the rail-sea route "
  + "under the New Eastern River-Sea Corridor, up 20.1 percent."];

describe("a corridor's trips asked by its name", () => {
  it("asks the place whose counts the corridor's sentence gives", () => {
    const b = baseOf([JIANGXI]);
    expect(readWithBase("river-sea corridor trains in 2031 - how many trips, and growth?", b).entities).toEqual(["jiangxi"]);
  });
  it("takes the place of the document whose title names the corridor when another names it aside", () => {
    const b = baseOf([JIANGXI, HEFEI]);
    expect(readWithBase("river-sea corridor trains in 2031 - how many trips, and growth?", b).entities).toEqual(["jiangxi"]);
  });
  it("asks no place when the corridor is not named before trains or trips", () => {
    const b = baseOf([JIANGXI]);
    expect(readWithBase("river-sea corridor policy in 2031?", b).entities).toEqual([]);
  });
});
