import { describe, expect, it } from "vitest";
import { factsOf, one } from "./helpers/facts.js";
import { parseQuestion } from "../retrieval/figures/query.js";
import { locatedZoneFinder, zoneFinder } from "../text/zones.js";

// Zones whose names hold a known place own their figures: made-up sentences in the shapes trade news uses.

describe("zones named after a place", () => {
  it("gives a 'China (X) Pilot Free Trade Zone' and 'the zone' after it their own figures, never X's total", () => {
    const facts = factsOf("The China (Gansu) Pilot Free Trade Zone, the first such zone in the northwest, recorded imports "
      + "and exports of 21.5 billion yuan in 2022, up 12.3 percent. The zone's trade accounted for 8.5 percent of the "
      + "foreign trade of Gansu Province, which reached 253.1 billion yuan, up 9.1 percent. Exports from the zone came "
      + "to 15.2 billion yuan, and imports to 6.3 billion yuan. Since its launch, the zone has registered 4,321 new "
      + "enterprises, many of them spread across Gansu.", { published: "2023-01-20" });
    const zone = "zone:Gansu Pilot Free Trade Zone";
    for (const v of [21.5, 12.3, 15.2, 6.3, 4321]) expect(one(facts, v)).toMatchObject({ entity: zone });
    expect(one(facts, 21.5).qualifier).toBeUndefined();
    // (a share whose whole is named after it is left as read: never the province's own total share)
    expect(one(facts, 8.5).qualifier).toBeDefined();
    expect(one(facts, 253.1)).toMatchObject({ entity: "gansu" });
    expect(one(facts, 9.1)).toMatchObject({ entity: "gansu" });
  });
  it("gives 'through the zone' the bonded zone named sentences before, a share of the place its words name", () => {
    const facts = factsOf("Hunan's trade rose 20 percent to 40.1 billion dollars in 2019. Much of the rise came through the "
      + "Changsha Lianhua Comprehensive Bonded Zone, next to the airport. The zone opened in May 2016. Makers moved "
      + "production into the zone. In 2019 imports and exports through the zone reached 3.2 billion dollars, 12.5 "
      + "percent of Hunan's total.", { published: "2020-01-20" });
    expect(one(facts, 40.1)).toMatchObject({ entity: "hunan" });
    expect(one(facts, 3.2)).toMatchObject({ entity: "zone:Lianhua Comprehensive Bonded Zone" });
    expect(one(facts, 3.2).qualifier).toBeUndefined();
    expect(one(facts, 12.5)).toMatchObject({ entity: "zone:Lianhua Comprehensive Bonded Zone", shareOf: "hunan" });
  });
  it("makes a figureless sentence opening with a zone the topic of an 'Its …' sentence after it", () => {
    const facts = factsOf("Jiangxi's trade rose 5.1 percent to 100.2 billion yuan in 2020. The Qinglan Economic "
      + "Development Zone remained the centre of the province's trade. Its imports and exports reached 40.5 billion "
      + "yuan, 40.4 percent of the provincial total.", { published: "2021-01-20" });
    expect(one(facts, 100.2)).toMatchObject({ entity: "jiangxi" });
    expect(one(facts, 40.5)).toMatchObject({ entity: "zone:Qinglan Economic Development Zone" });
    expect(one(facts, 40.4)).toMatchObject({ entity: "zone:Qinglan Economic Development Zone", shareOf: "jiangxi" });
  });
  it("keeps a place's port its own ('Erenhot Port' is Erenhot's)", () => {
    const facts = factsOf("Trade through Manzhouli Port rose 9.4 percent in 2021.", { published: "2022-01-20" });
    expect(one(facts, 9.4).entity).toBe("city:manzhouli");
  });
});

