import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadCorpus } from "../corpus/load.js";
import { parseMarkdown } from "../corpus/formats/markdown.js";
import { pipeSpacedTables } from "../corpus/spacedTables.js";
import { factsOf, one } from "./helpers/facts.js";
import { makePdf } from "./helpers/makePdf.js";

// A counting unit written with its thousands comma ("US$ 10,000", "10,000 tonnes") scales every figure of the table
// it is given for, in a caption or in a note over the tables; a yearbook's imprint names no place of its figures.
// Made-up yearbook pages.

const BY_PARTNER = [
  "| Country (Region) | Total | Exports | Imports |",
  "| Total | 512,300 | 201,100 | 311,200 |",
  "| Ruritania | 88,640 | 30,020 | 58,620 |",
];

describe("a caption's counting unit with a thousands comma", () => {
  it("reads 'US$ 10,000' in a caption's brackets as tens of thousands of dollars", () => {
    const facts = factsOf(["Table 4 Trade by Country (Region), 2011 (US$ 10,000)", ...BY_PARTNER].join("\n"),
      { title: "Hunan Statistical Yearbook 2012" });
    // 88,640 × 10,000 dollars = 886.4 million dollars
    const f = one(facts, 886400);
    expect([f.unit, f.scale, f.metric, f.entity]).toEqual(["thousand US dollars", 1000, "trade", "hunan"]);
  });

  it("keeps the unit whole before a remark after a comma: '(10,000 tonnes, growth in brackets)'", () => {
    const facts = factsOf([
      "Table 2 Freight by port, 2011 (10,000 tonnes, growth in brackets)",
      "| Port | Freight | Growth |",
      "| Total | 1,250 | (4.1) |",
    ].join("\n"), { title: "Hunan Statistical Yearbook 2012" });
    expect(one(facts, 12500).unit).toBe("thousand tonnes");
  });
});

describe("a note over a document's tables giving their unit", () => {
  const note = "Figures in the tables below are in US$ 10,000 unless otherwise stated.";

  it("scales the figures of a table whose caption gives no unit", () => {
    const facts = factsOf([note, "Table 4 Trade by Country (Region), 2011", ...BY_PARTNER].join("\n"),
      { title: "Hunan Statistical Yearbook 2012" });
    expect(one(facts, 886400).unit).toBe("thousand US dollars");
  });

  it("is no figure of its own", () => {
    const facts = factsOf([note, "Table 4 Trade by Country (Region), 2011", ...BY_PARTNER].join("\n"),
      { title: "Hunan Statistical Yearbook 2012" });
    expect(facts.filter((f) => f.value === 10000 || f.value === 10)).toEqual([]);
  });
});

describe("a yearbook's imprint", () => {
  const lead = "In 2011 the total value of imports and exports of the province reached US$ 5.12 billion.";

  it("names where the book was printed, not whose its figures are", () => {
    const facts = factsOf(["Hunan Statistical Yearbook 2012", "Central Statistics Press, Beijing, September 2012", lead]
      .join("\n"), { title: "Hunan Statistical Yearbook 2012" });
    expect(one(facts, 5.12).entity).toBe("hunan");
  });

  it("leaves a sentence naming a city as the owner of its figures alone", () => {
    const facts = factsOf(["Hunan Statistical Yearbook 2012", "Changsha's exports reached US$ 3.1 billion in 2011."]
      .join("\n"), { title: "Hunan Statistical Yearbook 2012" });
    expect(one(facts, 3.1).entity).toBe("city:changsha");
  });
});

