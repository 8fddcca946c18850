import { findEntities } from "../text/entities.js";
import { endsRouteName } from "../text/routes.js";
import { displayName } from "../text/places.js";
import { findMetricWords } from "../text/flows.js";
import { findPeriods, periodLabel, previousYear, type Period } from "../text/periods.js";
import { findSubjects } from "../text/subjects.js";

/**
 * Follow-up questions in a conversation: "and exports?", "what about Hubei?", "in 2019?" take what
 * they leave out (place, period, flow, partner, subject, measure) from the previous question. Pure:
 * the previous question in, the question to answer and what was carried over out.
 */

export type SlotKind = "place" | "partner" | "period" | "flow" | "subject" | "measure" | "filter";

export interface Slot {
  kind: SlotKind;
  start: number;
  end: number;
  text: string;
  possessive?: boolean;
  period?: Period;
  measure?: Measure;
  /** Places: the name as the gazetteer writes it ("Guangdong" for a typed "guangdong"). */
  name?: string;
  /** Flows: the flow the words name ("traded" → trade). */
  metric?: string;
}

export interface Carried {
  kind: SlotKind;
  text: string;
}

export interface FollowUp {
  /** The question to answer: the new one, completed from the previous one. */
  question: string;
  /** What came from the previous question; empty when the new question stands on its own. */
  carried: Carried[];
}

type Measure = "growth" | "amount";

const FLOWS = new Set(["trade", "exports", "imports", "surplus", "deficit"]);

// what a follow-up asks for, when it names a measure without a figure ("and its growth?")
const MEASURE_WORDS: Array<[RegExp, Measure]> = [
  [/\b(?:growth(?:\s+rate)?|how\s+fast|grew|grow|increase|change)\b/gi, "growth"],
  [/\b(?:how\s+much|value|amount|volume|total)\b/gi, "amount"],
];

// "the year before", "a year earlier": the previous question's period, one year back
const YEAR_BEFORE =
  /\b(?:the\s+)?(?:year\s+before|previous\s+year|prior\s+year|a\s+year\s+(?:earlier|before)|last\s+year)\b/gi;

// words a fragment may hold besides slots: "and what about …", "how about … then?"
const FILLER = new Set(
  (
    "and or but so then also too instead what whats what's about how for in of with by from to during the a its their it " +
    "same period please ok okay was were is are did do does figure figures number numbers one that this those these there " +
    "versus vs compared ones"
  ).split(" "),
);

// which provinces a ranking or list is about: "inland", "coastal", "central and western"
const REGION_FILTER = /\b(?:central(?:\s+and\s+|-)western|inland|coastal|eastern|central|western|northeastern)\b/gi;
// where a filter goes in a question that had none: before the word for the places it filters
const PLACE_NOUN = /\b(?:provinces|regions|cities)\b/i;

// a question about a set of places is not about the previous question's place
const MANY_PLACES =
  /\b(?:provinces|regions|cities|municipalities|places|which\s+(?:province|region|city)|nationwide|national)\b/i;
const PRONOUN = /\b(?:its|their)\b/i;
// a ranking by growth ("grew fastest", "the slowest growth") rather than by value
const RANKED_BY_GROWTH = /\b(?:gr[eo]w(?:th)?|fastest|slowest|faster|slower|increase[sd]?|rose|rise)\b/i;
// ("how do they plan to get there?": a goal reached, no place)
const THIS_PLACE = /\b(?:the|this|that)\s+(?:province|city|region|municipality)\b|(?<!\bget\s)\bthere\b/i;