describe("questions naming a zone", () => {
  const findZones = zoneFinder(["zone:Gansu Pilot Free Trade Zone", "zone:Qinglan Economic Development Zone", "gansu"]);
  const entities = (q: string) => parseQuestion(q, { findZones }).entities;
  it("finds a pilot FTZ by its short names, and 'the ftz' when the index has only one", () => {
    expect(entities("gansu ftz trade in 2022?")).toEqual(["zone:Gansu Pilot Free Trade Zone"]);
    expect(entities("how many firms has the ftz registered?")).toEqual(["zone:Gansu Pilot Free Trade Zone"]);
    expect(entities("hubei ftz trade in 2022?")).toEqual(["hubei"]);
  });
  it("finds a zone by the head of its name ('the qinglan zone')", () => {
    expect(entities("the qinglan zone's trade in 2020?")).toEqual(["zone:Qinglan Economic Development Zone"]);
  });
  it("keeps a place named again on its own beside its zone ('the X ftz vs X overall')", () => {
    expect(entities("gansu ftz growth vs gansu overall in 2022")).toEqual(["zone:Gansu Pilot Free Trade Zone", "gansu"]);
  });
  it("reads 'its share of X's total' after a zone as the share's whole, and asks the zone's amount too", () => {
    const q = parseQuestion("the qinglan zone's trade in 2020 and its share of jiangxi's total?", { findZones });
    expect(q.entities).toEqual(["zone:Qinglan Economic Development Zone"]);
    expect(q.measures).toEqual(expect.arrayContaining(["amount", "share"]));
  });
  it("leaves 'went thru' before a zone out of the words its figure must match", () => {
    const q = parseQuestion("how much went thru the qinglan zone in 2020?", { findZones });
    expect(q.entities).toEqual(["zone:Qinglan Economic Development Zone"]);
    expect(q.terms).toEqual([]);
    // (not before a place's own port, which is no zone)
    expect(parseQuestion("how many cars came thru manzhouli port in 2020?", { findZones }).terms).toContain("thru");
  });
});

// (b11's first run: a table row "X Railway Port" was read as X's whole trade)
describe("one of a place's ports named by the way goods cross", () => {
  it("reads a table row 'X Railway Port' as a port of its own, never X's total, and 'X Port' alone as X's", () => {
    const facts = factsOf("Tacheng's foreign trade rose 9 percent to 12.4 billion yuan in 2023.\n\n| Port | Trade (billion yuan) |"
      + " Change |\n|---|---|---|\n| Baketu Port | 5.2 | 7.1% |\n| Tacheng Railway Port | 1.93 | 8.2% |\n", { published: "2024-01-20" });
    expect(one(facts, 1.93)).toMatchObject({ entity: "zone:Tacheng Railway Port" });
    expect(one(facts, 12.4)).toMatchObject({ entity: "city:tacheng" });
    expect(factsOf("Trade through Tacheng Port rose 8.2 percent to 1.93 billion yuan in 2023.", { published: "2024-01-20" })
      .find((f) => f.value === 1.93)).toMatchObject({ entity: "city:tacheng" });
  });
});

describe("a question naming a port area by its bare name", () => {
  const findZones = zoneFinder(["zone:Vesterby Port Area", "zone:Western Port Area", "zone:Qinglan Economic Development Zone"]);
  const entities = (q: string) => parseQuestion(q, { findZones }).entities;
  it("reads the proper name alone as the zone ('vesterby coal imports')", () => {
    expect(entities("vesterby h1 2031 coal imports - tonnes and value?")).toEqual(["zone:Vesterby Port Area"]);
    expect(entities("what share of vesterby's imports was iron ore?")).toEqual(["zone:Vesterby Port Area"]);
    expect(entities("qinglan exports in 2020?")).toEqual(["zone:Qinglan Economic Development Zone"]);
  });
  it("reads a zone's first word and words of its own name as that zone, never another zone of the same first word", () => {
    const find = zoneFinder(["zone:Dorvang Port", "zone:Dorvang Special Comprehensive Bonded Zone"]);
    const read = (q: string) => parseQuestion(q, { findZones: find }).entities;
    expect(read("dorvang bonded zone jan-sep 2031: exports and growth")).toEqual(["zone:Dorvang Special Comprehensive Bonded Zone"]);
    expect(read("dorvang port exports in 2031?")).toEqual(["zone:Dorvang Port"]);
  });
  it("never reads a common word of a zone's name, or a generic one, as the zone", () => {
    expect(entities("western province exports in 2031?")).toEqual([]);
    expect(entities("port area throughput at the new area in 2031?")).toEqual([]);
  });
});

