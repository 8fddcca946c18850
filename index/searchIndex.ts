import type { CorpusDocument, Passage } from "../corpus/types.js";
import type { LexicalHit } from "./lexicalIndex.js";
import type { Manifest } from "./manifest.js";
import type { VectorHit } from "./vectorIndex.js";

/** Nearest passages by vector: one HNSW index, or several searched as one. */
export interface VectorSearch {
  search(query: number[], k: number): VectorHit[];
}

/** BM25 over passages: one index, or several scored with their statistics pooled. */
export interface LexicalSearch {
  search(query: string, k: number): LexicalHit[];
  /** The index's own terms for a text, so callers match words exactly as search does. */
  tokens(text: string): string[];
}

/**
 * What answering reads from an index: a loaded IndexData is one, and so is a base index with a
 * server's overlay layered over it (index/overlay.ts). Read-only: only IndexData is written or updated.
 */
export interface SearchIndex<F = unknown> {
  manifest: Manifest;
  documents: CorpusDocument[];
  passages: Passage[];
  facts: F[];
  vectors: VectorSearch;
  lexical: LexicalSearch;
  /** Each passage's search label, by position; absent when labels are positions (see IndexData). */
  labels?: number[];
}
