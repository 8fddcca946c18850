import { describe, expect, it } from "vitest";
import { factsOf, one } from "./helpers/facts.js";

// Pure fact shapes for the rules of stop 30 (issue 17): made-up sentences in, the facts' fields out. Each sentence
// follows a lead sentence, so offsets into the chunk are never zero.
const META = { published: "2032-03-04" };
const LEAD = "Ningxia published its yearly figures. ";
const estimate = (text: string, value: number, meta: { published?: string } = META) =>
  one(factsOf(LEAD + text, meta), value);

describe("a first estimate of a revised figure (firstEstimates)", () => {
  it("marks the amount after 'revised from' as the same flow's first estimate", () => {
    expect(estimate("In 2031, Ningxia's exports were 63.7 billion yuan and its imports 20.1 billion yuan (revised from "
      + "19.8 billion yuan).", 19.8)).toMatchObject({ entity: "ningxia", metric: "imports", qualifier: "first estimate",
      period: { y1: 2031, y2: 2031 } });
  });
  it("gives the estimate no period when the revised figure has none", () => {
    const f = estimate("Ningxia's exports were 63.7 billion yuan, revised from 62.8 billion yuan.", 62.8, {});
    expect(f).toMatchObject({ metric: "exports", qualifier: "first estimate" });
    expect("period" in f).toBe(false);
  });
  it("gives the estimate the revised figure's goods and year, never its announcement month", () => {
    expect(estimate("In 2031, Ningxia's exports of wool were 63.7 billion yuan, revised up from 62.8 billion yuan of "
      + "cashmere first announced in January 2032.", 62.8)).toMatchObject({ subject: "wool",
      qualifier: "wool, first estimate", period: { y1: 2031, m1: 1, y2: 2031, m2: 12 } });
  });
  it("keeps the estimate's own goods when the revised figure names none", () => {
    expect(estimate("In 2031, Ningxia's exports were 63.7 billion yuan, revised from 62.8 billion yuan of wool.", 62.8))
      .toMatchObject({ subject: "wool", qualifier: "wool, first estimate" });
  });
  it("gives the estimate the goods of the revised figure", () => {
    expect(estimate("In 2031, Ningxia's wool exports were 63.7 billion yuan, revised from 62.8 billion yuan.", 62.8))
      .toMatchObject({ subject: "wool", qualifier: "wool, first estimate" });
  });
  it("is no estimate when a figure of another measure stands between", () => {
    const f = estimate("In 2031, Ningxia's exports were 63.7 billion yuan, up 4.1 percent, revised from 62.8 billion "
      + "yuan first announced in January.", 62.8);
    expect(f.qualifier).toBeUndefined();
  });
  it("is an estimate 'compared with' only when the words after say so", () => {
    expect(estimate("In 2031, Ningxia's exports were 63.7 billion yuan, compared with 62.8 billion yuan in 2030.", 62.8)
      .qualifier).toBeUndefined();
    expect(estimate("In 2031, Ningxia's exports were 63.7 billion yuan, compared with 62.8 billion yuan.", 62.8)
      .qualifier).toBeUndefined();
    expect(estimate("In 2031, Ningxia's exports were 63.7 billion yuan, compared with 62.8 billion yuan (first "
      + "estimate).", 62.8)).toMatchObject({ qualifier: "first estimate", period: { y1: 2031, y2: 2031 } });
  });
});

