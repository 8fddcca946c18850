import "dotenv/config";
import { readFileSync } from "node:fs";
import { Command, InvalidArgumentError } from "commander";
import { coverGaps, readQuestion, retrieve } from "../../retrieval/answer.js";
import { explain as explainQuestion, explainKind } from "../../retrieval/explain.js";
import { findEvidence } from "../../retrieval/evidence.js";
import { CAUSE_CUES } from "../../retrieval/explain/cues.js";
import { figureIndex, type FigureIndex } from "../../retrieval/figures/base.js";
import { lookupPlan, readPlan, type Plan } from "../../retrieval/plans/read.js";
import { describeQuantity, runPlan } from "../../retrieval/plans/run.js";
import { askedOf, whereDropped } from "../../retrieval/figures/trace.js";
import { splitSentences } from "../../corpus/sentences.js";
import type { CorpusDocument } from "../../corpus/types.js";
import type { FactEngine } from "../../retrieval/engine.js";
import type { Fact } from "../../text/terms.js";
import { loadConfig } from "../config.js";
import { createLogger } from "../logger.js";
import { openEngineWithProgress } from "./engineFromConfig.js";
import { runCli } from "./run.js";

/**
 * A developer's look at why a question found no figure: how the question was read (its frame and plan) beside
 * every stored fact whose value is the one expected, with the fields the plan matches on. An abstention whose
 * value no fact holds is a reading (extraction) gap; one whose fact differs from the plan in a field is a matching gap.
 */
const program = new Command("why")
  .description("Show how a question is read and which stored facts hold an expected value.")
  .argument("[question...]", "the question (quote it)")
  .option("--jobs <file>", "many questions over the one corpus, JSON lines: {\"q\": \"question\", \"vals\": [\"12.3\"]}")
  .requiredOption("--corpus <dir>", "documents folder")
  .option("--value <n>", "an expected value, repeatable (any scale: 12.3 finds 12.3 billion and 1,230 (100 million))", (v, prev: number[] = []) => {
    const n = Number(v.replace(/,/g, ""));
    if (!Number.isFinite(n)) throw new InvalidArgumentError("expected a number");
    return [...prev, n];
  })
  .showHelpAfterError();

/** The same number at another power of ten, within rounding: 12.3 billion is 123 (100 million) and 0.0123 trillion. */
function sameFigure(a: number, b: number): boolean {
  if (a === 0 || b === 0) return a === b;
  const ratio = Math.abs(a / b);
  const decade = Math.round(Math.log10(ratio));
  return Math.abs(ratio / 10 ** decade - 1) <= 0.001;
}

function factLine(f: Fact, text: string): string {
  const fields = [
    `entity=${f.entity}`, f.subject && `subject=${f.subject}`, f.partner && `partner=${f.partner}`, `metric=${f.metric}`,
    `measure=${f.measure}`, `value=${f.value} ${f.unit}`, f.alt && `alt=${f.alt.value} ${f.alt.unit}`,
    f.period && `period=${JSON.stringify(f.period)}`, f.qualifier && `qualifier=${f.qualifier}`, f.shareOf && `shareOf=${f.shareOf}`,
    f.scope && `scope=${f.scope}`, f.derived && `derived=${f.derived.formula}`,
  ].filter(Boolean).join(" ");
  return `  [${f.docId}] ${fields}\n     "${text.slice(f.start, f.end).replace(/\s+/g, " ").slice(0, 240)}"`;
}

