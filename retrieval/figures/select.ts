import { SPELLINGS } from "../../text/spellings.js";
import { findPeriods, isCalendarQuarter, periodKey, samePeriod, type Period } from "../../text/periods.js";
import { displayName } from "../../text/places.js";
import type { Fact, Measure, Metric } from "../../text/terms.js";
import { goodsByCountry, listOfGroup, memberOfGroup, NOT_GOODS, sameGoods, SUBJECTS } from "../../text/subjects.js";
import { MONEY_UNIT, TRADER_UNIT, unitAskedAs } from "../../text/units.js";
import { PER_HEAD, PER_SPAN, PER_VISITOR_UNIT } from "../../text/perHead.js";
import { DEPENDENCE, TRADE_DEPENDENCE } from "../../text/dependence.js";
import { inZoneFamily, portOfPlace, sameFtz } from "../../text/zones.js";
import { memoized } from "../../text/memo.js";

/** What a figure must be to answer (part of) a question. */
export interface Spec {
  entity?: string;
  /** The trade partner, or none: "Xinjiang's trade with ASEAN" never answers "Xinjiang's trade". */
  partner?: string | undefined;
  metric?: Metric;
  measures?: Measure[];
  period?: Period;
  /** The question's words, matched against a figure's qualifier. */
  words: Set<string>;
  /** A value the question itself states ("based on the 23.1% share"). */
  values?: number[];
  /** The subjects (enterprise types, trade modes, product groups) asked about: a figure must be of one of them, or of none if none. */
  subjects?: string[];
  /** The question asks what the qualifier is ("what products …"): any qualifier matches. */
  anyQualifier?: boolean;
  /** For a share of another flow ("what percentage of its trade was exports"): that flow. Other shares have none. */
  ofMetric?: Metric;
  /** The currency the question asks in ("in dollars", "in dollar terms"): amounts in it, and changes in its terms, first. */
  currency?: "yuan" | "US dollars";
}

// words every trade figure shares: they cannot tell one qualifier from another
const QUALIFIER_STOP = new Set("the a an of and in to for with its their total national country province city region zones zone area areas value volume trade foreign export import growth rate terms".split(" "));

// four-letter words in -s that are singular ("lens", whose plural "lenses" stems to it)
const SINGULAR_IN_S = new Set(["lens", "odds", "alms"]);
/**
 * Crude stemming, enough to match "exports"/"export", "printers"/"printer", "grew"/"growth" (kept: every sentence's
 * words are stemmed on every question).
 */
export const stem: (word: string) => string = memoized((word) => stemNow(word), 100_000);