describe("an estimate of another year (namesOtherYear)", () => {
  it("keeps the estimate of the same year named with 'for'", () => {
    expect(estimate("In 2031, Ningxia's exports were 63.7 billion yuan, compared with 62.8 billion yuan for 2031 as "
      + "first announced.", 62.8)).toMatchObject({ qualifier: "first estimate", period: { y1: 2031, y2: 2031 } });
  });
  it("keeps the estimate announced 'in' a later year after the estimate words", () => {
    expect(estimate("In 2031, Ningxia's exports were 63.7 billion yuan, compared with 62.8 billion yuan first announced "
      + "in 2032.", 62.8)).toMatchObject({ qualifier: "first estimate", period: { y1: 2031, y2: 2031 } });
  });
  it("keeps the estimate when 'last year' comes only after the estimate words", () => {
    expect(estimate("In 2031, Ningxia's exports were 63.7 billion yuan, compared with 62.8 billion yuan first announced "
      + "last year.", 62.8)).toMatchObject({ qualifier: "first estimate" });
  });
  it("is no estimate for a figure of the year before", () => {
    expect(estimate("In 2031, Ningxia's exports were 63.7 billion yuan, revised from 62.8 billion yuan a year before.",
      62.8).qualifier).toBeUndefined();
  });
  it("is no estimate for another year named with 'for'", () => {
    expect(estimate("In 2031, Ningxia's exports were 63.7 billion yuan, compared with 62.8 billion yuan first announced "
      + "for 2030.", 62.8)).toMatchObject({ period: { y1: 2030, y2: 2030 } });
    expect(estimate("In 2031, Ningxia's exports were 63.7 billion yuan, compared with 62.8 billion yuan first announced "
      + "for 2030.", 62.8).qualifier).toBeUndefined();
  });
});

describe("goods carried on a named line (CARRIED_BY_ROUTE)", () => {
  it("gives the goods of no flow the line as their qualifier", () => {
    expect(one(factsOf(LEAD + "Goods carried by the Alpha-Beta Railway were worth 12.3 billion yuan in 2031.", META),
      12.3)).toMatchObject({ metric: "other", qualifier: "Alpha-Beta Railway" });
  });
  it("leaves a flow's figure and a named good's figure on the line unqualified by it", () => {
    expect(one(factsOf(LEAD + "Goods carried by the Alpha-Beta Railway included exports worth 12.3 billion yuan in "
      + "2031.", META), 12.3).qualifier).toBeUndefined();
    expect(one(factsOf(LEAD + "Goods carried by the Alpha-Beta Railway included 3.2 billion yuan of rubber in 2031.",
      META), 3.2)).toMatchObject({ subject: "rubber", qualifier: "rubber" });
  });
});

describe("the whole of a share named before its figures (SHARE_OF_BEFORE)", () => {
  it("reads a share of the national total as a share of trade", () => {
    const facts = factsOf(LEAD + "Ningxia's share of the national total slid from 3.1 percent in 2026 to 2.9 percent in "
      + "2031.", META);
    expect(one(facts, 3.1)).toMatchObject({ measure: "share", metric: "trade", shareOf: "national" });
    expect(one(facts, 2.9)).toMatchObject({ measure: "share", metric: "trade", shareOf: "national" });
  });
  it("keeps the flow a share of the national total is of", () => {
    expect(one(factsOf(LEAD + "In 2031, Ningxia's exports rose, and their share of the national total reached 2.9 "
      + "percent.", META), 2.9)).toMatchObject({ measure: "share", metric: "exports", shareOf: "national" });
  });
  it("takes no whole from a share of the national total named after the figure", () => {
    expect(one(factsOf(LEAD + "In 2031, wool made up 12.5 percent of Ningxia's exports and raised its share of the "
      + "national total.", META), 12.5)).toMatchObject({ measure: "share", metric: "exports", shareOf: "own" });
  });
  // (with no year on the first level, that level is left out, and the level reached is the year's share)
  it("reads no falls from a share that slid 'from A percent to B percent in' a year", () => {
    const facts = factsOf(LEAD + "Ningxia's share of the national total slid from 3.1 percent to 2.9 percent in 2031.",
      META);
    expect(facts.filter((f) => f.measure === "growth")).toEqual([]);
    expect(facts.filter((f) => f.value === 3.1)).toEqual([]);
    expect(one(facts, 2.9)).toMatchObject({ measure: "share", shareOf: "national", period: { y1: 2031, y2: 2031 } });
  });
});

