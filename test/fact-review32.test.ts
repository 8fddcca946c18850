import { describe, expect, it } from "vitest";
import { factsOf, one } from "./helpers/facts.js";

// Shapes a reviewer of stop 32 reproduced as read more broadly than the rules meant: the national total, ", unlike X,"
// asides, "the cities of X", closing relative clauses, captions over tables and "processing" before a flow.
// Made-up places and figures.
const doc = (...lines: string[]) => factsOf(lines.join("\n"), { published: "2024-05-01" });

describe("the national total", () => {
  it("keeps the partner it is with ('China's total trade with ASEAN reached …')", () => {
    expect(one(doc("China's total trade with ASEAN reached 6,410 billion yuan in 2023."), 6410))
      .toMatchObject({ entity: "china", partner: "partner:asean" });
    expect(one(doc("Hebei's trade rose 4 percent in 2023. The national total for trade with Laos was 50 billion yuan."), 50))
      .toMatchObject({ entity: "china", partner: "partner:la" });
  });
  it("gives no other owner's figure to the country ('China's total … edged down but Hebei's exports grew …')", () => {
    expect(one(doc("Hebei's trade rose 4 percent in 2023. China's total trade edged down in 2023 but Hebei's exports grew "
      + "8 percent."), 8)).toMatchObject({ entity: "hebei", metric: "exports" });
    expect(one(doc("Hebei's trade rose 4 percent in 2023. The national total fell slightly in 2023 while Hebei's trade rose "
      + "5 percent."), 5)).toMatchObject({ entity: "hebei" });
  });
  it("leaves out a figure after its verb and a conjunction naming no owner ('… total edged down as exports grew …')", () => {
    expect(doc("Hebei's trade rose 4 percent in 2023. China's total trade edged down in 2023 as exports grew 8 percent.")
      .filter((f) => f.value === 8)).toEqual([]);
  });
  it("still owns the figure its clause opens with ('The national total for the period was …')", () => {
    expect(one(doc("Hebei's trade rose 4 percent in 2023. China's total imports and exports reached 41.7 trillion yuan in "
      + "2023."), 41.7)).toMatchObject({ entity: "china" });
    expect(one(doc("Hebei's trade rose 4 percent in 2023. The national total for the period was 41.7 trillion yuan."), 41.7))
      .toMatchObject({ entity: "china" });
  });
});

describe("', unlike X,' before a relative clause", () => {
  it("is no aside: the place's own clause keeps its figures ('unlike Shanxi, whose trade fell …')", () => {
    const facts = doc("Hebei's trade grew 5 percent to 500 billion yuan in 2023, unlike Shanxi, whose trade fell 3 percent to "
      + "200 billion yuan.");
    expect(facts.filter((f) => f.entity === "hebei").map((f) => f.value).sort()).toEqual([5, 500]);
    expect(facts.some((f) => f.entity === "hebei" && (f.value === 200 || f.value === -3))).toBe(false);
  });
});

describe("'the cities of X' followed by X's own figures", () => {
  it("leaves X the owner of the figures after it ('…, the fastest among the cities of Hunan province, whose …')", () => {
    const facts = doc("Changsha's exports grew 12 percent in 2023, the fastest among the cities of Hunan province, whose "
      + "exports rose 8 percent.");
    expect(one(facts, 12)).toMatchObject({ entity: "city:changsha" });
    expect(facts.some((f) => f.entity === "city:changsha" && f.value === 8)).toBe(false);
    expect(one(doc("Changsha's exports grew 12 percent in 2023, the fastest among the cities of Hunan, which saw exports "
      + "rise 8 percent."), 8).entity).not.toBe("city:changsha");
  });
  it("while a field named by its possessive stays the field ('ranked first among Hunan's cities, with exports of …')", () => {
    expect(one(doc("Changsha ranked first among Hunan's cities in 2023, with exports of 30 billion yuan."), 30).entity)
      .toBe("city:changsha");
  });
});

