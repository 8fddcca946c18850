import { describe, expect, it } from "vitest";

// The edges of the question patterns of retrieval/figures/query.ts: that they compile, ignore case, allow the spaces
// people type twice, and read numbers of two digits. Made-up questions, read without an index. (The module is
// imported inside the tests, so that a pattern that fails to compile fails a test, not the loading of the file.)
const load = () => import("../retrieval/figures/query.js");

describe("the question patterns", () => {
  it("compile when the module loads", async () => {
    const q = await load();
    expect(q.BOTH_FLOWS.test("hunan's exports and imports")).toBe(true);
    expect(q.ASKS_COUNT.test("how many trains ran?")).toBe(true);
    expect(q.askedText("hunan exports, according to the report on ports, in 2020?")).toBe("hunan exports , in 2020?");
    expect(q.parseQuestion("did hunan's trade fall in 2020?").measures).toEqual(["growth", "multiple"]);
    expect(q.parseQuestion("how much did hunan's trade drop in 2020?").measures).toEqual(["growth", "multiple"]);
  });
  it("ignore case", async () => {
    const q = await load();
    expect(q.BOTH_FLOWS.test("Hunan's Exports and Imports")).toBe(true);
    expect(q.ASKS_COUNT.test("HOW MANY trains ran?")).toBe(true);
    expect(q.parseQuestion("hunan's growth compared with the National Average in 2020").measures).toContain("pp_gap");
    expect(q.parseQuestion("which city grew SLOWEST in 2020?").ascending).toBe(true);
    expect(q.countAsked("RANK the 3 months with the highest trade")).toBe(3);
  });
});

describe("spaces typed twice", () => {
  const measures = async (question: string) => (await load()).parseQuestion(question).measures;
  it("in the words that ask a share, an amount or a growth", async () => {
    expect(await measures("hunan's share  of  the  china's  total in 2020")).toEqual(["share"]);
    expect(await measures("hunan's share of the  province's export total in 2020")).toEqual(["share"]);
    expect(await measures("how much did hunan trade  grow in 2020?")).toEqual(["growth", "multiple"]);
    expect(await measures("what was hunan's trade  surplus in 2020?")).toEqual([]);
    expect(await measures("hunan trade and  share of the city in 2020")).toEqual(["share", "amount"]);
    expect(await measures("hunan trade and its  share of the city in 2020")).toEqual(["share", "amount"]);
    expect(await measures("hunan trade and the  share of the city in 2020")).toEqual(["share", "amount"]);
    expect(await measures("hunan trade and their  share of the city in 2020")).toEqual(["share", "amount"]);
    expect(await measures("how  far  above  the national average was hunan's growth?"))
      .toEqual(["growth", "multiple", "pp_gap"]);
    expect(await measures("how  many  pts  ahead  of  the national average was hunan's growth?"))
      .toEqual(["growth", "multiple", "pp_gap"]);
  });
  it("in the words around a source, a note, a filter, a partner asked, a count asked, a zone and an order", async () => {
    const q = await load();
    const { periodLabel } = await import("../text/periods.js");
    const { zoneFinder } = await import("../text/zones.js");
    expect(q.parseQuestion("hunan exports last year according  to  the  jan 2014 customs release").periods.map(periodLabel))
      .toEqual(["2013"]);
    expect(q.parseQuestion("hunan ore exports in 2019 (gas  included)").terms).toEqual(["ore"]);
    expect(q.parseQuestion("hunan ore exports in 2019 (gas included )").terms).toEqual(["ore"]);
    expect(q.parseQuestion("hunan ore exports in 2019 (including  gas)").terms).toEqual(["ore"]);
    expect(q.parseQuestion("hunan ore exports in 2019 (incl.  gas)").terms).toEqual(["ore"]);
    expect(q.parseQuestion("which of the two  inland provinces grew fastest in 2020?").filter).toBeUndefined();
    expect(q.parseQuestion("which  partner's trade with hunan fell in 2020?").partners).toEqual([]);
    expect(q.parseQuestion("which trading  partner's trade with hunan fell in 2020?").partners).toEqual([]);
    expect(q.countAsked("the 3  largest cities")).toBe(3);
    expect(q.countAsked("which  3 cities grew")).toBe(3);
    expect(q.wholesOfShares("the percentage  points of hubei's growth")).toEqual(["hubei"]);
    expect(q.wholesOfShares("the share  of hubei")).toEqual(["hubei"]);
    expect(q.wholesOfShares("the share of  hubei")).toEqual(["hubei"]);
    expect(q.wholesOfShares("the share of the  hubei total")).toEqual(["hubei"]);
    expect(q.ZONE_AREAS.test("the zone's  areas")).toBe(true);
    expect(q.ZONE_AREAS.test("the ftz's three  areas")).toBe(true);
    const findZones = zoneFinder(["zone:Binhai Port Area"]);
    for (const question of ["how much came  via the binhai port area in 2023?", "how much came via  the binhai port area in 2023?",
      "how much came via the  binhai port area in 2023?"]) {
      expect(q.parseQuestion(question, { findZones }).terms).toEqual([]);
    }
    expect(q.parseQuestion("in order  to grow by exporting, how much did hunan trade?").intent).not.toBe("rank");
  });
});

