/**
 * Does an answer have the shape its question asks? A list or a ranking is answered by several items, never by the
 * figures of the one place the question itself names ("which zones of X did most …" by X's own total), nor by a
 * quoted sentence that names no list. A wrong answer is worse than none: such an answer abstains, and what it found is
 * shown as the closest the documents have.
 */
import { findEnumerations } from "../text/enumerations.js";
import { periodKey, samePeriod } from "../text/periods.js";
import { place } from "../text/places.js";
import type { Fact } from "../text/terms.js";
import { entityName, valueText } from "./figures/describe.js";
import { countAsked, type QuestionFrame } from "./figures/query.js";

// "trade by mode", "exports by partner", "imports by product": a breakdown asks for its parts
const BREAKDOWN = new RegExp(String.raw`\bby\s+(?:trade\s+)?(?:modes?|types?|partners?|markets?|countr(?:y|ies)|`
  + String.raw`products?|categor(?:y|ies)|commodit(?:y|ies)|regions?|cities|city|ports?|destinations?|origins?|`
  + String.raw`sectors?|industr(?:y|ies)|ownership)\b`, "i");
// "which of X's partners …": several of a kind, by the plural that names them
const WHICH_OF = /^\s*(?:which|what)\s+of\s+(?:[\w-]+['’]s\s+|the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}[\w-]+[^s'’\s]s\b/i;

// "how much of each", "the main markets", "car export markets": several things of a kind asked by their plural
const EACH_OR_MAIN = new RegExp(String.raw`\bhow\s+(?:much|many)\s+(?:of\s+)?each\b|\beach\s+of\s+them\b|`
  + String.raw`\b(?:main|top|major|biggest|largest|leading|key|chief|principal)\s+(?:ones\b|(?:[\w-]+\s+){0,2}?`
  + String.raw`(?:markets|destinations|buyers|suppliers)\b)|\b(?:export|import)\s+(?:markets|destinations)\b|`
  + String.raw`\bdestination\s+countries\b`, "i");

// ("what share of exports went to its top markets?", "how much did exports to major markets grow?": one figure of
// the group, unless each is asked or the items are: "which were the top markets and how much did each grow?")
const ONE_FIGURE_OF_THEM = new RegExp(String.raw`^(?![^?]*\b(?:which|list|name|each)\b)[^?]*\b(?:what\s+(?:share|`
  + String.raw`percent(?:age)?|proportion)|how\s+much\s+did\b[^?]*\b(?:grow|rise|fall|drop|change))\b`, "i");
/** Does a question ask for several items: a list, a ranking, a breakdown, "which of X's partners …"? */
export function asksSeveral(frame: Pick<QuestionFrame, "intent" | "text">): boolean {
  return frame.intent === "list" || frame.intent === "rank" || BREAKDOWN.test(frame.text) || WHICH_OF.test(frame.text)
    || (EACH_OR_MAIN.test(frame.text) && !ONE_FIGURE_OF_THEM.test(frame.text));
}

// "imports or exports", "exports vs imports": the two flows are what the question sets side by side
const FLOWS_SIDE_BY_SIDE = /\bimports?\b[^?]*\bexports?\b|\bexports?\b[^?]*\bimports?\b/i;

/**
 * Are an answer's figures all of one item, and that item the one the question names itself (its place, partner and
 * goods, in one period)? Then they name none of the items asked: "rank X's zones" answered with X's own trade.
 */
export function namesOnlyAsked(frame: Pick<QuestionFrame, "entities" | "partners" | "subjects" | "text">, facts: Fact[])
  : boolean {
  if (!facts.length) return false;
  // ("which grew faster, imports or exports?": flows set side by side are the items; goods a figure is qualified by, "exports
  // (household appliances)", are items of their own)
  const flows = FLOWS_SIDE_BY_SIDE.test(frame.text);
  // (the goods asked under a longer name, "motor vehicles" of "vehicles", are the goods asked; a qualifier that only
  // repeats them or says what was measured, "vehicles, quantity", names nothing else)
  // (but two goods are two items, even when both hold the asked word: "oolong tea" and "green tea")
  const asked = (subject: string) => frame.subjects.some((s) => [...wordsOf(s)].every((w) => wordsOf(subject).has(w)));
  const goods = (f: Fact) => f.subject ?? "";
  const qualifier = (f: Fact) => (f.qualifier ?? "").split(/,\s*/)
    .filter((p) => p && !MEASURED.test(p) && !(f.subject && asked(f.subject) && p === f.subject)).join(", ");
  const keys = new Set(facts.map((f) => `${f.entity}|${f.partner ?? ""}|${goods(f)}|${qualifier(f)}|${periodKey(f.period)}`
    + `${flows ? `|${f.metric}` : ""}`));
  const [f] = facts;
  // (a position, "ranked seventh", names where the place stands: no list is wanted of it)
  return keys.size === 1 && !facts.some((x) => x.items?.length || x.members?.length || x.measure === "rank")
    && (frame.entities.includes(f!.entity) || f!.entity === "china")
    && (!f!.partner || frame.partners.includes(f!.partner)) && (!f!.subject || asked(f!.subject));
}

// a qualifier's part that says what was measured, not what of
const MEASURED = /^(?:quantity|value|volume|growth|amount|share|price|count)$/i;
const wordsOf = (s: string) => new Set(s.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean));

