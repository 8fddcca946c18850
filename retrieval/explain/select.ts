import { inParagraphAfter, NAMES_ITS_CHANGE, type EvidenceSentence } from "../evidence.js";
import type { Span } from "../../corpus/sentences.js";
import { stem } from "../figures/select.js";
import { findEntities } from "../../text/entities.js";
import {
  definedTerm, purposeOf, quotedTerm, SAID_IT, SPECIAL, WHAT_CHANGED, type ExplainKind, type ExplainPart,
  RANK_MOVES,
} from "./asks.js";
import { findPeriods } from "../../text/periods.js";
import { askedPersonName, attributedTo, attributionWords } from "./attribution.js";
import { authorsOwn } from "./columnist.js";
import { RANK_MOVE, RESULT_OPENS } from "./cues.js";
import { labelledBy } from "./transcript.js";
import { asksRevisionCause, noticeCauses, onRevision, revisedFigure, revisionCue } from "./revision.js";
import {
  announces, announcesMeasures, askedDirection, asksDown, cueWeight, direction, DISTINCTION_CUES, onlyDown, onlyUp, organisationIn,
  personIn, pointsBack, PUT_DOWN_TO, underNamed,
} from "./cues.js";

/**
 * The sentences that explain: for each part of the question, the sentences of the asked place's and
 * period's articles that carry a cue of the asked kind, ranked by the cue and by the question's own
 * words, the best article first; a sentence that announces a list brings the next one along, and a
 * sentence that points back ("The company …", "these products") the one before.
 */

// the words that ask for an explanation are not what it is about: "what held back", "what did he credit them to"
export const ASKING_WORDS = new Set((
  "why what which who whose how where when explain explains explained factor factors reason reasons drove drive drives driven driver drivers " +
  "behind cause caused causes put puts down credit credited credits attribute attributed blame blamed rest rests held hold holds back push pushed " +
  "pull pulled lift lifted boost boosted help helped hurt hit weigh weighed slow slowed challenge challenges face faces facing show shows showed " +
  "reflect reflects mean means indicate indicates signal say said says quoted quote hail hailed gave give given told tell main key major " +
  "biggest most contributed contribute made make keen so much such very really according acc name job work works role title he she they them his her " +
  "their its it do does did done is are was were be been has have had the a an and of in on to for at by with from this that these those there " +
  "get got keep kept being so up instead elsewhere manage managed " +
  // words that name the asked place again: "the city's 2018 export growth"
  "city cities province provinces region regions county " +
  // (and a zone's kind by its short name: "the park's trade in the nantong etdz")
  "etdz edz hedz hitdz htz cbz ftz " +
  // which way it went is read as a direction (a fall is not explained by a rise), not as words the answer must repeat
  "fall fell fallen drop dropped decline declined decrease decreased shrink shrank rise rose risen grow grew grown jump jumped " +
  "surge surged increase increased climb climbed slump slumped plunge plunged soar soared widen widened narrow narrowed fast quickly sharply"
).split(" ").map(stem));

/** The question's words that say what it is about (its terms less the words that ask): "tan xuliang" of "what did tan xuliang say". */
export function ownWords(terms: string[]): string[] {
  return terms.filter((t) => t.length > 2 && !ASKING_WORDS.has(stem(t)) && !/\d/.test(t));
}

/** The words of the places a question names: they are in every sentence of their articles, and tell nothing apart. */
export const placeWords = (question: string) => new Set(findEntities(question).flatMap((e) => tokens(e.text).map(stem)));

/** How many sentences an answer of each kind quotes at most. */
const MAX: Record<ExplainKind, number> = {
  cause: 3, challenge: 2, meaning: 2, person: 1, organisation: 1, source: 2, statement: 3, change: 3, definition: 2, duration: 1, plan: 2, action: 2,
  substitute: 2, purpose: 1, venue: 1,
};
/** How many sentences a part quotes at most ("which cities changed rank?" may be told a move a sentence). */
const RANK_MOVES_MAX = 5;
const most = (part: ExplainPart) => (part.kind === "change" && RANK_MOVES.test(part.text) ? RANK_MOVES_MAX : MAX[part.kind]);
/** How much closer to the best sentence the one right after it ranks among those that qualify. */
const NEXT_BONUS = 1.5;
/** The cue of a reason a sentence quoted for another part must carry to answer a "why" as well. */
const STRONG_CAUSE = 3;
/** How far below the best sentence another of the same article may score and still be quoted. */
const MARGIN: Record<ExplainKind, number> = {
  cause: 3, challenge: 3, meaning: 2, person: 1, organisation: 1, source: 2, statement: 3, change: 3, definition: 1.5, duration: 1, plan: 2, action: 2,
  substitute: 2, purpose: 1.5, venue: 1,
};
/** How much further below the best another reason may score when all are the asked speaker's. */
const SPEAKER_MARGIN = 1.5;
/** The weakest cue a sentence may carry and still answer: a "why" needs a word that gives a reason. */
const MIN_CUE: Record<ExplainKind, number> = {
  cause: 2, challenge: 2, meaning: 1, person: 2, organisation: 2, source: 1, statement: 1, change: 1, definition: 0, duration: 3, plan: 3, action: 2,
  substitute: 2, purpose: 2, venue: 3,
};

/** The weakest cue for a part: "what changed for X?" asks what was changed, which a figure that rose ("Exports rose …")
 * is not. */
const minCue = (part: ExplainPart) => (part.kind === "change" && WHAT_CHANGED.test(part.text) ? 3 : MIN_CUE[part.kind]);

interface Scored {
  s: EvidenceSentence; cue: number; score: number;
  /** The share of the part's content words the sentence uses; undefined when the part has none. */
  coverage: number | undefined;
  /** A definition's sentence that names the term and says nothing of it ("Wen highlighted the 'X' model."). */
  namesOnly?: boolean;
  /** For "why was it revised": the sentence speaks of the revision or of the figure first given. */
  onRevision?: boolean;
}

/** The question's content words that say what it is about, not what it asks. */
function aboutWords(s: EvidenceSentence, wanted: string[]): number {
  if (!wanted.length) return 0;
  const missing = new Set(s.uncovered);
  return wanted.filter((w) => !missing.has(w)).length / wanted.length;
}

const STOP = new Set("the a an of and or in on to for at by with from as its their his her this that these those".split(" "));
const tokens = (text: string) => (text.toLowerCase().match(/[a-z0-9]+/g) ?? []).filter((w) => w.length > 1 && !STOP.has(w));

/** The words of a term the question asks to define, found in a sentence ("new three types" in '"new three types" (…)'). */
function termIn(term: string | undefined, text: string): boolean {
  if (!term) return false;
  const want = tokens(term);
  const have = new Set(tokens(text).map(stem));
  return want.length > 0 && want.every((w) => have.has(stem(w)));
}

/** The words that name a thing asked about ("50 million yuan fund"), less its place's and period's ("ningxia's … in 2009"). */
function thingWords(thing: string | undefined, places: Set<string>): string[] {
  if (!thing) return [];
  const period = new Set(findPeriods(thing).flatMap((p) => tokens(p.text)));
  return [...new Set(tokens(thing).filter((w) => !period.has(w)).map(stem).filter((w) => !places.has(w)))];
}

