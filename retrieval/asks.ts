import { findEntities } from "../text/entities.js";
import { findSubjects } from "../text/subjects.js";
import { findPeriods } from "../text/periods.js";
import { continueQuestion } from "./followup.js";
import { NOT_A_THING, SECOND_VALUE } from "./unanswered.js";
import { expandPeriodShorthand } from "./figures/query.js";

/**
 * The asks a question joins, each a question of its own: "how much did Guizhou trade in 2021, and what share of its
 * trade was with ASEAN?" is two, the second completed from the first (its place and period) as a follow-up would be.
 * A question that joins no asks ("its value and its share") is one.
 */
export function splitAsks(question: string): string[] {
  const second = secondThing(question);
  if (second) return second;
  const parts = question.split(ASK_BOUNDARY).map((p) => p.trim()).filter(Boolean);
  if (parts.length < 2 || parts.length > 3 || !parts.slice(1).every((p) => ASK_START.test(p))) {
    return measureInOwnPeriod(question) ?? [question];
  }
  // ("A vs B, who's higher and what's the gap?": a gap asked of nothing new is the gap between the sides before it)
  // (so are the figures themselves: "which grew faster, A or B, and what were the rates?")
  if (parts.slice(1).some((p) => GAP_ONLY.test(p) || FIGURES_ONLY.test(p))) return [question];
  return parts.map((p, i) => (i === 0 ? p
    : continueQuestion(parts[0]!, withSubject(parts[0]!, withAskedUnit(parts[0]!, inOtherPeriod(p)))).question));
}

// "was it still growing in jan-oct 2026?", "were they still up in 2031?": the thing asked before, in a period of its own
const SAME_THING = /^(?:was|were|is|are|did|does|has|have)\s+(?:it|they|that|this|those|these)\b/i;
/** A follow-up on the same thing in another period, as the fragment "and in <period>?" that asks it so. */
function inOtherPeriod(ask: string): string {
  if (!SAME_THING.test(ask)) return ask;
  const periods = findPeriods(expandPeriodShorthand(ask));
  return periods.length === 1 ? `and in ${periods[0]!.text}?` : ask;
}

/**
 * "hainan q1 2026 - value of zero-tariff imports and the tax exemptions?": the value of a second thing, no measure or
 * flow of the first, asked as an ask of its own (in the first one's place and period).
 */
function secondThing(question: string): string[] | undefined {
  const m = SECOND_VALUE.exec(question);
  const thing = m?.groups?.["second"]?.trim();
  if (!m || !thing || NOT_A_THING.test(thing)) return undefined;
  const escaped = thing.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const tail = new RegExp(String.raw`\s+(?:and|&|\+)\s+(?:the|its|their)\s+${escaped}\s*\??\s*$`, "i");
  const first = `${question.replace(tail, "")}?`;
  // (named as the part not stated when no figure answers it: "the value of the tax exemptions in …")
  return [first, continueQuestion(first, `what was the value of the ${thing}?`).question.replace(/^what was /, "")];
}

// "cumulative yoy growth", "the share": a measure alone, with the words that say over what it runs
const MEASURE_ALONE = new RegExp(String.raw`^(?:(?:and|the|its|cumulative|accumulated|yoy|y/y|year[- ]on[- ]year|`
  + String.raw`annual)\s+)*(?:growth(?:\s+rate)?|share)(?:\s+(?:in|for|over|during|of))?\s*[?.]?\s*$`, "i");

/**
 * "X's oct 2019 trade value, and cumulative yoy growth jan-oct?": a measure asked in a period of its own after the
 * first ask's is an ask of its own, in that period only (the year the first ask's, when the tail names none).
 */
function measureInOwnPeriod(question: string): string[] | undefined {
  const at = [...question.matchAll(/(?:,\s*|\s+)and\s+/gi)].at(-1);
  if (!at) return undefined;
  const head = question.slice(0, at.index).trim();
  const tail = question.slice(at.index + at[0].length).trim();
  const own = findPeriods(tail);
  // (the latest year the head names: "in 2031 vs 2030" asks 2031, and compares it with 2030; so does "2030 vs 2031")
  const years = findPeriods(head).map((p) => p.period.y2).filter((y): y is number => typeof y === "number");
  const year = years.length ? Math.max(...years) : undefined;
  if (own.length !== 1 || !year || !MEASURE_ALONE.test(tail.slice(0, own[0]!.start) + tail.slice(own[0]!.end))) {
    return undefined;
  }
  const period = own[0]!.period.y2 === null ? `${own[0]!.text} ${year}` : own[0]!.text;
  const ask = `${tail.slice(0, own[0]!.start)}${period}${tail.slice(own[0]!.end)}`;
  return [head, continueQuestion(head, ask).question];
}

