import "dotenv/config";
import { readFile } from "node:fs/promises";
import { Command } from "commander";
import { UserError } from "../../index/errors.js";
import { answer } from "../../retrieval/answer.js";
import { qaSchema, scoreAnswer, summaryLine, type Score } from "../../retrieval/eval/score.js";
import { loadConfig } from "../config.js";
import { createLogger } from "../logger.js";
import { openEngineWithProgress } from "./engineFromConfig.js";
import { runCli } from "./run.js";

const program = new Command("eval")
  .description("Score answers against a question set: expected figures, cited documents, abstentions.")
  .requiredOption("--qa <file>", "question set (JSON: [{id, question, kind, expect: {numbers, entities, docs}}])")
  .option("--corpus <dir>", "documents folder")
  .option("--index <dir>", "index folder")
  .option("--verbose", "print each answer")
  .showHelpAfterError();

async function main(): Promise<void> {
  program.parse();
  const opts = program.opts<{ qa: string; corpus?: string; index?: string; verbose?: boolean }>();
  let raw: unknown;
  try { raw = JSON.parse(await readFile(opts.qa, "utf8")); } catch (err) {
    throw new UserError("BAD_INPUT", `cannot read question set ${opts.qa}: ${(err as Error).message}`, { cause: err });
  }
  const parsed = qaSchema.safeParse(Array.isArray(raw) ? raw : (raw as { questions?: unknown }).questions);
  if (!parsed.success) throw new UserError("BAD_INPUT", `question set ${opts.qa} is malformed: ${parsed.error.issues[0]?.message}`);
  const config = loadConfig();
  const log = createLogger(config.LOG_LEVEL === "info" ? "warn" : config.LOG_LEVEL);
  const engine = await openEngineWithProgress(config, { corpus: opts.corpus, index: opts.index }, log);
  const scores: Score[] = [];
  try {
    process.stdout.write(`| id | kind | ok | figures | docs | missing | question |\n|---|---|---|---|---|---|---|\n`);
    for (const item of parsed.data) {
      const a = await answer(item.question, engine, { k: config.TOP_K });
      const s = scoreAnswer(item, a);
      scores.push(s);
      process.stdout.write(`| ${s.id} | ${s.kind} | ${s.correct ? "✓" : "✗"} | ${s.numbersFound}/${s.numbersExpected} | ${s.docsOk ? "✓" : "✗"} | ${s.missing.join(", ")} | ${item.question.slice(0, 70)} |\n`);
      if (opts.verbose) process.stdout.write(`    → ${a.abstained ? "[abstained] " : ""}${a.answer}\n`);
    }
  } finally {
    await engine.embedder.close();
  }
  process.stdout.write(`\n${summaryLine(scores)}\n`);
}

runCli(main);
