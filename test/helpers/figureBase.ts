import { beforeAll } from "vitest";
import { chunkDocument } from "../../corpus/chunk.js";
import type { CorpusDocument } from "../../corpus/types.js";
import { extractDocumentFacts } from "../../facts/extract.js";
import { figureIndex } from "../../retrieval/figures/base.js";
import { parseQuestion, type QuestionFrame } from "../../retrieval/figures/query.js";
import type { FigureAnswer } from "../../retrieval/figures/solve.js";
import { INTENTS, solveByIntent } from "../../retrieval/intents/registry.js";

/** A made-up article: id, title, publication date, text. */
export type Doc = [id: string, title: string, published: string, text: string];

export type Base = ReturnType<typeof figureIndex>;

/** The fact base the extractor builds from made-up articles. */
export function baseOf(docs: Doc[]): Base {
  const documents: CorpusDocument[] = docs.map(([id, title, published, text]) => ({
    id, meta: { title, source: `${id}.md`, published }, text, hash: id,
  }));
  return figureIndex(documents.flatMap((d) => extractDocumentFacts(d, chunkDocument(d))), documents);
}

/** A question read against a base (its groups, subjects and words). */
export const frameOf = (question: string, b: Base): QuestionFrame =>
  parseQuestion(question, { groups: b.groups, findSubjects: b.findSubjects, words: b.words });

/** A question read as the engine reads it for a plan: with the base's zones too. */
export const planFrameOf = (question: string, b: Base): QuestionFrame =>
  parseQuestion(question, { groups: b.groups, findSubjects: b.findSubjects, words: b.words, findZones: b.findZones });

/** Which intent takes a question, and its answer over the base. */
export function askIntent(b: Base, question: string): { intent: string | undefined; answer: FigureAnswer | undefined } {
  const q = frameOf(question, b);
  // the intent that answered: the first that recognises the question and does not pass it on ("none")
  return { intent: INTENTS.find((i) => i.detect(q) && i.solve(q, b).status !== "none")?.name, answer: solveByIntent(q, b) };
}

/** The computed figures of an answer as [value, unit]. */
export const computed = (a: FigureAnswer | undefined) => a?.figures.filter((f) => f.computed).map((f) => [f.value, f.unit]);
/** What an intent says when the documents lack a side: nothing, not a partial answer. */
export const ABSTAIN = { status: "abstain", lines: [], figures: [] };

/**
 * A fact base built in `beforeAll` (not when the test file loads: a mutation run switches mutants on only inside
 * tests, and counts code reached at load as static), with the intent asker over it.
 */
export function intentBase(docs: Doc[]): { base: () => Base; ask: (question: string) => ReturnType<typeof askIntent> } {
  let built: Base | undefined;
  beforeAll(() => {
    built = baseOf(docs);
  });
  const base = () => {
    if (!built) throw new Error("the fact base is built in beforeAll: use it inside a test");
    return built;
  };
  return { base, ask: (question) => askIntent(base(), question) };
}

/** The values of the stated facts each line of an answer quotes (what a reader can check the line against). */
export const lineValues = (a: FigureAnswer | undefined) => a?.lines.map((l) => l.facts.map((f) => f.value));
/** The values of the stated facts each figure of an answer rests on. */
export const figureFactValues = (a: FigureAnswer | undefined) => a?.figures.map((f) => f.facts.map((x) => x.value));
