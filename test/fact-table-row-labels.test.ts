import { describe, expect, it } from "vitest";
import { factsOf } from "./helpers/facts.js";
import { periodLabel } from "../text/periods.js";

// What a table row's label and the lines around a table make of its figures (tableRowFacts and the table lines of
// extractDocumentFacts): a zone named by the whole label, a heading row over a group of rows, a period that is the
// whole label, the single flow a sentence before names. (Written against the mutants that survived the facts area's
// mutation run, issue 17 second round: a zone taken from a label that only begins with it, a heading row read as a
// header, a period read from part of a label, the first of two flows before a table given to its rows.)
const PUB = { title: "Hubei trade", published: "2024-01-20" };
const read = (text: string, meta = PUB) =>
  factsOf(text, meta)
    .map((f) => [f.entity, f.metric, f.value, f.period && periodLabel(f.period), f.partner, f.subject]);

describe("a row's label", () => {
  it("is a zone's row only when the zone is the whole label", () => {
    const text = "Hainan's trade rose in 2023.\n| Port / zone | Trade (billion yuan) |\n|---|---|\n"
      + "| Yangpu Bonded Port Area | 31.2 |\n| Yangpu Bonded Port Area east | 3.2 |";
    expect(factsOf(text, { title: "Hainan trade", published: "2024-01-20" }).map((f) => [f.entity, f.value]))
      .toEqual([["zone:Yangpu Bonded Port Area", 31.2], ["hainan", 3.2]]);
    const part = text.replace("Area east |", "Area (east) |");
    expect(factsOf(part, { title: "Hainan trade", published: "2024-01-20" })[1]?.entity).not.toMatch(/^zone:/);
  });
  it("is the row's period only when the period is all of it; a partner in any column is a partner", () => {
    const text = "Hubei's trade rose in 2023.\n| Month | Trade (billion yuan) |\n|---|---|\n| March | 35.2 |\n"
      + "| March shipments | 3.1 |\n| Shipments in March | 2.4 |\n| Japan | 1.1 |\n| April* | 30.3 |";
    const facts = read(text);
    expect(facts.slice(0, 2)).toEqual([
      ["hubei", "trade", 35.2, "March 2023", undefined, undefined],
      ["hubei", "trade", 3.1, "2023", undefined, "march shipments"]]);
    expect(facts[2]?.[3]).toBe("2023");
    expect(facts[3]).toEqual(["hubei", "trade", 1.1, "2023", "partner:japan", undefined]);
    // (a footnote mark after the period leaves it the whole label)
    expect(facts[4]).toEqual(["hubei", "trade", 30.3, "April 2023", undefined, undefined]);
  });
});

describe("a row under a column of places", () => {
  it("is a place even when its name is not known: never goods of the place the text named before", () => {
    const text = "Hubei's trade rose in 2023. Xiangyang led the province's cities.\n"
      + "| City | Trade (100 million yuan) | Change (%) |\n|---|---|---|\n| Xiangyang | 128.5 | 9.6 |\n| Zzyzxton | 41.3 | -11.5 |";
    const facts = read(text);
    expect(facts.filter((f) => f[2] === 12.85)).toEqual([["city:xiangyang", "trade", 12.85, "2023", undefined, undefined]]);
    expect(facts.filter((f) => f[2] === 4.13 || f[2] === -11.5)).toEqual([]);
    // (goods under a column of goods are still goods)
    const goods = read("Hubei's exports rose in 2023.\n| Product | Exports (billion yuan) |\n|---|---|\n| Zzyzx tiles | 4.1 |");
    expect(goods).toEqual([["hubei", "exports", 4.1, "2023", undefined, "zzyzx tiles"]]);
  });
});

describe("a table of partners whose rows the text after it restates", () => {
  const table = "\n\n| Partner | Jan-Jun 2031 (billion yuan) | Change (%) |\n|---|---|---|\n| Japan | 2.15 | -4.1 |\n"
    + "| Chile | 1.02 | 7.7 |\n\n";
  const before = "Foreign trade of Jingmen fell 2.2 percent to 9.1 billion yuan in the first half of 2031.\n\n"
    + "Zhongxiang, a county-level city nearby, raised its exports of rice 5 percent to 0.3 billion yuan.";
  it("is the place's the restating sentence names, not the one of the section before", () => {
    const facts = read(`${before}${table}Japan stayed Jingmen's biggest partner, while trade with Chile grew 7.7 percent.`);
    expect(facts.filter((f) => f[4] === "partner:japan" && f[2] === 2.15)).toEqual(
      [["city:jingmen", "trade", 2.15, "first half of 2031", "partner:japan", undefined]]);
    expect(facts.filter((f) => f[2] === -4.1).map((f) => f[0])).toEqual(["city:jingmen"]);
  });
  it("stays the rows' own place's when the text restates no row, or another figure", () => {
    const facts = read(`${before}${table}Trade with Chile grew 8.8 percent in Jingmen.`);
    expect(facts.filter((f) => f[2] === 2.15).map((f) => f[0])).toEqual(["city:zhongxiang"]);
    // (nor when the restating sentence names no place: its own owner is only carried over)
    const unnamed = read(`${before}${table}In Jingmen trade fell. `
      + "The rice mills did well. Trade with Chile grew 7.7 percent.");
    expect(unnamed.filter((f) => f[2] === 2.15).map((f) => f[0])).toEqual(["city:zhongxiang"]);
  });
});

describe("the lines around a table's rows", () => {
  it("reads a row with only its first cell filled as a heading naming what the rows below are", () => {
    const text = "Hubei's trade rose in 2023.\n| City | Trade (billion yuan) |\n|---|---|\n| Wuhan | 350.2 |\n"
      + "| By partner | |\n| Japan | 5.1 |";
    expect(read(text)).toEqual([["city:wuhan", "trade", 350.2, "2023", undefined, undefined],
      ["hubei", "trade", 5.1, "2023", "partner:japan", undefined]]);
  });
  it("gives rows naming no flow the flow the sentence before names, only when it names one", () => {
    const table = "\n| City | Value (billion yuan) |\n|---|---|\n| Wuhan | 350.2 |";
    expect(read(`Hubei's exports rose in 2023.${table}`)[0]?.[1]).toBe("exports");
    expect(read(`Hubei's exports and imports rose in 2023.${table}`)[0]?.[1]).toBe("trade");
    expect(read(`Hubei's exports rose while imports fell in 2023.${table}`)[0]?.[1]).toBe("trade");
  });
});