// "how fast did it grow": the pronoun that stands for the first ask's subject
const SUBJECT_PRONOUN = /\b(?:it|they|them)\b/i;
// "and the province's total?", "and overall?": an ask of the whole, not of the subject ("share of the total" is the
// subject's)
export const WHOLE_ASKED = /(?<!\bof\s+(?:the\s+|its\s+)?(?:[\w'’]+\s+)?)\b(?:total|overall|whole)\b/i;

/**
 * The later ask with the one subject the first names ("X trade - how much, and how fast did it grow?": the growth is
 * X's, never the place's total), unless it names a subject, place or partner of its own, or asks of the whole.
 */
function withSubject(first: string, ask: string): string {
  const named = findSubjects(first);
  const names = new Set(named.map((s) => s.name));
  if (names.size !== 1 || findSubjects(ask).length || findEntities(ask).length || WHOLE_ASKED.test(ask)) return ask;
  const subject = first.slice(named[0]!.start, named[0]!.end);
  return SUBJECT_PRONOUN.test(ask) ? ask.replace(SUBJECT_PRONOUN, subject) : `${subject}: ${ask}`;
}

// "how many percentage points of its growth came from A, and how many from B?": the second ask leaves out what it counts
const COUNTED_FROM = /^(?<head>(?:[\w'’,:-]+\s+)*?how\s+(?:many|much)\s+(?:[\w'’-]+\s+){1,10}?)(?:came|come|comes|was|were)\s+from\b/i;
const ELIDED_FROM = /^how\s+(?:many|much)\s+(?:(?:came|come|was|were)\s+)?from\s+/i;

/** The later ask with the unit and whole the first one counts in ("how many percentage points of X's growth"). */
function withAskedUnit(first: string, ask: string): string {
  const head = COUNTED_FROM.exec(first)?.groups?.["head"];
  if (!head || !ELIDED_FROM.test(ask)) return ask;
  return `${head.replace(/^.*?(?=\bhow\s)/i, "")}came from ${ask.replace(ELIDED_FROM, "")}`;
}

// ", and what …", "; how …", "? Where …": a new ask starts with a question word
const ASK_WORDS = String.raw`what|how|which|where|when|who|whose|did|does|do|was|were|is|are`;
// (", and imports?": a short tail naming another flow or measure asks the same of it)
const TAIL_WORDS = String.raw`exports?|imports?|growth|(?:its\s+)?share|the\s+surplus|the\s+deficit`;
// ("surplus and export/import ratio": a ratio of the flows is an ask of its own, with or without a comma before it)
const RATIO_TAIL = String.raw`(?:the\s+|its\s+)?(?:exports?|imports?)\s*(?:\/|:|-?\s*to\s*-?)\s*`
  + String.raw`(?:imports?|exports?)\s+ratio`;
// ("X q2 trade? (h1 minus q1) and q2 exports": after a question mark and a note on how to work it out, another flow of
// a period is an ask of its own)
const PERIOD_TAIL = String.raw`(?:(?:q[1-4]|h[12]|(?:19|20)\d\d)\s+)+(?:exports?|imports?)`;
const ASK_BOUNDARY = new RegExp(String.raw`(?:,\s*|\s+)and\s+(?=(?:${ASK_WORDS})\b)|,\s*and\s+(?=(?:${TAIL_WORDS})\s*\??\s*$)|;\s*`
  + String.raw`|(?:,\s*|\s+)(?:and|&|\+)\s+(?=${RATIO_TAIL}\s*\??\s*$)|\?\s+(?=[A-Za-z])`
  + String.raw`|(?<=\?\s*\([^()?]{1,60}\))\s*,?\s*(?:and|&|\+)\s+(?=${PERIOD_TAIL}\s*\??\s*$)`
  // ("X grew in 2023 - was it still growing in 2026?": a follow-up on the same thing in a year of its own)
  + String.raw`|\s+[-–—]\s+(?=(?:was|were|is|are|did|does|has|have)\s+(?:it|they|that|this|those|these)\b[^?]*?\b(?:19|20)\d\d\b)`, "i");
const ASK_START = new RegExp(String.raw`^(?:(?:${ASK_WORDS})\b`
  + String.raw`|(?:${TAIL_WORDS}|${RATIO_TAIL}|${PERIOD_TAIL})\s*\??\s*$)`, "i");

// the figures of the sides asked again, naming no side of their own: "what were the rates", "what are both figures"
const FIGURES_ONLY = new RegExp(String.raw`^what(?:'s|'re|\s+is|\s+are|\s+was|\s+were)\s+(?:the\s+|their\s+|both\s+)?`
  + String.raw`(?:(?:growth|two|respective)\s+)?(?:rates|figures|numbers|values)\s*\??\s*$`, "i");
const GAP_ONLY = /^(?:what(?:'s|\s+is|\s+was)|how\s+(?:big|large|wide)\s+(?:is|was))\s+(?:the\s+)?(?:gap|difference|margin)\s*\??\s*$/i;

/** An ask as the part an answer could not find: "what share of its trade was with ASEAN in 2021". */
export const askedPhrase = (ask: string): string => ask.replace(/[?.!\s]+$/, "");