describe("a figure per head (PER_HEAD_AFTER, THE_FIGURE_AGAIN)", () => {
  it("reads 'the figure was' after a figure per resident as one per resident too", () => {
    const facts = factsOf(LEAD + "In 2031, Ningxia's goods trade came to about 41,000 yuan per resident. For comparison, "
      + "the figure was about 38,000 yuan in 2030.", META);
    expect(one(facts, 41000)).toMatchObject({ unit: "yuan per resident", metric: "trade" });
    expect(one(facts, 38000)).toMatchObject({ unit: "yuan per resident", period: { y1: 2030, y2: 2030 } });
  });
  it("keeps the plain unit of 'the figure was' after a total", () => {
    const facts = factsOf(LEAD + "In 2031, Ningxia's exports were 63.7 billion yuan. The figure was 58.1 billion yuan in "
      + "2030.", META);
    expect(one(facts, 58.1)).toMatchObject({ unit: "billion yuan", metric: "exports" });
  });
  it("keeps the plain unit of 'the figure was' with no figure before", () => {
    expect(one(factsOf(LEAD + "The figure was 58.1 billion yuan in 2030, Ningxia said.", META), 58.1).unit)
      .toBe("billion yuan");
  });
});

describe("a table under a caption naming a zone (captionZones, tableZone)", () => {
  const TABLE = "\n\n| Goods | Value (million yuan) |\n|---|---|\n| Rubber | 12.5 |\n| Wool | 8.25 |\n";
  const ZONE = "zone:Yinchuan Comprehensive Bonded Zone";
  it("gives the rows the zone the caption names", () => {
    const facts = factsOf("Ningxia published its figures.\n\nMain imports of the Yinchuan Comprehensive Bonded Zone in "
      + "2031" + TABLE, META);
    expect(one(facts, 12.5)).toMatchObject({ entity: ZONE, metric: "imports", subject: "rubber" });
    expect(one(facts, 8.25)).toMatchObject({ entity: ZONE, subject: "wool" });
  });
  it("gives the rows the zone named before when the caption says only 'the bonded zone'", () => {
    const facts = factsOf("The Yinchuan Comprehensive Bonded Zone grew.\n\nThe bonded zone's main imports in 2031 were:"
      + TABLE, META);
    expect(one(facts, 12.5)).toMatchObject({ entity: ZONE, subject: "rubber" });
  });
  it("gives the rows no caption zone when the caption names a province too", () => {
    const facts = factsOf("Ningxia published its figures.\n\nMain imports of the Yinchuan Comprehensive Bonded Zone in "
      + "Ningxia in 2031" + TABLE, META);
    expect(one(facts, 12.5).entity).toBe("ningxia");
  });
  it("gives the rows the caption's zone when the caption names a partner too", () => {
    const facts = factsOf("Ningxia published its figures.\n\nMain imports from Chile of the Yinchuan Comprehensive Bonded "
      + "Zone in 2031" + TABLE, META);
    expect(one(facts, 12.5).entity).toBe(ZONE);
  });
  it("gives the rows no caption zone when the caption names a city too", () => {
    const facts = factsOf("Ningxia published its figures.\n\nMain imports of the Yinchuan Comprehensive Bonded Zone in "
      + "Wuzhong city in 2031" + TABLE, META);
    expect(one(facts, 12.5).entity).toBe("ningxia");
  });
  it("gives the rows no caption zone when the caption names two zones", () => {
    const facts = factsOf("Ningxia published its figures.\n\nMain imports of the Yinchuan Comprehensive Bonded Zone and "
      + "the Guyuan Comprehensive Bonded Zone in 2031" + TABLE, META);
    expect(one(facts, 12.5).entity).toBe("ningxia");
  });
  it("ends the caption's zone at a unit caption naming a province, and keeps it past one naming none", () => {
    const zoneTable = "Ningxia published its figures.\n\nMain imports of the Yinchuan Comprehensive Bonded Zone in 2031\n\n"
      + "(million yuan)" + TABLE.replace(" (million yuan)", "");
    const next = "\n\n| Goods | Value |\n|---|---|\n| Steel | 31.5 |\n| Glass | 7.75 |\n";
    const province = factsOf(zoneTable + "\nNingxia's main exports (million yuan)" + next, META);
    expect(one(province, 12.5)).toMatchObject({ entity: ZONE, unit: "million yuan" });
    expect(one(province, 31.5)).toMatchObject({ entity: "ningxia", unit: "million yuan" });
    expect(one(factsOf(zoneTable + "\nMain exports (million yuan)" + next, META), 31.5).entity).toBe(ZONE);
    expect(one(factsOf(zoneTable + "\nMain exports to Chile (million yuan)" + next, META), 31.5).entity).toBe(ZONE);
  });
  it("gives the rows no caption zone when the caption has a figure of its own", () => {
    const facts = factsOf("Ningxia published its figures.\n\nMain imports of the Yinchuan Comprehensive Bonded Zone, 2031 "
      + "(2 items)" + TABLE, META);
    expect(one(facts, 12.5).entity).toBe("ningxia");
  });
});

