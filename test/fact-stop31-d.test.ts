import { describe, expect, it } from "vitest";
import { factsOf, one } from "./helpers/facts.js";

// Stop 31, part d: the rules added this stop to facts/extract.ts from line 1500 on, read shape by shape so that the
// mutation run's pure tests kill their mutants (each extraction runs inside its test).

describe("a column under an earlier base beside the table's own period (baseColumn)", () => {
  // a two-level header flattened by the page reader: "January-September" over "Value", "Compared with … 2019" over
  // "Change on 2019"
  const table = (base: string) => `Gansu's trade in the first three quarters

Gansu province's imports and exports reached 48.20 billion yuan in the first three quarters of this year, up 12.3 percent year on year.

Gansu's foreign trade by kind of enterprise, January-September
Kind of enterprise | January-September Value (billion yuan) | Compared with ${base} Change on ${base.slice(-4)} (%) |
Private enterprises | 21.40 | 16.9 |`;
  const change = (base: string) => one(factsOf(table(base), { published: "2022-10-21" }), 16.9);

  it("reads the change under the same months of an earlier year as the table's own period's, over those months", () => {
    const f = change("January-September 2019");
    expect(f.measure).toBe("growth");
    expect(f.period).toEqual({ y1: 2022, m1: 1, y2: 2022, m2: 9 });
    expect(f.base).toBe("the same period of 2019");
  });
  it("keeps the header's words for a base of other months (a different end, a different start)", () => {
    expect(change("January-June 2019").base).toMatch(/January-June 2019/);
    expect(change("March-September 2019").base).toMatch(/March-September 2019/);
  });
  it("reads no base of the same year or a later one", () => {
    expect(change("January-September 2022").base).toBeUndefined();
    expect(change("January-September 2023").base).toBeUndefined();
  });
});

describe("a table's unit restated from the text by a row of the stated figure (restatedUnit)", () => {
  const Y = { published: "2032-01-21" };
  const TEXT = "Hubei's exports reached 24.70 billion dollars in 2031.\n\n";
  const amounts = (text: string) => factsOf(text, Y).filter((f) => f.measure === "amount" && f.value !== 24.7);

  it("takes it from the place's whole ('Total') and the place by name, for the rows above and below", () => {
    const total = factsOf(TEXT + "| Item | Value | Change (%) |\n|---|---|---|\n| Total exports | 24.70 | 4.2 |\n"
      + "| Yichang | 5.10 | 1.0 |\n", Y);
    expect(one(total, 5.1)).toMatchObject({ entity: "city:yichang", unit: "billion US dollars", measure: "amount" });
    const named = factsOf(TEXT + "| City | Value |\n|---|---|\n| Xiangyang | 5.10 |\n| Hubei | 24.70 |\n", Y);
    expect(one(named, 5.1)).toMatchObject({ entity: "city:xiangyang", unit: "billion US dollars" });
  });
  it("never from a goods row, a row of the other flow, or a figure of a partner or of goods", () => {
    const rows = "| Item | Value |\n|---|---|\n| ROW | 24.70 |\n| Yichang | 5.10 |\n";
    expect(amounts(TEXT + rows.replace("ROW", "Coke"))).toEqual([]);
    expect(amounts(TEXT + rows.replace("ROW", "Imports"))).toEqual([]);
    expect(amounts("Hubei's exports to Japan reached 24.70 billion dollars in 2031.\n\n" + rows.replace("ROW", "Total")))
      .toEqual([]);
    expect(amounts("Hubei's exports of steel reached 24.70 billion dollars in 2031.\n\n" + rows.replace("ROW", "Total")))
      .toEqual([]);
  });
  it("never from another place's row, a row naming the place and more, or a column with a unit of its own", () => {
    const rows = "| Item | Value |\n|---|---|\n| ROW | 24.70 |\n| Yichang | 5.10 |\n";
    expect(amounts(TEXT + rows.replace("ROW", "Xiangyang")).filter((f) => f.entity !== "city:xiangyang")).toEqual([]);
    expect(amounts(TEXT + rows.replace("ROW", "Hubei (excluding Wuhan)"))).toEqual([]);
    expect(amounts(TEXT + rows.replace("ROW", "Rest of Hubei"))).toEqual([]);
    const yuan = factsOf(TEXT + rows.replace("ROW", "Total").replace("| Value |", "| Value (billion yuan) |"), Y);
    expect(one(yuan, 5.1).unit).toBe("billion yuan");
  });
  it("reads on past a row with no figures, to the row that restates it", () => {
    const f = factsOf(TEXT + "| Item | Value |\n|---|---|\n| Yichang | 5.10 |\n| Of all cities | |\n| Total | 24.70 |\n", Y);
    expect(one(f, 5.1)).toMatchObject({ entity: "city:yichang", unit: "billion US dollars" });
  });
  it("drops it at the next table's header", () => {
    const next = factsOf(TEXT + "| Item | Value |\n|---|---|\n| Total | 24.70 |\n| Yichang | 5.10 |\n"
      + "| Partner | Value |\n|---|---|\n| Japan | 731.5 |\n", Y);
    expect(one(next, 5.1)).toMatchObject({ entity: "city:yichang", unit: "billion US dollars" });
    expect(next.filter((f) => f.value === 731.5)).toEqual([]);
  });
});