describe("a PDF yearbook page with a unit in its caption", () => {
  it("scales the rows of the table drawn below it", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "tradewise-units-"));
    try {
      await writeFile(path.join(dir, "yearbook.pdf"), makePdf([[
        "Hunan Statistical Yearbook 2012",
        "Central Statistics Press, Beijing, September 2012",
        "Table 4 Trade by Country (Region), 2011 (US$ 10,000)",
        ["Country (Region)", "Total", "Exports", "Imports"],
        ["Ruritania", "88,640", "30,020", "58,620"],
        ["Freedonia", "41,500", "20,000", "21,500"],
      ]], { title: "Hunan Statistical Yearbook 2012", created: "D:20120920000000Z" }));
      const text = (await loadCorpus(dir)).documents[0]!.text;
      const facts = factsOf(text, { title: "Hunan Statistical Yearbook 2012", published: "2012-09-20" });
      const f = one(facts, 415000);
      expect([f.unit, f.entity, f.metric]).toEqual(["thousand US dollars", "hunan", "trade"]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe("a goods table giving each row's unit in a column of its own", () => {
  const SPACED = [
    "Table 6 Exports and Imports of Major Commodities, 2011",
    "Commodity\tUnit\tQuantity\tValue (US$ 10,000)",
    "Exports",
    "Wool blankets\t10,000 pieces\t1,204\t31,500",
    "Tungsten products\tton\t9,120\t22,040",
    "Imports",
    "Pulpwood\t10,000 cu.m\t310\t40,070",
  ].join("\n");

  it("keeps a spaced row whose second cell is its unit as a table row", () => {
    expect(pipeSpacedTables(SPACED)).toContain("| Tungsten products | ton | 9,120 | 22,040 |");
  });

  it("reads the quantity in the row's unit and the value in the header's", () => {
    const facts = factsOf(pipeSpacedTables(SPACED), { title: "Hunan Statistical Yearbook 2012" });
    const tonnes = one(facts, 9120);
    const value = one(facts, 220400);
    expect([tonnes.measure, tonnes.unit, tonnes.subject, tonnes.metric]).toEqual(["count", "tonnes", "tungsten products", "exports"]);
    expect([value.measure, value.unit, value.subject]).toEqual(["amount", "thousand US dollars", "tungsten products"]);
    // (a unit of ten thousand: 310 × 10,000 cubic meters)
    expect([one(facts, 3100).unit, one(facts, 3100).metric]).toEqual(["thousand cubic meters", "imports"]);
  });

  it("takes no figure from the unit column itself", () => {
    const facts = factsOf(pipeSpacedTables(SPACED), { title: "Hunan Statistical Yearbook 2012" });
    expect(facts.filter((f) => f.value === 10000)).toEqual([]);
  });

  it("reads a Markdown table of the same shape alike, and no quantity in a unit it cannot read", () => {
    const facts = factsOf([
      "Table 6 Main exports, 2011 (US$ 10,000)",
      "| Commodity | Unit | Quantity | Value |",
      "|---|---|---|---|",
      "| Tungsten products | ton | 9,120 | 22,040 |",
      "| Fireworks | cartons of 12 | 5,500 | 8,800 |",
    ].join("\n"), { title: "Hunan Statistical Yearbook 2012" });
    expect(one(facts, 9120).unit).toBe("tonnes");
    expect(facts.filter((f) => f.value === 5500 || f.value === 55000)).toEqual([]);
    expect(one(facts, 88000).subject).toBe("fireworks");
  });
});

describe("a review's unit stated once for all of it, over tables of a quarter and the full year", () => {
  const REVIEW = [
    "Unit: 100 million yuan unless otherwise stated 1. Overview",
    "Hunan's foreign trade grew in the fourth quarter of 2030.",
    "Table 1. Imports and exports, Q4 and full year 2030",
    "| Item | Q4 2030 | YoY % | Full year | YoY % |",
    "| Exports | 812.5 | 9.1 | 2,904.6 | 7.3 |",
  ].join("\n");

  it("scales a table's bare figures by the review's unit, and reads no figure from the unit's line", () => {
    const facts = factsOf(REVIEW, { title: "Hunan foreign trade quarterly review" });
    expect([one(facts, 81.25).unit, one(facts, 290.46).unit]).toEqual(["billion yuan", "billion yuan"]);
    expect(facts.filter((f) => f.value === 100)).toEqual([]);
  });

  it("gives the change right of the full year's column the whole year, not the quarter", () => {
    const facts = factsOf(REVIEW, { title: "Hunan foreign trade quarterly review" });
    expect(one(facts, 7.3).period).toEqual({ y1: 2030, m1: 1, y2: 2030, m2: 12 });
    expect(one(facts, 9.1).period).toEqual({ y1: 2030, m1: 10, y2: 2030, m2: 12 });
  });
});

describe("a Markdown table with indented 'of which' rows of each flow", () => {
  const TABLE = [
    "# Hunan's trade by mode, 2030",
    "| Trade mode (2030) | Value (billion yuan) | Change (%) |",
    "|---|---|---|",
    "| Total | 900.0 | 1.2 |",
    "| General trade | 500.0 | 2.0 |",
    "| &nbsp;&nbsp;of which: exports | 210.5 | 3.3 |",
    "| &nbsp;&nbsp;of which: imports | 289.5 | 1.1 |",
    "| Processing trade | 300.0 | -4.0 |",
    "| &nbsp;&nbsp;of which: exports | 180.2 | -2.5 |",
  ].join("\n");

  it("renders the entities of the indent, and reads each part row as its flow of the row above", () => {
    const text = parseMarkdown(TABLE).body;
    expect(text).toContain("|   of which: exports | 210.5 |");
    const facts = factsOf(text, { title: "Hunan's trade by mode" });
    expect([one(facts, 210.5).metric, one(facts, 210.5).subject]).toEqual(["exports", "general trade"]);
    expect([one(facts, 180.2).metric, one(facts, 180.2).subject]).toEqual(["exports", "processing trade"]);
  });

  it("leaves the mode's own row after a part row as the mode's whole trade", () => {
    const facts = factsOf(parseMarkdown(TABLE).body, { title: "Hunan's trade by mode" });
    expect([one(facts, 300).metric, one(facts, 300).subject]).toEqual(["trade", "processing trade"]);
  });

  it("reads 'of which: exports' under the total row as the place's exports", () => {
    const facts = factsOf(parseMarkdown(TABLE.replace("| General trade | 500.0 | 2.0 |\n", "")).body,
      { title: "Hunan's trade by mode" });
    const f = one(facts, 210.5);
    expect([f.metric, f.subject, f.entity]).toEqual(["exports", undefined, "hunan"]);
  });
});

describe("a table of places under a sentence on one of them", () => {
  const PORTS = [
    "In 2030 the two port areas of Hunan handled 98.2 million tonnes of cargo, up 3.1 percent.",
    "Yueyang remained the largest, while Changde's throughput fell 2.0 percent as coal imports declined.",
    "Table 1. Throughput by port area",
    "",
    "| Port area | Cargo 2030 (10,000 t) |",
    "| Yueyang | 6,120 |",
    "| Changde | 3,700 |",
    "| Total | 9,820 |",
  ].join("\n");

  it("gives its rows no flow of the sentence before its caption", () => {
    const facts = factsOf(PORTS, { title: "Hunan port report" });
    expect([one(facts, 61200).metric, one(facts, 37000).metric]).toEqual(["other", "other"]);
  });

  it("keeps the flow a caption names for the rows", () => {
    const facts = factsOf(PORTS.replace("Throughput by port area", "Imports by port area"), { title: "Hunan port report" });
    expect(one(facts, 61200).metric).toBe("imports");
  });
});

describe("a list of ports under a lead naming them", () => {
  const LIST = [
    "Freight handled by the main land ports of Hunan in 2030:",
    "- Yueyang: 30.2 million tonnes, up 5.6 percent",
    "- Zorbavik: 14.7 million tonnes, up 12.4 percent",
    "- Others: 2.1 million tonnes",
  ].join("\n");

  it("gives an item named by a name no gazetteer knows to a port of that name, not to the item before", () => {
    const facts = factsOf(LIST, { title: "Hunan ports" });
    expect([one(facts, 14.7).entity, one(facts, 12.4).entity, one(facts, 30.2).entity])
      .toEqual(["zone:Zorbavik", "zone:Zorbavik", "city:yueyang"]);
  });

  it("names no port 'Others', and leaves a list under a lead on no ports alone", () => {
    expect(one(factsOf(LIST, { title: "Hunan ports" }), 2.1).entity).not.toBe("zone:Others");
    const facts = factsOf(LIST.replace("the main land ports of Hunan", "Hunan's main goods"), { title: "Hunan ports" });
    expect(one(facts, 14.7).entity).not.toBe("zone:Zorbavik");
  });
});
