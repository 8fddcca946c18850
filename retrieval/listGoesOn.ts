import { findEntities, type EntityMention } from "../text/entities.js";
import { splitSentences, type Span } from "../corpus/sentences.js";
import type { CorpusDocument } from "../corpus/types.js";
import type { EvidenceSentence } from "./evidence.js";

/**
 * A list of places an article gives over several sentences of one paragraph: "A was the largest supplier, shipping N
 * tonnes. B supplied N tonnes, C N tonnes and D N tonnes." or "A remained the largest buyer, followed by B and C. D
 * and E ranked fourth and fifth." The list found in one sentence is completed with the places the sentences right
 * before and after it, in its paragraph, open with (and those they say followed), when those sentences state a figure
 * or a rank and name places of the same kind as the list's.
 */

// a sentence that goes on with a ranking or with figures of its items
const FIGURE_OR_RANK = new RegExp(String.raw`\d|\b(?:largest|biggest|most|top|leading|first|second|third|fourth|`
  + String.raw`fifth|sixth|seventh|eighth|ranked|ranking|followed\s+by|next)\b`, "i");
// what may stand between two places of a run that opens a sentence: "A and B", "A, B and C", "A port, B port"
const BETWEEN = /^(?:\s+(?:port|city|county))?(?:\s*,\s*|,?\s+and\s+)(?:the\s+)?$/i;
// what may follow the run: a verb or a word about the place, never its possessive ("A's exports": a figure of A's own)
const AFTER_RUN = /^(?:\s+(?:port|city|county))?\s+[a-z]/i;
// places abroad (a trading partner, a country) and places at home
const ABROAD = new Set(["partner", "country"]);
// how many sentences before and after the list's are read, at most
const REACH = 2;
const SIZES: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
// how many items the question asks for: "top 5", "which three", "the 4 biggest"
const COUNT_ASKED = new RegExp(String.raw`\b(?:top|which|what|the)\s+(\d{1,2}|${Object.keys(SIZES).join("|")})\b`, "i");

/** The kind of a place, as lists are told apart: "abroad", or the kind at home ("city", "province"). */
const kindOf = (e: EntityMention) => (ABROAD.has(e.kind) ? "abroad" : e.kind);

/** The places a sentence opens with, as a run ("A, B and C supplied …"), and those it says followed the first. */
function placesOpening(text: string): EntityMention[] {
  const found = findEntities(text).sort((a, b) => a.start - b.start);
  const lead = /^(?:the\s+)?/i.exec(text)![0].length;
  if (found[0]?.start !== lead) return [];
  const run = [found[0]];
  for (const e of found.slice(1)) {
    if (!BETWEEN.test(text.slice(run.at(-1)!.end, e.start))) break;
    run.push(e);
  }
  if (!AFTER_RUN.test(text.slice(run.at(-1)!.end))) return [];
  // ("A handled N tonnes, the most of any port, followed by B with N tonnes and C": those after it, to the clause's end)
  const followed = /\bfollowed\s+by\s+([^.;]*)/i.exec(text);
  const after = followed ? found.filter((e) => e.start >= followed.index + followed[0].length - followed[1]!.length
    && e.end <= followed.index + followed[0].length) : [];
  return [...run, ...after];
}

/** The sentences of a paragraph around a span, nearest first, before and after. */
function around(doc: CorpusDocument, span: Span): { before: Span[]; after: Span[] } {
  const all = splitSentences(doc.text);
  const i = all.findIndex((s) => s.start <= span.start && s.end >= span.start);
  const j = all.findIndex((s) => s.start < span.end && s.end >= span.end);
  if (i < 0 || j < 0) return { before: [], after: [] };
  const before: Span[] = [];
  for (let k = i - 1; k >= 0 && before.length < REACH && (before[0] ?? all[i]!).start - all[k]!.end <= 1; k--) {
    before.unshift(all[k]!);
  }
  const after: Span[] = [];
  for (let k = j + 1; k < all.length && after.length < REACH && all[k]!.start - (after.at(-1) ?? all[j]!).end <= 1; k++) {
    after.push(all[k]!);
  }
  return { before, after };
}

export interface ListGoingOn { sentence: EvidenceSentence; items: string[] }

/**
 * The items of a list of places with those the sentences next to it in its paragraph add, and the sentence quoted from
 * the first to the last; undefined when none adds any. `own` are the ids of the places the question names (where the
 * things are, never one of them); a question that counts the items asked ("top 3") gets no more than that.
 */
export function listGoesOn(question: string, own: string[], s: EvidenceSentence, items: string[],
  doc: CorpusDocument | undefined): ListGoingOn | undefined {
  if (!doc || items.length < 2) return undefined;
  const count = COUNT_ASKED.exec(question)?.[1]?.toLowerCase();
  const asked = count ? SIZES[count] ?? Number(count) : undefined;
  if (asked !== undefined && items.length >= asked) return undefined;
  // every item a place, all of one kind
  const kinds = new Set(items.map((name) => findEntities(name)[0]).map((e) => (e ? kindOf(e) : "none")));
  if (kinds.size !== 1 || kinds.has("none")) return undefined;
  const kind = [...kinds][0]!;
  // (the sentence it goes on from, if quoted with it, is read like the others before it)
  const start = s.previous?.start ?? s.start;
  // (a heading's line break may be read as a space: "Markets\nA remained the largest buyer")
  const flat = (t: string) => t.replace(/\s+/g, " ");
  if (flat(doc.text.slice(s.start, s.end)) !== flat(s.text)) return undefined;
  const { before, after } = around(doc, s);
  const named = new Set(items.map((name) => findEntities(name)[0]!.id));
  const adds = (sentence: Span): EntityMention[] | undefined => {
    if (!FIGURE_OR_RANK.test(sentence.text)) return undefined;
    const places = placesOpening(sentence.text);
    if (!places.length || places.some((p) => kindOf(p) !== kind || own.includes(p.id))) return undefined;
    return places.filter((p) => !named.has(p.id));
  };
  const first: string[] = [];
  let from = start;
  for (const b of [...before].reverse()) {
    const found = adds(b);
    if (!found) break;
    first.unshift(...found.map((p) => p.text.replace(/^the\s+/i, "")));
    found.forEach((p) => named.add(p.id));
    from = b.start;
  }
  const last: string[] = [];
  let to = s.end;
  for (const a of after) {
    const found = adds(a);
    if (!found) break;
    last.push(...found.map((p) => p.text.replace(/^the\s+/i, "")));
    found.forEach((p) => named.add(p.id));
    to = a.end;
  }
  if (!first.length && !last.length) return undefined;
  const all = [...first, ...items, ...last];
  from = Math.min(from, start);
  const text = doc.text.slice(from, to);
  return {
    sentence: { ...s, text, start: from, end: to, previous: undefined, next: undefined },
    items: asked !== undefined ? all.slice(0, asked) : all,
  };
}