/** The slots a question fills, in text order, none overlapping (subjects before the flow words inside them). */
export function slotsOf(text: string): Slot[] {
  const slots: Slot[] = [];
  const free = (start: number, end: number) => !slots.some((s) => start < s.end && end > s.start);
  const add = (s: Slot) => {
    if (free(s.start, s.end)) slots.push(s);
  };
  for (const s of findSubjects(text))
    add({ kind: "subject", start: s.start, end: s.end, text: text.slice(s.start, s.end) });
  const mentions = findEntities(text);
  for (const e of mentions) {
    // ("how many china-europe trains crossed at X": a route's name, no place or partner the question asks about)
    const pairNext = text[e.end] === "-" || text[e.end] === "–" ? mentions.find((p) => p.start === e.end + 1) : undefined;
    if (endsRouteName(text, e) || (pairNext && endsRouteName(text, pairNext))) continue;
    // ("china-mongolia trade through the port": the country of a pair's name is no place asked about)
    if (e.id === "china" && pairNext?.kind === "partner") continue;
    const partner =
      e.kind === "partner" || /\b(?:with|to|from)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, e.start - 12), e.start));
    const name = e.text.replace(/['’]s$/, "");
    add({ kind: partner ? "partner" : "place", start: e.start, end: e.end, text: name, possessive: e.possessive, name: displayName(e.id) });
  }
  for (const p of findPeriods(text)) {
    // ("how many times its 2004 level was …": the year of the level set against, not the period asked about)
    if (LEVEL_BEFORE.test(text.slice(0, p.start)) && LEVEL_AFTER.test(text.slice(p.end))) continue;
    add({ kind: "period", start: p.start, end: p.end, text: p.text, period: p.period });
  }
  for (const m of findMetricWords(text)) {
    if (FLOWS.has(m.metric)) add({ kind: "flow", start: m.start, end: m.end, text: text.slice(m.start, m.end), metric: m.metric });
  }
  for (const [re, measure] of MEASURE_WORDS) {
    for (const m of text.matchAll(re))
      add({ kind: "measure", start: m.index!, end: m.index! + m[0].length, text: m[0], measure });
  }
  // after places: "Central Asia" and "seven eastern regions" are names, not filters
  for (const m of text.matchAll(REGION_FILTER)) add({ kind: "filter", start: m.index!, end: m.index! + m[0].length, text: m[0] });
  return slots.sort((a, b) => a.start - b.start);
}

// how a fragment opens ("and exports?", "what about Hubei?"); a short one needs no opener ("Hubei?", "exports in 2019?")
const FRAGMENT_OPENER =
  /^\s*(?:and|or|but|also|then|so|what\s+about|how\s+about|in|for|with|during|by|same|versus|vs\.?)\b/i;
const SHORT_FRAGMENT_WORDS = 3;

