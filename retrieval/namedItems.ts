import { findEntities } from "../text/entities.js";
import { findSubjects, memberOfGroup, SUBJECTS } from "../text/subjects.js";
import { columnEnumerations, findEnumerations, subRowEnumerations, type Enumeration } from "../text/enumerations.js";
import type { CorpusDocument } from "../corpus/types.js";
import type { Fact } from "../text/terms.js";
import { contentWords, inParagraphAfter, words, type EvidenceSentence } from "./evidence.js";
import { PERIOD_FIRST, ZONE_AREAS, type QuestionFrame } from "./figures/query.js";
import { stem } from "./figures/select.js";
import { overlaps, samePeriod } from "../text/periods.js";
import { MUNICIPALITIES, place } from "../text/places.js";
import { splitSentences, type Span } from "../corpus/sentences.js";
import { followedByLists } from "../facts/lists.js";
import { listGoesOn } from "./listGoesOn.js";

/**
 * Questions that ask which things of a kind a text names ("which areas does the zone cover", "what goods do
 * the return trains bring back", "which carmakers moved capacity to the city", "besides crude oil, what else
 * did it import"), answered with the items of the enumeration (text/enumerations.ts) that best fits the
 * question's kind and context words, its sentence quoted and cited. No fitting enumeration, no answer.
 */

export interface AskedItems {
  /** The noun that says what the items are ("bonded zones", "farm products"), if the question names one. */
  noun?: string;
  /** The term whose members are asked ("'new three'"), when the question quotes one. */
  term?: string;
  /** The question without what it sets aside ("besides crude oil, …"): what evidence is read for. */
  question: string;
  /** What the question sets aside ("crude oil" of "besides crude oil, …"), if it sets something aside. */
  besides?: string;
  /** Names only, never a figure: "what does X mainly import?", "what grain did X import?". */
  namesOnly?: true;
  /** "from" when the places goods came from are asked ("where did X get its ore from"). */
  direction?: "from";
}

// a number, a share, a single thing or a time is not a list
const NOT_ITEMS = new RegExp(String.raw`\b(?:how (?:much|many|fast|big)|` +
  String.raw`what (?:share|percent(?:age)?|proportion|value|volume|amount|total|growth|rate)|` +
  String.raw`(?:which|what) (?:year|month|quarter|period|day|date|time|one))\b`, "i");
const BESIDES = /^\s*(?:besides|apart from|other than|in addition to|except for)\s+([^,]{2,60}),\s*/i;
// "which bonded zones are …", "what emerging markets did …", "which carmakers brought …": up to four words, the last
// plural
// (never an auxiliary: "what were Ningbo's exports of furniture" asks for a figure)
const AUXILIARY = "is|are|was|were|do|does|did|has|have|had|will|would|can|could|should";
// ("which cities' trains passed through …": a plural's possessive asks for the things it names)
// (after a lead that names the place and period, "kashgar 2024 - which ports …", "X 2025: to which regions …")
// ("in jan-may 2031, which ports …": a period put first, before a comma)
const LEAD = String.raw`^(?:[^?:;]*?(?::|;|\s[-–—])\s+|${PERIOD_FIRST})?`
  // ("thru which ports …": "through" as questions spell it short)
  + String.raw`\s*(?:(?:to|from|in|into|with|for|at|through|thru|via|by)\s+)?`;
const WHICH_NOUN = new RegExp(String.raw`${LEAD}(?:which|what)\s+(?!(?:${AUXILIARY})\b)((?:[\w-]+\s+){0,3}?[\w-]*s)\b(?!['’]\S)`, "i");
// "main exports through the port to Laos?", "main export goods through …": a bare plural of goods a place trades most
// asks for its items
// ("what were X's main export goods in 2007?": the same, asked with its place)
// ("suzhou 2006 main high-tech export items?", "main markets for X's farm exports?": after the place and year, up to two
// words of what kind, and the markets they went to)
// ("X cluster - main export markets in 2019?": after a lead that names the place, as LEAD)
// ("X duty-free 2011: best selling categories?": the kinds of goods that sold most)
// ("X's largest arab partners 2025?", "who were the biggest buyers of X's bags?": those who traded most, named by a
// list)
const MAIN_GOODS = new RegExp(String.raw`^(?:[^?:;]*?(?::|;|\s[-–—])\s+)?\s*(?:(?:what|who)\s+(?:were|are|was|`
  + String.raw`is)\s+)?(?:the\s+)?(?:[\w-]+(?:['’]s?)?\s+)?(?:(?:in\s+)?(?:19|20)\d\d\s+)?(?:main|top|major|key|chief|`
  + String.raw`leading|principal|biggest|largest|best[- ]selling)\s+((?:[\w-]+\s+){0,2}?(?:exports|imports|goods|`
  + String.raw`products|commodities|items|markets|destinations|categories|partners|buyers|customers|suppliers))\b`, "i");
// "iron ore came from which countries?", "exports went to which markets?": the kind asked last, after its preposition
const WHICH_LAST = /\b(?:from|to|in|into|with|through|thru|via|by)\s+(?:which|what)\s+((?:[\w-]+\s+){0,2}?[\w-]*s)\s*\??\s*$/i;
// "X farm exports that got the most out of RCEP?": a kind with what is said of its items, asked without a question word
const BARE_KIND =
  new RegExp(String.raw`${LEAD}((?:[\w'’-]+\s+){1,4}?[\w-]*s)\s+(?:that|which)\s+(?!(?:${AUXILIARY})\b)`, "i");
// "list X's main foreign trade targets for 2026", "name the key tasks": an imperative that asks for the points of a
// plan (other kinds so asked may want figures: "list the regions whose trade grew …")
const LIST_ASKED = new RegExp(String.raw`${LEAD}(?:list|name)\s+(?:(?:the|all)\s+)?(?:[\w-]+['’]s?\s+)?`
  + String.raw`(?:(?:main|key|major|top|chief|principal)\s+)?((?:[\w-]+\s+){0,3}?(?:targets|goals|tasks|priorities|`
  + String.raw`objectives))\b(?!['’]\S)`, "i");
const QUESTION_WORD = /\b(?:what|which|who|whom|whose|where|when|why|how)\b/i;
// "where did its coal come from", "where was the gas sourced": the places goods came from (never where figures or
// data come from: their source)
// ("where did X get its ore from": got from)
const CAME_FROM = new RegExp(String.raw`^\s*(?:from\s+)?where\s+(?:did|do|does|was|were|is|are)\b.*\b(?:come|came|comes|sourced|`
  + String.raw`bought|imported|supplied|(?:get|gets|got|buy|buys|obtain|obtained)\b.*\bfrom)\b`, "i");
// "where did its robots get exported to", "where were the cars shipped", "where did the parts go": the places goods
// went to
const WENT_TO = new RegExp(String.raw`^\s*(?:to\s+)?where\s+(?:did|do|does|was|were|is|are|have|has)\b.*\b(?:exported|sold|`
  + String.raw`shipped|sent|(?:go|goes|went|get\s+exported|get\s+sold|get\s+shipped)(?:\s+to)?)\b(?!\s+from\b)`, "i");
const WENT_TO_NOUN = "destinations";
// (the words of going, not of the goods that went)
const WENT_WORDS = new Set(("go goes went get gets got export exported sell sold ship shipped send sent mostly " +
  "mainly chiefly largely primarily usually abroad overseas").split(" ").map(stem));
// ("X coal imports - where from?": the same, asked last in two words)
export const FROM_WHERE_LAST = /\s*(?:[-–—:,;]\s*)?\b(?:where\s+from|from\s+where)\s*\??\s*$/i;
// (nor where growth came from: its cause)
const NO_GOODS = new RegExp(String.raw`\b(?:figures?|numbers?|data|statistics|estimates?|information|quotes?|reports?|`
  + String.raw`growth|increases?|rises?|declines?|drops?|falls?|surges?|changes?|gains?)\b`, "i");
// "what are the three areas of …", "what were the main goods that …"
// ("X pilot zone - what are its 3 areas?": a count of them, asked last after a lead that names what they are of; never
// its reasons, which a cause question asks)
const WHAT_ARE = new RegExp(String.raw`^\s*what\s+(?:are|were)\s+the\s+(?:\w+\s+)?((?:[\w'’-]+\s+){0,2}?[\w'’-]+s)`
  + String.raw`\s+(?:of|in|that|which|the)\b|^[^?:;]*?(?::|;|\s[-–—])\s+what\s+(?:are|were)\s+(?:the|its|their)\s+`
  + String.raw`(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?!(?:reasons|factors|drivers|causes)\b)`
  + String.raw`([\w'’-]+s)\s*\??\s*$`
  // ("what are X's three zero-tariff lists?": a count of them after a possessive, asked last)
  + String.raw`|^\s*what\s+(?:are|were)\s+(?:the\s+)?[\w-]+['’]s?\s+(?:\d+|two|three|four|five|six)\s+`
  + String.raw`(?!(?:reasons|factors|drivers|causes)\b)((?:[\w'’-]+\s+){0,2}?[\w'’-]+s)\s*\??\s*$`, "i");