function stemNow(word: string): string {
  let w = word.toLowerCase().replace(/['’]s$/, "");
  // "automobiles" → "automobile", "boxes" → "box": -es only after s, x, z, ch, sh
  // ("carried"/"carry", "supplied"/"supply": -ied is the -y verb's past)
  if (w.length > 4) w = w.replace(/(?:ies|ied)$/, "y").replace(/(?<=s|x|z|ch|sh)es$|s$|ed$|ing$/, "");
  // short plurals of words ending in -e: "ores" → "ore"
  else if (w.length === 4 && /[^aeiou]es$/.test(w)) w = w.slice(0, -1);
  // "scarf" and "scarves", "shelf" and "shelves": one stem, whichever form
  if (/^[a-z]{3,}[lr]f$/.test(w)) w = `${w.slice(0, -1)}ve`;
  // and of short words: "cups" → "cup", "toys" → "toy" (not "less", "plus", "this", "news", "lens")
  else if (w.length === 4 && /^[a-z]{2}[^aeiousw]s$/.test(w) && !SINGULAR_IN_S.has(w)) w = w.slice(0, -1);
  return SPELLINGS[w] ?? w;
}

export function wordSet(text: string): Set<string> {
  return new Set((text.toLowerCase().match(/[a-z0-9][a-z0-9-]*/g) ?? []).flatMap((w) => [stem(w), ...w.split("-").map(stem)]));
}

// "value, yoy and mom?", "how much did it rise month on month": a change over the month before asked; of a quarter, over
// the quarter before ("qoq", "growth vs q1" of Q2: not "vs q1 growth", two rates, nor "from q1 to q3", a span)
// (only after a change asked: "q2 vs q1?" sets two quarters' levels side by side)
export const QUARTER_BEFORE_ASKED = new RegExp(String.raw`(?<=\b(?:growth|gr[eo]w|change[ds]?|r[io]se|increased?|up|down|`
  + String.raw`fell|fall|declined?|qoq)\s+(?:[\w%]+\s+){0,2}?)`
  + String.raw`(?:vs\.?|versus|over|from|on|against|compared\s+(?:with|to)|relative\s+to)\s+`
  + String.raw`(?:the\s+)?(?:q[1-4]|(?:first|second|third|fourth|previous|prior|preceding|last)\s+quarter)`
  + String.raw`(?!['’]s|\s+\d|\s+(?:growth|rates?|levels?|values?|trade|to|through|until|and)\b)(?![\w/-])`, "i");
const MOM_NAMED = String.raw`\b(?:mom|m-o-m|month[- ]on[- ]month|from\s+the\s+(?:previous|prior)\s+month`
  + String.raw`|qoq|q-o-q|q/q|quarter[- ](?:on|over)[- ]quarter|(?:from|over|on|than|vs\.?)\s+the\s+(?:previous|prior|preceding)\s+quarter)`
  + String.raw`(?![\w/-])`;
// ("growth and mom?": a growth asked beside the month's change is the year's; "mom growth", "growth vs q1" is the
// month's (quarter's) own: the change word before is taken only with the quarter it is over, never across "and")
const MOM_GROWTH = new RegExp(String.raw`(?:${MOM_NAMED}|(?:\b(?:growth|gr[eo]w|change[ds]?|r[io]se|increased?|up|down|fell|`
  + String.raw`fall|declined?|drop)\s+(?:[\w%]+\s+){0,2}?)?(?:${QUARTER_BEFORE_ASKED.source}))`
  + String.raw`(?:\s+(?:change|growth|rise|increase|decline|drop))?`, "gi");
const YOY_ASKED = /\b(?:yoy|y-o-y|year[- ]on[- ]year|from\s+a\s+year\s+(?:earlier|ago|before))\b|\bgr[eo]w(?:th)?\b/i;
/** The changes a question asks: over the month before, over a year (the one reader of both, plans' and look-ups'). */
export function changesAsked(text: string): { mom: boolean; yoy: boolean } {
  const mom = new RegExp(MOM_NAMED, "i").test(text) || overQuarterNamed(text);
  return { mom, yoy: YOY_ASKED.test(mom ? text.replace(MOM_GROWTH, " ") : text) };
}
/**
 * Is a change asked over a quarter the question names ("q2 value and growth vs q1")? Only when the question names the
 * quarter after it too: "how much did exports grow over the first quarter of 2024?" asks the growth of that quarter, and
 * "q2 2024 growth compared with the second quarter of 2023" the growth over a year.
 */
function overQuarterNamed(text: string): boolean {
  const m = QUARTER_BEFORE_ASKED.exec(text);
  if (!m) return false;
  const periods = findPeriods(text, {}, { keepBases: true });
  const inBase = (p: { start: number; end: number }) => p.start < m.index + m[0].length && p.end > m.index;
  const base = periods.find(inBase)?.period;
  return periods.some(({ period: q, ...at }) => !inBase(at) && isCalendarQuarter(q)
    && (!base || (isCalendarQuarter(base) && (q.m1 === base.m2 + 1 ? base.y1 === null || q.y1 === null || q.y1 === base.y1
      : base.m1 === 10 && q.m1 === 1 && (base.y1 === null || q.y1 === null || q.y1 === base.y1 + 1)))));
}
// (the question's words carry what it asks as these two words, whichever way it spelled them)
const MOM_WORD = "month-on-month";
const YOY_WORD = "year-on-year";
// (and a figure asked per head, "per capita", as this one)
const PER_HEAD_WORD = "per-head";
// (and one asked per day or per trip, "a day")
const PER_SPAN_WORD = "per-span";
// (a mark, as above: trade measured against GDP asked, text/dependence.ts)
export const DEPENDENCE_WORD = "trade-dependence";
/** A question's words, with the changes it asks ("mom", "growth") as "month-on-month" and "year-on-year". */
export function questionWords(text: string): Set<string> {
  const words = wordSet(text);
  const { mom, yoy } = changesAsked(text);
  if (mom) words.add(MOM_WORD);
  if (yoy) words.add(YOY_WORD);
  if (PER_HEAD.test(text)) words.add(PER_HEAD_WORD);
  if (PER_SPAN.test(text)) words.add(PER_SPAN_WORD);
  if (DEPENDENCE.test(text)) words.add(DEPENDENCE_WORD);
  return words;
}

// (stems, as in wordSet) words that ask what was looked ahead to
export const EXPECTING = ["expect", "forecast", "target", "goal", "aim", "plan", "plann", "project", "predict", "would", "will"];

// "sales" asked (stemmed, as the question's words are), and the flows a shop's sales are never
const SALES_WORD = "sale";
const FLOWS_OF_TRADE = new Set(["trade", "exports", "imports", "surplus", "deficit", "balance"]);
const QUANTITY_WORDS = ["volume", "volumes", "quantity", "quantities", "tonnes", "tons", "tonnage", "number"];
const PRICE_WORDS = ["price", "prices"];
// (stemmed: "revised", "announced")
export const ESTIMATE_WORDS = ["estimate", "estimates", "initial", "initially", "original", "originally", "preliminary", "announc",
  "revis", "revision", "revisions"];
// the marks extraction adds to a qualifier for what a figure is of (facts/extract.ts): no words that narrow it
const MARKS = /(?:^|, )(?:quantity|prices|forecast|first estimate)\b/g;
const MARK_PART = /^(?:quantity|prices|forecast|first estimate)$/;

/** How many of a qualifier's words the question uses; -1 when it uses none. */
export function qualifierOverlap(qualifier: string, words: Set<string>): number {
  const qs = [...wordSet(qualifier)].filter((w) => w.length > 2 && !QUALIFIER_STOP.has(w));
  if (!qs.length) return 0;
  const hits = qs.filter((w) => words.has(w)).length;
  return hits ? hits : -1;
}

/** A match score, or null when the figure does not answer the spec. */
/** "How many containers did the port handle?": a count of things no flow is of, in the units the question names. */
const countAsked = (f: Fact, spec: Spec) => f.measure === "count" && Boolean(spec.measures?.includes("count"))
  && [...f.unit.toLowerCase().split(/[^a-z]+/), ...unitAskedAs(f.unit)]
    // (the question's words are stems: "enterprises" is asked as "enterpris")
    // (a unit's short name is asked as itself: "how many teu", "how much kwh")
    .some((w) => (w.length > 3 || SHORT_UNITS.has(w))
      && (spec.words.has(w) || spec.words.has(w.replace(/s$/, "")) || spec.words.has(stem(w))));
// the units written in three letters or fewer, which no other word of a question spells
// (not "teu": "how many teu" matched a figure a correction notice withdrew, whose fix it could not tie to it, and gained
// no question of any set; TEUs stay asked as containers)
const SHORT_UNITS = new Set(["kwh", "mwh", "gwh", "twh", "bcm"]);


/** "the tax exemptions?": a figure of no flow that the question names by every word of what it is ("tax exemptions"). */
// ("value of goods on the china-laos railway, and the growth?": the goods of a line named by its name, and their change)
const otherNamed = (f: Fact, spec: Spec) => (f.measure === "amount" || f.measure === "growth") && !f.subject
  && f.qualifier !== undefined && /^[a-z][\w'’-]*(?: [a-z][\w'’-]*){1,2}$/i.test(f.qualifier)
  // ("how much duty got waived?" names the "tax exemptions" by another word for them)
  && [...wordSet(f.qualifier)].every((w) => spec.words.has(w)
    || [...wordSet(unitAskedAs(w).join(" "))].some((x) => spec.words.has(x)));

/** "How many trips, and the growth?": the change of a count (its qualifier names what was counted, matched below). */
const countChangeAsked = (f: Fact, spec: Spec) => f.measure === "growth" && /^.+, quantity\b/.test(f.qualifier ?? "")
  && Boolean(spec.measures?.includes("count"));

/** "How many TEUs, and the growth?": a count, not a value of trade, is asked. */
const countedOnly = (spec: Spec) => Boolean(spec.measures?.includes("count")) && !spec.measures?.includes("amount");
/** Under a count asked: a count of goods asked or in a unit asked ("8,820 trips" is no answer on TEUs), and the change
 * of a counted quantity, not of a value ("trade grew 18.3%"); a bare "volume" or "quantity" asks any count. */
function countFits(f: Fact, spec: Spec): boolean {
  if (f.measure === "count") {
    return f.metric === "partners" || Boolean(f.subject) || countAsked(f, spec) || QUANTITY_WORDS.some((w) => spec.words.has(w));
  }
  return f.measure !== "growth" || f.metric === "other" || /\bquantity\b/.test(f.qualifier ?? "");
}

/** How well a figure is in the asked currency: an amount in it, or stated beside it, or a change "in dollar terms". */
function currencyFit(f: Fact, currency: "yuan" | "US dollars"): number | null {
  const inIt = (unit: string) => (currency === "yuan" ? /yuan/.test(unit) : /dollar/.test(unit));
  if (f.measure === "amount") return inIt(f.unit) ? 3 : f.alt && inIt(f.alt.unit) ? 2 : -2;
  if (f.measure !== "growth") return 0;
  // a change in the other currency's terms is no answer; one in the asked currency's is the best
  const terms = /\b(yuan|dollar) terms\b/.exec(f.qualifier ?? "")?.[1];
  return !terms ? 0 : (terms === "yuan") === (currency === "yuan") ? 3 : null;
}

const JOINING_WORDS = new Set(["and", "or", "of", "the"]);
/** ("how many enterprises had import export records?" of a label's "Enterprises with records: N"): things counted, no
 * goods, named by the question in so many words when none of its subjects is asked. */
const countedThingsSaid = (f: Fact, spec: Spec) => f.measure === "count" && Boolean(f.subject) && !spec.subjects?.length
  && Boolean(spec.measures?.includes("count")) && TRADER_UNIT.test(f.unit)
  && [...wordSet(f.subject!)].filter((w) => !JOINING_WORDS.has(w) && w !== "with").every((w) => spec.words.has(w));
/** "53 aircraft were imported": a count in units of the goods asked about (which another document may trade as a
 * subject, "exports of aircraft") is of those goods. */
const countsSubject = (f: Fact, subjects: string[], countedAsked = false) => f.measure === "count" && !f.subject
  && subjects.length === 1 && (!NOT_GOODS.has(subjects[0]!) || countedAsked)
  // ("deals" of "84 cooperation agreements": the unit's words, or those a question asks it by)
  // (the name's joining words name nothing counted: "cargo and mail")
  && [...wordSet(subjects[0]!)].filter((w) => !JOINING_WORDS.has(w))
    .every((w) => wordSet(f.unit).has(w) || wordSet(unitAskedAs(f.unit).join(" ")).has(w))
  // ("2,300 lamp enterprises" are no lamps: the firms or shops of a trade count as it only when the subject names them)
  && !(TRADER_UNIT.test(f.unit) && !TRADER_UNIT.test(subjects[0]!));

// ("cross-border e-commerce 2031 - value & growth?": a trade mode's own value or growth, of no flow, as a sentence
// gives "e-commerce transactions reached …", is the mode's trade when the question names the mode and no one flow)
const MODES = new Set(SUBJECTS.filter((x) => x.kind === "mode").map((x) => x.name));
const modeValued = (f: Fact, spec: Spec, asked: string | undefined) => f.metric === "other" && spec.metric === "trade"
  && (f.measure === "amount" || f.measure === "growth") && asked !== undefined && MODES.has(asked)
  && ![...spec.words].some((w) => /^(?:export|import)/.test(w));

// ("freight volume?": the freight or cargo a port handled, counted, is asked by its word, no goods' name; "port
// throughput" asks it too, a "container throughput" the containers)
const carriedAsked = (f: Fact, spec: Spec) => (f.measure === "count" || f.measure === "growth")
  && /^(?:freight|cargo|goods)$/.test(f.subject ?? "")
  && ([...wordSet(f.subject!)].every((w) => spec.words?.has(w))
    || (Boolean(spec.words?.has("throughput")) && !spec.words!.has("container"))) && !spec.subjects?.length
  // ("freight train trips": the freight names the trains, it is not asked)
  && !["train", "trip", "flight"].some((w) => spec.words?.has(w));

// the units counts are in, each with the (stemmed) question words that name it
const UNIT_FAMILIES: Array<[RegExp, string[]]> = [
  // ("freight volume": freight is counted in tonnes)
  [/\b(?:tonnes|tons|tonnage)\b/i, ["tonne", "tons", "ton", "tonnage", "freight", "cargo"]],
  [/\bteus?\b/i, ["teu", "teus", "container"]],
  // (a train's trip is one train run: "2,678 trips" answers "how many trains")
  [/\b(?:trains?|trips)\b/i, ["train", "trip"]],
  [/\b(?:vehicles|cars|units)\b/i, ["vehicle", "car", "unit"]],
  // ("clearance times?": hours; a count of anything else, firms or trips, is no time)
  [/\b(?:hours|minutes)\b/i, ["hour", "minute", "clearance"]],
];
const TIME_FAMILY = UNIT_FAMILIES.at(-1)!;
const HOURS = /^(?:hours|minutes)$/i;
const UNIT_PRICE_WORDS = ["price", "per"];
/**
 * "container throughput?" of "Foreign trade containers at the port totaled 0.62 million TEUs": of what a port handled
 * (tonnes, TEUs, or their change), the part that was foreign trade yields to the whole, unless the question names trade.
 */
const handledPart = (f: Fact, spec: Spec) => (f.measure === "count" || /\bquantity\b/.test(f.qualifier ?? ""))
  && UNIT_FAMILIES.slice(0, 2).some(([re]) => re.test(f.measure === "count" ? f.unit : f.qualifier!))
  && !spec.words.has("trade") && !spec.words.has("foreign");

/** "tonnes of goods and their value?": a count in another unit than those the question names (trains) is no answer;
 * nor the change of such a count ("tonnes, quantity" of "which port grew faster in containers?"). */
function otherUnit(f: Fact, spec: Spec): boolean {
  // (the change of a quantity names its unit in its qualifier, extraction's "TEU, quantity")
  const changeOf = f.measure === "growth" && /\bquantity\b/.test(f.qualifier ?? "") ? f.qualifier! : undefined;
  if ((f.measure !== "count" && !changeOf) || !spec.words) return false;
  // ("average unit price", "value per unit": a price's unit is whatever was counted, no vehicles named)
  const priced = UNIT_PRICE_WORDS.some((w) => spec.words.has(w));
  // ("port throughput": the tonnes of cargo a port handled; "container throughput", its TEUs)
  const asked = spec.words.has("throughput") && !spec.words.has("container") ? new Set([...spec.words, "tonne"]) : spec.words;
  const named = UNIT_FAMILIES.filter(([, words]) => words.some((w) => asked.has(w) && !(priced && w === "unit")));
  const own = UNIT_FAMILIES.find(([re]) => re.test(changeOf ?? f.unit));
  // (a time asked: a count in no unit family is no answer either; a change in no unit family is left to the rest)
  return named.length > 0 && (own !== undefined || (!changeOf && named.includes(TIME_FAMILY))) && !named.includes(own!);
}

// (a developer's trace, bot/cli/why.ts: the field on which matchFact turned a fact down; unset, it costs a test)
let onRejected: ((reason: string) => void) | undefined;
function rejected(reason: string): null {
  onRejected?.(reason);
  return null;
}
/** Run `fn` telling `collect` why each fact matchFact turns down was turned down (no change to what it returns). */
export function traceRejections<T>(collect: (reason: string) => void, fn: () => T): T {
  const before = onRejected;
  onRejected = collect;
  try {
    return fn();
  } finally {
    onRejected = before;
  }
}


export function matchFact(f: Fact, spec: Spec): number | null {
  if (f.value === null) return rejected("no value");
  // (a bare zone head asked of a family of zones so named: a member's figure, the one the other fields fit)
  // (and a pilot free trade zone asked by its short name of its full one, or the other way)
  // (and a port named after a city for that city, in what a port counts: its tonnes, boxes and trips, never its trade)
  if (spec.entity && f.entity !== spec.entity && !inZoneFamily(spec.entity, f.entity) && !sameFtz(spec.entity, f.entity)
    && !(f.metric === "other" && !MONEY_UNIT.test(f.unit) && portOfPlace(spec.entity, f.entity))) {
    return rejected("entity");
  }
  // ("timber from russia?" of "6.12 million cubic metres of Russian logs": goods named after the country they came from
  // are imports from it)
  const fromCountry = !f.partner && spec.partner && f.subject && f.metric === "imports"
    && goodsByCountry(f.subject)?.partner === spec.partner;
  if ((f.partner ?? undefined) !== (spec.partner ?? undefined) && !fromCountry) return rejected("partner");
  // "Fujian's private enterprises" is never answered by Fujian's total, nor Fujian's total by a trade mode's figure
  // ("laptops" is "laptop computers" asked by its short name; "furniture" is "furniture and parts")
  const askedSubject = f.subject ? spec.subjects?.find((x) => sameGoods(f.subject!, x)) : undefined;
  // ("ginseng?" of a text's "American ginseng", "rice?" of its "Thai rice": goods named by a country are one kind of
  // the goods, no answer to the goods in general; they answer a question that names the country, as their adjective
  // or as where they came from)
  const byCountry = askedSubject ? goodsByCountry(f.subject!) : undefined;
  if (byCountry && !fromCountry && spec.partner !== byCountry.partner
    && ![...wordSet(f.subject!.split(/\s+/)[0]!)].every((w) => spec.words.has(w))) return rejected("subject named by another country");
  if (spec.subjects && !spec.anyQualifier && (f.subject ? !askedSubject : spec.subjects.length > 0)
    // ("how many of them are foreign-invested?": firms of a kind counted, when a count is asked)
    && !countsSubject(f, spec.subjects, Boolean(spec.measures?.includes("count"))) && !carriedAsked(f, spec)
    && !countedThingsSaid(f, spec)) return rejected("subject");
  let score = 0;
  // ("how much can a resident buy per day in the trade zone?": an allowance per day, of no flow, is what a question
  // asking per day wants, whatever flow its zone's name says)
  const allowance = f.metric === "other" && f.measure === "amount" && PER_SPAN.test(f.unit)
    && Boolean(spec.words?.has(PER_SPAN_WORD));
  // ("import and export clearance times?": a time is each flow's own, never one of the whole trade; both flows named
  // ask each one's hours)
  const eachFlowTime = spec.metric === "trade" && (f.metric === "imports" || f.metric === "exports")
    && f.measure === "count" && HOURS.test(f.unit) && countAsked(f, spec)
    && ["import", "export"].every((w) => spec.words?.has(w) || spec.words?.has(`${w}s`));
  if (allowance || eachFlowTime) score += 1;
  else if (spec.metric) {
    // ("cross-border e-commerce parcels, how many and worth how much": a count of the asked mode's things, of no flow,
    // is of the mode's whole trade)
    const modeCounted = f.metric === "other" && spec.metric === "trade" && Boolean(spec.measures?.includes("count"))
      && Boolean(spec.subjects?.length) && countsSubject(f, spec.subjects!, true);
    if (f.metric !== spec.metric && !modeCounted && !modeValued(f, spec, askedSubject)) return rejected("metric");
  // ("processing value-added policy: how much goods went to the mainland?": a figure of no flow whose goods are asked)
  } else if ((f.metric === "other" && !askedSubject && !countAsked(f, spec) && !countChangeAsked(f, spec)
    && !otherNamed(f, spec) && !(f.qualifier === "sales" && spec.words.has(SALES_WORD)))
    || f.metric === "investment"
    || (f.metric === "partners" && !spec.measures?.includes("count"))) return rejected("metric (other, investment or partners: no flow asked)");
  else if (f.metric === "trade") score += handledPart(f, spec) ? -2 : 1;
  // ("duty free 2017: sales?": what shops sold, never the place's plain total trade or flow, of no goods or mode)
  if (!spec.metric && spec.words?.has(SALES_WORD) && FLOWS_OF_TRADE.has(f.metric) && !f.subject && !f.qualifier
    && !f.partner) return rejected("sales asked: a plain flow");
  if (spec.measures?.length && !spec.measures.includes(f.measure)) return rejected("measure");
  if (otherUnit(f, spec)) return rejected("unit (another count's)");
  // ("250,000 yuan per resident": a figure over the people answers only a question asking it per head, and such a
  // question takes no total)
  // (asked with "per": "border residents' trade" is a trade mode, no figure per head)
  // ("per the head of X customs" asks nothing per head: the two words side by side do)
  // (trade measured against GDP answers only a question that asks it, and such a question takes no other figure)
  if (Boolean(f.qualifier?.includes(TRADE_DEPENDENCE)) !== Boolean(spec.words?.has(DEPENDENCE_WORD))) return rejected("trade dependence");
  const perHead = Boolean(spec.words?.has(PER_HEAD_WORD));
  if ((f.measure === "amount" || perHead) && PER_HEAD.test(f.unit) !== perHead) return rejected("per head");
  // ("6,000 yuan per shopper" answers only a question that names the shoppers, never one asking the sales)
  const visitor = f.measure === "amount" ? PER_VISITOR_UNIT.exec(f.unit)?.[1]?.toLowerCase() : undefined;
  if (visitor && !spec.words?.has(visitor) && !spec.words?.has(`${visitor}s`)) return rejected("per visitor");
  // ("8,000 yuan a day": an allowance per day or trip answers only a question asking it so, and takes no total)
  if (f.measure === "amount" && PER_SPAN.test(f.unit) !== Boolean(spec.words?.has(PER_SPAN_WORD))) return rejected("per day or trip");
  // ("freight volume?": a count of partner countries answers only a question about partners)
  if (f.metric === "partners" && f.measure === "count" && spec.words && !spec.metric
    && !["country", "partner", "economy", "market", "region", "nation"].some((w) => spec.words!.has(w))) return rejected("partners count not asked");
  // a change over the month before answers only a question that asks it ("mom"), and one asked alone takes no other
  if (f.measure === "growth" && spec.words) {
    const mom = isMonthOnMonth(f);
    // ("may trade was 23.5% above april": the month before named, or the change itself stated, asks it too)
    const momAsked = spec.words.has(MOM_WORD)
      || (mom && MONTH_NAMES.some((m) => spec.words!.has(m) && (f.base ?? "").toLowerCase().includes(m)));
    const yoyAsked = spec.words.has(YOY_WORD);
    const stated = spec.values?.some((v) => Math.abs(Math.abs(v) - Math.abs(f.value!)) < 0.011);
    if (!stated && (mom ? !momAsked : momAsked && !yoyAsked)) return rejected("change over the month before (or not) asked");
    // ("32.9 percent higher than in the same period of 2019" of 2021: a change over a base year answers only a question
    // that names that year)
    const over = baseYearOf(f);
    if (over && !stated && !spec.words.has(String(over))) return rejected("change over a base year not named");
  }
  if (!spec.metric && !spec.anyQualifier && countedOnly(spec) && !countFits(f, spec)) return rejected("count asked: no fitting count");
  // "137 westbound trips" answers only a question that says which way: a part of a count is no answer for the whole
  const way = f.measure === "count" ? /^(\w+bound)\s/i.exec(f.unit)?.[1]?.toLowerCase() : undefined;
  if (way && !spec.words?.has(way)) return rejected("way (westbound/eastbound) not asked");
  // a gap to the regional average answers a question about that average, never one about the national average
  if (f.measure === "pp_gap" && f.scope && !spec.words?.has(f.scope)) return rejected("gap's scope not asked");
  // "exports made up 55% of total trade" is no share of exports, nor is an exports' share asked of total trade
  if (f.measure === "share" && (f.ofMetric ?? undefined) !== (spec.ofMetric ?? undefined)) return rejected("share of another flow");
  if (spec.period) {
    if (f.period) { if (!samePeriod(f.period, spec.period)) return rejected("period"); score += 2; }
    else score -= 1;
  }
  // a qualifier that only names the fact's subject was matched with the subject ("foreign-funded" asks for it too)
  // (what a change is of, a quantity's or a price's, is weighed apart from what narrows the figure)
  // ("electric vehicles, new three" of electric vehicles asked for: the group the asked goods belong to narrows nothing)
  const asked = askedSubject !== undefined ? f.subject : undefined;
  // (the goods with their parts yield to a figure of the goods alone)
  // (not a list ending with the asked goods, "wigs, hairpieces and other hair products": the goods whole, named by members)
  if (askedSubject !== undefined && askedSubject !== f.subject && !listOfGroup(f.subject!, askedSubject)) score -= 3;
  // ("4.11 billion kWh" of no goods, taken as the asked electricity by its unit, yields to the same figure naming them)
  if (!f.subject && spec.subjects?.length && !spec.anyQualifier) score -= 0.5;
  const plain = f.qualifier?.replace(MARKS, "").split(", ").filter((p) => !asked || !memberOfGroup(p, asked)).join(", ")
    || undefined;
  if (plain && !(asked && plain === asked)) {
    // ("TEUs, quantity" is asked as "container throughput")
    // (the words of the asked subject's name are asked, however the question spelled it: "agri" for "agricultural")
    const words = asked ? new Set([...spec.words, ...wordSet(asked)]) : spec.words;
    const named = `${plain} ${unitAskedAs(plain).join(" ")}`;
    const o = plain.startsWith("members of") ? 0 : qualifierOverlap(named, words);
    // (the fact's own place named in it, "Shanghai Pilot Free Trade Zone" of Shanghai, is no word the question narrows
    // by: a question that only names the place asks its whole figure first)
    const own = wordSet(displayName(f.entity));
    const byPlace = o > 0 && qualifierOverlap(named, new Set([...words].filter((w) => !own.has(w)))) < 0;
    // a rank by growth answers "where did it rank", labelled as such, when no other rank does
    const rankBy = f.measure === "rank" && f.qualifier === "growth rate";
    if (o < 0 && !spec.anyQualifier && !rankBy) return rejected("qualifier words not in the question");
    score += (rankBy && o < 0) || byPlace ? -1 : o * 2;
  }
  // "up 12.5 percent" after "10.24 million tonnes" is the quantity's change: a question about value takes the value's first
  if (f.qualifier && /\bquantity\b/.test(f.qualifier)) score += QUANTITY_WORDS.some((w) => spec.words?.has(w)) ? 1 : -1.5;
  // a change in price answers only a question about prices
  if (f.qualifier && /\bprices\b/.test(f.qualifier) && !spec.anyQualifier && !PRICE_WORDS.some((w) => spec.words?.has(w))) return rejected("price change not asked");
  // (and a question about prices takes the change in price before the flow's own: "how much did the export price change")
  if (f.qualifier && /\bprices\b/.test(f.qualifier) && PRICE_WORDS.some((w) => spec.words?.has(w))) score += 3;
  // a first estimate a later figure revised answers only a question about estimates or revisions
  if (f.qualifier && /\bfirst estimate\b/.test(f.qualifier) && !ESTIMATE_WORDS.some((w) => spec.words?.has(w))) return rejected("first estimate not asked");
  // a target or a forecast answers only a question about what was expected
  if (f.qualifier && /\bforecast\b/.test(f.qualifier) && !EXPECTING.some((w) => spec.words?.has(w))) return rejected("forecast not asked");
  // "where did it rank among China's 15 sub-provincial cities": the rank whose scope the question names
  if (f.scope && qualifierOverlap(f.scope, spec.words) > 0) score += 2;
  if (spec.values?.some((v) => Math.abs(Math.abs(v) - Math.abs(f.value!)) < 0.011)) score += 5;
  if (spec.currency) {
    const fit = currencyFit(f, spec.currency);
    if (fit === null) return rejected("currency");
    score += fit;
  }
  if (f.derived) score -= 0.5;
  // "past 600 billion yuan" in a headline yields to the exact "615.8 billion yuan" of the text
  if (f.approx) score -= 0.5;
  return score;
}

// "the revised number": the figure a first estimate was revised to, before another source's (a yearbook's) same figure
const REVISED_ASKED = ["revis", "revision"];
/** Is this the figure that the same document's first estimate (same owner, flow, measure and period) was revised to? */
const revisedFrom = (f: Fact, facts: Fact[]) => !/\bfirst estimate\b/.test(f.qualifier ?? "") && f.period !== undefined
  && facts.some((g) => g.docId === f.docId && /\bfirst estimate\b/.test(g.qualifier ?? "") && g.entity === f.entity
    && g.metric === f.metric && g.measure === f.measure && (g.partner ?? "") === (f.partner ?? "")
    && (g.subject ?? "") === (f.subject ?? "") && g.period !== undefined && samePeriod(g.period, f.period!));

/** Facts answering the spec, best first; a figure rounded in words yields to the exact one it rounds. */
export function candidates(facts: Fact[], spec: Spec): Fact[] {
  const scored: Array<[Fact, number]> = [];
  const revised = REVISED_ASKED.some((w) => spec.words.has(w));
  for (const f of facts) {
    const s = matchFact(f, spec);
    if (s !== null) scored.push([f, s + (revised && revisedFrom(f, facts) ? 3 : 0)]);
  }
  const kept = new Set(withoutRounded(scored.map(([f]) => f)));
  const ranked = scored.filter(([f]) => kept.has(f)).sort((a, b) => b[1] - a[1]);
  return familyInDoubt(ranked, spec) ? [] : ranked.map(([f]) => f);
}

/** A zone family asked by its bare head whose best-fitting figures are two members' different ones: no sure answer. */
function familyInDoubt(ranked: Array<[Fact, number]>, spec: Spec): boolean {
  if (!spec.entity || !ranked.some(([f]) => f.entity !== spec.entity)) return false;
  const top = ranked.filter(([, s]) => s === ranked[0]![1]).map(([f]) => f);
  return new Set(top.map((f) => f.entity)).size > 1 && new Set(top.map((f) => f.value)).size > 1;
}

// "past", "over N": the exact figure is at least N; "nearly", "under N": at most N ("about N": either side)
const AT_LEAST = /^(?:past|over|more than|above|exceed\w*|surpass\w*|top\w*|at least|upwards of)$/;
const AT_MOST = /^(?:nearly|almost|less than|under|below|up to|close to)$/;
// how far a figure rounded in words may be from the exact one it rounds (a tenth of it)
const ROUNDED_WITHIN = 0.1;
const unitBase = (unit: string) => unit.replace(/^(?:thousand|million|billion|trillion)\s+/i, "");

/**
 * The exact figure that a figure rounded in words rounds: same owner, flow, measure, period and goods, its qualifier
 * none or the rounded one's ("Tacheng Port's trade passes 150 billion yuan" in a headline, "153.27 billion yuan of
 * imports and exports went through Tacheng Port" in the text), within a tenth of it and on the side its word says.
 */
function exactOf(rounded: Fact, facts: Fact[]): Fact | undefined {
  const word = rounded.approx!;
  const size = rounded.value! * rounded.scale;
  return facts.find((f) => !f.approx && f.value !== null && f.entity === rounded.entity && f.metric === rounded.metric
    && f.measure === rounded.measure && unitBase(f.unit) === unitBase(rounded.unit)
    && (f.partner ?? "") === (rounded.partner ?? "") && (f.subject ?? "") === (rounded.subject ?? "")
    && qualifierWithin(f.qualifier, rounded.qualifier)
    && (f.period && rounded.period ? samePeriod(f.period, rounded.period) : !f.period && !rounded.period)
    && Math.abs(f.value * f.scale - size) <= ROUNDED_WITHIN * Math.abs(f.value * f.scale)
    && !(AT_LEAST.test(word) && f.value * f.scale < size) && !(AT_MOST.test(word) && f.value * f.scale > size));
}

/** The exact figure's qualifier none, the rounded one's, or a part of it ("private enterprises" within "private
 * enterprises, our exports": a speaker's rounding of the figure the text states). */
function qualifierWithin(exact: string | undefined, rounded: string | undefined): boolean {
  if (!exact || exact === rounded) return true;
  const parts = new Set((rounded ?? "").split(", "));
  return exact.split(", ").every((p) => parts.has(p));
}

/** The facts but those rounded in words whose exact figure is among them: "past N" never wins over the N it rounds. */
function withoutRounded(facts: Fact[]): Fact[] {
  return facts.some((f) => f.approx) ? facts.filter((f) => !f.approx || f.value === null || !exactOf(f, facts)) : facts;
}

/**
 * The facts but those whose qualifier only adds parts the question does not name to a twin's (same owner, flow,
 * goods, measure, unit and period): "Weihai Port handled 15 million tonnes of imported copper ore" (qualifier
 * "copper ore, port") yields to "Weihai imported 3 million tonnes of copper ore" when the question names no port.
 */
export function withoutUnaskedParts(facts: Fact[], words: Set<string>): Fact[] {
  const parts = (f: Fact) => (f.qualifier ? f.qualifier.split(", ") : []);
  const twin = (a: Fact, b: Fact) => a !== b && a.entity === b.entity && a.metric === b.metric && a.measure === b.measure
    && a.unit === b.unit && a.partner === b.partner && a.subject === b.subject
    && (a.period && b.period ? samePeriod(a.period, b.period) : !a.period && !b.period);
  return facts.filter((f) => !facts.some((g) => {
    if (!twin(f, g)) return false;
    const own = parts(g);
    const extra = parts(f).filter((p) => !own.includes(p));
    // (a mark of what the figure is of, "quantity", "prices", is weighed apart: never dropped here)
    return own.every((p) => parts(f).includes(p)) && extra.length > 0 && !extra.some((p) => MARK_PART.test(p))
      && qualifierOverlap(extra.join(" "), words) < 0;
  }));
}

/** The best fact per measure (and qualifier), so a look-up shows each kind of figure once. */
export function bestPerMeasure(facts: Fact[]): Fact[] {
  const seen = new Set<string>();
  const out: Fact[] = [];
  for (const f of facts) {
    // (the change of a quantity and of its value are one kind of figure: the better fitting of the two is shown)
    // (a count's parts, "westbound trips" and "eastbound trips", are kinds of figure of their own)
    // (a change over a year and one over the month before, both asked, are two: "growth and mom?")
    const key = `${f.measure}|${(f.qualifier ?? "").replace(/(?:^|, )quantity$/, "")}|${f.metric}|${/^\w+bound\s/i.test(f.unit) ? f.unit : ""}`
      + (f.measure === "growth" && isMonthOnMonth(f) ? "|mom" : "");
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(f);
  }
  return out;
}

/** Figures are only ranked against figures of the same metric, measure, unit, period, partner and qualifier. */
export function comparabilityKey(f: Fact, acrossPartners = false, acrossPeriods = false): string {
  const period = acrossPeriods ? "" : periodKey(f.period);
  return [f.metric, f.measure, f.unit, period, acrossPartners ? "" : f.partner ?? "", f.qualifier?.startsWith("members of") ? "" : f.qualifier ?? ""].join("|");
}

/**
 * Facts in groups of comparable figures, largest group first; `distinct` keeps one figure per place and partner;
 * `acrossPeriods` ranks figures of the periods the question gave each place ("zhejiang 2020, hangzhou 2021").
 */
export function groupComparable(facts: Fact[], options: { acrossPartners?: boolean; distinct?: boolean; acrossPeriods?: boolean } = {}): Fact[][] {
  const groups = new Map<string, Fact[]>();
  for (const f of facts) {
    const key = comparabilityKey(f, options.acrossPartners, options.acrossPeriods);
    const list = groups.get(key) ?? [];
    if (!options.distinct || !list.some((x) => x.entity === f.entity && x.partner === f.partner)) list.push(f);
    groups.set(key, list);
  }
  return [...groups.values()].sort((a, b) => b.length - a.length);
}

/**
 * The year a change is over when it is no year-on-year one: "32.9 percent higher than in the same period of 2019" of
 * 2021's first half (2019); "the same period of 2020" is a year before, no base of its own.
 */
export function baseYearOf(f: Fact): number | undefined {
  const year = Number(/\b((?:19|20)\d\d)\b/.exec(f.base ?? "")?.[1]);
  return year && f.period?.y1 != null && year < f.period.y1 - 1 ? year : undefined;
}

const MONTH_NAMES = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
  "november", "december"];
