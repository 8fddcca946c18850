import { chunkDocument, type ChunkOptions } from "../corpus/chunk.js";
import { corpusFingerprint } from "../corpus/load.js";
import type { CorpusDocument, LoadedCorpus, Passage } from "../corpus/types.js";
import type { Embedder } from "./embedders/types.js";
import { UserError } from "./errors.js";
import { LexicalIndex, type LexicalDoc } from "./lexicalIndex.js";
import { FORMAT_VERSION } from "./manifest.js";
import type { IndexData } from "./store.js";
import { DEFAULT_HNSW, VectorIndex, yieldToLoop, type HnswParams } from "./vectorIndex.js";

export type BuildStage = "chunk" | "embed" | "vectors" | "lexical" | "facts";

export interface BuildOptions<F> {
  embedder: Embedder;
  chunking?: ChunkOptions;
  hnsw?: HnswParams;
  /** Extracts structured facts from a document and its passages (the figures layer plugs in here). */
  extractFacts?: (doc: CorpusDocument, passages: Passage[]) => F[];
  /** Recorded in the manifest, so an index whose facts came from other extraction code can be told apart. */
  extractorVersion?: string;
  onProgress?: (stage: BuildStage, done: number, total: number) => void;
}

export interface BuildTimings { embedMs: number; totalMs: number }

/** What BM25 indexes of each passage: its text and its document's title, under its search label. */
export function lexicalDocs(documents: CorpusDocument[], passages: Passage[], labels: number[]): LexicalDoc[] {
  const titles = new Map(documents.map((d) => [d.id, d.meta.title]));
  return passages.map((p, i) => ({ id: labels[i]!, text: p.text, title: titles.get(p.docId) ?? "" }));
}

/** Passages by their document, in order. */
export function passagesByDoc(passages: Passage[]): Map<string, Passage[]> {
  const byDoc = new Map<string, Passage[]>();
  for (const p of passages) {
    const list = byDoc.get(p.docId);
    if (list) list.push(p);
    else byDoc.set(p.docId, [p]);
  }
  return byDoc;
}

/** Facts of every document, handing the event loop back every ~20 ms. */
export async function extractAll<F>(
  documents: CorpusDocument[], byDoc: Map<string, Passage[]>, extract: (doc: CorpusDocument, passages: Passage[]) => F[],
  onProgress?: (stage: BuildStage, done: number, total: number) => void,
): Promise<F[]> {
  const facts: F[] = [];
  let lastYield = performance.now();
  for (const [i, doc] of documents.entries()) {
    facts.push(...extract(doc, byDoc.get(doc.id) ?? []));
    onProgress?.("facts", i + 1, documents.length);
    if (performance.now() - lastYield > 20) { await yieldToLoop(); lastYield = performance.now(); }
  }
  return facts;
}

/** Turns a loaded corpus into a complete index: passages, vectors, BM25 postings and facts. */
export async function buildIndex<F>(corpus: LoadedCorpus, options: BuildOptions<F>): Promise<{ data: IndexData<F>; timings: BuildTimings }> {
  const t0 = performance.now();
  if (corpus.documents.length === 0) {
    const why = corpus.skipped.length ? ` (${corpus.skipped.length} file(s) skipped: ${corpus.skipped.map((s) => `${s.path}: ${s.reason}`).join("; ")})` : "";
    throw new UserError("CORPUS_EMPTY", `no readable documents in ${corpus.root}${why}`);
  }
  const passages: Passage[] = [];
  const byDoc = new Map<string, Passage[]>();
  // every stage below hands the event loop back every ~20 ms: a bot re-indexing keeps answering
  let lastYield = performance.now();
  for (const [i, doc] of corpus.documents.entries()) {
    const ps = chunkDocument(doc, options.chunking);
    byDoc.set(doc.id, ps);
    passages.push(...ps);
    options.onProgress?.("chunk", i + 1, corpus.documents.length);
    if (performance.now() - lastYield > 20) { await yieldToLoop(); lastYield = performance.now(); }
  }

  const t1 = performance.now();
  const embeddings = await options.embedder.embedPassages(passages.map((p) => p.text), (d, t) => options.onProgress?.("embed", d, t));
  const embedMs = performance.now() - t1;
  const facts = options.extractFacts ? await extractAll(corpus.documents, byDoc, options.extractFacts, options.onProgress) : [];
  const data = await assembleIndex(corpus, passages, embeddings, facts, options);
  return { data, timings: { embedMs, totalMs: performance.now() - t0 } };
}

/**
 * The search structures and manifest over passages whose vectors and facts are known: the last step of
 * a full build, and of an update that compacts (vectors reused, nothing embedded). Labels are positions.
 */
export async function assembleIndex<F>(
  corpus: LoadedCorpus, passages: Passage[], embeddings: number[][], facts: F[],
  options: Pick<BuildOptions<F>, "embedder" | "hnsw" | "extractorVersion" | "onProgress">,
): Promise<IndexData<F>> {
  const hnsw = options.hnsw ?? DEFAULT_HNSW;
  const vectors = await VectorIndex.build(embeddings, options.embedder.dims, hnsw);
  options.onProgress?.("vectors", 1, 1);
  const lexical = await LexicalIndex.buildAsync(lexicalDocs(corpus.documents, passages, passages.map((_, i) => i)));
  options.onProgress?.("lexical", 1, 1);
  return {
    manifest: {
      formatVersion: FORMAT_VERSION,
      createdAt: new Date().toISOString(),
      embedder: { id: options.embedder.id, dims: options.embedder.dims },
      corpus: { fingerprint: corpusFingerprint(corpus.documents), root: corpus.root },
      hnsw,
      ...(options.extractorVersion && { extractor: options.extractorVersion }),
      counts: { documents: corpus.documents.length, passages: passages.length, facts: facts.length },
      skipped: corpus.skipped,
    },
    documents: corpus.documents,
    passages,
    vectors,
    lexical,
    facts,
  };
}
