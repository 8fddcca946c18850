import { describe, expect, it } from "vitest";
import { factsOf, one } from "./helpers/facts.js";

// A bulletin's note of who compiled or issued it and when, between a table's caption and its rows: the day it was
// issued is no period of the table's figures, which stay in the caption's year. (Made-up yearbook and figures.)
const YEARBOOK = [
  "STATISTICAL YEARBOOK (EXCERPT)",
  "Table 2-3 Exports by Province, 2031",
  "Compiled by the yearbook editorial office, September 2032",
  "",
  "Unit: 100 million US dollars",
  "",
  "| Region | Exports | Export growth (%) |",
  "| Hainan | 41.20 | 6.5 |",
  "| Guizhou | 33.80 | 9.1 |",
  "| Ningxia | 12.60 | -2.4 |",
].join("\n");

describe("a note of when a table was compiled", () => {
  it("leaves the rows in the caption's year", () => {
    const facts = factsOf(YEARBOOK, { title: "Statistical yearbook", published: "2032-10-01" });
    expect(one(facts, 4.12)).toMatchObject({ entity: "hainan", metric: "exports",
      period: { y1: 2031, m1: 1, y2: 2031, m2: 12 } });
    expect(one(facts, 9.1).period).toEqual({ y1: 2031, m1: 1, y2: 2031, m2: 12 });
  });
  it("still dates a sentence that states a figure after the word", () => {
    const text = "Issued figures show Hainan's exports rose 6.5 percent to 4.12 billion US dollars in 2031.";
    expect(one(factsOf(text), 4.12).period).toEqual({ y1: 2031, m1: 1, y2: 2031, m2: 12 });
  });
});
