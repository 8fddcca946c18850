import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseMarkdown } from "../corpus/formats/markdown.js";
import { loadCorpus } from "../corpus/load.js";
import { pipeSpacedTables } from "../corpus/spacedTables.js";
import { factsOf, one } from "./helpers/facts.js";
import { answersOver } from "./helpers/answerOver.js";
import { makePdf } from "./helpers/makePdf.js";

// Tables laid out with spaces or tabs (plain-text bulletins, and PDFs whose columns are drawn apart) are read as
// table rows, under the unit a line above them gives. Made-up tables.

const TABLE = [
  "Table 2  Trade by partner, January-June 2024",
  "Unit: 100 million yuan",
  "",
  "Partner        Total    Growth(%)   Exports",
  "Kazakhstan     210.5     12.4        150.2",
  "Uzbekistan      95.0     -4.1         60.7",
].join("\n");

describe("a table laid out with spaces", () => {
  it("becomes table rows: the header and every row of figures, the caption and unit line left as they are", () => {
    const lines = pipeSpacedTables(TABLE).split("\n");
    expect(lines[0]).toBe("Table 2  Trade by partner, January-June 2024");
    expect(lines[1]).toBe("Unit: 100 million yuan");
    expect(lines.slice(3)).toEqual([
      "| Partner | Total | Growth(%) | Exports |",
      "| Kazakhstan | 210.5 | 12.4 | 150.2 |",
      "| Uzbekistan | 95.0 | -4.1 | 60.7 |",
    ]);
  });

  it("reads a header that leaves the label column's heading out", () => {
    expect(pipeSpacedTables("          2023     2024\nExports   10.2     11.5\nImports    8.1      7.9").split("\n")[0])
      .toBe("|  | 2023 | 2024 |");
  });

  it("reads a header whose cells name their unit at length", () => {
    expect(pipeSpacedTables("Port      Exports and imports (100 million yuan)   Change\nErlian         71.3      +4.4%").split("\n")[0])
      .toBe("| Port | Exports and imports (100 million yuan) | Change |");
  });

  it("leaves prose with double spaces alone, and a single row with no header", () => {
    const prose = "Exports rose 5 percent.  Imports fell 2 percent.\nThe port handled more.  Its share grew.";
    expect(pipeSpacedTables(prose)).toBe(prose);
    const lone = "Wuhan    350.2    7.1\nThe city said trade grew.";
    expect(pipeSpacedTables(lone)).toBe(lone);
  });

  it("gives each row's figures to its partner, in the unit line's unit, a column naming a flow included", () => {
    const facts = factsOf(`In the first half of 2024, Xinjiang's trade grew.\n\n${pipeSpacedTables(TABLE)}`,
      { published: "2024-07-20" });
    const total = one(facts, 21.05);
    expect([total.entity, total.partner, total.metric, total.measure, total.unit]).toEqual(
      ["xinjiang", "partner:kz", "trade", "amount", "billion yuan"]);
    const exports = one(facts, 6.07);
    expect([exports.partner, exports.metric, exports.measure]).toEqual(["partner:uz", "exports", "amount"]);
    expect([one(facts, -4.1).measure, one(facts, -4.1).unit]).toEqual(["growth", "%"]);
  });

  it("forgets the unit line once the table ends: a later table without one keeps its own columns", () => {
    const later = "\n\nThe region's trade rose.\n\n| City | Growth (%) |\n|---|---|\n| Urumqi | 9.9 |";
    const facts = factsOf(`In the first half of 2024, Xinjiang's trade grew.\n\n${pipeSpacedTables(TABLE)}${later}`,
      { published: "2024-07-20" });
    expect(one(facts, 9.9).unit).toBe("%");
  });
});

// a yearbook chapter's table as a PDF gives it: tabs between the columns, the value column's unit alone on the line
// under the header, the other headings naming theirs
const YEARBOOK = [
  "In 2031 the trade of Qinghai province grew 3.1%. Xining led its cities with 40.2 (100 mn yuan).",
  "Mongolia remained the largest partner of the province.",
  "Table 7-1 Imports and exports by main partner, 2031",
  "Partner\tValue\tGrowth (%)\tShare (%)",
  "(100 mn yuan)",
  "Mongolia\t321.4\t12.6\t6.2",
  "Nepal\t98.7\t-4.4\t1.9",
].join("\n");