async function main(): Promise<void> {
  program.parse();
  const opts = program.opts<{ corpus: string; value?: number[]; jobs?: string }>();
  const jobs: Array<{ q: string; vals: number[] }> = opts.jobs
    ? readFileSync(opts.jobs, "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as { q: string; vals: string[] })
      .map((j) => ({ q: j.q, vals: j.vals.map((v) => Number(String(v).replace(/,/g, ""))) }))
    : [{ q: program.args.join(" "), vals: opts.value ?? [] }];
  const config = loadConfig();
  const engine = await openEngineWithProgress(config, { corpus: opts.corpus }, createLogger("warn", false));
  try {
    const { facts, documents } = engine.index;
    const base = figureIndex(facts, documents);
    for (const { q, vals } of jobs) {
      explain(q, vals, facts, documents, base);
      if (explainKind(q)) await explainTrace(q, engine, base);
    }
  } finally {
    await engine.embedder.close();
  }
}

function explain(question: string, values: number[], facts: Fact[], documents: CorpusDocument[], base: FigureIndex): void {
  const frame = readQuestion(question, base);
  const { text, entities, partners, subjects, metric, measures, periods, intent, terms, asksFigure } = frame;
  process.stdout.write(`question: ${text}\n  intent=${intent} asksFigure=${asksFigure} entities=${entities.join(",")} `
    + `partners=${partners.join(",")} subjects=${subjects.join(",")} metric=${metric ?? "-"} measures=${measures.join(",")}\n`
    + `  periods=${JSON.stringify(periods)} terms=${terms.join(",")}\n`);
  const plan = asksFigure ? readPlan(frame) : undefined;
  if (!plan) process.stdout.write("plan: none\n");
  // (with no plan, the answer falls back to the look-up's parts: shown too)
  const looked = asksFigure && !plan ? lookupPlan(frame) : undefined;
  const show = (first: Plan | undefined, name: string) => {
    for (let p = first; p; p = p.next) {
      process.stdout.write(`${name}: ${p.operation}\n`);
      for (const q of [...p.inputs, ...(p.also ?? [])]) {
        process.stdout.write(`  needs ${describeQuantity(q)} ${JSON.stringify(q)}\n`);
      }
    }
    // (what running it gives, before the answer's check that cited sentences use the question's words)
    const ran = first && runPlan(first, base, text);
    if (ran) {
      process.stdout.write(`  run: ${ran.status}${ran.missing.length ? `; missing ${ran.missing.join("; ")}` : ""}\n`);
      for (const l of ran.lines) process.stdout.write(`    ${l.text.slice(0, 200)}\n`);
    }
  };
  show(plan, "plan");
  show(looked, "look-up plan");
  const asked = askedOf(frame, plan, base);
  const textOf = new Map(documents.map((d) => [d.id, d.text]));
  for (const v of values) {
    const holds = (f: Fact) => (f.value !== null && sameFigure(f.value, v)) || (f.alt && sameFigure(f.alt.value, v));
    // (the figure index's facts, as the answer sees them, and the stored ones it left out: corrected figures)
    const indexed = base.facts.filter(holds);
    const left = facts.filter((f) => holds(f) && !indexed.some((g) => g.docId === f.docId && g.start === f.start
      && g.value === f.value && g.measure === f.measure));
    const holding = [...indexed, ...left];
    process.stdout.write(`facts holding ${v}: ${holding.length}\n`);
    for (const f of holding) {
      process.stdout.write(`${factLine(f, textOf.get(f.docId) ?? "")}\n`);
      // (where the answer drops it, for each thing the question looks facts up as)
      const said = asked.map((a) => whereDropped(f, a, base));
      for (const [i, a] of asked.entries()) process.stdout.write(`     → ${a.label}: ${said[i]}\n`);
      // (a figure found must still be said with the question's words around it: answer.ts's factsCover)
      const gaps = said.some((w) => w.startsWith("matched")) ? coverGaps(frame, [f], base) : [];
      if (gaps.length) process.stdout.write(`     → but its sentence and article lack the question's: ${gaps.join(", ")}\n`);
    }
    const stated = documents.filter((d) => d.text.replace(/,/g, "").includes(String(v)));
    if (!holding.length) process.stdout.write(`  written in: ${stated.map((d) => d.id).join(", ") || "no document as written"}\n`);
  }
}

/**
 * For a question that asks for no figure: the sentences the explanation path kept as evidence (with the question's
 * words each lacks), the sentences it quoted, and every sentence with a cause cue in the candidate articles it did
 * not keep (a reading gap: the place, period or subject test dropped it before scoring).
 */
async function explainTrace(question: string, engine: FactEngine, base: FigureIndex): Promise<void> {
  const frame = readQuestion(question, base);
  const r = await retrieve(question, engine, { k: 8 });
  const evidence = findEvidence(frame, engine.index, r.hits, { purpose: "explain", maxDocs: 5, reasons: true });
  process.stdout.write(`explain: kind=${explainKind(question)} evidence sentences=${evidence.length}\n`);
  // (the first few, then every one with a cause cue)
  for (const [i, s] of evidence.entries()) {
    if (i >= 6 && !CAUSE_CUES.some((c) => c.re.test(s.text))) continue;
    const lacks = s.uncovered.join(",") || "-";
    process.stdout.write(`  [${s.docId} r${s.docRank}] coverage=${s.coverage.toFixed(2)} lacks=${lacks}\n`
      + `     "${s.text.replace(/\s+/g, " ").slice(0, 200)}"\n`);
  }
  const chosen = explainQuestion(question, frame, engine.index, r.hits, { constrained: true });
  process.stdout.write(`quoted: ${chosen.sentences.length} missing: ${chosen.missing.join(" | ") || "-"}\n`);
  for (const s of chosen.sentences) process.stdout.write(`  [${s.docId}] "${s.text.replace(/\s+/g, " ").slice(0, 200)}"\n`);
  // (the articles' sentences as the evidence reader splits them, so a kept one is known by where it starts)
  const kept = new Set(evidence.map((s) => `${s.docId}@${s.start}`));
  const docs = [...new Set(r.hits.map((h) => h.docId))].slice(0, 5);
  for (const doc of engine.index.documents.filter((d) => docs.includes(d.id))) {
    for (const s of splitSentences(doc.text)) {
      if (!CAUSE_CUES.some((c) => c.re.test(s.text)) || kept.has(`${doc.id}@${s.start}`)) continue;
      process.stdout.write(`  dropped cue sentence [${doc.id}]: "${s.text.replace(/\s+/g, " ").slice(0, 200)}"\n`);
    }
  }
}

runCli(main);