describe("a text opening on goods through a port area of a city", () => {
  it("gives the port area the goods' figures and, having no other topic, the figures after them", () => {
    const facts = factsOf("Imports of copper ore through the Westbay port area of Nantong in Jiangsu province totalled 3.5 "
      + "million tonnes in the first half of 2031, worth 2.2 billion yuan. Imports amounted to 4.1 billion yuan and exports "
      + "to 0.5 billion yuan.", { title: "Westbay copper ore imports rise", published: "2031-07-20" });
    for (const v of [3.5, 2.2, 4.1, 0.5]) expect(one(facts, v).entity).toBe("zone:Westbay port area");
    expect(one(facts, 3.5)).toMatchObject({ subject: "copper ore", qualifier: "copper ore" });
  });
  it("leaves a text about its city with the city as the topic after a sentence on the zone", () => {
    const facts = factsOf("Nantong's trade reached 380.2 billion yuan in 2031. Imports of copper ore through the Westbay port "
      + "area totalled 3.5 million tonnes. Exports were 245.1 billion yuan.", { published: "2032-01-20" });
    expect(one(facts, 3.5).entity).toBe("zone:Westbay port area");
    expect(one(facts, 245.1).entity).toBe("city:nantong");
  });
});

describe("a pilot zone's areas and the region its name carries", () => {
  const text = "Hubei's foreign trade rose 5.2 percent in the first half. Xiangyang's trade was 40.6 billion yuan, up 8.1 "
    + "percent, and the Xiangyang area of the China (Hubei) Pilot Free Trade Zone did 12.7 billion yuan, up 14.3 percent. "
    + "The China (Hubei) Pilot Free Trade Zone, with its Wuhan, Xiangyang and Yichang areas, recorded imports and exports "
    + "of 58.3 billion yuan, or 21.9 percent of the region's total.";
  const facts = factsOf(text, { published: "2024-07-20" });
  it("gives an area 'of the zone' its own figure, never the whole zone's", () => {
    expect(one(facts, 12.7).entity).not.toBe("zone:Hubei Pilot Free Trade Zone");
    expect(one(facts, 12.7).qualifier).toBeDefined();
    expect(one(facts, 14.3).entity).not.toBe("zone:Hubei Pilot Free Trade Zone");
    expect(one(facts, 58.3)).toMatchObject({ entity: "zone:Hubei Pilot Free Trade Zone", measure: "amount" });
  });
  it("reads the zone's share 'of the region's total' as of the province its name carries, not the city named last", () => {
    expect(one(facts, 21.9)).toMatchObject({ entity: "zone:Hubei Pilot Free Trade Zone", measure: "share", shareOf: "hubei" });
  });
});

describe("a port named again by its bare name", () => {
  const text = "Trade news from the border. Dorvang port, on the road from Lhasa to Kathmandu, has become the main "
    + "gateway. In 2031, trade through Dorvang reached 3.41 billion yuan, up 27.5 percent. Lhasa's own trade was 1.2 "
    + "billion yuan.";
  const facts = factsOf(text, { published: "2032-01-20" });
  it("gives 'trade through Dorvang' after 'Dorvang port' to the port, never the city the sentence before named", () => {
    expect(one(facts, 3.41)).toMatchObject({ entity: "zone:Dorvang port", measure: "amount" });
    expect(one(facts, 27.5)).toMatchObject({ entity: "zone:Dorvang port", measure: "growth" });
    expect(one(facts, 1.2).entity).toBe("city:lhasa");
  });
  it("reads the port's words in a question as the port, not as goods the documents list by the same words", () => {
    const findZones = zoneFinder(["zone:Dorvang port"]);
    const findSubjects = (q: string) => ["dorvang", "port"].filter((w) => q.includes(w));
    const frame = parseQuestion("dorvang port trade 2031 and growth?", { findZones, findSubjects });
    expect(frame.entities).toEqual(["zone:Dorvang port"]);
    expect(frame.subjects).toEqual([]);
  });
});

describe("a zone asked by the place it lies in", () => {
  const docs = ["Imports of copper ore through the Westbay port area of Nantong in Jiangsu province totalled 3.5 million "
    + "tonnes in the first half of 2031."];
  const find = locatedZoneFinder(["zone:Westbay port area"], docs);
  it("reads 'nantong (jiangsu) port area' as the one port area the documents locate in Nantong", () => {
    expect(parseQuestion("nantong (jiangsu) port area copper ore imports in may 2031?", { findZones: find }).entities)
      .toEqual(["zone:Westbay port area"]);
  });
  it("leaves the place itself, and a kind no zone there has, to the place", () => {
    expect(parseQuestion("nantong copper ore imports in may 2031?", { findZones: find }).entities).toEqual(["city:nantong"]);
    expect(parseQuestion("nantong bonded zone imports in may 2031?", { findZones: find }).entities).toEqual(["city:nantong"]);
  });
});
