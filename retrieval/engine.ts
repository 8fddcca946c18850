import { corpusFingerprint, loadCorpus } from "../corpus/load.js";
import type { LoadedCorpus } from "../corpus/types.js";
import { buildIndex, extractAll, passagesByDoc, type BuildStage, type BuildTimings } from "../index/build.js";
import { updateIndex, type UpdateStats } from "../index/update.js";
import { createEmbedder, type EmbedderConfig } from "../index/embedders/registry.js";
import type { Embedder } from "../index/embedders/types.js";
import { UserError } from "../index/errors.js";
import { checkEmbedder, readIndex, readManifest, writeIndex, type IndexData } from "../index/store.js";
import type { Engine } from "./answer.js";
import { extractDocumentFacts } from "../facts/extract.js";
import { EXTRACTOR_VERSION } from "../facts/version.js";
import type { Fact } from "../text/terms.js";

export interface EngineConfig {
  embedder: EmbedderConfig;
  indexDir: string;
  /** When set, the index is (re)built from this folder whenever it is missing or out of date. */
  corpusDir?: string;
  maxFileBytes?: number;
}

export interface EngineEvents {
  onBuildStart?: (reason: string, corpus: LoadedCorpus) => void;
  onProgress?: (stage: BuildStage, done: number, total: number) => void;
  onBuilt?: (data: IndexData<Fact>, timings: BuildTimings) => void;
  /** Facts are being re-extracted (the extractor changed since the index was built); vectors are kept. */
  onReextract?: (documents: number) => void;
}

export type FactEngine = Engine<Fact>;

/** An engine over one index loaded whole: the one that is re-indexed, updated and written. */
export interface LoadedEngine extends FactEngine {
  index: IndexData<Fact>;
}

/** Loads a corpus folder and builds a complete index of it (not yet written). */
export async function buildFromCorpus(corpus: LoadedCorpus, embedder: Embedder, events: EngineEvents = {}): Promise<{ data: IndexData<Fact>; timings: BuildTimings }> {
  const built = await buildIndex<Fact>(corpus, {
    embedder,
    extractFacts: extractDocumentFacts,
    extractorVersion: EXTRACTOR_VERSION,
    ...(events.onProgress && { onProgress: events.onProgress }),
  });
  events.onBuilt?.(built.data, built.timings);
  return built;
}

/** Loads the configured corpus folder, honouring the configured file-size limit. */
export function loadConfiguredCorpus(config: Pick<EngineConfig, "maxFileBytes"> & { corpusDir: string }): Promise<LoadedCorpus> {
  return loadCorpus(config.corpusDir, config.maxFileBytes ? { maxFileBytes: config.maxFileBytes } : {});
}

/** Builds the index of a loaded corpus and writes it atomically: the one path for first use, re-indexing and the CLI. */
export async function buildAndWrite(corpus: LoadedCorpus, embedder: Embedder, indexDir: string, events: EngineEvents = {}): Promise<{ data: IndexData<Fact>; timings: BuildTimings }> {
  const built = await buildFromCorpus(corpus, embedder, events);
  await writeIndex(indexDir, built.data);
  return built;
}

/**
 * Brings an index up to date with a corpus and writes it atomically: an incremental update of `old`
 * (only new or changed passages embedded), or a full build when there is no usable old index or
 * `full` is asked for. The old index is never modified: it keeps answering until the caller swaps.
 */
export async function updateAndWrite(
  old: IndexData<Fact> | undefined, corpus: LoadedCorpus, embedder: Embedder, indexDir: string, events: EngineEvents & { full?: boolean } = {},
): Promise<{ data: IndexData<Fact>; timings: BuildTimings; stats?: UpdateStats }> {
  if (!old || events.full || old.manifest.embedder.id !== embedder.id) return buildAndWrite(corpus, embedder, indexDir, events);
  const updated = await updateIndex<Fact>(old, corpus, {
    embedder, extractFacts: extractDocumentFacts, extractorVersion: EXTRACTOR_VERSION, ...(events.onProgress && { onProgress: events.onProgress }),
  });
  const { data } = updated;
  events.onBuilt?.(data, updated.timings);
  await writeIndex(indexDir, data);
  return { data, timings: updated.timings, stats: updated.stats };
}

/** Re-extracts an index's facts with this version's extractor and writes the index (vectors and passages as they were). */
export async function reextractFacts(index: IndexData<Fact>, indexDir: string): Promise<IndexData<Fact>> {
  const facts = await extractAll(index.documents, passagesByDoc(index.passages), extractDocumentFacts);
  const updated: IndexData<Fact> = {
    ...index, facts,
    manifest: { ...index.manifest, extractor: EXTRACTOR_VERSION, counts: { ...index.manifest.counts, facts: facts.length } },
  };
  await writeIndex(indexDir, updated);
  return updated;
}

/**
 * Opens the engine: reuses the index when it matches the corpus, builds it on first use,
 * rebuilds it when the corpus changed, and refuses one built by another embedder or format.
 */
export async function openEngine(config: EngineConfig, events: EngineEvents = {}): Promise<LoadedEngine> {
  const embedder = await createEmbedder(config.embedder);
  embedder.warmUp?.(); // the model loads (in a worker) while the index is read
  try {
    let manifest;
    try {
      manifest = await readManifest(config.indexDir);
    } catch (err) {
      if (!(err instanceof UserError && err.code === "INDEX_MISSING" && config.corpusDir)) throw err;
    }
    if (manifest) checkEmbedder(manifest, embedder.id, config.indexDir);
    if (config.corpusDir) {
      const corpus = await loadConfiguredCorpus({ ...config, corpusDir: config.corpusDir });
      const fingerprint = corpusFingerprint(corpus.documents);
      if (!manifest || manifest.corpus.fingerprint !== fingerprint) {
        events.onBuildStart?.(manifest ? "the corpus changed since the index was built" : "no index yet", corpus);
        // an old index that cannot be read is simply rebuilt
        const old = manifest ? await readIndex<Fact>(config.indexDir, embedder.id).catch(() => undefined) : undefined;
        const { data } = await updateAndWrite(old, corpus, embedder, config.indexDir, events);
        return { index: data, embedder };
      }
    }
    const index = await readIndex<Fact>(config.indexDir, embedder.id);
    if (index.manifest.extractor !== EXTRACTOR_VERSION) {
      events.onReextract?.(index.documents.length);
      return { index: await reextractFacts(index, config.indexDir), embedder };
    }
    return { index, embedder };
  } catch (err) {
    await embedder.close();
    throw err;
  }
}