/**
 * Is a change one over the month before: "month on month", "from the previous month", or "than in February" of a figure
 * for March?
 */
export function isMonthOnMonth(f: Fact): boolean {
  const base = f.base?.toLowerCase() ?? "";
  if (/\b(?:month[- ]on[- ]month|mom|m-o-m|m\/m|(?:previous|preceding|prior)\s+month|month\s+before)\b/.test(base)) return true;
  const p = f.period;
  if (p && isQuarter(p)) return overQuarterBefore(p, base);
  if (!p || p.m1 !== p.m2 || p.y1 !== p.y2 || p.y2 === null || /\byear\b/.test(base)) return false;
  const named = MONTH_NAMES.findIndex((m) => new RegExp(String.raw`\b${m}\b`).test(base)) + 1;
  // (the month before, in the same year or, before January, the year before: "than in April 2019" of May 2019)
  const [month, year] = p.m1 === 1 ? [12, p.y2 - 1] : [p.m1 - 1, p.y2];
  const stated = /\b((?:19|20)\d\d)\b/.exec(base)?.[1];
  return named === month && (!stated || Number(stated) === year);
}

const QUARTER_ORDINALS = ["first", "second", "third", "fourth"];
const isQuarter = (p: Period) => p.y1 !== null && isCalendarQuarter(p);
/** Is a change of a quarter's figure one over the quarter before: "from the first quarter" of Q2, "quarter on quarter"? */
function overQuarterBefore(p: Period, base: string): boolean {
  if (/\b(?:quarter[- ](?:on|over)[- ]quarter|q-o-q|qoq|q\/q|(?:previous|preceding|prior)\s+quarter|quarter\s+before)\b/
    .test(base)) return true;
  const named = QUARTER_ORDINALS.findIndex((o) => new RegExp(String.raw`\b${o}\s+quarter\b`).test(base)) + 1;
  const q = (p.m1 + 2) / 3;
  // (the quarter before, in the same year or, before the first, the year before: "from the fourth quarter of 2022")
  const [before, year] = q === 1 ? [4, p.y2! - 1] : [q - 1, p.y2!];
  const stated = /\b((?:19|20)\d\d)\b/.exec(base)?.[1];
  return named === before && !/\b(?:last|previous)\s+year\b/.test(base) && (!stated || Number(stated) === year);
}
