// A figure set against the year before in its own sentence ("up 9.1 percent from 3.37 billion yuan in the same period
// last year", "from 0.6 million tonnes a year earlier") is the year before's, never the text's period's.
import { describe, expect, it } from "vitest";
import { factsOf, one } from "./helpers/facts.js";

describe("a base figure of the year before", () => {
  it("dates 'from N in the same period last year' and 'from N a year earlier' a year back, the figure set against them not", () => {
    const facts = factsOf("Cable exports from Jiaxing reached 3.68 billion yuan in the first half of 2033, up 9.1 percent "
      + "from 3.37 billion yuan in the same period last year. Exports to ASEAN rose to 0.8 million tonnes from 0.6 million "
      + "tonnes a year earlier.");
    const h1 = (y: number) => ({ y1: y, m1: 1, y2: y, m2: 6 });
    expect(one(facts, 3.68).period).toEqual(h1(2033));
    expect(one(facts, 3.37).period).toEqual(h1(2032));
    expect(one(facts, 0.8).period).toEqual(h1(2033));
    expect(one(facts, 0.6).period).toEqual(h1(2032));
  });

  it("dates 'compared with N last year' a year back, and leaves a figure with its own year alone", () => {
    const facts = factsOf("Jiaxing's trade came to 41.5 billion yuan in 2033, compared with 38.2 billion yuan last year "
      + "and up from 30.4 billion yuan in 2030.");
    const year = (y: number) => ({ y1: y, m1: 1, y2: y, m2: 12 });
    expect(one(facts, 41.5).period).toEqual(year(2033));
    expect(one(facts, 38.2).period).toEqual(year(2032));
    expect(one(facts, 30.4).period).toEqual(year(2030));
  });

  it("reads no amount of trade in an average price, nor in the price a year before it", () => {
    const facts = factsOf("The average export price of a Jiaxing car was about 152,400 yuan in the first half of 2033, "
      + "compared with roughly 118,000 yuan a year earlier. Car exports reached 6.1 billion yuan in the period.");
    expect(facts.filter((f) => f.value === 152400 || f.value === 118000)).toEqual([]);
    expect(one(facts, 6.1)).toMatchObject({ measure: "amount", period: { y1: 2033, m1: 1, y2: 2033, m2: 6 } });
  });
});
