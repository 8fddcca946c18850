import { SEARCH_SETTINGS, type Bm25Internals, type FieldPostings, type LexicalHit, type LexicalIndex } from "./lexicalIndex.js";
import type { LexicalSearch } from "./searchIndex.js";

/**
 * BM25 over several indexes as if they were one: a server's small overlay beside the shared base.
 * Each index keeps its own postings, but every score uses the pooled statistics (documents, average
 * field lengths, and a term's document frequency summed over all layers), so an overlay's scores are
 * the ones one index holding both would give, not inflated by its own tiny IDF. Terms are expanded
 * (prefix, fuzzy) and weighed exactly as MiniSearch does it for a single index; a test holds the two equal.
 */

// MiniSearch 7's defaults, which LexicalIndex does not override
const WEIGHTS = { fuzzy: 0.45, prefix: 0.375 };
const MAX_FUZZY = 6;
const BM25 = { k: 1.2, b: 0.7, d: 0.5 };

export interface Layer {
  index: LexicalIndex;
  /** Added to this layer's labels, so labels of different layers never collide. */
  offset: number;
}

interface Scored { layer: number; doc: number; score: number; queryTerms: string[]; matched: string[] }

const bm25 = (tf: number, df: number, docs: number, length: number, avgLength: number) =>
  Math.log(1 + (docs - df + 0.5) / (df + 0.5)) *
  (BM25.d + (tf * (BM25.k + 1)) / (tf + BM25.k * (1 - BM25.b + (BM25.b * length) / avgLength)));

const pushNew = (list: string[], item: string) => {
  if (!list.includes(item)) list.push(item);
};

/** Documents still in the index that hold the term in the field (removed ones linger in postings). */
function liveCount(postings: Map<number, number> | undefined, view: Bm25Internals): number {
  let n = 0;
  for (const doc of postings?.keys() ?? []) if (view._documentIds.has(doc)) n++;
  return n;
}

/** The index terms a query term stands for, with their weights: itself, longer words it starts, near spellings. */
function expand(views: Bm25Internals[], term: string, i: number, terms: string[]): Map<string, number> {
  const derived = new Map<string, number>();
  if (views.some((v) => v._index.get(term))) derived.set(term, 1);
  if (SEARCH_SETTINGS.prefix(term, i, terms)) {
    for (const v of views) {
      for (const [t] of v._index.atPrefix(term)) {
        const longer = t.length - term.length;
        if (longer > 0) derived.set(t, (WEIGHTS.prefix * t.length) / (t.length + 0.3 * longer));
      }
    }
  }
  const fuzzy = SEARCH_SETTINGS.fuzzy(term, i, terms);
  if (fuzzy) {
    const f = fuzzy === true ? 0.2 : fuzzy;
    const maxDistance = f < 1 ? Math.min(MAX_FUZZY, Math.round(term.length * f)) : f;
    for (const v of maxDistance ? views : []) {
      for (const [t, [, distance]] of v._index.fuzzyGet(term, maxDistance)) {
        // a word the term starts is scored as a prefix match, as in MiniSearch
        if (!distance || derived.has(t)) continue;
        derived.set(t, (WEIGHTS.fuzzy * t.length) / (t.length + distance));
      }
    }
  }
  return derived;
}

export class LayeredLexical implements LexicalSearch {
  constructor(private readonly layers: Layer[]) {
    if (!layers.length) throw new Error("layered search needs at least one index");
  }

  tokens(text: string): string[] { return this.layers[0]!.index.tokens(text); }

  search(query: string, k: number): LexicalHit[] {
    const views = this.layers.map((l) => l.index.internals());
    const docs = views.reduce((n, v) => n + v._documentCount, 0);
    if (!docs) return [];
    const scored = new Map<string, Scored>();
    const terms = this.tokens(query);
    terms.forEach((term, i) => {
      for (const [derived, weight] of expand(views, term, i, terms)) {
        const postings = views.map((v) => v._index.get(derived));
        for (const field of SEARCH_SETTINGS.fields) {
          this.scoreField(views, postings, field, docs, { term, derived, weight }, scored);
        }
      }
    });
    return [...scored.values()]
      .map((s) => ({ ...s, score: s.score * (s.queryTerms.length || 1) }))
      .sort((a, b) => b.score - a.score)
      .slice(0, k)
      .map((s) => ({
        label: this.layers[s.layer]!.offset + (views[s.layer]!._documentIds.get(s.doc) as number),
        score: s.score,
        terms: s.matched,
      }));
  }

  /** Adds one derived term's BM25 in one field, with pooled statistics, to every layer's matching documents. */
  private scoreField(
    views: Bm25Internals[], postings: Array<FieldPostings | undefined>, field: string, docs: number,
    match: { term: string; derived: string; weight: number }, scored: Map<string, Scored>,
  ): void {
    const inField = views.map((v, l) => postings[l]?.get(v._fieldIds[field]!));
    const df = inField.reduce((n, p, l) => n + liveCount(p, views[l]!), 0);
    if (!df) return;
    const fieldId = views[0]!._fieldIds[field]!;
    const avgLength = views.reduce((s, v) => s + (v._avgFieldLength[fieldId] ?? 0) * v._documentCount, 0) / docs;
    const boost = (SEARCH_SETTINGS.boost as Record<string, number | undefined>)[field] || 1;
    inField.forEach((p, layer) => {
      const view = views[layer]!;
      for (const [doc, tf] of p ?? []) {
        if (!view._documentIds.has(doc)) continue;
        const length = view._fieldLength.get(doc)![fieldId]!;
        const key = `${layer}:${doc}`;
        let s = scored.get(key);
        if (!s) scored.set(key, (s = { layer, doc, score: 0, queryTerms: [], matched: [] }));
        s.score += match.weight * boost * bm25(tf, df, docs, length, avgLength);
        pushNew(s.queryTerms, match.term);
        pushNew(s.matched, match.derived);
      }
    });
  }
}