describe("numbers of two digits", () => {
  it("in a count asked and before a region word", async () => {
    const q = await load();
    expect(q.countAsked("the top 12 cities")).toBe(12);
    expect(q.countAsked("the 12 largest cities")).toBe(12);
    expect(q.parseQuestion("which of the 12 inland provinces grew fastest in 2020?").filter).toBeUndefined();
  });
});

describe("the joins of an amount and a share or a growth", () => {
  const measures = async (question: string) => (await load()).parseQuestion(question).measures;
  it("reads them only where the question joins them", async () => {
    expect(await measures("the percent of hunan's trade and its share of exports in 2020")).toEqual(["share"]);
    expect(await measures("hunan's export and its share in 2020")).toEqual(["share", "amount"]);
    expect(await measures("hunan's import and its share in 2020")).toEqual(["share", "amount"]);
    expect(await measures("hunan's trade in 2020 and its share of the city")).toEqual(["share", "amount"]);
    expect(await measures("did it grow? hunan's trade in 2020 and the growth")).toEqual(["growth", "multiple"]);
    expect(await measures("hunan's exports grew in 2020 and changed in 2021")).toEqual(["growth", "multiple"]);
    expect(await measures("hunan's exports in 2020 +the rise?")).toEqual(["growth", "multiple", "amount"]);
    expect(await measures("hunan's share of the province's export total in 2020")).toEqual(["share"]);
    expect(await measures("hunan's exports as a %of china's trade in 2020")).toEqual(["share"]);
    expect(await measures("what share of china's trade value did hunan have in 2020,and in 2021?")).toEqual(["share", "amount"]);
    expect(await measures("what share of china's trade value did hunan have in 2020, and in 2021?"))
      .toEqual(["share", "amount"]);
    // ("how many pts" asks a gap in points, no count, since stop 36)
    expect(await measures("how many pts above the national average was hunan's growth?"))
      .toEqual(["growth", "multiple", "pp_gap"]);
  });
  it("reads a gap in points for 'a point' where the documents use the word", async () => {
    const q = await load();
    expect(q.parseQuestion("was hunan's growth a point above china's in 2020?", { words: new Set(["point"]) }).measures)
      .toContain("pp_gap");
  });
});

describe("the vocabulary typos are corrected into", () => {
  it.each([["trilion", "trillion"], ["revenu", "revenue"], ["earnigns", "earnings"], ["amercian", "american"]])(
    "%s → %s", async (typed, meant) => {
      expect((await load()).correctSpelling(typed)).toBe(meant);
    });
  it("takes no term from 'based on'", async () => {
    expect((await load()).parseQuestion("based on its 5% share, how big was china's ore trade?").terms).toEqual(["big", "ore"]);
  });
});
