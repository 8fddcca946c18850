import { place } from "../text/places.js";
import { findEntities } from "../text/entities.js";
import { namingNicknames } from "../text/nicknames.js";
import type { Embedder } from "../index/embedders/types.js";
import type { SearchIndex } from "../index/searchIndex.js";
import { inTurn } from "./turns.js";
import { CitationList } from "./citations.js";
import { pickSentences, rankSentences } from "./compose.js";
import { hybridSearch, type SearchHit } from "./hybrid.js";
import { validateQuestion } from "./question.js";
import { figureIndex, type FigureIndex } from "./figures/base.js";
import { entityName, factLabel, itemWithShortForm, valueText } from "./figures/describe.js";
import { findNumbers } from "../text/numbers.js";
import { periodKey, samePeriod, type Period } from "../text/periods.js";
import { askedCurrency, asksBothCurrencies, BOTH_FLOWS, correctSpelling, parseQuestion } from "./figures/query.js";
import { closestFacts, partnerParts, solve, type DraftFigure, type Line } from "./figures/solve.js";
import { EXPECTING } from "./figures/select.js";
import type { Fact } from "../text/terms.js";
import type { Answer, AnswerMode, Figure } from "./types.js";
import type { Span } from "../corpus/sentences.js";
import type { CorpusDocument } from "../corpus/types.js";
import { contentWords, findEvidence, hasWithTypo, hitAbout, hitInPeriods, initialisms, saysModifiers, words,
  type EvidenceSentence } from "./evidence.js";
import { explain, explainKind, explainParts } from "./explain.js";
import { namesFigure, RANK_MOVES } from "./explain/asks.js";
import { currencyUnquoted, periodsUnquoted, quoteEvidence, quoteList, statesCount } from "./quote.js";
import type { QuestionFrame } from "./figures/query.js";
import { solveByIntent } from "./intents/registry.js";
import { lookupPlan, periodRest, readPlan } from "./plans/read.js";
import { unansweredParts } from "./unanswered.js";
import { filedUnderOther, namesAskedName, namesAskedPlaceFirst } from "./figureOwner.js";
import { tableLead } from "./tableLead.js";
import { askedPhrase, splitAsks, WHOLE_ASKED } from "./asks.js";
import { MONEY_ASKED, PART_NAMES, partsUnsaid, unitsUnsaid } from "./askedParts.js";
import { amountBound, rankableItem } from "./intents/rankWithin.js";
import { runPlan } from "./plans/run.js";
import {
  answerItems, asksForItems, figuresNameNone, goodsOfParagraph, itemsFrame, listOfFlow, listsOfKind, membersOfTerm,
  partsOfKind, partsOfShare, pointsUnderHeading,
} from "./namedItems.js";
import { unitAskedAs } from "../text/units.js";
import { asksSpeakers, speakersOf, type Speaker } from "./explain/speakers.js";
import { askedPersonName } from "./explain/attribution.js";
import { ASKING_WORDS, placeWords } from "./explain/select.js";
import { subjectNames } from "../text/subjects.js";
import {
  asksCount, asksSeveral, leftOutNote, leftOutOfRanking, namedInQuestion, namesOnlyAsked, namesSeveral, quoteNamesSeveral,
}
  from "./shape.js";

