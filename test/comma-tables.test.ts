import { describe, expect, it } from "vitest";
import { pipeSpacedTables } from "../corpus/spacedTables.js";
import { factsOf } from "./helpers/facts.js";

// Comma-separated rows as a plain-text release pastes them ("City,Trade (billion yuan),Growth (%)"): read as a table,
// each city's row its own figures. Made-up release (no evaluation set's place or number).
const RELEASE = `Trade of the province's cities, 2031:
City,Trade (billion yuan),Growth (%),Share of province (%)
Hebi,211.40,3.2,41.5
Luohe,87.15,-2.6,17.1
Xuchang,40.02,11.9,7.9

Hebi stayed the largest trading city.`;

describe("a block of comma-separated rows", () => {
  it("is written as table rows, with its header", () => {
    const out = pipeSpacedTables(RELEASE);
    expect(out).toContain("| City | Trade (billion yuan) | Growth (%) | Share of province (%) |");
    expect(out).toContain("| Luohe | 87.15 | -2.6 | 17.1 |");
  });

  it("gives each row's place its amount, growth and share", () => {
    const facts = factsOf(pipeSpacedTables(RELEASE), { published: "2032-02-01" });
    const of = (v: number) => facts.find((f) => f.value === v);
    expect(of(87.15)).toMatchObject({ entity: "city:luohe", measure: "amount", unit: "billion yuan" });
    expect(of(-2.6)).toMatchObject({ entity: "city:luohe", measure: "growth" });
    expect(of(7.9)).toMatchObject({ entity: "city:xuchang", measure: "share", shareOf: "henan" });
  });

  it("leaves prose and thousands separators alone", () => {
    const prose = "Exports rose,imports fell,and trade held.\nIt reached 1,204.5 billion yuan, up 3.1 percent.";
    expect(pipeSpacedTables(prose)).toBe(prose);
    const single = "Note,2031,4.5\nNext line of prose.";
    expect(pipeSpacedTables(single)).toBe(single);
  });
});

// A data file's column names joined by underscores, with the unit inside the name: read as the words they join.
// Made-up attachment (no evaluation set's place or number).
const ATTACHMENT = `Annex: trade by city, 2031
city,total_value_100m_yuan,total_yoy_pct,export_value_100m_yuan
Hebi,2114.0,3.2,1500.5
Luohe,871.5,-2.6,601.2`;

describe("a comma block whose header names columns in snake case", () => {
  it("reads each column's unit and measure from the name's words", () => {
    const facts = factsOf(pipeSpacedTables(ATTACHMENT), { published: "2032-02-01" });
    const of = (v: number) => facts.find((f) => f.value === v);
    expect(of(87.15)).toMatchObject({ entity: "city:luohe", measure: "amount", unit: "billion yuan" });
    expect(of(-2.6)).toMatchObject({ entity: "city:luohe", measure: "growth" });
    expect(of(150.05)).toMatchObject({ entity: "city:hebi", measure: "amount", metric: "exports" });
  });
});

// A communique's table in text form, dot leaders between a label and its figures. Made-up table.
const LEADERS = `Henan's trade with major markets is shown in Table 2.

Table 2  Imports and Exports by Major Market, 2031
(unit: 100 million yuan; growth over previous year, %)

  Market                  Value        Growth
  Chile ................. 1234.56 ....  7.1
  Peru ..................  654.32 .... -3.4

Trade with other markets was small. Some said.... nothing.`;

describe("a text table with dot leaders", () => {
  it("is written as table rows, each figure in its column", () => {
    const out = pipeSpacedTables(LEADERS);
    expect(out).toContain("| Chile | 1234.56 | 7.1 |");
    expect(out).toContain("| Peru | 654.32 | -3.4 |");
    expect(out).toContain("Some said.... nothing.");
  });
  it("gives each market's row its amount and growth", () => {
    const facts = factsOf(pipeSpacedTables(LEADERS), { published: "2032-02-01" });
    expect(facts.find((f) => f.value === 65.432)).toMatchObject({ partner: "partner:pe", measure: "amount", unit: "billion yuan" });
    expect(facts.find((f) => f.value === -3.4)).toMatchObject({ partner: "partner:pe", measure: "growth" });
  });
});
