import { describe, expect, it } from "vitest";
import { factsOf } from "./helpers/facts.js";
import { withoutCorrected } from "../facts/corrections.js";

// A correction notice names a report's wrong figure and the right one: the wrong one is no figure of the notice, the
// right one takes its place, flow and period, and the report's own wrong figure gives way to it. Made-up texts.
const NOTICE = "Corrections and clarifications\n\nOur report on Zorland's trade, published on January 22, 2032, contained "
  + "two errors.\n\n1. Nantong. The report said that Nantong's imports and exports in 2031 were 358.4 billion yuan. The "
  + "correct figure, according to Nantong Customs, is 385.4 billion yuan. The growth rate of 4.6 percent was correct.\n\n"
  + "2. Market procurement. The report said that Yangzhou's market procurement exports grew 13.6 percent in 2031. They "
  + "grew 31.6 percent, to 66.2 billion yuan.";
const REPORT = "Nantong came second with 358.4 billion yuan in 2031, up 4.6 percent. Yangzhou exported 66.2 billion "
  + "yuan through market procurement in 2031, up 13.6 percent.";

describe("a correction notice", () => {
  const notice = factsOf(NOTICE, { title: "Corrections and clarifications", published: "2032-01-27" });
  it("reads no figure from the sentence that repeats the report's error", () => {
    expect(notice.filter((f) => f.value === 358.4 || f.value === 13.6)).toEqual([]);
  });
  it("gives the correct figure the error's place, flow and period, and says which value it replaces", () => {
    expect(notice.find((f) => f.value === 385.4)).toMatchObject({ entity: "city:nantong", metric: "trade", replaces: 358.4 });
    expect(notice.find((f) => f.value === 31.6)).toMatchObject({ entity: "city:yangzhou", measure: "growth", replaces: 13.6 });
  });
  it("takes the report's wrong figures out of the facts, and leaves its right ones", () => {
    const report = factsOf(REPORT, { title: "Zorland trade in 2031", published: "2032-01-22" });
    const all = withoutCorrected([...report, ...notice]).map((f) => f.value);
    expect(all).not.toContain(358.4);
    expect(all).not.toContain(13.6);
    expect(all).toEqual(expect.arrayContaining([385.4, 31.6, 66.2, 4.6]));
  });
  it("leaves a report a sentence cites with no correction near it", () => {
    const facts = factsOf("A report by the ministry said that Nantong's exports grew 7.3 percent in 2031.",
      { title: "Zorland trade in 2031", published: "2032-01-22" });
    expect(facts.some((f) => f.value === 7.3)).toBe(true);
  });
});

// A fall of prices called a "correction" after a report's words is no correction notice: the report's figure stands,
// and the next sentence's figure stays its own (made-up place and figures).
describe("a market's correction beside a report's words", () => {
  const facts = factsOf("Zorland's exports grew 6 percent in 2031. The report said Nantong's imports reached 80.4 billion "
    + "yuan in 2031, as ore prices saw a sharp correction. Exports to Japan reached 12.7 billion yuan.",
  { title: "Zorland trade in 2031", published: "2032-01-22" });
  it("keeps the report's figure and leaves the next figure its own flow, replacing nothing", () => {
    expect(facts.find((f) => f.value === 80.4)).toMatchObject({ entity: "city:nantong", metric: "imports" });
    const japan = facts.find((f) => f.value === 12.7);
    expect(japan?.metric).toBe("exports");
    expect(japan?.replaces).toBeUndefined();
  });
});

// A report's figure followed by another flow's or period's figure near a "correct" word is no correction: the report's
// figure stands and the other keeps its own flow and period (made-up figures).
describe("a report's figure beside a 'correct' that corrects nothing", () => {
  const read = (after: string) => factsOf(`Hebei's trade rose 4.1 percent in 2031. The report said Hebei's exports rose 5.2 `
    + `percent in 2031. ${after}`, { title: "Hebei trade in 2031", published: "2032-01-22" });
  it("keeps them apart after 'Seasonally corrected, imports …'", () => {
    const facts = read("Seasonally corrected, imports grew 2.3 percent.");
    expect(facts.find((f) => f.value === 5.2)).toMatchObject({ metric: "exports" });
    expect(facts.find((f) => f.value === 2.3)).toMatchObject({ metric: "imports" });
    expect(facts.find((f) => f.value === 2.3)?.replaces).toBeUndefined();
  });
  it("keeps them apart after a forecast for another year ('If its forecast proves correct, …')", () => {
    const facts = read("If its forecast proves correct, exports will grow 6.1 percent in 2032.");
    expect(facts.find((f) => f.value === 5.2)?.period).toMatchObject({ y1: 2031 });
    expect(facts.find((f) => f.value === 6.1)?.period).toMatchObject({ y1: 2032 });
  });
});

