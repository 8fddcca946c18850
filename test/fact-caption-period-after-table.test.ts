import { describe, expect, it } from "vitest";
import { baseOf } from "./helpers/figureBase.js";

// A table under a heading with no figure, its unit line naming its period ("Unit: …, January–November 2031"), after a
// sentence on a shorter running total ("The January–October total stood at …"): the text after the table goes on in the
// caption's period, as it does when no heading stands over the caption. Made-up article.
const lead = "Guangxi's imports and exports totaled 500.0 billion yuan in the first 11 months of 2031, up 7.6 percent.\n\n"
  + "In November alone, trade reached 48.2 billion yuan. The January–October total stood at 451.8 billion yuan.\n\n";
const table = "Unit: billion yuan; growth in percent, January–November 2031\n\n"
  + "| City | Trade | Growth (%) |\n|---|---|---|\n| Nanning | 200.0 | 5.9 |\n| Liuzhou | 60.0 | 3.2 |\n\n"
  + "Nanning accounted for 40.0 percent of the provincial total.";
const periodOfShare = (text: string) => {
  const b = baseOf([["gx", "Guangxi's trade up 7.6% in first 11 months", "2031-12-20", text]]);
  return b.facts.find((f) => f.entity === "city:nanning" && f.measure === "share")?.period;
};

describe("the period a table's caption names carries past the table", () => {
  it("after a heading with no figure over the caption", () => {
    expect(periodOfShare(`${lead}## Cities\n\n${table}`)).toEqual({ y1: 2031, m1: 1, y2: 2031, m2: 11 });
  });

  it("as with no heading over it", () => {
    expect(periodOfShare(`${lead}${table}`)).toEqual({ y1: 2031, m1: 1, y2: 2031, m2: 11 });
  });

  it("while a caption naming no period leaves the text in the one it was in", () => {
    const plain = table.replace(", January–November 2031", "");
    expect(periodOfShare(`${lead}## Cities\n\n${plain}`)).toEqual({ y1: 2031, m1: 1, y2: 2031, m2: 10 });
  });
});
