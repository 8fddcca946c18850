import { describe, expect, it } from "vitest";
import { partnerIsWhole } from "../retrieval/plans/read.js";
import { baseOf, planFrameOf, type Base, type Doc } from "./helpers/figureBase.js";

// "combined share of A and B in X's imports": both partners are parts of X's imports, never B's share of A; "share of
// A-Y trade" still sets a partner as the whole (stop 46). Made-up article.
const DOCS: Doc[] = [
  ["ningxia-ore-2031", "Ningxia copper concentrate imports in 2031", "2032-01-25",
    "Ningxia imported 3.2 million tonnes of copper concentrate in 2031, up 4.4 percent.\n\n"
      + "Chile supplied 1.6 million tonnes, or 50 percent of the total, and Peru 0.6 million tonnes."],
];
let built: Base | undefined;
const base = () => (built ??= baseOf(DOCS));
const wholeOf = (question: string) => partnerIsWhole(planFrameOf(question, base()));

describe("partners named after 'share of'", () => {
  it("are parts when joined by 'and' before the whole after 'in'", () => {
    expect(wholeOf("combined share of chile and peru in ningxia's copper concentrate imports 2031?")).toBeUndefined();
  });
  it("is a part when the whole follows after 'in'", () => {
    expect(wholeOf("share of peru in ningxia's copper concentrate imports 2031?")).toBeUndefined();
  });
  it("is the whole when it opens the trade it is a share of", () => {
    expect(wholeOf("what share of ningxia's trade with chile was copper concentrate in 2031?")).toBeUndefined();
    expect(wholeOf("peru's share of chile trade in 2031?")).toBe("partner:cl");
  });
});
