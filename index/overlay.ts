import type { CorpusDocument } from "../corpus/types.js";
import { assembleIndex } from "./build.js";
import type { Embedder } from "./embedders/types.js";
import { LayeredLexical } from "./layeredLexical.js";
import type { SearchIndex, VectorSearch } from "./searchIndex.js";
import type { IndexData } from "./store.js";
import type { VectorHit } from "./vectorIndex.js";

/**
 * A base index with a small overlay over it (a server's own uploads), searched as one index without
 * copying either: documents, passages and facts are the base's followed by the overlay's; the overlay's
 * search labels are moved past the base's, so the two never collide; vector hits are merged by cosine
 * similarity (one embedder, so the same scale) and BM25 uses both indexes' statistics pooled
 * (layeredLexical.ts). The base stays shared and untouched; dropping the view frees only the overlay.
 */

/** One past the largest search label an index uses (labels are positions unless it was updated in place). */
export const labelBound = (index: IndexData<unknown>): number => index.manifest.vectors?.nextLabel ?? index.passages.length;

class LayeredVectors implements VectorSearch {
  constructor(private readonly layers: Array<{ index: IndexData<unknown>; offset: number }>) {}

  search(query: number[], k: number): VectorHit[] {
    const hits = this.layers.flatMap(({ index, offset }) =>
      index.vectors.search(query, k).map((h) => ({ label: h.label + offset, similarity: h.similarity })));
    return hits.sort((a, b) => b.similarity - a.similarity).slice(0, k);
  }
}

export function layerIndexes<F>(base: IndexData<F>, overlay: IndexData<F>): SearchIndex<F> {
  if (base.manifest.embedder.id !== overlay.manifest.embedder.id)
    throw new Error(
      `an overlay built with ${overlay.manifest.embedder.id} cannot be searched beside a base built with ${base.manifest.embedder.id}`,
    );
  const baseIds = new Set(base.documents.map((d) => d.id));
  const clash = overlay.documents.find((d) => baseIds.has(d.id));
  if (clash) throw new Error(`the overlay's document ${clash.id} has the id of a base document`);
  const offset = labelBound(base);
  const layers = [{ index: base, offset: 0 }, { index: overlay, offset }];
  const positions = (n: number) => Array.from({ length: n }, (_, i) => i);
  // labels are positions only when neither index was updated in place; else every passage gets its label
  const labels = !base.labels && !overlay.labels && offset === base.passages.length ? undefined : [
    ...(base.labels ?? positions(base.passages.length)),
    ...(overlay.labels ?? positions(overlay.passages.length)).map((l) => l + offset),
  ];
  const documents = [...base.documents, ...overlay.documents];
  const passages = [...base.passages, ...overlay.passages];
  const facts = [...base.facts, ...overlay.facts];
  return {
    manifest: {
      ...base.manifest,
      counts: { documents: documents.length, passages: passages.length, facts: facts.length },
    },
    documents,
    passages,
    facts,
    vectors: new LayeredVectors(layers),
    lexical: new LayeredLexical(layers.map((l) => ({ index: l.index.lexical, offset: l.offset }))),
    ...(labels && { labels }),
  };
}

/**
 * Rough bytes a layered view holds beyond the shared base: the overlay's texts (documents, passages, and
 * BM25 postings about as large again), its vectors with their HNSW links, its facts, and what answering
 * builds once per view over every document, passage and fact (the view's arrays, the citation, evidence
 * and figure look-ups, the documents' vocabulary). An estimate for a memory budget, not a measurement:
 * the per-view part is calibrated on the JavaScript heap a view adds once it answered (bench/overlayScale.ts),
 * about 0.3 MB over a 2,000-passage base (100 documents, 9,600 facts) and 1.9 MB over a 20,000-passage
 * one (1,000 documents, 93,000 facts), with room to spare (×1.5) for the allocator's slack.
 */
export function estimateOverlayBytes(base: IndexData<unknown>, overlay: IndexData<unknown>): number {
  const text = [...overlay.documents, ...overlay.passages].reduce((n, x) => n + x.text.length, 0);
  const vectors = overlay.passages.length * (overlay.manifest.embedder.dims * 4 + overlay.manifest.hnsw.M * 2 * 4 + 100);
  const documents = base.documents.length + overlay.documents.length;
  const items = base.passages.length + overlay.passages.length + base.facts.length + overlay.facts.length;
  return 64 * 2 ** 10 + 4 * text + vectors + overlay.facts.length * 400 + documents * 300 + items * 24;
}

/**
 * The documents `keep` picks out of an index, as an index of their own: their passages, stored vectors
 * and facts carried over, nothing embedded (how an old full copy of base and uploads becomes an overlay).
 * Undefined when it picks none.
 */
export async function extractIndex<F extends { docId: string }>(
  index: IndexData<F>, keep: (doc: CorpusDocument) => boolean, embedder: Embedder,
): Promise<IndexData<F> | undefined> {
  const documents = index.documents.filter(keep);
  if (!documents.length) return undefined;
  const ids = new Set(documents.map((d) => d.id));
  const at = index.passages.flatMap((p, i) => (ids.has(p.docId) ? [i] : []));
  const vectors = at.map((i) => index.vectors.vectorOf(index.labels?.[i] ?? i));
  const facts = index.facts.filter((f) => ids.has(f.docId));
  const corpus = { root: index.manifest.corpus.root ?? "", documents, skipped: [] };
  return assembleIndex(corpus, at.map((i) => index.passages[i]!), vectors, facts, {
    embedder, hnsw: index.manifest.hnsw,
    ...(index.manifest.extractor && { extractorVersion: index.manifest.extractor }),
  });
}