describe("places across a table's columns (placeColumn, placesAcross)", () => {
  const rows = "|---|---|---|\n| 2030 | 63.5 | 41.25 |\n| 2031 | 65.75 | 42.5 |\n";
  it("gives each column headed by just a place that place's figures", () => {
    const facts = factsOf("Trade of two provinces.\n\n| Year | Ningxia (billion yuan) | Gansu (billion yuan) |\n" + rows, META);
    expect(one(facts, 63.5)).toMatchObject({ entity: "ningxia", period: { y1: 2030 } });
    expect(one(facts, 42.5)).toMatchObject({ entity: "gansu", period: { y1: 2031 } });
  });
  it("reads no place from a column header that says more than the place, and no figure with no place", () => {
    expect(factsOf("Trade of two provinces.\n\n| Year | Exports of Ningxia (billion yuan) | Exports of Gansu (billion "
      + "yuan) |\n" + rows, META)).toEqual([]);
  });
  // (a place and a flow alone, "Ningxia exports", head that place's column of that flow: stop 30's known misread)
  it("reads the place of a header that is a place and its flow", () => {
    const facts = factsOf("Trade of two provinces.\n\n| Year | Ningxia exports (billion yuan) | Gansu exports (billion yuan) |\n"
      + rows, META);
    expect(one(facts, 63.5)).toMatchObject({ entity: "ningxia", metric: "exports", period: { y1: 2030 } });
    expect(one(facts, 42.5)).toMatchObject({ entity: "gansu", metric: "exports", period: { y1: 2031 } });
  });
  it("reads no place's figure from a column before the first place's", () => {
    const facts = factsOf("Trade of two provinces.\n\n| Year | Total (billion yuan) | Ningxia (billion yuan) | Gansu (billion "
      + "yuan) |\n|---|---|---|---|\n| 2030 | 104.75 | 63.5 | 41.25 |\n", META);
    expect(facts.map((f) => f.value)).toEqual([63.5, 41.25]);
  });
  it("gives a partner's row under cities across each city's trade with the partner", () => {
    const facts = factsOf("Trade of Ningxia.\n\n| Partner | Yinchuan (million yuan) | Wuzhong (million yuan) |\n|---|---|---|\n"
      + "| Chile | 63.5 | 41.25 |\n| Peru | 65.75 | 42.5 |\n", META);
    expect(one(facts, 41.25)).toMatchObject({ entity: "city:wuzhong", partner: "partner:cl" });
    expect(one(facts, 65.75)).toMatchObject({ entity: "city:yinchuan", partner: "partner:pe" });
  });
});

