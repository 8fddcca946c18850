import { describe, expect, it } from "vitest";
import { parseQuestion } from "../retrieval/figures/query.js";
import { factsOf, one } from "./helpers/facts.js";

// A sub-place the gazetteer does not know (a town, an island zone) that a sentence opens with as the figure's owner
// owns the figure: never the city or province the text is on.
describe("sub-places named by their own possessive", () => {
  const facts = factsOf(["Foshan's furniture trade booms", "",
    "Foshan's furniture exports reached 38.1 billion yuan in the first ten months of 2031. Kelong, a town in the city, "
    + "and the Minhai area of the pilot zone are busy. In the first ten months of "
    + "2031, Kelong's furniture exports reached 10.2 billion yuan, up 21.4 percent from a year earlier. Minhai's trade "
    + "with Taiwan more than doubled over the five years, from 2.11 billion yuan in 2027 to 4.92 billion yuan in 2031. "
    + "Today's figures show Foshan's exports rose 5.5 percent in 2031."].join("\n"), { published: "2031-11-18" });

  it("files a town's figures under the town, not the city the text is on", () => {
    expect(one(facts, 38.1)).toMatchObject({ entity: "city:foshan" });
    expect(one(facts, 10.2)).toMatchObject({ entity: "zone:Kelong", subject: "furniture", metric: "exports" });
    expect(one(facts, 21.4)).toMatchObject({ entity: "zone:Kelong", measure: "growth" });
  });

  it("keeps the partner of a sub-place's trade ('Minhai's trade with Taiwan')", () => {
    expect(one(facts, 4.92)).toMatchObject({ entity: "zone:Minhai", partner: "taiwan", period: { y1: 2031, y2: 2031 } });
  });

  it("reads no sub-place from words that name none ('Today's figures show Foshan's exports …')", () => {
    expect(one(facts, 5.5)).toMatchObject({ entity: "city:foshan" });
  });

  it("reads 'trade w taiwan' as trade with Taiwan", () => {
    expect(parseQuestion("minhai trade w taiwan 2031?").partners).toEqual(["taiwan"]);
  });

  it("reads no sub-place from a word for a place's kind ('City's foreign trade expands …')", () => {
    const own = factsOf("City's foreign trade expands 8.4% in 2031\n\nWuhan's imports and exports rose 8.4 percent in 2031.",
      { published: "2031-09-20" });
    expect(own.filter((f) => f.entity.startsWith("zone:"))).toEqual([]);
  });

  it("keeps a place listed among partners out of the topic ('followed by the United States, the EU and Taiwan')", () => {
    const own = factsOf(["Wuhan customs district 2031", "", "The district's imports and exports reached 502.6 billion yuan in 2031.",
      "ASEAN remained the district's largest trading partner, followed by the United States, the European Union and Taiwan.",
      "| Partner | Value (bn yuan) | Change y/y |", "| ASEAN | 96.2 | +4.8% |", "| Taiwan | 45.6 | -6.9% |"].join("\n"),
    { published: "2032-01-20" });
    expect(one(own, 96.2)).toMatchObject({ entity: "city:wuhan", partner: "partner:asean" });
    expect(one(own, 45.6)).toMatchObject({ entity: "city:wuhan", partner: "taiwan" });
  });
});
