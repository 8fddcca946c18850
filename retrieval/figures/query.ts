import { monthIndex } from "../../corpus/dates.js";
import { findMetricWords } from "../../text/flows.js";
import { findEntities, namesDocument, namingListedCountries, type DefinedGroup, type EntityMention } from "../../text/entities.js";
import type { ZoneMention } from "../../text/zones.js";
import { ALL_PLACES, place } from "../../text/places.js";
import { findNumbers, type NumberMention } from "../../text/numbers.js";
import { findPeriods, isCalendarQuarter, samePeriod, type Period, type PeriodMention } from "../../text/periods.js";
import type { Measure, Metric } from "../../text/terms.js";
import { findSubjects, NOT_GOODS, sameGoods, shortFormsIn, subjectNames, SUBJECTS } from "../../text/subjects.js";
import { namingCapitals } from "../../text/capitals.js";
import { namingNicknames } from "../../text/nicknames.js";
import { namesDistrict } from "../../text/districts.js";
import { describedCity, type Description } from "../../text/described.js";
import { endsRouteName, joinedRouteNames, namedPipelines } from "../../text/routes.js";
import { plainWording } from "../../text/wordings.js";
import { looksLikePinyin } from "../../text/pinyin.js";
import { QUARTER_BEFORE_ASKED } from "./select.js";

export type Intent =
  | "lookup"
  | "rank"
  | "rank_position"
  | "list"
  | "comparison"
  | "surplus"
  | "share_of"
  | "implied_whole"
  | "implied_previous"
  | "exchange_rate"
  | "sum";

const TARGET_NAMED = /\b(?:targets?|goals?|plan(?:ned)?|objectives?)\b/i;
const OUTCOME_WORDS = ["result", "results", "actual", "actually", "outcome", "outcomes", "achieved"];

/** What a question asks, in the terms facts are stored in. */
export interface QuestionFrame {
  /** The question after spelling correction. */
  text: string;
  entities: string[];
  partners: string[];
  /** Enterprise types, trade modes and product groups the question names (text/subjects.ts). */
  subjects: string[];
  /** Places the question sets aside as none of those asked ("the province's cities (not its capital)"). */
  excluded?: string[];
  /** Region word used as a filter: "inland", "coastal", "central-western", "eastern", … */
  filter?: string;
  /** "provinces", "regions": the kind of thing a ranking or list is about. */
  subjectKind?: "province" | "region" | "city";
  metric?: Metric;
  measures: Measure[];
  periods: Period[];
  numbers: NumberMention[];
  intent: Intent;
  /** "rank zhejiang 2020, hangzhou 2021, quanzhou 2022": each period written right after its place, in order. */
  periodsByPlace?: true;
  /** "slowest", "smallest": rank ascending. */
  ascending: boolean;
  /** "more than 15%": a lower bound for lists and rankings. */
  threshold?: number;
  /** "double-digit declines": an upper bound (-10) for lists and rankings of changes. */
  ceiling?: number;
  /** Content words left once places, flows, measures and periods are accounted for. */
  terms: string[];
  /** Does the question ask for a figure at all (as opposed to "what did customs do …")? */
  asksFigure: boolean;
  /** "that zhejiang island city" where several documents' cities fit the description: their ids. */
  describedPlaces?: string[];
  /** "how much did it change vs 2019": the earlier year a change is asked over (no period of its own). */
  baseYear?: number;
  /** "hunan's place among the central six": the region a place's rank is asked within (no side of its own). */
  rankField?: string;
}

const DOMAIN_WORDS = (
  "first second third half quarter quarters month months year years annual average january february march april may june july august september october " +
  "november december export exports exported import imports imported trade traded trading foreign growth grew grow grown growing increase increased " +
  "share shares percent percentage points surplus deficit total combined exchange rate implied imply implies fastest slowest steepest sharpest largest biggest highest " +
  "lowest rank ranked ranking position provinces province regions region inland coastal eastern central western northeastern national nationally country " +
  "billion trillion million yuan dollar dollars electronic products comprehensive bonded zones belt road partners countries compare versus between " +
  "asian asia region union states nation nations united europe european america american african latin " +
  "state owned private invested funded enterprise enterprises firms companies processing logistics general mode modes products " +
  "volume earnings revenue receipts " +
  // (the compass words are words, no typos of each other: "southwest" is never "southeast")
  "north south east west northern southern northeast northwest southeast southwest northwestern southeastern southwestern"
).split(" ");

// the words of a port's and a corridor's counts, seven letters or more (shorter ones sit too near everyday words):
// corrected towards, but still terms a sentence must hold ("container throughput" is not any throughput)
const COUNT_SPELLINGS = ("throughput container containers tonnage freight vehicles shipment shipments railway railways " +
  "airport airports electricity").split(" ");

const PLACE_WORDS = new Set(ALL_PLACES.flatMap((p) => p.aliases.map((a) => a.toLowerCase())).filter((w) => /^[a-z]{3,}$/.test(w)));
// typos are corrected towards domain words and the curated place names only: with every county-level city in the
// list, "changed" would become "Changde"
const VOCAB = new Set<string>([...DOMAIN_WORDS, ...COUNT_SPELLINGS,
  ...ALL_PLACES.filter((p) => !p.generated).flatMap((p) => p.aliases.flatMap((a) => a.toLowerCase().split(/[\s-]+/)))]
  .filter((w) => /^[a-z]{3,}$/.test(w)));

/** Damerau–Levenshtein distance with an early exit above `max`. */
export function distance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  // three rows of the table (the transposition looks two back), reused: it runs for every long word of every sentence
  const n = b.length;
  let back2 = new Uint16Array(n + 1);
  let back1 = new Uint16Array(n + 1);
  let row = new Uint16Array(n + 1);
  for (let j = 0; j <= n; j++) back1[j] = j;
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    let rowMin = Infinity;
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(back1[j]! + 1, row[j - 1]! + 1, back1[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, back2[j - 2]! + 1);
      row[j] = v;
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > max) return max + 1;
    [back2, back1, row] = [back1, row, back2];
  }
  return back1[n]!;
}

// ("lianyungan": a city the gazetteer generated is a name to correct into when the documents use it)
const placesRead = new WeakMap<ReadonlySet<string>, string[]>();
const placesIn = (words: ReadonlySet<string>): string[] => {
  let found = placesRead.get(words);
  if (!found) placesRead.set(words, found = [...words].filter((w) => PLACE_WORDS.has(w) && !VOCAB.has(w)));
  return found;
};

