import "dotenv/config";
import { existsSync } from "node:fs";
import { cp, mkdir, readFile, rm } from "node:fs/promises";
import path from "node:path";
import { Command } from "commander";
import { UserError } from "../../index/errors.js";
import { answer } from "../../retrieval/answer.js";
import { failureReport, qaSchema, scoreAnswer, summaryLine, type QaItem, type Score } from "../../retrieval/eval/score.js";
import { DEFAULT_CORPUS, loadConfig, PROJECT_ROOT } from "../config.js";
import { createLogger } from "../logger.js";
import { TODO_KIND } from "../state/exportFeedback.js";
import { openEngineWithProgress } from "./engineFromConfig.js";
import { runCli } from "./run.js";

// the shared sets when this checkout sits beside them (the source of truth), else the copy in the repository
const SHARED_EVAL = path.join(PROJECT_ROOT, "..", "shared", "eval");
const EVAL_DIR = existsSync(path.join(SHARED_EVAL, "seed-qa.json")) ? SHARED_EVAL : path.join(PROJECT_ROOT, "test", "fixtures", "eval");
/** The public question sets and the corpus each is asked of. */
const SETS: Record<string, { qa: string; corpus: string }> = {
  seed: { qa: path.join(EVAL_DIR, "seed-qa.json"), corpus: DEFAULT_CORPUS },
  "seed-explain": { qa: path.join(EVAL_DIR, "seed-explain.json"), corpus: DEFAULT_CORPUS },
  ...Object.fromEntries(["dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7"].map((name) => [name, {
    qa: path.join(EVAL_DIR, name, "qa.json"), corpus: path.join(EVAL_DIR, name, "corpus"),
  }])),
};

/** Every public set's documents in one folder (one subfolder each), asked every public question: no set's
 * answers may lean on its documents being the only ones. */
const COMBINED = "combined";

async function combinedCorpus(dataDir: string): Promise<string> {
  const dir = path.join(dataDir, "eval-combined");
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const corpora = new Map(Object.entries(SETS).map(([name, set]) => [set.corpus, name]));
  for (const [corpus, name] of corpora) await cp(corpus, path.join(dir, name), { recursive: true });
  return dir;
}

const program = new Command("eval")
  .description("Score answers against question sets: figures, cited documents, explanations, abstentions; failures grouped by kind.")
  .option("--set <name>", `a public set: ${Object.keys(SETS).join(", ")}, all (each on its own) or ${COMBINED} (all in one folder)`, "all")
  .option("--qa <file>", "a question set of your own (JSON: [{id, question, kind, expect}]); use with --corpus or --index")
  .option("--corpus <dir>", "documents folder")
  .option("--index <dir>", "index folder")
  .option("--verbose", "print each question's result and answer")
  .showHelpAfterError();

async function readSet(file: string): Promise<QaItem[]> {
  let raw: unknown;
  try { raw = JSON.parse(await readFile(file, "utf8")); } catch (err) {
    throw new UserError("BAD_INPUT", `cannot read question set ${file}: ${(err as Error).message}`, { cause: err });
  }
  const parsed = qaSchema.safeParse(Array.isArray(raw) ? raw : (raw as { questions?: unknown }).questions);
  if (!parsed.success) throw new UserError("BAD_INPUT", `question set ${file} is malformed: ${parsed.error.issues[0]?.message}`);
  const unfilled = parsed.data.filter((q) => q.kind === TODO_KIND);
  if (unfilled.length) throw new UserError("BAD_INPUT", `${unfilled.length} question(s) in ${file} still need a kind and expectations (exported feedback, kind "${TODO_KIND}"): ${unfilled.slice(0, 3).map((q) => q.id).join(", ")}`);
  return parsed.data;
}

async function main(): Promise<void> {
  program.parse();
  const opts = program.opts<{ set: string; qa?: string; corpus?: string; index?: string; verbose?: boolean }>();
  const config = loadConfig();
  const runs: Array<{ name: string; qa: string[]; corpus: string | undefined; index: string | undefined }> = opts.qa
    ? [{ name: path.basename(opts.qa), qa: [opts.qa], corpus: opts.corpus, index: opts.index }]
    : opts.set === COMBINED
      ? [{ name: COMBINED, qa: Object.values(SETS).map((s) => s.qa), corpus: await combinedCorpus(config.DATA_DIR), index: undefined }]
      : (opts.set === "all" ? Object.keys(SETS) : [opts.set]).map((name) => {
        const set = SETS[name];
        if (!set) throw new UserError("BAD_INPUT", `unknown question set "${name}": use ${Object.keys(SETS).join(", ")}, all or ${COMBINED}, or --qa <file>`);
        return { name, qa: [set.qa], corpus: set.corpus, index: undefined };
      });
  const log = createLogger(config.LOG_LEVEL === "info" ? "warn" : config.LOG_LEVEL);
  const summaries: string[] = [];
  for (const run of runs) {
    const items = (await Promise.all(run.qa.map(readSet))).flat();
    const engine = await openEngineWithProgress(config, { corpus: run.corpus, index: run.index }, log);
    const scores: Score[] = [];
    try {
      for (const item of items) {
        const a = await answer(item.question, engine, { k: config.TOP_K });
        const s = scoreAnswer(item, a);
        scores.push(s);
        if (opts.verbose) {
          process.stdout.write(`${s.correct ? "✓" : "✗"} ${s.id} [${s.kind}] ${item.question}\n`);
          process.stdout.write(`    → ${a.partial ? "[partial] " : a.abstained ? "[abstained] " : ""}${a.answer}\n`);
          if (!s.correct) process.stdout.write(`    missing: ${s.missing.join(", ")}\n`);
        }
      }
    } finally {
      await engine.embedder.close();
    }
    const report = failureReport(scores, new Map(items.map((i) => [i.id, i.question])));
    process.stdout.write(`\n# ${run.name}\n\n${report || "no failures"}\n\n${summaryLine(scores)}\n`);
    summaries.push(`${run.name}: ${summaryLine(scores)}`);
  }
  if (summaries.length > 1) process.stdout.write(`\n${summaries.join("\n")}\n`);
}

runCli(main);
