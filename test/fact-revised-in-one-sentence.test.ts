import { describe, expect, it } from "vitest";
import { factsOf, one } from "./helpers/facts.js";
import { unwrapLines } from "../corpus/unwrap.js";

// A figure revised in the sentence that gives it as once published, and the words around it that date the publication,
// not the figure. Made-up sentences.
const NOVEMBER = { published: "2011-11-20" };

describe("a figure given as published, then revised to another", () => {
  it("makes the first a first estimate and the second the same place's, flow's and period's, not the bulletin's year", () => {
    const facts = factsOf("Correction: Gansu's 2010 trade, given as 12.6 billion yuan in Bulletin No. 4, 2011, has been "
      + "revised to 13.1 billion yuan.", NOVEMBER);
    expect(one(facts, 12.6).qualifier).toMatch(/\bfirst estimate\b/);
    expect(one(facts, 13.1)).toMatchObject({ entity: "gansu", metric: "trade", period: { y1: 2010, y2: 2010 } });
    expect(one(facts, 13.1).qualifier ?? "").not.toMatch(/\bfirst estimate\b/);
  });
  it("reads the period of the figure, not of last month's bulletin, and no place named in the reason after it", () => {
    const facts = factsOf("Gansu's exports rose 3 percent in January-October. The January-September export figure published "
      + "in last month's bulletin, 21.84 billion US dollars, has been revised to 21.27 billion US dollars following the "
      + "reconciliation of declarations from Lanzhou.", NOVEMBER);
    expect(one(facts, 21.27)).toMatchObject({ entity: "gansu", metric: "exports", period: { y1: 2011, m1: 1, y2: 2011, m2: 9 } });
    expect(one(facts, 21.84).qualifier).toMatch(/\bfirst estimate\b/);
  });
  it("gives 'the first-half figure' a revision note puts right the flow the text was on", () => {
    const facts = factsOf("In the third quarter alone, Gansu's imports and exports reached 1.96 billion yuan. Revision: the "
      + "first-half figure released on July 18 has been revised from 3.37 billion yuan to 3.30 billion yuan.", NOVEMBER);
    expect(one(facts, 3.3)).toMatchObject({ entity: "gansu", metric: "trade", period: { y1: 2011, m1: 1, y2: 2011, m2: 6 } });
    const exportsFirst = factsOf("In the third quarter alone, Gansu's exports reached 1.16 billion yuan. Revision: the "
      + "first-half figure released on July 18 has been revised from 2.37 billion yuan to 2.30 billion yuan.", NOVEMBER);
    expect(one(exportsFirst, 2.3).metric).toBe("exports");
  });
  it("leaves a target revised to a level alone", () => {
    const facts = factsOf("Gansu's trade reached 12.6 billion yuan in 2010, and the 2011 target was revised to 14 billion yuan.",
      NOVEMBER);
    expect(one(facts, 12.6).qualifier ?? "").not.toMatch(/\bfirst estimate\b/);
  });
});

describe("a line a PDF wrapped inside a sentence", () => {
  it("is joined to the next when that one opens on an issue's number", () => {
    const page = "Correction: the province's 2010 trade, given as 12.6 billion yuan in Bulletin\nNo. 4, 2011, has been revised.\n";
    expect(unwrapLines(page)).toContain("in Bulletin No. 4, 2011, has been revised");
  });
  it("leaves a ranked line, or a paragraph after a blank line, that opens on \"No. 1\" on its own", () => {
    expect(unwrapLines("Top ports by throughput\nNo. 1 Shanghai, 51.5 million TEU\n")).toContain("throughput\nNo. 1");
    expect(unwrapLines("The report was issued.\n\nNo. 3 in the series covers imports.\n")).toContain(".\n\nNo. 3");
  });
  it("leaves a headline in sentence case on a line of its own", () => {
    const page = "Gansu issues measures to stabilise foreign trade and keep its border ports open\nIssued by the office.\n";
    expect(unwrapLines(page).split("\n")[0]).toBe("Gansu issues measures to stabilise foreign trade and keep its border ports open");
  });
});

describe("a notice that says a figure was given as one number, then the correct one", () => {
  const facts = factsOf("CORRECTION: In Release 1 (November 20, 2011), Lanzhou's January-October imports were given as 1.46 "
    + "billion yuan. The correct figure is 1.64 billion yuan, which brings the city's January-October total to 5.15 billion "
    + "yuan.");
  it("replaces the figure given with the correct one, in the year of the release's date", () => {
    expect(one(facts, 1.64)).toMatchObject({ entity: "city:lanzhou", metric: "imports", replaces: 1.46,
      period: { y1: 2011, m1: 1, y2: 2011, m2: 10 } });
    expect(facts.some((f) => f.value === 1.46)).toBe(false);
  });
  it("corrects the one error with one figure, leaving the total after it its own", () => {
    expect(one(facts, 5.15).metric).not.toBe("imports");
    expect(one(facts, 5.15).replaces).toBeUndefined();
  });
});

describe("a correct figure with its own change after it", () => {
  it("gives the change the error's place, partner and period too", () => {
    const facts = factsOf("In January-May 2011, Gansu's trade rose. An earlier version of this report put Gansu's trade with "
      + "the European Union at 1.94 billion yuan. The correct figure is 1.49 billion yuan, up 2.3 percent.", NOVEMBER);
    expect(one(facts, 1.49)).toMatchObject({ entity: "gansu", partner: "partner:eu", replaces: 1.94 });
    expect(one(facts, 2.3)).toMatchObject({ entity: "gansu", partner: "partner:eu", measure: "growth" });
  });
});

describe("a change right after an amount of no flow", () => {
  it("is that amount's, not the flow the sentence before was on", () => {
    const facts = factsOf("Gansu's foreign trade rose 5 percent in 2010. Offshore service outsourcing contracts executed "
      + "amounted to 2.68 billion dollars, up 11.7 percent, while onshore contracts executed grew faster, at 25.7 percent.",
    NOVEMBER);
    expect(one(facts, 2.68).metric).toBe("other");
    expect(one(facts, 11.7).metric).toBe("other");
    // (an amount of a flow keeps its change that flow's)
    expect(one(factsOf("Gansu's foreign trade rose 5 percent in 2010. Exports amounted to 2.68 billion dollars, up 11.7 "
      + "percent.", NOVEMBER), 11.7).metric).toBe("exports");
  });
});
