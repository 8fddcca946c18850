import { createHash } from "node:crypto";
import { existsSync, statSync } from "node:fs";
import { mkdir, readdir, readFile } from "node:fs/promises";
import path from "node:path";
import pino from "pino";
import { z } from "zod";
import { Collections } from "../bot/collections/collections.js";
import { DEFAULT_CORPUS, PROJECT_ROOT } from "../bot/config.js";
import { EngineHolder } from "../bot/engineHolder.js";
import { SqliteStore } from "../bot/state/sqlite.js";
import { corpusFingerprint, loadCorpus } from "../corpus/load.js";
import type { CorpusDocument } from "../corpus/types.js";
import { EXTRACTOR_VERSION } from "../facts/version.js";
import { FORMAT_VERSION } from "../index/manifest.js";
import { readIndex } from "../index/store.js";
import { answer } from "../retrieval/answer.js";
import { buildAndWrite, type FactEngine, type LoadedEngine } from "../retrieval/engine.js";
import type { Fact } from "../text/terms.js";
import { PASSAGE_QUESTIONS } from "./answers.js";
import { diskMB, expectedFigure, heapMB, rssMB, SERVER_QUESTION, serverId, uploadText } from "./servers.js";
import { StandInEmbedder } from "./standInEmbedder.js";
import { summarize, type Summary } from "./stats.js";
import { writeSyntheticCorpus } from "./synthetic.js";

/**
 * One phase of the scale rows (bench/overlayScale.ts), in a process of its own so that resident memory
 * is the bot's and nothing else's: `setup` builds (or finds in the cache) the base and gives every
 * server one upload through the bot's own /add path; `measure`, in a fresh process, asks every server
 * once and measures memory, disk and latency. Prints one JSON line.
 *
 *   node --expose-gc --import tsx bench/overlayScaleProcess.ts '{"phase":"setup", …}'
 */

export const phaseOptions = z.object({
  phase: z.enum(["setup", "measure"]),
  /** This run's folder: the synthetic corpus and the servers' data. */
  work: z.string(),
  /** Where built bases are kept between runs, each under the hash of what it was built from. */
  cacheDir: z.string(),
  passages: z.number().int().positive(),
  servers: z.number().int().positive(),
  /** SERVER_CACHE_MB; absent: the bot's default. */
  cacheMb: z.number().positive().optional(),
  /** Repetitions of the question set for the latency rows. */
  reps: z.number().int().positive(),
  /** Evicted servers asked again. */
  evicted: z.number().int().positive(),
  /** measure: ask the base the servers' questions instead (no overlay): the same traffic served by the base alone. */
  control: z.boolean().optional(),
});
export type PhaseOptions = z.infer<typeof phaseOptions>;

export interface SetupResult {
  indexDir: string; cached: boolean; buildS: number; seedDocuments: number;
  documents: number; passages: number; facts: number; addMs: Summary;
}

/** A control process's memory once it answered the same questions from the base alone. */
export interface ControlResult { rssMB: number; heapMB: number }

export interface MeasureResult {
  rss: { baseMB: number; serversMB: number; inMemory: number };
  /** The JavaScript heap in use at the same two moments: what the process holds, beside what it took from the system. */
  heap: { baseMB: number; serversMB: number };
  disk: { baseMB: number; overlaysMB: number; uploadsMB: number; stateMB: number };
  firstAnswerMs: Summary;
  evictedFirstAnswerMs: Summary;
  latency: { questions: number; base: Summary; overlay: Summary };
}

const EVAL = path.join(PROJECT_ROOT, "test", "fixtures", "eval");
const LIMITS = { maxFileBytes: 2 ** 20, maxDocuments: 10, maxTotalBytes: 2 ** 24 };
const log = pino({ level: "warn" });
const progress = (s: string) => process.stderr.write(`    ${s}\n`);

