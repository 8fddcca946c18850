import type { CorpusDocument, Passage } from "../corpus/types.js";
import type { LexicalSearch, VectorSearch } from "../index/searchIndex.js";

/** What hybrid search needs from an index: plain data plus the two search structures. */
export interface Searchable {
  documents: CorpusDocument[];
  passages: Passage[];
  vectors: VectorSearch;
  lexical: LexicalSearch;
  /** Each passage's search label, by position; absent when labels are positions (see IndexData). */
  labels?: number[];
}

const positionMaps = new WeakMap<number[], Map<number, number>>();
/** Label → passage position, built once per labels array. */
function positionOf(index: Searchable): (label: number) => number | undefined {
  const labels = index.labels;
  if (!labels) return (label) => label;
  let map = positionMaps.get(labels);
  if (!map) { map = new Map(labels.map((l, i) => [l, i])); positionMaps.set(labels, map); }
  return (label) => map.get(label);
}

export interface SearchHit {
  /** Positions of the passages this hit covers (several when overlapping passages were merged). */
  passages: number[];
  docId: string;
  start: number;
  end: number;
  text: string;
  /** Fused score (reciprocal rank fusion). */
  score: number;
  /** Best cosine similarity of the covered passages, if the dense side found them. */
  similarity: number;
  /** BM25 score, if the lexical side found them. */
  bm25: number;
  /** Query terms the lexical side matched. */
  terms: string[];
}

export interface SearchOptions {
  /** Hits returned. Default 5. */
  k?: number;
  /** Candidates taken from each side before fusion. Default 50. */
  candidates?: number;
  /** RRF constant: larger flattens the rank curve. Default 60 (Cormack et al. 2009). */
  rrfK?: number;
  /** Weight of the lexical side in the fusion. Default 1.3: on trade news, exact names and figures are the sharper signal. */
  lexicalWeight?: number;
}

/**
 * Fuses dense (HNSW) and lexical (BM25) rankings with reciprocal rank fusion, then merges hits
 * whose passages overlap (chunks share a sentence) so one stretch of text is cited once.
 */
export function hybridSearch(index: Searchable, queryVector: number[], queryText: string, options: SearchOptions = {}): SearchHit[] {
  const k = options.k ?? 5;
  const candidates = options.candidates ?? 50;
  const rrfK = options.rrfK ?? 60;
  const lw = options.lexicalWeight ?? 1.3;
  const fused = new Map<number, { score: number; similarity: number; bm25: number; terms: string[] }>();
  const entry = (label: number) => {
    let e = fused.get(label);
    if (!e) { e = { score: 0, similarity: 0, bm25: 0, terms: [] }; fused.set(label, e); }
    return e;
  };
  index.vectors.search(queryVector, candidates).forEach((h, rank) => {
    const e = entry(h.label);
    e.score += 1 / (rrfK + rank + 1);
    e.similarity = h.similarity;
  });
  index.lexical.search(queryText, candidates).forEach((h, rank) => {
    const e = entry(h.label);
    e.score += lw / (rrfK + rank + 1);
    e.bm25 = h.score;
    e.terms = h.terms;
  });
  const ranked = [...fused.entries()].sort((a, b) => b[1].score - a[1].score);
  return mergeOverlapping(index, ranked.map(([label, e]) => ({ label, ...e })), k);
}

function mergeOverlapping(index: Searchable, ranked: Array<{ label: number; score: number; similarity: number; bm25: number; terms: string[] }>, k: number): SearchHit[] {
  const hits: SearchHit[] = [];
  const position = positionOf(index);
  for (const r of ranked) {
    const at = position(r.label);
    const p = at === undefined ? undefined : index.passages[at];
    if (!p || at === undefined) continue;
    const twin = hits.find((h) => h.docId === p.docId && p.start <= h.end && p.end >= h.start);
    if (twin) {
      twin.passages.push(at);
      twin.start = Math.min(twin.start, p.start);
      twin.end = Math.max(twin.end, p.end);
      // only merged hits need their document's text: no per-query map of every document
      twin.text = index.documents.find((d) => d.id === p.docId)?.text.slice(twin.start, twin.end) ?? twin.text;
      twin.similarity = Math.max(twin.similarity, r.similarity);
      twin.bm25 = Math.max(twin.bm25, r.bm25);
      twin.terms = [...new Set([...twin.terms, ...r.terms])];
      continue;
    }
    if (hits.length >= k) continue;
    hits.push({ passages: [at], docId: p.docId, start: p.start, end: p.end, text: p.text, score: r.score, similarity: r.similarity, bm25: r.bm25, terms: r.terms });
  }
  return hits;
}
