import type { CorpusDocument } from "../../corpus/types.js";
import type { EvidenceSentence } from "../evidence.js";
import { splitSentences, type Span } from "../../corpus/sentences.js";
import { stem } from "../figures/select.js";
import { explainParts, piecesKinds, SAID_IT, type ExplainKind, type ExplainPart } from "./asks.js";
import { direction, TITLES } from "./cues.js";

/**
 * Press-conference transcripts: a reporter's question ("Reporter from Kunming TV: What is the … model?")
 * is answered by the speaker's paragraph after it ("Zhao Wei: It is a model in which …"). A question of
 * the user's that a reporter asked too is answered with that paragraph, never with the reporter's words.
 */

/** A question put at a press conference and the paragraph that answers it. */
export interface Turn { docId: string; question: string; answer: Span[] }

// a speaker's label opens a paragraph: "Reporter from Kunming TV:", "Q (Xinhua):", "Li Min, deputy director of …:"
const LABEL = /^\W{0,4}([A-Z][^:：.?!\n]{0,120}?)\W{0,4}[:：]\s*\S/;
const ASKS = /\?["”’'*\s]*$/;
/** The most sentences of an answer quoted: a reporter's question is often answered at length. */
const MAX_SENTENCES = 5;
/** The most quoted of an answer that enumerates, to reach its last item. */
const MAX_ENUMERATED = 12;
/** The longest unlabelled paragraph read as an interviewer's question. */
const BARE_QUESTION_MAX = 200;
const ORDINAL_FIRST = /^\W{0,3}first(?:ly)?\b/i;
const ORDINAL_NEXT = /^\W{0,3}(?:second(?:ly)?|third(?:ly)?|fourth(?:ly)?|fifth(?:ly)?|finally|lastly)\b/i;

// an FAQ's numbered question: "Q5. What is …?", "Q 3: Does …?", "Q12) Which …?", or by its number alone: "7. Why did …?"
const FAQ_QUESTION = /^\W{0,4}(?:Q\s?\d{1,2}\s*[.:)]|\d{1,2}\s*[.)])\s*(?=\S)/;
// the label of one who asks: "Reporter from …", "Q (Xinhua)", "Question", "Journalist"
const REPORTER = /^(?:reporters?|q|question|journalists?|correspondent)\b/i;
// labels that name no one who answers: "Note: the figures are preliminary", "Source: customs", "Table 2: …"
const NO_SPEAKER = new RegExp(String.raw`^(?:notes?|sources?|tables?|figures?|charts?|graphs?|editor['’]s notes?|`
  + String.raw`updated?|photos?|captions?|data|related|see also|read more)\b`, "i");

// a paragraph in which the speaker goes on: "First, …", "Second, …", "In addition, …", "We have also …"
const GOES_ON = new RegExp(String.raw`^\W{0,3}(?:first(?:ly)?|second(?:ly)?|third(?:ly)?|fourth(?:ly)?|fifth|finally|lastly|`
  + String.raw`also|in addition|besides|moreover|furthermore|we|our)\b`, "i");

const labelled = (text: string) => {
  const m = LABEL.exec(text);
  return m !== null && m[1]!.split(/\s+/).length <= 16;
};

const turnsOf = new WeakMap<CorpusDocument, Turn[]>();

