import { findEntities, isOffice, type EntityMention } from "../text/entities.js";
import { findNumbers } from "../text/numbers.js";
import { place } from "../text/places.js";
import { endsRouteName } from "../text/routes.js";

/**
 * Whose is a figure a quoted sentence states? The place named last before it in its clause, leaving out asides between
 * commas ("In A, B's neighbour to the north, trade rose …" is A's), partners ("exports to B"), offices ("B Customs
 * said") and routes ("the A-B railway"). A quote answers a question about a place only with a figure of that place, of
 * a place within it, or of the place it lies in; never with one another place owns ("A's trade?" of "China's total
 * trade was …", of "Excluding A, …, B topped the chart with …"), nor with one several places own together ("A's
 * trade?" of "A, B and C together traded …").
 */

const PARTNER_BEFORE = /\b(?:with|to|from|into|towards|via)\s+(?:the\s+)?$/i;
// "A, B and C together traded …", "the three provinces combined": one figure of several places
const TOGETHER = /\b(?:together|combined|jointly|collectively|altogether|between them|taken as a whole)\b/i;
// "A, B and C grew 5, 6 and 7 percent respectively": a figure each
const RESPECTIVELY = /\brespectively\b/i;

// "the city's", "the province's", "provincial", "local": the article's own place
const OWN_PLACE = /\b(?:the|this|whole)\s+(?:city|province|region|municipality|county|district|island)\b|\b(?:provincial|municipal|local)\b/i;

const OWNER_KINDS = new Set(["province", "city", "region"]);

/** The spans of a text's asides between commas: ", the city's neighbour to the north," (no figure, no list: "A, B and
 * C grew 5.1 percent, …" names owners). */
function asides(text: string): Array<[number, number]> {
  return [...text.matchAll(/,[^,;]*,/g)].filter((m) => !/\d|\s(?:and|or)\s/.test(m[0]))
    .map((m) => [m.index!, m.index! + m[0].length]);
}

/** The places before a figure in its clause that may own it (no partner, office, route or aside). */
function placesBefore(text: string, from: number, at: number): EntityMention[] {
  const left = text.slice(from, at);
  const set = asides(left).map(([a, b]) => [a + from, b + from] as const);
  return findEntities(text).filter((e) => e.start >= from && e.end <= at
    && (OWNER_KINDS.has(e.kind) || (e.id === "china" && e.possessive))
    && !set.some(([a, b]) => e.start > a && e.end < b)
    && !PARTNER_BEFORE.test(text.slice(0, e.start)) && !isOffice(text, e) && !endsRouteName(text, e));
}

/** Is one place the other, or does one lie in the other (a city in its province)? */
const related = (a: string, b: string) => a === b || place(a)?.parent === b || place(b)?.parent === a;

/**
 * Is the figure at `at` (in `clause`) another place's, or several places' together, for a question
 * about `asked`? Only for questions that name gazetteer places; a sentence naming no place before the figure is the
 * article's, and not judged here.
 */
export function ownedByOther(
  text: string, clause: readonly [number, number], at: number, asked: string[], previous?: string,
): boolean {
  const [from, to] = clause;
  const places = asked.filter((a) => a !== "china" || asked.length === 1);
  if (!places.length || !places.every((a) => place(a) !== undefined)) return false;
  const before = placesBefore(text, from, at);
  const owner = before.at(-1);
  // (a sentence that goes on from the one before, "In dollar terms, trade totaled …", has the owner of that one's first
  // figure)
  if (!owner) {
    // ("The city's exports rose …" after a sentence on the country: the article's own place, named by its kind)
    if (OWN_PLACE.test(text.slice(from, at))) return false;
    const first = previous === undefined ? undefined : findNumbers(previous).find((n) => n.kind !== "bare");
    return first !== undefined && ownedByOther(previous!, [0, previous!.length], first.start, asked);
  }

  const listed = before.filter((e) => e.kind === "province" || e.kind === "city");
  // ("A, B and C grew 5, 6 and 7 percent respectively": the asked place's among them)
  if (RESPECTIVELY.test(text.slice(at, to))) return !listed.some((e) => places.some((a) => related(a, e.id)));
  if (!places.some((a) => related(a, owner.id))) return true;
  // (the asked place one of several the figure is of together)
  return new Set(listed.map((e) => e.id)).size >= 2 && TOGETHER.test(text.slice(from, to));
}

/** Is `id` the place `of`, or within it (a city of its province, a county of its city)? */
function within(id: string, of: string): boolean {
  for (let p: string | undefined = id, depth = 0; p !== undefined && depth < 4; p = place(p)?.parent, depth++) {
    if (p === of) return true;
  }
  return false;
}

/**
 * "A's imports?" of "Imports rose 11.6 percent to N" in an article on A's province: a sentence that names no owner, or
 * names A only after its figure ("…, so A's exports now equal a quarter of B's"), may still share every word of the
 * question with its article. The index filed its figures under their owner: when every figure the sentence states
 * was filed under a known place that is neither the asked one nor within it (its province, the country, another
 * city), the sentence is that place's, no quote for A. Only questions that name gazetteer places are judged.
 */
export function filedUnderOther(stated: ReadonlyArray<{ entity: string }>, asked: string[]): boolean {
  const places = asked.filter((a) => a !== "china");
  if (!places.length || !places.every((a) => place(a) !== undefined) || !stated.length) return false;
  return stated.every((f) => place(f.entity) !== undefined && !places.some((a) => within(f.entity, a)));
}

/**
 * "ezhou huahu: how many routes?" of "By the end of the year, Huahu operated 38 routes": a sentence that writes a word
 * of the question as a proper name the gazetteer does not know (an airport, a port, a zone) is about the thing the
 * question names, whatever place the index filed its figures under (the province, for a name it could not place).
 */
export function namesAskedName(terms: string[], text: string): boolean {
  return terms.filter((t) => /^[a-z]{3,}$/.test(t)).some((t) =>
    new RegExp(String.raw`(?<!^\s*|[.!?]\s+)\b${t[0]!.toUpperCase()}${t.slice(1)}\b`).test(text));
}

/**
 * "In Qiqihar, Daqing's neighbour to the north, trade … rose to N", "Jiujiang, Jiangxi's only port city, handled N": the
 * first place a sentence names before its first figure is an asked one, whatever place the index filed the figure under.
 */
export function namesAskedPlaceFirst(text: string, asked: string[], groups?: Parameters<typeof findEntities>[1]): boolean {
  const firstFigure = text.search(/\d/);
  const first = findEntities(text, groups).find((e) => e.kind !== "partner" && e.start < (firstFigure < 0 ? text.length : firstFigure));
  return first !== undefined && asked.includes(first.id);
}
