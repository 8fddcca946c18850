import { describe, expect, it } from "vitest";
import { factsOf } from "./helpers/facts.js";
import { periodLabel } from "../text/periods.js";

// A note setting a figure of another period right ("Revision: the January-September total published on October 18
// has been revised to N from M", "Revision note: The cumulative January–August figure published on September 18 (M)
// has been revised to N"): the figure is of the flow the text was on, for the months the note names, and the one as
// published is its first estimate.
const read = (text: string) => factsOf(text, { title: "Gansu trade", published: "2017-11-20" })
  .map((f) => [f.metric, f.value, f.period && periodLabel(f.period), f.qualifier ?? ""]);
const LEAD = "Gansu's imports and exports reached 61.20 billion yuan in January-October 2017, up 3 percent.\n\n";

describe("a revision note on a total of other months", () => {
  it("gives the revised total the text's flow and the months it names, the old one as the first estimate", () => {
    const text = `${LEAD}Revision: the January-September total published on October 18 has been revised to 55.28 billion`
      + " yuan from 55.82 billion yuan owing to a data entry error.";
    expect(read(text).slice(2)).toEqual([
      ["trade", 55.28, "first three quarters of 2017", ""],
      ["trade", 55.82, "first three quarters of 2017", "first estimate"],
    ]);
  });
  it("reads the figure as published in brackets after its day as the first estimate", () => {
    const text = `${LEAD}Revision note: The cumulative January–August figure published on September 18 (48.9 billion yuan)`
      + " has been revised to 48.3 billion yuan following data verification.";
    expect(read(text).slice(2)).toEqual([
      ["trade", 48.9, "January–August 2017", "first estimate"],
      ["trade", 48.3, "January–August 2017", ""],
    ]);
  });
  it("leaves a bracketed figure no revision follows as it was", () => {
    const text = `${LEAD}The figure published on September 18 (48.9 billion yuan) covered January–August.`;
    expect(read(text).slice(2).map((f) => f[3])).not.toContain("first estimate");
  });
});
