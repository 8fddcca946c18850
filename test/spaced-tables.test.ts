import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
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
    expect(a.answer).toMatch(/foreign trade, growth.*1\. private enterprises 38\.1%; 2\. state-owned enterprises 27\.9%; 3\. foreign-invested enterprises 22\.5%/);
    expect((await ask("How much did Shanxi's private enterprises trade in Q1-Q3 2021?")).figures[0]).toMatchObject({ value: 81.14 });
  });
});
