import MiniSearch, { type Options, type SearchResult } from "minisearch";

export interface LexicalDoc { id: number; text: string; title: string }
export interface LexicalHit { label: number; score: number; terms: string[] }

const STOPWORDS = new Set(("a an and are as at be by did do does for from had has have how in into is it its of on or than that the their this to was were what when where which who whose why will with " +
  "much many more most about according also between after before said says over per").split(" "));

/** Lower-cases, drops possessives and stop words: "Guangdong's" and "guangdong" are one term. */
export function processTerm(term: string): string | null {
  const t = term.toLowerCase().replace(/['’]s$/, "").replace(/['’]/g, "");
  if (!t || STOPWORDS.has(t)) return null;
  return t;
}

type TermOption = (term: string, i: number, terms: string[]) => number | boolean;

const OPTIONS: Options<LexicalDoc> & {
  tokenize: (text: string) => string[];
  searchOptions: { boost: Record<string, number>; fuzzy: TermOption; prefix: TermOption };
} = {
  fields: ["text", "title"],
  processTerm,
  // numbers like 108.4 stay one token; words split on anything else
  tokenize: (text: string) => text.split(/[^\p{L}\p{N}.'’]+/u).map((t) => t.replace(/^[.'’]+|[.'’]+$/g, "")).filter(Boolean),
  searchOptions: {
    boost: { title: 0.5 },
    // edit distance 2 from 7 letters catches transpositions ("exprots") without turning "trade" into "rate"
    fuzzy: (term: string) => (term.length >= 7 ? 2 : term.length >= 5 ? 1 : false),
    prefix: (term: string) => term.length >= 5,
  },
};

/** How search weighs fields and expands terms, for scoring several indexes as one (index/layeredLexical.ts). */
export const SEARCH_SETTINGS = {
  fields: ["text", "title"] as const,
  ...OPTIONS.searchOptions,
};

/** MiniSearch's postings of one term: field id → document short id → term frequency. */
export type FieldPostings = Map<number, Map<number, number>>;

/**
 * The parts of a MiniSearch index that BM25 over several indexes reads: its postings and the statistics
 * BM25 normalises with. Protected fields of MiniSearch 7 (meant for subclasses), read, never written.
 */
export interface Bm25Internals {
  _index: {
    get(term: string): FieldPostings | undefined;
    atPrefix(prefix: string): Iterable<[string, FieldPostings]>;
    fuzzyGet(term: string, maxDistance: number): Map<string, [FieldPostings, number]>;
  };
  _documentCount: number;
  _documentIds: Map<number, unknown>;
  _fieldIds: Record<string, number>;
  _fieldLength: Map<number, number[]>;
  _avgFieldLength: number[];
}

/** BM25 over the same passages as the vector index, via MiniSearch. */
export class LexicalIndex {
  private constructor(private readonly mini: MiniSearch<LexicalDoc>) {}

  static build(docs: LexicalDoc[]): LexicalIndex {
    const mini = new MiniSearch<LexicalDoc>(OPTIONS);
    mini.addAll(docs);
    return new LexicalIndex(mini);
  }

  /** Same as `build`, in chunks that let the event loop run in between. */
  static async buildAsync(docs: LexicalDoc[]): Promise<LexicalIndex> {
    const built = new LexicalIndex(new MiniSearch<LexicalDoc>(OPTIONS));
    await built.add(docs);
    return built;
  }

  static fromJSON(json: string): LexicalIndex {
    return new LexicalIndex(MiniSearch.loadJSON<LexicalDoc>(json, OPTIONS));
  }

  toJSON(): string { return JSON.stringify(this.mini); }

  /** A separate copy to update while this one keeps serving. */
  clone(): LexicalIndex { return LexicalIndex.fromJSON(this.toJSON()); }

  /** Removes passages by label (MiniSearch discards lazily and vacuums on its own). */
  remove(labels: number[]): void {
    for (const l of labels) this.mini.discard(l);
  }

  /** Adds passages, in chunks that let the event loop run in between. */
  async add(docs: LexicalDoc[]): Promise<void> { await this.mini.addAllAsync(docs, { chunkSize: 100 }); }

  search(query: string, k: number): LexicalHit[] {
    const results: SearchResult[] = this.mini.search(query, { combineWith: "OR" });
    return results.slice(0, k).map((r) => ({ label: r.id as number, score: r.score, terms: r.terms }));
  }

  /** Postings and statistics, for scoring this index together with others (see Bm25Internals). */
  internals(): Bm25Internals { return this.mini as unknown as Bm25Internals; }

  /** The index's own terms for a text, so callers match words exactly as search does. */
  tokens(text: string): string[] {
    return OPTIONS.tokenize(text).map(processTerm).filter((t): t is string => t !== null);
  }
}
