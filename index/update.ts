import { createHash } from "node:crypto";
import { chunkDocument } from "../corpus/chunk.js";
import { corpusFingerprint, documentFingerprint } from "../corpus/load.js";
import type { LoadedCorpus, Passage } from "../corpus/types.js";
import { assembleIndex, extractAll, lexicalDocs, passagesByDoc, type BuildOptions, type BuildTimings } from "./build.js";
import { UserError } from "./errors.js";
import type { IndexData } from "./store.js";

/**
 * Incremental update of an index to a changed corpus: unchanged documents keep their passages,
 * vectors and facts; a passage whose text (and embedder) is unchanged keeps its vector; only new or
 * changed passages are embedded. Removed passages are hidden from HNSW (mark-delete) and BM25; when
 * removed slots pile up past a threshold, both structures are rebuilt from the stored vectors
 * (still no embedding). Works on copies: the index being updated keeps serving until the caller
 * swaps in the result.
 */

/** Rebuild the search structures (from stored vectors) once this share of HNSW slots holds removed passages. */
export const COMPACT_AT = 0.25;

export interface UpdateStats {
  documents: { added: number; changed: number; removed: number; unchanged: number };
  passages: { embedded: number; reused: number; removed: number };
  compacted: boolean;
}

/** "1 added, 2 changed, 0 removed; 14 passages embedded, 3 reused": what an update did, for people. */
export function describeUpdate(s: UpdateStats): string {
  const d = s.documents;
  return (
    `${d.added} document(s) added, ${d.changed} changed, ${d.removed} removed; ${s.passages.embedded} passage(s) embedded, ` +
    `${s.passages.reused} reused, ${s.passages.removed} removed${s.compacted ? "; search structures compacted" : ""}`
  );
}

/** A passage's vector identity: the same text embedded by the same embedder is the same vector. */
export const passageKey = (embedderId: string, text: string): string =>
  createHash("sha256").update(`${embedderId}\0${text}`).digest("hex").slice(0, 24);