/** The share of a question part's own words (asking words too: "contributed most") that a sentence uses, by stem or a shared start. */
function partWords(part: string, text: string, skip: Set<string>): number {
  // "what did he put the rise down to?": "down" belongs to the asking, not to what is asked about
  const asked = part.replace(PUT_DOWN_TO, "$1$2to");
  const want = [...new Set(tokens(asked).map(stem))].filter((w) => w.length > 2 && !skip.has(w) && !QUESTION.has(w));
  if (!want.length) return 0;
  const have = tokens(text).map(stem);
  const near = (a: string, b: string) => a === b || (a.length >= 6 && b.length >= 6 && a.slice(0, 6) === b.slice(0, 6)) || SAME.get(a)?.has(b) === true;
  return want.filter((w) => have.some((h) => near(w, h))).length / want.length;
}
// words a question and its answer use for the same thing: "contributed most" and "the biggest contribution"
const SAME = new Map<string, Set<string>>();
for (const group of ["most biggest largest greatest top leading main", "least smallest lowest", "push pushed boost boosted lift lifted drive drove driven",
  "held hold curb curbed hamper hampered restrain restrained drag dragged weigh weighed slow slowed", "hail hailed praise praised welcome welcomed",
  "company firm enterprise business", "official officer", "credit credited attribute attributed put"]) {
  const words = group.split(" ").map(stem);
  for (const w of words) SAME.set(w, new Set([...(SAME.get(w) ?? []), ...words]));
}
// the words that ask for a plan ("how do they plan to get there?"), not what it is about
const PLAN_ASKING = new Set("plan plans planned planning intend intends aim aims hope hopes get reach achieve meet there".split(" ").map(stem));
const QUESTION = new Set("why what which who whose how where when does did do is are was were has have had".split(" "));