/** The question-and-answer turns of an article: a labelled paragraph that asks, and the labelled one after it. */
export function transcriptTurns(doc: CorpusDocument): Turn[] {
  let turns = turnsOf.get(doc);
  if (turns) return turns;
  turns = [];
  const paragraphs: Span[] = [];
  let at = 0;
  for (const line of doc.text.split("\n")) {
    const text = line.trim();
    if (text) paragraphs.push({ start: at + line.indexOf(text), end: at + line.indexOf(text) + text.length, text });
    at += line.length + 1;
  }
  paragraphs.forEach((p, i) => {
    const next = paragraphs[i + 1];
    // (after a reporter's labelled question the answer may come unlabelled: "Q: Why …?" / "The decline was …")
    // (an FAQ's numbered question is answered, unlabelled, by the paragraph after it: "Q5. What is …?" / "It is …")
    const faq = FAQ_QUESTION.test(p.text);
    // (an interview's question may stand unlabelled, in bold, before the labelled answer: "What has the county done?" /
    // "Sun Li: Three things. …")
    const bare = !faq && next !== undefined && !labelled(p.text) && p.text.length <= BARE_QUESTION_MAX
      && labelled(next.text) && !REPORTER.test(LABEL.exec(next.text)![1]!)
      && !NO_SPEAKER.test(LABEL.exec(next.text)![1]!);
    if (!next || !ASKS.test(p.text) || ASKS.test(next.text) || (!labelled(p.text) && !faq && !bare)) return;
    if (!faq && !bare && !labelled(next.text) && !REPORTER.test(LABEL.exec(p.text)![1]!)) return;
    const question = faq || bare ? p.text.replace(FAQ_QUESTION, "") : p.text.replace(LABEL, (m) => m.slice(-1));
    // the answer runs on through the paragraphs after it in which the speaker goes on ("Three things." / "First, …")
    const answer: Span[] = [];
    let left = MAX_SENTENCES;
    for (const q of paragraphs.slice(i + 1)) {
      if (left <= 0 || (q !== next && (labelled(q.text) || ASKS.test(q.text) || !GOES_ON.test(q.text)))) break;
      const all = splitSentences(q.text, q.start);
      // ("Three things. First, cars. … Second, … Third, …": an answer that enumerates is quoted to its last item's start)
      const last = all.some((x) => ORDINAL_FIRST.test(x.text)) ? all.map((x) => ORDINAL_NEXT.test(x.text)).lastIndexOf(true) : -1;
      const said = all.slice(0, Math.min(Math.max(left, last + 1), MAX_ENUMERATED));
      left -= said.length;
      const end = said.at(-1)!.end;
      answer.push({ start: q.start, end, text: doc.text.slice(q.start, end) });
    }
    turns!.push({ docId: doc.id, question, answer });
  });
  turnsOf.set(doc, turns);
  return turns;
}

// a reporter's request that asks for no kind in words ("Could you tell us about the 'X' model?"): any kind may be told
// ("share" as asked, "share with us", never the noun: "why is processing trade's share shrinking?")
const REQUESTS = /\b(?:tell us|talk (?:a little |a bit )?about|introduce|elaborate|explain|describe|give us|share (?:with us|your|some|more)|comment on|brief us|walk us through)\b/i;
// a host's question that only names a topic ("And the bonded repair policy?", "What about medical goods?"): the answer
// tells of it whatever is asked of it
const TOPIC_ONLY = new RegExp(String.raw`^\W*(?:and|(?:and\s+)?(?:what|how)\s+about)\s+`
  + String.raw`(?![^?]*\b(?:did|does|do|is|are|was|were|has|have|had|will|would|can|could)\b)[^?]{3,}\?\W*$`, "i");
// a question about what is ahead is a plan's, whatever its words ("how will the department support trade in 2025?")
const AHEAD = /\b(?:how|what) (?:will|would|shall)\b|\bplans?\b|\bnext year\b/i;

// kinds one answer serves: "what is customs doing about it?" and "what measures did customs take?"
const KIN: ExplainKind[][] = [["statement", "action", "plan"], ["definition", "meaning"], ["cause", "challenge"]];
const akin = (a: ExplainKind, b: ExplainKind) => a === b || KIN.some((g) => g.includes(a) && g.includes(b));

const STOP = new Set(("the a an of and or in on to for at by with from as its their his her this that these those what which who why how " +
  "did does do is are was were has have had been be will would can could it they them there first second third half quarter year " +
  "main key major about so much such very really " +
  // (the occasion and its date say which transcript, not which turn: "erenhot presser july 2008: who answered on coal")
  "presser press conference briefing answer answered answers reply replied january february march april may june july " +
  "august september october november december").split(" "));
// a verb and the noun of what it puts forward are one word to a turn's question: "what did she propose?" is asked by
// "What are your proposals?"
const PUT_FORWARD: Record<string, string> = { proposal: "propose", propos: "propose", suggestion: "suggest",
  suggested: "suggest", recommendation: "recommend", recommended: "recommend" };