/** An index (one loaded, or a base with a server's overlay) with the embedder that built it: all `answer()` needs. */
export interface Engine<F = unknown> {
  index: SearchIndex<F>;
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

const CURRENCY_WORD = { yuan: "yuan", "US dollars": "dollars" } as const;
/**
 * "…, in usd?" answered with yuan only: the answer says so rather than leave the unit unremarked, and names the
 * figure in the asked currency as missing (a half answer: the figure asked is not stated). An amount stated with its
 * equivalent in brackets ("N yuan ($M)") gives the asked one; "in yuan and in usd?" names the missing one apart.
 */
function inAnotherCurrency(frame: QuestionFrame, figures: Figure[], facts: Fact[]): { note: string; missing: string[] } {
  const asked = askedCurrency(frame.text);
  const units = [...figures.map((f) => f.unit), ...facts.flatMap((f) => (f.alt ? [f.alt.unit] : []))];
  if (!asked || asksBothCurrencies(frame.text) || !figures.some((f) => /yuan|dollars/.test(f.unit))
    || units.some((u) => u.endsWith(asked))) return { note: "", missing: [] };
  const other = asked === "yuan" ? "US dollars" : "yuan";
  return { note: ` The documents give these figures in ${CURRENCY_WORD[other]}, not in ${CURRENCY_WORD[asked]}.`,
    missing: [`the figure in ${CURRENCY_WORD[asked]}`] };
}

interface FoundFigures { lines: Line[]; figures: DraftFigure[]; missing?: string[] }

/**
 * The figures that answer a question as a whole: a plan of it (two asks at once, a level implied by a stated change
 * or share, a total less its parts, two flows side by side), else the intents and the general solver, else its
 * look-up as a plan of its parts. Figures count only when their cited sentences use the question's own words.
 */
function figuresFor(frame: QuestionFrame, base: FigureIndex, wordsOf = frame, solve = () => solveFigures(frame, base)):
  FoundFigures | undefined {
  // (the words a plan's operation reads as asking, "rest of" or "price per", no cited sentence has to say)
  const fits = (cover: Fact[], asking: string[] = []) =>
    factsCover({ ...wordsOf, terms: wordsOf.terms.filter((t) => !asking.includes(t)) }, cover, base)
    && !namesNothingNew(frame, cover) && !namesOnlySetAside(frame, cover, base);
  const lineFacts = (found: { lines: Line[] }) => found.lines.flatMap((l) => l.facts);
  // ("which countries did it sell power to, and how much each": the goods' parts by partner, before any plan of the whole)
  const byPartner = frame.asksFigure && frame.intent === "list" ? partnerParts(frame, base) : undefined;
  if (byPartner?.status === "answered" && fits(lineFacts(byPartner))) return byPartner;
  const plan = frame.asksFigure ? readPlan(frame) : undefined;
  const planned = plan && runPlan(plan, base, frame.text);
  if (planned?.status === "answered" && fits(lineFacts(planned), plan?.asking)) return planned;
  // a change between two levels that are both stated but cannot be set against each other (two currencies) is not
  // answered by some other figure of one of the years
  if (planned?.status === "abstain" && planned.unworkable) return planned;
  // a period no sentence states, left by a longer one less its other part; first when the question states that part
  // ("q2 was 195.63bn. so what was q1?"), which the solver would only repeat, else after the solver and the parts
  const given = restOfPeriod();
  if (given?.plan.inputs.some((i) => i.given) && given.answer) return given.answer;
  const solved = solve();
  const cover = [...solved.figures.flatMap((f) => f.facts), ...lineFacts(solved)];
  // ("export growth vs import growth?" with only the exports' stated: the side found and the other named as not stated,
  // never the one side passed off as the answer)
  // (two sides of one place: two places' sides are named by the solver's reading, "Ningbo's figure")
  const oneSide = plan?.operation === "compare" && plan.inputs.every((i) => i.entity === plan.inputs[0]?.entity)
    && planned?.status === "abstain" && planned.lines.length > 0
    && planned.missing.length > 0 && cover.every((f) => lineFacts(planned).some((x) => x.id === f.id));
  // the look-up as a plan of its parts, each resolved (or derived) on its own
  const parts = frame.asksFigure && !plan ? lookupPlan(frame) : undefined;
  // (run only where it may be used: beside an answer with fewer lines than measures asked, or in its place)
  const answered = solved.status === "answered" && fits(cover, inTextOrder(cover)) && !oneSide;
  const partial = parts && (!answered || solved.lines.length < frame.measures.length) ? runPlan(parts, base, frame.text)
    : undefined;
  const partsFit = partial?.status === "answered" && fits(lineFacts(partial));
  if (answered) {
    // ("how much trade did X handle, if its share was N?" answered with the share alone, where the parts give the share
    // and the value worked out from it: the answer that gives every figure the solver's does and more)
    const more = partsFit && partial!.lines.length > solved.lines.length
      && cover.every((f) => lineFacts(partial!).some((x) => x.id === f.id));
    return more ? partial! : solved;
  }
  // two sides of which only one is stated: that one, with the other named as not found
  if (planned?.status === "abstain" && planned.lines.length && fits(lineFacts(planned))) return planned;
  // no stated figure answers the look-up as a whole: its parts
  if (partsFit) return partial!;
  // (the same period left over, worked out above before the solver: its answer, if it had one)
  if (given?.answer) return given.answer;
  // a computation with an input not found: the inputs found, and the one not found named (an abstention)
  const inputsOnly = planned?.lines.length && planned.missing.length && fits(lineFacts(planned), plan?.asking);
  return inputsOnly ? planned : undefined;

  /** A period no sentence states, left by a longer one less its other part ("jan+feb" from the quarter and March). */
  function restOfPeriod() {
    const metric = frame.metric ?? "trade";
    const periods = base.facts.filter((f) => f.measure === "amount" && f.metric === metric && f.period && !f.derived
      && frame.entities.includes(f.entity)).map((f) => f.period!);
    // (a look-up planned as asked parts that found none may still be such a period)
    const rest = frame.asksFigure && (!plan || plan.operation === "values") && planned?.status !== "answered"
      ? periodRest(frame, periods) : undefined;
    const found = rest && runPlan(rest, base, frame.text);
    // (a part larger than its whole says the two are not of one thing: no answer)
    const answered = found?.status === "answered" && (found.figures[0]?.value ?? 0) > 0 && fits(lineFacts(found));
    return rest && { plan: rest, ...(answered && { answer: found }) };
  }
}

/** "Its three biggest partners, in order?": a list the text names is in its order, which no sentence has to say. */
// (a list of items that share a statement, scope "shared", gives no order)
// words that ask for a figure worked out from others, whichever plan reads the question: "avg value per tonne",
// "h1 minus q2", "by how much", "how many times", "the surplus", "what does that imply"
const WORKED_OUT = new RegExp(String.raw`\bper\s+(?:tonne|ton|unit|vehicle|car|container|teu)\b|\bav(?:era)?g\.?\s+`
  + String.raw`(?:import\s+|export\s+)?(?:price|value|cost)\b|\b(?:minus|plus|difference|surplus|deficit|impl(?:y|ies|ied))\b`
  + String.raw`|\bby\s+how\s+(?:much|many)\b|\bhow\s+many\s+times\b|\bwhat\s+does\s+that\s+(?:make|mean|give)\b`
  // ("the total after the revision, and how much lower than first published?": the gap between two figures)
  + String.raw`|\bhow\s+much\s+(?:higher|lower|more|less|bigger|smaller|larger|greater)\b`
  // ("how many trips in 2018, based on the 2019 growth?": a figure worked back from a stated change)
  + String.raw`|\b(?:based\s+on|using)\s+(?:the\s+|its\s+)?(?:(?:19|20)\d\d\s+)?(?:growth|increase|decrease|rise|fall|`
  + String.raw`decline|change)(?:\s+rate)?\b`, "i");
// "which partner grew fastest, and by how much?": the names and a figure of them
const NAMES_WITH_FIGURE = /\bby how much\b|\bhow (?:much|fast)\b|\bwith (?:(?:their|its|the)\s+)?(?:values|figures|rates|growth)\b/i;
const inTextOrder = (facts: Fact[]) => (facts.length && facts.every((f) => f.measure === "listed" && f.scope !== "shared")
  ? ["order"] : []);

/** A question read against an index: its groups, subjects, zones and words. */
export const readQuestion = (text: string, base: FigureIndex) =>
  parseQuestion(text, { groups: base.groups, findSubjects: base.findSubjects, words: base.words, findZones: base.findZones,
    districts: base.districts, findDescribed: base.findDescribed, findPiped: base.findPiped,
    findServed: base.findServed, findOwners: base.findOwners });

const POINTS_BACK = /\b(?:that|this|it|they|them|those|these)\b/i;

/** Each ask of a question that joins several, answered alone; an ask with no figures is named as not stated. */
function figuresByAsk(asks: string[], frame: QuestionFrame, base: FigureIndex): FoundFigures | undefined {
  if (asks.length < 2) return undefined;
  const out: Required<FoundFigures> = { lines: [], figures: [], missing: [] };
  const first = readQuestion(asks[0]!, base);
  for (const [i, ask] of asks.entries()) {
    const read = i === 0 ? first : readQuestion(ask, base);
    // ("how many chang'an trains ran …, and how many TEUs did they carry?": a later ask naming no place is of the one
    // place the whole question was read as asking about)
    // (and in its one period, when the ask names none)
    // ("port A vs port B - which moved more tonnes and which more value?": of the places set side by side, all of them;
    // never a ranking of every place the documents have)
    const placed = i > 0 && !read.entities.length && frame.entities.length >= 1;
    // (places set side by side are compared in each ask as in the whole)
    const placedFrame = placed ? { ...read, entities: frame.entities,
      ...(frame.entities.length > 1 && frame.intent === "comparison" && { intent: frame.intent }),
      ...(!read.periods.length && frame.periods.length === 1 && { periods: frame.periods }) } : read;
    // ("X zero-tariff lists 2022: how much was imported under them and how much tax was exempted?": a later ask naming
    // no goods, place nor partner but the first's, nor the whole, is of the first's one subject; asks.ts carries only
    // the subjects it knows, not those the documents name)
    const carries = i > 0 && first.subjects.length === 1 && !read.subjects.length && !WHOLE_ASKED.test(ask)
      && read.entities.every((e) => first.entities.includes(e)) && read.partners.every((p) => first.partners.includes(p));
    const askFrame = carries ? { ...placedFrame, subjects: first.subjects } : placedFrame;
    // "… and what growth would that be?": an ask that points back must use the words of the whole question
    const wordsOf = i > 0 && POINTS_BACK.test(ask) ? frame : askFrame;
    const found = askFrame.asksFigure ? figuresFor(askFrame, base, wordsOf) : undefined;
    if (!found) {
      out.missing.push(askedPhrase(ask));
      continue;
    }
    // (a figure an earlier ask already gave is not told again: "… how much was imported under them and how much tax
    // was exempted?" may find the goods again beside the taxes)
    const told = new Set(out.figures.flatMap((f) => f.facts.map((x) => x.id)));
    const again = (facts: Fact[]) => facts.length > 0 && facts.every((x) => told.has(x.id));
    // (but a figure worked out anew from them is: "surplus and export/import ratio" divides the two flows the surplus
    // took away from each other)
    const worked = new Set(out.figures.filter((f) => f.computed).map((f) => f.formula));
    const anew = (f: DraftFigure) => f.computed && !worked.has(f.formula);
    const newWork = found.figures.some(anew);
    out.lines.push(...found.lines.filter((l) => newWork || !again(l.facts)));
    out.figures.push(...found.figures.filter((f) => anew(f) || (!f.computed && !again(f.facts))));
    out.missing.push(...(found.missing ?? []));
  }
  return out.lines.length && frame.asksFigure ? out : undefined;
}

/** The pure core: a question in, a structured, cited answer out. */
export function answer(question: string, engine: Engine<Fact>, options: AnswerOptions = {}): Promise<Answer> {
  return inTurn(() => answerNow(question, { index: engine.index, embedder: embeddingOnce(engine.embedder) }, options));
}

/**
 * The embedder of one answer: a text it embeds twice (an explanation's question searched again for its passages) is
 * embedded once. Only within the answer: each question still pays for its own embedding.
 */
function embeddingOnce(embedder: Embedder): Embedder {
  const vectors = new Map<string, Promise<number[]>>();
  const embedQuery = (text: string): Promise<number[]> => {
    let vector = vectors.get(text);
    if (!vector) {
      vectors.set(text, vector = embedder.embedQuery(text));
      // (a failed embedding is tried again by the next search that needs it)
      vector.catch(() => vectors.delete(text));
    }
    return vector;
  };
  return {
    id: embedder.id, dims: embedder.dims, embedQuery, close: () => embedder.close(),
    embedPassages: (texts, onProgress) => embedder.embedPassages(texts, onProgress),
  };
}

/** Sentence evidence reads at least eight passages: the articles a quote or an explanation may come from. */
const evidenceSearch = (options: AnswerOptions): AnswerOptions => ({ ...options, k: Math.max(options.k ?? 5, 8) });

/** Intents a quoted sentence may answer: a stated figure, not a computed one. */
const QUOTABLE = new Set<QuestionFrame["intent"]>(["lookup", "rank_position"]);
// a question that asks for names ("which …", "list …", "top three …")
const ASKS_NAMES = /^\s*(?:which|what|who|list|name)\b|\btop\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\b/i;

// "which ports handled more trade than Ningbo?": a list asks for names beside the ones it gives
const ASKS_OTHERS = /^\s*(?:which|what|name|list)\s+(?:\w+\s+){0,2}(?:ports?|cities|provinces|regions|countries|partners|markets|economies)\b/i;

// ("saw trade more than double", "grew more than 10%": a "than" before a multiple or a figure sets nothing beside)
const BESIDE =
  /\bthan\b(?!\s+(?:double[ds]?|triple[ds]?|quadruple[ds]?|twice|half|\d))|\bbesides\b|\bother than\b|\bapart from\b|\bexcept\b/i;

/** A "which … than X" question whose figures are all of the places it names itself names no answer. */
export const namesNothingNew = (frame: QuestionFrame, facts: Fact[]) =>
  frame.intent === "list" && ASKS_OTHERS.test(frame.text) && BESIDE.test(frame.text) && facts.length > 0
  && facts.every((f) => frame.entities.includes(f.entity) && (!f.partner || frame.partners.includes(f.partner)));

// "besides baijiu and tea, which exports grew?": the goods named after "besides" are set aside, not asked
const SET_ASIDE = /\b(?:besides|other\s+than|apart\s+from|aside\s+from|except(?:\s+for)?)\s+([^,?;]+)/i;

/** Are the figures all of goods the question sets aside ("besides tea, …")? Then they name none it asks for. */
function namesOnlySetAside(frame: QuestionFrame, facts: Fact[], base: FigureIndex): boolean {
  const aside = SET_ASIDE.exec(frame.text)?.[1];
  if (!aside || !facts.length) return false;
  const named = new Set([...subjectNames(aside), ...base.findSubjects(aside)]);
  return facts.every((f) => f.subject !== undefined && named.has(f.subject));
}

/** The figures that answer a question: the first intent that recognises it, else the general solver. */
const solveFigures = (frame: QuestionFrame, base: FigureIndex) => solveByIntent(frame, base) ?? solve(frame, base);

/**
 * Do the facts an answer rests on use every content word of the question (their sentences and articles), and every word
 * that narrows the asked flow (their own sentences, subjects or qualifiers)?
 */
/** The other facts of a figure's article that state the same figure: same owner, flow, goods, partner, period and value. */
function restatements(f: Fact, facts: readonly Fact[]): Fact[] {
  return (sameFigures(facts).get(figureKey(f)) ?? []).filter((x) => x !== f);
}

/** What makes two facts of an article one figure stated twice. */
const figureKey = (f: Fact) => JSON.stringify([f.docId, f.value, f.unit, f.measure, f.metric, f.entity, f.partner ?? null,
  f.subject ?? null, f.qualifier ?? null, periodKey(f.period)]);

// the facts of an index grouped by figure, in index order: worked out once per index, not for every cited fact
const figureGroups = new WeakMap<readonly Fact[], Map<string, Fact[]>>();
function sameFigures(facts: readonly Fact[]): Map<string, Fact[]> {
  let groups = figureGroups.get(facts);
  if (!groups) {
    groups = new Map();
    for (const f of facts) {
      const key = figureKey(f);
      const group = groups.get(key);
      if (group) group.push(f); else groups.set(key, [f]);
    }
    figureGroups.set(facts, groups);
  }
  return groups;
}

// the words around each fact, read once per index's documents (a figure is checked against many questions' words)
const aroundRead = new WeakMap<ReadonlyMap<string, CorpusDocument>, WeakMap<Fact, ReadonlySet<string>>>();

/** The words of a fact's article title and publisher, the text before it in its article, its qualifier and unit. */
function wordsAround(f: Fact, docs: ReadonlyMap<string, CorpusDocument>): ReadonlySet<string> {
  let read = aroundRead.get(docs);
  if (!read) aroundRead.set(docs, read = new WeakMap());
  let found = read.get(f);
  if (!found) {
    const doc = docs.get(f.docId);
    // ("5.41 million TEUs", and its change, "TEUs, quantity", say "container throughput")
    const asked = unitAskedAs(`${f.unit} ${f.qualifier ?? ""}`).join(" ");
    // ("… (huaxi brief)?": the report named by its publisher, as its front matter gives it)
    const text = `${doc?.meta.title ?? ""} ${doc?.meta.publisher ?? ""} `
      + `${doc?.text.slice(Math.max(0, f.start - 300), f.end) ?? ""}`
      + ` ${f.qualifier ?? ""} ${asked}`;
    read.set(f, found = words(text.toLowerCase()));
  }
  return found;
}

const FIRST_YEAR_ASKED = /\b(?:first|1st)\s+(?:full\s+)?(?:year|yr)\b(?!\s+(?:of|in)\s+(?:the\s+)?(?:\d|1[0-9]th|\w+teenth))/i;
const FIRST_YEAR_SAID = /\b(?:first|1st|opening)\s+(?:full\s+)?(?:year|12\s+months|twelve\s+months)\b/i;

// ("the corrected figure?" of a text's "has been revised to …"): one word family, whichever word a text uses for it
// (as words() stems them: "corrected" is "correct", "revised" is "revis")
const REVISION_WORDS = new Set(["correct", "correction", "revis", "revision", "amend", "amendment"]);
const revisionSaid = (set: ReadonlySet<string>, w: string) => REVISION_WORDS.has(w) && [...REVISION_WORDS].some((r) => set.has(r));

/**
 * ("lithum-ion", "ginsen"): a word of six letters typed with one letter left out of a longer word around the figure;
 * only a letter left out, as shorter words have many real neighbours one substitution away.
 */
function hasWithLetterLeftOut(set: ReadonlySet<string>, w: string): boolean {
  if (w.length !== 6) return false;
  for (const h of set) {
    if (h.length !== 7) continue;
    for (let i = 0; i < 7; i++) if (h.slice(0, i) + h.slice(i + 1) === w) return true;
  }
  return false;
}

function factsCover(frame: QuestionFrame, facts: Fact[], base: Pick<FigureIndex, "documents" | "facts">): boolean {
  return !coverGaps(frame, facts, base).length;
}

/**
 * What the facts' sentences and articles lack of the question's words (factsCover's test, told): each content word not
 * around them, or the words that narrow the flow when their own sentences do not say them. None: they cover it.
 */
export function coverGaps(frame: QuestionFrame, facts: Fact[], base: Pick<FigureIndex, "documents" | "facts">): string[] {
  const docs = base.documents;
  const wanted = contentWords(frame);
  // (a figure its article states twice, in the headline and in the body, is said by the words around either statement:
  // "X's trains make 423 trips" and "The China-Europe Railway Express (X) made 423 trips")
  const around = facts.flatMap((f) => [f, ...restatements(f, base.facts)]).map((f) => wordsAround(f, docs));
  // ("the etdz" of an article titled "… Economic and Technological Development Zone: …": a zone's initials, only of the
  // names that are the figure's own, its owner's, its qualifier's or its article's: never a forum's the sentence names)
  const initials = initialisms(facts.map((f) => `${docs.get(f.docId)?.meta.title ?? ""}. ${f.qualifier ?? ""}. ${entityName(f)}`)
    .join(". "));
  // ("transhipment" for "transshipment": a long word misspelt by one letter is the word)
  // ("shanghai's ftzs": the initials in the plural)
  const initialled = (w: string) => w.length >= 3 && (initials.has(w) || initials.has(w.replace(/s$/, "")));
  const unsaid = wanted.filter((w) => !around.some((a) => hasWithTypo(a, w, 1) || hasWithLetterLeftOut(a, w)
    || revisionSaid(a, w)) && !initialled(w));
  if (unsaid.length) return unsaid;
  // ("how many firms did the zone get in its first year?": a year counted from a launch, no calendar period, which only
  // a figure whose own sentence says so gives; a dated figure of the same thing is of another year)
  if (!frame.periods.length && FIRST_YEAR_ASKED.test(frame.text) && facts.some((f) => !FIRST_YEAR_SAID.test(
    docs.get(f.docId)?.text.slice(Math.max(0, f.start - 200), f.end) ?? ""))) return ["(the first year, unsaid)"];
  // ("bulk imports - rank them by value" over an article titled "… as bulk imports surge": a ranking of goods, every
  // figure of its own goods, is of the kind of flow its articles' titles name)
  const goodsRanked = frame.intent === "rank" && !frame.subjects.length && facts.length > 1 && facts.every((f) => f.subject);
  const titles = goodsRanked ? [...new Set(facts.map((f) => docs.get(f.docId)?.meta.title ?? ""))].join(" ") : "";
  // (a table row's own words are its table's too: the paragraph it follows says what the rows are of)
  const ownText = (f: Fact) => {
    const text = docs.get(f.docId)?.text ?? "";
    return `${f.subject ?? ""} ${f.qualifier ?? ""} ${tableLead(text, f.start)} ${text.slice(f.start, f.end)}`;
  };
  // ("small-widget exports, value and yoy?": a look-up's every figure is of the goods asked; a headline's change of them
  // says nothing of the place's total beside it)
  const looksUp = frame.intent === "lookup" && [undefined, "values"].includes(readPlan(frame)?.operation);
  // (goods the index knows are matched by the figures' subjects; a total's sentence must say the unknown ones itself)
  if (looksUp && !frame.subjects.length && facts.some((f) => !f.subject && !saysModifiers(frame, ownText(f)))) {
    return ["(a narrowing word, unsaid by a figure's own sentence)"];
  }
  return saysModifiers(frame, facts.map(ownText).join(" ") + ` ${titles}`)
    ? [] : ["(a narrowing word, unsaid by the figures' sentences)"];
}

/** The rate of a move a "why" question names ("why did X's imports fall?"), when the figures state it whole. */
function movedFigure(frame: QuestionFrame, base: FigureIndex) {
  const figures = solveFigures({ ...frame, measures: ["growth"] }, base);
  if (figures.status !== "answered" || figures.missing?.length) return undefined;
  const facts = figures.lines.flatMap((l) => l.facts);
  // (a fall's rate is one that fell: "why did its share fall?" is never answered with the growth of the trade itself)
  const way = FELL_ASKED.test(frame.text) ? -1 : ROSE_ASKED.test(frame.text) ? 1 : 0;
  const against = (f: Fact) => f.measure !== "growth" || f.value === null || Math.sign(f.value) !== way;
  if (!way || facts.some(against)) return undefined;
  // (the words that ask why, or whose reading is asked, "acc. to officials", no sentence of the figure has to say)
  const terms = frame.terms.filter((t) => !ASKING_WORDS.has(t) && !WHOSE_READING.has(t));
  return facts.length && factsCover({ ...frame, terms }, facts, base) ? figures : undefined;
}
const FELL_ASKED = new RegExp(String.raw`\b(?:fall|fell|drop(?:ped)?|decline[sd]?|decrease[sd]?|shr[ai]nk|slump(?:ed)?|`
  + String.raw`slip(?:ped)?|plunge[sd]?|down)\b`, "i");
const ROSE_ASKED = new RegExp(String.raw`\b(?:rise|rose|grow|grew|growth|jump(?:ed)?|surge[sd]?|increase[sd]?|climb(?:ed)?|`
  + String.raw`soar(?:ed)?|boom(?:ed)?|up)\b`, "i");
const WHOSE_READING = new Set(["acc", "according", "per", "official", "officials", "analysts", "experts"]);

/** What an answer says of the asked parts it could not find. */
const notStated = (missing: string[] = []) => (missing.length ? ` The documents do not state ${missing.join("; nor ")}.` : "");

/** Sentences quoted whole, each with its citation; a sentence that continues the one before brings it along. */
function quoteLines(sentences: EvidenceSentence[], citations: CitationList): string {
  const quoted = new Set<number>();
  const parts: string[] = [];
  for (const s of sentences) {
    // who a surname is, the sentence this one continues, and what a short topic sentence means, in reading order
    const spans = [s.introduces, s.previous, s, s.next].filter((x): x is Span => x !== undefined && !quoted.has(x.start));
    for (const x of spans) quoted.add(x.start);
    const runs: Span[][] = [];
    for (const x of spans.sort((a, b) => a.start - b.start)) {
      const run = runs.at(-1);
      if (run && x.start - run.at(-1)!.end <= 2) run.push(x); else runs.push([x]);
    }
    for (const run of runs) {
      parts.push(`“${run.map((x) => x.text).join(" ")}” [${citations.cite(s.docId, run[0]!.start, run.at(-1)!.end)}]`);
    }
  }
  return parts.join(" ");
}

async function answerNow(question: string, engine: Engine<Fact>, options: AnswerOptions): Promise<Answer> {
  const typed = validateQuestion(question);
  // ("cq", "xiang province", "the mountain city": read, and searched for, by the place's own name)
  const named = namingNicknames(typed);
  const base = figureIndex(engine.index.facts, engine.index.documents);
  // ("main export prodcuts?": a list's kind typed with a typo is read as spelt, by the list readers too)
  const spelt = asksForItems(named) ? named : correctSpelling(named, base.words);
  const q = spelt !== named && asksForItems(spelt) ? spelt : named;
  // an explanation searches passages by the question's vector: the embedding worker starts on it while the question
  // is read here (its failure is met where the vector is awaited)
  // ("what were its expots in 2030?": a figure word typed with a typo still asks the figure, as its spelling reads;
  // only a figure word the spelling gave: "how long has …" is never made "how along")
  const typoFigure = namesFigure(spelt) && !namesFigure(q);
  const kind = typoFigure ? explainKind(spelt) && explainKind(q) : explainKind(q);
  if (kind) engine.embedder.embedQuery(validateQuestion(q)).catch(() => undefined);
  const frame = readQuestion(q, base);
  const citations = new CitationList(engine.index.documents, engine.index.passages);
  const terms = engine.index.lexical.tokens(frame.text);
  const respond = (mode: AnswerMode, text: string, figures: Figure[] = [], spans: Array<[number, number]> = [],
    missing: string[] = []): Answer => ({
    // a part not found means the question as asked is not answered: the answer abstains and keeps what it found
    question: typed, abstained: mode === "abstained" || missing.length > 0, mode, answer: text, figures,
    citations: citations.build(terms, spans), ...(missing.length && { missing, ...(mode !== "abstained" && { partial: true }) }),
  });
  // "that zhejiang island city" that several documents' cities fit: say which, and answer none of them
  if (frame.describedPlaces) {
    const names = frame.describedPlaces.map((id) => place(id)?.name ?? id).join(", ");
    return respond("abstained", `The place described fits more than one city in the documents (${names}): please name it.`);
  }
  // "who spoke at the press conference?": every person the transcript labels, never only those one sentence introduces
  if (asksSpeakers(q)) {
    const speakers = await transcriptSpeakers(q, frame, engine, options);
    if (speakers.length) {
      // (one sentence that introduces several speakers is quoted once)
      const quoted = [...new Map(speakers.map((s) => [`${s.docId}@${s.first.start}`, s])).values()]
        .map((s) => `“${s.first.text}” [${citations.cite(s.docId, s.first.start, s.first.end)}]`);
      return respond("quoted", `The transcript names ${joinItems(speakers.map((s) => s.name))} as speakers: ${quoted.join(" ")}`);
    }
  }
  if (kind) {
    const r = await retrieve(q, engine, evidenceSearch(options));
    // a question that names a place or a period is answered from that place's and period's articles or not at all
    const constrained = frame.entities.some((e) => e !== "china") || frame.partners.length > 0 || frame.periods.length > 0;
    // "which ports make up the gulf port?", "what goods do the return trains bring?": the items a sentence lists
    const items = await namedItems(q, base, engine, options, citations);
    if (items) return respond("quoted", items);
    // ("where did X get its ore from?": the places goods came from are named by a list or not at all, never by
    // passages about the goods that name none)
    // (only where goods came from: "which customs office put out the data" asks who gave it)
    const from = kind === "source" ? asksForItems(q) : undefined;
    const sources = from?.direction === "from" ? from.noun : undefined;
    if (sources) return respond("abstained", `I found no passage in the indexed documents that names the ${sources} asked.`);
    const { sentences: chosen, notFound, missing: partsMissing } = explain(q, frame, engine.index, r.hits, { constrained });
    // ("which goods make up its 'new three' exports?": the members of a term are named by a list or not at all, never
    // by sentences on the term's figures that name none)
    const term = asksForItems(q)?.term;
    // (with the sentence quoted before or after it: "Green goods, above all A, B and C, … Exports of these 'X' rose …")
    const quotedText = (s: EvidenceSentence) => [s.previous?.text, s.text, s.next?.text].filter(Boolean).join(" ");
    if (term && kind === "definition" && !chosen.some((s) => NAMES_SEVERAL.test(quotedText(s)))) {
      return respond("abstained", `I found no passage in the indexed documents that names what the '${term}' are.`);
    }
    // "how did Yichang's trade change?" is answered with the figure, and the sentences that describe the change
    // (not "which cities changed rank?": moves in a ranking are told in words)
    if (kind === "change" && frame.metric && !RANK_MOVES.test(q)) {
      // ("how did its share change from 2015 to 2021?": the two shares and the points between them, never a growth)
      const share = frame.measures.includes("share");
      const found = share ? figuresFor(frame, base) : undefined;
      const figures = found ? { status: "answered", ...found } : share ? undefined : solveFigures({ ...frame, measures: ["growth"] }, base);
      if (figures?.status === "answered" && factsCover(frame, figures.lines.flatMap((l) => l.facts), base)) {
        const { text, figures: cited, spans } = citeLines(figures.lines, figures.figures, citations);
        const notes = notStated(found?.missing);
        return respond("figures", [text + notes, chosen.length ? quoteLines(chosen, citations) : ""].filter(Boolean).join(" "), cited, spans,
          found?.missing);
      }
    }
    // "why did X's imports fall in 2031?": the fall's own rate is stated beside its reasons, when one fact of the
    // asked flow, place and period gives it (never a guess: no such fact, the reasons alone)
    const moved = kind === "cause" && chosen.length && frame.metric && frame.measures.includes("growth")
      && !frame.measures.includes("share")
      ? movedFigure(frame, base) : undefined;
    if (moved) {
      const { text, figures: cited, spans } = citeLines(moved.lines, moved.figures, citations);
      return respond("passages", [text, quoteLines(chosen, citations), ...notFound].join(" "), cited, spans,
        notFound.length ? partsMissing : []);
    }
    // an explanation is quoted, or the answer says it found none: never "no figure" for a question that asks for none
    // (a part no passage answers is named as missing, so the answer is partial: "why did X fall, and what took its place?")
    if (chosen.length) {
      return respond("passages", [quoteLines(chosen, citations), ...notFound].join(" "), [], [], notFound.length ? partsMissing : []);
    }
    // "what did customs do to speed up …": what was done is told in plain sentences with no cue of their own,
    // so the passages that best match the question answer it
    // (never for a person no document names: "what did zhang wei say …" is not answered with others' words)
    const places = placeWords(q);
    const unnamed = explainParts(q).some((p) => {
      const name = askedPersonName(p.text, places);
      return name !== undefined && !engine.index.documents.some((d) => d.text.toLowerCase().includes(name));
    });
    if (!unnamed && explainParts(q).every((p) => p.kind === "statement" || p.kind === "action")) {
      return extractive(q, engine, options, citations, frame.entities.filter((e) => e !== "china"));
    }
    return respond("abstained", notFound.join(" ") || "I found no passage in the indexed documents that explains this.");
  }
  // "what counts as the 'new three'?" asks for the members of a term, never for its figures; "besides A and B, which
  // exports grew?" for other things than those whose figures it names
  const itemsAsked = asksForItems(q);
  if (itemsAsked?.term || itemsAsked?.besides || itemsAsked?.namesOnly) {
    const members = await namedItems(q, base, engine, options, citations);
    if (members) return respond("quoted", members);
    // ("what does X mainly import?" asks the goods' names: never their figures, nor a sentence that names none)
    if (itemsAsked.namesOnly) {
      return respond("abstained", `I found no passage in the indexed documents that names the ${itemsAsked.noun} asked.`);
    }
  }
  // (the general solver runs once, and only when no plan answers)
  let solvedOnce: ReturnType<typeof solveFigures> | undefined;
  const solve = () => (solvedOnce ??= solveFigures(frame, base));
  const found = figuresFor(frame, base, frame, solve);
  // "iron ore came from which countries?": figures of one thing name no list of things; the items a sentence names do
  // ("main markets for its farm exports?": figures of the exports name no markets, only their partners would; "what
  // products did it export big shares of?": figures of several goods name them)
  const facts = found?.lines.flatMap((l) => l.facts) ?? [];
  const namesNone = figuresNameNone(facts, itemsAsked?.noun);
  // (a ranking names its items by its figures' own periods or places: "which 3 months had the most" is answered by them)
  // ("biggest markets for X's orchids?" reads as a ranking: one figure of the orchids ranks no markets; the months of a
  // ranking by month name its items)
  const oneFigure = new Set(facts.map((f) => `${f.entity}|${f.partner ?? ""}|${f.subject ?? ""}|${f.metric}|`
    + periodKey(f.period))).size < 2;
  const listAsked = frame.intent === "list" || ((frame.intent === "lookup"
    || (frame.intent === "rank" && oneFigure && oneThing(facts))) && itemsAsked?.noun !== undefined);
  if (found && ((frame.intent === "list" && oneThing(facts)) || (listAsked && namesNone))) {
    const items = await namedItems(q, base, engine, options, citations);
    if (items) return respond("quoted", items);
    // a list of names asked is answered with them or not at all: never with figures that name none
    if (itemsAsked?.noun && listAsked && namesNone) {
      return respond("abstained", `I found no passage in the indexed documents that names the ${itemsAsked.noun} asked.`);
    }
  }
  // "how much did X trade, and what share of it was with ASEAN?": asks with scopes of their own, each answered alone
  // (so are asks the whole question's reading answered only in part: "how much did it export, and imports?")
  const asks = splitAsks(q);
  const byAsk = !found || found.missing?.length || asks.length > found.lines.length ? figuresByAsk(asks, frame, base) : undefined;
  // (ask by ask wins when it answers more, and leaves no more unanswered than the whole question's reading; or when it
  // answers every ask where the whole reading, crossing each measure with each period, leaves some unanswered)
  // (in the periods the question names: an ask read alone may find another year's figure)
  const inPeriodsAsked = (f: Fact) => !f.period || frame.periods.some((p) => samePeriod(p, f.period!));
  const asked = byAsk
    && (!frame.periods.length || byAsk.lines.every((l) => !l.facts.length || l.facts.some(inPeriodsAsked)));
  const everyAsk = asked && !byAsk.missing?.length && byAsk.lines.length >= asks.length && found?.missing?.length
    && frame.periods.length > 0;
  const best = byAsk && asked && (!found || everyAsk || (byAsk.lines.length > found.lines.length
    && (byAsk.missing?.length ?? 0) <= (found.missing?.length ?? 0))) ? byAsk : found;
  if (best) {
    const { text, figures, spans } = citeLines(best.lines, best.figures, citations);
    // ("which of X's zones …, rank them" with only X's own figures found: they name none of the items asked; shown as
    // the closest the documents have, never as the list)
    if (asksSeveral(frame) && namesOnlyAsked(frame, [...best.lines.flatMap((l) => l.facts),
      ...best.figures.flatMap((f) => f.facts)])) {
      return respond("abstained", `I found no figures in the indexed documents that name the items asked. Closest `
        + `figures they do have: ${text}`, [], spans);
    }
    const told = await explainedAsks(asks, base, engine, options, citations);
    const missing = [...(best.missing ?? []).filter((m) => !told.explained.includes(m)), ...told.missing,
      ...(best.missing?.length ? [] : unansweredParts(frame, best))];
    const currency = inAnotherCurrency(frame, figures, best.lines.flatMap((l) => l.facts));
    // (a ranking that leaves out items its own sentences give for the same flow and period may be incomplete: partial)
    const rankedLine = frame.intent === "rank" ? best.lines.find((l) => /^Ranked by\b/.test(l.text)) : undefined;
    const ranked = rankedLine?.facts.filter((f) => f.measure === rankedLine.facts[0]?.measure) ?? [];
    // ("rank A, B and C by growth": the items the question names are the whole ranking asked)
    // (only items of the kind ranked count as left out: "central china cities" leaves out no city of another region)
    const left = ranked.length && !ranked.every((f) => namedInQuestion(f, frame)) ? leftOutOfRanking(ranked, base.facts,
      !asksCount(q)).filter(rankableItem(frame)) : [];
    const incomplete = left.length ? ["the other items of the ranking"] : [];
    const notes = `${notStated(missing)}${currency.note}${left.length ? leftOutNote(left) : ""}`;
    return respond("figures", `${text}${told.text}${notes}`.trim(), figures, spans,
      [...missing, ...currency.missing, ...incomplete]);
  }
  const solved = solve();
  // no figure answers "which zones …", "what else did it import": the items a sentence lists may
  const items = frame.intent === "list" ? undefined : await namedItems(q, base, engine, options, citations);
  if (items) return respond("quoted", items);
  // (a place and a period the question names are answered from passages of both or not at all: "X's service
  // outsourcing in 2024?" is never answered with another place's or year's sentences that share its words)
  if (solved.status === "none" && !frame.asksFigure) {
    const places = frame.entities.filter((e) => e !== "china");
    return extractive(q, engine, options, citations, places, frame.periods.length ? frame.periods : undefined);
  }
  // no fact answers a look-up: quote a sentence that states the figure, if one does (never for a computation);
  // no figures answer a "which …" question: quote the sentence that names them
  const lists = frame.intent === "list" || (frame.intent === "rank" && ASKS_NAMES.test(q));
  // a "which …" list no figures answer: the items a sentence names, else the sentence that names them
  const listed = frame.intent === "list" ? await namedItems(q, base, engine, options, citations) : undefined;
  if (listed) return respond("quoted", listed);
  // (a figure worked out from others, which no quoted sentence states: the gap of two set side by side ("export growth
  // vs import growth"), a part, a balance, an earlier level, a price per tonne; a quote of its inputs is no answer)
  const operation = frame.asksFigure ? readPlan(frame)?.operation : undefined;
  const sideBySide = (operation !== undefined && operation !== "values") || (frame.asksFigure && WORKED_OUT.test(q));
  // ("imports fell 3.2% to N in jan-oct 2022 - what were they in 2021?": a change the question states asks a figure
  // worked out from it, which no quoted sentence states)
  const fromStated = frame.numbers.some((n) => n.kind === "percent") && frame.periods.length >= 2;
  // ("its exports and imports?" with neither flow stated: a sentence on the total of both states neither)
  const eachFlow = solved.status === "abstain" && BOTH_FLOWS.test(frame.text);
  if ((QUOTABLE.has(frame.intent) && !sideBySide && !fromStated && !eachFlow) || lists) {
    const evidence = findEvidence(frame, engine.index, (await retrieve(q, engine, evidenceSearch(options))).hits);
    // (a sentence quoted for "which carmakers …" lists things of that kind, not other things: "ports such as …")
    const asked = asksForItems(q);
    // (and names several: "In 2008, the city's imports and exports …" has the shape of a list and names none)
    const quoted = lists ? quoteList(frame, evidence).filter((s) => (!asked || listsOfKind(asked, s.text))
      && (!quoteNamesSeveral(frame) || namesSeveral(s.text)))
      : quoteEvidence(frame, evidence).filter((x) => !ownedElsewhere(x, frame, base) && !onlyAimedAt(x, frame, base)
        && !(filedUnderOther(statedIn(x, base), frame.entities) && !namesAskedName(frame.terms, x.text)
          // (a sentence naming an asked place before its first figure is about it: "In Qiqihar, Daqing's neighbour …")
          && !namesAskedPlaceFirst(x.text, frame.entities, base.groups)))
        // ("X's place among the central six": a sentence that names that region, never a rank in the country)
        .filter((x) => !frame.rankField || findEntities(x.text, base.groups).some((e) => e.id === frame.rankField
          || findEntities(e.text).some((r) => r.id === frame.rankField)));
    // (names quoted for "which grew fastest, and by how much?" with no figure in them: the figure is named as not found)
    const figureless = quoted.every((x) => !findNumbers(x.text).some((n) => n.kind !== "bare"));
    // ("value + yoy?" quoted by a headline's "exports climb 9.6%": the value no quoted sentence states is named as such)
    // (a quantity answers "how much … sell": "6.02 million tonnes"; only a value asked by name wants money)
    const stated = MONEY_ASKED.test(q) ? ["money"] : ["money", "count"];
    const noValue = !lists && frame.measures.includes("amount") && frame.measures.includes("growth")
      && !quoted.some((x) => findNumbers(x.text).some((n) => stated.includes(n.kind))) ? ["the value asked"] : [];
    // ("how many tonnes …, and what happened to the value?" quoted by a sentence of tonnes and dollars: the change no
    // quoted sentence says is named as not stated)
    // (every sentence the quote shows: the one it continues and the one after it too)
    const shown = quoted.flatMap((x) => [x.introduces, x.previous, x, x.next].flatMap((y) => (y ? [y.text] : [])));
    const unsaid = lists ? [] : [...partsUnsaid(q, shown)
      .filter((k) => !(k === "value" && noValue.length)).map((k) => PART_NAMES[k]), ...unitsUnsaid(q, shown)];
    const noFigure = lists && NAMES_WITH_FIGURE.test(q) && figureless ? ["the figure asked"]
      : [...noValue, ...unsaid, ...(lists ? [] : [...periodsUnquoted(frame, quoted), ...currencyUnquoted(frame, shown)])];
    if (quoted.length) {
      return respond("quoted", `The documents state it (quoted, not computed): ${quoteLines(quoted, citations)}${notStated(noFigure)}`,
        [], [], noFigure);
    }
  }
  const counted = await countInExplanation(asks, base, engine, options);
  if (counted.length) return respond("quoted", `The documents state it (quoted, not computed): ${quoteLines(counted, citations)}`);
  // abstain: say so, and show the closest figures the documents do have
  const closest = closestFacts(frame, base);
  const said = solved.status === "abstain" ? solved.lines[0]?.text.replace(/\.$/, "") : undefined;
  const lines: Line[] = [{ text: said ?? "I found no figure in the indexed documents that answers this", facts: [] }];
  if (closest.length) {
    lines.push({ text: `Closest figures they do have: ${closest.map((f) => `${factLabel(f)}: ${valueText(f)}`).join("; ")}`, facts: closest });
  }
  const { text, spans } = citeLines(lines, [], citations);
  return respond("abstained", text, [], spans);
}

/** The figures a sentence states itself (none worked out from others). */
const statedIn = (s: { docId: string; start: number }, base: FigureIndex): Fact[] =>
  base.facts.filter((f) => f.docId === s.docId && f.start === s.start && f.value !== null && !f.derived);

/**
 * "lianyungang farm machinery exports?" of "Farm machinery exports grew fastest among the city's main products …" in a
 * section on Xuzhou, in an article whose headline names both cities: a sentence whose every figure the extractor filed
 * under the other place its headline names (not one within the asked place or holding it) is that place's, whatever
 * words of the question its article uses. (Only a place the headline names: one the text names in passing is no
 * second subject of the article, and the extractor may have taken it for the owner wrongly.)
 */
function ownedElsewhere(s: { docId: string; start: number }, frame: QuestionFrame, base: FigureIndex): boolean {
  const asked = frame.entities.filter((e) => e !== "china");
  const title = base.documents.get(s.docId)?.meta.title ?? "";
  const headed = new Set(findEntities(title).map((e) => e.id));
  const own = statedIn(s, base);
  const related = (e: string) => asked.some((a) => a === e || place(e)?.parent === a || place(a)?.parent === e);
  return asked.length > 0 && asked.some((a) => headed.has(a)) && own.length > 0
    && own.every((f) => !related(f.entity) && headed.has(f.entity));
}

// a question's words for what was looked ahead to (figures/select.ts's stems)
const ASKS_AIM = new RegExp(String.raw`\b(?:${EXPECTING.join("|")})`, "i");
/**
 * A sentence whose every figure is a target or forecast ("For 2021, the main target is for … to reach 23 billion US
 * dollars") answers only a question about what was aimed at, never "how much did it use in 2021".
 */
function onlyAimedAt(s: { docId: string; start: number }, frame: QuestionFrame, base: FigureIndex): boolean {
  const own = statedIn(s, base);
  const asksAim = ASKS_AIM.test(frame.text);
  return !asksAim && own.length > 0 && own.every((f) => /\bforecast\b/.test(f.qualifier ?? ""));
}

/**
 * The asks of a mixed question that want words, not a figure ("what are the 'new three' products, and how much did
 * it export of them?"): each quoted from the sentences that explain it, or named as not found.
 */
async function explainedAsks(asks: string[], base: FigureIndex, engine: Engine<Fact>, options: AnswerOptions,
  citations: CitationList): Promise<{ text: string; explained: string[]; missing: string[] }> {
  const out = { text: "", explained: [] as string[], missing: [] as string[] };
  for (const { ask, sentences } of await askSentences(asks, base, engine, options)) {
    if (sentences.length) {
      out.text += ` ${quoteLines(sentences, citations)}`;
      out.explained.push(askedPhrase(ask));
    } else out.missing.push(askedPhrase(ask));
  }
  return out;
}

/** The explaining sentences of each ask of a mixed question that wants words, not a figure. */
async function askSentences(asks: string[], base: FigureIndex, engine: Engine<Fact>, options: AnswerOptions,
): Promise<Array<{ ask: string; sentences: EvidenceSentence[] }>> {
  if (asks.length < 2) return [];
  const out: Array<{ ask: string; sentences: EvidenceSentence[] }> = [];
  for (const ask of asks) {
    const askFrame = readQuestion(ask, base);
    if (!explainKind(ask) || askFrame.asksFigure) continue;
    const hits = (await retrieve(ask, engine, evidenceSearch(options))).hits;
    out.push({ ask, sentences: explain(ask, askFrame, engine.index, hits, { constrained: false }).sentences });
  }
  return out;
}

/**
 * "what's a 'sanlai yibu' plant, and how many have been converted since 2008?": no fact gives the count, but the
 * sentence that defines the term states it; quoted (not computed) when it states a count with every word of the ask.
 */
async function countInExplanation(asks: string[], base: FigureIndex, engine: Engine<Fact>, options: AnswerOptions,
): Promise<EvidenceSentence[]> {
  const told = await askSentences(asks, base, engine, options);
  const sentences = told.flatMap((t) => t.sentences);
  const figureAsks = asks.filter((a) => !told.some((t) => t.ask === a));
  if (!told.length || told.some((t) => !t.sentences.length) || !figureAsks.length) return [];
  return figureAsks.every((a) => sentences.some((s) => statesCount(a, s.text))) ? sentences : [];
}

// "A, B and C": a sentence that names several things
const NAMES_SEVERAL = /[\w'’-]+(?:\s+[\w'’-]+){0,4},\s+[\w'’-]+(?:\s+[\w'’-]+){0,4},?\s+(?:and|or)\s+[\w'’-]+/;

/** Are facts all of one thing: one place's figures of one partner and one kind of goods (and no list of things)? */
const oneThing = (facts: Fact[]) => !facts.some((f) => f.items?.length || f.members?.length)
  && new Set(facts.map((f) => `${f.entity}|${f.partner ?? ""}|${f.subject ?? ""}`)).size < 2;

/** "A, B and C": items named in a sentence, joined for an answer. */
// (a partner with a short form people type is named with it: "European Union (EU)")
const joinItems = (names: string[]) => {
  const items = names.map(itemWithShortForm);
  return items.length < 2 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
};

/** The speakers of the best retrieved transcript about the asked places, or none. */
async function transcriptSpeakers(q: string, frame: QuestionFrame, engine: Engine<Fact>, options: AnswerOptions,
): Promise<Array<Speaker & { docId: string }>> {
  const places = frame.entities.filter((e) => e !== "china");
  const hits = (await retrieve(q, engine, evidenceSearch(options))).hits
    .filter((h) => !places.length || places.some((p) => hitAbout(engine.index, h, p)));
  for (const id of new Set(hits.map((h) => h.docId))) {
    const doc = engine.index.documents.find((d) => d.id === id);
    const speakers = doc ? speakersOf(doc) : [];
    if (speakers.length) return speakers.map((s) => ({ ...s, docId: id }));
  }
  return [];
}

/** A question that asks which things a text names, answered with the items of the enumeration that fits it. */
async function namedItems(q: string, base: FigureIndex, engine: Engine<Fact>, options: AnswerOptions,
  citations: CitationList): Promise<string | undefined> {
  const asked = asksForItems(q);
  if (!asked) return undefined;
  const frame = readQuestion(asked.question, base);
  // ("which districts had exports above 8 billion usd": names alone cannot say which passed the amount; figures must)
  if (amountBound(frame)) return undefined;
  const hits = (await retrieve(asked.question, engine, evidenceSearch(options))).hits;
  const evidence = findEvidence(itemsFrame(frame), engine.index, hits, { purpose: "explain", maxDocs: 5 });
  const found = answerItems(asked, frame, evidence, base.documents);
  // (a share of goods of a kind, whose items the figures before it name: quoted from the first of them to the share)
  // (or the members of a term, whose figures follow the term's own one by one)
  // (or the goods a report lists under its flow's heading, or gives one by one, each with its value, in a paragraph)
  // (or the parts of a kind the sentences after its figure give one by one, each by the kind's word: "leather garments")
  // (or the points of a plan a report gives one to a line under a heading that names them: "Main targets for 2026")
  const parts = found ? undefined : partsOfShare(asked, frame, base.facts, base.documents)
    ?? membersOfTerm(asked, frame, base.facts) ?? listOfFlow(asked, frame, base.facts)
    ?? goodsOfParagraph(asked, frame, base.facts, base.documents)
    ?? partsOfKind(asked, frame, base.facts, base.documents)
    ?? pointsUnderHeading(asked, frame, base.facts, base.documents);
  if (parts) {
    const [first, share] = [parts.facts[0]!, parts.facts.at(-1)!];
    const said = base.documents.get(share.docId)!.text.slice(first.start, share.end);
    const n = citations.cite(share.docId, first.start, share.end);
    return `The documents name ${joinItems(parts.items)}: “${said}” [${n}]`;
  }
  return found && `The documents name ${joinItems(found.items)}: ${quoteLines([found.sentence, ...(found.more ?? [])], citations)}`;
}

// passages read for a question that names a place, among which those about it are sought
const PLACE_SEARCH_K = 24;

/**
 * The passages that best match a question, quoted. A question that names a place ("what have customs at X been
 * doing") is answered from passages about it when any are found, never from another place's that share its words.
 */
async function extractive<F>(question: string, engine: Engine<F>, options: AnswerOptions, citations: CitationList,
  places: string[] = [], periods?: Period[]): Promise<Answer> {
  const k = options.k ?? 5;
  const r = await retrieve(question, engine, places.length ? { ...options, k: Math.max(k, PLACE_SEARCH_K) } : options);
  const minSim = options.minSimilarity ?? 0.35;
  const about = r.hits.filter((h) => places.some((p) => hitAbout(engine.index, h, p)));
  // (with the periods asked given, only passages of the places and periods asked are quoted: none, nothing is)
  const strict = periods !== undefined;
  const evidence = (about.length || (strict && places.length) ? about : r.hits)
    .filter((h) => !strict || hitInPeriods(engine.index, h, periods)).slice(0, k)
    .filter((h) => h.bm25 > 0 || h.similarity >= minSim);
  const sentences = pickSentences(rankSentences(evidence, r.terms, r.question));
  if (sentences.length === 0) {
    return { question: r.question, abstained: true, mode: "abstained", answer: "I found nothing in the indexed documents that answers this.", figures: [], citations: [] };
  }
  const parts = sentences.map((s) => `${s.text} [${citations.cite(s.docId, s.start, s.end)}]`);
  return { question: r.question, abstained: false, mode: "passages", answer: parts.join(" "), figures: [], citations: citations.build(r.terms) };
}
