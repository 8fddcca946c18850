import type { Embedder } from "../index/embedders/types.js";
import type { IndexData } from "../index/store.js";
import { inTurn } from "./turns.js";
import { CitationList } from "./citations.js";
import { pickSentences, rankSentences } from "./compose.js";
import { hybridSearch, type SearchHit } from "./hybrid.js";
import { validateQuestion } from "./question.js";
import { figureIndex } from "./figures/base.js";
import { factLabel, valueText } from "./figures/describe.js";
import { parseQuestion } from "./figures/query.js";
import { closestFacts, solve, type DraftFigure, type Line } from "./figures/solve.js";
import type { Fact } from "./figures/types.js";
import type { Answer, Figure } from "./types.js";

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

function citeLines(lines: Line[], drafts: DraftFigure[], citations: CitationList): { text: string; figures: Figure[]; spans: Array<[number, number]> } {
  const cite = (f: Fact) => citations.cite(f.docId, f.start, f.end);
  const spans: Array<[number, number]> = [];
  const text = lines.map((l) => {
    const ns = [...new Set(l.facts.map(cite))];
    l.facts.forEach((f) => spans.push([f.valueStart, f.valueEnd]));
    return `${l.text}${ns.length ? ` ${ns.map((n) => `[${n}]`).join("")}` : ""}.`.replace(/\.\.$/, ".");
  }).join(" ");
  return { text, figures: citeFigures(drafts, citations), spans };
}

/** Draft figures with citation numbers for the facts they rest on. */
export function citeFigures(drafts: DraftFigure[], citations: CitationList): Figure[] {
  return drafts.map((d): Figure => ({
    label: d.label, value: d.value, unit: d.unit, computed: d.computed, ...(d.formula && { formula: d.formula }),
    citations: [...new Set(d.facts.map((f) => citations.cite(f.docId, f.start, f.end)))],
    ...(d.entity && { entity: d.entity }), ...(d.metric && { metric: d.metric }), ...(d.period && { period: d.period }),
  }));
}

/** The pure core: a question in, a structured, cited answer out. */
export function answer(question: string, engine: Engine<Fact>, options: AnswerOptions = {}): Promise<Answer> {
  return inTurn(() => answerNow(question, engine, options));
}

async function answerNow(question: string, engine: Engine<Fact>, options: AnswerOptions): Promise<Answer> {
  const q = validateQuestion(question);
  const base = figureIndex(engine.index.facts, engine.index.documents);
  const frame = parseQuestion(q, base.groups);
  const solved = solve(frame, base);
  const citations = new CitationList(engine.index.documents, engine.index.passages);
  if (solved.status === "none") return extractive(q, engine, options, citations);
  const terms = engine.index.lexical.tokens(frame.text);
  if (solved.status === "answered") {
    const { text, figures, spans } = citeLines(solved.lines, solved.figures, citations);
    return { question: q, abstained: false, answer: text, figures, citations: citations.build(terms, spans) };
  }
  // abstain: say so, and show the closest figures the documents do have
  const closest = closestFacts(frame, base);
  const lines: Line[] = [{ text: solved.lines[0]?.text.replace(/\.$/, "") ?? "I found no figure in the indexed documents that answers this", facts: [] }];
  if (closest.length) {
    lines.push({ text: `Closest figures they do have: ${closest.map((f) => `${factLabel(f)}: ${valueText(f)}`).join("; ")}`, facts: closest });
  }
  const { text, spans } = citeLines(lines, [], citations);
  return { question: q, abstained: true, answer: text, figures: [], citations: citations.build(terms, spans) };
}

async function extractive<F>(question: string, engine: Engine<F>, options: AnswerOptions, citations: CitationList): Promise<Answer> {
  const r = await retrieve(question, engine, options);
  const minSim = options.minSimilarity ?? 0.35;
  const evidence = r.hits.filter((h) => h.bm25 > 0 || h.similarity >= minSim);
  const sentences = pickSentences(rankSentences(evidence, r.terms, r.question));
  if (sentences.length === 0) {
    return { question: r.question, abstained: true, answer: "I found nothing in the indexed documents that answers this.", figures: [], citations: [] };
  }
  const parts = sentences.map((s) => `${s.text} [${citations.cite(s.docId, s.start, s.end)}]`);
  return { question: r.question, abstained: false, answer: parts.join(" "), figures: [], citations: citations.build(r.terms) };
}