// "what does X mainly import from Y?", "what grain did X import from Y?": the goods of the verb's flow, of the kind a
// word before the verb names (one word, singular or not: "grain", "fruit"), else of the flow itself, said "mainly"
// ("what did X export in 2020?" may ask how much: never read as a list)
const MAINLY = "(?:mainly|mostly|chiefly|largely|primarily|usually)";
// (a plural kind is WHICH_NOUN's; "what products did X export big shares of?" asks their figures: the verb ends its clause)
// ("what taiwan farm produce did X import?": a kind of up to three words, the last one singular)
// (never a measure of one good: "what quantity of coal did X import?" asks a figure; no word of the kind is "of")
// ("which fruit does X export thru the port?": "which" too, and the way the goods went after the verb; never one place
// or firm, "which country did X export to?", whose answer is one name)
const ONE_OF = "country|city|province|port|market|partner|region|destination|nation|economy|place|firm|company|one";
const WHAT_TRADED = new RegExp(String.raw`${LEAD}(?:what|which(?!\s+(?:${ONE_OF})\b))\s+(?:((?:(?!of\b)[a-z-]+\s+){0,2}?[a-z-]*[a-rt-z])\s+)?`
  + String.raw`(?:did|does|do)\s+`
  + String.raw`(?:[\w'’-]+\s+){1,4}?`
  + String.raw`(${MAINLY}\s+)?(import|export)\b(?!s)(\s+more(?:\s+of)?)?`
  + String.raw`(?=\s*(?:$|\?|from\b|to\b|in\b|during\b|last\b|this\b|through\b|thru\b|via\b|per\b))`, "i");
// "what did X import from Y in 2020?", "what did X import more of?", "what did X import per its commodity table?": with
// neither a kind nor "mainly", the goods when it names where they came from or went, "more of" them, or goods' words,
// and no word of a figure
const BARE_TRADED_GOODS = /^\s*(?:from|to)\s+(?!(?:19|20)\d\d\b)[a-z]/i;
const GOODS_WORDS = /\b(?:commodit(?:y|ies)|goods|products)\b/i;
const FIGURE_ASKED = new RegExp(String.raw`\b(?:value|worth|yoy|y-o-y|growth|grow|grew|rise|rose|fall|fell|change|`
  + String.raw`amount|total|percent|share|tonnes?|volume|usd|yuan|dollars?)\b|%`, "i");
// "what did the northbound trains carry?", "what do the return trains bring back?": a vehicle's cargo, named only by its
// goods
// (a service's name may be long: "what did the inbound X China-Europe trains bring back")
const WHAT_CARRIED = new RegExp(String.raw`${LEAD}what\s+(?:did|does|do)\s+(?:[\w'’-]+\s+){1,6}?`
  + String.raw`(?:trains?|trucks?|lorries|ships?|vessels?|flights?|planes?|freighters?|convoys?|services?)\s+`
  + String.raw`(?:${"(?:mainly|mostly|chiefly|largely|primarily|usually)"}\s+)?(?:carry|haul|bring|transport|move)\b`, "i");
// "what kinds of raw fish do its plants import?": the goods of a kind, by their names (the kind is no item)
const KINDS_TRADED = new RegExp(String.raw`${LEAD}what\s+(?:kinds?|types?|sorts?)\s+of\s+((?:[\w-]+\s+){0,2}?[\w-]+)\s+`
  + String.raw`(?:did|does|do)\s+(?:[\w'’-]+\s+){1,4}?(?:${MAINLY}\s+)?(?:import|export|buy|ship)\b(?!s)`, "i");
// "what goods did X export under market procurement?": a plural kind of goods of the verb's flow, the verb ending its
// clause or followed by what narrows it, asks their names (never "what products did X export big shares of?")
const GOODS_TRADED = new RegExp(String.raw`${LEAD}(?:what|which)\s+(?:[\w-]+\s+){0,2}?`
  + String.raw`(?:goods|products|commodities|items)\s+`
  + String.raw`(?:did|does|do)\s+(?:[\w'’-]+\s+){1,4}?(?:${MAINLY}\s+)?(?:import|export)\b(?!s)`
  + String.raw`(?=\s*(?:$|\?|(?:from|to|in|during|last|this|under|via|through|by)\b))`, "i");
// "what's in X's canned food exports?", "what goes into its farm exports?": the goods a kind of goods is made of
const WHATS_IN = new RegExp(String.raw`${LEAD}what(?:['’]s|\s+is|\s+are|\s+goes|\s+went)\s+(?:in|into)\s+`
  // (never what a change or an outlook holds: "what went into the rise in X's exports?", "what's in store for …")
  + String.raw`((?:(?!(?:for|of|in|to|behind|about|with|rise|growth|fall|drop|increase|decline)\b)[\w'’-]+\s+){0,4}?`
  + String.raw`(?:exports|imports|goods|products))\b`, "i");
// "X crude sources 2025?", "sources of X's coal imports?": the places goods came from (never a report's sources, nor
// those of growth: NO_GOODS)
const GOODS_SOURCES = new RegExp(String.raw`\b(?!(?:which|what|the|its|their|his|her|news|data|official|other|`
  + String.raw`these|those|`
  // (nor goods named "sources", nor sources of no goods: "LED light sources", "power suppliers", "revenue sources")
  + String.raw`light|power|energy|revenue|income|funding|heat|water|`
  + String.raw`main|top|largest|biggest|major)\b)[\w-]+\s+(?:sources|suppliers)\b|\b(?:sources|suppliers)\s+of\s+`
  + String.raw`(?:[\w'’-]+\s+){0,2}?(?:imports|crude|oil|gas|coal|ore|[\w-]+\s+imports)\b`, "i");
// "what else did it import": goods of the verb's flow
const WHAT_ELSE = /^\s*what\s+else\b.*\b(?:import|export|ship|buy|sell|bring|carry)/i;
// "what counts as the 'new three'", "what makes up the 'big four'"
const QUOTED_TERM = /["“'‘]([^"”'’]{3,40})["”'’]/;
// ("which products make up the 'new three'": the kind's noun before the verb)
// ("jiangsu 2025 - which goods make up the 'new three'?": after a lead that names the place and period)
const MEMBERS_LEAD = String.raw`^(?:[^?:;'"‘“]*?(?::|;|\s[-–—])\s+)?\s*`;
const ASKS_MEMBERS = new RegExp(String.raw`${MEMBERS_LEAD}what\s+(?:counts?|counted|is counted|are counted|goes|go|falls?)\s+`
  + String.raw`(?:as|in|into|under)\b|${MEMBERS_LEAD}(?:what|which)\s+(?:[\w-]+\s+){0,2}?(?:makes?|made)\s+up\b`, "i");
// "what are the 'new three' products X reported?": a plural "are" with the quoted term of goods right after it (never
// with what they were worth, a figure's ask: "what were the 'big two' exports worth?", "…, and their values?"; nor a
// term of no goods, "what are the 'two corridors'", whose definition may name its parts in clauses)
const ARE_MEMBERS = new RegExp(String.raw`${MEMBERS_LEAD}what\s+(?:are|were)\s+(?:the\s+|its\s+|their\s+)?(?:so[- ]called\s+)?`
  + String.raw`["“'‘][^"”'’]{3,40}["”'’]\s+(?:products|goods|exports|items|commodities)\b`, "i");
const MEMBERS_FIGURES = /\b(?:values?|worth|figures?|amounts?|each|totals?|shares?|growth|yoy|how much|how many)\b/i;
// words a plural that is no kind of thing ends in: "which does", "what is"
const NOT_NOUN = new RegExp(`^(?:${("is was has does this its us as less process access address business across status drives " +
  "helps means shows makes says plans goes needs explains causes happens remains lies").split(" ").join("|")})$`, "i");

// "which countries did its coal come from", "imported from which markets": the places goods came from
// ("which countries did it import its ore from": the verb's plain form too; never the noun "imports from", which names
// a flow whose goods may be asked)
const SOURCES_ASKED = new RegExp(String.raw`\bfrom\s+(?:which|what|where)\b|\bwhere\s+from\b`
  + String.raw`|\b(?:come|came|comes|sourced?|import|imported|buys?|bought|get|gets|got|obtain(?:ed|s)?)`
  + String.raw`\s+(?:[\w'’-]+\s+){0,4}?from\b`
  // ("which countries supplied its copper ore?": the places asked supplied the goods; never "which countries did X supply")
  + String.raw`|\b(?:which|what)\s+(?:[\w-]+\s+){0,2}?(?:supplied|supplies|supply|provided)\b`, "i");

const FLOWS = /^(?:exports|imports|figures|values|volumes|totals|shares|rates|sales|shipments)$/i;

/** What a question asks the items of, or undefined when it asks no list. */
export function asksForItems(question: string): AskedItems | undefined {
  if (NOT_ITEMS.test(question)) return undefined;
  const asked = itemsAsked(question);
  const aside = BESIDES.exec(question)?.[1] ?? ONES_BESIDES.exec(question)?.[3];
  // (never the partner goods were bought from: "what does X mainly import from Y?" asks the goods)
  const from = asked && (SOURCES_ASKED.test(question) || (GOODS_SOURCES.test(question) && !QUESTION_WORD.test(question)))
    && !WHAT_TRADED.test(question) ? { direction: "from" as const } : {};
  return asked && { ...asked, ...from, ...(aside && { besides: aside }) };
}

// "X vegetables other than garlic - which ones does it export?": a kind of things, one set aside, then "which ones"
const ONES_BESIDES = new RegExp(String.raw`^(.*?)\b([\w-]+s)\s+`
  + String.raw`(?:other\s+than|besides|apart\s+from|aside\s+from|except(?:\s+for)?)\s+`
  + String.raw`([^,?;:–—]{2,40}?)\s*(?:[-–—:,;]\s*)?(?:which|what)\s+(?:ones?|others?)\b(.*)$`, "i");