export async function updateIndex<F extends { docId: string }>(
  old: IndexData<F>,
  corpus: LoadedCorpus,
  options: BuildOptions<F>,
): Promise<{ data: IndexData<F>; stats: UpdateStats; timings: BuildTimings }> {
  const t0 = performance.now();
  const { embedder } = options;
  if (old.manifest.embedder.id !== embedder.id)
    throw new Error("an index is only updated with the embedder that built it");
  if (corpus.documents.length === 0) throw new UserError("CORPUS_EMPTY", `no readable documents in ${corpus.root}`);

  const oldDocs = new Map(old.documents.map((d) => [d.id, documentFingerprint(d)]));
  const newIds = new Set(corpus.documents.map((d) => d.id));
  const unchanged = new Set(
    corpus.documents.filter((d) => oldDocs.get(d.id) === documentFingerprint(d)).map((d) => d.id),
  );
  const changedDocs = corpus.documents.filter((d) => !unchanged.has(d.id));
  const labelAt = (i: number) => old.labels?.[i] ?? i;

  // passages that stay (unchanged documents), and what the others offer for reuse by text
  const kept: Array<{ passage: Passage; label: number }> = [];
  const reusable = new Map<string, number>();
  const removedLabels: number[] = [];
  old.passages.forEach((p, i) => {
    if (unchanged.has(p.docId)) {
      kept.push({ passage: p, label: labelAt(i) });
      return;
    }
    removedLabels.push(labelAt(i));
    reusable.set(passageKey(embedder.id, p.text), labelAt(i));
  });

  // passages of new and changed documents: a vector from the old index when the text is the same, else embedded
  const fresh: Array<{ passage: Passage; reuse?: number }> = [];
  for (const doc of changedDocs) {
    for (const p of chunkDocument(doc, options.chunking)) {
      const reuse = reusable.get(passageKey(embedder.id, p.text));
      fresh.push(reuse === undefined ? { passage: p } : { passage: p, reuse });
    }
  }
  const toEmbed = fresh.filter((f) => f.reuse === undefined);
  const t1 = performance.now();
  const embedded = await embedder.embedPassages(
    toEmbed.map((f) => f.passage.text),
    (d, t) => options.onProgress?.("embed", d, t),
  );
  const embedMs = performance.now() - t1;
  const vectorOfFresh = new Map(toEmbed.map((f, i) => [f, embedded[i]!]));
  const freshVectors = fresh.map((f) =>
    f.reuse === undefined ? vectorOfFresh.get(f)! : old.vectors.vectorOf(f.reuse),
  );

  const slots = old.vectors.size;
  const removedBefore = old.manifest.vectors?.removed ?? 0;
  const removedAfter = removedBefore + removedLabels.length;
  const stats: UpdateStats = {
    documents: {
      added: changedDocs.filter((d) => !oldDocs.has(d.id)).length,
      changed: changedDocs.filter((d) => oldDocs.has(d.id)).length,
      removed: old.documents.filter((d) => !newIds.has(d.id)).length,
      unchanged: unchanged.size,
    },
    passages: { embedded: toEmbed.length, reused: fresh.length - toEmbed.length, removed: removedLabels.length },
    compacted: false,
  };

  // unchanged documents keep their objects, so what was read from them once (see figureIndex) is not read again
  const oldById = new Map(old.documents.map((d) => [d.id, d]));
  const documents = corpus.documents.map((d) => (unchanged.has(d.id) ? oldById.get(d.id)! : d));
  const passages = [...kept.map((k) => k.passage), ...fresh.map((f) => f.passage)];
  // facts of unchanged documents are kept unless another extractor made them: then every document is read again
  const factsStale = options.extractorVersion !== undefined && old.manifest.extractor !== options.extractorVersion;
  const keptFacts = factsStale ? [] : old.facts.filter((f) => unchanged.has(f.docId));
  const toExtract = factsStale ? documents : changedDocs;
  const newFacts = options.extractFacts
    ? await extractAll(toExtract, passagesByDoc(passages), options.extractFacts, options.onProgress)
    : [];
  // (in the corpus's document order, as a full build gives them: which of two equal figures an answer takes, or lists
  // first, must not depend on which documents changed since the index was built)
  const docOrder = new Map(documents.map((d, i) => [d.id, i]));
  const at = (f: F) => docOrder.get(f.docId) ?? documents.length;
  const facts = [...keptFacts, ...newFacts].sort((a, b) => at(a) - at(b));

  if (removedAfter > COMPACT_AT * (slots + fresh.length)) {
    // too many dead slots: rebuild both structures from the stored and new vectors, labels = positions again
    const vectors = [...kept.map((k) => old.vectors.vectorOf(k.label)), ...freshVectors];
    const data = await assembleIndex({ ...corpus, documents }, passages, vectors, facts, { ...options, hnsw: old.manifest.hnsw });
    return { data, stats: { ...stats, compacted: true }, timings: { embedMs, totalMs: performance.now() - t0 } };
  }

  const nextLabel = old.manifest.vectors?.nextLabel ?? old.passages.length;
  const freshLabels = fresh.map((_, i) => nextLabel + i);
  const vectors = await old.vectors.clone();
  vectors.remove(removedLabels);
  await vectors.add(freshVectors, freshLabels);
  const lexical = old.lexical.clone();
  lexical.remove(removedLabels);
  await lexical.add(lexicalDocs(documents, fresh.map((f) => f.passage), freshLabels));

  const data: IndexData<F> = {
    manifest: {
      ...old.manifest,
      createdAt: new Date().toISOString(),
      corpus: { fingerprint: corpusFingerprint(documents), root: corpus.root },
      ...(options.extractorVersion && { extractor: options.extractorVersion }),
      counts: { documents: documents.length, passages: passages.length, facts: facts.length },
      skipped: corpus.skipped,
      vectors: { nextLabel: nextLabel + fresh.length, removed: removedAfter },
    },
    documents,
    passages,
    vectors,
    lexical,
    facts,
    labels: [...kept.map((k) => k.label), ...freshLabels],
  };
  return { data, stats, timings: { embedMs, totalMs: performance.now() - t0 } };
}
