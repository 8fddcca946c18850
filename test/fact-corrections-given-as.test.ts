import { describe, expect, it } from "vitest";
import { factsOf } from "./helpers/facts.js";
import { withoutCorrected } from "../facts/corrections.js";

// A bulletin's correction that gives the earlier figure by the words "were given as" and names the months without the
// year: the right figure takes the error's place, flow and months, and the year of the release's own figure it fixes;
// the figures the sentence goes on to give ("which brings the total to …") fix nothing. Made-up bulletin and figures.
const BULLETIN = "Release 1 (November 20, 2031)\n\nIn January-October 2031, Zhoukou's imports were 3.17 billion yuan, "
  + "up 4.2 percent.\n\nCORRECTION: In Release 1 (November 20, 2031), Zhoukou's January-October imports were given as "
  + "3.17 billion yuan. The correct figure is 3.71 billion yuan, which brings the city's January-October total to 9.42 "
  + "billion yuan (not 8.88 billion yuan).";

describe("a correction that says the figure 'was given as'", () => {
  const facts = withoutCorrected(factsOf(BULLETIN, { title: "Customs bulletin", published: "2031-12-02" }));
  it("replaces the release's figure with the right one, of the same place, flow and period", () => {
    expect(facts.some((f) => f.value === 3.17)).toBe(false);
    expect(facts.find((f) => f.value === 3.71)).toMatchObject({
      entity: "city:zhoukou", metric: "imports", measure: "amount", period: { y1: 2031, m1: 1, y2: 2031, m2: 10 },
    });
  });
  it("takes none of the figures after the right one for the city's imports", () => {
    expect(facts.filter((f) => (f.value === 9.42 || f.value === 8.88) && f.metric === "imports")).toEqual([]);
  });
  it("leaves a figure 'given as' with no correction near it", () => {
    const plain = factsOf("Zhoukou's imports in 2031 were given as 3.17 billion yuan in the yearbook.",
      { title: "Yearbook", published: "2032-03-01" });
    expect(plain.some((f) => f.value === 3.17)).toBe(true);
  });
});

describe("the change said right after a fix", () => {
  const NOTICE = "Yichang's trade with the European Union was 7.38 billion yuan in 2031, down 1.4 percent.\n\nCORRECTION: "
    + "An earlier version of this report put Yichang's trade with the European Union at 7.38 billion yuan. The correct "
    + "figure is 7.83 billion yuan, up 3.6 percent.";
  const facts = withoutCorrected(factsOf(NOTICE, { title: "Yichang trade in 2031", published: "2032-01-20" }));
  it("is the fixed figure's change, of the same place, partner and period", () => {
    expect(facts.find((f) => f.value === 7.83)).toMatchObject({ entity: "city:yichang", partner: "partner:eu", measure: "amount" });
    expect(facts.find((f) => f.value === 3.6)).toMatchObject({ entity: "city:yichang", partner: "partner:eu", measure: "growth",
      period: { y1: 2031, m1: 1, y2: 2031, m2: 12 } });
  });
});
