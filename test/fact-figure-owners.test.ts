import { describe, expect, it } from "vitest";
import { factsOf } from "./helpers/facts.js";
import type { Fact } from "../text/terms.js";

// Whose figure it is and with which partner (resolveWho in facts/extract.ts), on the sentence shapes where two readings
// compete: partners named together, the bloc named before, a city and the province that locates it, "the city's" and
// "the province's" against a place named nearer, an earlier clause's "the province's" against a clause's own place,
// China's trade with a partner against a port's. Made-up sentences in an article on Hubei. (Written against the
// mutants that survived the facts area's mutation run, Stop 26: the second of three joined partners taken for the
// last, "with the bloc" after the figure read as the figure's partner, the located city dropped or given to "the
// province's", the nearest place of a kind searched from the wrong end, a subject after the figure outranking "the
// province's" before it, an earlier clause's place overriding a clause's own, "through the port" ignored, a place
// before "border" dropped like a partner, a partner or the reporting office after the figure taken for its owner.)
const owners = (text: string) => factsOf(text, { title: "Hubei trade", published: "2024-03-01" })
  .map((f: Fact) => [f.value, f.entity, f.partner]);

describe("partners named together", () => {
  it("gives imports from two partners joined by 'and' neither of them", () => {
    expect(owners("Imports from Vietnam and Thailand were 5 billion yuan.")).toEqual([[5, "hubei", undefined]]);
  });
  it("gives exports to three partners in a list none of them, not the last", () => {
    expect(owners("Wuhan's exports to Vietnam, Laos and Thailand were 5 billion yuan."))
      .toEqual([[5, "city:wuhan", undefined]]);
  });
});

describe("places and partners the figure is not of", () => {
  it("reads a partner's border as where trade is done, not as the partner, and a province's border as its own", () => {
    expect(owners("Trade at the Vietnam border rose 5 percent in 2023.")).toEqual([[5, "hubei", undefined]]);
    expect(owners("Trade at the Guangxi border rose 5 percent in 2023.")).toEqual([[5, "guangxi", undefined]]);
  });
  it("gives no figure the partner that was the subject of another clause, before or after it", () => {
    expect(owners("ASEAN grew 8 percent, while exports rose 5 percent.")).toEqual([
      [8, "hubei", "partner:asean"], [5, "hubei", undefined]]);
    expect(owners("Exports rose 5 percent in 2023, while ASEAN grew 8 percent.")).toEqual([
      [5, "hubei", undefined], [8, "hubei", "partner:asean"]]);
  });
  it("gives no figure to the place of the office that reports it", () => {
    expect(owners("Exports rose 5 percent in 2023, customs in Wuhan said.")).toEqual([[5, "hubei", undefined]]);
  });
});

describe("the bloc named before", () => {
  it("gives 'trade with the bloc' the bloc, but not a figure that only compares with it afterwards", () => {
    expect(owners("Hubei's trade with ASEAN rose 5 percent. Hubei's exports rose 8 percent, faster than its trade with "
      + "the bloc. Trade with the bloc as a whole reached 90 billion yuan.")).toEqual([
      [5, "hubei", "partner:asean"], [8, "hubei", undefined], [90, "hubei", "partner:asean"]]);
  });
  it("keeps a partner the clause names over the bloc it is compared with", () => {
    expect(owners("Hubei's trade with ASEAN rose 5 percent. Trade with Japan grew faster than trade with the bloc, "
      + "reaching 9 billion yuan.")).toEqual([[5, "hubei", "partner:asean"], [9, "hubei", "partner:japan"]]);
  });
});

describe("a city, and the province after it", () => {
  it("gives 'the city's' the city a province after it locates", () => {
    expect(owners("In Luoyang, Henan, the city's exports rose 5 percent.")).toEqual([[5, "city:luoyang", undefined]]);
  });
  it("gives 'the province's' the province, not the city it locates", () => {
    expect(owners("In Luoyang, Henan, the province's exports rose 5 percent.")).toEqual([[5, "henan", undefined]]);
  });
  it("gives 'the city's' the city named nearest before it", () => {
    expect(owners("Yichang's exports fell, but in Xiangyang the city's exports rose 5 percent."))
      .toEqual([[5, "city:xiangyang", undefined]]);
  });
});

describe("'the province's' against a place named elsewhere in the sentence", () => {
  it("keeps 'the province's' before the figure over a place compared with after it", () => {
    expect(owners("The province's exports rose 5 percent, faster than Hunan.")).toEqual([[5, "hubei", undefined]]);
  });
  it("gives a clause its own place, not the place an earlier clause referred back to", () => {
    expect(owners("The province's exports rose 5 percent, while Wuhan's fell 2 percent."))
      .toEqual([[5, "hubei", undefined], [-2, "city:wuhan", undefined]]);
  });
});

describe("China's trade with a partner", () => {
  it("gives China-ASEAN trade to China, unless it goes through the port the text is about", () => {
    expect(owners("China-ASEAN trade rose 5 percent.")).toEqual([[5, "china", "partner:asean"]]);
    expect(owners("China-ASEAN trade through the port rose 5 percent.")).toEqual([[5, "hubei", "partner:asean"]]);
  });
});
