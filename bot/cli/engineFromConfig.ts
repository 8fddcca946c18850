import { defaultIndexDir, type Config } from "../config.js";
import { openEngine, type EngineConfig, type LoadedEngine } from "../../retrieval/engine.js";
import type { Logger } from "../logger.js";
import { buildProgress } from "./progress.js";

export interface Paths { corpus?: string | undefined; index?: string | undefined }

/**
 * Which corpus and index a command uses: `--index` alone loads that index as it is; `--corpus`
 * (or the configured CORPUS_DIR) keeps its index current, building it on first use.
 */
export function engineConfig(config: Config, paths: Paths): EngineConfig {
  const embedder = {
    spec: config.EMBEDDER,
    hfAllowRemote: config.HF_ALLOW_REMOTE,
    ...(config.HF_CACHE_DIR && { hfCacheDir: config.HF_CACHE_DIR }),
    ...(config.EMBED_WORKERS && { workers: config.EMBED_WORKERS }),
  };
  if (paths.index && !paths.corpus) return { embedder, indexDir: paths.index };
  const corpusDir = paths.corpus ?? config.CORPUS_DIR;
  const indexDir = paths.index ?? (paths.corpus ? undefined : config.INDEX_DIR);
  return { embedder, corpusDir, indexDir: indexDir ?? defaultIndexDir(corpusDir), maxFileBytes: config.MAX_FILE_BYTES };
}

/** Opens the engine with a progress bar and a log line when the index has to be built. */
export async function openEngineWithProgress(config: Config, paths: Paths, log: Logger): Promise<LoadedEngine> {
  const progress = buildProgress(!process.stderr.isTTY);
  try {
    return await openEngine(engineConfig(config, paths), {
      onBuildStart: (reason, corpus) => {
        log.info({ documents: corpus.documents.length, skipped: corpus.skipped.length }, `building the index (${reason})`);
        for (const s of corpus.skipped) log.warn({ file: s.path }, `skipped: ${s.reason}`);
      },
      onProgress: progress.onProgress,
      onReextract: (documents) => log.info({ documents }, "re-extracting figures (the extractor changed since the index was built)"),
      onBuilt: (data, t) => { progress.stop(); log.info({ passages: data.passages.length, facts: data.facts.length, seconds: +(t.totalMs / 1000).toFixed(1) }, "index built"); },
    });
  } finally {
    progress.stop();
  }
}