describe("rows of a port table (zoneRow, isGroupRow)", () => {
  it("gives a port's row the port, and rows of left-over or grouped ports nothing", () => {
    const facts = factsOf("Ningxia's ports handled more trade in 2031.\n\n| Port | Imports and exports (million yuan) |\n"
      + "|---|---|\n| Alphaville Port | 63.5 |\n| Other land ports | 41.25 |\n| Comprehensive bonded zones | 22.75 |\n",
    META);
    expect(facts).toHaveLength(1);
    expect(one(facts, 63.5)).toMatchObject({ entity: "zone:Alphaville Port", metric: "trade", unit: "million yuan" });
  });
});

describe("means over a span (meansSpan)", () => {
  it("drops the means' amounts, keeps their rates and the figure a later verb states", () => {
    const facts = factsOf(LEAD + "From 2027 to 2031 Ningxia's trade averaged 63.5 billion yuan a year, up 4.25 percent a "
      + "year, and Gansu's 41.75 billion yuan, while in 2031 Ningxia's exports reached 70.5 billion yuan.", META);
    expect(facts.map((f) => f.value)).toEqual([4.25, 70.5]);
    expect(one(facts, 4.25)).toMatchObject({ measure: "growth", metric: "trade" });
    expect(one(facts, 70.5)).toMatchObject({ measure: "amount", metric: "exports", period: { y1: 2031, y2: 2031 } });
  });
  it("ends the means at the first verb after them, never one before", () => {
    const facts = factsOf(LEAD + "Ningxia's trade rose and averaged 63.5 billion yuan a year from 2027 to 2031, while in "
      + "2031 its exports reached 70.5 billion yuan.", META);
    expect(facts.map((f) => f.value)).toEqual([70.5]);
  });
});

describe("the partner of 'their value' (THEIR_VALUE)", () => {
  it("gives 'their value' the partner of the goods before it in the sentence", () => {
    const facts = factsOf(LEAD + "In 2031 Ningxia imported 17,300 tonnes of wool from Peru, and their value rose 1.8 "
      + "percent.", META);
    expect(one(facts, 1.8)).toMatchObject({ entity: "ningxia", metric: "imports", partner: "partner:pe", subject: "wool" });
  });
  it("gives no partner over a change of another place", () => {
    const facts = factsOf(LEAD + "In 2031 Ningxia imported 17,300 tonnes of wool from Peru, and Gansu's imports rose 5.5 "
      + "percent, but their value fell 1.8 percent.", META);
    expect(one(facts, -1.8)).toMatchObject({ entity: "gansu" });
    expect(one(facts, -1.8).partner).toBeUndefined();
  });
});

describe("a zone named in full again, and by its head (zoneHeadMentions, fullNames)", () => {
  const ZONE = "zone:Alphaville Comprehensive Bonded Zone";
  it("gives the zone its figures where it is named in full again and where only its head is", () => {
    const facts = factsOf(LEAD + "The Alphaville Comprehensive Bonded Zone opened in 2030. Trade through the Alphaville "
      + "Comprehensive Bonded Zone reached 12.5 billion yuan in 2031. Trade through Alphaville rose 5.5 percent in 2031.",
    META);
    expect(one(facts, 12.5)).toMatchObject({ entity: ZONE, measure: "amount", metric: "trade" });
    expect(one(facts, 5.5)).toMatchObject({ entity: ZONE, measure: "growth" });
  });
  it("keeps the place's figure before the zone named in full again in the sentence", () => {
    const facts = factsOf(LEAD + "The Alphaville Comprehensive Bonded Zone opened in 2030. In 2031 Ningxia's trade "
      + "reached 90.5 billion yuan, and trade through the Alphaville Comprehensive Bonded Zone reached 12.5 billion yuan.",
    META);
    expect(one(facts, 90.5)).toMatchObject({ entity: "ningxia" });
    expect(one(facts, 12.5)).toMatchObject({ entity: ZONE });
  });
});
