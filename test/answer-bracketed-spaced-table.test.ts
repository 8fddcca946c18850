import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOver } from "./helpers/answerOver.js";
import { factsOf } from "./helpers/facts.js";
import { pipeSpacedTables } from "../corpus/spacedTables.js";

// A plain-text release's table of cities, dot leaders between a city and its figure with its change in brackets after
// it ("Wuhu ...... 61.2 (-4.4%)"), under a caption that says what brackets hold; and a ranking of the province's
// cities that sets the capital aside in brackets. (Made-up figures of real cities.)
const RELEASE = `Anhui cities' exports steady in first half

Hefei, July 20, 2031 -- Anhui's exports in the first half of 2031 reached 402.5 billion yuan, up 2.1 percent.

EXPORTS BY CITY, JANUARY-JUNE 2031
(billion yuan; change year-on-year in brackets)

Hefei ........................... 150.3 (+5.2%)
Wuhu ............................ 61.2 (-4.4%)
Anqing .......................... 22.8 (+1.1%)
Bengbu .......................... 30.6 (+0.7%)

Exports from the four cities rose in the second quarter.
`;

describe("a dot-leader row with its change in brackets", () => {
  it("is written as a table row of three cells", () => {
    expect(pipeSpacedTables(RELEASE)).toContain("| Wuhu | 61.2 | (-4.4%) |");
  });
  const facts = factsOf(pipeSpacedTables(RELEASE), { title: "Anhui cities' exports steady in first half", published: "2031-07-20" });
  const of = (entity: string) => facts.filter((f) => f.entity === entity).map((f) => [f.metric, f.measure, f.value, f.unit]);
  it("gives the city its amount in the caption's unit and the bracketed figure as its change", () => {
    expect(of("city:wuhu")).toEqual([["exports", "amount", 61.2, "billion yuan"], ["exports", "growth", -4.4, "%"]]);
  });
  it("reads no change from brackets the caption does not explain", () => {
    const bare = RELEASE.replace("; change year-on-year in brackets", "");
    const growth = factsOf(pipeSpacedTables(bare), { title: "Anhui", published: "2031-07-20" }).filter((f) => f.entity === "city:wuhu"
      && f.measure === "growth");
    expect(growth).toEqual([]);
  });
});

let ask: Awaited<ReturnType<typeof answersOver>>["ask"];
let close: () => Promise<void>;
beforeAll(async () => {
  ({ ask, close } = await answersOver({ "release.txt": RELEASE }));
});
afterAll(() => close());

describe("a ranking that sets a place aside in brackets", () => {
  it("ranks the other cities only", async () => {
    const a = await ask("rank the anhui cities (not hefei) by exports in h1 2031");
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain("1. Wuhu 61.2 billion yuan; 2. Bengbu 30.6 billion yuan; 3. Anqing 22.8 billion yuan");
    expect(a.answer).not.toContain("Hefei");
  });
  it("ranks them all when none is set aside", async () => {
    const a = await ask("rank the anhui cities by exports in h1 2031");
    expect(a.answer).toContain("1. Hefei 150.3 billion yuan; 2. Wuhu 61.2 billion yuan");
  });
});
