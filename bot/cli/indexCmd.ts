import "dotenv/config";
import { Command } from "commander";
import { createEmbedder } from "../../index/embedders/registry.js";
import { describeUpdate } from "../../index/update.js";
import { readIndex } from "../../index/store.js";
import { loadConfiguredCorpus, updateAndWrite } from "../../retrieval/engine.js";
import type { Fact } from "../../text/terms.js";
import { defaultIndexDir, loadConfig } from "../config.js";
import { createLogger } from "../logger.js";
import { engineConfig } from "./engineFromConfig.js";
import { buildProgress } from "./progress.js";
import { runCli } from "./run.js";

const program = new Command("index")
  .description("Build or update the search index of a folder of documents (.txt, .md, .html, .pdf).")
  .option("--corpus <dir>", "documents folder (default: CORPUS_DIR, else the bundled seed corpus)")
  .option("--out <dir>", "index folder (default: INDEX_DIR, else data/index/<corpus>)")
  .option("--full", "rebuild everything instead of updating the existing index (only new or changed passages are embedded otherwise)")
  .showHelpAfterError();

async function main(): Promise<void> {
  program.parse();
  const opts = program.opts<{ corpus?: string; out?: string; full?: boolean }>();
  const config = loadConfig();
  const log = createLogger(config.LOG_LEVEL, Boolean(process.stderr.isTTY));
  const corpusDir = opts.corpus ?? config.CORPUS_DIR;
  const out = opts.out ?? (opts.corpus ? defaultIndexDir(opts.corpus) : config.INDEX_DIR);
  const ec = engineConfig(config, { corpus: corpusDir, index: out });

  const t0 = performance.now();
  const corpus = await loadConfiguredCorpus({ ...ec, corpusDir });
  for (const s of corpus.skipped) process.stderr.write(`skipped ${s.path}: ${s.reason}\n`);
  const embedder = await createEmbedder(ec.embedder);
  const progress = buildProgress();
  try {
    // an existing index of the same embedder is updated; one that cannot be read is rebuilt
    const old = opts.full ? undefined : await readIndex<Fact>(out, embedder.id).catch(() => undefined);
    const { data, timings, stats } = await updateAndWrite(old, corpus, embedder, out, { onProgress: progress.onProgress, onBuilt: () => progress.stop() });
    const secs = (performance.now() - t0) / 1000;
    const what = stats ? `Updated the index: ${describeUpdate(stats)}. Now ` : "Indexed ";
    const embedded = stats?.passages.embedded ?? data.passages.length;
    process.stdout.write(
      `${what}${data.documents.length} document(s), ${data.passages.length} passages, ${data.facts.length} figures ` +
      `in ${secs.toFixed(1)} s (embedding ${embedded} passages took ${(timings.embedMs / 1000).toFixed(1)} s) ` +
      `with ${embedder.id}/${embedder.dims}${corpus.skipped.length ? `; skipped ${corpus.skipped.length} file(s)` : ""}\n→ ${out}\n`,
    );
    log.debug({ out }, "index written");
  } finally {
    progress.stop();
    await embedder.close();
  }
}

runCli(main);
