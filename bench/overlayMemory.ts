import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { Command } from "commander";
import pino from "pino";
import { DEFAULT_CORPUS, PROJECT_ROOT } from "../bot/config.js";
import { loadCorpus } from "../corpus/load.js";
import { diskMB, expectedFigure, rssMB, SERVER_QUESTION as QUESTION, serverId, uploadText } from "./servers.js";
import { writeSyntheticCorpus } from "./synthetic.js";

/**
 * Resident memory of a bot process whose servers each added one small document: the base alone, then
 * after every server asked once. Run it against any checkout with `--root` (the per-server code there
 * is what is measured), in two steps: `--setup` adds the uploads, then a fresh process measures.
 *
 *   node --expose-gc --import tsx bench/overlayMemory.ts --work /tmp/ov --root /work/main --setup
 *   node --expose-gc --import tsx bench/overlayMemory.ts --work /tmp/ov --root /work/main
 */

const program = new Command("overlay-memory")
  .requiredOption("--work <dir>", "folder for the base corpus, its index and each checkout's data")
  .option("--root <dir>", "the checkout whose per-server collections are measured", PROJECT_ROOT)
  .option("--servers <n>", "servers, each with one upload", "10")
  .option("--passages <n>", "passages in the synthetic base corpus", "3000")
  .option("--setup", "build the base if needed and add one upload per server, then stop")
  .option("--cache-mb <n>", "memory budget for overlays, where the checkout has one");

interface Modules {
  Collections: new (...args: unknown[]) => {
    add(g: string, f: { name: string; bytes: Buffer; uploaderId: string; uploaderName: string }): Promise<unknown>;
    engineFor(g: string | null): Promise<unknown>;
  };
  EngineHolder: new (engine: unknown, config: { corpusDir?: string; indexDir: string }) => { current: unknown };
  SqliteStore: { open(file: string): { close(): void } };
  openEngine: (config: { embedder: { spec: string }; indexDir: string; corpusDir?: string }) => Promise<unknown>;
  answer: (q: string, engine: unknown) => Promise<{ figures: Array<{ value: number }> }>;
}

async function modules(root: string): Promise<Modules> {
  const load = (file: string) => import(pathToFileURL(path.join(root, file)).href) as Promise<Record<string, unknown>>;
  const [collections, holder, sqlite, engine, answer] = await Promise.all([
    load("bot/collections/collections.ts"), load("bot/engineHolder.ts"), load("bot/state/sqlite.ts"),
    load("retrieval/engine.ts"), load("retrieval/answer.ts"),
  ]);
  return {
    Collections: collections.Collections, EngineHolder: holder.EngineHolder, SqliteStore: sqlite.SqliteStore,
    openEngine: engine.openEngine, answer: answer.answer,
  } as Modules;
}

async function main(): Promise<void> {
  const opts = program.parse().opts<{ work: string; root: string; servers: string; passages: string; setup?: boolean; cacheMb?: string }>();
  const m = await modules(path.resolve(opts.root));
  const corpusDir = path.join(opts.work, "base-corpus");
  const indexDir = path.join(opts.work, "base-index");
  if (!existsSync(corpusDir)) {
    await mkdir(corpusDir, { recursive: true });
    await writeSyntheticCorpus((await loadCorpus(DEFAULT_CORPUS)).documents, corpusDir, Number(opts.passages));
  }
  const engine = await m.openEngine({ embedder: { spec: "use-lite" }, indexDir, corpusDir });
  const dataDir = path.join(opts.work, `data-${path.basename(path.resolve(opts.root))}`);
  await mkdir(dataDir, { recursive: true });
  const store = m.SqliteStore.open(path.join(dataDir, "tradewise.db"));
  const limits = {
    maxFileBytes: 2 ** 20, maxDocuments: 10, maxTotalBytes: 2 ** 24,
    ...(opts.cacheMb && { cacheBytes: Number(opts.cacheMb) * 2 ** 20 }),
  };
  const collections = new m.Collections(new m.EngineHolder(engine, { indexDir }), store, dataDir, limits, pino({ level: "warn" }));
  const servers = Array.from({ length: Number(opts.servers) }, (_, i) => serverId(i));
  const out = (s: string) => process.stdout.write(`${s}\n`);
  if (opts.setup) {
    for (const [i, g] of servers.entries()) {
      await collections.add(g, { name: `ningxia-${i}.md`, bytes: Buffer.from(uploadText(i)), uploaderId: "7", uploaderName: "bench" });
    }
    out(`set up ${servers.length} servers in ${dataDir}`);
    store.close();
    process.exit(0); // the embedding workers would keep the process alive
  }
  await m.answer(QUESTION, await collections.engineFor(null)); // the base answering once: what every process pays
  const base = rssMB();
  const firstAnswerMs: number[] = [];
  for (const [i, g] of servers.entries()) {
    const t0 = performance.now();
    const a = await m.answer(QUESTION, await collections.engineFor(g));
    firstAnswerMs.push(performance.now() - t0);
    if (a.figures[0]?.value !== expectedFigure(i)) throw new Error(`server ${i} answered ${JSON.stringify(a.figures)}`);
  }
  const all = rssMB();
  const n = servers.length;
  out(`root ${opts.root}: base alone ${base.toFixed(0)} MB resident; with ${n} servers asked ${all.toFixed(0)} MB`
    + ` (+${((all - base) / n).toFixed(1)} MB per server); servers' folders on disk ${(await diskMB(path.join(dataDir, "servers"))).toFixed(1)} MB`
    + `; base index on disk ${(await diskMB(indexDir)).toFixed(1)} MB; first answer per server: median`
    + ` ${firstAnswerMs.sort((a, b) => a - b)[Math.floor(n / 2)]!.toFixed(0)} ms, max ${firstAnswerMs.at(-1)!.toFixed(0)} ms`);
  store.close();
  process.exit(0); // the embedding workers would keep the process alive
}

main().catch((err: unknown) => {
  process.stderr.write(`${(err as Error).stack ?? String(err)}\n`);
  process.exit(1);
});
