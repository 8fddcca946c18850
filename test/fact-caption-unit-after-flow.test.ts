import { describe, expect, it } from "vitest";
import { pipeSpacedTables } from "../corpus/spacedTables.js";
import { factsOf, one } from "./helpers/facts.js";

// A plain-text table with no header under a caption whose brackets give the flow and the year before the unit
// ("(imports, 2031, billion yuan)"), after a sentence naming the province's cities in order: the rows are the
// province's imports from each supplier, "Taiwan, China" among them as a partner. Made-up figures and places.
const Y = { published: "2032-01-19" };
// (spaced as a plain-text release gives it, then piped as the text loader does)
const TEXT = pipeSpacedTables("Gansu imported 480.2 billion yuan of wind turbine parts in 2031.\n\n"
  + "Lanzhou handled 61.4 percent of the province's imports. Tianshui, Baiyin and Jiuquan, in that order, took most "
  + "of the remainder.\n\n"
  + "Where the parts came from (imports, 2031, billion yuan)\n"
  + "  Taiwan, China          171.3\n  Germany                112.6\n  Denmark                 64.9\n"
  + "  Other economies        131.4\n  Total                  480.2\n\n"
  + "Imports from Germany fell 6.1 percent.");

describe("a caption's unit after its flow and year", () => {
  it("reads the rows in the unit the brackets end with, of the flow they name, in their year", () => {
    expect(one(factsOf(TEXT, Y), 112.6)).toMatchObject({ metric: "imports", measure: "amount", unit: "billion yuan",
      period: { y1: 2031, y2: 2031 } });
  });
});

describe("the rows' owner after cities named in order", () => {
  it("is the province the cities share, not the first of them", () => {
    const facts = factsOf(TEXT, Y);
    expect(one(facts, 112.6)).toMatchObject({ entity: "gansu", partner: "partner:germany" });
    expect(one(facts, -6.1)).toMatchObject({ entity: "gansu", partner: "partner:germany" });
  });
  it("keeps a city named alone with a figure as the topic", () => {
    const facts = factsOf("Lanzhou handled 61.4 percent of Gansu's imports. Its exports rose 3.2 percent.", Y);
    expect(one(facts, 3.2).entity).toBe("city:lanzhou");
  });
});

describe("'Taiwan, China' as a row with no header", () => {
  it("is the province's partner, beside the countries under it", () => {
    expect(one(factsOf(TEXT, Y), 171.3)).toMatchObject({ entity: "gansu", partner: "taiwan", metric: "imports" });
  });
});
