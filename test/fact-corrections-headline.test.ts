import { describe, expect, it } from "vitest";
import { factsOf } from "./helpers/facts.js";
import { withoutCorrected } from "../facts/corrections.js";

// A notice that names the article it corrects by its date and quoted headline ("An article published on March 3,
// 2032, "Hainan's trade tops 91 billion yuan in 2031", gave … as 2.74 billion yuan. The correct figure is 2.47 billion
// yuan.") is a correction like any other: the headline's figure is no error, the figure given is. Made-up figures.
const NOTICE = "**Correction.** An article published on March 3, 2032, \"Hainan's foreign trade tops 91 billion yuan in "
  + "2031\", gave the value of Hainan's orchid exports in 2031 as 2.74 billion yuan. The correct figure is 2.47 billion "
  + "yuan. The growth rate of 12.2 percent given in the article was correct.";
// (the report gives the goods in a table row the notice's words do not name as goods)
const REPORT = "Hainan's foreign trade grew 5.1 percent to 91.3 billion yuan in 2031.\n\n| Item | Value (billion yuan) | "
  + "Change |\n|---|---|---|\n| Orchid exports | 2.74 | +12.2% |\n| Tea exports | 1.72 | +38.7% |\n";

describe("a correction notice that quotes the corrected article's headline", () => {
  const notice = factsOf(NOTICE, { title: "Correction: Hainan's 2031 orchid exports", published: "2032-03-06" });
  it("reads the corrected figure as the error's flow and subject, replacing it", () => {
    expect(notice.some((f) => f.value === 2.74)).toBe(false);
    expect(notice.find((f) => f.value === 2.47)).toMatchObject({ entity: "hainan", metric: "exports",
      replaces: 2.74 });
  });
  it("takes the report's wrong figure out and keeps its total", () => {
    const report = factsOf(REPORT, { title: "Hainan's trade in 2031", published: "2032-03-03" });
    const kept = withoutCorrected([...report, ...notice]);
    expect(kept.map((f) => f.value)).not.toContain(2.74);
    expect(kept.map((f) => f.value)).toEqual(expect.arrayContaining([2.47, 91.3, 1.72]));
    expect(kept.find((f) => f.value === 2.47)).toMatchObject({ subject: "orchid", replaces: 2.74 });
  });
});

describe("the quoted headline of a corrected article", () => {
  it("states no figure of the notice", () => {
    const notice = factsOf(NOTICE, { title: "Correction: Hainan's 2031 orchid exports", published: "2032-03-06" });
    expect(notice.some((f) => f.value === 91)).toBe(false);
  });
});