describe("a yearbook table whose units line holds the one unit its headings lack", () => {
  it("joins the unit to the heading that names none (not to the last one)", () => {
    expect(pipeSpacedTables(YEARBOOK).split("\n").slice(3, 6)).toEqual(
      ["", "| Partner | Value (100 mn yuan) | Growth (%) | Share (%) |", "| Mongolia | 321.4 | 12.6 | 6.2 |"]);
    // (two units under a header with two headings that lack one go under those, in order)
    expect(pipeSpacedTables("Item\tValue\tGrowth (%)\tQuantity\n(100 mn yuan)\t(10,000 t)\nCoal\t12.5\t3.1\t40.2")
      .split("\n")[1]).toBe("| Item | Value (100 mn yuan) | Growth (%) | Quantity (10,000 t) |");
  });

  it("reads a heading of the first group of rows right under the header as such, and keeps the header (cleaned)", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "tradewise-spaced-"));
    try {
      await writeFile(path.join(dir, "yearbook.pdf"), makePdf([[
        "Qinghai Statistical Yearbook 2032", "In 2031 the trade of Qinghai province grew 3.1%.",
        "Table 7-2 Main commodities, 2031", ["Commodity", "Value", "Growth (%)"], "(100 mn yuan)", "Exports",
        ["Wool", "15.2", "3.3"], ["Carpets", "8.6", "-1.2"], "Imports", ["Barley", "4.4", "7.7"],
      ]], { title: "Qinghai Statistical Yearbook 2032", created: "D:20320601000000Z" }));
      const corpus = await loadCorpus(dir);
      const text = corpus.documents[0]!.text;
      expect(text).toContain("| Commodity | Value (100 mn yuan) | Growth (%) |\n| Exports | | |\n| Wool | 15.2 | 3.3 |");
      const facts = factsOf(text, { title: "Qinghai Statistical Yearbook 2032", published: "2032-06-01" });
      const read = (v: number) => { const f = one(facts, v); return [f.entity, f.metric, f.measure, f.unit, f.subject]; };
      expect(read(1.52)).toEqual(["qinghai", "exports", "amount", "billion yuan", "wool"]);
      expect(read(-1.2)).toEqual(["qinghai", "exports", "growth", "%", "carpets"]);
      expect(read(0.44)).toEqual(["qinghai", "imports", "amount", "billion yuan", "barley"]);
    } finally { await rm(dir, { recursive: true, force: true }); }
  });

  it("reads each row's value, growth and share as such, of the province's trade with the partner", () => {
    const facts = factsOf(pipeSpacedTables(YEARBOOK), { title: "Qinghai Statistical Yearbook 2032", published: "2032-06-01" });
    const read = (v: number) => { const f = one(facts, v); return [f.entity, f.partner, f.measure, f.unit]; };
    expect(read(32.14)).toEqual(["qinghai", "partner:mn", "amount", "billion yuan"]);
    expect(read(-4.4)).toEqual(["qinghai", "partner:np", "growth", "%"]);
    expect(read(6.2)).toEqual(["qinghai", "partner:mn", "share", "%"]);
  });
});

// a statistical bulletin's table: a rule under the header, headings over groups of rows, the unit in a numbered caption
const BULLETIN = [
  "In 2021 Gansu's trade grew. Exports of apples rose 3 percent.",
  "2. Main figures (unit: US$100 million; growth compared with January-December 2020)",
  "",
  "Item                          Jan-Dec 2021     YoY (%)",
  "------------------------------------------------------",
  "Total imports and exports           512.6        21.4",
  "  Exports                           203.1        18.2",
  "By type of enterprise",
  "  Private enterprises               301.9        25.5",
  "Major commodities",
  "  Copper ore imports                 88.7        40.3",
  "By city",
  "  Lanzhou                           250.4        19.9",
  "------------------------------------------------------",
].join("\n");

describe("a bulletin's table with a rule under its header and headings over groups of rows", () => {
  it("pipes the header over the rule and keeps each heading as a row with no figures", () => {
    const lines = pipeSpacedTables(BULLETIN).split("\n");
    expect(lines[3]).toBe("| Item | Jan-Dec 2021 | YoY (%) |");
    expect(lines.slice(7, 10)).toEqual(["| By type of enterprise |  |  |", "| Private enterprises | 301.9 | 25.5 |", "| Major commodities |  |  |"]);
  });

  it("reads every group under the header, in the caption's unit and the header's period", () => {
    const facts = factsOf(pipeSpacedTables(BULLETIN), { published: "2022-01-20" });
    const read = (v: number) => { const f = one(facts, v); return [f.entity, f.metric, f.measure, f.unit, f.subject, f.period?.y2]; };
    expect(read(51.26)).toEqual(["gansu", "trade", "amount", "billion US dollars", undefined, 2021]);
    // (a row naming no flow, in a table whose rows name theirs, is of trade: not of the exports the text spoke of)
    expect(read(30.19)).toEqual(["gansu", "trade", "amount", "billion US dollars", "private enterprises", 2021]);
    expect(read(8.87)).toEqual(["gansu", "imports", "amount", "billion US dollars", "copper ore", 2021]);
    expect(read(19.9)).toEqual(["city:lanzhou", "trade", "growth", "%", undefined, 2021]);
  });
});

