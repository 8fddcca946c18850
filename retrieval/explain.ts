import type { SearchIndex } from "../index/searchIndex.js";
import { contentWords, findEvidence, words, type EvidenceSentence } from "./evidence.js";
import { explainParts, type ExplainKind, type ExplainPart } from "./explain/asks.js";
import { withOwnWords } from "./explain/docs.js";
import { columnistOf } from "./explain/columnist.js";
import { ASKING_WORDS, ownWords, placeWords, selectExplanation } from "./explain/select.js";
import { askedItem, itemEvidence } from "./explain/listItems.js";
import { asksRevisionCause } from "./explain/revision.js";
import { turnEvidence, turnsForParts } from "./explain/transcript.js";
import type { QuestionFrame } from "./figures/query.js";
import type { SearchHit } from "./hybrid.js";
import { findEntities } from "../text/entities.js";
import { stem } from "./figures/select.js";

/**
 * Questions that are not about a figure ("why…", "what drove…", "who said…", "which company…",
 * "what is…", "how did … change") are answered with the sentences that explain, quoted whole and
 * cited; the kinds of question and the cues that answer them are in retrieval/explain/.
 */
export { explainKind, explainParts, type ExplainKind, type ExplainPart } from "./explain/asks.js";

/** What an answer says when no sentence gives what a part asks for. */
const NOT_FOUND: Record<ExplainKind, string> = {
  cause: "explains this", challenge: "names the challenges asked about", meaning: "says what this shows", person: "names the person asked about",
  organisation: "names the company asked about", source: "says where these figures come from", statement: "reports what was said",
  change: "describes this change", definition: "defines this", duration: "says how long this has held", plan: "says what is planned", action: "says what was done",
  substitute: "says what took its place", purpose: "says what this was for", venue: "says where this is or was held",
};

export interface Explanation {
  sentences: EvidenceSentence[];
  /** A sentence for every part no passage answers ("I found no passage that names the person asked about."). */
  notFound: string[];
  /** The parts no passage answers, as the question asks them (an answer that quotes the rest is partial). */
  missing: string[];
}

/** Does a part of a question say a word of the goods the question names? */
const namesSubjects = (text: string, subjects: string[]) => {
  const said = words(text);
  return subjects.some((sub) => [...words(sub)].some((w) => w.length > 3 && said.has(w)));
};

/** The partners a part of a question names itself. */
const namesPartners = (text: string, partners: string[]) => findEntities(text).some((e) => partners.includes(e.id));

/** The noun of a "what goods …" or "which products …" ask: what the answer names, not what it is about. */
const ASKED_NOUN = /\b(?:what|which)\s+(?:kinds?\s+of\s+|types?\s+of\s+)?(goods|products|items|commodities|cargo|sectors|industries)\b/i;

/** The explaining sentences for a question, with a line for each part the documents do not answer. */
export function explain(
  question: string, frame: QuestionFrame, index: SearchIndex<unknown>, hits: SearchHit[], options: { constrained: boolean },
): Explanation {
  // ("what goods drove its trade with russia?": the goods asked for are no goods the sentences must name)
  const askedNoun = ASKED_NOUN.exec(question)?.[1]?.toLowerCase();
  if (askedNoun && frame.subjects.some((sub) => sub.toLowerCase() === askedNoun)) {
    frame = { ...frame, subjects: frame.subjects.filter((sub) => sub.toLowerCase() !== askedNoun) };
  }
  const parts: ExplainPart[] = explainParts(question);
  // (nor words the sentences must use)
  const wanted = contentWords(frame, "explain").filter((w) => !askedNoun || w !== stem(askedNoun));
  const ranked = withOwnWords(hits, index, ownWords(frame.terms));
  const evidence = findEvidence(frame, index, ranked, { purpose: "explain", maxDocs: 5, reasons: true });
  // "who's wang lei, and why did copper imports fall?": the goods one part names do not narrow the other's sentences
  // (nor the partner: "why did trade with russia drop, and where did its exporters sell instead?")
  const unnarrowed = new Map<string, EvidenceSentence[]>();
  const evidenceFor = (part: ExplainPart) => {
    // ("why was the russia trade figure corrected?": what the notice says was wrong with "the earlier figure" names
    // neither the goods nor the partner)
    const revision = asksRevisionCause(part);
    const keepSubjects = !revision && (parts.length < 2 || namesSubjects(part.text, frame.subjects));
    // (what took a market's place is elsewhere: "where did they sell instead of russia?")
    const keepPartners = part.kind !== "substitute" && !revision
      && (parts.length < 2 || namesPartners(part.text, frame.partners));
    if ((keepSubjects || !frame.subjects.length) && (keepPartners || !frame.partners.length)) return evidence;
    const key = `${keepSubjects}/${keepPartners}`;
    let found = unnarrowed.get(key);
    if (!found) {
      const wider = { ...frame, subjects: keepSubjects ? frame.subjects : [], partners: keepPartners ? frame.partners : [] };
      unnarrowed.set(key, found = findEvidence(wider, index, ranked, { purpose: "explain", maxDocs: 5, reasons: true }));
    }
    return found;
  };
  // a part a reporter asked too is answered by the paragraph that answered the reporter
  const docIds = [...new Set(evidence.map((s) => s.docId))];
  const docs = docIds.flatMap((id) => index.documents.find((d) => d.id === id) ?? []);
  const turns = turnsForParts(parts, docs, new Set([...ASKING_WORDS, ...placeWords(question)]));
  const told = new Map([...turns].map(([part, turn]) =>
    [part, turnEvidence(turn, docIds.indexOf(turn.docId), part, docs.find((d) => d.id === turn.docId))]));
  // (and a part a numbered measure's heading names, by that measure: "4. Increase financial support. …")
  for (const part of parts) {
    const item = told.has(part) ? undefined : askedItem(part, docs, placeWords(question));
    if (item) told.set(part, itemEvidence(item, docIds.indexOf(item.docId)));
  }
  // (the words of an opinion column are its author's)
  const columnists = new Map(docs.flatMap((d) => { const a = columnistOf(d); return a ? [[d.id, a] as const] : []; }));
  const { sentences, missing } = selectExplanation(question, parts, evidenceFor, wanted, { ...options, columnists }, told);
  return {
    sentences, notFound: missing.map((p) => `I found no passage in the indexed documents that ${NOT_FOUND[p.kind]}.`),
    missing: missing.map((p) => p.text),
  };
}