describe("a relative clause closing a figureless sentence", () => {
  it("dates the next figures when it is no past perfect ('…, which covered the first quarter of 2024.')", () => {
    const facts = doc("Shanxi's trade rose 3 percent in 2023. Customs released new data on Monday, which covered the first "
      + "quarter of 2024. Exports rose 5 percent to 80 billion yuan.");
    expect(one(facts, 80).period).toMatchObject({ y1: 2024, m1: 1, y2: 2024, m2: 3 });
  });
  it("is set aside when it is past perfect ('…, which had led the list in 2012 and 2013.')", () => {
    const facts = doc("Shanxi's trade rose 3 percent in 2023. Steel overtook valves, which had led the list in 2012 and 2013. "
      + "Exports rose 5 percent to 80 billion yuan.");
    expect(one(facts, 80).period).toMatchObject({ y1: 2023, y2: 2023 });
  });
});

describe("a figureless line over a table", () => {
  const table = (head: string, ...lines: string[]) => doc("Hebei's trade rose 4 percent in 2023.", "", ...lines, "",
    head, "|---|---|", "| Shijiazhuang | 3.82 |", "| Baoding | 2.11 |");
  it("is no caption when it has no caption's shape ('Cities lead the e-commerce push')", () => {
    expect(one(table("| City | Exports (billion yuan) |", "Cities lead the e-commerce push"), 3.82).subject).toBeUndefined();
    expect(one(table("| City | Trade (billion yuan) |", "Foreign-invested firms gain ground"), 3.82).subject).toBeUndefined();
  });
  it("is a caption by its 'by city' ('Cross-border e-commerce by city, first half of 2023')", () => {
    expect(one(table("| City | Value (billion yuan) |", "Cross-border e-commerce by city, first half of 2023"), 3.82).subject)
      .toBe("cross-border e-commerce");
  });
  it("keeps its subject over a unit line that names none ('Unit: billion yuan')", () => {
    expect(one(table("| City | Value |", "Cross-border e-commerce by city, first half of 2023", "", "Unit: billion yuan"), 3.82))
      .toMatchObject({ subject: "cross-border e-commerce", entity: "city:shijiazhuang" });
  });
});

describe("'processing' before a flow", () => {
  it("is processing trade only as the mode's own word ('Hebei's processing exports', 'Processing imports')", () => {
    expect(one(doc("Hebei's processing exports rose 5 percent in 2023."), 5).subject).toBe("processing trade");
    expect(one(doc("Processing imports fell 2 percent in Hebei in 2023."), -2).subject).toBe("processing trade");
    expect(one(doc("Hebei's general trade rose 3 percent in 2023, while processing exports fell 2 percent."), -2).subject)
      .toBe("processing trade");
  });
  it("is not after a noun ('Hebei's food processing exports')", () => {
    expect(one(doc("Hebei's food processing exports rose 5 percent in 2023."), 5).subject).not.toBe("processing trade");
  });
});

describe("'of the total for the province' (one rule for the whole a share is of)", () => {
  it("is the city's province, and 'for the city' its own total", () => {
    expect(one(doc("Shijiazhuang's exports reached 30 billion yuan in 2023, 12 percent of the total for the province."), 12)
      .shareOf).toBe("hebei");
    expect(one(doc("Shijiazhuang's exports reached 30 billion yuan in 2023, 12 percent of the total for the city."), 12)
      .shareOf).toBe("own");
  });
});

describe("a level a change started from (one rule for shares and amounts)", () => {
  it("is no figure of the sentence's period ('share slid from 3.1 percent to 2.9 percent', 'rose from 3.1 billion')", () => {
    const share = doc("Ningxia's share of national trade slid from 3.1 percent to 2.9 percent in 2031.");
    expect(share.filter((f) => f.value === 3.1)).toEqual([]);
    const amount = doc("Ningxia's exports rose from 3.1 billion yuan to 4.2 billion yuan in 2031.");
    expect(amount.filter((f) => f.value === 3.1)).toEqual([]);
    expect(one(amount, 4.2)).toMatchObject({ entity: "ningxia", measure: "amount" });
  });
});
