import type { Embedder } from "../index/embedders/types.js";
import type { IndexData } from "../index/store.js";
import { CitationList } from "./citations.js";
import { pickSentences, rankSentences } from "./compose.js";
import { hybridSearch, type SearchHit } from "./hybrid.js";
import { validateQuestion } from "./question.js";
import type { Answer } from "./types.js";

/** A loaded index with the embedder that built it: all `answer()` needs. */
export interface Engine<F = unknown> {
  index: IndexData<F>;
  embedder: Embedder;
}

export interface AnswerOptions {
  /** Passages retrieved. Default 5. */
  k?: number;
  /** Below this cosine similarity a hit with no lexical match is not evidence. Default 0.35. */
  minSimilarity?: number;
}

export interface Retrieval { question: string; terms: string[]; hits: SearchHit[] }

/** Dense + lexical retrieval for a question (the part of `answer()` before composition). */
export async function retrieve<F>(question: string, engine: Engine<F>, options: AnswerOptions = {}): Promise<Retrieval> {
  const q = validateQuestion(question);
  const vector = await engine.embedder.embedQuery(q);
  const hits = hybridSearch(engine.index, vector, q, { k: options.k ?? 5 });
  return { question: q, terms: engine.index.lexical.tokens(q), hits };
}

/** The pure core: a question in, a structured, cited answer out. */
export async function answer<F>(question: string, engine: Engine<F>, options: AnswerOptions = {}): Promise<Answer> {
  const r = await retrieve(question, engine, options);
  const minSim = options.minSimilarity ?? 0.35;
  const evidence = r.hits.filter((h) => h.bm25 > 0 || h.similarity >= minSim);
  const sentences = pickSentences(rankSentences(evidence, r.terms, r.question));
  if (sentences.length === 0) {
    return { question: r.question, abstained: true, answer: "I found nothing in the indexed documents that answers this.", figures: [], citations: [] };
  }
  const citations = new CitationList(engine.index.documents, engine.index.passages);
  const parts = sentences.map((s) => `${s.text} [${citations.cite(s.docId, s.start, s.end)}]`);
  return { question: r.question, abstained: false, answer: parts.join(" "), figures: [], citations: citations.build(r.terms) };
}