const contentStems = (text: string, skip: Set<string>) => new Set((text.toLowerCase().match(/[a-z][a-z'-]+/g) ?? [])
  // (a quotation's closing mark is no part of its last word: "the 'twin-gate port'")
  .map((w) => stem(w.replace(/'+$/, "").replace(/'s$/, ""))).map((w) => PUT_FORWARD[w] ?? w)
  .filter((w) => w.length > 2 && !STOP.has(w) && !skip.has(w)));
// a reporter's question for what the speaker puts forward ("What are your proposals?"): what a question of what one
// said, proposed or urged asks, though it reads like a definition's
const YOUR_PROPOSALS = new RegExp(String.raw`\bwhat\s+(?:are|were|is|was)\s+(?:your|her|his|their)\s+(?:main\s+|key\s+)?`
  + String.raw`(?:proposals?|suggestions?|recommendations?)\b`, "i");

// the nouns that name the place a question is put to ("the county", "the city", "the province")
const HOME_NOUNS = new Set(["county", "city", "province", "region", "district", "zone", "government", "bureau", "port"]
  .map(stem));

// "What is driving that growth?", "Why this fall?": a move the turn before told of (not "this year")
// (or of the problem the turn before asked about: "What are you doing about it?", "How do you deal with that?")
const THAT_MOVE = new RegExp(String.raw`\b(?:that|this|these|those)\s+(?:growth|rise|increase|gain|jump|surge|boom|fall|decline|`
  + String.raw`drop|slowdown|trend|change)s?\b|\b(?:about|with|on)\s+(?:it|that|this|them)\s*\?\W*$`, "i");

/**
 * The turn of the given articles (best first) whose question asks what a part asks: of a kin kind, not the other
 * way (a fall's question is not a rise's), sharing the most of its words with the part. `skip` are the words
 * that tell nothing apart (the asked places', the asking words).
 */
export function askedTurn(part: ExplainPart, docs: CorpusDocument[], skip: Set<string>): Turn | undefined {
  const want = contentStems(part.text, skip);
  const way = direction(part.text);
  let best: { turn: Turn; score: number } | undefined;
  // ("why did trade collapse, per the radio guest?": the first turn of the asked kind and way that the guest answered,
  // whatever its words, when no turn shares one)
  const ofGuest = GUEST.test(part.text) && part.kind !== "person";
  let guests: Turn | undefined;
  for (const [rank, doc] of docs.entries()) {
    for (const [at, turn] of transcriptTurns(doc).entries()) {
      // "who at the bureau talked about X?": whoever answered the reporter who asked about X, by name
      // (and "what did customs say about X?" by the answer to a reporter who asked about X in words of no kind:
      // "Some worried X would slow goods. What has the experience been?")
      const asked = explainParts(turn.question);
      // (a reporter may ask a figure too: "How did the zone do, and how is it coping with …?")
      const kin = part.kind === "person" ? speakerOf(turn) !== undefined
        : piecesKinds(turn.question).some((k) => akin(k, part.kind)) || REQUESTS.test(turn.question)
          || TOPIC_ONLY.test(turn.question)
          || (part.kind === "statement" && (!asked.length || YOUR_PROPOSALS.test(turn.question)))
          || (part.kind === "plan" && AHEAD.test(turn.question));
      if (!kin) continue;
      const theirs = direction(turn.question);
      if (way && theirs && way !== theirs) continue;
      // ("And trade with X?" / "What is driving that growth?": a question that asks on asks of the turn before's topic)
      const before = at > 0 && THAT_MOVE.test(turn.question) ? transcriptTurns(doc)[at - 1]!.question : "";
      const have = contentStems(`${turn.question} ${before}`, skip);
      const shared = [...have].filter((w) => want.has(w)).length;
      if (ofGuest && !guests && piecesKinds(turn.question)[0] === part.kind && hasGuest(doc)) guests = turn;
      // ("What has the county done to help?" of the asked county: a question of the very kind asked, that names no more
      // than the place it is put to, is the best article's answer when no turn shares a word)
      // (it names that place: "Why is that?", of no words, asks of the turn before's topic, whatever it was)
      const homeOnly = [...have].every((w) => HOME_NOUNS.has(w))
        && [...contentStems(turn.question, new Set())].some((w) => HOME_NOUNS.has(w));
      if (!shared && rank === 0 && homeOnly && piecesKinds(turn.question)[0] === part.kind && !best) {
        best = { turn, score: 0 };
        continue;
      }
      // a definition's question names its term: all of it, the turn must have
      if (!shared || (part.kind === "definition" && shared < Math.min(want.size, 2))) continue;
      // (who answered a reporter is asked by more than one word of what was asked: many turns share one)
      // (unless that one word is all the part asks about: "who answered on coal?")
      if (part.kind === "person" && shared < Math.min(have.size, 2) && shared < want.size) continue;
      // (a later article's turn must ask much of what the part asks: the best article may answer it in plain prose)
      if (rank > 0 && shared < have.size / 2) continue;
      const score = shared / Math.max(have.size, 1) + shared / Math.max(want.size, 1) - rank * 0.25;
      if (!best || score > best.score) best = { turn, score };
    }
  }
  return best?.turn ?? guests;
}

// "per the radio guest", "according to the interviewee": whoever a programme's host talks to
const GUEST = /\b(?:guests?|interviewees?)\b/i;
// (a transcript that names its guest: "Guest: Zhao Dewei, researcher, …")
const hasGuest = (doc: CorpusDocument) => /^\W{0,4}guests?\s*[:：]/im.test(doc.text);

// "how does that model work?", "what does it do?", "what's their approach?": a part that asks on about what the part
// before it named
const ASKS_ON = /\b(?:that|this|it|they|them|their|his|her|those|these)\b/i;
const DEFINES = new Set<ExplainKind>(["definition", "meaning"]);

/**
 * The turn that answers each part a reporter asked too; a part that asks on about what the part before
 * it named ("…, and how does that model work?") is answered by the same turn.
 */
export function turnsForParts(parts: ExplainPart[], docs: CorpusDocument[], skip: Set<string>): Map<ExplainPart, Turn> {
  const out = new Map<ExplainPart, Turn>();
  parts.forEach((part, i) => {
    const before = i > 0 ? out.get(parts[i - 1]!) : undefined;
    // ("…, and who answered?": the speaker of the turn that answered the part before)
    // ("who answered on coal, and what reason did he give?": the reason the speaker of the turn before gave)
    const same = before && ((DEFINES.has(part.kind) && ASKS_ON.test(part.text)) || (part.kind === "person" && SAID_IT.test(part.text))
      || (part.kind === "cause" && parts[i - 1]!.kind === "person" && HE_GAVE.test(part.text)));
    const turn = askedTurn(part, docs, skip) ?? (same ? before : undefined);
    if (turn) out.set(part, turn);
  });
  return out;
}

// a speaker's label that is a person's name: "Li Na:", "**Chen Yu, deputy director of the bureau:**", "LI NA:"
const NAMED_LABEL = /^\W{0,4}((?:Mr\.?|Ms\.?|Mrs\.?|Dr\.?)\s+)?([A-Z][a-z]+(?:[ -][A-Z][a-z]+){1,2}|[A-Z]{2,}(?:[ -][A-Z]{2,}){1,2})\W{0,4}(?:,[^:：]*)?[:：]/;
// ("HAN JUN" is Han Jun)
const titleCase = (name: string) => (/[a-z]/.test(name) ? name : name.toLowerCase().replace(/\b[a-z]/g, (c) => c.toUpperCase()));
// "what reason did he give", "what did she put it down to": a part that asks what the person just asked for said
const HE_GAVE = /\b(?:he|she|they|his|her|their)\b/i;
// labels of no person: the one who chairs, or asks
const NO_PERSON = /^(?:host|moderator|chair|reporter|question|answer|journalist|correspondent|spokesperson)\b/i;

/** The name a turn's answer is labelled with, when the label names a person ("Li Na: …"). */
export function speakerOf(turn: Turn): string | undefined {
  const m = NAMED_LABEL.exec(turn.answer[0]?.text ?? "");
  return m && !NO_PERSON.test(m[2]!) ? titleCase(m[2]!) : undefined;
}

/**
 * The sentence that opens a sentence's paragraph with its speaker's label ("Zhao Wei: Regional trade has become more
 * balanced."), when the label names a person: in a transcript, whoever the paragraph's words are.
 */
export function labelledBy(s: Span & { preceding?: Span[] }): Span | undefined {
  // (back over the paragraph's sentences to the nearest label: turns split by one line break are each their own)
  let first: Span = s;
  for (const p of [...(s.preceding ?? [])].reverse()) {
    if (NAMED_LABEL.test(first.text) || p.end > first.start || first.start - p.end > 1) break;
    first = p;
  }
  const m = NAMED_LABEL.exec(first.text);
  return m && !NO_PERSON.test(m[2]!) ? first : undefined;
}

/** The sentence of an article that gives a speaker's title ("… we have invited Ms. Li Na, deputy director of …"). */
function introductionOf(name: string, doc: CorpusDocument): Span | undefined {
  const titled = new RegExp(String.raw`\b${name}\s*,\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,4}?${TITLES}\b`);
  return splitSentences(doc.text).find((s) => titled.test(s.text));
}

/**
 * A turn's answer as sentences to quote; for a part that asks who, after the sentence that gives the speaker's
 * title, when the article has one.
 */
export function turnEvidence(turn: Turn, docRank: number, part?: ExplainPart, doc?: CorpusDocument): EvidenceSentence[] {
  const name = part?.kind === "person" ? speakerOf(turn) : undefined;
  const intro = name && doc ? introductionOf(name, doc) : undefined;
  return [...(intro ? [intro] : []), ...turn.answer]
    .map((a) => ({ ...a, docId: turn.docId, docRank, numbers: [], periods: [], coverage: 1, overlap: 0, uncovered: [] }));
}
