// End-to-end tests with the real, npm-shipped embedding model: one engine, built once, shared.
import { execFile, spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { readdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answer, retrieve } from "../retrieval/answer.js";
import { answerSchema } from "../retrieval/answerSchema.js";
import { openEngine, type FactEngine } from "../retrieval/engine.js";
import { qaSchema, scoreAnswer, summaryLine } from "../retrieval/eval/score.js";
import { ROOT, SEED, tempDir } from "./helpers/paths.js";
import { writeTinyModel } from "./helpers/tinyModel.js";

const run = promisify(execFile);
let engine: FactEngine;
let indexDir: string;

beforeAll(async () => {
  indexDir = path.join(await tempDir(), "index");
  engine = await openEngine({ embedder: { spec: "use-lite" }, indexDir, corpusDir: SEED });
}, 120_000);

afterAll(async () => { await engine?.embedder.close(); });

describe("hybrid retrieval on the seed corpus", () => {
  // Each question is phrased differently from its passage; the phrase is what the best passage must contain.
  const cases: Array<[string, string]> = [
    ["how much did Shanxi's foreign trade grow in the first half of 2021?", "108.4 percent"],
    ["What was Guangdong's trade surplus last month?", "trade surplus of 148.08"],
    ["how much did the three northeastern provinces trade in 2023", "1.23 trillion yuan"],
    ["how big is the Beijing-Tianjin-Hebei region's foreign trade", "5.03 trillion yuan"],
    ["how fast did xinjiang's trade with asean grow", "98.3%"],
    ["growth of exports of electric cars, solar panels and lithium batteries", "27.1%"], // dense carries the paraphrase
    ["which province's exports surged the most in January 2014", "60.4 percent"],
    ["share of comprehensive bonded zones in Henan and Chongqing trade", "55.4% and 61.5%"],
    ["Shanxi total foreign trade during the 13th Five-Year Plan", "658.6 billion yuan"],
    ["how many solar batteries did Lu'an sell abroad", "41.14 million batteries"],
    ["which inland regions grew more than 15 percent in 2013", "above 15 percent"],
    ["what did customs do to speed up home appliance exports from shunde", "seven days to about two days"],
  ];
  it.each(cases)("%s → the passage with “%s” comes first", async (q, phrase) => {
    const { hits } = await retrieve(q, engine);
    expect(hits[0]!.text).toContain(phrase);
  });
});

describe("openEngine", () => {
  it("reuses an unchanged index, re-indexes a changed corpus and refuses another embedder's index", async () => {
    const dir = await tempDir();
    const corpusDir = path.join(dir, "docs");
    const idx = path.join(dir, "index");
    await import("node:fs/promises").then((fs) => fs.mkdir(corpusDir));
    await writeFile(path.join(corpusDir, "a.md"), "---\npublished: 2024-03-01\n---\nHubei's exports grew 12.5 percent in 2023.");
    const first = await openEngine({ embedder: { spec: "use-lite" }, indexDir: idx, corpusDir });
    const gen1 = (await readdir(idx)).filter((e) => e.startsWith("gen-"));
    await first.embedder.close();
    const again = await openEngine({ embedder: { spec: "use-lite" }, indexDir: idx, corpusDir });
    expect((await readdir(idx)).filter((e) => e.startsWith("gen-"))).toEqual(gen1); // reused, not rebuilt
    await again.embedder.close();
    await writeFile(path.join(corpusDir, "a.md"), "---\npublished: 2024-03-01\n---\nHubei's exports grew 14.5 percent in 2023.");
    const changed = await openEngine({ embedder: { spec: "use-lite" }, indexDir: idx, corpusDir });
    expect(changed.index.facts.map((f) => f.value)).toContain(14.5);
    expect((await readdir(idx)).filter((e) => e.startsWith("gen-"))).not.toEqual(gen1);
    await changed.embedder.close();
    const other = await writeTinyModel(dir);
    await expect(openEngine({ embedder: { spec: `hf:${other.dir}` }, indexDir: idx, corpusDir })).rejects.toMatchObject({ code: "INDEX_EMBEDDER", message: expect.stringMatching(/built with use-lite\/512, configured embedder is hf:tiny-bert: re-index/) });
  }, 60_000);
});

describe("answer", () => {
  it("answers with the figure's sentence and a citation to the right document", async () => {
    const a = await answer("how much did Shanxi's foreign trade grow in the first half of 2021?", engine);
    expect(a.abstained).toBe(false);
    expect(a.answer).toMatch(/108\.4/);
    expect(a.answer).toMatch(/\[\d\]/);
    expect(a.citations[0]!.source).toBe("003_8e77ab4d959c0ebb.txt");
    expect(a.citations[0]!.published).toBe("2021-08-25");
    expect(a.citations[0]!.snippet).toContain("**108.4 percent**");
  });

  it("abstains on a question the documents do not touch", async () => {
    const a = await answer("what is the recipe for sourdough bread?", engine);
    expect(a.abstained).toBe(true);
    expect(a.citations).toEqual([]);
    expect(a.figures).toEqual([]);
  });

  it("abstains on a figure question the documents cannot answer, instead of offering a near figure", async () => {
    // the corpus has Guangdong's January 2019 surplus and its January 2014 export growth, not a 2014 surplus;
    // Hubei is named among 2025's fastest growers, with no export amount
    for (const q of ["What was Guangdong's trade surplus in January 2014?", "How much did Hubei export in 2025?"]) {
      const a = await answer(q, engine);
      expect(a.abstained, q).toBe(true);
      expect(a.mode, q).toBe("abstained");
      expect(a.figures, q).toEqual([]);
      expect(a.answer, q).toMatch(/^I found no figure in the indexed documents that answers this/);
    }
  });

  it("rejects an empty question as a user error", async () => {
    await expect(answer(" \u200b ", engine)).rejects.toMatchObject({ code: "QUESTION_EMPTY" });
  });
});

describe("ask --chat (a conversation in the terminal)", () => {
  const chat = (lines: string[], dataDir: string) => new Promise<string>((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", path.join(ROOT, "bot/cli/ask.ts"), "--chat", "--json", "--index", indexDir], { cwd: ROOT, env: { ...process.env, LOG_LEVEL: "silent", DATA_DIR: dataDir } });
    let out = "";
    child.stdout.on("data", (d: Buffer) => { out += d.toString(); });
    child.on("error", reject);
    child.on("close", (code) => (code === 0 ? resolve(out) : reject(new Error(`exit ${code}`))));
    child.stdin.end(lines.map((l) => `${l}\n`).join(""));
  });

  it("carries place and period into follow-ups, says so, and starts over on /new", async () => {
    // (the conversation's state surviving a restart is state.test.ts's, on the same database file)
    const lines = ["What was Guangdong's trade surplus in January 2019?", "and exports?", "and its growth?", "/new", "what about imports?"];
    const out = (await chat(lines, await tempDir())).trim().split("\n").map((l) => answerSchema.parse(JSON.parse(l)));
    expect(out).toHaveLength(4);
    expect(out[0]!.followUp).toBeUndefined();
    expect(out[1]!.followUp).toEqual({ question: "What was Guangdong's exports in January 2019?", carried: [{ kind: "place", text: "Guangdong" }, { kind: "period", text: "January 2019" }] });
    expect(out[1]!.figures.map((f) => f.value)).toEqual([389.14, 15.2]);
    // the next turn continues from the follow-up as read (exports), not from the first question (the surplus).
    // Regression: a conversation that never moved past its first answer read it as the surplus's growth.
    expect(out[2]!.followUp?.question).toBe("How much did Guangdong's exports grow in January 2019?");
    expect(out[2]!.figures.map((f) => f.value)).toEqual([15.2]);
    expect(out[3]!.followUp).toBeUndefined();
  }, 60_000);
});

describe("ask --json --batch (the CLI contract)", () => {
  it("prints one valid JSON object per question, loading the index once", async () => {
    const file = path.join(await tempDir(), "questions.txt");
    await writeFile(file, ["how much did shanxi's foreign trade grow in the first half of 2021?", "", "# a comment", "what was guangdong's trade surplus in january 2019?", "what is the recipe for sourdough bread?"].join("\n"));
    const { stdout } = await run(process.execPath, ["--import", "tsx", path.join(ROOT, "bot/cli/ask.ts"), "--json", "--batch", file, "--index", indexDir], { cwd: ROOT, env: { ...process.env, LOG_LEVEL: "silent" } });
    const lines = stdout.trim().split("\n");
    expect(lines).toHaveLength(3);
    const answers = lines.map((l) => answerSchema.parse(JSON.parse(l)));
    expect(answers.map((a) => a.abstained)).toEqual([false, false, true]);
    for (const a of answers) for (const f of a.figures) for (const n of f.citations) expect(a.citations.some((c) => c.n === n)).toBe(true);
    expect(answers[0]!.citations.map((c) => c.source)).toContain("003_8e77ab4d959c0ebb.txt");
  }, 60_000);

  it("reads a question without its chat mention tokens", async () => {
    // regression: "@everyone <@&…>" were read as words, and the surplus question abstained
    const q = "@everyone <@&123456789012345678> <#1300000000000000001> what was guangdong's trade surplus in january 2019?";
    const { stdout } = await run(process.execPath, ["--import", "tsx", path.join(ROOT, "bot/cli/ask.ts"), "--json", "--index", indexDir, q], { cwd: ROOT, env: { ...process.env, LOG_LEVEL: "silent" } });
    const a = answerSchema.parse(JSON.parse(stdout.trim()));
    expect(a.abstained).toBe(false);
    expect(a.figures).toContainEqual(expect.objectContaining({ value: 148.08, computed: true, formula: "389.14 − 241.06 = 148.08 billion yuan" }));
  }, 60_000);

  it("fails with one clear line and a non-zero exit for a missing index", async () => {
    const err = await run(process.execPath, ["--import", "tsx", path.join(ROOT, "bot/cli/ask.ts"), "--index", "/nonexistent/index", "question"], { cwd: ROOT }).catch((e: { code: number; stderr: string }) => e);
    expect((err as { code: number }).code).toBe(2);
    expect((err as { stderr: string }).stderr.trim()).toMatch(/^error: no index in \/nonexistent\/index: build one with `npm run index/);
  }, 30_000);
});

describe("answer quality on the seed set (the other sets: quality.test.ts)", () => {
  // the public sets, as copied into the repository from ../shared/eval (so a clean checkout has them)
  const seedQa = path.join(ROOT, "test", "fixtures", "eval", "seed-qa.json");
  it("gets at least 90% of the seed question set right", async () => {
    // a quality gate that cannot find its data fails instead of passing silently
    expect(existsSync(seedQa), `the seed question set is missing: ${seedQa}`).toBe(true);
    const items = qaSchema.parse(JSON.parse(readFileSync(seedQa, "utf8")));
    const scores = [];
    for (const item of items) scores.push(scoreAnswer(item, await answer(item.question, engine)));
    const correct = scores.filter((s) => s.correct).length / scores.length;
    expect(correct, `${summaryLine(scores)}\n${scores.filter((s) => !s.correct).map((s) => `${s.id}: ${s.missing.join(", ")}`).join("\n")}`).toBeGreaterThanOrEqual(0.9);
  });

});