/** Fixes typos in domain words and place names ("exprots", "frist", "shanxis"), never between two real names. */
export function correctSpelling(question: string, documentWords: ReadonlySet<string> = new Set()): string {
  return question.replace(/[A-Za-z]{4,}/g, (word, at: number) => {
    const w = word.toLowerCase();
    // a word the documents use is not a typo ("manned vehicles" is not "named vehicles")
    // nor is a common word ("at least" is not "at east")
    // nor is any place's name, curated or not ("yangzhou" is not "hangzhou")
    if (VOCAB.has(w) || STOP.has(w) || documentWords.has(w) || PLACE_WORDS.has(w)) return word;
    if (w.endsWith("s") && PLACE_WORDS.has(w.slice(0, -1))) return `${word.slice(0, -1)}'s`; // "shanxis" → "shanxi's"
    // nor is a real word near a domain word ("decreased", "island", "expert"), nor a domain word's other number
    // ("partner" of "partners", "zone" of "zones")
    // (a plural is still read as the singular the vocabulary has: "totals" as "total")
    // (a singular only by the plural's own rule: "-es" after s, x, z, ch or sh; "shar" is no singular of "shares")
    if (NEAR_WORDS.has(w) || VOCAB.has(`${w}s`) || (/(?:s|x|z|ch|sh)$/.test(w) && VOCAB.has(`${w}es`))) return word;
    // ("trade wiht africa", "thier exports": a common word with two neighbouring letters swapped is that word; never a
    // word of asking, whose reading as typed the question's intent keeps: "whcih 3 cities")
    const common = [...STOP].find((v) => v.length >= 4 && v.length === w.length && !SWAP_KEPT.has(v) && swapsTo(w, v));
    if (common) return common;
    // a four-letter word is corrected only by a letter left out ("totl" → "total")
    const max = w.length >= 8 ? 2 : w.length >= 4 ? 1 : 0;
    if (!max) return word;
    let best: string[] = [];
    let bestD = max + 1;
    for (const v of new Set([...VOCAB, ...placesIn(documentWords)])) {
      if (w.length === 4 && v.length !== 5) continue;
      // (a word is made a place's name only when it starts as the name does: "yangshan" is no typo of Tangshan)
      if (w[0] !== v[0] && PLACE_WORDS.has(v)) continue;
      const dd = distance(w, v, max);
      if (dd > max) continue;
      if (dd < bestD) { best = [v]; bestD = dd; } else if (dd === bestD) best.push(v);
    }
    // (a word the documents use, as written or one letter off, before a domain word two letters off: "ebanking" is the
    // documents' "e-banking", not "ranking")
    const used1 = bestD > 1 ? documentWordNear(w, documentWords) : undefined;
    if (used1) return used1;
    if (best.length === 1) return best[0]!;
    // ("hekuo" in a question on Hekou port: two letters swapped in a name the documents use that no gazetteer knows,
    // a port's or a county's; only one such word, and never a word of four letters)
    // (a name in pinyin, as such names are: "trail" is no typo of a document's "trial", nor "split" of "spilt")
    if (!best.length && w.length >= 5) {
      const swapped = [...documentWords].filter((v) => v.length === w.length && v !== w && swapsTo(w, v));
      if (swapped.length === 1 && looksLikePinyin(swapped[0]!)) return swapped[0]!;
    }
    // (between two names as near, the one the documents use: "xiamn" is Xiamen, not Xi'an, in articles on Xiamen)
    const used = best.filter((v) => documentWords.has(v));
    if (used.length === 1) return used[0]!;
    // ("yunan's 2013 total": as near "yuan" as "yunnan", but only a place owns a total; a possessive is a place's)
    // (only a name that starts as the word does, a letter left out or doubled: "economy's" is no "europe's")
    const places = best.filter((v) => PLACE_WORDS.has(v) && v.slice(0, 2) === w.slice(0, 2)
      && Math.abs(v.length - w.length) === 1);
    if (places.length === 1 && /^['’]s\b/.test(question.slice(at + word.length))) return places[0]!;
    return word;
  });
}

// "constuction machinery", "wind power equipmnet", "cross-border ecomerce": a long word that no list and no document
// knows, one edit from exactly one word the documents use, is that word, as they write it ("e-commerce")
// (never a name into a name: a name is corrected above, into a name the lists know, and one in pinyin no list knows
// is no typo of a document's word in pinyin, so no two words that both could be pinyin, "ecomerce" and "e-commerce" may;
// never another ending of the word, which is no typo of it: "estimate" is not "estimated", "exporter" not "exported")
const TYPO_MIN_LENGTH = 7;
// ("lithum", "seafod", "coffe": a shorter word, five or six letters, only by a letter left out of a document's word,
// inside it or where the word doubles it, never at its end, which makes another word: "trade" is no "traded")
const SHORT_TYPO_MIN_LENGTH = 5;
function documentWordNear(w: string, documentWords: ReadonlySet<string>): string | undefined {
  if (w.length < SHORT_TYPO_MIN_LENGTH) return undefined;
  if (w.length < TYPO_MIN_LENGTH) return shortWordNear(w, documentWords);
  const pinyin = looksLikePinyin(w);
  const near = new Map<string, string>();
  for (const v of documentWords) {
    const joined = v.replace(/-/g, "");
    if (joined === w) return v; // ("crossborder": a hyphened word typed joined)
    if (Math.abs(joined.length - w.length) > 1 || joined.length < TYPO_MIN_LENGTH || near.has(joined)) continue;
    if (PLACE_WORDS.has(joined) || (pinyin && looksLikePinyin(joined)) || otherEnding(w, joined)) continue;
    if (distance(w, joined, 1) > 1) continue;
    near.set(joined, v);
  }
  return near.size === 1 ? [...near.values()][0] : undefined;
}

function shortWordNear(w: string, documentWords: ReadonlySet<string>): string | undefined {
  const pinyin = looksLikePinyin(w);
  const near = new Set<string>();
  for (const v of documentWords) {
    if (v.length !== w.length + 1 || v[0] !== w[0] || PLACE_WORDS.has(v) || (pinyin && looksLikePinyin(v))) continue;
    const k = [...w].findIndex((c, i) => c !== v[i]);
    const at = k < 0 ? w.length : k;
    if (v.slice(0, at) + v.slice(at + 1) !== w) continue;
    const doubled = v[at] === v[at - 1] || v[at] === v[at + 1];
    if (doubled || at < w.length - 1) near.add(v);
  }
  return near.size === 1 ? [...near][0] : undefined;
}

/** Do two words differ only in their last letter or in letters added at the end ("imported", "importer", "imports")? */
function otherEnding(a: string, b: string): boolean {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i >= Math.min(a.length, b.length) - 1;
}

// ("ratio of textiles to garments" with "textiles and garments" stored: a stored pair one of whose parts the question
// asks apart is not what it asks; the pair's other part is, alone, which only its own figures answer)
function pairPartApart(name: string, read: string[]): string {
  const parts = name.split(/\s+and\s+/);
  if (parts.length !== 2) return name;
  const apart = (p: string) => read.some((y) => y !== name && (sameGoods(p, y) || sameGoods(y, p)));
  const others = parts.filter((p) => !apart(p));
  return others.length === 1 ? others[0]! : name;
}

/** Is `b` the word `a` with two neighbouring letters swapped ("hekuo", "hekou")? */
function swapsTo(a: string, b: string): boolean {
  const i = [...a].findIndex((c, k) => c !== b[k]);
  return i >= 0 && i < a.length - 1 && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

// the words of asking a swap is never corrected into
const SWAP_KEPT = new Set("what which whose where when much many have does were".split(" "));
// real words one or two letters from a domain word: no typos of it
const NEAR_WORDS = new Set(("decrease decreased decreases decreasing island islands islander expert experts expertise impart " +
  "imparted shore shores onion onions legion notion notions estates slates stages nodes codes forms films farms joints paints " +
  // (real words two swapped letters from a common one: "form" is no "from", "dose" no "does")
  "form dose doses odes three mots noes " +
  "prints tonal grade graded trace traced bank banks tank tanks load loads read reads lower lowered shared sharer stare rare " +
  "late date dates rate rated rates state stated sates grown crown grew brew " +
  // ("the north-east": "worth" and "forth" are no typos of its "north")
  "worth forth " +
  // (and everyday words of a question: "among" is no "along", "which ones" no "which zones", "part" no "port")
  "among amongst ones once only some none just like into onto upon within without also even " +
  "ever since still both either neither other others another while whom here such same very well will would could " +
  "should might must shall make made done went gone come came take took show shown told know knew think mean means " +
  "need needs want look find found keep kept part parts away back down again soon thus hence really actually roughly " +
  "about around across against behind beyond toward towards every fewer twice half whole able sure true false ways " +
  "kind kinds sort type types lot lots bit word words name names role post seen seem seems spent spend page pages " +
  // (near the counts' words: "throughout" is no "throughput", "contained" no "container")
  "throughout contained contains containing container's freighter freighters").split(" "));

// "guangrao county tyre exports in 2025?": a place named with its kind that neither the gazetteer nor the documents'
// zones know is still the place asked: its figures are asked, which no other place's passages answer
// (never a kind of place: "which county", "a border town", "coastal counties")
const UNKNOWN_PLACE = /\b([a-z][a-z'’-]+)\s+(?:county|district|town|township|village)\b/gi;
const PLACE_KIND_WORDS = new Set(("which what each every any this that the a an its their his her our same other another " +
  "border coastal rural inland mountain mountainous whole poor small big key pilot home one two three host customs " +
  "free trade new old urban central").split(" "));
const namesUnknownPlace = (text: string) => [...text.matchAll(UNKNOWN_PLACE)]
  .some((m) => !PLACE_KIND_WORDS.has(m[1]!.toLowerCase()) && !STOP.has(m[1]!.toLowerCase()) && !findEntities(m[1]!).length);

// "which inland provinces", but not "the three northeastern provinces" (a named group)
const FILTER = /(?<!\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)\s+)\b(inland|coastal|central\s+and\s+western|eastern|central|western|northeastern|northeast)\s+(provinces|regions|areas|cities|provincial[- ]level regions)\b/i;
const STOP = new Set(("a an the of in on at to for from by with and or but what which who whose where when how much many was were is are did do does has have had " +
  "it its their they them this that these those than then there as be been being between over under about according say says said article " +
  "briefing report alone give gave tell me please pls plz can could would should whats much was also more most least than each per cent all any " +
  // ("in the h1 2021 bulletin": the names of documents, which say where to look)
  "bulletin release communique yearbook " +
  // ("how many kWh less?": the other way of "more", asking a difference no sentence has to word)
  "less " +
  // ("which countries did it sell power to": a word for exporting, which a sentence says as "exported"; no domain word,
  // so that no typo is corrected to it, "gold" to "sold")
  "sell sold " +
  // (a polite question's words: "could you tell me …, thanks")
  "based on you your kindly thanks thank hello hey " +
  // (a remark that the figure can be worked out: "should be derivable from the q1-q3 article")
  "derivable deducible computable calculable inferable " +
  // ("how much did each one's share go up": the things asked about, counted off)
  "one " +
  // ("which did better yoy?": a comparison's verdict asked, no figure's words)
  "better worse " +
  // ("whos ahead?", "hows it compare": an asking word and its verb typed without the apostrophe)
  "whos hows wheres whens whys thats whichs").split(" "));

// "(use the 2019 review and the 2023 province table)", "(two releases in the customs bulletin)": an aside that says which
// documents to read, not what is asked
const SOURCE_ASIDE_SOURCE = String.raw`\(\s*(?:(?:use|using|see|check|from)\s+(?:the|its)\s+`
  + String.raw`|(?:two|three|both|several)\s+(?=[a-z]+s\b))[^()]*?\b(?:review|report|table|`
  + String.raw`article|story|bulletin|release|briefing|communiqu[eé]|statement|document|yearbook)s?\b[^()]*\)`;
const SOURCE_ASIDE = new RegExp(SOURCE_ASIDE_SOURCE, "gi");

// "…, according to the report on central and western growth": words that name the source, not what is asked
// ("per the free trade zone anniversary piece (2017) - value?": up to a bracket or a dash, which begin the ask again)
const SOURCE_NAMED = new RegExp(String.raw`${SOURCE_ASIDE_SOURCE}|,?\s*\b(?:(?:according to|going by|as per|(?:in|from) the `
  + String.raw`(?:report|article|story|bulletin|release|briefing) (?:on|about))\b[^,?;]*`
  + String.raw`|per the (?:[\w'-]+\s+){0,5}(?:piece|report|article|story|bulletin|release|briefing|presser|statement)\b)`, "gi");

// "…, in usd?", "in dollar terms", "in yuan": the currency a question asks its answer in
// ("trade (usd)": a currency in brackets asks for it too)
// ("in us$?", "in $?": a dollar sign ends no word, so no word boundary follows it)
const IN_DOLLARS = /\bin (?:usd|(?:us |u\.s\. )?dollars?(?: terms)?)\b|\bin (?:us)?\$(?!\w)|\(\s*(?:usd|us\$|us dollars?)\s*\)/i;
const IN_YUAN = /\bin (?:yuan|rmb|renminbi|cny)(?: terms)?\b/i;

/** The currency a question asks its answer in, if it names one. */
export const askedCurrency = (text: string): "US dollars" | "yuan" | undefined =>
  IN_DOLLARS.test(text) ? "US dollars" : IN_YUAN.test(text) ? "yuan" : undefined;
// ("total trade, yuan and usd?", "in usd/rmb": the two currencies named side by side as the parts asked)
const YUAN_WORD = String.raw`(?:yuan|rmb|renminbi|cny)`;
const DOLLAR_WORD = String.raw`(?:usd|us\$|(?:us\s+|u\.s\.\s+)?dollars?)`;
// ("growth in dollar terms vs yuan terms": the two set against each other)
const JOINED = String.raw`(?:\s+terms)?\s*(?:and|&|\+|/|,|vs\.?|versus)\s*(?:in\s+)?`;
const CURRENCIES_JOINED = new RegExp(String.raw`\b${YUAN_WORD}${JOINED}${DOLLAR_WORD}(?![\w$])`
  + String.raw`|\b${DOLLAR_WORD}${JOINED}${YUAN_WORD}\b`, "i");
/** "in yuan and in usd?", "yuan and usd?": both currencies asked, each answered. */
export const asksBothCurrencies = (text: string): boolean =>
  (IN_DOLLARS.test(text) && IN_YUAN.test(text)) || CURRENCIES_JOINED.test(text);

/** The question without the words that only name where to look: what it asks for. */
// "according to the jan 2014 customs release", "in the 2018 report": a source named by its date
const DATED_SOURCE = /\b(?:according\s+to|per|in|from)\s+(?:the|its)\s+[^,?;]{0,30}?\b(?:release|report|article|bulletin|briefing|piece|story|statement|presser)\b/i;
// (a year in it: "(jan 2019 yangluo article)", "(the 2014 hubei online piece)")
const DATED_ASIDE = new RegExp(String.raw`\(\s*(?:the\s+)?[^()]{0,40}?\b(?:19|20)\d\d\b[^()]{0,40}?\b(?:release|report|`
  + String.raw`article|bulletin|briefing|piece|story|statement|presser)\b[^()]*\)`, "i");
const RELATIVE_TO_SOURCE = /\b(?:last|this|previous)\s+(?:yr|year)\b|\bthe\s+year\s+(?:before|earlier)\b/i;
export const askedText = (q: string) => q.replace(SOURCE_NAMED, " ");
// "(gas included)", "(including re-exports)": what the whole asked for takes in, no narrowing word of the figure
const INCLUDED_NOTE = new RegExp(String.raw`\(\s*(?:(?:[\w-]+\s+){1,3}(?:included|inclusive)|including\s+[^()]{1,40}|`
  + String.raw`incl\.?\s+[^()]{1,40}`
  // ("(not stated directly)", "(isn't given outright)": a remark that the figure must be worked out, no word to find)
  + String.raw`|(?:it\s+is\s+|it['’]?s\s+|is\s+|was\s+)?(?:not|never|isn['’]?t|wasn['’]?t)\s+(?:stated|given|reported|published|`
  + String.raw`shown|listed)(?:\s+(?:directly|explicitly|outright|separately|anywhere))?)\s*\)`, "gi");

// "exports and imports" asks for each flow; "imports and exports", the usual name of total trade, stays one
// ("exports to Peru and imports from Peru", "imports from X and exports to X": each flow with its own partner)
export const BOTH_FLOWS = new RegExp(String.raw`\bexports?\s+(?:(?:to|with)\s+[\w'’ -]{1,40}?\s+)?(?:and|&|\+)\s+imports?\b`
  + String.raw`|\bimports?\s+(?:from|with)\s+[\w'’ -]{1,40}?\s+(?:and|&|\+)\s+exports?\b`, "i");

// "how many", "in tonnes", "volume and value", "total trains": a quantity counted in units other than money
// (a bare "volume" is the value of trade in these texts; "how did it get its cars out" asks no count of cars, nor do
// goods carried "by trains")
// ("parcels and value?": parcels counted, as e-commerce customs count them)
// ("in GW", "how many kWh": power and capacity counted in their own units)
const COUNTED_UNITS = String.raw`tonnes|tons|tonnage|cubic\s+met(?:er|re)s|barrels|teus?|units|parcels|packages`
  + String.raw`|kwh|kilowatt[- ]hours?|gw|gigawatts?|mw|megawatts?`;
const GOODS_SHIPMENTS = /\bshipments\b(?![^?]*\b(?:parcels?|packages?|e-?commerce|orders)\b)/i;
// (shipments that come in are no exports: "how many soybean shipments arrived from …", "shipments it received")
const SHIPMENTS_IN = /\b(?:arriv(?:e|ed|es|ing|als?)|receiv(?:e|ed|es|ing)|inbound|incoming|came\s+in|landed|unloaded)\b/i;
const COUNTED_ITEMS = String.raw`trips|trains|vehicles|cars|containers`;
// "more trains: A or B?", "fewer vehicles", and with up to two words naming which ("more intl freight trains", "more
// china-europe trips"), none of them money's, a flow's or a comparison's: things counted, set side by side
const MORE_COUNTED_SOURCE = String.raw`\b(?:more|fewer)\s+`
  + String.raw`(?:(?!(?:trade|exports?|imports?|value|yuan|dollars?|money|than|in|of|by)\b)[a-z][\w'’-]*\s+){0,2}`
  + String.raw`(?:${COUNTED_ITEMS}|teus?|tonnes)\b`;
export const MORE_COUNTED = new RegExp(MORE_COUNTED_SOURCE, "i");
// words before a route's name that name no service of its own ("how many china-europe trains", "all china-europe trips")
const NOT_A_NAME = new Set(("how many much what which were was did do does the all total of in for by and or with from to " +
  "through thru via number no combined overall").split(" "));
// ("quantity and value": a goods table's two columns, asked side by side)
const VOLUME = String.raw`(?<!\bsmall[- ])\b(?:volume|quantity)\b`;
const UP_HOW_MUCH = /\bup\s+(?:by\s+)?how\s+much\b/i;
// "in the hangzhou story", "from the 2023 ningbo report", "per the shenzhen briefing": a document named by its place
const NAMES_SOURCE = /\b(?:in|from|per|using|according to)\s+(?:the\s+)?(?:(?:19|20)\d\d\s+)?$/i;
// ("in the hebei work report", "the province's government work report")
const SOURCE_NOUN = new RegExp(String.raw`^(?:['’]s)?\s+`
  + String.raw`(?:(?:customs|city|province|provincial|government|work|annual)\s+){0,2}`
  + String.raw`(?:story|article|report|piece|release|bulletin|briefing|doc(?:ument)?|table|review|transcript)\b`, "i");
// "how much more than a year before?": the change over the year before, which a text states as a growth rate
export const MORE_THAN_YEAR_BEFORE = new RegExp(String.raw`\bhow\s+much\s+(?:more|higher|bigger|larger|less|lower|smaller)\s+than\s+`
  + String.raw`(?:a\s+year\s+(?:before|earlier|ago)|last\s+year|the\s+(?:year|period)\s+before|the\s+previous\s+year|`
  + String.raw`the\s+same\s+period\s+(?:of\s+)?(?:last|a|the\s+previous)\s+year(?:\s+(?:before|earlier|ago))?)\b`, "i");
// ("how much cargo", "how much of it was foreign trade cargo"; never "how much trade did the cargo airport handle" or
// "how much did exporters save on freight", where a trade or money word or a verb comes between)
const CARGO_BETWEEN = String.raw`(?:(?!(?:trade|exports?|imports?|goods|value|money|yuan|did|does|do|was|were|is|are|has|have|had|`
  + String.raw`on|in|at|for|through|via|by)\b)[\w-]+\s+){0,3}?`;
const CARGO_COUNTED = String.raw`\bhow\s+much\s+(?:of\s+(?:it|this|that|them|which)\s+(?:was|were)\s+)?${CARGO_BETWEEN}`
  + String.raw`(?:cargo|freight)\b(?!\s+(?:trains?|trips|flights?|services?))`
  + String.raw`|\b(?:foreign[- ]trade|international|domestic|outbound|inbound)\s+(?:cargo|freight)\b`
  + String.raw`(?!\s+(?:trains?|trips|flights?|services?))`
  // ("X port freight in 2016?", "freight thru X port", "cargo at the port in h1": what a port handled, in tonnes, as its
  // "port throughput" is; never "cargo airport", "freight trains", "freight rates")
  // (so an airport's: "X airport cargo in 2016?", counted in tonnes; never "airport freight rates")
  + String.raw`|\b(?:air)?ports?(?:['’]s?)?\s+(?:cargo|freight)\b(?!\s+(?:trains?|trips|flights?|services?|rates?|charges?|airports?))`
  + String.raw`|\b(?:cargo|freight)\s+(?:thru|through|via|at|in|handled\s+(?:at|by))\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?ports?\b`
  // ("how much electricity did X sell", "how much power went to Y": power counted in kWh, as a port's cargo in tonnes)
  + String.raw`|\bhow\s+much\s+(?:electricity|electric\s+power|power)\b(?!\s+(?:equipment|products?|plants?|stations?|grids?|generat\w*|batter\w*|tools?|supply))`
  // ("customs clearance times?": hours, no money)
  + String.raw`|\bclearance\s+times?\b`;
/** "how much of it was foreign trade cargo?": tonnes a port handled, no money, unless a value is named. */
export const cargoCountOnly = (q: string) => new RegExp(CARGO_COUNTED, "i").test(q)
  && !/\b(?:value|worth|yuan|dollars?|usd|rmb|cost)\b/i.test(q);
// the words a question asks with; a phrase with none of them ("X parcels for all of 2022?") names what it asks for
const ASKING_WORD = new RegExp(String.raw`\b(?:what|how|why|which|who|whom|whose|when|where|did|does|do|is|are|was|were|`
  + String.raw`has|have|can|could|should|would|will|tell|explain|describe|list|name|give|show)\b`, "i");
const PERIOD_PADDING = /\b(?:as a whole|in (?:all|full)|overall|for (?:all|the whole) of|(?:the )?(?:whole|full|entire) year)\b/gi;
// (and names what is counted or summed: "parcels", "value", never "support measures")
const COUNTED_NOUN = /\b(?:parcels|packages|orders|shipments|consignments|declarations|trips|trains|containers|teus?|value|volume|total)\b/i;
export const ASKS_COUNT = new RegExp(String.raw`\bhow many\b(?!\s+(?:billion|trillion|million|thousand|percentage|points?|pct|pts?|pp|`
  + String.raw`times|yuan|dollars|us dollars))|(?<!\b(?:by|on|via|aboard)\s+(?:[\w-]+\s+){0,2})\b(?:${COUNTED_UNITS})\b`
  + String.raw`|\b(?:total|number\s+of|no\.?\s+of)\s+(?:[\w-]+\s+){0,2}(?:${COUNTED_ITEMS})\b|\b(?:train|freight)\s+trips\b`
  // ("sales and number of shoppers?", "the number of visitors": people or things counted, whatever they are)
  + String.raw`|\bnumbers?\s+of\s+(?:[a-z][\w-]*\s+)?(?:[a-z][\w-]*s|people)\b(?!\s+(?:of|in)\s+(?:yuan|dollars))`
  + String.raw`|\b(?:shopper|visitor|tourist|passenger|traveller|traveler)\s+(?:numbers|counts?)\b`
  // ("transhipment containers vs the port overall": the containers a port handled, counted)
  + String.raw`|\b(?:transh?ipment|transshipment|empty|laden)\s+containers\b`
  // ("customs clearance times?": hours counted)
  + String.raw`|\bclearance\s+times?\b`
  // ("more trains: A or B?", "fewer vehicles": the things counted, set side by side)
  + String.raw`|${MORE_COUNTED_SOURCE}`
  // ("who imported more by tonnage": the measure goods are set side by side on, not what carried them)
  + String.raw`|\bby\s+(?:tonnage|weight)\b`
  // ("the port's container throughput": a count of containers, in TEUs; "port throughput": the cargo it handled)
  + String.raw`|\b(?:container|cargo|freight|port(?:['’]s)?)\s+throughput\b`
  // ("freight volume", "cargo volumes": what a port handled, in tonnes; "container volume", in TEUs)
  + String.raw`|\b(?:cargo|freight|container)\s+volumes?\b`
  // ("which port grew faster in containers?": the things handled a port is compared on)
  + String.raw`|\b(?:faster|slower|more|less|most|least|bigger|larger)\s+in\s+(?:containers|cargo|freight|teus?)\b`
  // ("how much cargo", "how much of it was foreign trade cargo": the tonnes a port handled, or a part of them)
  + String.raw`|${CARGO_COUNTED}`
  // ("volume and value", "volume and earnings": the quantity beside the money; "border small-volume trade" is a mode's
  // name, no quantity)
  + String.raw`|${VOLUME}[^?]*\b(?:value|earnings|revenue|receipts)\b|\b(?:value|earnings|revenue|receipts)\b[^?]*${VOLUME}`, "i");

const WHAT_HAPPENED_TO = /\bwhat\s+happened\s+to\b/i;
// ("both trade drops": a fall or a rise as a noun asks its rate too)
const ASKS_GROWTH = new RegExp(String.raw`\b(gr[eo]w|growth|yoy|y-o-y|year[- ]on[- ]year|mom|m-o-m|month[- ]on[- ]month|grown|growing|`
  + String.raw`fast|faster|fastest|slowest|slower|increase[sd]?|rises?|rose|risen|surge[sd]?|jump(?:s|ed)?|gain(?:s|ed)?|`
  + String.raw`change[sd]?|falls?|fell|fallen|drop(?:s|ped)?|decline[sd]?|decrease[sd]?|shr[ai]nk|contract(?:ed)?|`
  // ("how much, and was it up or down?": which way it moved, and by how much)
  + String.raw`(?:up|down)\s+or\s+(?:up|down)|(?:higher|lower)\s+or\s+(?:higher|lower)`
  // ("did its trade do better in 2030 or 2031?": how a flow did is its change, not its size)
  + String.raw`|(?:do|did|does|doing|done|perform(?:ed|ing|s)?|fared?|fares)\s+(?:any\s+|much\s+|far\s+)?(?:better|worse))\b`, "i");

// "what did it cost", "how much did the ore cost them": what was paid, an amount ("cost per tonne", "average cost": a
// price, which the unit-price plan reads)
// ("low-cost exports", "cost-saving": a word of its own, no amount asked)
const COST_ASKED = /(?<!\b(?:av(?:era)?g\.?|unit)\s+)(?<![\w-])cost(?![\w-])(?!\s+(?:per|a|each|of\s+(?:a|one|each))\b)/i;
// ("tonnes and yuan?", "in usd & tonnes": a currency named as a part beside another asks the value in it)
export const CURRENCY_JOINED = /\b(?:and|&|\+)\s+(?:in\s+)?(?:yuan|rmb|usd|(?:us\s+)?dollars)\b(?!\s+terms)|\b(?:yuan|rmb|usd|dollars)\s*(?:and|&|\+|,)\s*(?:in\s+)?(?:tonnes|tons|tonnage|volume|quantity|units)\b/i;

// "western vs central region", "the eastern or western regions": two regions sharing the one word "region"
const REGION_WORD = String.raw`(?:eastern|western|central|north-?east(?:ern)?)`;
const SHARED_REGION_HEAD = new RegExp(String.raw`\b(${REGION_WORD})\s*(?:,|\band\b|&|\bvs\.?|\bversus\b|\bor\b|/)\s*`
  + String.raw`(?:the\s+)?${REGION_WORD}\s+regions?\b`, "gi");
/** The places a question names, with the first of two regions that share their head word (no alias names it alone). */
function withSharedHead(mentions: EntityMention[], text: string): EntityMention[] {
  const added: EntityMention[] = [];
  for (const m of text.matchAll(SHARED_REGION_HEAD)) {
    const end = m.index + m[1]!.length;
    if (mentions.some((x) => x.start <= m.index && x.end > m.index)) continue;
    const region = findEntities(`${m[1]} region`).find((e) => e.kind === "region" && e.start === 0);
    if (region) added.push({ ...region, start: m.index, end, text: m[1]! });
  }
  return added.length ? [...mentions, ...added].sort((a, b) => a.start - b.start) : mentions;
}

// "change in share (pts)", "how did its share change", "share change": the share's own change, in points
export const SHARE_CHANGE = /\bchang(?:e[sd]?|ing)\s+(?:in|of)\s+(?:its\s+|the\s+|their\s+)?share\b|\bshare\s+chang(?:e[sd]?|ing)\b/i;

// "how many times the year-earlier level / its 2020 total", "how many times larger": a multiple of a level
const TIMES_A_LEVEL = new RegExp(String.raw`\bhow many times\s+(?:(?:the|its|their|that|this)\s+(?:[\w'’-]+\s+){0,3}`
  + String.raw`(?:level|total|figure|value|amount)|(?:larger|bigger|greater|higher|more|as\s+(?:much|large|big|high))\b)`, "i");

// ("X exports jan-feb 2026, yoy?", "X trade with Y in 2014? growth?": a flow asked, then its growth added after a comma
// or a question mark, asks both; never when the growth is asked before it: "X's export growth in 2019, yoy?")
const GROWTH_AFTERWORD = new RegExp(String.raw`^(?:(?!\bgr[eo]w|growth|yoy\b)[^?])*\b(?:trade[ds]?|exports?|imports?|`
  + String.raw`exported|imported)\b(?:(?!\bgr[eo]w|growth|yoy\b)[^?])*[?,;]\s*(?:the\s+)?(?:yoy|y-o-y|growth(?:\s+rate)?|`
  + String.raw`(?:yoy\s+)?change)\s*\??\s*$`, "i");

// ("X trade 2022 vs 2024, did it grow?", "… 2019 to 2023 - did they fall?"): whether the later year's level is above
// the earlier's, two levels set side by side, never the two years' own growth rates
const LEVELS_ACROSS_YEARS = new RegExp(String.raw`\b(?:19|20)\d\d\s*(?:vs\.?|versus|to|and|->|→)\s*(?:19|20)\d\d\b[^?]*?`
  + String.raw`[,;?-]\s*(?:so\s+)?did\s+(?:it|they|(?:the\s+)?(?:trade|exports?|imports?))\s+(?:gr[eo]w|rise|increase|go\s+up|fall|`
  + String.raw`drop|decline|shrink)\s*\??\s*$`, "i");

function measuresOf(question: string): Measure[] {
  const q = askedText(question);
  const out: Measure[] = [];
  // ("up how much?", "up by how much": the change; "the change in its share" is a change in points, not a growth)
  const shareChange = SHARE_CHANGE.test(q);
  // ("how many times the year-earlier level?": a multiple, which a text may give as a growth rate; "how many times did
  // the trains leave" asks a count)
  // ("and what happened to the export value?": the value's change)
  const growth = !LEVELS_ACROSS_YEARS.test(q) && (UP_HOW_MUCH.test(q) || WHAT_HAPPENED_TO.test(q) || MORE_THAN_YEAR_BEFORE.test(q) || TIMES_A_LEVEL.test(q) || ASKS_GROWTH.test(q.replace(new RegExp(SHARE_CHANGE.source, "gi"), " ")));
  if (shareChange) out.push("pp_change");
  const share = /\b(share|shares|proportion|(?:percent(?:age)?|pct) of|make up|made up|makes up|account(?:ed|s)? for|went through)\b|%\s*of\b/i.test(q);
  // "…, in yuan?": an amount in that currency
  // ("as a % of China's total imports": the total is the whole, not an asked amount)
  // ("freight volume" is the tonnes a port handled, no value)
  // ("sales and number of shoppers?": the shops' sales are money)
  const amount = LEVELS_ACROSS_YEARS.test(q) || /\b(how much|how big|value|sales|(?<!\b(?:cargo|freight)\s)volume|worth|size|amount|billion|trillion|bigger|larger|largest|biggest|smallest|traded? more|trade did)\b|(?<!(?:%|\bpercent|\bpct|\bshare|\bproportion)\s+of\s+(?:the\s+)?(?:[\w'’]+\s+){0,2})\btotal\b|\bin (?:yuan|rmb|usd|us dollars|dollars)\b/i.test(q) || CURRENCY_JOINED.test(q)
    || COST_ASKED.test(q);
  // "expanded 1.6 times" answers "how much did it grow"
  if (growth) out.push("growth", "multiple");
  if (share) out.push("share");
  // "how much did it grow" asks for a growth, not an amount
  // ("how much did X's trade with Y grow": the partner between the flow and the verb of its change, as "how much did X's
  // trade grow")
  const howMuchGrowth = UP_HOW_MUCH.test(q) || /\bhow much\b[^?]*\b(gr[eo]w|growth|increase|rise|rose|fall|fell|drop(?:ped)?|declined?|decrease|shr[ai]nk|change)\b/i.test(q) && !/\bhow much (?:was|were|is|did [\w' ]+ (?:trade|export|import)\b(?!(?:\s+(?:with|to|from)\s+(?:the\s+)?[a-z'’]+(?:\s+[a-z'’]+)?)?\s+(?:gr[eo]w|growth|increase|rise|fall|drop|decline)))/i.test(q);
  const whatWas = /\bwhat (?:was|were|is|are)\b[^?]*?\b(?:trade|exports?|imports?|(?<!\b(?:cargo|freight)\s)volume|value)\b(?!\s+(?:growth|share|surplus|deficit|partners))/i.test(q);
  // "how much, and how fast did it grow", "shanghai imports+exports in september, and the yoy growth": an amount too
  // ("the zone's trade in 2013 and its share of the province's total", "trade and share of the city": both)
  // ("trade w/ russia in 2022 and what pct of the province total was it": the trade, and its share; "+ what share": the same)
  const amountAndShare = /^(?:(?!\b(?:share|proportion|percent(?:age)?|pct)\b)[^?])*\b(?:trade|exports?|imports?)\b[^?]*?(?:\band|\s[+&])\s+(?:its\s+|the\s+|their\s+|what\s+(?:(?:was|is)\s+)?(?:its\s+|the\s+)?)?(?:share|proportion|pct|percent(?:age)?|%)(?=\s|$)/i.test(q);
  // ("fujian trade 2021? and yoy": a question mark the asking goes on after with "and" joins the two asks)
  // (never a second ask of another flow: "xiamen trade 2030? and exports growth?" asks no amount of exports)
  const joined = q.replace(/\?\s*(?=(?:(?:and|plus)\b|[+&])(?![^?]*\b(?:trade[ds]?|exports?|imports?)\b))/gi, " ");
  const amountAndGrowth = amountAndShare || /\bhow much\s*(?:[,;–+&-]|and\b)/i.test(q) || GROWTH_AFTERWORD.test(q)
    || /^[^?]*?\b(?:trade[ds]?|exports?|imports?|exported|imported)\b(?:(?!\bgr[eo]w|growth|yoy\b)[^?])*(?:\band\b|\s[+&]\s?)[^?]*\b(?:growth|yoy|gr[eo]w|chang(?:e|ed)|mov(?:e|ed)|increased?|rise|rose)/i.test(joined);
  // "what share of China's trade did the region account for" asks for a share, not an amount
  const onlyShare = /^\W*what (?:share|percent(?:age)?|pct|proportion)\b/i.test(q) && !/\bhow (?:much|big)\b|,\s*and\b|\band (?:what|how|its|their|the value)\b/i.test(q);
  const plainAmount = (amount || whatWas) && !(howMuchGrowth && !/\band how much\b|\bhow much was\b/i.test(q));
  // ("how many trips, and how much did that rise": the change of the count, no amount of money)
  const countsChange = howMuchGrowth && ASKS_COUNT.test(q) && !/\b(?:value|worth|yuan|dollars)\b/i.test(q);
  // ("how much of it was foreign trade cargo?": tonnes, no money, unless a value is named)
  if (!countsChange && !cargoCountOnly(q) && (amountAndGrowth || (plainAmount && !onlyShare))) out.push("amount");
  if (/\bpercentage points?\b|\bpoints?\b/i.test(q)) out.push("pp_gap", "pp_change");
  // "how did it compare with the regional average": the gap to that average
  if (AGAINST_AVERAGE.test(q) && !/\bimpl(?:y|ies|ied)\b/i.test(q)) out.push("pp_gap");
  // "how far above the national average was its growth?": the gap itself
  if (HOW_FAR_FROM_AVERAGE.test(q) && !/\bimpl(?:y|ies|ied)\b/i.test(q)) out.push("pp_gap");
  if (ASKS_COUNT.test(q)) out.push("count");
  if (/\brank(?:ed|ing)?\b|\bposition\b|\bplace\b/i.test(q)) out.push("rank");
  return [...new Set(out)];
}

// ("xiamen-taiwan trade", "dongguan-hong kong imports", "guangxi-us trade": a side outside the mainland joined by a
// hyphen after the place asked about, before the flow, is the side it trades with; "guangzhou-foshan trade" asks both
// cities, and "non-us exports" has no place before the hyphen)
const FLOW_NEXT = /^\s+(?:trade|trading|exports?|imports?)\b/i;
// "trade with", "exports to", "trade surplus with": the place next is a partner
// (a balance only "with" it: "the surplus from guangdong's processing trade" is guangdong's own)
const TRADE_WITH_BEFORE = new RegExp(String.raw`\b(?:(?:trade[ds]?|trading|exports?|imports?|exported|imported)`
  + String.raw`(?:\s+(?:growth|value|volume))?\s+(?:with|to|from)|(?:(?:trade|trading)\s+)?(?:balance|surplus|deficit)\s+with)`
  + String.raw`\s+(?:the\s+)?$`, "i");
export const CROSS_STRAIT = /\bcross[- ]straits?\b/i;
// ("hainan's cross-strait ferries over the Qiongzhou Strait": a strait named other than Taiwan's is the one crossed)
const OTHER_STRAIT = /\b(?!(?:taiwan|cross|the)\b)[a-z]+[- ]straits?\b/i;
const OUTSIDE_MAINLAND = new Set(["taiwan", "hong-kong", "macao"]);
interface Joined { id: string; kind: string; start: number; end: number }
const hyphenedPartner = (text: string, owner: { kind: string; end: number }, m: Joined) =>
  (owner.kind === "province" || owner.kind === "city") && (m.kind === "partner" || OUTSIDE_MAINLAND.has(m.id))
  && /^\s*[-–]\s*$/.test(text.slice(owner.end, m.start)) && FLOW_NEXT.test(text.slice(m.end));
/** "us" typed in lower case as the side hyphened to a place ("guangxi-us trade") is the country. */
const hyphenedUs = (text: string, groups: DefinedGroup[]): string => text.replace(/(?<=[-–])us\b/gi, (us, at: number) => {
  const owner = findEntities(text.slice(0, at - 1), groups).find((o) => o.end === at - 1);
  return owner && hyphenedPartner(text, owner, { id: "partner:us", kind: "partner", start: at, end: at + 2 }) ? "US" : us;
});

// news outlets named after the country: "China Daily", "China News Service", "China Central Television"
const OUTLET_NAMED = /\bchina\s+(?:daily|news(?:\s+(?:service|agency))?|central\s+television|radio\s+international|briefing)\b/gi;

// "us" first in a list right after a ranking's verb or a colon, dash or bracket that opens the list
const LIST_OPENING_US = /(?<=(?:\b(?:rank|order|sort|compare|between|among)|[:(]|\s[-–—])\s*)us(?=\s*(?:,|&|\band\b|\bor\b|\bvs\b))/gi;

const EXPORTS_FROM = /\bexport(?:s|ed)?(?:\s+(?:growth|value|volume))?\s+from\s+(?:the\s+)?(?:city\s+of\s+)?$/i;

const MOSTLY_FROM = /\b(mostly|mainly|largely|chiefly|primarily)\s+(?:from\s+|to\s+)?(?:the\s+)?$/i;
// ("the province's trade (not just wuhan)", "rather than the capital's"): a place set aside is not one asked about
// ("excluding X" is not among them: "the province's trade excluding X" asks for the province less X)
const SET_ASIDE_PLACE =
  /\b(?:not\s+(?:just|only|merely)|rather\s+than|instead\s+of)\s+(?:the\s+)?(?:city\s+of\s+)?$/i;
// ("besides wuhan, which hubei cities …", "which cities other than wuhan …": the names asked are the others)
const BESIDES_PLACE = /\b(?:besides|apart\s+from|aside\s+from|other\s+than)\s+(?:the\s+)?(?:city\s+of\s+)?$/i;
const ASKS_WHICH = /^\W*(?:which|name|list)\b/i;
// ("rank the zhejiang cities (not hangzhou)", "(excluding the capital city of X)": a place set aside in brackets is left
// out of the places asked)
const BRACKET_ASIDE = /\(\s*(?:not|except|excluding|excl\.?|other\s+than|besides|bar)\s+(?:the\s+)?(?:city\s+of\s+)?$/i;
// ("not only wuhan but also xiangyang", "not just wuhan, xiangyang as well": both asked, none set aside)
const ASKED_AS_WELL = /^(?:['’]s)?\s*,?\s*(?:but\b|as\s+well\b)/i;

// "crude oil imports by volume", "steel exports in volume terms": goods' quantity, not their value ("trade by volume" is
// news English for its value; "volume and value" asks both; "coal imports in 2012 (volume)", "how much lng (tonnes)": the
// unit asked in brackets)
const BY_VOLUME = /\b(?:by|in)\s+(?:volume|quantity|tonnage)(?:\s+terms)?\b|\(\s*(?:volume|quantity|tonnage|tonnes|tons)\s*\)/i;
// ("who exported more cars", "which port shipped the most vehicles": the goods counted, not their value)
const MORE_UNITS = /\b(?:more|fewer|most|fewest)\s+(?:export(?:ed)?\s+)?(?:cars|vehicles|ships|units)\b/i;
function byVolume(text: string, subjects: string[], measures: Measure[]): Measure[] {
  const goods = subjects.length > 0 && subjects.every((x) => !NOT_GOODS.has(x));
  if (!goods || !(BY_VOLUME.test(text) || MORE_UNITS.test(text))
    || /\b(?:values?|worth|yuan|dollars?|usd|rmb)\b/i.test(text)) return measures;
  return [...new Set([...measures.filter((m) => m !== "amount"), "count" as const])];
}

const HOW_FAR_FROM_AVERAGE = /\bhow\s+(?:far|much|many\s+(?:points|pts|percentage\s+points))\s+(?:above|below|ahead\s+of|behind|higher|lower|faster|slower)\b[^?]*\b(?:average|national|rate)\b/i;
const AGAINST_AVERAGE = new RegExp(String.raw`\b(?:compar\w*|against|versus|vs\.?|relative)\s+(?:with\s+|to\s+)?(?:the\s+)?`
  + String.raw`(?:national|regional|provincial|country['’]s|nationwide)\s+(?:average|level|rate|figure)\b`, "i");
// "slowest", "fell the most", "the sharpest decline": the ranking runs from the lowest figure
const ASCENDING = new RegExp(String.raw`\b(?:slowest|lowest|smallest|least|weakest)\b`
  + String.raw`|\b(?:fell|dropped|declined|decreased|shrank|contracted|slumped)\s+(?:the\s+)?most\b`
  // ("the steepest trade declines": with the flow between, and plural)
  + String.raw`|\b(?:biggest|largest|steepest|sharpest|greatest|worst)\s+(?:(?:trade|export|import)\s+)?`
  + String.raw`(?:drop|decline|fall|decrease|contraction)s?\b`, "i");
// ("fastest-growing and slowest?", "the lowest month and which the highest?": both ends asked, in either order, a
// ranking from the top shows them both)
const TOP_END = String.raw`(?:fastest|highest|largest|biggest|strongest)`;
const BOTTOM_END = String.raw`(?:slowest|lowest|smallest|weakest)`;
const THEN = String.raw`\b[^?]*\b(?:and|&|vs\.?|versus)\s+(?:(?:which|what)\s+)?(?:the\s+)?`;
const BOTH_ENDS = new RegExp(String.raw`\b${TOP_END}${THEN}${BOTTOM_END}\b|\b${BOTTOM_END}${THEN}${TOP_END}\b`, "i");
// ("highest to lowest", "from smallest to biggest": the order asked in so many words, whichever end it names first)
const HIGH_WORD = "highest|largest|biggest|most|top|fastest|greatest";
const LOW_WORD = "lowest|smallest|least|bottom|slowest";
const ORDER_WORDS = new RegExp(String.raw`\b(?:(${HIGH_WORD})|(${LOW_WORD}))\s*(?:to|-|–|→)\s*(?:the\s+)?`
  + String.raw`(?:${HIGH_WORD}|${LOW_WORD})\b`, "i");
/** Is a ranking asked from its low end: an order said in words decides, else a word of the low end. */
const rankAscending = (text: string): boolean => {
  const order = ORDER_WORDS.exec(text);
  return order ? order[2] !== undefined : ASCENDING.test(text) && !BOTH_ENDS.test(text);
};
// "which partner's trade with …", "which countries' exports to …"
// "rank its partners hong kong, asean and the eu": a place right after the word "partners" is one of them
const NAMED_AS_PARTNERS = /\b(?:partners?|markets?)\s*[:,]?\s*(?:(?:like|such\s+as|including|namely)\s+)?(?:the\s+)?$/i;
// ("rank hong kong, asean and the eu": a place outside the mainland's customs territory opening a list of partners)
const JOINS_LIST = /^\s*(?:,|and|, and|&)\s*(?:the\s+)?$/i;
const ASKS_WHICH_PARTNER = /\b(?:which|what)\s+(?:trading\s+)?(?:partner|countr(?:y|ies)|market|economy|economies)(?:['’]s?|s['’]?)?\b/i;
const LIST_NOUNS = "products|goods|commodities|items|categories|partners|markets|destinations|sources|provinces|regions|cities"
  + "|countries";
// a period put first, before a comma: "in jan-may 2031, …", "for q1-3 2031, …"
export const PERIOD_FIRST = String.raw`(?:in|for|during|over)\s+[^,?:;]{1,40}?\b(?:19|20)\d\d,\s+`;
// "which …", "what products …", "what were its main import commodities?" (names, unless a figure of them is asked)
// ("who are its five major trading partners": "who" asks for names as "what" does)
// ("in which markets did exports fall?", "to which countries …": the names too, after a preposition)
// ("dalian jan-may 2021: which partners …": after the place and period it is asked of)
// ("guangdong 2009 - which type of firm grew?", "X 2026 report: which …": after the words that label the question)
// ("X 2024: which was larger, exports or imports?" sets two figures side by side, naming no list)
// ("dalian jan.-may 2021 - which …": a hyphen with no space beside it, as in a span of months, is no dash; "in
// jan-may 2021, which partners …": the period put first, before a comma)
// ("besides X, which cities …": the names set aside before the question word)
const ASKS_LIST = new RegExp(String.raw`^\s*(?:(?:[^:?;–—-]|(?<=\S)-(?=\S)){1,60}(?::|\s[-–—])\s+|${PERIOD_FIRST})?`
  + String.raw`(?:(?:besides|apart\s+from|aside\s+from|other\s+than)\s+[^,?;]{1,40}?,?\s+(?=which\b))?`
  + String.raw`(?:which|list|name)\b`
  + String.raw`(?!\s+(?:was|is|were|are)\s+(?:the\s+)?(?:larger|bigger|higher|greater|more|smaller|lower|less)\b)`
  + String.raw`|[:;]\s*(?:which|list|name)\s+(?:(?:trading|main|major|top|key)\s+)?(?:${LIST_NOUNS})\b|\bwhat (?:${LIST_NOUNS})\b`
  + String.raw`|\b(?:in|to|from|with|for|into)\s+(?:which|what)\s+(?:${LIST_NOUNS})\b|\b(?:what|who) (?:were|are)\b`
  + String.raw`(?![^?]*\b(?:value|worth|shares?|growth|how much|amount)\b)[^?]*\b(?:main|major|top|leading|principal|key|chief)\s+`
  + String.raw`(?:[\w-]+\s+){0,2}(?:${LIST_NOUNS})\b`, "i");

const COUNT_WORDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

// (a count of items has at most three digits: "zhuhai 2022 main partners" asks for no 2022 of them)
// ("top 3", "its 5 main trading partners", "three smallest", "which/name three …")
const COUNT_ASKED = [
  /\btop\s*(\d{1,3}|two|three|four|five|six|seven|eight|nine|ten)\b/i,
  new RegExp(String.raw`\b(\d{1,3}|two|three|four|five|six|seven|eight|nine|ten)\s+(?:[\w-]+\s+)?`
    + String.raw`(?:largest|biggest|main|major|leading|fastest|highest|top|slowest|smallest|lowest|most)\b`, "i"),
  new RegExp(String.raw`\b(?:which|wich|what|name|list)\s+(\d{1,3}|two|three|four|five|six|seven|eight|nine|ten)\b`
    + String.raw`(?!\s*(?:%|percent|billion|million|trillion))`, "i"),
  // ("rank the 3 months with the highest …": as many as that; "rank the 3 areas of …" are all there are)
  new RegExp(String.raw`\b(?:rank|order|sort)\s+(?:the\s+)?(\d{1,3}|two|three|four|five|six|seven|eight|nine|ten)\s+`
    + String.raw`[\w-]+\s+(?:with|by)\s+(?:the\s+)?`
    + String.raw`(?:highest|biggest|largest|most|lowest|smallest|fastest|slowest)\b`, "i"),
];
// "wuhan's share of hubei trade", "the share of Liaoning's total": the place after "share of" is a whole, not a side
// ("how many percentage points of hunan's growth came from the zone": the points a part added to a whole's growth)
// ("what % of jiangsu's trade did the park account for": "%" is the share's word too; restored in stop 32 once the fact
// reader took the whole from "of the total for X")
const SHARE_OF_PLACE = /(?:\b(?:share|percent(?:age)?(?:\s+points?)?|pct|proportion)|%)\s+of\s+(?:the\s+)?([A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*)?)/gi;
/** The places a question names as the wholes of shares ("X's share of Hubei vs Y's share of Liaoning"). */
export function wholesOfShares(text: string): string[] {
  return [...text.matchAll(SHARE_OF_PLACE)].flatMap((m) => findEntities(m[1]!).filter((e) => e.start === 0).slice(0, 1).map((e) => e.id));
}

// "hunan's biggest trading city?", "its top export city": the one city asked for, of the province's cities (never the
// province's own total)
const PROVINCIAL_REGIONS = /\bprovincial(?:[- ]level)?\s+(?:regions?|areas?|units?|divisions?)\b/i;
const TOP_CITY = /\b(?:biggest|largest|top|leading|main|busiest)\s+(?:(?:trading|trade|export(?:ing)?|import(?:ing)?)\s+)?city\b/i;

/** "top 4", "four largest", "which three Liaoning cities": how many items a question asks for. */
export function countAsked(text: string): number | undefined {
  const word = COUNT_ASKED.map((re) => re.exec(text)?.[1]).find(Boolean)?.toLowerCase();
  return word ? COUNT_WORDS[word] ?? Number(word) : undefined;
}

/** "rank the 3 areas of the X pilot FTZ", "the zone's areas": a zone's areas asked for. */
export const ZONE_AREAS = /\bareas\b[^?]*\b(?:ftz|zone|free[- ]trade port)\b|\b(?:ftz|zone)(?:['’]s)?\s+(?:\w+\s+)?areas\b/i;
const ZONE_ROUTE = /\b(?:(?:went|go(?:es)?|gone|passed|moved|came)\s+)?(?:thru|through|via)\s+(?:the\s+)?$/i;
const ZONE_WORDS = new Set(["ftz", "pilot", "free", "zone", "port", "areas", "area"]);

// "double-digit growth", "rose by double digits": at least 10%; "triple-digit declines": at most -100%
const DIGITS_CHANGE = new RegExp(String.raw`\b(double|triple)[- ]digits?\s+(?:(?:trade|export|import|yoy|annual)\s+)?`
  + String.raw`(?:(growth|gains?|rises?|increases?|jumps?)|falls?|declines?|drops?|decreases?|contractions?)\b`
  + String.raw`|\b(?:(grew|rose|increased|jumped)|fell|declined|dropped|decreased|shrank)\s+(?:by\s+)?(double|triple)[- ]digits?\b`, "i");
function digitsBound(text: string): number | undefined {
  const m = DIGITS_CHANGE.exec(text);
  if (!m) return undefined;
  const size = (m[1] ?? m[4])!.toLowerCase() === "double" ? 10 : 100;
  return m[2] || m[3] ? size : -size;
}

// "order asean, us and eu by yoy growth", "sort them by value": a ranking ("in order to" is none)
const ORDER_BY = /\b(?:order|sort)(?:ed)?\b(?!\s+to\b)[^?]*\bby\b/i;
const IN_ORDER = /\bin\s+order\b(?!\s+(?:to|for)\b)|\branked\s*\??\s*$/i;

// "rank them", "rank all five", "order … by", "sort … by": a ranking asked in so many words
const RANK_ASKED = new RegExp(String.raw`\brank\s+(?:them|these|those|all|each)\b|${ORDER_BY.source}|\brank\b[^?]*\bby\b`, "i");

// "linyi's rank by trade among the 16 shandong cities": one place's position among places
const POSITION_AMONG_PLACES = new RegExp(String.raw`['’]s\s+(?:rank|ranking|position|place)\b[^?]*\bamong\b`
  + String.raw`(?:\s+[\w'’-]+){0,5}?\s+(?:cities|prefectures|provinces|municipalities|regions)\b`, "i");

const RANK_WORD = /\b(?:rank|ranked|ranking|position|place|placed)\b/i;
// "among the central six", "among the six central provinces", "among all the western regions"
const AMONG_BEFORE = /\bamong\s+(?:the\s+|all\s+(?:the\s+)?)?(?:[\w-]+\s+)?$/i;

/**
 * The region a place's rank is asked within: a region named after "among" in a question of a rank that names a place
 * beside it (a group a document defines by the region's name is that region: "the six central provinces").
 */
function fieldOfRank(text: string, mentions: EntityMention[], entities: string[]): string | undefined {
  if (!RANK_WORD.test(text)) return undefined;
  const field = mentions.find((m) => (m.kind === "region" || m.kind === "group") && AMONG_BEFORE.test(text.slice(0, m.start))
    && entities.some((e) => e !== m.id && e !== "china" && place(e)?.kind !== "region"));
  return field && entities.includes(field.id) ? field.id : undefined;
}

/** The gazetteer's region a field of ranks names (a document's group by its name), else the field itself. */
const regionOfField = (field: string, mentions: EntityMention[]): string =>
  findEntities(mentions.find((m) => m.id === field)?.text ?? "").find((e) => e.kind === "region")?.id ?? field;

const MEMBERS_PICKED = /\bwhich\s+of\s+(?:[\w'’-]+\s+){0,3}(?:partners|markets|members|countries|economies)\b/i;
function intentOf(q: string, f: Omit<QuestionFrame, "intent" | "terms" | "asksFigure">): Intent {
  // places, partners, periods, or subjects ("general or processing trade") set side by side ("did growth slow from
  // jan-feb to q1?": a rate in two periods)
  const sides = f.entities.length + f.partners.length + (f.periods.length > 1 ? 1 : 0) + (f.subjects.length > 1 ? f.subjects.length : 0);
  if (/\bexchange rate\b|\byuan[- /](?:to[- ]|per[- ])?(?:us\s)?dollar|\bdollar[- /](?:to[- ]|per[- ])?yuan\b/i.test(q)) return "exchange_rate";
  // "given the 63.8% growth", "judging by its 8.1% growth": an earlier level from a stated growth
  const reasoning = /\bimpl(?:y|ies|ied)\b|\bgiven\b|\bgoing by\b|\bjudging by\b|\bbased on\b/i.test(q);
  const statesPercent = f.numbers.some((n) => n.kind === "percent");
  // ("based on the -4.9% yoy": a year-on-year change named by its abbreviation is a growth too)
  const growthNamed = /\bgr[eo]w|growth\b|\by-?o-?y\b|\by\/y\b|\byear[- ]on[- ]year\b/i.test(q);
  if (reasoning && statesPercent && growthNamed && !/\bshare\b|\bof (?:china|the country)/i.test(q)) return "implied_previous";
  // "X was 26.8% of Y's trade, so how big was Y's total?", "going by Xinjiang's share": a whole from a part and its share
  const asksWhole = /\bso\b[^?]*\b(?:how big|how much|what (?:was|is))\b|\b(?:how big|how much|what) (?:was|is|were)\b[^?]*\btotal\b/i;
  if ((reasoning && (statesPercent || /\bshare\b/i.test(q))) || (statesPercent && asksWhole.test(q))) return "implied_whole";
  if (f.metric === "surplus" || f.metric === "deficit") return "surplus";
  // ("combined trade of X and Y and their share of the national total": the whole of a share is no side summed)
  const wholes = wholesOfShares(q);
  const summed = sides - f.entities.filter((e) => wholes.includes(e)).length;
  if (/\b(?:combined|together|in total|sum of|altogether)\b/i.test(q) && summed >= 2) return "sum";
  if (/\bwhat (?:share|percent(?:age)?|proportion) of\b|\bhow much of\b/i.test(q) && f.periods.length >= 2) return "share_of";
  if (/\bwhere did\b[^?]*\brank|\bwhat (?:rank|position|place)\b|\brank(?:ed)? nationally\b/i.test(q)) return "rank_position";
  // ("linyi's rank by trade among the 16 shandong cities": one place's position, not a ranking of them all)
  // (among places: "japan's ranking among its partners" asks a partner's place, which a ranking of them answers)
  if (POSITION_AMONG_PLACES.test(q) || (f.rankField && RANK_WORD.test(q))) return "rank_position";
  // ("rank the three by how much their trade changed": the order asked, not a gap between two)
  if (/\brank\b[^?]*?\bby\s+how\s+much\b/i.test(q)) return "rank";
  // ("order the EU, Japan and the US by how much trade they did", "which was biggest? rank them": a ranking asked in
  // so many words, of three sides or more, is no comparison of two)
  if (sides >= 3 && RANK_ASKED.test(q)) return "rank";
  // ("which of its rcep partners saw trade fall, and by how much": the members of one side picked by a sign, no gap)
  if (MEMBERS_PICKED.test(q) && !/\b(?:fastest|slowest|highest|lowest|largest|biggest|smallest|most|least|top|rank\w*)\b/i
    .test(q)) return "list";
  if (sides >= 2 && (/\b(?:vs\.?|versus|compare[ds]?|comparison|apart|difference|gap|beat|outpace[ds]?|than|whose|which (?:was|is|were|traded|grew|partner)|bigger|larger|faster|slower|better|worse|slow(?:ed|ing|down)?|accelerat(?:e[ds]?|ing)|decelerat(?:e[ds]?|ing)|quicken(?:ed)?|pick(?:ed)? up|more|less|higher|lower|by how much|how many percentage points|how much (?:faster|slower|higher|lower|more|less|bigger))\b/i.test(q))) return "comparison";
  if (/\bhow many percentage points\b|\bhow much faster\b|\bbeat\b/i.test(q) && sides >= 1) return "comparison";
  // ("trade modes ranked by value", "goods ranking by growth")
  // ("which 3 had the steepest declines? order them")
  // ("X's kite markets in order", "its power buyers 2019 ranked?": an order asked in so many words)
  if ((/\b(?:rank|rank(?:ed|ing)(?=\s+by\b)|fastest|slowest|highest|lowest|largest|biggest|smallest|steepest|sharpest|top\s*\d*|most)\b/i.test(q)
    || ORDER_BY.test(q) || IN_ORDER.test(q))
    && !/\bwhich\b[^?]*\bsay\b/i.test(q)) return "rank";
  if (ASKS_LIST.test(q)) return "list";
  return "lookup";
}

// "h1 2017 vs full yr 2017", "from jan-oct 2023 to the full year": a whole year named as one, asked beside its months
// (a "full year" that ends its phrase is the period; "given its full-year total" names the figure given, no period)
const FULL_YEAR_ALONE = /^\s*(?:[?,.;:()]|$|(?:vs\.?|versus|or|and|compared|against|then|figures?|numbers?)\b)/i;
const FULL_YEAR_BEFORE = /\b(?:full|whole|entire)[\s-]+(?:yr|year)\s+(?:of\s+)?$/i;

/**
 * The periods a question names, with the whole years it names as such ("full yr 2017") kept apart from a bare year that
 * only repeats its months' year; a "full year" with no year of its own is one too, its year filled in below.
 */
function withFullYears(text: string, mentions: PeriodMention[]): [Period[], Set<Period>] {
  // (a bare "full year" takes the year of the months named beside it: none without them)
  const bare = !mentions.some((p) => p.period.y1 !== null) ? [] : [...text.matchAll(BARE_FULL_YEAR)]
    .filter((m) => !mentions.some((p) => m.index < p.end && m.index + m[0].length > p.start)
      && FULL_YEAR_ALONE.test(text.slice(m.index + m[0].length)))
    .map((m) => ({ start: m.index, period: { y1: null, m1: 1, y2: null, m2: 12 } as Period }));
  const all = [...mentions, ...bare].sort((a, b) => a.start - b.start);
  const full = new Set(all.filter((p) => p.period.m1 === 1 && p.period.m2 === 12
    && (bare.some((b) => b === p) || FULL_YEAR_BEFORE.test(text.slice(0, p.start)))).map((p) => p.period));
  return [all.map((p) => p.period), full];
}

/** "h1 … in 2023 or in 2021", "January-August, 2021 vs 2022": the months asked, once for each year named. */
function spreadOverYears(named: Period[], fullYears: Set<Period> = new Set()): Period[] {
  // "jan-aug 2021 vs jan-aug 2022: how much lower was 2022?": the bare year repeats a period already asked
  // (not one named as a whole year: "h1 2017 vs full yr 2017")
  const sub = (p: Period) => !(p.m1 === 1 && p.m2 === 12);
  const periods = named.filter((p) => sub(p) || fullYears.has(p)
    || !named.some((o) => sub(o) && o.y1 !== null && o.y1 === p.y1));
  const partial = periods.filter((p) => p.y1 === null);
  const years = periods.filter((p) => p.y1 !== null && p.y1 === p.y2 && p.m1 === 1 && p.m2 === 12);
  // ("its h1 trade went from h1 2024 to h1 2025": a span named without its year, then in two years, is those two)
  const inYears = periods.filter((p) => p.y1 !== null && p.y1 === p.y2);
  if (partial.length && partial.every((p) => inYears.filter((d) => d.m1 === p.m1 && d.m2 === p.m2).length >= 2)) {
    return periods.filter((p) => p.y1 !== null);
  }
  // "in Jan-Sep and Jan-Oct 2021", "in the first nine months of 2021 and in the first ten months": one year for all
  const dated = new Set(periods.filter((p) => p.y1 !== null && p.y1 === p.y2).map((p) => p.y1));
  if (partial.length && !years.length && dated.size === 1) {
    const year = [...dated][0]!;
    return periods.map((p) => (p.y1 === null ? { ...p, y1: year, y2: year } : p));
  }
  if (partial.length !== 1 || years.length === 0 || partial.length + years.length !== periods.length) return periods;
  return years.map((y) => ({ ...partial[0]!, y1: y.y1, y2: y.y1 }));
}

// "q1-q3 2021 …, what was it in the same period of 2020?": that year's same months, not the whole year
// ("vs same period 2030", "same months last yr 2030": typed without the "of")
const SAME_PERIOD_OF = /\b(?:the\s+)?(?:same|corresponding)\s+(?:period|months)\s+(?:(?:of|in)\s+)?((?:19|20)\d\d)\b/i;
function samePeriodOf(text: string, periods: Period[]): Period[] {
  const year = Number(SAME_PERIOD_OF.exec(text)?.[1]);
  const months = periods.filter((p) => p.y1 !== null && p.y1 === p.y2 && !(p.m1 === 1 && p.m2 === 12));
  if (!year || months.length !== 1) return periods;
  return periods.map((p) => (p.y1 === year && p.y2 === year && p.m1 === 1 && p.m2 === 12 ? { ...months[0]!, y1: year, y2: year } : p));
}
/** Is `q` the quarter right after `p` (Q2 after Q1, Q1 after the year before's Q4)? */
const quarterAfter = (p: Period, q: Period) => p.y1 !== null && isCalendarQuarter(p) && isCalendarQuarter(q)
  && (q.y1 === p.y1 ? q.m1 === p.m2 + 1 : q.y1 === p.y1 + 1 && p.m1 === 10 && q.m1 === 1);
// "changed vs 2019", "growth on 2019", "up how much compared with the same period of 2019": a change over a base year
const CHANGE_ON_YEAR = new RegExp(String.raw`\b(?:chang(?:e[sd]?|ing)|gr[eo]w(?:n|th)?|rise|rose|risen|increased?|`
  + String.raw`fell|fallen|declined?|up|down)\s+(?:vs\.?|versus|on|over|compared\s+(?:with|to)|against|relative\s+to)\s+`
  + String.raw`(?:the\s+)?`
  + String.raw`(?:same\s+(?:period|months)\s+(?:of|in)\s+)?((?:19|20)\d\d)\b(?:\s+levels?\b)?`, "i");

// "how much did its trade grow from 2010 to 2014": a change between two years' levels, not one span of years
const CHANGE_ACROSS_YEARS = new RegExp(String.raw`\b(?:gr[eo]w(?:n|th)?|rise|rose|risen|increased?|fall|fell|fallen|drop(?:ped)?`
  + String.raw`|declined?|changed?|expand(?:ed)?)\b[^?]*?\bfrom\s+(?:19|20)\d{2}\s+(?:to|till|until|through)\s+(?:19|20)\d{2}\b`, "i");
const PER_YEAR = /\baverage\b|\bannual(?:ly)?\b|\b(?:per|a|each) year\b|\bcagr\b|\bcompound/i;
/** A span of whole years a change is asked across, as its first and last year. */
function yearsApart(text: string, periods: Period[]): Period[] {
  // ("average annual growth from 2016 to 2020" is a rate over the span itself)
  if (!CHANGE_ACROSS_YEARS.test(text) || PER_YEAR.test(text)) return periods;
  return periods.flatMap((p) => (p.y1 !== null && p.y2 !== null && p.y2 > p.y1 && p.m1 === 1 && p.m2 === 12
    ? [{ ...p, y2: p.y1 }, { ...p, y1: p.y2 }] : [p]));
}

// ("dec 2022-feb 2023", "december 2022 to february 2023": one span across the year's end, never its two end months;
// "from dec 2022 to feb 2023" may set two months' levels side by side, as "from 2010 to 2014" does)
const SPAN_JOIN = /^\s*(?:[-–]|to|through|till|until)\s*$/i;
const oneMonth = (p: Period) => p.y1 !== null && p.y1 === p.y2 && p.m1 === p.m2;
function acrossYearEnd(text: string, mentions: PeriodMention[]): PeriodMention[] {
  return mentions.flatMap((m, i) => {
    const prev = mentions[i - 1];
    const next = mentions[i + 1];
    const joins = (a: PeriodMention, b: PeriodMention) => oneMonth(a.period) && oneMonth(b.period)
      && b.period.y1 === a.period.y1! + 1 && b.period.m2 < a.period.m1 && SPAN_JOIN.test(text.slice(a.end, b.start))
      && !/\bfrom\s+$/i.test(text.slice(0, a.start));
    if (prev && joins(prev, m)) return [];
    if (!next || !joins(m, next)) return [m];
    return [{ ...m, end: next.end, text: text.slice(m.start, next.end), period: { ...m.period, y2: next.period.y2, m2: next.period.m2 } }];
  });
}

const EXPLAIN_START = /^\s*(?:why|how|who|tell|describe|explain|what (?:did|does|do|is|are))\b/i;
const MONTH_ABBR = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)";
const century = (yy: string) => (yy.length === 2 ? `20${yy}` : yy);
const MONTH_NAMES = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
// ("2023 dec-feb": a span that runs past the year's end starts the year before)
const wrapsYearEnd = (span: string): boolean => {
  const [a, b] = span.toLowerCase().split(/\s*[-–]\s*/).map((m) => MONTH_NAMES.indexOf(m.slice(0, 3)));
  return a !== undefined && b !== undefined && a >= 0 && b >= 0 && a > b;
};
/** Terse period forms people type, written out: "9M22", "1-9M 2022", "2023H1", "2Q23", "FY2024", "nov '23", "jan+feb". */
const SHORTHAND: Array<[RegExp, (...g: string[]) => string | undefined]> = [
  // ("2023 q1-q3", "2023 h1", "2023 jan-sep": the year written before its span, which the other forms then read)
  // (not where the span has a year of its own after it: "2022 q1-q3 vs q1-q3 2023")
  [new RegExp(String.raw`\b((?:19|20)\d{2})\s+(q[1-4]\s*[-–]\s*q?[1-4]|${MONTH_ABBR}[a-z]*\.?\s*[-–]\s*${MONTH_ABBR}[a-z]*\.?)`
    + String.raw`(?![\w-])(?!\s*[,/]?\s*'?(?:19|20)?\d{2}\b)`, "gi"), (y, span) => {
      const [a, b] = span!.split(/\s*[-–]\s*/);
      return wrapsYearEnd(span!) ? `${a} ${Number(y) - 1}-${b} ${y}` : `${span} ${y}`;
    }],
  [/\b(?:1\s*[-–]\s*)?(\d{1,2})M\s*'?((?:19|20)?\d{2})\b/g, (n, y) => (Number(n) <= 12 ? `first ${n} months of ${century(y!)}` : undefined)],
  [/\b((?:19|20)\d{2})\s*([HQ])([1-4])\b/gi, (y, k, n) => `${k!.toUpperCase()}${n} ${y}`],
  [/\b([1-4])Q\s*'?(\d{2}|(?:19|20)\d{2})\b/g, (n, y) => `Q${n} ${century(y!)}`],
  [/\b([HQ])([1-4])\s*'(\d{2})\b/gi, (k, n, y) => `${k!.toUpperCase()}${n} 20${y}`],
  [/\bFY\s*'?((?:19|20)?\d{2})\b/gi, (y) => century(y!)],
  // "1h25", "2H 2024": a half of that year
  [/\b([12])H\s*'?(\d{2}|(?:19|20)\d{2})\b/gi, (n, y) => `H${n} ${century(y!)}`],
  // "1-3q 2024", "q1-q3 2024", "1q-3q": the first three quarters
  [/\b(?:q1\s*[-–]\s*q?3|1\s*[-–]\s*3\s*q|1q\s*[-–]\s*3q)\b/gi, () => "first three quarters of"],
  [/\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)([a-z]*)\.?\s*'(\d{2})\b/gi, (m, rest, y) => `${m}${rest} 20${y}`],
  // "jan+feb 2023": the two months together
  [/\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)([a-z]*)\s*\+\s*(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)([a-z]*)\b/gi,
    (a, ra, b, rb) => `${a}${ra}-${b}${rb}`],
  // ("jan feb 2026": two months running, typed with only a space between them before a year, the two together, as
  // customs add up January and February; never two months apart, "jan mar 2026", which may be each)
  [/\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)([a-z]*)\.?\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)([a-z]*)\.?(?=,?\s+(?:19|20)\d{2}\b)/gi,
    // (each a month's whole word: "market april 2026" is no "mar-apr")
    (a, ra, b, rb) => {
      const [m1, m2] = [monthIndex(`${a}${ra}`), monthIndex(`${b}${rb}`)];
      return m1 !== undefined && m2 === m1 + 1 ? `${a}${ra}-${b}${rb}` : undefined;
    }],
];
export function expandPeriodShorthand(question: string): string {
  return SHORTHAND.reduce((t, [re, to]) => t.replace(re, (m, ...g: string[]) => to(...g) ?? m), question);
}

/** Understands a question: entities, filters, flow, measure, period, intent. */
export interface QuestionContext {
  groups?: DefinedGroup[];
  /** Subjects the index stores beyond the table ("solar cells"). */
  findSubjects?: (text: string) => string[];
  /** Words the documents use: never "corrected". */
  words?: ReadonlySet<string>;
  /** Zones and ports the index's facts belong to ("Liangjiang New Area"). */
  findZones?: (text: string) => ZoneMention[];
  /** Cities whose customs district the documents name as a whole province (text/districts.ts). */
  districts?: ReadonlyMap<string, string>;
  /** The cities of a province the documents describe with every given word (text/described.ts). */
  findDescribed?: (described: Description) => string[];
  /** The places whose figures the documents give on a pipeline of this name ("china-myanmar"). */
  findPiped?: (name: string) => string[];
  /** The places whose trains a text names by their service's own name ("Chang'an trains"). */
  findServed?: (text: string) => string[];
  /** The places whose figures the documents give for these goods ("lithium batteries"). */
  findOwners?: (subjects: string[]) => string[];
}

// "Chongqing's Liangjiang New Area", "the X New Area in Chongqing": the place only locates the zone
const LOCATES_ZONE_BEFORE = /^(?:['’]s)?\s*(?:the\s+)?$/i;
const LOCATES_ZONE_AFTER = /^\s*,?\s*(?:in|of)\s+(?:the\s+)?$/i;
const THROUGH_BEFORE = /\b(?:imports?|exports?|shipped|came\s+in|brought\s+in)\s+(?:\w+\s+)?(?:through|thru|via)\s+(?:the\s+)?$/i;
const CUSTOMS_AREA_AFTER = /^\s+customs\s+(?:area|district|region|territory)\b/i;
const ZONE_NAMED_AS_ZONE = /\b(?:zones?|areas?|parks?|ftz|pilot|bonded|new\s+area|district)\b/i;

// "guangzhou 2023", "hefei's jan-oct 2023", "guangzhou full yr 2023": a period written right after its place
// ("dalian customs district jan-may 2017", "qingdao's import growth in jan-apr 2019 … shandong's in 2019": the kind of
// place, and the flow and measure asked, may stand between a place and its period; "quanzhou (h1 2019)": in brackets too)
const PLACE_THEN_PERIOD = new RegExp(String.raw`^(?:['’]s)?\s*\(?\s*(?:(?:customs|city|province|region|port|district|area|zone)\s+){0,2}`
  + String.raw`(?:(?:total|foreign|overall)\s+)?(?:(?:trade|exports?|imports?)\s+)?(?:(?:growth|value)\s+)?`
  + String.raw`(?:(?:in|for|during)\s+)?(?:(?:the\s+)?(?:full|whole)[\s-]+(?:yr|year)\s+(?:of\s+)?)?$`, "i");

const RELATIVE_YEAR = /\blast\s+(?:yr|year)\b/i;

// "export growth in 2024: nantong (full yr) vs kashgar (jan-oct)": each place's months, in the one year named apart
const BARE_FULL_YEAR = /\b(?:full|whole|entire)[\s-]+(?:yr|year)\b/gi;
function placedInYear(text: string, named: PeriodMention[], afterPlace: (p: { start: number }) => boolean, places: number):
  Period[] | undefined {
  const full = [...text.matchAll(BARE_FULL_YEAR)].filter((m) => !named.some((p) => m.index < p.end && m.index + m[0].length > p.start))
    .map((m) => ({ start: m.index, period: { y1: null, m1: 1, y2: null, m2: 12 } as Period }));
  const own = [...named.filter((p) => p.period.y1 === null), ...full].filter(afterPlace).sort((a, b) => a.start - b.start);
  const years = named.filter((p) => p.period.y1 !== null);
  const year = years[0]?.period.y1;
  if (own.length !== places || years.length !== 1 || years.some(afterPlace) || !year || years[0]!.period.y2 !== year) return undefined;
  if (named.some((p) => p.period.y1 === null && !own.some((o) => o.start === p.start))) return undefined;
  return own.map((p) => ({ ...p.period, y1: year, y2: year }));
}

/** A period named inside a source aside that the question already names outside it: the source's, not a new ask. */
function repeatedInAside(text: string, p: PeriodMention, all: PeriodMention[]): boolean {
  const asides = [...text.matchAll(SOURCE_ASIDE)].map((m) => [m.index, m.index + m[0].length] as const);
  const inAside = (m: PeriodMention) => asides.some(([a, b]) => m.start >= a && m.end <= b);
  // ("from 2019 to 2023 (use the 2019 review …)": a range named outside begins or ends with the aside's year)
  const ends = (o: Period) => samePeriod(o, p.period) || (o.y1 === p.period.y1 && o.m1 === p.period.m1)
    || (o.y2 === p.period.y2 && o.m2 === p.period.m2);
  return inAside(p) && all.some((o) => !inAside(o) && ends(o.period));
}

// a remark a question quotes, of four words or more: "'mainly about prices, not volumes'" (never the "'s" of a possessive)
// (its words counted apart: one regex counting them backtracks without end on a long quote left open)
const QUOTED = /(?<=^|[\s(])["“'‘]([^"“”'‘’]*)["”'’](?=\W|$)/g;
const blankRemarks = (text: string) => text.replace(QUOTED, (m, inner: string) =>
  /\w/.test(inner) && inner.trim().split(/\s+/).length >= 4 ? " ".repeat(m.length) : m);

// ("how much n did they grow", "fruit n veg", "central n western": a lone lower-case "n" between two words is "and",
// as typed in a chat; never "top n", a count left open)
const TYPED_N = /(?<=[A-Za-z0-9][?,]?\s+)(?<!\b[Tt]op\s+)n(?=\s+[A-Za-z])/g;

// "(wigs etc)", "(e.g. wigs)", "(such as wigs)": examples in brackets, blanked (same length) where the goods before
// them are asked
const EXAMPLES_IN_BRACKETS = new RegExp(String.raw`\(\s*(?:(?:e\.?\s?g\.?|such\s+as|incl(?:\.|uding)?|like)\s+[^()]*|`
  + String.raw`[^()]*?\s*(?:etc\.?|and\s+so\s+on|and\s+the\s+like))\s*\)`, "gi");
export const blankExamples = (text: string) => text.replace(EXAMPLES_IN_BRACKETS, (m) => " ".repeat(m.length));

export function parseQuestion(question: string, context: QuestionContext = {}): QuestionFrame {
  const groups = context.groups ?? [];
  const findIndexSubjects = context.findSubjects ?? (() => []);
  // people type "the us" in lower case; in a question after these words it is the country
  // ("how much n how fast", "exports n imports": "n" typed for "and"; "mechanical & electrical": "&" typed for it)
  // ("trade w taiwan": a bare "w" after a flow is "with" too)
  // ("cargo thruput": the chat spelling of throughput)
  // ("rank brazil, peru and chile": a country named like a word, typed in lower case among other countries)
  const typed = namingListedCountries(question).replace(/\bthru-?put\b/gi, "throughput").replace(/\bw\/\s*/gi, "with ").replace(/(?<=\b(?:trade|trading|traded|exports?|imports?)\s+)w(?=\s+[a-z])/gi, "with").replace(/\s+&\s+/g, " and ").replace(TYPED_N, "and");
  // ("shipments abroad y/y": the everyday words people type, in the words read below)
  const text = hyphenedUs(namingCapitals(plainWording(correctSpelling(expandPeriodShorthand(namingNicknames(joinedRouteNames(typed))),
    context.words)))
    .replace(/\b(the|with|to|and|vs\.?|versus|or)\s+us\b/gi, "$1 US")
    // "rank asean, us, eu and hong kong", "rank asean, eu, us by value": "us" as an item of a comma list is the country
    // ("asean, eu, us - ranked", "(asean, eu, us)": so is the list's last item before a dash or a bracket)
    .replace(/(?<=,\s*)us(?=\s*(?:,|&|\band\b|\bor\b|\bw(?:ith|\/)|\bby\b|\bin\b|\?|$|\s[-–—]\s|\)))/gi, "US")
    // ("rank us, asean and eu", "2023: us, eu and japan by trade"): and the first item of a list a ranking opens
    .replace(LIST_OPENING_US, "US"), groups);
  const filterMatch = FILTER.exec(text);
  const asksWhich = /\b(?:which|list|rank|name|fastest|slowest|highest|lowest|largest|top)\b/i.test(text);
  let filter: string | undefined;
  // ("from the china daily table": a newspaper or agency named after the country names no place asked)
  let masked = text.replace(OUTLET_NAMED, (m) => " ".repeat(m.length));
  if (filterMatch && asksWhich) {
    const word = filterMatch[1]!.toLowerCase().replace(/\s+/g, " ");
    filter = word === "central and western" ? "central-western" : word === "northeast" ? "northeastern" : word;
    masked = text.slice(0, filterMatch.index) + " ".repeat(filterMatch[0].length) + text.slice(filterMatch.index + filterMatch[0].length);
  }
  // "that zhejiang island city": the one city of the province the documents describe so is the place asked about
  const description = describedCity(masked);
  const fitting = description && context.findDescribed?.(description);
  const described = description && fitting?.length ? fitting : undefined;
  if (description && described) {
    masked = masked.slice(0, description.start) + " ".repeat(description.end - description.start) + masked.slice(description.end);
  }
  const mentions = withSharedHead(findEntities(masked, groups), masked);
  const entities: string[] = [];
  const partners: string[] = [];
  let prevPartner: (typeof mentions)[number] | undefined;
  let ownerAfterPartners: string | undefined;
  let district = false;
  // the places that only name the document a figure is in ("in the hangzhou report")
  const sourcePlaces: string[] = [];
  // the places set aside, with the words that set them aside ("not just wuhan"): nothing a sentence has to say
  const setAside: Array<[number, number]> = [];
  // (and those of them the names asked are the others of: "besides wuhan, which …", "(not wuhan)")
  const excluded: string[] = [];
  // ("frozen shrimp imports (mostly ecuador)": where most of the goods came from describes them; no partner is asked)
  const sources = mentions.filter((m) => m.kind === "partner" && MOSTLY_FROM.test(masked.slice(0, m.start)));
  for (const m of mentions) {
    if (sources.includes(m)) continue;
    const besides = BESIDES_PLACE.exec(masked.slice(0, m.start));
    const othersAsked = besides && (ASKS_WHICH.test(masked) || /^\s*,?\s*which\b/i.test(masked.slice(m.end)))
      ? besides : null;
    const bracketed = BRACKET_ASIDE.exec(masked.slice(0, m.start));
    if ((bracketed ?? othersAsked) && (m.kind === "city" || m.kind === "province")) excluded.push(m.id);
    const aside = m.kind === "city" || m.kind === "province"
      ? SET_ASIDE_PLACE.exec(masked.slice(0, m.start)) ?? bracketed ?? othersAsked : null;
    // (the place asked too: only the words before it are none a sentence has to say)
    if (aside && ASKED_AS_WELL.test(masked.slice(m.end))) setAside.push([aside.index, m.start]);
    else if (aside) { setAside.push([aside.index, m.end]); continue; }
    // "qingdao customs district" where a document writes "Shandong Province (Qingdao Customs District)": the province
    const districtOf = m.kind === "city" && namesDistrict(masked, m) ? context.districts?.get(m.id) : undefined;
    if (districtOf) { if (!entities.includes(districtOf)) entities.push(districtOf); prevPartner = undefined; district = true; continue; }
    const kind = m.kind;
    // ("china-europe trains through erenhot": the route's name, not China as the place asked about)
    // (so is "chang'an china-europe trains", a service's own name before the route's: the country's are "how many
    // china-europe trains")
    const pair = m.id === "china" && masked[m.end] === "-" ? mentions.find((p) => p.kind === "partner" && p.start === m.end + 1)
      : undefined;
    const named = /([a-z'’]+)\s+$/i.exec(masked.slice(0, m.start))?.[1]?.toLowerCase();
    // ("how many china-europe trips did the chang'an trains make": a service named elsewhere in the question too)
    const service = pair && endsRouteName(masked, pair) && ((named !== undefined && !NOT_A_NAME.has(named))
      || context.findServed?.(masked).length === 1);
    if (pair && (mentions.some((p) => p.kind === "province" || p.kind === "city") || service)) continue;
    // ("harbin-europe trains", "china-central asia freight trains": where the trains run, no partner of trade)
    if (m.kind === "partner" && endsRouteName(masked, m)) { prevPartner = undefined; continue; }
    // ("RCEP certificates of origin", "RCEP tariffs": a document or rule named after a bloc, no partner of trade)
    if (m.kind === "partner" && namesDocument(masked, m)) { prevPartner = undefined; continue; }
    // ("… in the hangzhou story", "from the ningbo report": a place that names the document a figure is in, no side)
    if (NAMES_SOURCE.test(masked.slice(0, m.start)) && SOURCE_NOUN.test(masked.slice(m.end))) {
      if ((kind === "province" || kind === "city") && !sourcePlaces.includes(m.id)) sourcePlaces.push(m.id);
      prevPartner = undefined;
      continue;
    }
    // ("which partner's trade with Hebei fell most": the place whose partners are asked is the owner)
    // ("compare Hunan's Q1 trade with Hubei's": the place compared with is a side, not a partner)
    const ownsAskedPartners = (kind === "province" || kind === "city")
      && (ASKS_WHICH_PARTNER.test(masked.slice(0, m.start)) || /^\W*compar/i.test(masked));
    const before = mentions[mentions.indexOf(m) - 1];
    // ("exports from Xining": goods a place at home sends out are its own exports; "imports from Hong Kong" stay a
    // partner's)
    const sentFromHome = EXPORTS_FROM.test(masked.slice(0, m.start))
      && (kind === "city" || (kind === "province" && place(m.id)?.region !== undefined));
    const tradeWith = kind !== "region" && kind !== "group" && kind !== "country" && !ownsAskedPartners && !sentFromHome
      && (TRADE_WITH_BEFORE.test(masked.slice(0, m.start)) || (before !== undefined && hyphenedPartner(masked, before, m)));
    // "exports to Hong Kong, Taiwan and Korea": every item of a list of partners is one
    const placeKind = kind === "province" || kind === "city";
    const next = mentions[mentions.indexOf(m) + 1];
    const opensList = placeKind && !m.possessive && (NAMED_AS_PARTNERS.test(masked.slice(0, m.start))
      || (kind === "province" && !place(m.id)?.region && next?.kind === "partner" && JOINS_LIST.test(masked.slice(m.end, next.start))));
    const listed = opensList || (prevPartner && placeKind && JOINS_LIST.test(masked.slice(prevPartner.end, m.start)));
    if (tradeWith && !listed && kind !== "partner") ownerAfterPartners = m.id;
    if (kind === "partner" || tradeWith || listed) { if (!partners.includes(m.id)) partners.push(m.id); prevPartner = m; }
    else { if (!entities.includes(m.id)) entities.push(m.id); prevPartner = undefined; }
  }
  // ("X's place among the central six", "X's rank among the six central provinces": the region it is ranked within)
  const fieldMention = fieldOfRank(masked, mentions, entities);
  if (fieldMention) entities.splice(entities.indexOf(fieldMention), 1);
  // ("X's rank among the western provinces": the region word read as a filter names the field too)
  const filterField = filterMatch && filter && AMONG_BEFORE.test(text.slice(0, filterMatch.index)) && RANK_WORD.test(text)
    && entities.some((e) => e !== "china") ? place(`region:${filter}`)?.id : undefined;
  const rankField = fieldMention ? regionOfField(fieldMention, mentions) : filterField;
  // ("xiamen's cross-strait trade": a mainland place's trade across the Taiwan Strait is its trade with Taiwan)
  if (CROSS_STRAIT.test(masked) && !OTHER_STRAIT.test(masked) && !partners.length && !entities.includes("taiwan")) {
    partners.push("taiwan");
  }
  if (described?.length === 1) entities.unshift(described[0]!);
  // a zone the index knows is the place asked about; a place that only locates it is not a second one
  const zones = context.findZones?.(text) ?? [];
  const locates = (m: { start: number; end: number }, z: ZoneMention) => (m.end <= z.start && LOCATES_ZONE_BEFORE.test(text.slice(m.end, z.start)))
    || (m.start >= z.end && LOCATES_ZONE_AFTER.test(text.slice(z.end, m.start))) || (m.start < z.end && m.end > z.start);
  for (const z of zones.reverse()) {
    // ("tangshan LNG imports thru caofeidian": a zone's bare name after "through" beside the place asked about is the way
    // the goods came, a terminal there, not a place asked about)
    // (goods named: "hainan imports through yangpu" with no goods asks the zone's imports, not the place's)
    const before = text.slice(0, z.start);
    if (entities.some((e) => e !== "china") && THROUGH_BEFORE.test(before)
      && !ZONE_NAMED_AS_ZONE.test(text.slice(z.start, z.end))
      && (subjectNames(before).length > 0 || findIndexSubjects(before).length > 0)) continue;
    // ("the hebei ftz vs hebei overall": a place named again on its own is still asked about)
    const locating = mentions.filter((m) => locates(m, z) && !mentions.some((o) => o.id === m.id && !zones.some((y) => locates(o, y))));
    for (const m of locating) if (entities.includes(m.id)) entities.splice(entities.indexOf(m.id), 1);
    if (!entities.includes(z.id)) entities.unshift(z.id);
  }
  // "the X bonded zone's trade and its share of Hebei's total": the place is the zone's share's whole, not a side
  if (zones.length) {
    for (const whole of wholesOfShares(text)) {
      if (entities.length > 1 && entities.includes(whole)) entities.splice(entities.indexOf(whole), 1);
    }
  }
  // "rank thailand, malaysia and vietnam by their trade with guangxi": the province after the partners owns that trade
  const ownerless = !entities.some((e) => e !== "china");
  if (ownerAfterPartners && partners.at(-1) === ownerAfterPartners && partners.length >= 2 && ownerless) {
    partners.pop();
    entities.splice(0, entities.length, ownerAfterPartners);
  }
  // ("crude through the china-myanmar pipeline" naming no place: the goods are the imports of the one place whose
  // figures the documents give on that pipeline; China is only half of its name)
  const pipes = namedPipelines(masked);
  const onPipe = (m: { start: number; end: number }) => pipes.some((p) => m.end > p.start && m.start < p.end);
  const nationNamed = mentions.some((m) => m.id === "china" && !onPipe(m));
  const piped = pipes.length === 1 && !nationNamed && entities.every((e) => e === "china")
    ? context.findPiped?.(pipes[0]!.name) : undefined;
  if (piped?.length === 1) entities.splice(0, entities.length, piped[0]!);
  // ("what was trade in 2030 in the hangzhou report?" naming no other place: the report's place is the one asked about)
  if (!entities.length && sourcePlaces.length === 1) entities.push(sourcePlaces[0]!);
  // ("how many chang'an trains ran …" naming no place: the one place whose counted trains go by that service's name)
  const served = entities.length ? undefined : context.findServed?.(masked);
  if (served?.length === 1) entities.push(served[0]!);
  // trade between China and a partner is stored as China's trade with that partner
  if (partners.length && !entities.some((e) => e !== "china")) {
    if (!entities.includes("china")) entities.push("china");
  }
  // ("which Hunan city grew fastest": one city asked for is a ranking of the province's cities too)
  // ("how many countries and regions": partners, not Chinese regions)
  // ("provincial-level regions", "provincial regions": the provinces, never the east, centre and west)
  const kindWord = (PROVINCIAL_REGIONS.test(text) ? "provinces" : undefined)
    ?? /\b(provinces?|(?<!countries\s+and\s+)regions?|cities)\b/i.exec(text)?.[1]?.toLowerCase()
    ?? (/\b(?:which|what)\s+(?:[\w'’-]+\s+){0,2}city\b/i.test(text) || TOP_CITY.test(text) ? "cities" : undefined);
  const subjectKind = kindWord?.startsWith("province") ? "province" : kindWord?.startsWith("cit") ? "city" : kindWord ? "region" : undefined;
  const metricWords = findMetricWords(text);
  // "rank Hebei's trading partners by export value": the partners are what is ranked, the flow is the figure (a count
  // of partners, "how many trading partners", stays one)
  const flowOfPartners = !/\bhow many\b|\bnumber of\b/i.test(text) && metricWords.find((m) => m.metric !== "trade" && m.metric !== "partners");
  // "how many countries and regions did it trade with": a count of partners
  const countsPartners = /\bhow many\s+(?:countries|economies|markets|(?:trading\s+)?partners)\b/i.test(text);
  const metric = countsPartners ? "partners"
    : (flowOfPartners || metricWords.find((m) => m.metric !== "trade"))?.metric ?? metricWords[0]?.metric
    // ("pv shipments in GW": goods shipped abroad, the exports a text counts them in; not parcels of e-commerce)
    ?? (GOODS_SHIPMENTS.test(text) && !SHIPMENTS_IN.test(text) ? "exports" : undefined);
  // no anchor date: "January" alone matches January of any year
  // a question's "on May 2021" is a period it asks about, not a base to set aside
  // ("last year according to the jan 2014 customs release": the source's date is when "last year" is counted from)
  // ("how many teu last yr (jan 2019 yangluo article)": a dated source in brackets, when a year is asked relative to it)
  const named = DATED_SOURCE.exec(text) ?? (RELATIVE_TO_SOURCE.test(text) ? DATED_ASIDE.exec(text) : null);
  const namedDate = named ? findPeriods(named[0])[0]?.period : undefined;
  const unnamed = named ? text.replace(named[0], (m) => " ".repeat(m.length)) : text;
  // ("rank the cities in the h1 2021 bulletin": a source named by the months it covers, when the question names no
  // other period, gives the period asked; a year or a month may be when it came out)
  const covers = namedDate && namedDate.m2 > namedDate.m1 && !(namedDate.m1 === 1 && namedDate.m2 === 12)
    && !findPeriods(unnamed).length;
  const source = covers ? null : named;
  const sourceDate = covers ? undefined : namedDate;
  const unsourced = source ? unnamed : text;
  // ("q1 2017 trade? derivable from the q1-q3 article": a source named by its span alone names no period asked, when the
  // question names one outside it)
  // ("from the q1-q3 article" reads as a base to the period reader: its span is read with bases kept)
  const sourceSpan = source && !sourceDate ? findPeriods(source[0], {}, { keepBases: true })[0]?.period : sourceDate;
  const spanOnly = sourceSpan && sourceSpan.y2 === null && findPeriods(unsourced).length > 0;
  const periodMentions = acrossYearEnd(text, (sourceDate?.y2 ? findPeriods(unsourced.replace(/\b(last|this)\s+yr\b/gi, "$1 year"),
    { docYear: sourceDate.y2, docMonth: sourceDate.m2 }, { keepBases: true })
    : findPeriods(spanOnly ? unsourced : text, {}, { keepBases: true }))
    .filter((p, _, all) => !repeatedInAside(text, p, all)));
  // "tibet 2012 vs xinjiang h1 2012", "rank zhejiang 2020, hangzhou 2021, quanzhou 2022": each place with its own
  // period, kept even where one year repeats
  const afterPlace = (p: { start: number }) => mentions.some((m) => p.start >= m.end && PLACE_THEN_PERIOD.test(text.slice(m.end, p.start)));
  const inYear = entities.length >= 2 ? placedInYear(text, periodMentions, afterPlace, entities.length) : undefined;
  const placed = inYear !== undefined || (entities.length >= 2 && periodMentions.length === entities.length
    && periodMentions.every(afterPlace));
  const read = inYear ?? yearsApart(text, placed ? periodMentions.map((p) => p.period)
    : spreadOverYears(...withFullYears(text, periodMentions)));
  // ("h1 2021: how much did trade change vs 2019": the year is the base of the change, not a second period)
  const based = CHANGE_ON_YEAR.exec(text);
  // (over the year before it is a change a year on, asked as any other: "how many pts did it change vs 2012" of 2013)
  const baseYear = based && read.length === 2 && read.some((p) => p.y1 !== null && p.y1 > Number(based[1]) + 1)
    ? Number(based[1]) : undefined;
  // ("q2 value and growth vs q1": the quarter before the one asked, which the change is over, is no second period)
  const quarterBase = QUARTER_BEFORE_ASKED.exec(text);
  const inBase = quarterBase ? periodMentions.find((p) => p.start >= quarterBase.index
    && p.end <= quarterBase.index + quarterBase[0].length)?.period : undefined;
  // (a quarter named with no year takes the year of the one asked)
  const overQuarter = inBase && read.find((p) => p.m1 === inBase.m1 && p.m2 === inBase.m2
    && (inBase.y1 === null || inBase.y1 === p.y1) && read.some((q) => quarterAfter(p, q)));
  const periods = samePeriodOf(text, baseYear ? read.filter((p) => !(p.y1 === baseYear && p.y2 === baseYear && p.m1 === 1 && p.m2 === 12))
    : overQuarter ? read.filter((p) => p !== overQuarter) : read);
  // ("X's imports in 2023 vs the Y zone's in 2019": with a period each, places in the order the question names them,
  // each beside its period; a zone otherwise stands first)
  const firstAt = (id: string) => Math.min(...[...mentions, ...zones].filter((m) => m.id === id).map((m) => m.start));
  if (zones.length && periods.length >= 2 && entities.length >= 2 && entities.every((e) => Number.isFinite(firstAt(e)))) {
    entities.sort((a, b) => firstAt(a) - firstAt(b));
  }
  const numbers = findNumbers(text);
  const threshold = /\b(?:more than|over|above|at least|exceed(?:ing|ed)?)\s+(\d+(?:\.\d+)?)\s*(?:%|percent)/i.exec(text);
  const digits = digitsBound(text);
  // ("gyirong port trade": the words of a zone the index knows name the zone, never goods the documents list by them)
  const zoneless = zones.reduce((t, z) => t.slice(0, z.start) + " ".repeat(z.end - z.start) + t.slice(z.end), text);
  // ("car exports …, how many vehicles?": one goods named twice, by two of its names, is one subject, no two compared)
  // ("private firms' share" with "private and other enterprises" stored: words the built-in subjects read are theirs,
  // not a stored subject's part; one the rest of the question names too is kept, "private and other enterprises")
  const builtIn = findSubjects(zoneless);
  const rest = builtIn.reduce((t, b) => t.slice(0, b.start) + " ".repeat(b.end - b.start) + t.slice(b.end), zoneless);
  const outside = new Set(findIndexSubjects(rest));
  const onlyInside = new Set(builtIn.flatMap((b) => findIndexSubjects(zoneless.slice(b.start, b.end))));
  const readAll = (t: string, z: string) => [...new Set([...subjectNames(t), ...findIndexSubjects(z)
    .filter((x) => outside.has(x) || !onlyInside.has(x))])];
  // ("hair product exports (wigs etc)": goods in brackets as examples of the goods named before them are no second ask;
  // alone, "exports (wigs etc)", they are the goods asked)
  const unexampled = readAll(blankExamples(text), blankExamples(zoneless));
  const readSubjects = unexampled.length ? unexampled : readAll(text, zoneless);
  // ("seafood processing trade": goods named right before a trade mode say which of the mode's trade, no second ask;
  // the mode's figure is the one asked, its sentence naming the goods)
  const modeGoods = new Set(builtIn.filter((b) => b.kind === "mode")
    // (right before it, no joining word between: "seafood and processing trade" asks both)
    .flatMap((b) => findIndexSubjects(/(?:(?!(?:and|or|vs|versus)\s)[a-z-]+\s+){0,2}$/i.exec(zoneless.slice(0, b.start))?.[0] ?? ""))
    .filter((x) => !SUBJECTS.some((y) => y.name === x)));
  const subjects = [...new Set(readSubjects.map((x) => pairPartApart(x, readSubjects)))]
    .filter((x, i, all) => !all.slice(0, i).some((y) => sameGoods(x, y)))
    .filter((x) => !modeGoods.has(x));
  // ("lithium battery exports jan-may 2025" naming no place, zone nor partner: the one place whose figures the documents
  // give for those goods; none when China's are given too)
  // (never goods only a quoted remark names: "who said the slide was 'about prices, not volumes'?" asks no volumes' place)
  const said = blankRemarks(zoneless);
  const unquoted = new Set([...subjectNames(said), ...findIndexSubjects(said)]);
  const owned = subjects.filter((x) => unquoted.has(x));
  // (never for a place asked that no gazetteer knows: "X county tyre exports" are not its city's)
  const unknownPlace = !entities.length && !partners.length && !zones.length && namesUnknownPlace(text);
  const owners = entities.length || partners.length || zones.length || !owned.length || unknownPlace ? undefined
    : context.findOwners?.(owned);
  if (owners?.length === 1) entities.push(owners[0]!);
  const partial = {
    text, entities, partners, subjects, ...(excluded.length && { excluded }), ...(filter && { filter }), ...(subjectKind && { subjectKind }), ...(metric && { metric }),
    measures: byVolume(text, subjects, measuresOf(text)), periods, ...(placed && { periodsByPlace: true }), numbers,
    ascending: rankAscending(text),
    ...(threshold && { threshold: Number(threshold[1]) }), ...(digits && digits > 0 && { threshold: digits }),
    ...(digits && digits < 0 && { ceiling: digits }),
    ...(baseYear && periods.length === 1 && { baseYear }), ...(rankField && { rankField }),
  } as Omit<QuestionFrame, "intent" | "terms" | "asksFigure">;
  // (the base's "vs" sets no two sides against each other)
  const intent = intentOf(partial.baseYear ? text.replace(based![0], (m) => " ".repeat(m.length))
    : overQuarter ? text.replace(quarterBase![0], (m) => " ".repeat(m.length)) : text, partial);
  const mostly = sources[0] && MOSTLY_FROM.exec(masked.slice(0, sources[0].start))![1]!.toLowerCase();
  const covered = new Set<string>(mostly ? [mostly] : []);
  for (const m of [...mentions, ...zones]) {
    for (const w of text.slice(m.start, m.end).toLowerCase().split(/[^a-z0-9'’]+/)) covered.add(w.replace(/['’]s$/, ""));
    for (const w of text.slice(m.start, m.end).toLowerCase().split(/[^a-z0-9]+/)) covered.add(w);
    // ("the north-east region's share": a hyphened word of a place's name is the place, as typed too)
    for (const w of text.slice(m.start, m.end).toLowerCase().split(/[^a-z0-9-]+/)) covered.add(w);
  }
  // ("actual use of foreign capital", "FDI actually utilized": the words only name the flow of investment)
  // ("how many did it ship to Chile": the verb only names exporting, which a sentence may say as "exported")
  for (const m of findMetricWords(text).filter((w) => w.metric === "investment" || SHIP_VERB.test(text.slice(w.start, w.end)))) {
    for (const w of text.slice(m.start, m.end).toLowerCase().split(/[^a-z0-9]+/)) covered.add(w);
  }
  // ("result vs target?", "actual against the goal": beside a target, the outcome's words say which figure, not what of)
  if (TARGET_NAMED.test(text)) for (const w of OUTCOME_WORDS) covered.add(w);
  // ("rank EVs, li-ion batteries and SOEs": the short forms of a subject's name are the subject, no words to find beside it)
  const shortForms = [...findSubjects(text).map((m) => [m.name, text.slice(m.start, m.end)] as const),
    // (goods that only say which of a mode's trade stay words its sentence must hold: "seafood processing trade")
    ...shortFormsIn(text).filter((f) => findIndexSubjects(f).some((x) => !modeGoods.has(x))).map((f) => ["", f] as const)];
  for (const [name, said] of shortForms) {
    const own = new Set(name.toLowerCase().split(/[^a-z]+/));
    for (const w of said.toLowerCase().split(/\s+/).flatMap((x) => [x, ...x.split(/[^a-z0-9]+/)])) if (!own.has(w)) covered.add(w);
  }
  // ("how much went thru the X bonded zone": the words leading to a zone only say it is the zone's trade)
  for (const z of zones) for (const w of ZONE_ROUTE.exec(text.slice(0, z.start))?.[0].toLowerCase().match(/[a-z]+/g) ?? []) covered.add(w);
  // ("qingdao customs district" standing for its province: the words only name the place)
  if (district) for (const w of ["customs", "district"]) covered.add(w);
  // ("shantou customs area's partners", "the X customs region's trade": a place's customs area is the place, its words
  // only name it)
  for (const m of mentions) {
    const area = CUSTOMS_AREA_AFTER.exec(text.slice(m.end));
    if (area && (m.kind === "city" || m.kind === "province")) for (const w of area[0].toLowerCase().match(/[a-z]+/g)!) covered.add(w);
  }
  // ("exports last yr (2018)": the year is named, "last" only says it was the latest; no word a sentence has to use)
  if (periods.length && RELATIVE_YEAR.test(text)) covered.add("last");
  // ("that zhejiang island city": the words describe the place, they are not asked about)
  if (description && described) for (const w of text.slice(description.start, description.end).toLowerCase().split(/\W+/)) covered.add(w);
  // ("the chang'an train": a name with an apostrophe is one word; "guangdong's" is "guangdong")
  // ("rank the 3 areas of the X pilot FTZ": the zone's words say what is ranked, its areas, whose figures are their cities';
  // "order them by growth": a ranking's words)
  // ("from the china daily table": the outlet only says where the figures were read)
  for (const m of text.matchAll(OUTLET_NAMED)) for (const w of m[0].toLowerCase().split(/\s+/)) covered.add(w);
  const zoneAreas = ZONE_AREAS.test(text);
  const ranking = ORDER_BY.test(text);
  const kept = setAside.reduce((t, [a, b]) => t.slice(0, a) + " ".repeat(b - a) + t.slice(b), text);
  const terms = (askedText(kept).replace(INCLUDED_NOTE, " ").toLowerCase().match(/[a-z][a-z0-9-]+(?:['’][a-z]+)?/g) ?? []).map((w) => w.replace(/['’]s$/, ""))
    .filter((w) => !STOP.has(w) && !covered.has(w) && !DOMAIN_WORDS.includes(w) && w.length > 2)
    .filter((w) => !(zoneAreas && ZONE_WORDS.has(w)) && !(ranking && /^(?:order|sort)(?:ed)?$/.test(w)))
    // ("X's place among …": the word asks a rank, which a sentence says as "ranked")
    .filter((w) => !(intent === "rank_position" && /^plac(?:e|ed|ing)$/.test(w)));
  // a figure question names a quantity, a computation or a number; "what did customs do about exports" does not
  // "fujian foreign trade in q1 2024?" names a place, a flow and a period: it asks for the figures
  // ("ningbo exports?" too: a place and a flow and nothing else asked is a figure, of whatever period is stated)
  // ("X cross-border ecommerce parcels for all of 2022?": a bare phrase of a counted thing is terse however long)
  // (words that only pad the period do not count: "X cross-border ecommerce in 2025 as a whole?" is as terse as without
  // them, and asks its figures, never passages of other places and years)
  // (a period typed with a hyphen is one word, counted as typed, and so is the trade mode: "cross-border e-commerce in
  // q1-q3 2025" is as terse as "ecommerce in 2025", whatever words the shorthand is read as)
  const terse = (typed.replace(PERIOD_PADDING, " ").replace(/\bcross[- ]border\s+e-?commerce\b/gi, "ecommerce")
    .replace(/(?<=\d)-(?=[a-z]*\d)/gi, "").replace(/[^a-z0-9' ]/gi, " ").trim().split(/\s+/).length <= 6
    || (!ASKING_WORD.test(text) && COUNTED_NOUN.test(text))) && !EXPLAIN_START.test(text);
  // ("guizhou cross-border ecommerce q3 2021?": a trade mode named tersely is its figures, as a flow is)
  const asksFigure = partial.measures.length > 0 || intent !== "lookup" || numbers.length > 0
    || (SPEND_PER.test(text) && entities.length > 0)
    || ((Boolean(metric) || (subjects.length > 0 && terse)) && (entities.length > 0 || partners.length > 0 || unknownPlace)
      && (periods.length > 0 || terse));
  return { ...partial, intent, terms, asksFigure, ...(described && described.length > 1 && { describedPlaces: described }) };
}

const SHIP_VERB = /^(?:ship|ships|shipped|shipping)$/i;
// "avg spend per shopper", "average spending per visitor": money spent over the people counted (plans/read.ts)
export const SPEND_PER = new RegExp(String.raw`\b(?:spend(?:ing)?|purchases?|sales|outlay)\s+per\s+`
  + String.raw`(shopper|customer|visitor|buyer|tourist|passenger|traveller|traveler)\b`, "i");

// "a year earlier", "the year before", "then" (after a stated change): the question asks for the earlier level
export const ASKS_EARLIER =
  /\b(?:a year (?:earlier|before|ago)|the (?:year|period) before|(?:the )?previous year|prior year|then)\b/i;
// ("what does it imply", "judging by its growth": a figure worked out from others)
const WORKING_BACK = String.raw`\bimpl(?:y|ies|ied)\b|\bgiven\b|\bgoing by\b|\bjudging by\b|\bbased on\b`;
// (and "so what was the total?", which reads on from figures the question gives)
export const REASONS = new RegExp(String.raw`${WORKING_BACK}|\bso\b`, "i");
/**
 * The question itself works back from a later figure: it states the change ("fell 3.2% to …"), asks what one implies,
 * or asks "a year earlier". Without that, a level asked of one period is that period's as stated, never worked back
 * (nor by a bare "so": "thanks so much" reasons from nothing).
 */
export const worksBack = (text: string): boolean =>
  /\d\s*(?:%|percent\b|pct\b|pts?\b|points?\b)/i.test(text) || new RegExp(WORKING_BACK, "i").test(text)
  || ASKS_EARLIER.test(text);
