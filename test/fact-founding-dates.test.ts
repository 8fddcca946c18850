import { describe, expect, it } from "vitest";
import { factsOf, one } from "./helpers/facts.js";
import { periodLabel } from "../text/periods.js";

// A sentence with no figure that dates a founding ("approved in 2005", "created for the pilot in 2011") names no
// period the figures after it are of, nor does a remark on a figure ("the first increase this year"); a mode named by
// "the mode" is the one just named. Made-up sentences.
const Y2023 = { published: "2024-01-20" };

describe("a founding date in a sentence without figures", () => {
  it("does not date the goods figures of the next sentence", () => {
    const facts = factsOf("In 2023, Wuxi's exports grew 5.1%. The park, which grew out of the first bonded zone approved in "
      + "a coastal county in 2005, makes mainly tablets. Exports of tablets reached 12.1 million units, worth 30.5 billion "
      + "yuan.", Y2023);
    expect(periodLabel(one(facts, 12.1).period!)).toBe("2023");
    expect(one(facts, 30.5)).toMatchObject({ subject: "tablets", metric: "exports" });
    expect(periodLabel(one(facts, 30.5).period!)).toBe("2023");
  });
  it("does not date a trade mode's figures, which 'under the mode' keeps to that mode", () => {
    const facts = factsOf("In 2023, Wuxi's exports grew 5.1%. Market procurement trade, the customs mode created for the "
      + "city's pilot in 2011, remained the main channel. Exports under the mode reached 130.2 billion yuan, accounting "
      + "for 70.1 percent of the city's exports.", Y2023);
    expect(one(facts, 130.2)).toMatchObject({ subject: "market procurement", metric: "exports", measure: "amount" });
    expect(one(facts, 70.1)).toMatchObject({ subject: "market procurement", measure: "share" });
    expect(periodLabel(one(facts, 130.2).period!)).toBe("2023");
  });
  it("still lets a period named without a founding carry over", () => {
    const facts = factsOf("In 2023, Wuxi's exports grew 5.1%. Trade picked up in the first half of 2022 as well. "
      + "Exports reached 30.2 billion yuan.", Y2023);
    expect(periodLabel(one(facts, 30.2).period!)).not.toBe("2023");
  });
});

describe("a period in a remark on a figure", () => {
  it("does not date the figure nor the sentences after it ('the first cumulative increase this year')", () => {
    const facts = factsOf("In the first five months of 2023, Yantai's imports and exports were 98.7 billion yuan, up 1.5% year "
      + "on year, the first cumulative increase this year. Exports were 60.2 billion yuan.", { published: "2024-02-10" });
    expect(periodLabel(one(facts, 1.5).period!)).toBe("January–May 2023");
    expect(periodLabel(one(facts, 60.2).period!)).toBe("January–May 2023");
  });
});
