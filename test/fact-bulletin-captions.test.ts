import { describe, expect, it } from "vitest";
import { factsOf, one } from "./helpers/facts.js";
import { periodLabel } from "../text/periods.js";

// A numbered bulletin's headline and its tables' captions (facts/extract.ts: documentPeriod, captionPartnerOf).
// Made-up bulletin.
const TABLE = "Table 1. Trade with Japan, January-February 2031\n| Province | 100 million yuan | YoY (%) | Share (%) |\n"
  + "| Hubei | 321.4 | 4.9 | 13.9 |\n| Hunan | 248.7 | 5.7 | 27.6 |";
const LEAD = "Provincial trade with Japan, January-February 2031\nFive monitored provinces traded with Japan as shown below.\n";

describe("a bulletin's number within its year", () => {
  it("is no period of its figures: the caption's months are", () => {
    const facts = factsOf(`Trade Bulletin No. 3, 2031\n${LEAD}${TABLE}`,
      { title: "Trade Bulletin No. 3, 2031: provincial trade with Japan", published: "2031-03-20" });
    expect(periodLabel(one(facts, 32.14).period!)).toBe("January–February 2031");
    expect(periodLabel(one(facts, 5.7).period!)).toBe("January–February 2031");
  });

  it("leaves a year that is the period alone", () => {
    const facts = factsOf("Hubei's trade with Japan reached 32.14 billion yuan.",
      { title: "Trade with Japan, 2031", published: "2032-01-20" });
    expect(periodLabel(one(facts, 32.14).period!)).toBe("2031");
  });
});

describe("a caption with no unit that opens with a partner", () => {
  it("gives each place's row the trade with that partner", () => {
    const facts = factsOf(`${LEAD}${TABLE}`, { title: "Provincial trade with Japan", published: "2031-03-20" });
    expect(one(facts, 32.14)).toMatchObject({ entity: "hubei", partner: "partner:japan", measure: "amount" });
    expect(one(facts, 27.6)).toMatchObject({ entity: "hunan", partner: "partner:japan", measure: "share" });
  });

  it("gives none when it joins two partners", () => {
    const facts = factsOf(`${LEAD}${TABLE.replace("Trade with Japan,", "Trade with Japan and Korea,")}`,
      { title: "Provincial trade", published: "2031-03-20" });
    expect(one(facts, 32.14).partner).toBeUndefined();
  });
});