function itemsAsked(question: string): AskedItems | undefined {
  // ("which ones" asks for the kind named before what is set aside)
  const ones = ONES_BESIDES.exec(question);
  if (ones && !NOT_NOUN.test(ones[2]!)) {
    const question = `${ones[1]}${ones[2]} - which${ones[4]}`.replace(/\s+/g, " ");
    return { noun: ones[2]!.toLowerCase(), namesOnly: true, question };
  }
  const besides = BESIDES.exec(question);
  const rest = besides ? question.slice(besides[0].length) : question;
  const quoted = QUOTED_TERM.exec(rest)?.[1];
  if (quoted && (ASKS_MEMBERS.test(rest) || (ARE_MEMBERS.test(rest) && !MEMBERS_FIGURES.test(rest)))) {
    return { term: quoted, question: rest };
  }
  // "besides crude oil, what else did it import": other goods of the verb's flow
  const flow = /\b(import|export)/i.exec(rest)?.[1]?.toLowerCase();
  if (WHAT_ELSE.test(rest) && besides) {
    return { noun: flow ? `${flow}s` : "goods", question: rest.replace(/\belse\s+/i, "") };
  }
  if (CAME_FROM.test(rest) && !NO_GOODS.test(rest)) {
    return { noun: "countries", question: rest.replace(/^\s*(?:from\s+)?where\s+/i, "") };
  }
  if (WENT_TO.test(rest) && !NO_GOODS.test(rest) && !SOURCES_ASKED.test(rest)) {
    // (a kind the question does not say: "23 countries" of another list is no better for it)
    return { noun: WENT_TO_NOUN, question: rest.replace(/^\s*(?:to\s+)?where\s+/i, "") };
  }
  if (FROM_WHERE_LAST.test(rest) && !NO_GOODS.test(rest)) return { noun: "countries", question: rest.replace(FROM_WHERE_LAST, "") };
  if (GOODS_SOURCES.test(rest) && !NO_GOODS.test(rest) && !QUESTION_WORD.test(rest)) {
    return { noun: "countries", question: rest.replace(/\b(?:sources|suppliers)\b(?:\s+of\b)?\s*/i, "") };
  }
  const inside = WHATS_IN.exec(rest);
  if (inside) return { noun: ownKind(inside[1]!).toLowerCase(), namesOnly: true, question: rest };
  // (its kind is no word the question says: "daily goods" of another list is no better for it; with no list found the
  // passages about the trains are quoted, as a list the reader misses is often in them)
  if (WHAT_CARRIED.test(rest)) return { noun: "cargo", question: rest };
  const kinds = KINDS_TRADED.exec(rest);
  if (kinds) return { noun: kinds[1]!.toLowerCase(), namesOnly: true, question: rest.replace(/\b(?:kinds?|types?|sorts?)\s+of\s+/i, "") };
  const traded = WHAT_TRADED.exec(rest);
  if (traded && (traded[1] || traded[2])) {
    const noun = traded[1]?.toLowerCase() ?? `${traded[3]!.toLowerCase()}s`;
    // (neither the kind nor "mainly" is a word the list's sentence must say; a kind of several words, "taiwan farm
    // produce", may name the partner, which stays)
    const one = traded[1] && !/\s/.test(traded[1]) ? traded[1] : MAINLY;
    const question = rest.replace(new RegExp(String.raw`\b(?:${one})\s+`), "")
      .replace(new RegExp(String.raw`\b${MAINLY}\s+`), "");
    return { noun, namesOnly: true, question };
  }
  if (traded && (traded[4] || BARE_TRADED_GOODS.test(rest.slice(traded.index + traded[0].length)) || GOODS_WORDS.test(rest))
    && !FIGURE_ASKED.test(rest)) {
    return { noun: `${traded[3]!.toLowerCase()}s`, question: rest.replace(/\s+more(?:\s+of)?\b/i, "") };
  }
  const main = MAIN_GOODS.exec(rest);
  const bare = QUESTION_WORD.test(rest) ? null : BARE_KIND.exec(rest);
  const which = WHICH_NOUN.exec(rest);
  const m = which ?? WHAT_ARE.exec(rest) ?? main ?? WHICH_LAST.exec(rest) ?? bare ?? LIST_ASKED.exec(rest);
  const noun = m?.[1] ?? m?.[2] ?? m?.[3];
  const last = noun?.split(/\s+/).at(-1) ?? "";
  // "what were the imports of wool" asks for a figure of them ("what were its main exports" for their names); a bare
  // flow asks for a figure too ("exports that went to ASEAN"), goods of a kind for their names ("farm exports that …")
  const figure = FLOWS.test(last)
    && ((m !== main && m?.[0].startsWith("what")) || (m === bare && !/\s/.test(ownKind(noun!))));
  if (!m || !noun || NOT_NOUN.test(last) || figure) return undefined;
  // (the noun says what the items are; the rest of the question, what they are of: the evidence is read for that; a
  // place before the kind, "which Zunyi exports …", is what they are of)
  const kind = ownKind(noun);
  const at = m.index + m[0].lastIndexOf(noun) + noun.length - kind.length;
  const after = rest.slice(at + kind.length).replace(/^['’]/, "");
  return { noun: kind.toLowerCase(), question: `${rest.slice(0, at)}${after}`.replace(/\s+/g, " "),
    ...(m === which && GOODS_TRADED.test(rest) && { namesOnly: true as const }) };
}

/** A noun less the place at home it opens with: "zunyi exports" is exports (of Zunyi); "African farm goods" stays. */
function ownKind(noun: string): string {
  const lead = findEntities(noun).find((e) => e.start === 0 && !ABROAD.has(e.kind));
  const rest = lead ? noun.slice(lead.end).replace(/^['’]s?\s*|^\s+/, "") : noun;
  return rest && /\s|s$/.test(rest) ? rest : noun;
}

// kinds of thing, each with the words a question asks for it by and the words a text names its items with
// (places abroad and places at home are kinds of their own: "which provinces …" is never answered by a list of trading
// partners; "regions" and "members" may be either)
// ("with NIO, BYD and JAC producing here": makers are named by names of their own, no place's)
// ("Volkswagen Anhui" is a maker's name with a place in it; "Anhui" alone is a place)
const properName = (i: { name: string }) => /^[A-Z]/.test(i.name) && !findSubjects(i.name).length
  && !findEntities(i.name).some((e) => e.start === 0 && e.end === i.name.length);
const KINDS: Array<{ asked: RegExp; said: RegExp; places?: "abroad" | "home"; names?: "proper" }> = [
  {
    asked: /^(?:goods|products|items|commodities|cargo|exports|imports|produce)$/,
    said: new RegExp(String.raw`\b(?:goods|products?|items|commodit(?:y|ies)|cargo|exports?|imports?|imported|exported|`
      + String.raw`brings?|brought|bringing|carr(?:y|ies|ied|ying)|ships?|shipped|sold)\b`, "i"),
  },
  {
    asked: /^(?:companies|firms|enterprises|carmakers|automakers|makers|manufacturers|brands|producers|exporters)$/,
    said: /\b(?:compan(?:y|ies)|firms?|enterprises?|\w*makers?|manufacturers?|brands?|producers?|groups?)\b/i,
    names: "proper",
  },
  // (a port is no zone: "which bonded zones …" is not answered by "land ports including …")
  { asked: /^(?:zones|areas|parks|districts)$/, said: /\b(?:zones?|areas?|parks?|districts?)\b/i },
  {
    asked: /^(?:countries|economies|markets|partners|destinations|nations|regions|members)$/,
    said: /\b(?:countries|economies|markets|partners|destinations|nations|regions|members)\b/i,
    places: "abroad",
  },
  {
    asked: /^(?:cities|provinces|regions|ports|members)$/, said: /\b(?:cities|provinces|regions|ports|members)\b/i, places: "home",
  },
];
const ABROAD = new Set(["partner", "country"]);

/**
 * Do figures name none of the asked things? Markets are named only by figures of several partners; other things by
 * figures of several places, partners, subjects or goods ("exports (3D printers)", "exports (drones)") or of a list.
 */
export function figuresNameNone(facts: Fact[], noun: string | undefined): boolean {
  // (a list fact names its items: "trade with A, B and C more than doubled")
  if (facts.some((f) => f.items?.length || f.members?.length)) return false;
  if (noun && asksPartners(noun)) return new Set(facts.map((f) => f.partner).filter(Boolean)).size < 2;
  return new Set(facts.map((f) => `${f.entity}|${f.partner ?? ""}|${f.subject ?? ""}|${f.qualifier ?? ""}`)).size < 2;
}

/** Does an asked kind name places abroad ("markets", "destinations"), which figures name only by their partners? */
const asksPartners = (noun: string): boolean =>
  KINDS.some((k) => k.places === "abroad" && k.asked.test(noun.split(/\s+/).at(-1)!) && !ANY_PLACE.test(noun.split(/\s+/).at(-1)!));
const ANY_PLACE = /^(?:regions|members)$/;

// (Hong Kong, Macao and Taiwan are listed among trading partners and among provinces alike)
const EITHER_SIDE = new Set(["hong-kong", "macao", "taiwan"]);
const onOtherSide = (x: { id: string; kind: string }, where: "abroad" | "home") =>
  !EITHER_SIDE.has(x.id) && (ABROAD.has(x.kind) ? "abroad" : "home") !== where;

/** Does a list name a place on the other side of the border than the asked kind ("which provinces": ASEAN)? */
function placesElsewhere(e: Enumeration, asked: string): boolean {
  const where = KINDS.find((k) => k.places && k.asked.test(asked))?.places;
  return where !== undefined && !ANY_PLACE.test(asked)
    && e.items.some((i) => findEntities(i.name).some((x) => onOtherSide(x, where)));
}

// a figure's words between a list and what it is of:
// "labour-intensive products grew 2.9 percent to 13.3 billion dollars, including"
const FIGURE_WORD = /\d|^(?:percent|per|cent|billion|million|trillion|yuan|dollars?|tonnes|by|to|up|down|year-on-year)$/i;

/** The last `n` words before a list, its figures' words left out. */
const nearWords = (e: Enumeration, n: number) =>
  e.head.split(/\s+/).filter((w) => !FIGURE_WORD.test(w.replace(/[,.;]$/, ""))).slice(-n).join(" ");

// an item that is a flow, not a thing traded: "Imports", "exports through the port", "Imports and exports"
const FLOW_ITEM = /^(?:(?:total|foreign)\s+)?(?:imports?|exports?|trade)(?:\s+and\s+(?:imports?|exports?))?(?:\s+(?:through|via|at|by)\b.*)?$/i;

/**
 * Does an enumeration name things of the asked kind: by the head noun, a word of its kind, or (for places) its items?
 * "whole" when every word of a noun of several ("emerging markets") is said before the list too.
 */
// things asked by a count noun that texts name by a mass noun
// (and a word as questions write it short: "fruit and veg")
const MASS_NOUN: Record<string, string> = {
  machines: "machinery", clothes: "clothing", shoes: "footwear", veg: "vegetables", veggies: "vegetables",
};
function ofKind(noun: string, e: Enumeration, text?: string): "whole" | "kind" | undefined {
  const nounWords = noun.split(/\s+/);
  const last = nounWords.at(-1)!;
  // the words before the list, and the items' own words ("the Futian Free Trade Zone"); for a list that opens its
  // sentence, the words that say what they were after it ("A, B and C were the main exports")
  const near = `${nearWords(e, 8)} ${saidAfter(e, text)}`.trim();
  const said = words(`${near} ${e.items.map((i) => i.name).join(" ")}`);
  // (the flows themselves are no goods: "Imports and exports through X were worth …")
  if (e.items.some((i) => FLOW_ITEM.test(i.name))) return undefined;
  // ("what farm machines does X sell?" of "Farm machinery exports grew …, with tractors, A and B sold …": a kind of two
  // words or more that the list's clause names in full, a count noun by its mass noun)
  const head = words(e.head);
  const abroad = citiesAbroad(last, e);
  const inHead = nounWords.length > 1 && nounWords.every((w) => head.has(stem(w)) || head.has(stem(MASS_NOUN[w] ?? w)));
  const kind = said.has(stem(last)) || inHead || KINDS.some((k) => k.asked.test(last)
    && (k.said.test(near) || (k.places !== undefined && e.items.every((i) => findEntities(i.name).length > 0))
      || (k.names === "proper" && e.items.every(properName) && !KINDS.some((o) => o !== k && o.said.test(near)))))
    || abroad;
  if (!kind || (!abroad && placesElsewhere(e, last)) || noPlaceNamed(e, last) || provincesForCities(e, last)) return undefined;
  // (places are no goods: "… sold mainly to A, B and C" after them lists where they went)
  if (inHead && !said.has(stem(last)) && e.items.every((i) => findEntities(i.name).length > 0)) return undefined;
  // ("what farm products did X export?" of "apples were shipped to 21 countries, with A, B and C the largest buyers": a
  // list of nothing but places, each named whole, is where goods went or came from, never the goods asked)
  if (KINDS[0]!.asked.test(last) && e.items.every(wholePlace)) return undefined;
  return inHead || (nounWords.length > 1 && nounWords.every((w) => said.has(stem(w)) || w === last)) ? "whole" : "kind";
}

/**
 * "top markets for X's flowers?" of "Zhou Ming, a grower in Y county, said high costs and strict rules in some markets":
 * places are named by places' names; a list of which no item is a known place, nor is every item a name of its own
 * (places abroad the gazetteer lacks), names none of the places asked.
 */
function noPlaceNamed(e: Enumeration, asked: string): boolean {
  const where = KINDS.find((k) => k.places && k.asked.test(asked))?.places;
  return where !== undefined && !ANY_PLACE.test(asked) && !e.items.some((i) => findEntities(i.name).length > 0)
    && !e.items.every((i) => FOREIGN_NAME.test(i.name));
}

// the cities that are provinces of their own, the municipalities and the two SARs (a list of cities may name them)
const CITY_PROVINCES = new Set([...MUNICIPALITIES, "hong-kong", "macao"]);

/**
 * "which inland cities …" of "Inland cities in A and B are …": a list of provinces names the provinces, not the cities
 * (nor the ports, counties or districts asked: "came in through seaports in A, B and C")
 */
const provincesForCities = (e: Enumeration, asked: string) => /^(?:cities|ports|counties|districts)$/i.test(asked)
  && e.items.every((i) => {
    const found = findEntities(i.name);
    return found.length > 0 && found.every((x) => x.kind === "province" && !CITY_PROVINCES.has(x.id));
  });

/** Is an item a place and nothing else ("Thailand", "the EU"; not "Thai durian", goods named by a place)? */
const wholePlace = (item: { name: string }) => findEntities(item.name)
  .some((m) => m.text.length >= item.name.replace(/^the\s+/i, "").trim().length);

// a place's name no gazetteer knows: "Porto Alegre", "Rio de Janeiro" (its words capitalised, bar a particle)
const FOREIGN_NAME = /^[A-Z][\w'’.-]*(?:\s+(?:(?:de|da|do|del|la|le|el|al|upon|on)\s+)?[A-Z][\w'’.-]*){0,3}$/;

/**
 * "which cities got its metro cars?" of "delivered metro cars for A, B and C", "shipped to A, B and C": cities abroad,
 * which the gazetteer does not know, are named where goods went to or were made for, each by a name of its own that is
 * no place at home, no country and no goods.
 */
const citiesAbroad = (asked: string, e: Enumeration) => /^(?:cities|ports|destinations)$/i.test(asked)
  && (e.marker === "to" || e.marker === "for" || ROUTE_MARKER.test(e.marker ?? "") || ROUTE_HEAD.test(e.head))
  && e.items.every((i) => FOREIGN_NAME.test(ownName(i.name)) && !findSubjects(i.name).length
    && !findEntities(i.name).some((x) => !ABROAD.has(x.kind)))
  // (a city-state among them is a country too: most items are names no gazetteer knows, never countries all)
  && e.items.filter((i) => !findEntities(i.name).length).length * 2 > e.items.length;
// ("routes reaching A, B and C", "a service calling at A and B", "trains now reach A, B and C": the places a route or a
// service goes to)
const ROUTE_MARKER = /^(?:reaching|serving|calling at|linking|connecting)$/i;
const ROUTE_HEAD = /\b(?:reach(?:es)?|serves?|calls? at|links|connects|flies to|runs to)$/i;
// ("Lagos in Nigeria": a city with its country after it)
const ownName = (name: string) => name.replace(/\s+in\s+[A-Z][\w\s'’-]*$/, "");

// "… were the main exports", "… are its largest markets": the verb and words that say what a list was
// (or what was done with them: "A, B and C sold to Japan …", "… shipped to Europe")
// ("… were the port's main imports": a possessive among them)
const SAID_AFTER = new RegExp(String.raw`^\s*(?:(?:were|are|was|is|remained|remain|made up|make up|ranked as)(?:\s+[\w'’-]+){1,4}|`
  + String.raw`(?:sold|shipped|exported|imported|bought)\b(?:\s+[\w-]+){0,3})`, "i");

/** The words after a list that opens its sentence that say what its items were, or "". */
const saidAfter = (e: Enumeration, text: string | undefined) => (!e.head && text ? SAID_AFTER.exec(text.slice(e.end))?.[0] ?? "" : "");

/** The frame evidence for an items question is read with: a zone it names is matched by its words, not as a place. */
export const itemsFrame = (frame: QuestionFrame): QuestionFrame =>
  ({ ...frame, entities: frame.entities.filter((e) => !e.startsWith("zone:")) });

/** Does a text list things of the asked kind (a sentence quoted for a "which carmakers …" question must)? */
export const listsOfKind = (asked: AskedItems, text: string): boolean =>
  asked.noun === undefined || findEnumerations(text).some((e) => ofKind(asked.noun!, e, text) !== undefined);

export interface ItemsAnswer {
  sentence: EvidenceSentence; items: string[];
  /** The sentences after the first that name the rest, when the article names its items one by one. */
  more?: EvidenceSentence[];
}

/** The share of the question's own words that a sentence, with its article's headline, uses. */
function coverage(wanted: string[], s: EvidenceSentence, doc: CorpusDocument | undefined): number {
  if (!wanted.length) return 1;
  const have = words(`${s.previous?.text ?? ""} ${s.text} ${doc?.meta.title ?? ""}`);
  // ("produce" is said as "producing", whose stem drops the e)
  return wanted.filter((w) => have.has(w) || (w.endsWith("e") && have.has(w.slice(0, -1)))).length / wanted.length;
}

// below this share of the question's own words a sentence is about something else
const MIN_COVERAGE = 0.5;
// words that only frame the ask: "which goods does the report break out", "named in the story", "per the bureau"
const FRAMING = new Set(("break breaks out named name names mention mentions mentioned list lists listed say says said per " +
  "report reports story stories article table tables separately count counts counted make makes made up cover covers into onto " +
  // (light verbs: "the goods that got the most out of the deal" is said as "benefited most")
  "get gets got getting")
  .split(" ").map(stem));

const SIZES: Record<string, number> = {
  three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twenty: 20,
};
// a choice among the items: a superlative, or how many are asked for ("which 3 months", "the top five")
const SUPERLATIVES = "most|least|biggest|largest|highest|lowest|fastest|slowest|smallest|strongest|weakest";
const SELECTS = new RegExp(String.raw`\b(?:${SUPERLATIVES})\b|\b(?:which|what|top)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\b`,
  "i");
// the words a list's sentence makes a choice with: "its three biggest markets were …", "the main exports were …", "…
// benefited most"
const CHOSEN = new RegExp(String.raw`\b(?:${SUPERLATIVES}|top|main|major|leading|key|chief|principal|primary)\b`, "i");
// words of a plan, a wish or a forecast
// ("say it'd help firms expand into …": "would" shortened; never goods "going to" where they went: "with most
// going to A")
const PLANNED = new RegExp(String.raw`\b(?:will|would|want|wants|wanted|plan|plans|planned|planning|hope|hopes|aim|`
  + String.raw`aims|seek|seeks|intend|intends|expect|expects|target|targets|(?:am|is|are|was|were|be|`
  + String.raw`been)\s+going to)\b|\w['’](?:d|ll|re)\s+going to\b|\w['’](?:d|ll)\b`, "i");

// a list asked by how its items changed ("which areas saw trade shrink", "which 3 grew fastest") and the words a list's
// sentence says that change with: a list of the biggest, or of no change, is not it
const CHANGE_ASKED: Array<[RegExp, RegExp]> = [
  [/\b(?:shr[iau]nk(?:s|ing)?|f[ae]ll(?:s|ing|en)?|declin(?:e|es|ed|ing)|drop(?:s|ped|ping)?|decreas(?:e|es|ed|ing)|contract(?:ed|ing))\b/i,
    /\b(?:shr[iau]nk\w*|f[ae]ll\w*|declin\w*|drop\w*|decreas\w*|contract\w*|down|lower|slump\w*|plung\w*|negative|less)\b/i],
  [/\b(?:fastest|quickest|slowest)\b/i,
    /\b(?:fast\w*|quick\w*|slow\w*|rapid\w*|grow\w*|grew|growth|increas\w*|rise|rose|risen|surg\w*|up)\b/i],
];

// "made the 2025 top ten", "among the top 5": membership of a ranking of a size, not a choice the list itself makes
const RANKING_ASKED = new RegExp(String.raw`\b(?:made|make|makes|in|into|among|joined|join|joins|entered|enter|enters)\s+`
  + String.raw`(?:the\s+)?(?:[\w-]+\s+)?top\s+(\d+|${Object.keys(SIZES).join("|")})\b`, "i");

/** Does a question ask the members of a ranking of a size, and a sentence (or the one it goes on from) name that size? */
function namesRanking(question: string, s: EvidenceSentence): boolean {
  const size = RANKING_ASKED.exec(question)?.[1]?.toLowerCase();
  if (!size) return false;
  const n = SIZES[size] ?? Number(size);
  const word = Object.keys(SIZES).find((k) => SIZES[k] === n);
  return new RegExp(String.raw`\b(?:${n}${word ? `|${word}` : ""})\b`, "i").test(`${s.previous?.text ?? ""} ${s.text}`);
}

/**
 * Does a list of cities asked of a province ("which Xland cities …") name other provinces' cities as often as its own?
 * (not one alone: a name two provinces' cities share, "Yulin", is read as one of them)
 */
function ofOtherProvince(asked: AskedItems, frame: QuestionFrame, e: Enumeration): boolean {
  const provinces = frame.entities.filter((id) => place(id)?.kind === "province");
  if (!/^cities$/i.test(asked.noun ?? "") || provinces.length !== 1) return false;
  const parents = e.items.flatMap((i) => findEntities(i.name).filter((x) => x.kind === "city")
    .map((x) => place(x.id)?.parent));
  const own = parents.filter((p) => p === provinces[0]).length;
  return parents.length - own > 0 && parents.length - own >= own;
}

/** The one flow a text names, "export" or "import", if it names one and not the other. */
function flowOf(text: string): "export" | "import" | undefined {
  const exports = /\bexport(?:s|ed|ing)?\b/i.test(text);
  const imports = /\bimport(?:s|ed|ing)?\b/i.test(text);
  return exports === imports ? undefined : exports ? "export" : "import";
}

// a zone's own words, "FTZ" written out as texts write it
const ZONE_WORD = /\b(?:ftz|pilot|free|trade|zone|areas?)\b/gi;
const zoneWords = (text: string): string[] => [...new Set((text.match(ZONE_WORD) ?? [])
  .flatMap((w) => (/^ftz$/i.test(w) ? ["free", "trade", "zone"] : [w.toLowerCase()])).map(stem))];

/** Is an adjective of a place ("african", "european", "asian") the adjective of a place among words ("africa")? */
const ofPlaceIn = (w: string, said: ReadonlySet<string>) => /an$/.test(w)
  && [w.replace(/n$/, ""), w.replace(/an$/, "")].some((p) => p.length > 2 && said.has(p));

/** How many words before a list may hold the quoted term whose members it names. */
const TERM_NEAR = 4;
// ("the 'new three' products, that is A, B and C": words that only join a term to its members, counted as none)
const TERM_LINKS = new Set(["products", "goods", "exports", "items", "commodities", "that", "is", "namely", "i.e.", "ie",
  "including", "such", "as", "are", "were", "which"]);
/** Does the quoted term stand right before the list, at most one word between them besides the joining ones? */
function termRightBefore(e: Enumeration, term: ReadonlySet<string>): boolean {
  const near = nearWords(e, 12).split(/\s+/).filter(Boolean);
  const bare = (w: string) => w.toLowerCase().replace(/[^a-z0-9.-]/g, "");
  const inTerm = near.map((w) => [...words(bare(w))].some((x) => term.has(x)));
  const last = inTerm.lastIndexOf(true);
  if (last < 0 || ![...term].every((w) => words(near.slice(Math.max(0, last - 5), last + 1).join(" ")).has(w))) return false;
  return near.slice(last + 1).filter((w) => !TERM_LINKS.has(bare(w))).length <= 1;
}

/** The enumeration that answers an items question, with its sentence, or undefined. */
export function answerItems(asked: AskedItems, frame: QuestionFrame, evidence: EvidenceSentence[],
  docs: ReadonlyMap<string, CorpusDocument>): ItemsAnswer | undefined {
  const wanted = contentWords(frame).filter((w) => !FRAMING.has(w));
  // a zone the question names is read by its words ("the Beibu Gulf Port"): it has no articles of its own
  for (const z of frame.entities.filter((e) => e.startsWith("zone:"))) {
    wanted.push(...[...words(z.slice(5))].filter((w) => w.length > 2));
  }
  // (so is a zone whose areas are asked, "the 3 areas of the X pilot FTZ": the question's reading sets its words aside,
  // which only say what a ranking of its areas' figures is of)
  if (ZONE_AREAS.test(asked.question)) wanted.push(...zoneWords(asked.question).filter((w) => !wanted.includes(w)));
  const term = asked.term && words(asked.term);
  const nounWords = [...words(asked.noun ?? asked.term ?? "")];
  // (goods from places asked are imports: "which countries supplied its ore?" is never answered by its exports' buyers)
  const flow = flowOf(`${asked.noun ?? ""} ${asked.question}`) ?? (asked.direction === "from" ? "import" : undefined);
  const planAsked = PLANNED.test(asked.question);
  let best: { s: EvidenceSentence; e: Enumeration; score: number; lead?: Span } | undefined;
  const selects = SELECTS.test(asked.question) || SELECTS.test(asked.noun ?? "");
  const wentGoods = asked.noun === WENT_TO_NOUN ? wanted.filter((w) => !WENT_WORDS.has(w)) : [];
  for (const { s, e, rows } of candidates(evidence)) {
    // (a table's rows are every item it has: "which 3 months had the biggest tonnage" asks for a choice among them,
    // which only a list that says it makes one gives: "its three biggest markets were …")
    // (or, for the members of a ranking the question names by its size, "which cities made the top ten?", one whose
    // sentence names that size: "Six of the ten …; A has three of them (…)")
    if (selects && (rows || (!CHOSEN.test(`${e.head} ${s.text.slice(e.end)}`) && !namesRanking(asked.question, s)))) {
      continue;
    }
    // (a list that names the asked kind among its items lists other things: "which vegetables …" is not answered by
    // "tyres, chemicals, vegetables and seafood")
    // (nor, for a kind of its own, one that opens with it: "vegetables other than garlic 14.3 billion yuan"; "deep-well
    // pumps" are pumps)
    if (nounWords.length === 1 && e.items.some((i) => [...words(i.name)].join(" ") === nounWords[0]
      || (!KINDS.some((k) => k.asked.test(asked.noun!)) && [...words(i.name)][0] === nounWords[0]))) continue;
    // (what someone wants or plans is no answer to what was done: "which goods did it import?" is not answered by "We
    // want to bring in more products such as …")
    if (!planAsked && PLANNED.test(e.head)) continue;
    // (a list asked by a change is one its sentence says changed so: "the top three areas by volume" are not those
    // that shrank, nor those that grew fastest)
    if (CHANGE_ASKED.some(([q, said]) => q.test(asked.question) && !said.test(`${s.previous?.text ?? ""} ${s.text}`))) continue;
    // (where goods went is no answer to where they came from: "steel shipped abroad, mainly to A, B and C")
    if (asked.direction === "from" && e.marker === "to") continue;
    // (the cities of another province are no answer to "which Xland cities …": A and B of the top ten are not all X's)
    if (ofOtherProvince(asked, frame, e)) continue;
    // (where named goods went is said where those goods are, in the list's sentence or the one before: "where did its
    // motorcycles go?" is not answered by the partners of its whole trade)
    // (a list that opens its paragraph, no words of its own before it, goes on from the paragraph before: "A, B and C
    // were the main destinations." after one on the goods)
    const opensParagraph = !e.head && e.start === 0 && s.before && s.start - s.before.end <= 2;
    const before = s.previous ?? (s.before && (inParagraphAfter(s.before, s) || opensParagraph) ? s.before : undefined);
    const goodsSaid = () => words(`${before?.text ?? ""} ${s.text}`);
    if (wentGoods.length && !wentGoods.some((w) => goodsSaid().has(w))) continue;
    // (the goods of the other flow are no answer: "main export goods" are never what "Imports were led by …" lists)
    const listFlow = flowOf(`${e.head} ${saidAfter(e, s.text)}`);
    if (flow && listFlow && listFlow !== flow) continue;
    const cover = coverage(wanted, s, docs.get(s.docId));
    // (a term's members follow it closely, "the 'big two' products -- A and B": not "the 'big two' products made in A and B")
    // (words that only link the term to its list, "products, that is", "namely", are not counted)
    const kind = term ? ([...term].every((w) => words(nearWords(e, TERM_NEAR)).has(w)) || termRightBefore(e, term)
      ? "whole" : undefined)
      : asked.noun !== undefined ? ofKind(asked.noun, e, s.text) : undefined;
    // (a list named by all the words of the asked kind, "emerging markets such as …", in the asked place's and
    // period's article, needs none of the rest)
    if (!kind || (kind !== "whole" && cover < MIN_COVERAGE)) continue;
    // the words of the question in the list's own clause tell two lists of a sentence apart ("return trains bring …")
    const after = saidAfter(e, s.text);
    // (a list that opens its sentence, "A, B and C were the main markets.", is of what the sentence before in its
    // paragraph said: "X exported N yuan of stone.")
    const lead = !e.head && e.start === 0 && before && inParagraphAfter(before, s) ? before.text : "";
    const said = words(`${lead} ${e.head} ${after} ${e.items.map((i) => i.name).join(" ")}`);
    const own = wanted.length ? wanted.filter((w) => said.has(w)).length / wanted.length : 0;
    // and the asked kind's own words anywhere before the list ("African farm goods …, including")
    // (or, for a kind named by where it is from, the place in the rest of the list's clause: "African goods" of
    // "Imports of A, B and C from Africa rose")
    const tail = /^[^.;]*/.exec(s.text.slice(e.end))?.[0] ?? "";
    const placed = words(tail);
    const noun = nounWords.length ? nounWords.filter((w) => said.has(w) || ofPlaceIn(w, placed)).length / nounWords.length : 0;
    // (best of all, the kind's noun right before the list: "made up of three areas: …", "the ports of …")
    const right = words(`${nearWords(e, 4)} ${after}`).has(stem((asked.noun ?? "").split(/\s+/).at(-1)!)) ? 2 : 0;
    // (a list its clause says is of the asked flow, "Imports of A, B and C", over one it says nothing of: "deals
    // covered A, B and C")
    const sameFlow = flow !== undefined && flowOf(`${lead} ${e.head} ${tail}`) === flow ? 1 : 0;
    const score = cover * 3 + own + noun * 2 + right + sameFlow + s.overlap * 0.1 - s.docRank * 0.5;
    if (!best || score > best.score) best = { s, e, score, ...(lead && before && { lead: before }) };
  }
  // (a list's sentence is quoted with the one it continues, never with the one after: that explains a short sentence)
  // (a list of places the sentences next to it in its paragraph go on with: "A was the largest supplier. B, C and D …")
  if (best) {
    const items = best.e.items.map((i) => i.name);
    // (quoted with the sentence it goes on from, when that said what the list is of)
    const sentence = { ...best.s, previous: best.s.previous ?? best.lead, next: undefined };
    return listGoesOn(asked.question, frame.entities, sentence, items, docs.get(best.s.docId)) ?? { sentence, items };
  }
  return selects || planAsked ? undefined
    : portsOneByOne(asked, wanted, evidence, docs) ?? ordinalsOneByOne(asked, wanted, evidence, docs)
      ?? rankedOneByOne(asked, wanted, evidence, docs);
}

// a port an article names by its own name: "the Irkeshtam port", "through Horgos Port"
// ("The Torugart port handled …": a sentence may open with it)
const NAMED_PORT = /\b(?:[Tt]he|through|via|at)\s+((?:[A-Z][\w'’-]+\s+){1,3})[Pp]ort\b(?!\s+(?:of|city|area|zone)\b)/g;
// ("the Dry port", "the Inland port", "the Container port": a kind of port, capitalised, no port's own name)
const PORT_KIND = new Set(("dry inland land sea river air rail container cargo bulk border new main free bonded comprehensive " +
  "international domestic deep deepwater water pilot trade logistics").split(" "));

/**
 * "which border ports does the report name?" of an article that names each in a sentence of its own ("the Khunjerab port
 * on the Karakoram Highway …", "Freight through the Irkeshtam port …"): the ports of the best article about the question,
 * each with the sentence that first names it; two at least, or no answer.
 */
function portsOneByOne(asked: AskedItems, wanted: string[], evidence: EvidenceSentence[],
  docs: ReadonlyMap<string, CorpusDocument>): ItemsAnswer | undefined {
  if (!/\bports$/i.test(asked.noun ?? "")) return undefined;
  const top = evidence.filter((s) => coverage(wanted, s, docs.get(s.docId)) >= MIN_COVERAGE)
    .sort((a, b) => a.docRank - b.docRank)[0]?.docId;
  const named = new Map<string, EvidenceSentence>();
  for (const s of evidence.filter((e) => e.docId === top).sort((a, b) => a.start - b.start)) {
    for (const m of s.text.matchAll(NAMED_PORT)) {
      const name = m[1]!.trim();
      // (a place of the question's own, "the Kashgar port", is where the ports are, not one of them)
      if (name.split(/\s+/).every((w) => PORT_KIND.has(w.toLowerCase()))) continue;
      if (!named.has(name) && !findEntities(name).some((e) => e.start === 0)) named.set(name, s);
    }
  }
  if (named.size < 2) return undefined;
  const sentences = [...new Set(named.values())].map((s) => ({ ...s, next: undefined }));
  return { sentence: sentences[0]!, items: [...named.keys()], more: sentences.slice(1) };
}

// "The first, for A, took effect …; the second, for B, on …; and the third, for C, on …": things counted one by one
const ORDINAL_ITEM = /\b(first|second|third|fourth|fifth|sixth),\s+(?:for|of|on|covering|in)\s+([^,;]{3,60}),/gi;
const ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth"];
const COUNTS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6 };

/**
 * "what are X's three zero-tariff lists?" of "There are three lists. The first, for A, took effect …; the second, for
 * B, …; and the third, for C, …": the things a sentence counts one by one, first to last, where it or the one before
 * names their kind; as many as the question counts, or no answer.
 */
function ordinalsOneByOne(asked: AskedItems, wanted: string[], evidence: EvidenceSentence[],
  docs: ReadonlyMap<string, CorpusDocument>): ItemsAnswer | undefined {
  const kind = stem((asked.noun ?? "").split(/\s+/).at(-1) ?? "");
  // (the count the question gives, its noun taken out: "what are X's three ?")
  const counted = /\b(\d|two|three|four|five|six)\s*\??\s*$/i.exec(asked.question)?.[1];
  const count = counted && (COUNTS[counted.toLowerCase()] ?? Number(counted));
  if (!kind) return undefined;
  for (const s of [...evidence].sort((a, b) => a.docRank - b.docRank)) {
    const found = [...s.text.matchAll(ORDINAL_ITEM)];
    if (found.length < 2 || found.some((m, i) => m[1]!.toLowerCase() !== ORDINALS[i])) continue;
    if (count && found.length !== count) continue;
    if (!words(`${s.before?.text ?? ""} ${s.text}`).has(kind)) continue;
    if (coverage(wanted, { ...s, previous: s.before }, docs.get(s.docId)) < MIN_COVERAGE) continue;
    return { sentence: { ...s, previous: s.before, next: undefined }, items: found.map((m) => m[2]!.trim()) };
  }
  return undefined;
}

// "Tablets were the best sellers, taking 30 percent of sales, followed by phones with 20 percent and cameras with 10
// percent.": the first, then those that followed it, each with its figure
const FOLLOWED = new RegExp(String.raw`^\W*([A-Z][\w'’ -]{2,40}?)\s+(?:was|were)\s+the\s+(?:best[- ]sellers?|best[- ]selling\s+[\w-]+|`
  + String.raw`(?:largest|biggest|top|leading)\s+(?:single\s+)?(?:sellers?|items?|categor(?:y|ies)|products?|goods))\b`
  + String.raw`(?:[^.;]|(?<=\d)\.(?=\d))*?,\s*followed\s+by\s+`
  + String.raw`([a-z][\w'’ -]{2,40}?)(?:\s+(?:with|at|on)\s+[^,;.]*?\d[^,;]*?)?(?:,\s*|,?\s+and\s+)([a-z][\w'’ -]{2,40}?)`
  + String.raw`(?:\s+(?:with|at|on)\s+[^,;]*?\d[\d.]*\s*(?:percent|%)?)?\s*[.;]`);
// the flows a text names ("exports", "imported")
const flowsIn = (text: string) => new Set([...text.matchAll(/\b(export|import)(?:s|ed|ing)?\b/gi)]
  .map((m) => m[1]!.toLowerCase()));
// what a question of the best-selling asks
// ("which fruits led": the goods that came first)
const ASKS_SOLD = new RegExp(String.raw`\bbest[- ]sell|\bsold (?:most|best)\b|\btop[- ]sell|`
  + String.raw`^\s*(?:which|what)\s+(?:[\w-]+\s+)?led\b|\s[-–—:]\s*(?:which|what)\s+led\b`, "i");

/**
 * "best selling categories?" of "Tablets were the best sellers, …, followed by phones with 20 percent and cameras with
 * 10 percent.": the best seller and those after it, in their order.
 */
function rankedOneByOne(asked: AskedItems, wanted: string[], evidence: EvidenceSentence[],
  docs: ReadonlyMap<string, CorpusDocument>): ItemsAnswer | undefined {
  if (!ASKS_SOLD.test(asked.question) && !ASKS_SOLD.test(asked.noun ?? "")) return undefined;
  // ("Fruit imports reached … . Durian was the biggest single item …, followed by …": or the sentence after one,
  // in its paragraph, read with it)
  const sorted = [...evidence].sort((a, b) => a.docRank - b.docRank);
  const next = sorted.flatMap((s) => (s.after && inParagraphAfter(s, s.after)
    ? [{ ...s, text: s.after.text, start: s.after.start, end: s.after.end, previous: s }] : []));
  // (nor one of another flow than the question's: "which fruit imports led" is not answered among exports)
  const asks = flowsIn(asked.question);
  for (const s of [...sorted, ...next]) {
    const m = FOLLOWED.exec(s.text);
    if (!m || coverage(wanted, s, docs.get(s.docId)) < MIN_COVERAGE) continue;
    if (asks.size && [...flowsIn(s.text)].some((f) => !asks.has(f))) continue;
    return { sentence: { ...s, next: undefined }, items: [m[1]!, m[2]!, m[3]!].map((x) => x.trim()) };
  }
  return undefined;
}

const NAMES_YEAR = /\b(?:19|20)\d\d\b/;
/** Does a text name a place at home (a province or a city)? */
const namesHome = (text: string) => findEntities(text).some((e) => e.kind === "province" || e.kind === "city");
// how a finished sentence ends
const UNBROKEN = /[.!?:;"”')\]]\s*$/;

/**
 * Every enumeration of the evidence with what quotes it: a sentence's lists, and the rows a table breaks out of
 * another ("ASEAN | …", "of which: Vietnam | …"), quoted from the row they are of to the last.
 */
function* candidates(evidence: EvidenceSentence[]): Generator<{ s: EvidenceSentence; e: Enumeration; rows?: boolean }> {
  for (const s of evidence) {
    // ("A was the largest market for X's porcelain, followed by B and C": the first and those that follow, in order;
    // before the run after "followed by" alone, which a sentence's lists read too)
    const ranked = followedByLists(s.text).map((l): Enumeration => ({ head: l.what, items: l.items,
      start: l.items[0]!.start, end: l.items.at(-1)!.end }));
    for (const e of ranked) yield { s, e };
    const inRanked = (e: Enumeration) => ranked.some((r) => e.items.every((i) => r.items.some((x) => x.name === i.name)));
    for (const e of findEnumerations(s.text)) if (!inRanked(e)) yield { s, e };
    // a line the source broke mid-sentence (a PDF's: "… the Futian Free Trade Zone, the Qianhai" / "Bay Port Area and …")
    // goes on in the next: the lists that run across the break
    if (!s.after || UNBROKEN.test(s.text) || / \| /.test(s.text) || s.after.start - s.end > 2) continue;
    const text = `${s.text} ${s.after.text}`;
    // (the sentence joined is quoted once: not again as the one this short line announces)
    const { next: _announced, ...line } = s;
    for (const e of findEnumerations(text)) if (e.end > s.text.length) yield { s: { ...line, text, end: s.after.end }, e };
  }
  // "In 2025, we will aim for … . We will help firms expand in emerging markets such as …": the sentence right after one
  // that names a year, in its paragraph, goes on in that year even where its article's is another
  // ("… farm exports to RCEP members reached … . Rice, mushrooms and pine nuts sold to Japan benefited most.": and a list
  // that opens its sentence goes on from the one before, whatever it names)
  const held = new Set(evidence.map((s) => `${s.docId}:${s.start}`));
  for (const s of evidence) {
    const next = s.after;
    // ("The region exported 38,400 tonnes of dairy products …" over a paragraph "A, B and C were the main
    // destinations.": a list that opens the next paragraph, with no words of its own before it, goes on from it too)
    const nextParagraph = next && !inParagraphAfter(s, next) && next.start - s.end <= 2;
    if (!next || held.has(`${s.docId}:${next.start}`) || (!inParagraphAfter(s, next) && !nextParagraph)) continue;
    const { before: _b, after: _a, next: _n, ...rest } = s;
    // ("Hunchun's parks imported … fish. Once filleted, the pollock and cod are re-exported to A, B and C.": and a list
    // whose clause names no place at home goes on from the one before, about that one's place)
    const lists = findEnumerations(next.text).filter((e) => (nextParagraph ? !e.head && e.start === 0 : true)
      && (NAMES_YEAR.test(s.text) || !e.head || !namesHome(e.head)));
    // (a paragraph a list opens goes on from the whole paragraph before, its last two sentences: "The region exported N
    // tonnes of dairy products. Infant formula accounted for …" over "A, B and C were the main destinations.")
    const whole = nextParagraph && s.before && inParagraphAfter(s.before, s)
      ? { ...s, start: s.before.start, text: `${s.before.text} ${s.text}` } : s;
    for (const e of lists) yield { s: { ...rest, text: next.text, start: next.start, end: next.end, previous: whole }, e };
  }
  const rowsByDoc = new Map<string, EvidenceSentence[]>();
  for (const s of evidence) if (/ \| /.test(s.text)) rowsByDoc.set(s.docId, [...(rowsByDoc.get(s.docId) ?? []), s]);
  for (const rows of rowsByDoc.values()) {
    rows.sort((a, b) => a.start - b.start);
    // (and the rows of a table whose header names what they are: "| Product group | …")
    for (const e of [...subRowEnumerations(rows), ...columnEnumerations(rows)]) {
      const parent = rows.find((r) => r.start === e.parent.start)!;
      const text = [e.parent, ...e.rows].map((r) => r.text).join(" ");
      yield { s: { ...parent, text, end: e.rows.at(-1)!.start + e.rows.at(-1)!.text.length }, e, rows: true };
    }
  }
}

/**
 * "What energy products did it import (the ones making up ~74% of imports)?" of "Imports of crude oil … 120.76
 * billion yuan. Imports of natural gas … and of coal …. Energy products thus accounted for 74.2 percent of total
 * imports.": the share's sentence names no goods, the figures before it in its paragraph do. They are its items only
 * when they add up to the share stated, of the flow's own total.
 */
export function partsOfShare(asked: AskedItems, frame: QuestionFrame, facts: Fact[],
  docs: ReadonlyMap<string, CorpusDocument>): { items: string[]; facts: Fact[] } | undefined {
  const owners = frame.entities.filter((e) => e !== "china");
  const kind = [...words(asked.noun ?? "")];
  if (owners.length !== 1 || !kind.length) return undefined;
  const period = frame.periods[0];
  const stated = frame.numbers.filter((n) => n.kind === "percent").map((n) => n.value);
  const sameFigure = (f: Fact, g: Fact) => f.docId === g.docId && f.entity === g.entity && f.metric === g.metric
    && !f.partner && f.period !== undefined && g.period !== undefined && samePeriod(f.period, g.period);
  for (const share of facts) {
    if (share.measure !== "share" || share.entity !== owners[0] || !share.subject || share.partner
      || (share.shareOf && share.shareOf !== "own") || (share.metric !== "imports" && share.metric !== "exports")) {
      continue;
    }
    if (!kind.every((w) => words(share.subject!).has(w))) continue;
    if (period && (!share.period || !samePeriod(share.period, period))) continue;
    // (a share the question states is the one meant: "~74%")
    if (stated.length && !stated.some((v) => Math.abs(v - share.value!) < 1)) continue;
    const text = docs.get(share.docId)?.text ?? "";
    const paragraph = text.lastIndexOf("\n\n", share.start) + 1;
    const whole = facts.find((f) => sameFigure(f, share) && f.measure === "amount" && !f.subject);
    const parts = facts.filter((f) => sameFigure(f, share) && f.measure === "amount" && f.subject
      && f.subject !== share.subject && f.start >= paragraph && f.end <= share.start);
    const names = [...new Set(parts.map((f) => f.subject!))];
    if (!whole || names.length < 2 || names.length !== parts.length) continue;
    const sum = parts.reduce((t, f) => t + f.value! * f.scale, 0);
    // (the parts add up to the share stated, to its last digit)
    if (Math.abs((sum / (whole.value! * whole.scale)) * 100 - share.value!) > 0.06) continue;
    return { items: names, facts: [...parts, share] };
  }
  return undefined;
}

/**
 * "Which goods make up its 'new three' exports?" of "Exports of the 'new three' products grew … . Electric vehicles nearly
 * doubled …; lithium batteries rose …; and solar cells fell …": no sentence lists the members, the figures right after the
 * group's own name them. The members are the goods of the run of figures that follows the group's figure in its article,
 * each a member of the group, of the group's owner and flow; the run ends at the first figure of anything else. Two at
 * least, or no answer.
 */
export function membersOfTerm(asked: AskedItems, frame: QuestionFrame, facts: Fact[]):
  { items: string[]; facts: Fact[] } | undefined {
  const group = asked.term ? findSubjects(asked.term).find((s) => SUBJECTS.some((x) => x.name === s.name && x.members))?.name
    : undefined;
  if (!group) return undefined;
  const owners = frame.entities.filter((e) => e !== "china");
  const period = frame.periods[0];
  const ofGroup = facts.filter((f) => f.subject === group && !f.partner && f.value !== null && !f.derived
    && (!owners.length || owners.includes(f.entity)) && (!period || (f.period !== undefined && samePeriod(f.period, period))));
  for (const whole of ofGroup) {
    const after = facts.filter((f) => f.docId === whole.docId && f.valueStart > whole.valueEnd && !f.derived
      && f.value !== null).sort((a, b) => a.valueStart - b.valueStart);
    const run: Fact[] = [];
    for (const f of after) {
      // (the group's own figures in its sentence come before the members')
      if (f.start === whole.start && f.subject === group) continue;
      const member = f.subject !== undefined && f.entity === whole.entity && f.metric === whole.metric && !f.partner
        && memberOfGroup(group, f.subject);
      if (!member) break;
      run.push(f);
    }
    const items = [...new Set(run.map((f) => f.subject!))];
    if (items.length >= 2) return { items, facts: run };
  }
  return undefined;
}

/**
 * "what did X mainly import?" of a report that lists the flow's goods with no sentence naming them together ("Imports"
 * over "- Iron ore: …", "- Coal: …", read at index time into one list): that list, of the place and period asked.
 */
export function listOfFlow(asked: AskedItems, frame: QuestionFrame, facts: Fact[]): { items: string[]; facts: Fact[] } | undefined {
  // (goods from places asked are imports: "which countries supplied its ore?" is never answered by its exports' buyers)
  const flow = flowOf(`${asked.noun ?? ""} ${asked.question}`) ?? (asked.direction === "from" ? "import" : undefined);
  const owners = frame.entities.filter((e) => e !== "china");
  // (a flow's goods at large: not those besides one, of a term, from somewhere or with a partner)
  if (!flow || owners.length !== 1 || asked.besides || asked.term || asked.direction || frame.partners.length) return undefined;
  const period = frame.periods[0];
  const list = facts.find((f) => f.measure === "listed" && !f.scope && f.metric === `${flow}s` && f.entity === owners[0]
    && f.items && f.items.length >= 2 && (!period || !f.period || overlaps(f.period, period)));
  return list && { items: list.items!, facts: [list] };
}

// a flow's goods asked at large, nothing narrowing them: "main export products", "imports"
const FLOW_GOODS = new RegExp(String.raw`^(?:(?:main|top|major|key|leading|principal|chief)\s+)?(?:(?:export|import)s?\s+)?`
  + String.raw`(?:products|goods|commodities|items)$|^(?:exports|imports)$`, "i");

/**
 * "wenzhou's main export products, according to the mayor?" of a paragraph that gives them one by one, each with its
 * value ("Shoes are number one: footwear exports were …. Then low-voltage electrical apparatus, …, with …, garments
 * with …, and eyeglasses, …"), in no sentence that lists them together: the goods of the asked flow, place and period
 * the paragraph gives most of, in its order; three at least, or no answer.
 */
export function goodsOfParagraph(asked: AskedItems, frame: QuestionFrame, facts: Fact[],
  docs: ReadonlyMap<string, CorpusDocument>): { items: string[]; facts: Fact[] } | undefined {
  if (!asked.noun || !FLOW_GOODS.test(asked.noun) || asked.besides || asked.term || asked.direction) return undefined;
  const flow = flowOf(`${asked.noun} ${asked.question}`);
  const owners = frame.entities.filter((e) => e !== "china");
  if (!flow || owners.length !== 1 || frame.partners.length || frame.subjects.length) return undefined;
  const period = frame.periods[0];
  const paragraphs = new Map<string, Fact[]>();
  for (const f of facts) {
    if (f.entity !== owners[0] || f.metric !== `${flow}s` || !f.subject || f.partner || f.measure !== "amount" || f.derived
      || f.value === null || (period && (!f.period || !samePeriod(f.period, period)))) continue;
    const at = docs.get(f.docId)?.text.lastIndexOf("\n\n", f.start) ?? -1;
    const key = `${f.docId}@${at}`;
    paragraphs.set(key, [...(paragraphs.get(key) ?? []), f]);
  }
  const runs = [...paragraphs.values()].map((fs) => [...new Map(fs.sort((a, b) => a.valueStart - b.valueStart)
    .map((f) => [f.subject!, f] as const)).values()]);
  const best = runs.sort((a, b) => b.length - a.length)[0];
  if (!best || best.length < 3 || runs.filter((r) => r.length === best.length).length > 1) return undefined;
  return { items: best.map((f) => f.subject!), facts: [best[0]!, best.at(-1)!] };
}

// "Leather garments, the core of the trade, dropped 11 percent to …", "…, while leather bags fell 8 percent": a part
// of a kind with its change, opening its clause (an aside between commas may follow its name)
const PART_MOVED = new RegExp(String.raw`(?:^|,\s*(?:while|whereas|and|but)\s+|;\s*(?:and\s+)?)`
  + String.raw`([A-Za-z][\w'’-]*(?:\s+[\w'’-]+){0,5}?)(?:,[^,;]{3,60},)?\s+(?:rose|fell|grew|dropped|declined|climbed|`
  + String.raw`increased|decreased|jumped|slipped|surged|slumped|edged\s+(?:up|down)|gained|lost)\s+(?:by\s+)?(?:about\s+)?\d`,
"g");
// words that name no kind of its own: "leather products" is of leather
const KIND_WORDS = new Set(["products", "goods", "commodities", "items", "exports", "imports", "product"]);

/**
 * "what kinds of leather products does X export?" of "X's exports of leather products fell … to 9.74 billion yuan.
 * Leather garments … dropped … . Sofa leather rose …, while leather bags fell …": no sentence lists the kinds, the
 * sentences right after the kind's own figure give each part with its change, each named with the kind's own word
 * ("leather"). The parts of the run of such sentences in the figure's paragraph; two at least, or no answer.
 */
export function partsOfKind(asked: AskedItems, frame: QuestionFrame, facts: Fact[],
  docs: ReadonlyMap<string, CorpusDocument>): { items: string[]; facts: Array<Pick<Fact, "docId" | "start" | "end">> } | undefined {
  const nounWords = (asked.noun ?? "").toLowerCase().split(/\s+/);
  const own = nounWords.filter((w) => !KIND_WORDS.has(w));
  const owners = frame.entities.filter((e) => e !== "china");
  if (own.length !== 1 || own.length === nounWords.length || owners.length !== 1 || asked.besides || asked.term) {
    return undefined;
  }
  const period = frame.periods[0];
  const flow = flowOf(asked.question);
  const kinds = facts.filter((f) => f.entity === owners[0] && f.subject && !f.partner && f.value !== null && !f.derived
    && nounWords.every((w) => words(f.subject!).has(stem(w)))
    && (!flow || f.metric === `${flow}s`) && (!period || (f.period !== undefined && samePeriod(f.period, period))));
  const kindWord = stem(own[0]!);
  for (const whole of kinds) {
    const text = docs.get(whole.docId)?.text ?? "";
    const paragraphEnd = text.indexOf("\n\n", whole.end);
    const after = splitSentences(text.slice(whole.end, paragraphEnd < 0 ? text.length : paragraphEnd), whole.end);
    const items: string[] = [];
    let last: Span | undefined;
    for (const s of after) {
      const parts = [...s.text.matchAll(PART_MOVED)].map((m) => m[1]!.trim())
        .filter((name) => words(name).has(kindWord) && [...words(name)].join(" ") !== kindWord);
      if (!parts.length) break;
      items.push(...parts);
      last = s;
    }
    if (items.length >= 2 && last) return { items, facts: [whole, { docId: whole.docId, start: last.start, end: last.end }] };
  }
  return undefined;
}

// what a plan lists under a heading of its own ("Main targets for 2026", "Key tasks"), one point to a line
const PLAN_KINDS = /^(?:targets|goals|tasks|priorities|objectives)$/i;
// a line that is one point of a list: "- …", "• …", "1. …", "(2) …"
const BULLET = /^\s*(?:[-•*]|\d{1,2}[.)]|\(\d{1,2}\))\s+(\S.*?)[;.]?\s*$/;
const MAX_HEADING = 80;

/**
 * "list X's main foreign trade targets for 2026" of a work report that gives them one to a line under a heading
 * ("II. Main targets for 2026 (extract)" over "- Imports and exports to grow by about 5 percent;", "- Trade with … to
 * exceed …"): the lines under the heading that names the asked kind (and the asked year, if one is asked), in an
 * article about the asked place; two at least, or no answer.
 */
export function pointsUnderHeading(asked: AskedItems, frame: QuestionFrame, facts: Fact[],
  docs: ReadonlyMap<string, CorpusDocument>): { items: string[]; facts: Array<Pick<Fact, "docId" | "start" | "end">> } | undefined {
  const kind = (asked.noun ?? "").split(/\s+/).at(-1) ?? "";
  const owners = frame.entities.filter((e) => e !== "china");
  if (!PLAN_KINDS.test(kind) || owners.length !== 1 || asked.besides || asked.term) return undefined;
  const year = frame.periods[0]?.y2 ?? frame.periods[0]?.y1;
  const about = new Set(facts.filter((f) => f.entity === owners[0]).map((f) => f.docId));
  for (const [docId, doc] of docs) {
    if (!about.has(docId)) continue;
    const lines = doc.text.split("\n");
    let at = 0;
    for (const [i, line] of lines.entries()) {
      const start = at;
      at += line.length + 1;
      if (line.length > MAX_HEADING || BULLET.test(line) || !words(line).has(stem(kind))) continue;
      if (year !== undefined && !line.includes(String(year))) continue;
      // (the points right under it, after any blank lines; the first line of anything else, or a blank one after
      // them, ends them)
      const items: string[] = [];
      let end = start;
      let offset = at;
      for (const next of lines.slice(i + 1)) {
        const point = BULLET.exec(next);
        if (point) { items.push(point[1]!); end = offset + next.length; } else if (next.trim() || items.length) break;
        offset += next.length + 1;
      }
      if (items.length >= 2) return { items, facts: [{ docId, start, end }, { docId, start, end }] };
    }
  }
  return undefined;
}
