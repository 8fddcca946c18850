import { describe, expect, it } from "vitest";
import { factsOf, one } from "./helpers/facts.js";
import { periodLabel } from "../text/periods.js";

// A share's level in another period, set beside it with "compared with" (facts/extract.ts). Made-up sentences.
const Y2023 = { published: "2023-07-20" };

describe("a share compared with its level in another period", () => {
  it("reads the second percentage as the share in that period, of the same whole", () => {
    const facts = factsOf("Trade with Peru was 4.18 billion yuan, down 1.2 percent, accounting for 12.6 percent of the "
      + "city's total, compared with 13.4 percent in the first half of last year.", Y2023);
    expect(one(facts, 12.6)).toMatchObject({ measure: "share", shareOf: "own" });
    expect(one(facts, 13.4)).toMatchObject({ measure: "share", shareOf: "own", partner: "partner:pe" });
    expect(periodLabel(one(facts, 13.4).period!)).toBe("first half of 2022");
  });
  it("leaves a growth, or another whole's share, as it was", () => {
    const growth = factsOf("Exports accounted for 61.5 percent of the total, compared with 4.2 percent growth in 2022.", Y2023);
    expect(growth.some((f) => f.value === 4.2 && f.measure === "share")).toBe(false);
    const national = factsOf("Private firms accounted for 61.5 percent of Hunan's trade in 2022, compared with 55.1 percent "
      + "nationally.", Y2023);
    expect(national.some((f) => f.value === 55.1 && f.measure === "share" && f.entity === "hunan")).toBe(false);
  });
});

describe("a place's trade with Taiwan, Hong Kong or Macao named after the figure", () => {
  it("reads the side of 'imported US$N of goods from Taiwan' and of 'shipped US$N to the island' after it", () => {
    const facts = factsOf("Hunan imported US$1.25 billion of goods from Taiwan in 2022, chiefly machine parts, and shipped "
      + "US$0.48 billion to the island.", Y2023);
    expect(one(facts, 1.25)).toMatchObject({ entity: "hunan", partner: "taiwan", metric: "imports" });
    expect(one(facts, 0.48)).toMatchObject({ entity: "hunan", partner: "taiwan", metric: "exports" });
  });
  it("reads 'exported N to Hong Kong' and 'traded N with Macao' as trade with them", () => {
    expect(one(factsOf("Hunan exported 2.35 billion yuan to Hong Kong in 2022.", Y2023), 2.35))
      .toMatchObject({ entity: "hunan", partner: "hong-kong", metric: "exports" });
    expect(one(factsOf("Hunan traded 2.35 billion yuan with Macao in 2022.", Y2023), 2.35))
      .toMatchObject({ entity: "hunan", partner: "macao", metric: "trade" });
  });
});

describe("trade with Taiwan named with the place", () => {
  it("reads 'Hunan-Taiwan trade' and 'trade between Hunan province and Taiwan' as Hunan's trade with Taiwan", () => {
    expect(one(factsOf("In 2022, Hunan-Taiwan trade had grown 5.2 per cent to 18.49 billion yuan.", Y2023), 18.49))
      .toMatchObject({ entity: "hunan", partner: "taiwan", metric: "trade" });
    expect(one(factsOf("Trade between Hunan province and Taiwan rose 19.7 per cent in 2022 to 10.95 billion yuan.", Y2023), 10.95))
      .toMatchObject({ entity: "hunan", partner: "taiwan", metric: "trade" });
    // (two mainland places are no partners of each other here)
    expect(one(factsOf("Trade between Hunan and Hubei rose 19.7 per cent in 2022 to 10.95 billion yuan.", Y2023), 10.95).partner)
      .toBeUndefined();
  });
  it("gives a city's row under 'Trade with Taiwan by city' the partner the caption names", () => {
    const facts = factsOf("Hunan's trade with Taiwan grew in 2022.\n\nTable: Trade with Taiwan by city, 2022 (100 million yuan)\n\n"
      + "| City | Exports | Imports |\n|---|---|---|\n| Changsha | 12.3 | 45.6 |\n| Yueyang | 2.1 | 4.4 |", Y2023);
    expect(one(facts, 1.23)).toMatchObject({ entity: "city:changsha", partner: "taiwan", metric: "exports" });
    expect(one(facts, 4.56)).toMatchObject({ entity: "city:changsha", partner: "taiwan", metric: "imports" });
  });
  it("reads 'imports from the island' after a sentence on trade with Taiwan as imports from Taiwan", () => {
    const facts = factsOf("Trade between Hunan province and Taiwan rose 19.7 per cent in 2022 to 10.95 billion yuan. Imports from "
      + "the island grew 18.9 per cent to 8.27 billion yuan.", Y2023);
    expect(one(facts, 8.27)).toMatchObject({ entity: "hunan", partner: "taiwan", metric: "imports" });
    // (Hainan's own island is no side of its trade)
    const own = factsOf("Hainan's trade rose 5 percent in 2022. Imports from the island grew 3 percent.", Y2023);
    expect(one(own, 3).partner).toBeUndefined();
  });
});

describe("rvc35: a share compared with another part's share", () => {
  it("reads no share of the same part in 'compared with 13.4 percent for processing trade'", () => {
    for (const other of ["processing trade", "mechanical and electrical products"]) {
      const facts = factsOf("Trade with Peru was 4.18 billion yuan, down 1.2 percent, accounting for 12.6 percent of the "
        + `city's total, compared with 13.4 percent for ${other}.`, Y2023);
      expect(facts.filter((f) => f.value === 13.4 && f.measure === "share")).toEqual([]);
    }
  });
  it("still reads 'compared with 13.4 percent for the same period last year' as the share then", () => {
    const facts = factsOf("Trade with Peru was 4.18 billion yuan, down 1.2 percent, accounting for 12.6 percent of the "
      + "city's total, compared with 13.4 percent for the same period last year.", Y2023);
    expect(one(facts, 13.4)).toMatchObject({ measure: "share", partner: "partner:pe" });
  });
});