/** The bundled corpus and the public evaluation sets' articles: the sentences the synthetic base is made of. */
async function seedDocuments(): Promise<CorpusDocument[]> {
  const sets = (await readdir(EVAL, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name).sort();
  const corpora = [DEFAULT_CORPUS, ...sets.map((s) => path.join(EVAL, s, "corpus")).filter((d) => existsSync(d))];
  return (await Promise.all(corpora.map((d) => loadCorpus(d)))).flatMap((c) => c.documents);
}

/** The base index for this corpus, from the cache when one was built from the same content and code. */
async function baseIndex(opts: PhaseOptions, embedder: StandInEmbedder) {
  const seeds = await seedDocuments();
  const corpusDir = path.join(opts.work, "base-corpus");
  await writeSyntheticCorpus(seeds, corpusDir, opts.passages);
  const corpus = await loadCorpus(corpusDir);
  const key = createHash("sha256")
    .update([corpusFingerprint(corpus.documents), embedder.id, EXTRACTOR_VERSION, FORMAT_VERSION].join("\n"))
    .digest("hex").slice(0, 16);
  const indexDir = path.join(opts.cacheDir, `base-${key}`);
  const t0 = performance.now();
  const cached = await readIndex<Fact>(indexDir, embedder.id).catch(() => undefined);
  const data = cached ?? (await buildAndWrite(corpus, embedder, indexDir)).data;
  return { indexDir, data, cached: Boolean(cached), buildS: (performance.now() - t0) / 1000, seeds: seeds.length };
}

function collectionsOver(engine: LoadedEngine, indexDir: string, opts: PhaseOptions) {
  const dataDir = path.join(opts.work, "data");
  const store = SqliteStore.open(path.join(dataDir, "tradewise.db"));
  const limits = { ...LIMITS, ...(opts.cacheMb && { cacheBytes: opts.cacheMb * 2 ** 20 }) };
  return { dataDir, store, collections: new Collections(new EngineHolder(engine, { indexDir }), store, dataDir, limits, log) };
}

async function setup(opts: PhaseOptions, embedder: StandInEmbedder): Promise<SetupResult> {
  const base = await baseIndex(opts, embedder);
  progress(`base ${base.cached ? "found in the cache" : "built"}: ${base.data.passages.length} passages (${base.indexDir})`);
  await mkdir(path.join(opts.work, "data"), { recursive: true });
  const { store, collections } = collectionsOver({ index: base.data, embedder }, base.indexDir, opts);
  const addMs: number[] = [];
  for (let i = 0; i < opts.servers; i++) {
    const t0 = performance.now();
    const file = { name: `ningxia-${i}.md`, bytes: Buffer.from(uploadText(i)), uploaderId: "7", uploaderName: "bench" };
    await collections.add(serverId(i), file);
    addMs.push(performance.now() - t0);
    if ((i + 1) % 25 === 0) progress(`${i + 1} of ${opts.servers} servers have their upload`);
  }
  store.close();
  const { documents, passages, facts } = base.data.manifest.counts;
  return {
    indexDir: base.indexDir, cached: base.cached, buildS: base.buildS, seedDocuments: base.seeds,
    documents, passages, facts, addMs: summarize(addMs),
  };
}

/** Asks server i its question from `engine` and checks the answer came from its own upload. */
async function askServer(i: number, engine: FactEngine): Promise<void> {
  const a = await answer(SERVER_QUESTION, engine);
  if (a.figures[0]?.value !== expectedFigure(i)) throw new Error(`server ${i} answered ${JSON.stringify(a.figures)}`);
}

async function timed(job: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await job();
  return performance.now() - t0;
}

/** The base loaded and answering: what every process pays (its look-ups, the query model). */
async function loadedBase(embedder: StandInEmbedder, indexDir: string) {
  const base: LoadedEngine = { index: await readIndex<Fact>(indexDir, embedder.id), embedder };
  const qa = JSON.parse(await readFile(path.join(EVAL, "seed-qa.json"), "utf8")) as Array<{ question: string }>;
  const questions = [...qa.map((q) => q.question), ...PASSAGE_QUESTIONS];
  for (const q of questions) await answer(q, base);
  return { base, questions };
}

async function control(opts: PhaseOptions, embedder: StandInEmbedder, indexDir: string): Promise<ControlResult> {
  const { base } = await loadedBase(embedder, indexDir);
  for (let i = 0; i < opts.servers; i++) await answer(SERVER_QUESTION, base);
  return { rssMB: rssMB(), heapMB: heapMB() };
}

async function measure(opts: PhaseOptions, embedder: StandInEmbedder, indexDir: string): Promise<MeasureResult> {
  const { base, questions } = await loadedBase(embedder, indexDir);
  const { dataDir, store, collections } = collectionsOver(base, indexDir, opts);
  const baseMB = rssMB();
  const baseHeapMB = heapMB();

  const servers = Array.from({ length: opts.servers }, (_, i) => i);
  const firstAnswerMs: number[] = [];
  for (const i of servers) firstAnswerMs.push(await timed(async () => askServer(i, await collections.engineFor(serverId(i)))));
  const serversMB = rssMB();
  const serversHeapMB = heapMB();
  const inMemory = collections.inMemory.length;
  progress(`all ${opts.servers} servers asked: ${baseMB.toFixed(0)} → ${serversMB.toFixed(0)} MB resident, heap `
    + `${baseHeapMB.toFixed(0)} → ${serversHeapMB.toFixed(0)} MB, ${inMemory} overlays in memory`);

  // answer latency: the same questions from the base alone and from servers' views, interleaved so both see the same load
  const views = await Promise.all(collections.inMemory.slice(-5).map((g) => collections.engineFor(g)));
  const baseMs: number[] = [];
  const overlayMs: number[] = [];
  for (let r = 0; r < opts.reps; r++) {
    for (const [n, q] of questions.entries()) {
      baseMs.push(await timed(() => answer(q, base)));
      overlayMs.push(await timed(() => answer(q, views[(r + n) % views.length]!)));
    }
  }

  // servers whose overlay left memory, asked again: each loads it from disk and answers
  const evictedMs: number[] = [];
  for (const i of servers) {
    if (evictedMs.length >= opts.evicted) break;
    if (collections.inMemory.includes(serverId(i))) continue;
    evictedMs.push(await timed(async () => askServer(i, await collections.engineFor(serverId(i)))));
  }
  if (!evictedMs.length) throw new Error(`no overlay left memory: ${inMemory} of ${opts.servers} fit the budget`);
  store.close();
  const serverRoot = path.join(dataDir, "servers");
  const folders = (await readdir(serverRoot)).map((g) => path.join(serverRoot, g));
  const state = path.join(dataDir, "tradewise.db");
  const sum = async (sub: string) => (await Promise.all(folders.map((f) => diskMB(path.join(f, sub))))).reduce((a, b) => a + b, 0);
  return {
    rss: { baseMB, serversMB, inMemory },
    heap: { baseMB: baseHeapMB, serversMB: serversHeapMB },
    disk: {
      baseMB: await diskMB(indexDir), overlaysMB: await sum("overlay"), uploadsMB: await sum("docs"),
      stateMB: [state, `${state}-wal`].reduce((mb, f) => mb + (existsSync(f) ? statSync(f).size / 2 ** 20 : 0), 0),
    },
    firstAnswerMs: summarize(firstAnswerMs), evictedFirstAnswerMs: summarize(evictedMs),
    latency: { questions: questions.length, base: summarize(baseMs), overlay: summarize(overlayMs) },
  };
}

async function main(): Promise<void> {
  const opts = phaseOptions.extend({ indexDir: z.string().optional() }).parse(JSON.parse(process.argv[2] ?? "{}"));
  const embedder = new StandInEmbedder();
  embedder.warmUp();
  try {
    const result = opts.phase === "setup" ? await setup(opts, embedder)
      : opts.control ? await control(opts, embedder, opts.indexDir!) : await measure(opts, embedder, opts.indexDir!);
    process.stdout.write(`${JSON.stringify(result)}\n`);
  } finally {
    await embedder.close();
  }
  process.exit(0); // an upload's embedding workers would keep the process alive
}

main().catch((err: unknown) => {
  process.stderr.write(`${(err as Error).stack ?? String(err)}\n`);
  process.exit(1);
});
