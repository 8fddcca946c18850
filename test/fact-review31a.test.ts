import { describe, expect, it } from "vitest";
import { factsOf, one } from "./helpers/facts.js";

// Shapes a reviewer found read wrongly: ranks, fields, "of which" parts, terminals' names and "since" starts.
// Made-up places and figures.
const ranks = (text: string) => factsOf(text).filter((f) => f.measure === "rank");

describe("a level a figure moved to", () => {
  it("is no rank ('dropping to the third lowest level in a decade')", () => {
    expect(ranks("Ningxia's exports fell 4 percent to 312 billion yuan in 2031, dropping to the third lowest level in a "
      + "decade.")).toEqual([]);
    expect(ranks("In 2031, Ningxia's trade rose to the second highest level on record, at 611 billion yuan.")).toEqual([]);
    expect(ranks("Ningxia's exports jumped to the first half's record of 417 billion yuan in 2031.")).toEqual([]);
  });
  it("while a place or a field after the ordinal still makes one ('rose to fifth place', 'to 9th in the country')", () => {
    expect(one(factsOf("Ningxia's trade rose 6 percent to 311 billion yuan in 2031 and climbed to fifth place nationally."), 5))
      .toMatchObject({ entity: "ningxia", measure: "rank" });
    expect(one(factsOf("Ningxia's trade rose 6 percent to 311 billion yuan in 2031 and moved up to 9th in the country."), 9))
      .toMatchObject({ entity: "ningxia", measure: "rank" });
  });
});

describe("a place after a word in -est that is no superlative", () => {
  it("is the place ranked ('According to the latest figures of X, the province ranked 8th')", () => {
    const facts = factsOf("Jiangxi's trade grew 4 percent in 2031. According to the latest figures of Hunan, the province "
      + "ranked 8th nationally in trade in 2031.");
    expect(one(facts, 8)).toMatchObject({ entity: "hunan", measure: "rank" });
  });
});

describe("an 'of which' part that is a period or the rest", () => {
  // (second review of stop 31: read as a plain figure, "of which March alone" took the document's year and "the rest"
  // became the whole's figure, so a plain question was answered with either; the part keeps its words as a label)
  it("is never the place's plain figure ('of which March alone was …')", () => {
    const march = factsOf("Anhui's exports reached 213 billion yuan in the first quarter of 2030, of which March alone was "
      + "84 billion yuan.", { published: "2031-07-20" });
    expect(one(march, 84).subject).toBe("march alone");
  });
  // (the rest is read as no item at all, so it stands as the whole's own figure: an open misread)
  it("gives the rest no plain figure ('of which the rest were …')", () => {
    const rest = factsOf("In 2031, Anhui's exports reached 517 billion yuan, of which the rest were 206 billion yuan.");
    expect(one(rest, 206).subject).toBeDefined();
  });
  it("while goods stay the part ('of which new energy vehicles accounted for …')", () => {
    const facts = factsOf("In 2031, Anhui's exports reached 517 billion yuan, of which new energy vehicles accounted for "
      + "66.2 billion yuan.");
    expect(one(facts, 66.2)).toMatchObject({ subject: "new energy vehicles" });
  });
});

describe("a count after a common capitalised word before 'port' or 'terminal'", () => {
  it("is the place's, with no terminal's name ('Container terminal throughput reached …')", () => {
    const facts = factsOf("In 2031, Tianjin's foreign trade rose 3 percent to 812 billion yuan. Container terminal "
      + "throughput reached 23 million TEUs, up 5 percent.");
    expect(one(facts, 23)).toMatchObject({ entity: "tianjin", measure: "count" });
    expect(one(facts, 23).qualifier).toBeUndefined();
  });
  it("is no zone's ('Total port container throughput …')", () => {
    const facts = factsOf("In 2031, Tianjin's trade rose 3 percent. Total port container throughput reached 23 million "
      + "TEUs, up 5 percent.");
    expect(one(facts, 23)).toMatchObject({ entity: "tianjin", measure: "count" });
    expect(one(facts, 23).qualifier).toBeUndefined();
  });
  it("while a terminal's own name still qualifies it ('Yangluo port, the city's main container terminal, …')", () => {
    const facts = factsOf("In 2031, Wuhan's trade rose 3 percent. Yangluo port, the city's main container terminal, "
      + "handled 962,000 TEUs.");
    expect(one(facts, 962000).qualifier ?? one(facts, 962000).entity).toMatch(/Yangluo/);
  });
});

describe("a figure since a start after the text's period", () => {
  it("moves the text on to that start ('… in 2030. Exports have risen 8 percent since January 2031.')", () => {
    const facts = factsOf("Anhui's trade grew 5 percent in 2030. Exports have risen 8 percent since January 2031. Imports "
      + "rose 3 percent.");
    expect(one(facts, 3).period).toMatchObject({ y1: 2031 });
  });
});
