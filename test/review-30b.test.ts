import { describe, expect, it } from "vitest";
import { factsOf } from "./helpers/facts.js";

// Review of stop 30's merged change, zones and tables: made-up documents in the shapes the reviewer reproduced.
const meta = { title: "Trade news", published: "2032-02-01" };
const rows = (text: string) => factsOf(text, meta).map((f) => [f.entity, f.partner, f.measure, f.value, f.subject]);

describe("a zone named again by its bare head", () => {
  it("is the zone after a route word or as a possessive, never before goods named after the place", () => {
    const text = "Fujian's foreign trade reached 700 billion yuan in 2031. Quarvel Port, on the Min River, handled 4 "
      + "million tonnes of cargo.\n\nIn 2031, exports of Quarvel tea, the province's best-known brand, rose 14 percent "
      + "to 2 billion yuan.\n\nIn 2031, trade through Quarvel reached 9 billion yuan. Quarvel's imports rose 6 percent.";
    const facts = factsOf(text, meta);
    expect(facts.filter((f) => f.value === 14 || f.value === 2).map((f) => f.entity)).toEqual(["fujian", "fujian"]);
    expect(facts.find((f) => f.value === 9)?.entity).toBe("zone:Quarvel Port");
    expect(facts.find((f) => f.value === 6)?.entity).toBe("zone:Quarvel Port");
  });
});

describe("a table's zone", () => {
  it("ends with its table: a caption naming a place starts the next table, the place's", () => {
    const text = "Fujian's foreign trade reached 700 billion yuan in 2031.\n\nMain fruit imports through Quarvel Port, "
      + "2031:\n\n| Goods | Imports (100 million yuan) |\n| --- | --- |\n| Durian | 15.5 |\n\nFujian's main exports, "
      + "2031 (100 million yuan)\n\n| Goods | Exports |\n| --- | --- |\n| Steel | 77.0 |\n";
    const facts = factsOf(text, meta);
    expect(facts.find((f) => f.subject === "durian")?.entity).toBe("zone:Quarvel Port");
    expect(facts.find((f) => f.subject === "steel")?.entity).toBe("fujian");
  });
});

describe("places across a table's columns", () => {
  it("are never Hong Kong or Macao as owners under a caption on trade with them", () => {
    const text = "Fujian's trade with Hong Kong and Macao, 2030-2031 (100 million yuan):\n\n| Year | Hong Kong | Macao |\n"
      + "| --- | --- | --- |\n| 2031 | 5400 | 170 |\n";
    expect(factsOf(text, meta).filter((f) => f.entity === "hong-kong" || f.entity === "macao")).toEqual([]);
  });
  it("are never a column of a share of another place's level", () => {
    const text = "Fujian's trade in 2031 (100 million yuan):\n\n| Item | Fujian | Share of Zhejiang's level (%) |\n"
      + "| --- | --- | --- |\n| Exports | 3000 | 45 |\n";
    expect(factsOf(text, meta).filter((f) => f.entity === "zhejiang")).toEqual([]);
  });
  it("still reads a column of a place with its unit in brackets, and the national total", () => {
    const text = "Two provinces.\n| Year | Fujian (billion yuan) | Growth (%) | Zhejiang (billion yuan) "
      + "| National total (trillion yuan) |\n|---|---|---|---|---|\n| 2031 | 41.5 | -2.5 | 52.7 | 33.6 |";
    expect(rows(text)).toEqual([["fujian", undefined, "amount", 41.5, undefined],
      ["fujian", undefined, "growth", -2.5, undefined], ["zhejiang", undefined, "amount", 52.7, undefined],
      ["china", undefined, "amount", 33.6, undefined]]);
  });
  it("own a partner's row: each city's trade with the partner", () => {
    const text = "Trade of the two cities with their top partners in 2031 (100 million yuan):\n\n| Partner | Xiamen | "
      + "Fuzhou |\n| --- | --- | --- |\n| ASEAN | 4400 | 1800 |\n";
    expect(rows(text)).toEqual([["city:xiamen", "partner:asean", "amount", 440, undefined],
      ["city:fuzhou", "partner:asean", "amount", 180, undefined]]);
  });
});

describe("a table of ports", () => {
  it("reads no port from a remainder row or a row of a group of zones", () => {
    const text = "Trade through Fujian's ports in 2031 (100 million yuan):\n\n| Port | Trade | Growth (%) |\n"
      + "| --- | --- | --- |\n| Quarvel | 130.5 | 7.1 |\n| Others | 35.2 | 2.0 |\n| Other land ports | 5.2 | 1.0 |\n"
      + "| Comprehensive bonded zones | 20.4 | 4.0 |\n| Total | 165.7 | 6.9 |\n";
    const facts = factsOf(text, meta);
    const zones = [...new Set(facts.map((f) => f.entity).filter((e) => e?.startsWith("zone:")))];
    expect(zones).toEqual(["zone:Quarvel port"]);
    expect(facts.filter((f) => [35.2, 2, 5.2, 1, 20.4, 4].includes(f.value ?? 0))).toEqual([]);
  });
});