describe("a note giving the unit of every figure", () => {
  const TABLE = "| Item | H1 value | Change (%) |\n| Exports | 372.1 | -4.8 |\n| Solar cells (exports) | 8.14 | +19.3 |";
  it("gives a table naming no unit its unit and scale ('All values are in billion yuan')", () => {
    const facts = factsOf("Jiangsu Trade Bulletin\nAll values are in billion yuan; changes are year on year unless stated.\n"
      + "In the first half Jiangsu's exports totaled 372.1 billion yuan, down 4.8%.\n" + TABLE, { title: "Jiangsu 2031" });
    expect(one(facts, 8.14)).toMatchObject({ measure: "amount", unit: "billion yuan", subject: "solar cells" });
  });
  it("gives none when it names only a currency ('All values are in US dollars')", () => {
    const facts = factsOf("Jiangsu's exports rose in 2031.\n\nAll values are in US dollars.\n\n| Item | Value |\n|---|---|\n"
      + "| Exports | 37.6 |\n| Imports | 21.9 |\n", { title: "Jiangsu Trade Bulletin 2031" });
    expect(facts.filter((f) => f.value === 37.6 || f.value === 21.9)).toEqual([]);
  });
});

describe("a rank a place moved or slipped to", () => {
  it("is the place's rank of what its own clause says, after the place's growth before", () => {
    const facts = factsOf("The biggest mover was Jiangsu: its trade jumped 12.1 percent to 196.1 billion yuan, the fastest "
      + "growth in the region, and it moved up two places nationally to 11th.");
    expect(one(facts, 11)).toMatchObject({ entity: "jiangsu", measure: "rank", metric: "trade" });
    expect(one(facts, 11).qualifier).toBeUndefined();
  });
  it("is read after 'slipped one place to'", () => {
    const facts = factsOf("Zhejiang's trade rose 3.2 percent to 201.1 billion yuan but slipped one place to 10th in the country.");
    expect(one(facts, 10)).toMatchObject({ entity: "zhejiang", measure: "rank" });
  });
});

describe("a place that led a field and ranked after it", () => {
  it("is ranked in the country, the field it led set aside", () => {
    const facts = factsOf("In 2031 Jiangxi's imports and exports rose 5.1 percent year on year. The province remained the "
      + "largest foreign trader among the six central provinces and ranked 9th in the country.");
    expect(one(facts, 9)).toMatchObject({ entity: "jiangxi", measure: "rank" });
  });
});

describe("the owner and field of a rank", () => {
  it("is never a place ranked against before the rank ('overtook Hubei and ranked 8th')", () => {
    const facts = factsOf("Hunan's trade overtook Hubei and ranked 8th in the country in 2031.");
    expect(one(facts, 8)).toMatchObject({ entity: "hunan", measure: "rank" });
  });
  it("is the growth when a rank not moved to follows the fastest growth in an earlier clause", () => {
    const facts = factsOf("Hunan's trade grew 9 percent in 2031, the fastest growth in the region, and it ranked 3rd in the "
      + "country.");
    expect(one(facts, 3)).toMatchObject({ entity: "hunan", measure: "rank", qualifier: "growth rate" });
  });
});

describe("a share's level before 'to B percent'", () => {
  it("is left out only after 'share … from'; a change before 'to B percent' is read", () => {
    const facts = factsOf("Hebei's exports grew 5.1 percent to 4.2 percent of the country's total in 2031.",
      { published: "2032-01-20" });
    expect(one(facts, 5.1)).toMatchObject({ measure: "growth", entity: "hebei" });
  });
});

describe("a zone whose name opens a later clause", () => {
  // (after ", and", which the rule's own pattern allows, the zone's figure was read as the place's before, 4.5 → hebei;
  // after ";" it is the zone's: fact-stop31-a)
  it("owns that clause's figure after ', and'", () => {
    const facts = factsOf("The Kelvar Free Trade Zone opened in 2029. Hebei's trade rose 3 percent in 2031, and Kelvar's "
      + "imports reached 4.5 billion yuan.", { published: "2032-01-20" });
    expect(one(facts, 4.5).entity).toBe("zone:Kelvar Free Trade Zone");
  });
  it("leaves the place's own clause before it, and gives the zone its change after its amount", () => {
    const facts = factsOf("The Kelvar Free Trade Zone opened in 2029. Hebei's trade rose 3 percent in 2031, and Kelvar's "
      + "imports reached 4.5 billion yuan, up 2 percent, and Shanxi's exports rose 6 percent.", { published: "2032-01-20" });
    expect(one(facts, 3).entity).toBe("hebei");
    expect(one(facts, 2).entity).toBe("zone:Kelvar Free Trade Zone");
    expect(one(facts, 6).entity).toBe("shanxi");
  });
});

describe("a price per unit of the goods", () => {
  it("is stored per that unit ('1,022 yuan a Ton' is yuan per tonne), never as the flow's amount", () => {
    const facts = factsOf("Hebei imported 3.2 million tonnes of iron ore in 2031, and the average import price was 1,022 "
      + "yuan a Ton.", { published: "2032-01-20" });
    expect(one(facts, 1022)).toMatchObject({ measure: "amount", unit: "yuan per tonne" });
  });
});

describe("the trade a customs office cleared", () => {
  it("is its amount's and its change's, each qualified as cleared", () => {
    const facts = factsOf("Beihai Customs said the value of goods it cleared in 2031, most of them imports for refineries "
      + "inland, reached 16.4 billion U.S. dollars, up 27.3 percent.", { published: "2032-01-21" });
    expect(one(facts, 16.4)).toMatchObject({ metric: "trade", qualifier: "goods cleared" });
    expect(one(facts, 27.3)).toMatchObject({ metric: "trade", qualifier: "goods cleared" });
  });
});