describe("a PDF whose table columns are drawn apart", () => {
  it("reads the table's rows as figures of the partners, not as one run of numbers", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "tradewise-spaced-"));
    try {
      await writeFile(path.join(dir, "bulletin.pdf"), makePdf([[
        "Xinjiang foreign trade, first half of 2024",
        "In the first half of 2024, Xinjiang's foreign trade reached 204.1 billion yuan.",
        "Unit: 100 million yuan",
        ["Partner", "Total", "Exports"],
        ["Kazakhstan", "210.5", "150.2"],
        ["Uzbekistan", "95.0", "60.7"],
      ]], { title: "Xinjiang bulletin", created: "D:20240720000000Z" }));
      const corpus = await loadCorpus(dir);
      const text = corpus.documents[0]!.text;
      expect(text).toContain("| Kazakhstan | 210.5 | 150.2 |");
      const facts = factsOf(text, { published: "2024-07-20" });
      expect([one(facts, 21.05).partner, one(facts, 15.02).entity]).toEqual(["partner:kz", "xinjiang"]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe("a PDF table whose header cells run into one another", () => {
  it("keeps a header cell wider than its column, and one a narrow gap away, as cells of their own", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "tradewise-spaced-"));
    try {
      // (the second heading runs past its column into the third; the third ends just short of the fourth)
      await writeFile(path.join(dir, "release.pdf"), makePdf([[
        "Ningxia foreign trade, 2023",
        "1. Trade by market (unit: 100 million yuan)",
        ["Market", "Exports and imports", "Growth rates (%)", "Share in all (%)"],
        ["Japan", "41.2", "6.3", "20.1"],
        ["Chile", "12.8", "-2.0", "6.2"],
      ]], { title: "Ningxia release", created: "D:20240120000000Z" }));
      const text = (await loadCorpus(dir)).documents[0]!.text;
      expect(text).toContain("| Market | Exports and imports | Growth rates (%) | Share in all (%) |");
      const facts = factsOf(text, { published: "2024-01-20" });
      expect([one(facts, 4.12).partner, one(facts, 6.3).measure, one(facts, 6.2).measure]).toEqual(["partner:japan", "growth", "share"]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe("a PDF bulletin with sections and a table under a caption", () => {
  let ask: Awaited<ReturnType<typeof answersOver>>["ask"];
  let close: () => Promise<void>;
  beforeAll(async () => {
    const pdf = makePdf([
      ["Taiyuan Customs Statistical Release", "January-September 2021",
        "In the first three quarters, Shanxi Province's imports and exports totaled 171.3 billion yuan, up 31.2 percent.",
        "Exports were 98.8 billion yuan; imports were 72.5 billion yuan.",
        "Table 1 Trade by enterprise type, January-September 2021 (100 million yuan)",
        ["Enterprise type", "Value", "Growth (%)"], ["Private enterprises", "811.4", "38.1"], ["Foreign-invested", "540.9", "22.5"],
        ["State-owned", "260.7", "27.9"]],
      ["January-October 2021", "In the first ten months, Shanxi's foreign trade reached 192.4 billion yuan, up 30.0 percent."],
    ], { title: "Shanxi customs release", created: "D:20211120000000Z" });
    ({ ask, close } = await answersOver({ "release.pdf": pdf }));
  });
  afterAll(() => close());

  it("reads each section in its own period", async () => {
    expect((await ask("What was Shanxi's trade in January-October 2021?")).figures[0]).toMatchObject({ value: 192.4 });
    expect((await ask("What was Shanxi's trade in the first three quarters of 2021?")).figures[0]).toMatchObject({ value: 171.3 });
  });

  it("reads the table's rows as the total trade of each enterprise type, in the caption's unit", async () => {
    const a = await ask("Which enterprise type grew fastest in Shanxi in the first three quarters of 2021?");
    // (the one asked for named with the value it grew to: test/answer-list-list35)
    expect(a.answer).toMatch(new RegExp(String.raw`foreign trade, growth.*1\. private enterprises 38\.1% \(to 81\.14 billion `
      + String.raw`yuan\); 2\. state-owned enterprises 27\.9%; 3\. foreign-invested enterprises 22\.5%`));
    expect((await ask("How much did Shanxi's private enterprises trade in Q1-Q3 2021?")).figures[0]).toMatchObject({ value: 81.14 });
  });
});

// A Markdown article that fences a fixed-width table to keep its columns, under a two-line header whose second line
// gives each column's unit. Made-up port and figures.
const FENCED = [
  "Copper ore imports through the Westbay port area of Nantong in Jiangsu province rose in the first half of 2031. The monthly figures:",
  "",
  "```",
  "Month        Copper ore imports     Value",
  "             (10,000 tonnes)        (100 million yuan)",
  "January           231.4                  18.2",
  "February          207.9                  16.6",
  "```",
  "",
  "```js",
  "const  x  =  1;",
  "```",
].join("\n");

describe("a fixed-width table inside a Markdown code fence", () => {
  it("is kept as table rows, its units line joined to the headings above it; code in a fence is still dropped", () => {
    const body = parseMarkdown(FENCED).body;
    expect(body).toContain([
      "| Month | Copper ore imports (10,000 tonnes) | Value (100 million yuan) |",
      "| January | 231.4 | 18.2 |",
      "| February | 207.9 | 16.6 |",
    ].join("\n"));
    expect(body).not.toContain("const");
  });

  it("gives each month's row its tonnage and value in the header's units", () => {
    const facts = factsOf(parseMarkdown(FENCED).body, { published: "2031-07-20" });
    expect(one(facts, 2314)).toMatchObject({ metric: "imports", unit: "thousand tonnes", period: { m1: 1, m2: 1 } });
    expect(one(facts, 1.66)).toMatchObject({ metric: "imports", unit: "billion yuan", period: { m1: 2, m2: 2 } });
  });

  it("gives rows that name no goods the goods their column's header names with its flow, and the value column's too", () => {
    const facts = factsOf(parseMarkdown(FENCED).body, { published: "2031-07-20" });
    expect(one(facts, 2314)).toMatchObject({ subject: "copper ore" });
    expect(one(facts, 1.66)).toMatchObject({ subject: "copper ore" });
    // (a header naming a flow with no goods, "Exports", gives none to its column or the ones right of it)
    const plain = factsOf("Nantong's trade in 2031 by month:\n| Month | Exports (billion yuan) | Value (billion yuan) |\n"
      + "| March | 3.3 | 4.4 |", { published: "2032-01-20" });
    expect(one(plain, 3.3).subject).toBeUndefined();
    expect(one(plain, 4.4).subject).toBeUndefined();
  });

  it("answers a month's tonnage and value from it, the place asked as its port area ('nantong (jiangsu) port area')", async () => {
    const { ask, close } = await answersOver({ "westbay.md": `---\ntitle: "Copper ore through Nantong's ports"\npublished: "2031-07-20"\n---\n`
      + `${FENCED.replace("through the Westbay port area of", "into")}\n` });
    try {
      const a = await ask("nantong (jiangsu) port area copper ore imports in february 2031 - how much volume and value");
      expect(a.abstained).toBe(false);
      expect(a.figures.map((f) => f.value)).toEqual(expect.arrayContaining([2079, 1.66]));
    } finally { await close(); }
  });
});

describe("a table whose units line has a label cell of its own ('(unit)' over bare units)", () => {
  const PORTS = ["Port\tCargo 2030\tCargo 2031\tBoxes 2030\tBoxes 2031", "(unit)\t10,000 t\t10,000 t\t10,000 TEU\t10,000 TEU",
    "Eastharbour\t4,210\t4,655\t61.2\t70.4", "Westharbour\t1,020\t998\t8.3\t9.1"].join("\n");

  it("joins each unit to the heading above it, so the headings (and their years) are not lost", () => {
    expect(pipeSpacedTables(PORTS).split("\n").slice(1, 3)).toEqual([
      "| Port | Cargo 2030 (10,000 t) | Cargo 2031 (10,000 t) | Boxes 2030 (10,000 TEU) | Boxes 2031 (10,000 TEU) |",
      "| Eastharbour | 4,210 | 4,655 | 61.2 | 70.4 |"]);
  });

  it("reads each year's column in its own year, in the units line's unit", () => {
    const facts = factsOf(pipeSpacedTables(PORTS), { published: "2032-03-01" });
    expect([one(facts, 704).period, one(facts, 612).period]).toMatchObject([{ y1: 2031 }, { y1: 2030 }]);
  });
});