/** Is `text` only slots and filler, opened like a fragment ("and exports?", "what about Hubei in 2019?")? */
function isFragment(text: string, slots: Slot[]): boolean {
  const wordCount = (text.match(/[\p{L}\p{N}']+/gu) ?? []).length;
  if (!FRAGMENT_OPENER.test(text) && wordCount > SHORT_FRAGMENT_WORDS) return false;
  let rest = text;
  for (const s of [...slots].sort((a, b) => b.start - a.start)) rest = rest.slice(0, s.start) + " " + rest.slice(s.end);
  rest = rest.replace(YEAR_BEFORE, " ");
  const words = rest.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? [];
  return words.every((w) => FILLER.has(w));
}

const first = (slots: Slot[], kind: SlotKind): Slot | undefined => slots.find((s) => s.kind === kind);

const yearOf = (p: Period | undefined) => p?.y2 ?? p?.y1 ?? undefined;

/** A period the follow-up names, completed with the previous question's year ("the first half" → "the first half of 2019"). */
function periodText(slot: Slot, previous: Slot | undefined): string {
  const year = yearOf(previous?.period);
  if (slot.period && slot.period.y1 === null && year !== undefined) return `${slot.text} of ${year}`;
  return slot.text;
}

const withPossessive = (name: string, possessive: boolean | undefined) => (possessive ? `${name}'s` : name);

/** Where a slot the previous question lacked goes, and with which preposition. */
const JOINER: Record<SlotKind, string> = {
  place: "in",
  partner: "with",
  period: "in",
  flow: "of",
  subject: "by",
  measure: "",
  filter: "",
};

/** Puts `addition` before the question's closing punctuation. */
function append(question: string, addition: string): string {
  const m = /[\s?.!]*$/.exec(question)!;
  return `${question.slice(0, m.index)} ${addition}${question.slice(m.index)}`;
}

// a flow in the form the previous question used it: "how much did Hubei export" + "imports?" → "import"
const FLOW_FORMS: Record<string, { verb: string; past: string; noun: string }> = {
  exports: { verb: "export", past: "exported", noun: "exports" },
  imports: { verb: "import", past: "imported", noun: "imports" },
  trade: { verb: "trade", past: "traded", noun: "trade" },
};
function sameForm(old: Slot, now: Slot): string {
  const forms = FLOW_FORMS[now.metric ?? ""];
  if (!forms) return flowPhrase(now.text);
  const o = old.text.toLowerCase();
  if (/ed$/.test(o)) return forms.past;
  if (/^(?:export|import)$/.test(o)) return forms.verb;
  return flowPhrase(now.text);
}
/** "the first half of 2024" replaced by a label keeps its article: "the first half of 2023". */
const withArticle = (old: string, label: string) => (/^the\s/i.test(old) && /^(?:first|second|third|fourth)\b/.test(label) ? `the ${label}` : label);

const flowPhrase = (flow: string) => (/^(?:surplus|deficit)$/i.test(flow) ? `trade ${flow}` : flow);
/** A flow as a noun for a composed question, whatever words named it ("traded" → "foreign trade"). */
const FLOW_NOUN: Record<string, string> = {
  trade: "foreign trade", exports: "exports", imports: "imports", surplus: "trade surplus", deficit: "trade deficit",
};
/** What a slot contributes to a composed question: the gazetteer's name of a place, a flow as a noun. */
const composed = (s: Slot): string => {
  if (s.kind === "place") return s.name ?? s.text;
  if (s.kind === "flow") return FLOW_NOUN[s.metric ?? ""] ?? s.text;
  // "january 2019" → "January 2019", "h1 2021" → "the first half of 2021"
  if (s.kind === "period" && s.period && s.period.y1 !== null) {
    const label = periodLabel(s.period);
    return /^(?:first|second|third|fourth)\b/.test(label) ? `the ${label}` : label;
  }
  return s.text;
};

/** A plain question from slots, for a follow-up that changes what is measured ("and its growth?"). */
function compose(measure: Measure, slots: Map<SlotKind, string>): string {
  const place = slots.get("place");
  const subject = slots.get("subject");
  const owner = [place && `${place}'s`, subject].filter(Boolean).join(" ");
  const what = [owner, slots.get("flow") ?? "foreign trade"].filter(Boolean).join(" ");
  const partner = slots.has("partner") ? ` with ${slots.get("partner")}` : "";
  const period = slots.has("period") ? ` in ${slots.get("period")}` : "";
  return measure === "growth"
    ? `How much did ${what}${partner} grow${period}?`
    : `What was the value of ${what}${partner}${period}?`;
}

/**
 * The question to answer for `next` in a conversation whose previous question was `previous`.
 * A fragment ("and exports?") replaces the matching parts of the previous question; a full question
 * that leaves out the place or the period takes them from the previous one; anything else stands alone.
 */
export function continueQuestion(previous: string | undefined, next: string): FollowUp {
  const question = next.trim();
  if (!previous?.trim()) return { question, carried: [] };
  const before = slotsOf(previous);
  const now = slotsOf(question);
  const yearBefore = [...question.matchAll(YEAR_BEFORE)][0];
  const previousPeriod = first(before, "period");
  // "and the year before?": a period relative to the previous question's
  if (yearBefore && previousPeriod?.period && !first(now, "period")) {
    const p = previousYear(previousPeriod.period);
    now.push({
      kind: "period",
      start: yearBefore.index!,
      end: yearBefore.index! + yearBefore[0].length,
      text: periodLabel(p),
      period: p,
    });
  }

  if (isFragment(question, now) && now.length) return substitute(previous, before, now);
  return complete(question, before, now);
}

/** A fragment: the previous question with the fragment's slots in place of its own. */
function substitute(previous: string, before: Slot[], now: Slot[]): FollowUp {
  const kinds = new Set(now.map((s) => s.kind));
  const carried: Carried[] = before
    .filter((s) => !kinds.has(s.kind) && s.kind !== "measure")
    .map((s) => ({ kind: s.kind, text: s.text }));
  const newMeasure = now.find((s) => s.kind === "measure")?.measure;
  const oldMeasure = before.find((s) => s.kind === "measure")?.measure;
  // one place after a question about many ("which inland provinces grew fastest?" → "what about Guangdong?")
  // asks the same measure and period of that place
  const ofMany = kinds.has("place") && !first(before, "place") && (MANY_PLACES.test(previous) || Boolean(first(before, "filter")));
  if (ofMany || (newMeasure && newMeasure !== oldMeasure)) {
    const measure = newMeasure ?? oldMeasure ?? (RANKED_BY_GROWTH.test(previous) ? "growth" : "amount");
    // what is measured changes: a plain question from the merged slots keeps it simple
    const merged = new Map<SlotKind, string>();
    for (const s of before) if (!merged.has(s.kind)) merged.set(s.kind, composed(s));
    for (const s of now) merged.set(s.kind, s.kind === "period" ? periodText(s, first(before, "period")) : composed(s));
    return { question: compose(measure, merged), carried: ofMany ? carried.filter((c) => c.kind !== "filter") : carried };
  }
  let out = previous;
  const edits: Array<{ start: number; end: number; text: string }> = [];
  const appended: string[] = [];
  for (const kind of kinds) {
    if (kind === "measure") continue;
    const slot = now.find((s) => s.kind === kind)!;
    const old = before.find((s) => s.kind === kind);
    const text = kind === "period" ? periodText(slot, old) : slot.text;
    const noun = kind === "filter" && !old ? PLACE_NOUN.exec(previous) : null;
    if (old)
      edits.push({
        start: old.start,
        end: old.end,
        text: kind === "place" ? withPossessive(text, old.possessive) : kind === "flow" ? sameForm(old, slot)
          : kind === "period" ? withArticle(old.text, text) : text,
      });
    else if (noun) edits.push({ start: noun.index, end: noun.index, text: `${text} ` });
    else if ((kind === "flow" || kind === "subject") && PLACE_NOUN.exec(previous)) {
      // "which provinces grew fastest?" + "and exports?" → "which provinces' exports grew fastest?"
      const places = PLACE_NOUN.exec(previous)!;
      const at = places.index + places[0].length;
      edits.push({ start: at, end: at, text: `' ${kind === "flow" ? flowPhrase(text) : text}` });
    }
    else if (kind !== "filter") appended.push(`${JOINER[kind]} ${text}`.trim());
  }
  for (const e of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  for (const a of appended) out = append(out, a);
  return { question: out, carried };
}

const LEVEL_BEFORE = /\b(?:times|than|over|on|from|above|below)\s+(?:its|their|the|that)\s+$/i;
const LEVEL_AFTER = /^\s*(?:level|total|figure|value)\b/i;

/** A full question: the place and period it leaves out come from the previous question. */
function complete(question: string, before: Slot[], now: Slot[]): FollowUp {
  let out = question;
  const carried: Carried[] = [];
  const places = [...new Set(before.filter((s) => s.kind === "place").map((s) => s.text))];
  if (places.length && !first(now, "place") && !MANY_PLACES.test(question)) {
    const names = places.join(" and ");
    carried.push({ kind: "place", text: names });
    if (PRONOUN.test(out) && places.length === 1) out = out.replace(PRONOUN, `${names}'s`);
    else if (THIS_PLACE.test(out)) out = out.replace(THIS_PLACE, (m) => (/there/i.test(m) ? `in ${names}` : names));
    else out = append(out, `in ${names}`);
  }
  const period = first(before, "period");
  // a period is carried into a question about a figure or one that points back, not into any question
  const aboutFigure =
    now.some((s) => s.kind === "flow" || s.kind === "measure") ||
    PRONOUN.test(question) ||
    THIS_PLACE.test(question) ||
    /\bthen\b/i.test(question);
  if (period && !first(now, "period") && aboutFigure) {
    carried.push({ kind: "period", text: period.text });
    out = append(out, `in ${period.text}`);
  }
  return { question: out, carried };
}

/** "Guangdong (place), January 2019 (period)": what an answer says it carried over. */
export function describeCarried(carried: ReadonlyArray<{ kind: string; text: string }>): string {
  return carried.map((c) => `${c.text} (${c.kind})`).join(", ");
}