// "top 3 …", "rank …", "in order": several items asked by number or by order (not "which city was biggest?")
const SEVERAL_RANKED = new RegExp(String.raw`\btop\s*(?:[2-9]|1\d|two|three|four|five|six|seven|eight|nine|ten)\b|`
  + String.raw`\b(?:rank|ranked|order|sort|sorted)\b`, "i");

/** Must a quoted answer to a question name several things: a list, or a ranking of several? */
export const quoteNamesSeveral = (frame: Pick<QuestionFrame, "intent" | "text">) =>
  frame.intent === "list" || (frame.intent === "rank" && SEVERAL_RANKED.test(frame.text));

/** Does a sentence name several things in a list ("A, B and C", "such as A and B")? */
export const namesSeveral = (text: string) => findEnumerations(text).some((e) => e.items.length >= 2);

/** Does a ranking question ask for a count of items ("top 3"), not all of them? */
export const asksCount = (text: string) => countAsked(text) !== undefined;

/** The item a ranked figure stands for: its partner, else its goods, else its place. */
const itemOf = (f: Fact) => f.partner ?? f.subject ?? f.entity;
/** An item's name, as a ranking gives it. */
export const itemName = (f: Fact) => (f.partner ? place(f.partner)?.name ?? f.partner : f.subject ?? entityName(f, false));

/**
 * The figures a ranking leaves out that the very sentences it ranks from give of the same flow, measure, unit and
 * period ("A was the largest partner with 26.4, followed by B with 24.1, C with 21.8 and D with 20.5", ranked as B,
 * C, D): those that would place within the ranking shown, never the whole its items add up to (a figure at least as big
 * as all of them together). A ranking of all (no count asked) leaves out any.
 */
export function leftOutOfRanking(ranked: Fact[], facts: Fact[], all = false): Fact[] {
  const [first] = ranked;
  if (!first || ranked.length < 2 || first.value === null) return [];
  const alike = (f: Fact) => f.metric === first.metric && f.measure === first.measure && f.unit === first.unit
    && f.value !== null && !f.derived && (!f.period || !first.period || samePeriod(f.period, first.period));
  if (!ranked.every(alike)) return [];
  const sentences = new Set(ranked.map((f) => `${f.docId}@${f.start}`));
  const items = new Set(ranked.map(itemOf));
  const values = ranked.map((f) => f.value! * f.scale);
  const [low, high] = [Math.min(...values), Math.max(...values)];
  const descending = values[0]! >= values.at(-1)!;
  const sum = values.reduce((a, b) => a + b, 0);
  const seen = new Set<string>();
  return facts.filter((f) => {
    const v = f.value === null ? NaN : f.value * f.scale;
    const out = sentences.has(`${f.docId}@${f.start}`) && alike(f) && !items.has(itemOf(f)) && !seen.has(itemOf(f))
      && Math.abs(v) < Math.abs(sum) && (all || (descending ? v > low : v < high));
    if (out) seen.add(itemOf(f));
    return out;
  });
}

/** Does a question name a ranked figure's item itself ("rank A, B and C …"): its partner, goods or place, or its name? */
export const namedInQuestion = (f: Fact, frame: Pick<QuestionFrame, "entities" | "partners" | "subjects" | "text">) =>
  (f.partner ? frame.partners.includes(f.partner) : f.subject ? frame.subjects.includes(f.subject) : frame.entities.includes(f.entity))
  || frame.text.toLowerCase().includes(itemName(f).toLowerCase());

/** What an answer says of the items a ranking leaves out. */
export const leftOutNote = (left: Fact[]) => ` The ranking may be incomplete: the same sentences also give `
  + `${left.map((f) => `${itemName(f)} (${valueText(f)})`).join(", ")}.`;
