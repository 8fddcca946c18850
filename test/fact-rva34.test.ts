import { describe, expect, it } from "vitest";
import { factsOf, one } from "./helpers/facts.js";
import { DEPENDENCE } from "../text/dependence.js";
import type { Fact } from "../text/terms.js";
import { pipeSpacedTables } from "../corpus/spacedTables.js";

// Rules of stop 34 read on sentences of another shape than their own (made-up places and figures).
const Y = { published: "2031-03-01" };

describe("a share of GDP", () => {
  it("is trade dependence only where trade is what is set against GDP", () => {
    const f = one(factsOf("In Anhui, the digital economy's share of the province's GDP was 45.2 percent in 2030.", Y), 45.2);
    expect(f.qualifier ?? "").not.toMatch(/trade dependence/);
    expect(one(factsOf("Anhui's fixed-asset investment was 30.5 percent - the share of its GDP - in 2030.", Y), 30.5)
      .qualifier ?? "").not.toMatch(/trade dependence/);
    expect(DEPENDENCE.test("what was the digital economy's share of the province's GDP in 2030?")).toBe(false);
    expect(DEPENDENCE.test("anhui foreign trade as a share of GDP in 2030?")).toBe(true);
    expect(DEPENDENCE.test("ratio of foreign trade to GDP in anhui?")).toBe(true);
  });
});

describe("'the total' after a partner's figure", () => {
  it("is the whole over it, not the same partner's figure again (RESTATES)", () => {
    const facts = factsOf("Anhui's exports to Japan reached 2.1 billion yuan in 2030. Across all markets, the total rose "
      + "6.4 percent to 61.3 billion yuan.", Y);
    expect(one(facts, 6.4).partner).toBeUndefined();
  });
});

describe("a pair's trade in an article on a city, 'the port' named in another clause", () => {
  it("is China's trade with the partner, not the city's", () => {
    const title = "Suzhou's trade in 2030";
    for (const text of ["Suzhou's foreign trade reached 250.1 billion yuan in 2030. China-Russia trade grew 12.2 percent in "
      + "2030, though little of it passed through the port.", "Suzhou's foreign trade reached 250.1 billion yuan in 2030. "
      + "China-Russia trade grew 12.2 percent in 2030 nationwide, while trade in the city with Russia fell."]) {
      expect(one(factsOf(text, { ...Y, title }), 12.2).entity).toBe("china");
    }
  });
});

const dependence = (facts: Fact[]) => facts.filter((f) => f.qualifier?.includes("trade dependence")).map((f) => f.value);
describe("a table's column of another dependence", () => {
  it("is no trade dependence: 'Import dependence (%)' of goods, 'Dependence on market (%)' of partners", () => {
    const goods = factsOf("Table 2: Anhui's imports of key goods, 2030\n| Goods | Imports (100 mn yuan) | Import dependence (%) |\n"
      + "|---|---|---|\n| Crude oil | 120.5 | 71.3 |\n| Iron ore | 88.2 | 64.9 |\n", Y);
    expect(dependence(goods)).toEqual([]);
    const markets = factsOf("Table 3: Anhui exports by market, 2030\n| Market | Exports (100 mn yuan) | Dependence on market (%) |\n"
      + "|---|---|---|\n| United States | 120.5 | 18.3 |\n| Japan | 88.2 | 9.9 |\n", Y);
    expect(dependence(markets)).toEqual([]);
  });
});

describe("comma-separated rows with a thousands comma", () => {
  it("are no table rows when they are wider than their header (corpus/spacedTables.ts pipeCommaTables)", () => {
    const text = pipeSpacedTables("Anhui trade by city, 2030 (billion yuan)\nCity,Trade,Growth (%)\nHefei,1,204.5,3.2\n"
      + "Wuhu,1,011.0,2.0\nBengbu,98.1,5.5");
    expect(factsOf(text, Y).filter((f) => f.value === 204.5 || f.value === 3.2)).toEqual([]);
  });
});

describe("a table of partners under a caption naming its place", () => {
  it("stays that place's when a city's sentence after it restates a row's figure (restatedTableOwner)", () => {
    const facts = factsOf("Anhui's foreign trade reached 820.5 billion yuan in 2030.\n\nTable 2: Anhui's trade by partner, "
      + "2030\n| Partner | Trade (billion yuan) | Growth (%) |\n|---|---|---|\n| Russia | 12.1 | 5.6 |\n| Japan | 48.2 | 3.1 |\n\n"
      + "Hefei's trade with Russia also grew 5.6 percent in 2030, matching the province as a whole.",
    { ...Y, title: "Anhui's trade in 2030" });
    expect([one(facts, 12.1).entity, one(facts, 48.2).entity]).toEqual(["anhui", "anhui"]);
  });
});

describe("a change of trade dependence", () => {
  it("is the rate's own change and levels, never a growth of trade (facts/dependence.ts)", () => {
    const fell = factsOf("Anhui's trade dependence fell 2.1 percent to 28.4 percent in 2030.", Y);
    expect(one(fell, -2.1)).toMatchObject({ measure: "growth", qualifier: "trade dependence" });
    expect(one(fell, 28.4)).toMatchObject({ measure: "rate", qualifier: "trade dependence" });
    const rose = factsOf("Anhui's trade dependence rose to 28.4 percent in 2030, from 26.0 percent in 2029.", Y);
    expect(one(rose, 26)).toMatchObject({ measure: "rate", qualifier: "trade dependence" });
    const yearly = factsOf("Anhui's trade dependence ratio reached 28.4 percent in 2030, having risen 4.1 percent a year "
      + "since 2025.", Y);
    expect(one(yearly, 4.1)).toMatchObject({ measure: "growth", qualifier: "trade dependence" });
    expect(one(factsOf("Anhui's trade dependence fell to 28.4 percent in 2030.", Y), 28.4).qualifier).toBe("trade dependence");
  });
  it("leaves another flow's change after it alone", () => {
    const facts = factsOf("Anhui's trade dependence was 28.4 percent in 2030 as its trade reached 900.5 billion yuan, up 2.1 "
      + "percent.", Y);
    expect(one(facts, 2.1).qualifier).toBeUndefined();
  });
});

describe("a city named as a trailing relative clause's antecedent", () => {
  it("is still the city 'the city's' names in the next sentence", () => {
    const facts = factsOf("Anhui's trade rose 3.0 percent in 2030. Next comes Wuhu, which makes cars. The city's exports rose "
      + "12.1 percent in 2030.", Y);
    expect(one(facts, 12.1).entity).toBe("city:wuhu");
  });
});

describe("a caption naming who compiled the table", () => {
  it("names no owner of its rows: 'Source: Hefei Customs' over Anhui's partners", () => {
    const facts = factsOf("Anhui's foreign trade reached 820.5 billion yuan in 2030.\n\nTrade by partner. Source: Hefei Customs "
      + "(billion yuan)\n| Partner | 2030 | Growth (%) |\n|---|---|---|\n| Russia | 12.1 | 5.6 |\n| Japan | 48.2 | 3.1 |\n",
    { ...Y, title: "Anhui's trade in 2030" });
    expect([one(facts, 12.1).entity, one(facts, 48.2).entity]).toEqual(["anhui", "anhui"]);
  });
});