// a definition gives the members right after the term: "the 'new three' (A, B and C)", "X, namely A and B", "X such as A"
const GIVES_MEMBERS = /^\W{0,3}\s*(?:\(|:|[—–-]\s|,?\s*(?:namely|i\.e\.|such as|including|which|that|an?|known as|refers? to|is|are|was|were|means|covers|consists?|comprises?)\b)/i;
// ("X, approved by the State Council in 2031, …", "X, set up in 2029": when and by whom a thing was made says what it is)
const MADE_AS = /^,\s*(?:(?:first|jointly|formally)\s+)?(?:approved|set up|established|launched|founded|created|opened|built)\s+(?:by|in|on|at)\b/i;

function definitionBonus(term: string | undefined, text: string): number {
  if (!term) return 0;
  const at = text.toLowerCase().indexOf(term.toLowerCase());
  if (at < 0) return termIn(term, text) ? 1 : 0;
  // "the Regional Comprehensive Economic Partnership (RCEP)": an abbreviation after the name it stands for
  if (/[A-Z][\w-]*(?:\s+(?:[A-Z][\w-]*|of|and|for|the|&))+\s*\(\s*$/.test(text.slice(0, at))) return 3;
  // ("Parallel-import cars are …" defines "a parallel-import car": the term's plural)
  const after = text.slice(at + term.length).replace(/^(?:e?s)\b/i, "");
  return GIVES_MEMBERS.test(after) || MADE_AS.test(after) ? 3 : 1.5;
}

// the roles a "who" question may name, each with the words a sentence says it in
const ROLE_WORDS: Array<[RegExp, RegExp]> = [
  [/\bspokes(?:man|woman|person)\b/i, /\bspokes(?:man|woman|person)\b/i],
  [/\beconomists?\b/i, /\beconomists?\b/i],
  [/\banalysts?\b/i, /\banalysts?\b/i],
  [/\bresearchers?\b/i, /\bresearch(?:er|ers|ing)?\b|\bfellow\b/i],
  [/\bprofessors?\b/i, /\bprofessors?\b/i],
  [/\bministers?\b/i, /\bminist(?:er|ry)\b/i],
  [/\bmayors?\b/i, /\bmayors?\b/i],
  [/\bgovernors?\b/i, /\bgovernors?\b/i],
];

/** The role a "who" question asks for, as the words a sentence would name it with. */
const askedRole = (text: string) => ROLE_WORDS.find(([asked]) => asked.test(text))?.[1];

/** Scored sentences for one part of the question. */
function scorePart(
  part: ExplainPart, question: string, evidence: EvidenceSentence[], wanted: string[], places: Set<string>, by: string[] = [],
): Scored[] {
  // ("…, and what are they?": the term is the one the question named before)
  const own = part.kind === "definition" ? definedTerm(part.text) : undefined;
  const term = part.kind === "definition" ? (own && !PRONOUN.test(own) ? own : definedTerm(question)) : undefined;
  const special = part.kind === "definition" && SPECIAL.test(part.text);
  const termFound = term !== undefined && evidence.some((e) => termIn(term, e.text));
  // a term the question quotes is defined by a sentence that uses it, or not at all
  const quoted = quotedTerm(part.text) !== undefined || quotedTerm(question) !== undefined;
  // "why did exports fall" is not answered by what helped them grow
  const down = (part.kind === "cause" || part.kind === "challenge") && asksDown(part.text);
  // nor "why did it jump" by what kept something else weak
  const up = part.kind === "cause" && !down && askedDirection(part.text) === "up";
  // the question's content words, those of this part when it asks several things
  const partStems = new Set(tokens(part.text).map(stem));
  // (less the words of whom it is asked from: "what did the commerce director credit" is answered by what he credited)
  const partWanted = (part.text === question ? wanted : wanted.filter((w) => partStems.has(w)))
    .filter((w) => !by.includes(w) && !(part.kind === "plan" && PLAN_ASKING.has(w)));
  const role = part.kind === "person" ? askedRole(part.text) : undefined;
  const rankMoves = part.kind === "change" && RANK_MOVES.test(part.text);
  const revision = asksRevisionCause(part);
  const helps = part.kind === "cause" ? thingWords(HOW_HELPS.exec(part.text)?.[1], places) : [];
  const thing = part.kind === "purpose" ? thingWords(purposeOf(part.text), places) : [];
  // (whom it is asked from is found by who said a sentence, not by its words: "commerce department")
  const notOwn = by.length ? new Set([...places, ...by]) : places;
  const scored = evidence.map((read) => {
    let s = read;
    // a question in the text ("How can the region seize new opportunities?") explains nothing
    let cue = ASKS.test(s.text) ? 0 : cueWeight(part.kind, s.text);
    // a sentence that points back borrows its subject from the one before: "The company secured its first order …"
    if (cue === 0 && (part.kind === "organisation" || part.kind === "person") && s.before && pointsBack(s.text)) cue = cueWeight(part.kind, s.before.text) - 0.5;
    // "Tan said …" names a person given in full earlier ("…, said Tan Wei, deputy head of the port")
    if (cue === 0 && part.kind === "person" && s.introduces) cue = cueWeight("person", s.introduces.text) - 0.5;
    // ('"…," said Fan Qi, an analyst. "Rail changed the costs."': a quotation going on is said by whom the one before names)
    if (cue === 0 && part.kind === "person" && s.before && QUOTED_WHOLE.test(s.text) && QUOTED_THEN_SAID.test(s.before.text)
      && s.start - s.before.end <= 2) cue = cueWeight("person", s.before.text) - 0.5;
    // ("Zhao Wei: … Taken together, the west's share rose …": a transcript's words are the speaker's its paragraph's
    // label names, quoted with it)
    const label = cue === 0 && part.kind === "person" && !s.introduces ? labelledBy(s) : undefined;
    if (label && label.start !== s.start) {
      s = { ...s, introduces: label };
      cue = MIN_CUE.person;
    }
    // "who was the customs spokesman …": a person of the asked role, not anyone quoted
    if (part.kind === "person" && role && ![s.text, s.introduces?.text, s.before?.text].some((t) => t && role.test(t))) cue = 0;
    // a definition of a named term is a sentence with the term, best one that gives its members or says what it is;
    // what is special about a thing, a sentence with the thing that calls it the first, the only, the largest
    // ("The zone covers …" after the sentence that names it will do too)
    if (termFound) cue = definitionBonus(term, s.text) || (s.before && pointsBack(s.text, true) && termIn(term, s.before.text) ? 1 : 0);
    if (special) cue = termIn(term, s.text) ? Math.max(...DISTINCTION_CUES.map((c) => (c.re.test(s.text) ? c.weight : 1))) : 0;
    if (part.kind === "definition" && quoted && !termFound) cue = 0;
    if ((down && onlyUp(s.text)) || (up && onlyDown(s.text))) cue = 0;
    // ("Costs came down but did not bring the orders back": a cause the text sets aside is no cause of the move)
    // (but a cause the sentence states before it stands: "Orders fell because buyers cut stocks, but did not stop …")
    const ruledOut = part.kind === "cause" ? RULED_OUT.exec(s.text) : null;
    if (ruledOut && !CAUSE_STATED.test(s.text.slice(0, ruledOut.index))) cue = 0;
    // ("shipments declared at the airport, which had been attributed to Lanzhou": a figure given to a place says whose it
    // is, not why it moved; the sentence's other words may still give a cause) (but why a figure was revised, it may say)
    if (part.kind === "cause" && cue > 0 && !asksRevisionCause(part) && toPlace(s.text)) {
      cue = cueWeight(part.kind, s.text.replace(TO_PLACE, " "));
    }
    // "how does the pilot mode help small traders?": a sentence that only says the mode helped ("…, helped by the pilot
    // mode") restates the question; one that says what the mode lets them do ("…, so small traders can still sell") answers
    if (helps.length && HELPED_BY.test(s.text) && helps.every((w) => tokens(s.text).some((h) => stem(h) === w))) cue = 0;
    else if (helps.length && LETS.test(s.text) && helps.every((w) => tokens(s.text).some((h) => stem(h) === w))) cue = Math.max(cue, 3);
    // "said the island was preparing a package of measures to …" is what was done, given by the sentences after it
    if (part.kind === "action" && announcesMeasures(s.text)) cue = Math.max(cue, MIN_CUE.action);
    // ("which cities changed rank?": a sentence that tells a move in the ranking, never one that only says a figure rose)
    if (rankMoves) cue = RANK_MOVE.test(s.text) && !ASKS.test(s.text) ? 3 : 0;
    // what a thing was for is said by a sentence that names it
    if (thing.length && !thing.every((w) => tokens(s.text).some((h) => stem(h) === w))) cue = 0;
    // ("why was it revised?": what made the first figure wrong, not what the revision made hard to compare)
    if (revision) cue = revisionCue(s.text, cue);
    // (whatever it names: "Reporter from X: What is the 'Y' model?" defines nothing)
    if (ASKS.test(s.text)) cue = 0;
    // (a move told in its article's sentences need not repeat the ranking's words: "…, and it slipped to third.")
    const coverage = partWanted.length && !(rankMoves && cue > 0) ? aboutWords(s, partWanted) : undefined;
    // "She expects exports to recover …" after "…, said Zhou Lan, a researcher …": the pronoun's words are the sentence's
    const leans = s.before && PERSON_PRONOUN.test(s.text) ? `${s.before.text} ${s.text}` : s.text;
    const own = Math.max(partWords(part.text, s.text, notOwn), leans === s.text ? 0 : partWords(part.text, leans, notOwn) - 0.1);
    const namesOnly = termFound && termIn(term, s.text) && definitionBonus(term, s.text) < 3;
    return {
      s, cue, coverage, namesOnly, onRevision: revision && onRevision(s.text),
      score: cue * 1.5 + (coverage ?? 0) * 3 + own * 1.5 + s.overlap * 0.3 - s.docRank * 0.75,
    };
  });
  return part.kind === "cause" ? scored.map((x) => afterStatedChange(x, scored, down, up)) : scored;
}

/**
 * A reason given right after the sentence that states the asked change, in its paragraph, is about what that sentence
 * is about ('"Our orders from Germany fell 30 percent," he said. "With energy bills that high, families stopped
 * buying."'): it counts as using as many of the question's words.
 */
function afterStatedChange(x: Scored, all: Scored[], down: boolean, up: boolean): Scored {
  const before = x.s.before;
  if (x.coverage === undefined || x.cue < MIN_CUE.cause || !before || !inParagraphAfter(before, x.s)) return x;
  const stated = all.find((o) => o.s.docId === x.s.docId && o.s.start === before.start);
  if (!stated || stated.coverage === undefined || stated.coverage <= x.coverage || stated.cue >= MIN_CUE.cause) return x;
  // (in the asked direction: "orders fell" before a reason for a fall)
  const way = direction(stated.s.text);
  if ((down && way !== "down") || (up && way !== "up") || (!down && !up && way === undefined)) return x;
  return { ...x, coverage: stated.coverage, score: x.score + (stated.coverage - x.coverage) * 3 };
}

// "how does the market procurement mode help …": what is asked to help, and the sentences that say it helped or what it lets
const HOW_HELPS = /\bhow (?:does|did|do|can|could|will|would) (?:the |a |an |its |their )?([\w' -]{3,60}?) (?:help|benefit|support)\b/i;
const HELPED_BY = /\b(?:helped|supported|boosted|aided|driven|buoyed) (?:\w+ )?by\b/i;
const LETS = /\bso (?:that )?[^.;]{0,80}\bcan\b|\b(?:allows?|allowed|lets|enables?|enabled)\b/i;

// "attributed to Lanzhou", "credited to the Fuzhou customs district": a figure given to a place
const TO_PLACE = /\b(?:attribut(?:ed|es|e|ing)|credit(?:ed|s)?|assigned|allocated)\s+to\s+(?:the\s+)?([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)/g;
const toPlace = (text: string) => [...text.matchAll(TO_PLACE)].some((m) => findEntities(m[1]!)
  // (not a place's own thing: "attributed to Ningbo's new terminal" gives a cause)
  .some((e) => (e.kind === "province" || e.kind === "city") && e.start === 0 && !e.possessive && !/^['’]/.test(m[1]!.slice(e.end))));

const ASKS = /\?["”'’*]?\s*$/;
// a change's figure: "fell 12.3 percent", "up 8%"
const STATES_CHANGE = /\d(?:\.\d+)?\s*(?:per\s?cent|percent|%)/i;
const CAUSE_STATED = /\b(?:because|due\s+to|owing\s+to|thanks\s+to|as\s+a\s+result\s+of|driven\s+by|caused\s+by)\b/i;
const RULED_OUT = /\bbut\s+(?:did|could|has|had|have)\s+not\s+(?:bring|brought|win|won|lift|revive|restore|stop|help)\b/i;
const SAYS_PRONOUN = /\b(?:he|she|him|his|her)\b/i;
const PRONOUN = /^(?:it|they|them|this|that|these|those)$/i;

// straight double quotes open and close alike: an odd count leaves one open, or closes one opened before
const quoteMarks = (text: string) => (text.match(/["“”]/g) ?? []).length;
/** Does a sentence open a quotation it does not close ('"The fall is a price effect.')? */
const opensQuote = (text: string) => /^\W{0,2}["“]/.test(text) && quoteMarks(text) % 2 === 1;
/** A sentence that is all quotation ('"Diversification is the main reason."'). */
const QUOTED_WHOLE = /^\W{0,2}["“][^"“”]+[.!?]["”]\s*$/;
/** A quotation (or its end) its speaker is named after: '"…," said Su Ming, deputy director of customs.', '"…," Su said.' */
const QUOTED_THEN_SAID = /^[^"“”]*(?:["“][^"“”]+)?[,.!?]["”]\s+(?:said\s+[A-Z]|(?:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?|he|she)\s+said\b)/;
/** Does a sentence close a quotation it did not open ('Volumes rose 20 percent," said Zhu.')? */
const closesQuote = (text: string) => !/^\W{0,2}["“]/.test(text) && quoteMarks(text) % 2 === 1 && /[,.!?]["”]/.test(text);


/** Kinds that ask who: the sentences are told apart by the asked person, not by who said them. */
const WHO = new Set<ExplainKind>(["person", "source", "organisation"]);

/** A sentence with what names its speaker: the full name of a surname, the sentence a "He said …" leans on. */
const speakerText = (s: EvidenceSentence) =>
  [s.introduces?.text, PERSON_PRONOUN.test(s.text) ? s.before?.text : undefined, s.previous?.text, s.text].filter(Boolean).join(" ");

/**
 * What names the speaker of a sentence, through a "He said …" or a quotation going on ('"We have also …"') whose
 * sentence before is his too ('"…," Qin said.'), named in full further back ("Qin Wenhua, director of the bureau, said …").
 */
function speakerOf(s: EvidenceSentence, evidence: EvidenceSentence[]): string {
  const own = speakerText(s);
  // (the sentence after, when it closes the quotation this one opens)
  const closing = s.after && opensQuote(s.text) && closesQuote(s.after.text) ? s.after.text : undefined;
  // ('"Our sales were driven by e-commerce. A rose cut today sells abroad tomorrow," said Wang Li, a manager.': the
  // quotation the next sentence closes by naming its speaker is his)
  if (closing && QUOTED_THEN_SAID.test(closing)) return `${own} ${closing}`;
  // ('Wang Peng, a manager, ships excavators. "By sea it took 50 days. Now it takes nine," he said.': the quotation a
  // "he said" closes, and the sentence that opens it, are said by the person the sentence before them names)
  const saidAfter = closing !== undefined && SAID_AT_END.test(closing);
  if (s.before && (SAID_AT_END.test(s.text) || saidAfter)) {
    const before = evidence.find((e) => e.docId === s.docId && e.start === s.before!.start);
    const opened = opensQuote(s.before.text) && closesQuote(s.text) && before?.before ? before.before.text : undefined;
    return [opened, s.before.text, own].filter(Boolean).join(" ");
  }
  const goesOn = QUOTED_WHOLE.test(s.text) && s.before !== undefined && QUOTED_THEN_SAID.test(s.before.text) && s.start - s.before.end <= 2;
  if (!s.before || (!PERSON_PRONOUN.test(s.text) && !goesOn)) return own;
  const before = evidence.find((e) => e.docId === s.docId && e.start === s.before!.start);
  if (before) return `${speakerText(before)} ${own}`;
  // (a sentence before that is no evidence, of another year: its speaker's surname, named in full in an earlier one)
  const surname = /["”]\s+([A-Z][a-z]+)\s+said\b/.exec(s.before.text)?.[1];
  const full = surname ? new RegExp(String.raw`\b${surname}\s+[A-Z][a-z]+`) : undefined;
  const named = full && evidence.find((e) => e.docId === s.docId && e.start < s.start && full.test(e.text));
  return [named?.text, s.before.text, own].filter(Boolean).join(" ");
}

// a sentence whose speaker is named before it: '… a delivery date," he said.', '…, which saves two days, she said.'
const SAID_AT_END = /[,.!?]["”]?\s+(?:he|she)\s+(?:said|says|added)\.?\s*$/i;

const PERSON_PRONOUN = new RegExp(String.raw`^\W*(?:he|she)\s+(?:\w+\s+)?(?:said|says|expects?|expected|added|noted|believes?|`
  + String.raw`predicted|warned|hopes?|cited|pointed|credited|blamed)\b`, "i");

/** Does a sentence start a quotation ('"Energy is the engine,' or '"Energy is the engine," he said.')? */
const STARTS_QUOTE = /^\W{0,2}["“]/;
/** A sentence that names another speaker than the one before: '"…," said Liu Ping, an analyst.' */
const NAMES_SPEAKER = /\bsaid\s+[A-Z]|[A-Z][a-z]+\s+said\b/;

/**
 * The speaker's words going on after the sentence that names him: '"A," said Wang. "B. C."' (a quotation over
 * several sentences, open until it closes), '… called 2016 "a year of X". "Y," he said. "Z."'; at most three sentences.
 */
function quotationAfter(s: EvidenceSentence, evidence: Array<Span & { docId: string }>): Span[] {
  const run: Span[] = [];
  // (a sentence that closes a quotation leaves none open: '… a delivery date," he said.')
  let open = quoteMarks(s.text) % 2 === 1 && !closesQuote(s.text);
  for (const e of evidence) {
    const end = (run.at(-1) ?? s).end;
    if (e.docId !== s.docId || e.start <= end || e.start - end > 2 || run.length >= 3) continue;
    const another = NAMES_SPEAKER.test(e.text.replace(/\b(?:he|she)\s+said\b/gi, ""));
    // ('"A," said Wang. "B." He added that C.': what he adds right after his quotation is his too)
    const adds = !open && run.length > 0 && PERSON_PRONOUN.test(e.text);
    // (a sentence a line break cut goes on in the next: '… said Zhu, deputy director of Nanjing' + 'Customs.')
    const cut = !/[.!?"”'’)]\s*$/.test((run.at(-1) ?? s).text);
    if (!open && !adds && !cut && (!STARTS_QUOTE.test(e.text) || another)) break;
    run.push(e);
    open = open !== (quoteMarks(e.text) % 2 === 1);
  }
  return run;
}

/** The sentences after one in its article, whatever they are about: the speaker's quotation or an enumeration going on. */
const sentencesAfter = (s: EvidenceSentence) => (s.following ?? []).map((f) => ({ ...f, docId: s.docId }));

/** Sentences in reading order, each once. */
const inOrder = <T extends Span & { docId: string }>(list: T[]): T[] =>
  [...new Map(list.map((x) => [`${x.docId}@${x.start}`, x])).values()].sort((a, b) => a.start - b.start);

/** Sentences as one span: they are quoted together. */
const joined = (run: Span[]): Span =>
  ({ start: run[0]!.start, end: run.at(-1)!.end, text: run.map((x) => x.text).join(" ") });

/** The sentence with what it leans on: the one it points back to, and the one it announces. */
function withContext(
  s: EvidenceSentence, kind: ExplainKind, evidence: EvidenceSentence[], namesOnly = false, saidBy = false, term?: string,
): EvidenceSentence {
  let out = s;
  // ("What drove it" / "Overseas demand stayed strong. Private firms grew 25 percent.": a heading that asks a cause
  // stands for the paragraph under it, which gives the reasons)
  const under = kind === "cause" ? paragraphUnder(s) : [];
  if (under.length) return { ...out, next: joined(under) };
  // ("… were the biggest single item. As a result Germany was the largest partner.": a result is quoted with what it
  // results from, the sentence before in its paragraph, or the paragraph before when it opens its own)
  if (kind === "cause" && !s.previous && RESULT_OPENS.test(s.text)) {
    const from = resultOf(s);
    if (from.length) out = { ...out, previous: joined(from) };
  }
  // ("**Why did you keep the workers?**" / "Training takes three years. The city gave us a rebate, so we kept them.":
  // the answer to an interview's question is its paragraph, and a reason in it is quoted with what it opens with)
  const answered = kind === "cause" && !out.previous ? answerBefore(s) : [];
  if (answered.length) out = { ...out, previous: joined(answered) };
  // ('Crude oil imports fell 12.3 percent. "The decline was mainly due to …," said Li.': a reason that opens on the change
  // it explains is quoted with the sentence before it in its paragraph that states that change, its figure and goods)
  if (kind === "cause" && s.before && !out.previous && NAMES_ITS_CHANGE.test(s.text) && inParagraphAfter(s.before, s)
    && STATES_CHANGE.test(s.before.text) && direction(s.before.text) !== undefined && !ASKS.test(s.before.text)) {
    out = { ...out, previous: s.before };
  }
  if (s.before && !out.previous && pointsBack(s.text, kind === "definition")) {
    // "Exports of these "three new" products …" needs the sentence that names them; "The company …" the one that names it
    const named = kind === "organisation" ? organisationIn(s.before.text) !== undefined : kind === "person" ? personIn(s.before.text) !== undefined : true;
    if (named) out = { ...out, previous: s.before };
  }
  // '… 20 percent," said Zhu' closes a quotation the sentence before opened: the speaker's words are both
  if (s.before && !out.previous && closesQuote(s.text) && opensQuote(s.before.text) && s.start - s.before.end <= 2) {
    out = { ...out, previous: s.before };
  }
  // ('Gao Bo, a trader, imports flour. "By truck it took 12 days," he said.': the sentence that names who "he" is)
  if (s.before && !out.previous && SAID_AT_END.test(s.text) && !opensQuote(s.before.text) && personIn(s.before.text) !== undefined
    && s.start - s.before.end <= 2) {
    out = { ...out, previous: s.before };
  }
  // '"They went to Brazil instead," said Su, of customs. "Diversification is the main reason."': the speaker's
  // words before the reason are his too, and often what it rests on
  if (s.before && !out.previous && QUOTED_WHOLE.test(s.text) && QUOTED_THEN_SAID.test(s.before.text) && s.start - s.before.end <= 2) {
    out = { ...out, previous: s.before };
  }
  // '"Energy is the engine," said Wu. "Ship exports set records."': who is asked for, or what was said, the speaker's
  // words going on in the quotation right after
  // (so are a cause's, when the question asks whose it is: "what drove it, according to customs?")
  if (s.after && !s.next && (kind === "person" || kind === "statement" || saidBy) && QUOTED_THEN_SAID.test(s.text)) {
    // (his words going on are his whatever they are about: "…," said Zhou. "This year … We expect …")
    const run = quotationAfter(s, inOrder([...evidence, ...sentencesAfter(s)]));
    if (run.length) out = { ...out, next: joined(run) };
  }
  // ('Explaining the rise, Gu said: "Buyers came back. The season also started early."': a reason that opens a quotation
  // it does not close goes on to the quotation's end, the speaker's other reasons)
  if (kind === "cause" && s.after && !out.next && quoteMarks(s.text) % 2 === 1 && !opensQuote(s.text) && !closesQuote(s.text)) {
    const run = quotationAfter(s, sentencesAfter(s));
    if (run.length) out = { ...out, next: joined(run) };
  }
  // ("Liu said the fall was mainly caused by changes on the Russian side. After Russia joined the WTO, …": a reason a
  // named speaker gives in a few words is spelled out in the sentence after it, in its paragraph)
  if (kind === "cause" && s.after && !out.next && inParagraphAfter(s, s.after) && s.text.length <= SHORT_REASON
    && personIn(s.text) !== undefined && !/\?["”']?\s*$/.test(s.after.text)) {
    // (when he goes on in a quotation, all of it: '"The FTA cut tariffs," he said. "The new port cut shipping times."')
    const run = STARTS_QUOTE.test(s.after.text) ? quotationAfter(s, sentencesAfter(s)) : [];
    out = { ...out, next: run.length ? joined(run) : s.after };
  }
  // ("We took resolute measures to keep demand stable." is followed by the measures: the rest of its paragraph)
  if (kind === "action" && announcesMeasures(s.text)) {
    const run = paragraphAfter(s);
    if (run.length) out = { ...out, next: joined(run) };
  }
  // ("Since 2021 the zone has let lawyers practise with their own licences. Firms can choose their own law, and a pilot
  // allows data to flow …": what was done goes on in the next sentence of its paragraph that says more was done)
  if (kind === "action" && s.after && !out.next && inParagraphAfter(s, s.after) && !ASKS.test(s.after.text)
    && cueWeight("action", s.after.text) >= 3 && cueWeight("action", s.text) >= 3) {
    out = { ...out, next: s.after };
  }
  // ('… a policy it calls "X".' is followed by what it does: "Under the policy, a plant can …")
  if (s.after && !out.next && underNamed(s.after.text) && inParagraphAfter(s, s.after)) out = { ...out, next: s.after };
  // ("Because of a data entry error, these figures were wrong." is followed by the figures that replace them)
  if (s.after && !out.next && SAID_WRONG.test(s.text) && GIVES_CORRECT.test(s.after.text) && inParagraphAfter(s, s.after)) {
    out = { ...out, next: s.after };
  }
  // the next sentence when this one announces it ("… faces challenges that cannot be ignored."), or when it goes on
  // with what this one began ("It will also encourage two-way investment …", "The zone covers …") in the same vein
  // (a sentence that only names the term it is asked to define is followed by the one that defines it)
  // ("… the X Pilot Zone, approved in 2031. The pilot zone is a platform for …": a definition goes on in the sentence of
  // its paragraph that calls the term by its last word)
  const byHead = kind === "definition" && s.after !== undefined && inParagraphAfter(s, s.after) && headNamed(term, s, s.after.text);
  // ("Under the X model, each plane is owned by … . Because the plane is imported into a bonded area, duties are paid …":
  // how a scheme works goes on, in its paragraph, with why it pays)
  const worksBecause = kind === "definition" && s.after !== undefined && inParagraphAfter(s, s.after) && UNDER_SCHEME.test(s.text)
    && BECAUSE_OPENS.test(s.after.text);
  if (worksBecause && !out.next) out = { ...out, next: s.after! };
  const goesOn = CONTINUES.has(kind) && (pointsBack(s.after?.text ?? "") || namesOnly || byHead) && continuesKind(kind, s, evidence);
  // ('"Three factors explain the fall," said Wang.' before "First, …": the count announces the enumeration after it)
  const countsNext = s.after !== undefined && ORDINAL_FIRST.test(s.after.text) && COUNTED.test(s.text);
  if (s.after && !out.next && (announces(s.text) || goesOn || countsNext)) {
    out = { ...out, next: s.after };
  }
  // "Third, firms moved up the value chain." goes on with "First, …" and "Second, …" (and the count that announces
  // them): one item of an enumeration is quoted with those before it
  const back = !out.previous && kind !== "person" && kind !== "organisation" ? enumerationBefore(s) : [];
  if (back.length) out = { ...out, previous: joined(back) };
  // "First, demand weakened." brings "Second, …" and "Third, …" after it: an enumeration is quoted whole
  const rest = enumerationAfter(out.next ?? out, s.docId, [...evidence, ...sentencesAfter(s)], back.length > 0);
  if (rest.length) {
    const run = out.next ? [out.next, ...rest] : rest;
    out = { ...out, next: { start: run[0]!.start, end: run.at(-1)!.end, text: run.map((x) => x.text).join(" ") } };
  }
  return out;
}

// a sentence that tells how a scheme works ("Under the single-project company model, …") and one that opens on why
const UNDER_SCHEME = /^\W{0,3}under\s+(?:the|this|that|such\s+an?)\s+[^.;]{2,80}?\b(?:model|mode|scheme|policy|arrangement|system|mechanism|pilot)s?\b/i;
const BECAUSE_OPENS = /^\W{0,3}(?:because|since|as a result|thanks to|this means|that means|so that)\b/i;

/** Does a sentence open by calling the term a sentence named by its last word ("The zone …", "This pilot zone …")? */
function headNamed(term: string | undefined, s: Span, next: string): boolean {
  const head = term ? tokens(term).at(-1) : undefined;
  if (!head || head.length < 3 || !termIn(term, s.text)) return false;
  return new RegExp(String.raw`^\W{0,3}(?:the|this|that|such an?)\s+(?:[\w-]+\s+){0,2}?${head}s?\b`, "i").test(next);
}

/** How many sentences of an interview's answer may come before the reason quoted from it. */
// (a question set in bold: "**Why …?**")
const STANDS_ASKING = /\?["”'’*]{0,3}\s*$/;
const ANSWER_BEFORE = 3;

/** The sentences of its paragraph before a sentence, when that paragraph answers a question standing alone before it. */
function answerBefore(s: EvidenceSentence): Span[] {
  const before = s.preceding ?? [];
  const run: Span[] = [];
  for (let i = before.length - 1; i >= 0; i--) {
    const e = before[i]!;
    if (!inParagraphAfter(e, run[0] ?? s)) {
      // (the paragraph before is a question: "**Why did you keep the workers?**", "Q: Why …?")
      return run.length && run.length <= ANSWER_BEFORE && STANDS_ASKING.test(e.text) && !ASKS.test(run[0]!.text) ? run : [];
    }
    run.unshift(e);
  }
  return [];
}

// a heading that asks a cause: "What drove it", "Why trade grew", "Behind the rise", "The reasons" (a line of a few words
// with no full stop, standing alone as its paragraph)
const CAUSE_HEADING = new RegExp(String.raw`^\W{0,3}(?:why\b|what (?:(?:is|was|has been) )?(?:drove|drives|driving|`
  + String.raw`behind|lay behind|lies behind|explains|caused|fuell?ed|powered)\b|(?:what(?:'s| is| was| lay| lies) )?behind (?:the|it|this)\b|`
  + String.raw`(?:the )?(?:main )?(?:reasons?|drivers?|causes?)(?: (?:for|behind) (?:it|the|this))?\b)`, "i");
const HEADING_WORDS = 8;

// "what did X say was behind …": a cause whose speaker the question names
const SAID_CAUSE = /\b(?:say|said|says|think|believe)s? (?:was|were|is|are|had been|has been) (?:behind|driving|holding back)\b/i;

/** The paragraph under a heading that asks a cause, at most MEASURES of its sentences; none for any other sentence. */
function paragraphUnder(s: EvidenceSentence): Span[] {
  const [first, ...rest] = s.following ?? [];
  if (!first || !CAUSE_HEADING.test(s.text) || /[.!;:,]["”']?\s*$/.test(s.text)
    || s.text.split(/\s+/).length > HEADING_WORDS || inParagraphAfter(s, first)) return [];
  // (the paragraph under it comes right after, not one further on)
  if (first.start - s.end > 2 || ASKS.test(first.text)) return [];
  const run: Span[] = [first];
  for (const f of rest) {
    if (!inParagraphAfter(run.at(-1)!, f) || ASKS.test(f.text) || run.length >= MEASURES) break;
    run.push(f);
  }
  return run;
}

/** How many sentences of the paragraph before a result opening its own paragraph are quoted as its cause. */
const RESULT_OF = 3;

/** What a result's sentence ("As a result, …") results from: the sentence before it in its paragraph, or the last
 * sentences of the paragraph before (not a heading: a line of a few words) when it opens its own. */
function resultOf(s: EvidenceSentence): Span[] {
  const before = s.preceding ?? [];
  const last = before.at(-1);
  if (!last || /\?["”']?\s*$/.test(last.text)) return [];
  if (inParagraphAfter(last, s)) return [last];
  const run: Span[] = [last];
  for (let i = before.length - 2; i >= 0 && run.length < RESULT_OF && inParagraphAfter(before[i]!, run[0]!); i--) {
    run.unshift(before[i]!);
  }
  return run.length === 1 && run[0]!.text.split(/\s+/).length < 8 ? [] : run;
}

// a sentence that says figures were wrong, and one that gives the right ones
const SAID_WRONG = /\b(?:figures?|numbers?|data|statistics|values?|totals?)\s+(?:was|were|is|are)\s+(?:\w+\s+)?(?:wrong|incorrect|erroneous|in error|misstated|mistaken)\b/i;
const GIVES_CORRECT = /^\W*(?:the\s+)?(?:correct(?:ed)?|right|revised|accurate)\s+(?:figures?|numbers?|data|values?|totals?)\b/i;

/** The sentences after one in its paragraph, up to the paragraph's end or a question, at most MEASURES of them. */
function paragraphAfter(s: EvidenceSentence): Span[] {
  const run: Span[] = [];
  for (const f of s.following ?? []) {
    if (!inParagraphAfter(run.at(-1) ?? s, f) || /\?["”']?\s*$/.test(f.text) || run.length >= MEASURES) break;
    run.push(f);
  }
  return run;
}
const MEASURES = 4;

/** The sentences right after one that opens an enumeration ("First, …") that go on with it ("Second, …", "Finally, …"). */
// ("Second, battery plants began shipping abroad" is quoted with "First, …" though its own period is last year's)
function enumerationAfter(first: Span, docId: string, sentences: Array<Span & { docId: string }>, within = false): Span[] {
  if (!ORDINAL_FIRST.test(first.text) && !(within && ORDINAL_NEXT.test(first.text))) return [];
  const run: Span[] = [];
  const ofDoc = sentences.filter((e) => e.docId === docId).sort((a, b) => a.start - b.start);
  for (const e of ofDoc) {
    const end = (run.at(-1) ?? first).end;
    if (e.start > end && e.start - end <= 2 && ORDINAL_NEXT.test(e.text) && run.length < 4) run.push(e);
  }
  return run;
}

/** The items before a later one of an enumeration ("Second, …", "Third, …") back to its "First, …" and the count
 * that announces it ("Three things."), in reading order; none when they do not run back to a first. */
function enumerationBefore(s: EvidenceSentence): Span[] {
  if (!ORDINAL_NEXT.test(s.text)) return [];
  const before = s.preceding ?? [];
  const run: Span[] = [];
  for (let i = before.length - 1; i >= 0; i--) {
    const e = before[i]!;
    if ((run[0] ?? s).start - e.end > 2) return [];
    run.unshift(e);
    if (ORDINAL_FIRST.test(e.text)) {
      const count = before[i - 1];
      return count && e.start - count.end <= 2 && COUNTED.test(count.text) && !/\d/.test(count.text) ? [count, ...run] : run;
    }
    if (!ORDINAL_NEXT.test(e.text)) return [];
  }
  return [];
}

const COUNTED = /\b(?:two|three|four|five|several|[2-5])\s+(?:[\w-]+\s+){0,2}(?:reasons?|factors?|causes?|things|drivers?|features?|measures?|steps?|actions?|tasks?|challenges?)\b/i;
const ORDINAL_FIRST = /^\W{0,3}(?:first(?:ly)?|to begin with|for one)\b/i;
const ORDINAL_NEXT = /^\W{0,3}(?:second(?:ly)?|third(?:ly)?|fourth(?:ly)?|fifth(?:ly)?|finally|lastly)\b/i;

/** Kinds whose answer may run on into the next sentence. */
// the length of a reason given in a few words (with its speaker and title)
const SHORT_REASON = 260;
const CONTINUES = new Set<ExplainKind>(["cause", "statement", "change", "definition", "challenge", "action"]);

/** Does the sentence after `s` carry a cue of the kind (and fit the question, being among the evidence)? */
function continuesKind(kind: ExplainKind, s: EvidenceSentence, evidence: EvidenceSentence[]): boolean {
  const after = s.after;
  if (!after || /\?["”']?\s*$/.test(after.text)) return false;
  if (!evidence.some((e) => e.docId === s.docId && e.start === after.start)) return false;
  return kind === "definition" || cueWeight(kind, after.text) > 0;
}

// reported speech: "Han, director of customs, said the city's mills had shifted …", "he said that …"
const REPORTS = /\b(?:said|says|explained|noted)\s+(?:that\s+)?(?:the|its|their|it|they|local|more|[a-z]+['’]s)\b/;

/**
 * "why …, according to the customs director?": what the asked speaker is reported to say of the asked goods is his
 * explanation, with no causal word ("Han, director of customs, said mills had shifted towards coated sheet, which …").
 */
function reportedBy(x: Scored, part: ExplainPart, by: string[], wanted: string[], evidence: EvidenceSentence[]): Scored {
  const cue = MIN_CUE.cause;
  if (part.kind !== "cause" || !by.length || x.cue >= cue || !REPORTS.test(x.s.text) || ASKS.test(x.s.text)) return x;
  // (of the asked goods or flow, not of another: "Han said ore clearance was cut to 18 hours" explains no steel exports)
  const have = new Set(tokens(x.s.text).map(stem));
  const about = wanted.filter((w) => !by.includes(w));
  if (!about.some((w) => have.has(w)) || !attributedTo(by, speakerOf(x.s, evidence))) return x;
  // (nor the other way: "why did they fall" by what he said rose)
  if ((asksDown(part.text) && onlyUp(x.s.text)) || (askedDirection(part.text) === "up" && onlyDown(x.s.text))) return x;
  return { ...x, cue, score: x.score + (cue - x.cue) * 1.5 };
}

export interface ExplainSelection { sentences: EvidenceSentence[]; missing: ExplainPart[] }

/**
 * The explaining sentences for every part of a question, in reading order within each article;
 * a part that no sentence answers is named in `missing`.
 */
export function selectExplanation(
  question: string, parts: ExplainPart[], evidenceOf: EvidenceSentence[] | ((part: ExplainPart) => EvidenceSentence[]),
  wantedWords: string[], options: { constrained: boolean; columnists?: ReadonlyMap<string, string> },
  told?: ReadonlyMap<ExplainPart, EvidenceSentence[]>,
): ExplainSelection {
  const wanted = wantedWords.filter((w) => !ASKING_WORDS.has(w));
  const chosen: EvidenceSentence[] = [];
  const missing: ExplainPart[] = [];
  // words of the asked places are in every sentence of their articles: they tell nothing apart
  const places = placeWords(question);
  // the surname of the person a "who" part was answered with
  let speaker: string | undefined;
  // who said the answer to the part before ("what drove it, according to customs? who said it"), "" when none answered it
  let saidBefore: string | undefined;
  // (and the sentence that names him)
  let speakerAt: EvidenceSentence | undefined;
  for (const asked of parts) {
    let part = asked;
    // (a part a reporter asked too comes answered, by the paragraph that answered the reporter)
    const given = told?.get(part);
    if (given) {
      for (const s of given) if (!chosen.some((c) => c.docId === s.docId && c.start === s.start)) chosen.push(s);
      continue;
    }
    // (each part's own sentences, when a part may be read without what narrows another)
    const read = typeof evidenceOf === "function" ? evidenceOf(part) : evidenceOf;
    // ("why was it revised?": with what the notice says made the figure wrong, whatever places it names)
    const evidence = asksRevisionCause(part) ? [...read, ...noticeCauses(read)] : read;
    // "per Urumqi Customs", "what did the commerce bureau chief say …": whose explanation is asked for
    const by = WHO.has(part.kind) ? [] : attributionWords(part.text, places);
    const cuedAs = (p: ExplainPart) => scorePart(p, question, evidence, wanted, places, by)
      .map((x) => reportedBy(x, p, by, wanted, evidence)).filter((x) => x.cue >= Math.max(minCue(p), 0.5));
    let cued = cuedAs(part);
    // ("what did the mayor say was behind the growth?" with no reason of his that carries a causal word: all he said,
    // whose reason may carry none: '"Machinery makers won orders abroad," said Wang.')
    if (part.kind === "cause" && by.length && SAID_CAUSE.test(part.text)
      && !cued.some((x) => attributedTo(by, speakerOf(x.s, evidence)))) {
      part = { ...part, kind: "statement" };
      cued = cuedAs(part);
    }
    // that body's or person's sentences ("He said …" after his name his too), when there are any
    // (a column's own words are its author's: "what does X say the province should do?")
    const columnist = (x: Scored) => {
      const author = options.columnists?.get(x.s.docId);
      return author !== undefined && authorsOwn(x.s.text) && attributedTo(by, author);
    };
    const isTheirs = new Set(by.length ? cued.filter((x) => attributedTo(by, speakerOf(x.s, evidence)) || columnist(x)) : []);
    // an answer that explains nothing is no answer: the sentence carries a cue of the asked kind, and is about the question
    // (or, in the asked place's and period's articles, carries a strong cue; or is the asked speaker's, whose name, no
    // word it need use, was all it shared with "what did lhamo say about her firm's business")
    // (a reason in the asked direction that names the asked place is about it: "Jiangxi had the steepest fall, as …")
    const placeOwn = (x: Scored) => part.kind === "cause" && options.constrained && x.cue >= MIN_CUE.cause
      && tokens(x.s.text).some((t) => places.has(stem(t))) && direction(x.s.text) !== undefined
      && direction(x.s.text) === (asksDown(part.text) ? "down" : askedDirection(part.text));
    // ("where was the first X held?" by "The expo was held at …": a venue is the one of the article about the event, one
    // of whose sentences uses all the question's words; the venue's sentence need not name it again)
    const venueOf = (x: Scored) => x.cue >= 3 && wanted.length > 0
      && evidence.some((e) => e.docId === x.s.docId && aboutWords(e, wanted) === 1);
    let scored = cued
      .filter((x) => (part.kind === "venue" ? venueOf(x) : x.coverage === undefined || x.coverage > 0
        || (options.constrained && x.cue >= 3) || isTheirs.has(x) || placeOwn(x)))
      .sort((a, b) => b.score - a.score);
    // "why was the figure revised?" is answered by what the correction says, when the articles speak of one, never
    // by why the figure grew
    const revision = asksRevisionCause(part);
    if (revision && evidence.some((e) => onRevision(e.text))) scored = scored.filter((x) => x.onRevision);
    const named = scored.filter((x) => isTheirs.has(x));
    // (and the quotation their speaker goes on with: '"The fall is no sign of weak demand," Liu said. "We pay less …"')
    const goesOn = new Set(named.flatMap((x) => quotationAfter(x.s, evidence).map((q) => `${x.s.docId}@${q.start}`)));
    const theirs = named.length ? scored.filter((x) => named.includes(x) || goesOn.has(`${x.s.docId}@${x.s.start}`)) : [];
    if (theirs.length) scored = theirs;
    // ("what did zhang wei say …" with no sentence of his: other people's words are not his)
    else if (by.length && part.kind === "statement" && askedPersonName(part.text, places) !== undefined) scored = [];
    // "who's the official quoted, and what does he want?": the second part is what that person said, right by his name
    const name = speaker;
    const near = name && SAYS_PRONOUN.test(part.text) ? scored.filter((x) => [x.s.text, x.s.before?.text, x.s.introduces?.text]
      .some((t) => t?.includes(name))) : [];
    if (near.length) scored = near;
    // "…, and what did he put it down to?": with no sentence of his that gives a reason, his words right after his name
    const quoted = name && !near.length && SAYS_PRONOUN.test(part.text) && speakerAt
      ? quotationAfter(speakerAt, evidence) : [];
    const at = quoted.length ? chosen.findIndex((c) => c.docId === speakerAt?.docId && c.start === speakerAt.start) : -1;
    if (at >= 0) {
      chosen[at] = { ...chosen[at]!, next: chosen[at]!.next ?? joined(quoted) };
      continue;
    }
    // "…? who said it": the speaker of the part before's answer, or no one when nothing answered it
    if (part.kind === "person" && SAID_IT.test(part.text) && saidBefore !== undefined) {
      const named = saidBefore;
      scored = named ? scored.filter((x) => [x.s.text, x.s.introduces?.text].some((t) => t?.includes(named))) : [];
    }
    // ("why did it fall, and who said so?": a reason someone is quoted giving, over the article's own account, when
    // one scores near the best)
    if (part.kind === "cause" && parts.some((p) => p.kind === "person" && SAID_IT.test(p.text)) && scored[0]) {
      const best = scored[0].score;
      const spoken = scored.filter((x) => x.score >= best - MARGIN.cause && personIn(speakerOf(x.s, evidence)) !== undefined);
      if (spoken.length) scored = spoken;
    }
    const top = scored[0];
    if (!top) { missing.push(asked); saidBefore = ""; continue; }
    // one sentence for each part of a question that asks several things; for one, the best article's sentences close to the best
    // (the sentence right after the best one goes on with what it began: "The slump was driven by auto parts. Imports
    // of auto parts fell …, as slower car sales …")
    const rank = (x: Scored) => (x === top ? Infinity : x.score + (x.s.before?.start === top.s.start ? NEXT_BONUS : 0));
    // (the asked speaker's sentences are all his reasons: they need not use the question's words as much as his first)
    const margin = MARGIN[part.kind] + (theirs.length && part.kind === "cause" ? SPEAKER_MARGIN : 0);
    // ("We took firm measures to …" heads the paragraph of the measures: it is quoted with all of them, not one)
    // (whatever its own words: the best sentence is among the measures it heads)
    const head = part.kind === "action" ? scored.find((x) => x.s.docId === top.s.docId && announcesMeasures(x.s.text)
      && paragraphAfter(x.s).some((f) => f.start === top.s.start)) : undefined;
    // ("…, said the rise had three causes." and the sentence after that gives them: the reasons are those it counts)
    const counts = part.kind === "cause" && top.s.after !== undefined && COUNTED.test(top.s.text) && announces(top.s.text);
    const picked = head ? [head] : counts ? [top] : scored.filter((x) => x.s.docId === top.s.docId && x.score >= top.score - margin)
      .sort((a, b) => rank(b) - rank(a)).slice(0, parts.length > 1 ? 1 : most(part));
    // (the term a definition is asked of, as scorePart reads it)
    const own = part.kind === "definition" ? definedTerm(part.text) : undefined;
    const term = part.kind === "definition" ? (own && !PRONOUN.test(own) ? own : definedTerm(question)) : undefined;
    for (const x of picked) {
      const at = chosen.findIndex((c) => c.docId === x.s.docId && c.start === x.s.start);
      // (a sentence that answered a part before answers this one with what this one needs after it: "who explained it,
      // and what reasons did he give?" by the sentence that names him and the quotation it announces)
      if (at >= 0 && !chosen[at]!.next) {
        chosen[at] = { ...withContext(x.s, part.kind, evidence), previous: chosen[at]!.previous };
      }
      if (at >= 0) continue;
      chosen.push(withContext(x.s, part.kind, evidence, x.namesOnly, theirs.length > 0 || near.length > 0, term));
    }
    // (with the revised figure its article gives, which the reason is about)
    const revised = revision && picked[0]?.onRevision ? revisedFigure(picked[0].s, evidence) : undefined;
    if (revised && !chosen.some((c) => c.docId === revised.docId && [c, c.previous, c.next]
      .some((sp) => sp && sp.start <= revised.start && revised.end <= sp.end))) chosen.push(revised);
    saidBefore = picked[0] ? personIn(speakerOf(picked[0].s, evidence))?.name ?? "" : "";
    if (part.kind === "person") {
      speaker = personIn(picked[0]?.s.text ?? "")?.name.split(/\s+/)[0];
      speakerAt = picked[0]?.s;
    }
  }
  // a sentence inside the run another one's context quotes ("Second, …" in the enumeration its announcement brings) is
  // not quoted twice (one the context is exactly is left to the answer, which quotes each start once)
  const within = (c: EvidenceSentence, o: EvidenceSentence) => {
    const end = (c.next ?? c).end;
    return o !== c && o.docId === c.docId && (!c.previous || c.previous.start >= o.start) && [o.previous, o.next]
      .some((sp) => sp && sp.start <= c.start && end <= sp.end && !(sp.start === c.start && sp.end === end));
  };
  // ("why did X's liquor exports rise, who explained it?": the reason the speaker is quoted giving, in the asked
  // direction, answers the "why" too, though its goods' own name ("baijiu") kept it from the "why"'s sentences)
  for (const p of parts.filter((x) => x.kind === "cause" && missing.includes(x))) {
    if (!parts.some((o) => o.kind === "person")) break;
    const way = asksDown(p.text) ? "down" : askedDirection(p.text);
    const gives = chosen.some((c) => cueWeight("cause", c.text) >= STRONG_CAUSE && personIn(c.text) !== undefined
      && (way === undefined || direction(c.text) === way));
    if (gives) missing.splice(missing.indexOf(p), 1);
  }
  const kept = chosen.filter((c) => !chosen.some((o) => within(c, o)));
  chosen.splice(0, chosen.length, ...kept);
  const docOrder = [...new Set(chosen.map((s) => s.docId))];
  chosen.sort((a, b) => docOrder.indexOf(a.docId) - docOrder.indexOf(b.docId) || a.start - b.start);
  return { sentences: chosen, missing };
}
