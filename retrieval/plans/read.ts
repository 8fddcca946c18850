import type { NumberMention } from "../../text/numbers.js";
import { capitalOf, namesCapital } from "../../text/capitals.js";
import { findEntities } from "../../text/entities.js";
import { findMetricWords } from "../../text/flows.js";
import { shortFormsOf } from "../../text/subjects.js";
import { displayName, isCountyLevel, isPrefectureLevel, place } from "../../text/places.js";
import { isZone, zonePlace } from "../../text/zones.js";
import { findPeriods, followingYear, isPartOf, periodLabel, precedingPeriod, previousYear, samePeriod, type Period } from "../../text/periods.js";
import type { Measure, Metric } from "../../text/terms.js";
import {
  ASKS_COUNT, ASKS_EARLIER, SPEND_PER, askedCurrency, askedText, asksBothCurrencies, BOTH_FLOWS, cargoCountOnly, type QuestionFrame, REASONS,
  MORE_COUNTED, SHARE_CHANGE,
} from "../figures/query.js";
import { changesAsked, DEPENDENCE_WORD } from "../figures/select.js";
import { sameCountUnit, scaleOnly, type Amount } from "./operations.js";
import type { Quantity } from "./quantity.js";
import { DEPENDENCE } from "../../text/dependence.js";

/**
 * A question as a plan: the quantities it asks for or needs, and the operation that joins them.
 * - values: each quantity is an asked part ("how much, and how fast did it grow")
 * - earlier: the level before a stated change (amount ÷ (1 + growth))
 * - target: the level a growth target leads to from the year before (amount × (1 + target))
 * - whole: the total a part and its share imply (part ÷ share)
 * - remainder: a total less its named parts ("firms that were neither private nor foreign-funded"; "h1 minus q2")
 * - compare: two sides on one measure, and the gap between them
 * - reference: the national rate a place's rate and its stated gap imply (rate − gap), flow by flow
 * - combined: several parts added up, and their sum's share of the whole ("ASEAN, the EU and the US together")
 * - overTime: one quantity (or several) at two periods: the difference, the change in percent, the multiple
 * - balance: exports less imports, a surplus when positive and a deficit when negative
 * - average: an amount over a period spread over its months (quarters, years)
 * - part: one amount as a percentage of another (a city's of its province's, one period's of another's)
 * - unitPrice: a value over the quantity it paid for (yuan per tonne)
 * - rateApart: a rate in another period from the stated one and the points between them ("a decline 1.8 pts narrower
 *   than in Jan–Apr")
 * - toTarget: what a place still needs in the rest of a period to reach its target for it (target − the level so far)
 * - growthToTarget: the growth a level target for a year needs over the year before's level (target ÷ level − 1)
 * - targetGap: how far an outcome fell short of (or beat) its level target, and the outcome as a percent of the target
 * - added: parts of one place (its partners or subjects) added up, with no share asked ("A + B")
 * - exchangeRate: the yuan-to-dollar rate a total stated in both currencies implies (yuan ÷ dollars)
 * - ofCombined: services trade as a share of goods and services together: services ÷ (goods + services)
 * - revision: a revised figure against its first estimate: the difference, and the change in percent
 * - perThing: a total over the things counted that carried it (TEU per trip, tonnes per train, yuan per vehicle)
 */
export type Operation = "values" | "earlier" | "target" | "whole" | "remainder" | "compare" | "reference" | "combined" | "overTime"
  | "balance" | "average" | "part" | "unitPrice" | "rateApart" | "toTarget" | "added" | "exchangeRate" | "ofCombined" | "revision"
  | "growthToTarget" | "targetGap" | "perThing";

/** What an over-time plan works out between the two levels. */
export type Change = "difference" | "percent" | "times" | "annual" | "yearly";

export interface Plan {
  operation: Operation;
  inputs: Quantity[];
  /** For compare: what each side is called; for a remainder of periods, the period it leaves. */
  labels?: string[];
  /** For overTime: what to work out between the later and the earlier level; for balance, "difference" the gap. */
  changes?: Change[];
  /** Values asked beside the operation's result ("the total for the month, and the trade surplus"). */
  also?: Quantity[];
  /** Question words the operation reads as asking ("rest of", "price per"): no cited sentence has to say them. */
  asking?: string[];
  /** For earlier: the period asked where it is not the year before ("23.5% above April": the month before). */
  earlierAt?: Period;
  /** A further comparison asked after this one ("who traded more, and who exported more?": the exports). */
  next?: Plan;
  /** The question names no flow ("its q2 figure"): a figure a sentence gives of no flow may be the one meant. */
  anyFlow?: boolean;
}

/** Change words and the sign they give a stated percentage. */
const CHANGE_SIGN: Record<string, 1 | -1> = {
  fell: -1,
  fall: -1,
  falls: -1,
  dropped: -1,
  drop: -1,
  declined: -1,
  decline: -1,
  decreased: -1,
  down: -1,
  shrank: -1,
  shrink: -1,
  slid: -1,
  slumped: -1,
  plunged: -1,
  contracted: -1,
  lower: -1,
  rose: 1,
  rise: 1,
  grew: 1,
  grow: 1,
  growth: 1,
  up: 1,
  jumped: 1,
  surged: 1,
  increased: 1,
  climbed: 1,
  expanded: 1,
  soared: 1,
  gained: 1,
  higher: 1,
};
const ASKS_TOTAL = /\btotal\b|\bhow big\b|\bwhole\b|\boverall\b/i;
// "neither private nor foreign-funded", "other than general trade": a total less its named parts
export const LESS_PARTS =
  /\bneither\b|\bother than\b|\bexcluding\b|\bapart from\b|\bnot counting\b|\bexcept\b|\boutside(?: of)?\b|\bthe rest of\b/i;
// "except Russia", "other than the US", "non-ASEAN": the words that set the partner after them apart from the total
const PARTNER_SET_APART = new RegExp(String.raw`(?:\b(?:other than|excluding|apart from|not counting|except(?: for)?|`
  + String.raw`outside(?: of)?)\s+(?:the\s+|with\s+(?:the\s+)?)?|\bnon-?\s*)$`, "i");
const APART_WORDS = new Set(["everyone", "everybody", "except", "excluding", "other", "others", "outside", "apart",
  "partners", "countries", "world", "rest", "counting"]);
// "with the rest of ASEAN": the whole the other parts are taken from
const REST_OF = /\b(?:the\s+)?rest\s+of\s+(?:the\s+)?$/i;
const FLOW_SIDES =
  /\b(?:exports?|imports?)\s+or\s+(?:exports?|imports?)\b|\b(?:exports?|imports?)\s+(?:vs\.?|versus)\s+(?:exports?|imports?)\b/i;

// "how many pts above the national growth rate", "how far above the national average": the gap to an average
const GAP_TO_AVERAGE = new RegExp(String.raw`\bhow (?:many|far|much)\b[^?,]*?\b(?:points?|pts|pp|above|below|ahead|behind)\b`
  + String.raw`[^?,]*?\b(?:average|avg|rate|level)\b`, "i");

/** What each kind of asked part sounds like; a question that asks two or more at once is planned part by part. */
const ASKED: Array<{ measure: Measure; cue: RegExp }> = [
  {
    measure: "amount",
    // ("by how much" asks for a gap or a change, not an amount)
    cue: /(?<!\bby\s)\bhow much\b(?!(?:(?!\band\b)[^?,])*\b(?:gr[eo]w|rise|rose|fall|fell|drop|increase|decline|change|faster|slower)\b)|\bvalues?\b|\bworth\b|(?<!(?:%|\bpercent(?:age)?|\bpct|\bshare|\bproportion)\s+of\s+(?:the\s+)?(?:[\w'’]+\s+){0,2})\btotal\b(?!\s+(?:foreign\s+)?(?:trade|exports?|imports?))|\bhow big\b|\bamounts?\b|\bin (?:yuan|usd|dollars)\b|\b(?:imports?|exports?)\s*(?:\+|&|and)\s*(?:imports?|exports?)\b/i,
  },
  {
    measure: "growth",
    // ("what happened to the export value?": the value's change)
    cue: /\bwhat happened to\b|\bhow fast\b|\bgr[eo]w(?:th)?\b|\byoy\b|\by-o-y\b|\bmom\b|\bm-o-m\b|\bmonth[- ]on[- ]month\b|\bchange\b|\bby how much did\b|\bhow much did [\w' ]+ (?:gr[eo]w|rise|fall|drop|increase|decline)\b/i,
  },
  { measure: "share", cue: /\bshares?\b|\bproportion\b|\bpercent(?:age)? of\b|% of\b/i },
  // ("change in share (pts)": the share's change, in points)
  { measure: "pp_change", cue: SHARE_CHANGE },
  { measure: "rank", cue: /\brank(?:ed|ing)?\b|\bposition\b/i },
  { measure: "pp_gap", cue: GAP_TO_AVERAGE },
  // ("coal imports: tonnage and value?", "how many trips": the quantity counted is a part of its own)
  { measure: "count", cue: ASKS_COUNT },
];
// ("value and national share?", "what share nationally?": the share of the nation's total, said short)
const OF_NATIONAL = /\bof (?:china|the country|the nation|the national)\b|\bnational (?:total|share)\b|\bnationwide\b|\bshare nationally\b/i;
const OF_OWN = /\b(?:its|their|the (?:city|province|region|island|port|area|zone)'s)(?: own)? total\b|\bown total\b/i;
const JOINED = /\band\b|,|\+|&|\bboth\b|\bseparately\b|\bas well as\b/i;

/** The measures a text asks for, in the order of the ASKED table. */
const measuresAsked = (text: string): Measure[] => {
  // ("how many pts above the national growth rate" asks the gap, not a growth)
  // (nor is "the change in its share" a growth)
  const rest = text.replace(GAP_TO_AVERAGE, " ").replace(new RegExp(SHARE_CHANGE.source, "gi"), " ");
  // ("how much of it was foreign trade cargo?": a quantity, no amount)
  return ASKED.filter((a) => (a.measure === "pp_gap" || a.measure === "pp_change" ? a.cue.test(text) : a.cue.test(rest))
    && !(a.measure === "amount" && cargoCountOnly(text))).map((a) => a.measure);
};

// "what % of Shandong's total trade was it": the place after "% of" is the whole, not the owner
const WHOLE_BEFORE = /(?:%|\bpercent(?:age)?|\bshare|\bproportion)\s+of\s+(?:the\s+)?$/i;
const RANKED_AMONG = /\b(?:among|amongst)\s+(?:the\s+)?$/i;
const PLACES_OF = /^(?:['’]s)?\s+(?:[\w-]+\s+){0,2}(?:cities|prefectures|provinces|regions|counties|districts)\b/i;
// ("share of the province's trade", "… of the province's exports": the province's whole of that flow)
const OF_PROVINCE = /\bthe province['’]s(?: own)? (total|(?:foreign\s+)?trade|exports|imports)\b/i;
// (a whole of the flow asked: "xiamen's exports as % of the province's trade" is no share of the province's exports)
const ofProvince = (text: string, metric: Metric | undefined): boolean => {
  const whole = OF_PROVINCE.exec(text)?.[1]?.toLowerCase();
  if (!whole || whole === "total") return whole === "total";
  return (metric ?? "trade") === (whole === "exports" || whole === "imports" ? whole : "trade");
};

// the words by which a question names the whole country as the owner
const NATION_NAMED = /\b(?:china|chinese|national|nationwide|nation['’]?s?|country['’]?s?|mainland)\b/i;

function owner(q: QuestionFrame): Omit<Quantity, "measure"> | undefined {
  // "what share of the 'new three' exports was that?": a subject after "share of" is the whole, not the part
  const wholeSubject = q.subjects.length === 2 ? q.subjects.find((s) => subjectIsWhole(q.text, s)) : undefined;
  if (wholeSubject) {
    const part = owner({ ...q, subjects: q.subjects.filter((s) => s !== wholeSubject) });
    return part && { ...part, wholeSubject, shareOf: undefined };
  }
  // "what share of Guangxi's ASEAN trade was with Vietnam?": the partner after "share of" is the whole
  const wholePartner = q.partners.length === 2 ? partnerIsWhole(q) : undefined;
  if (wholePartner) {
    const part = owner({ ...q, partners: q.partners.filter((p) => p !== wholePartner) });
    return part && { ...part, wholePartner, shareOf: undefined };
  }
  // "what percentage of its trade was exports?": one flow's share of the total
  const flow = q.measures.includes("share") && !q.subjects.length && !q.partners.length ? flowOfTotal(q.text) : undefined;
  if (flow) {
    const part = owner({ ...q, measures: [], metric: "trade" });
    return part && { ...part, metric: flow, wholeMetric: "trade", shareOf: undefined };
  }
  const named = q.entities.filter((e) => e !== "china");
  // ("where did X rank among sichuan's cities": the place whose cities are ranked is the field, not a side)
  const wholes = findEntities(q.text).filter((m) => WHOLE_BEFORE.test(q.text.slice(0, m.start))
    || (RANKED_AMONG.test(q.text.slice(0, m.start)) && PLACES_OF.test(q.text.slice(m.end)))).map((m) => m.id);
  const owners = named.filter((e) => !wholes.includes(e));
  const places = owners.length === 1 && named.length > 1 ? owners : named;
  if (places.length > 1 || q.partners.length > 1 || q.subjects.length > 1) return undefined;
  // ("how many TEUs, and the growth?": a count of no flow is of things, not trade, and the solver reads it)
  const countsThings = !q.metric && q.measures.includes("count") && !q.measures.includes("amount");
  if (q.metric === "surplus" || q.metric === "deficit" || q.metric === "investment" || q.metric === "other" || countsThings)
    return undefined;
  // ("offshore duty-free sales 2022 vs 2025": shops' sales are of no flow of the place's trade)
  const sales = !q.metric && q.subjects.length === 1 && /\bsales$/i.test(q.subjects[0]!);
  const metric: Metric = sales ? "other" : q.metric === "partners" || !q.metric ? "trade" : q.metric;
  // a share asked of a part (a partner, a subject) is of the owner's own total unless the question says national
  // ("what % of the province's total was it?" of a city: its province's total, not its own)
  const entity = places[0] ?? "china";
  // ("biobay's 2023 trade", "yizhuang BDA: trade in 2018 vs 2024": a zone or park no reader knows is not the nation,
  // whose figures are asked only by naming it; the plan is kept, so that it abstains rather than quote another's)
  // (a question naming no owner at all, "how much did exports grow in 2033?", asks the nation's, as it always did)
  const unread = !places.length && !q.entities.includes("china") && !NATION_NAMED.test(q.text)
    && (UNREAD_OWNER.test(q.text) || UNREAD_ACRONYM.test(q.text));
  // ("changchun's share of jilin trade": the province the city lies in, named after "share of", is the same whole)
  const ofParent = !q.partners.length && !q.subjects.length && place(entity)?.kind === "city"
    && (ofProvince(q.text, q.metric) || wholes.includes(place(entity)?.parent ?? ""));
  const shareOf = OF_NATIONAL.test(q.text)
    ? "national"
    : ofParent ? "parent"
      : OF_OWN.test(q.text) || q.partners.length || q.subjects.length
        ? "own"
        : undefined;
  return {
    entity,
    metric,
    ...(shareOf && { shareOf }),
    ...(q.partners[0] && { partner: q.partners[0] }),
    ...(q.subjects[0] && { subject: q.subjects[0] }),
    ...(!q.metric && q.subjects.length === 1 && { flowUnnamed: true }),
    ...(unread && { ownerUnread: true }),
  };
}

// (a "%" typed on its own, "what % of", has no word boundary before it)
// (a period of two words may stand between the owner and its trade: "X's jan-nov 2021 trade", "its first-half 2031 trade")
const TRADE_AS_WHOLE = /(?:\b(?:share|percentage|proportion|percent)|%)\s+of\s+(?:(?:the|its|their|[\w'’-]+['’]s)\s+)?(?:\S+\s+){0,2}(?:(?:total|foreign|overall)\s+)?trade\b/i;
// ("share of imports in X's q1 trade": the flow named first, the trade it is part of after "in")
const FLOW_IN_TRADE = new RegExp(String.raw`(?:\b(?:share|percentage|proportion|percent)|%)\s+of\s+(?:the\s+)?(?:exports|imports)`
  + String.raw`\s+in\s+(?:(?:the|its|their|[\w'’-]+['’]s)\s+)?(?:\S+\s+){0,2}(?:(?:total|foreign|overall)\s+)?trade\b`, "i");
/** The flow whose share of the total a question asks ("what percentage of X's trade was exports?"), if any. */
function flowOfTotal(text: string): Metric | undefined {
  if ((!TRADE_AS_WHOLE.test(text) && !FLOW_IN_TRADE.test(text)) || FLOW_PAIR.test(text)) return undefined;
  const exportsNamed = /\bexports?\b/i.test(text);
  return exportsNamed === /\bimports?\b/i.test(text) ? undefined : exportsNamed ? "exports" : "imports";
}

// ("share of guangxi-asean trade": the owner joined to the partner by a hyphen)
// (never a prefix of negation: "share of non-asean trade")
const SHARE_OF_BEFORE = /(?:%|\bpercent(?:age)?|\bshare|\bproportion)\s+of\s+(?:the\s+)?(?:[\w'’-]+['’]s\s+|(?!non-)[a-z]+-)?$/i;
// (not a part named there: "combined share of A and B in X's imports", "share of A in X's imports" are the parts' shares
// of the whole after "in")
const PART_AFTER = /^\s*(?:,|&|\+|\band\b|\bin\b)/i;
export const partnerIsWhole = (q: QuestionFrame): string | undefined =>
  findEntities(q.text).find((m) => q.partners.includes(m.id) && SHARE_OF_BEFORE.test(q.text.slice(0, m.start))
    && !PART_AFTER.test(q.text.slice(m.end)))?.id;

// ("what % of lakeview's 2024 car exports were …": the goods after the owner and the year are the whole too)
// ("share of shanghai car exports in q1", "share of anhui's jan-oct 2024 car exports": a place unmarked, a span of months)
const WHOLE_GOODS_BEFORE = new RegExp(String.raw`(?:%|\bpercent(?:age)?|\bshare|\bproportion)\s+of\s+(?:the\s+)?`
  + String.raw`(?:[\w-]+(?:['’]s)?\s+)?(?:(?:q[1-4]|h[12]|[a-z]{3,9}[-–][a-z]{3,9})\s+)?(?:(?:19|20)\d{2}\s+)?$`, "i");

function subjectIsWhole(text: string, subject: string): boolean {
  const plain = text.toLowerCase().replace(/["“”]/g, "");
  // (the goods as the question writes them, maybe in the singular before their flow: "car exports" of "cars"; or by a
  // short name people ask them by, "car exports" of "vehicles", "nevs" of "new-energy vehicles")
  const names = [subject, ...shortFormsOf(subject)].map((n) => n.toLowerCase()).flatMap((n) => [n, n.replace(/s$/, "")]);
  // (where it is first written: "motorcycle exports … electric motorcycles" names the whole before the part)
  const found = names.map((n) => plain.search(new RegExp(String.raw`(?<![\w-])${escapeRe(n)}(?![\w-])`)))
    .filter((i) => i >= 0);
  const at = found.length ? Math.min(...found) : -1;
  return at > 0 && (WHOLE_BEFORE.test(plain.slice(0, at)) || WHOLE_GOODS_BEFORE.test(plain.slice(0, at)));
}
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

// ("grew 31.6% to 70.35bn": a scaled figure with no currency is still the amount the question gives)
const amountGiven = (q: QuestionFrame): NumberMention | undefined =>
  q.numbers.find((n) => n.kind !== "percent" && (/yuan|dollar/.test(n.unit) || (n.kind === "bare" && scaleOnly(n.unit))));
const asAmount = (n: NumberMention): Amount => ({ value: n.value, unit: n.unit, scale: n.scale });

/** The percentage a change word next to it states, signed ("fell 7.49%" → −7.49). */
function statedChange(q: QuestionFrame): number | undefined {
  for (const n of q.numbers.filter((x) => x.kind === "percent")) {
    const before =
      q.text
        .slice(Math.max(0, n.start - 30), n.start)
        .toLowerCase()
        .match(/[a-z]+/g) ?? [];
    const after =
      q.text
        .slice(n.end, n.end + 12)
        .toLowerCase()
        .match(/[a-z]+/g) ?? [];
    const word = [...before].reverse().find((w) => CHANGE_SIGN[w]) ?? after.find((w) => CHANGE_SIGN[w]);
    if (word) return n.value * CHANGE_SIGN[word]!;
    const than = after.find((w) => SIGN_AFTER[w]);
    if (than) return n.value * SIGN_AFTER[than]!;
  }
  return undefined;
}

// "23.5% above April", "4% below March": after the figure, the word compares it with the period named next
const SIGN_AFTER: Record<string, 1 | -1> = { above: 1, below: -1 };

// "above April", "more than in March", "month on month": the change stated is to the month before, not year on year
const MONTH_ON_MONTH = new RegExp(String.raw`\b(?:above|below|than|over|on)\s+(?:in\s+)?`
  + String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)`
  + String.raw`|\bmonth[- ]on[- ]month\b|\bm-?o-?m\b|\b(?:the\s+)?(?:previous|prior|last) month\b|\bmonth before\b`, "i");
const MOM_WORDS = new Set(["mom", "m-o-m", "month-on-month"]);
const single = (p: Period) => p.y1 !== null && p.y1 === p.y2 && p.m1 === p.m2;
/** One month and the month just before it ("May 2019", "April 2019"): a month-on-month change between them. */
const monthBefore = (later: Period, asked: Period) =>
  single(later) && single(asked) && later.y2! * 12 + later.m2 - (asked.y2! * 12 + asked.m2) === 1;

/** The same months of an earlier year ("q1-q3 2021" and "q1-q3 2019"). */
const sameMonthsYearsBack = (later: Period, asked: Period) => later.y1 !== null && asked.y1 !== null
  && later.y1 === later.y2 && asked.y1 === asked.y2 && asked.y1 < later.y1
  && later.m1 === asked.m1 && later.m2 === asked.m2;

const before = (a: Period, b: Period) => (a.y2 ?? 0) * 12 + a.m2 < (b.y2 ?? 0) * 12 + b.m2;

// ("implied by its growth", "given the 2023 number and its yoy": the change a figure worked back from is named)
const GROWTH_NAMED = /\bgr[eo]w(?:th)?\b|\by-?o-?y\b|\by\/y\b|\byear[- ]on[- ]year\b/i;
// ("implied by the 2016 decline", "based on its rise": the change named as a rise or a fall; only with words that
// work back from it, since "so what was the increase?" asks the change itself)
const CHANGE_NOUNS = String.raw`declines?|drops?|falls?|rises?|increases?|decreases?|contractions?|gains?`;
const CHANGE_NAMED = new RegExp(String.raw`\b(?:the|its|their|that|this)\s+(?:(?:19|20)\d{2}\s+)?(?:${CHANGE_NOUNS})\b`, "i");

// ("… in 2016, from the 2017 growth", "work it out from its 2012 decline": the change worked back from, named after
// "from"; a bare "from 2016 to 2017" names no change)
const FROM_CHANGE = new RegExp(String.raw`\bfrom\s+(?:the|its|their|that)\s+(?:(?:19|20)\d{2}\s+)?(?:growth|yoy|y\/y|`
  + String.raw`${CHANGE_NOUNS})\b`, "i");

// ("implied by the 2011 communique", "based on the revised 2023 numbers": a level worked back from a later source)
const WORKS_BACK_FROM = /\bimpl(?:y|ies|ied)\b|\bbased on\b|\bgoing by\b|\bjudging by\b|\bderived?\b/i;
const wholeYear = (p: Period) => p.y1 !== null && p.y1 === p.y2 && p.m1 === 1 && p.m2 === 12;
const withinYear = (p: Period) => p.y1 !== null && p.y1 === p.y2 && !wholeYear(p);
// a year named as the source worked from: "the 2011 communique", "the revised 2023 numbers", "the 2024 growth rate",
// "the 2016 decline", "the q1 2021 numbers" (a span of the year before it: the span named)
const SOURCE_YEAR = new RegExp(String.raw`\b(?:the|its)\s+(?:(?:revised|final|latest|official|full[- ]year)\s+)?`
  + String.raw`(?:(?:q[1-4]|h[12]|[a-z]{3,9}[-–][a-z]{3,9}|first\s+(?:half|quarter))\s+)?`
  + String.raw`((?:19|20)\d{2})\s+(?:[\w-]+\s+){0,2}?(?:growth|rates?|yoy|y\/y|figures?|numbers?|data|reports?|`
  + String.raw`communiqu[eé]s?|bulletins?|releases?|articles?|briefings?|conferences?|statements?|stats|statistics|`
  + String.raw`${CHANGE_NOUNS})\b`, "gi");

/**
 * The period a question names as the source it works from, if one ("… from the 2011 communique"): the year's whole
 * span, or the one span of that year the question names ("q1 2020 implied by the q1 2021 numbers").
 */
function sourcePeriod(q: QuestionFrame): Period | undefined {
  const years = [...q.text.matchAll(SOURCE_YEAR)].map((m) => Number(m[1]));
  if (years.length !== 1) return undefined;
  const ofYear = q.periods.filter((p) => p.y1 === years[0] && p.y2 === years[0]);
  return ofYear.find(wholeYear) ?? (ofYear.length === 1 ? ofYear[0] : undefined);
}

/**
 * The later period a level is worked back from: a whole year named as the source of a growth rate ("jan-oct 2023 from
 * the 2024 growth rate") stands for the asked months of that year, the span a year-on-year rate compares with them.
 */
// what names an owner the place readers did not know: a possessive of no common noun ("biobay's"), a park, valley, zone
// or cluster ("greenleaf valley trade"), an acronym ("greenleaf BDA")
const UNREAD_OWNER = new RegExp(String.raw`\b(?!(?:country|nation|province|city|region|world|year|month|quarter|state|`
  + String.raw`company|firm|sector|industry)['’]s)[a-z][\w-]*['’]s\b|\b(?:valley|park|cluster|zone|new\s+area)\b`, "i");
const UNREAD_ACRONYM = /\b(?!(?:US|EU|UK|GDP|RCEP|ASEAN|BRI|FTZ|TEU|YOY|USD|RMB)\b)[A-Z]{2,5}\b/;

export function laterSource(asked: Period, later: Period): Period {
  return wholeYear(later) && withinYear(asked) && later.y1 === asked.y1! + 1
    ? { y1: later.y1, m1: asked.m1, y2: later.y1, m2: asked.m2 } : later;
}

/**
 * Whose things a question counts (TEUs, trips, tonnes), when it asks a count of no flow's value: one place's, with its
 * goods or partner if named ("how many trips did X's trains make in 2018"); owner() leaves such counts to the solver.
 */
function countOwner(q: QuestionFrame): Omit<Quantity, "measure"> | undefined {
  const places = q.entities.filter((e) => e !== "china");
  if (!q.measures.includes("count") || q.measures.includes("amount") || places.length > 1 || q.subjects.length > 1
    || q.partners.length > 1) return undefined;
  const metric: Metric = q.metric === "exports" || q.metric === "imports" ? q.metric : "other";
  return {
    entity: places[0] ?? "china", metric,
    ...(q.partners[0] && { partner: q.partners[0] }), ...(q.subjects[0] && { subject: q.subjects[0] }),
  };
}

// ("the implied number of cars X exported in 2021", "X's implied 2019 exports": a level the question calls implied)
const IMPLIED_LEVEL = /\bimplied\b/i;
const RATE_STATED = /\d\s*(?:%|percent|pct|per\s+cent|points?|pp)\b/i;
/**
 * A level asked as implied, in one period and with no change or share stated: worked back from the same span a year
 * later, whose figure and change are the only ones that lead to it.
 */
function impliedAlone(q: QuestionFrame, change: number | undefined): boolean {
  return q.periods.length === 1 && q.periods[0]!.y1 !== null && change === undefined && IMPLIED_LEVEL.test(q.text)
    && !RATE_STATED.test(q.text) && (q.measures.includes("count") || q.measures.includes("amount"))
    && !q.measures.some((m) => m === "share" || m === "growth" || m === "pp_gap" || m === "rank");
}

/** "fell 7.49% in jan-sep 2016. so what was it in jan-sep 2015?", "up 35.6% to $32.78bn – what was it in 2009?" */
function earlier(q: QuestionFrame): Plan | undefined {
  // ("how many trucks did X export in 2014": things counted, worked back as a count even where a flow owns them)
  const counted = owner(q) && !q.measures.includes("count") ? undefined : countOwner(q);
  const who = counted ?? owner(q);
  const change = statedChange(q);
  const [p1, p2] = q.periods;
  const alone = impliedAlone(q, change);
  const asked = alone ? p1 : p1 && p2 ? (before(p2, p1) ? p2 : before(p1, p2) ? p1 : undefined) : undefined;
  const named = alone ? followingYear(p1!) : p1 && p2 ? (asked === p1 ? p2 : p1) : p1;
  const source = asked && named && named === sourcePeriod(q) ? named : undefined;
  const later = asked && source ? laterSource(asked, source) : named;
  // ("handan's 2010 trade implied by the 2011 communique": a level asked of the year before a later one the question
  // works back from names no growth, which is the only stated figure that leads back a year)
  const fromLater = !!asked && !!source && WORKS_BACK_FROM.test(q.text) && samePeriod(precedingPeriod(later!), asked)
    && !q.measures.includes("share");
  const implied = (REASONS.test(q.text) && GROWTH_NAMED.test(q.text))
    || (WORKS_BACK_FROM.test(q.text) && CHANGE_NAMED.test(q.text)) || FROM_CHANGE.test(q.text) || fromLater || alone;
  if (!who || (change === undefined && !implied)) return undefined;
  if (!asked && !ASKS_EARLIER.test(q.text)) return undefined;
  // the month before only where the question states the change to it: a change the text states is year on year
  const lastMonth = later && asked && change !== undefined && MONTH_ON_MONTH.test(q.text) && monthBefore(later, asked);
  // ("35.2% above the same period of 2019 - what was the 2019 value?": the change the question states is to the
  // period asked, however many years back)
  const againstAsked = later && asked && change !== undefined && sameMonthsYearsBack(later, asked)
    && new RegExp(String.raw`(?:%|percent)\s+(?:above|below|over|higher than|lower than|more than|less than|on|`
      + String.raw`compared (?:with|to))\s+(?:[a-z-]+\s+){0,5}?(?:in\s+)?${asked.y1}\b`, "i").test(q.text);
  if (later && asked && !samePeriod(precedingPeriod(later), asked) && !lastMonth && !againstAsked) return undefined;
  const given = amountGiven(q);
  const at = { ...who, ...(later && { period: later }) };
  // ("down 13.9% mom": the plan reads the month-on-month words, which no cited sentence has to say)
  const momWords = lastMonth ? q.terms.filter((t) => MOM_WORDS.has(t)) : [];
  return {
    operation: "earlier",
    ...((lastMonth || againstAsked) && { earlierAt: asked }),
    ...(momWords.length && { asking: momWords }),
    // (a count's level is worked back by the change of its volume, never of the goods' value)
    inputs: [
      { ...at, measure: counted ? "count" : "amount", ...(given && { given: asAmount(given) }) },
      { ...at, measure: "growth", ...(counted && { of: "volume" as const }),
        ...(change !== undefined && { given: { value: change, unit: "%", scale: 1 } }) },
    ],
  };
}

// "if it hits its 2025 growth target", "at the planned 5% growth": a growth the text looks ahead to
const TARGET = /\btargets?(?:ed)?\b|\bgoals?\b|\baims?\b|\bplan(?:ned|s)?\b|\bexpected\b|\bforecasts?\b/i;
// "what would total trade be", "how much would it reach": a level, not the rate
const WOULD_BE = /\bwould\b|\bwill\b|\bimpl(?:y|ies|ied)\b/i;

// the question's words for reaching a target, which no sentence of the target says
const MEETS_TARGET = ["hit", "hits", "meet", "meets", "reach", "reaches", "achieve", "achieves", "met", "reached", "achieved"];

/** "if liaoning hits its 2025 trade growth target, what would total trade be?": last year's level grown by the target. */
function targetLevel(q: QuestionFrame): Plan | undefined {
  const [p] = q.periods;
  if (!TARGET.test(q.text) || !WOULD_BE.test(q.text) || !/\bgr[eo]w(?:th)?\b/i.test(q.text) || !p || q.periods.length > 1
    || p.y1 === null || statedChange(q) !== undefined) {
    return undefined;
  }
  const who = owner({ ...q, measures: [] });
  if (!who) return undefined;
  const { shareOf: _, ...at } = who;
  return {
    operation: "target",
    inputs: [{ ...at, measure: "amount", period: precedingPeriod(p) }, { ...at, measure: "growth", period: p, ahead: true }],
    asking: [...(q.text.match(new RegExp(TARGET.source, "gi")) ?? []).map((w) => w.toLowerCase()), ...MEETS_TARGET],
  };
}

// "how much more does it need", "how far short of the goal", "what is left to reach it": the rest of a target
const STILL_NEEDED = new RegExp(String.raw`\bhow much (?:more|further|still)\b|\bhow far (?:short|off|away)\b|\bshortfall\b`
  + String.raw`|\b(?:left|remain(?:s|ing)?|still needed|to go)\b[^?]*\b(?:reach|hit|meet|achieve|target|goal)`
  + String.raw`|\bstill (?:needs?|has to|must)\b`, "i");
// "wants >8bn for all of 2022", "aims for 100bn", "its goal of": a level looked ahead to
const TARGET_LEVEL = /\btargets?(?:ed)?\b|\bgoals?\b|\baims?\b|\bwants?\b|\bplans?\b|\bhopes?\b|\bexpects?\b/i;
// the question's words for a target and for reaching it, which no sentence of the figures has to say
const TARGET_ASKING = ["wants", "want", "need", "needs", "needed", "more", "short", "shortfall", "left", "remaining", "still", ...MEETS_TARGET];

// "how much does it need to grow in 2026 to hit the target?", "what growth is required to reach the goal?": the rate that
// takes the year before's level to a level target
const GROWTH_NEEDED = new RegExp(String.raw`\b(?:need|needs|needed|required|requires|has\s+to|have\s+to|must)\s+(?:to\s+)?`
  + String.raw`(?:gr[eo]w|rise|increase|expand)\b|\b(?:growth|rate|increase)\s+(?:is\s+|would\s+be\s+)?(?:needed|required)\b`, "i");
// "to hit the target", "to reach its goal", "to meet the plan": a level looked ahead to
const REACHES_TARGET = /\b(?:hit|reach|meet|achieve|make)\s+(?:the|its|their|this|that)\s+(?:[\w'’-]+\s+){0,2}(?:targets?|goals?|plans?)\b/i;

// "by how much did it miss its 2020 target", "how far short of the goal was it": the gap between a level target and the
// outcome; "what % of the target did it reach": the outcome as a share of the target
const TARGET_MISSED = new RegExp(String.raw`\bhow\s+(?:much|far)\b[^?]*\b(?:miss(?:ed)?|short|below|above|exceed(?:ed)?|beat)\b`
  + String.raw`[^?]*\b(?:targets?|goals?)\b`, "i");
const TARGET_REACHED = /\b(?:what|which)\s+(?:%|percent(?:age)?|pct|share|proportion)\s+of\s+(?:the|its|their)\s+(?:targets?|goals?)\b/i;

/** "by how much did X miss its 2020 trade target, and what % of it did it reach?": target − outcome, outcome ÷ target. */
function targetGap(q: QuestionFrame): Plan | undefined {
  const [p] = q.periods;
  if ((!TARGET_MISSED.test(q.text) && !TARGET_REACHED.test(q.text)) || !p || q.periods.length > 1 || p.y1 === null
    || statedChange(q) !== undefined || q.metric === "surplus" || q.metric === "deficit") return undefined;
  const who = owner({ ...q, measures: [] });
  if (!who) return undefined;
  const { shareOf: _, ...at } = who;
  return {
    operation: "targetGap",
    inputs: [{ ...at, measure: "amount", period: p, ahead: true }, { ...at, measure: "amount", period: p, ahead: false }],
    changes: [...(TARGET_MISSED.test(q.text) ? ["difference" as const] : []),
      ...(TARGET_REACHED.test(q.text) ? ["percent" as const] : [])],
    asking: [...TARGET_ASKING, "miss", "missed", "below", "above", "exceed", "exceeded", "beat", "target", "targets", "goal",
      "goals", "far", "percent", "percentage", "pct", "share", "proportion"],
  };
}

/** "how much does X's africa trade need to grow in 2026 (pct) to hit the target?": target ÷ the year before's level − 1. */
function growthToTarget(q: QuestionFrame): Plan | undefined {
  const [p] = q.periods;
  if (!GROWTH_NEEDED.test(q.text) || !REACHES_TARGET.test(q.text) || !p || q.periods.length > 1 || p.y1 === null
    || statedChange(q) !== undefined || q.metric === "surplus" || q.metric === "deficit") return undefined;
  const who = owner({ ...q, measures: [] });
  if (!who) return undefined;
  const { shareOf: _, ...at } = who;
  return {
    operation: "growthToTarget",
    inputs: [{ ...at, measure: "amount", period: p, ahead: true }, { ...at, measure: "amount", period: precedingPeriod(p) }],
    asking: [...TARGET_ASKING, "grow", "growth", "rate", "required", "target", "targets", "goal", "goals"],
  };
}

/**
 * "X wants 8bn of trade for all of 2022: how much more does it need in sep-dec after jan-aug?": the target for the
 * whole (given or stated as looked ahead to) less the level of the run of months so far, which starts with the whole
 * (the rest named after it, or the months before the rest asked).
 */
function toTarget(q: QuestionFrame): Plan | undefined {
  if (!STILL_NEEDED.test(q.text) || !TARGET_LEVEL.test(q.text) || q.metric === "surplus" || q.metric === "deficit") return undefined;
  // (read from the words: the frame folds "2022 … jan-aug" into one period)
  const named = findPeriods(askedText(q.text)).map((m) => m.period);
  // (a run of months named with no year is in the whole's: "for all of 2022 … after jan-aug")
  const inside = (w: Period) => named.map((p) => ({ ...p, y1: p.y1 ?? w.y1, y2: p.y2 ?? w.y2 })).filter((p) => isPartOf(p, w));
  const whole = named.find((w) => w.y1 !== null && w.y1 === w.y2 && inside(w).length);
  if (!whole) return undefined;
  const within = inside(whole);
  const stated = within.find((p) => p.m1 === whole.m1);
  const rest = within.find((p) => p.m2 === whole.m2 && p.m1 > whole.m1);
  const soFar = stated ?? (rest && { ...rest, m1: whole.m1, m2: rest.m1 - 1 });
  // (the run so far and the rest lie end to end and fill the whole)
  if (!soFar || (rest && rest.m1 !== soFar.m2 + 1)) return undefined;
  const who = owner({ ...q, measures: [] });
  if (!who) return undefined;
  const { shareOf: _, ...at } = who;
  const given = amountGiven(q);
  return {
    operation: "toTarget",
    inputs: [
      { ...at, measure: "amount", period: whole, ahead: true, ...(given && { given: asAmount(given) }) },
      { ...at, measure: "amount", period: soFar },
    ],
    labels: [periodLabel({ ...soFar, m1: soFar.m2 + 1, m2: whole.m2 })],
    asking: [...TARGET_ASKING, ...(q.text.match(new RegExp(TARGET_LEVEL.source, "gi")) ?? []).map((w) => w.toLowerCase())],
  };
}

/** "what share did foreign-funded firms have, and what was that share a year earlier?": each asked part, then and before */
function alsoBefore(q: QuestionFrame): Plan | undefined {
  const who = owner(q);
  const asked = askedText(q.text);
  if (!who || q.periods.length !== 1 || statedChange(q) !== undefined || !ASKS_EARLIER.test(asked) || !/\band\b/i.test(asked)) {
    return undefined;
  }
  // each clause asks its own measures, the one that says "a year earlier" of the year before; a clause that names
  // no measure ("and what was it a year earlier?") asks again what the clause before it did
  const inputs: Quantity[] = [];
  let last: Measure[] = [];
  for (const clause of asked.split(/,?\s+and\s+/i)) {
    const cued = measuresAsked(clause);
    const measures = cued.length ? cued : last;
    const period = ASKS_EARLIER.test(clause) ? previousYear(q.periods[0]!) : q.periods[0]!;
    inputs.push(...measures.map((measure) => ({ ...who, measure, period })));
    last = measures;
  }
  // "what share did they have, and what was it a year earlier?": asked of both years when one clause names it
  if (inputs.length && inputs.every((x) => samePeriod(x.period!, inputs[0]!.period!))) return undefined;
  return inputs.length ? { operation: "values", inputs } : undefined;
}

// "35.6% of the city's trade", "12% of its total": a share of the owner itself
const OF_OWNER_AFTER = /^\s*of\s+(?:its|their|the\s+(?:city|province|region|port|county|district|municipality)['’]s)\b/i;

/** "general trade was 1.73bn usd = 50.53% of the total: what total does that imply?" */
function whole(q: QuestionFrame): Plan | undefined {
  const who = owner(q);
  const share = q.numbers.find(
    (n) => n.kind === "percent" && /^\s*(?:of|share)\b/i.test(q.text.slice(n.end, n.end + 8)),
  );
  const intent = q.intent === "implied_whole";
  if (!who || (!share && !intent) || !(ASKS_TOTAL.test(q.text) || REASONS.test(q.text))) return undefined;
  if (statedChange(q) !== undefined && !share) return undefined;
  const given = amountGiven(q);
  const at = { ...who, ...(q.periods[0] && { period: q.periods[0] }) };
  // "X's bonded zone was 35.6% of the city's trade": the place is the whole; the part, a member known by that share
  // (but a city's share "of the province's trade" is of its province's: namedWhole)
  const ofOwner = share && !who.subject && !who.partner && !(place(who.entity)?.kind === "city" && who.shareOf === "parent")
    ? OF_OWNER_AFTER.exec(q.text.slice(share.end)) : null;
  const member = ofOwner ? share!.value : undefined;
  // (the words naming the member, "cbz", and the owner by its kind, "the city's", no cited sentence has to say)
  const named = ofOwner ? `${q.text.slice(0, share!.start)} ${ofOwner[0]}`.toLowerCase() : "";
  const wholeOf = share && !ofOwner ? namedWhole(q.text.slice(share.end), who) : undefined;
  return {
    operation: "whole",
    inputs: [
      { ...at, measure: "amount", ...(given && { given: asAmount(given) }), ...(member !== undefined && { memberShare: member }) },
      { ...at, measure: "share", ...(share && { given: { value: share.value, unit: "%", scale: 1 } }),
        ...(wholeOf && { wholeOf }) },
    ],
    ...(named && { asking: q.terms.filter((t) => named.includes(t)) }),
  };
}

// "of shandong's tyre exports", "of the province's exports": the words after a stated share that name its whole
const OF_PLACE = /^\s*of\s+(?:the\s+)?/i;
const OF_PROVINCE_WORD = /^province['’]s\b/i;

/** The place a share the question states is of, when another than the part's owner, and whether it keeps the goods. */
function namedWhole(after: string, who: Omit<Quantity, "measure">): Quantity["wholeOf"] {
  const of = OF_PLACE.exec(after);
  if (!of) return undefined;
  // (the whole's words run to the end of the clause: "of shandong's tyre exports in 2025 - whats …")
  const words = after.slice(of[0].length).split(/\s+(?:in|for|during)\s+\d{4}\b|[,;:?!()]|\s[-–—]\s/)[0]!;
  const named = findEntities(words).find((m) => m.start === 0 && m.id !== who.entity && m.id !== who.partner)?.id;
  const entity = named ?? (OF_PROVINCE_WORD.test(words) ? place(who.entity)?.parent : undefined);
  if (!entity || entity === who.entity) return undefined;
  const stem = (w: string) => w.toLowerCase().replace(/s$/, "").replace(/e$/, "");
  const said = new Set(words.split(/[^\p{L}-]+/u).map(stem));
  const subject = who.subject && who.subject.split(/\s+/).every((w) => said.has(stem(w)));
  const partner = who.partner && findEntities(words).some((m) => m.id === who.partner);
  return { entity, same: !!(subject || partner) };
}

/** "how much trade was done by firms that were neither private nor foreign-funded?" */
function remainder(q: QuestionFrame): Plan | undefined {
  // ("non-ASEAN partners": a partner set apart by its prefix, below; never a subject's "non-")
  const less = LESS_PARTS.test(q.text);
  if (!less && !(q.partners.length === 1 && /\bnon-/i.test(q.text))) return undefined;
  const period = q.periods[0] && { period: q.periods[0] };
  // "Zhejiang's trade excluding Ningbo": a province less the cities of it the question names
  const places = q.entities.filter((e) => e !== "china");
  const whole = places.find((p) => places.some((c) => c !== p && place(c)?.parent === p));
  if (whole && !q.subjects.length && !q.partners.length) {
    const metric: Metric = !q.metric || q.metric === "partners" ? "trade" : q.metric;
    const at = { metric, measure: "amount" as const, ...period };
    const parts = places.filter((c) => place(c)?.parent === whole);
    return { operation: "remainder", inputs: [{ ...at, entity: whole }, ...parts.map((entity) => ({ ...at, entity }))] };
  }
  // "trade with RCEP members outside ASEAN": the first partner named less the ones after it; "with Vietnam, and with
  // the rest of ASEAN": the partner after "rest of" less the others
  if (q.partners.length >= 2 && !q.subjects.length) {
    const owned = owner({ ...q, partners: [] });
    if (!owned) return undefined;
    const at = { ...owned, measure: "amount" as const, ...period };
    const rest = findEntities(q.text).find((m) => q.partners.includes(m.id) && REST_OF.test(q.text.slice(0, m.start)))?.id;
    const whole = rest ?? q.partners[0]!;
    const less = q.partners.filter((p) => p !== whole);
    return {
      operation: "remainder",
      inputs: [{ ...at, partner: whole }, ...less.map((partner) => ({ ...at, partner }))],
      ...(rest && { asking: ["rest"] }),
    };
  }
  // "trade with everyone except Russia", "non-ASEAN partners": the place's total less its trade with the one partner
  // the words set apart (named right after them)
  if (q.partners.length === 1 && !q.subjects.length) {
    const apart = findEntities(q.text).some((m) => m.id === q.partners[0] && PARTNER_SET_APART.test(q.text.slice(0, m.start)));
    const owned = apart ? owner({ ...q, partners: [] }) : undefined;
    if (!owned) return undefined;
    const { shareOf: _, ...at } = { ...owned, measure: "amount" as const, ...period };
    // (the words that set the partner apart, "non-asean", "everyone except", no cited sentence has to say)
    const asking = q.terms.filter((t) => /^non-?/i.test(t) || APART_WORDS.has(t));
    return { operation: "remainder", inputs: [at, { ...at, partner: q.partners[0]! }], asking: [...asking, "non"] };
  }
  if (!q.subjects.length || !less) return undefined;
  const who = owner({ ...q, subjects: [] });
  if (!who) return undefined;
  const at = { ...who, measure: "amount" as const, ...period };
  return { operation: "remainder", inputs: [at, ...q.subjects.map((subject) => ({ ...at, subject }))] };
}

// "(h1 minus q2)", "the half less its second quarter": one period's figure taken from a longer one's
const TAKEN_AWAY = /\bminus\b|\bless\b(?!\s+than\b)|\bsubtract(?:ing|ed)?\b|\btake away\b|\bdeduct(?:ing)?\b/i;

/** "its trade in q1 then? (h1 minus q2)": a span's figure less the named rest of it, the rest of the span named first. */
function periodLess(q: QuestionFrame): Plan | undefined {
  const cue = TAKEN_AWAY.exec(q.text);
  if (!cue || q.periods.length !== 3) return undefined;
  const whole = q.periods.find((w) => q.periods.filter((p) => isPartOf(p, w)).length === 2);
  const [a, b] = q.periods.filter((p) => p !== whole);
  // the two parts lie end to end and fill the whole: a figure for each is no guess at the other
  const [first, second] = a && b ? (a.m1 < b.m1 ? [a, b] : [b, a]) : [];
  if (!whole || !first || !second || first.m1 !== whole.m1 || second.m2 !== whole.m2 || first.m2 + 1 !== second.m1) {
    return undefined;
  }
  // the part named after the cue is taken away; the other is asked
  const after = findPeriods(q.text).filter((m) => m.start > cue.index && !samePeriod(m.period, whole));
  const taken = after.length === 1 ? q.periods.find((p) => samePeriod(p, after[0]!.period)) : undefined;
  const asked = taken && q.periods.find((p) => p !== whole && p !== taken);
  const who = owner({ ...q, measures: [] });
  if (!taken || !asked || !who) return undefined;
  const at = { ...who, shareOf: undefined, measure: "amount" as const };
  return {
    operation: "remainder",
    inputs: [{ ...at, period: whole }, { ...at, period: taken }],
    labels: [periodLabel(asked)],
    asking: [cue[0].toLowerCase()],
  };
}

// "q1 trade? the article only gives q1-q3, q2 and q3", "(q1-q3 minus q2 minus q3)": words that say the periods named
// after the one asked are the ones the text states, or are taken away
const GIVES_PERIODS = new RegExp(String.raw`\b(?:gives?|giving|states?|lists?|provides?|shows?|has|have|reports?)\b|`
  + TAKEN_AWAY.source, "i");

/**
 * "hlj q1 2025 trade? article only gives q1-q3, q2 and q3": one period asked first, then the periods the text states,
 * a whole that holds it and other parts that fill the rest of the whole end to end: the whole less the parts.
 */
function periodFromNamed(q: QuestionFrame): Plan | undefined {
  const cue = GIVES_PERIODS.exec(q.text);
  if (!cue || q.periods.length < 3 || q.numbers.length || q.measures.some((m) => m !== "amount")) return undefined;
  // (each mention as the question read it, the year of a bare "q2" filled in)
  const read = (m: { period: Period }) => q.periods.find((p) => p.m1 === m.period.m1 && p.m2 === m.period.m2
    && (m.period.y1 === null || m.period.y1 === p.y1));
  const [first, ...rest] = findPeriods(q.text);
  const asked = first && first.end <= cue.index ? read(first) : undefined;
  if (!asked || asked.y1 === null) return undefined;
  const others = rest.map(read);
  if (others.some((p) => !p)) return undefined;
  const named = (others as Period[]).filter((p) => !samePeriod(p, asked));
  const whole = named.find((w) => isPartOf(asked, w));
  const parts = named.filter((p) => p !== whole);
  if (!whole || !parts.length || parts.some((p) => !isPartOf(p, whole))) return undefined;
  const tiled = [tiles(parts, whole.m1, asked.m1 - 1), tiles(parts, asked.m2 + 1, whole.m2)];
  // (every part named is used once: parts that overlap or leave a month are no such sum)
  if (tiled.some((t) => !t) || tiled.flat().length !== parts.length) return undefined;
  const who = owner({ ...q, measures: [] });
  if (!who) return undefined;
  const at = { ...who, shareOf: undefined, measure: "amount" as const };
  return {
    operation: "remainder",
    inputs: [{ ...at, period: whole }, ...tiled.flat().map((period) => ({ ...at, period: period! }))],
    labels: [periodLabel(asked)],
    asking: [cue[0].toLowerCase()],
  };
}

/**
 * "liaoning's jan+feb 2023 trade" that no sentence states, where one states the first quarter and another March: the
 * longer period less its other parts ("Q2" is January–September less Q1, July, August and September). `stated` are
 * the periods the documents give amounts for; the parts must tile the rest of the whole, in one year, with no overlap.
 */
export function periodRest(q: QuestionFrame, stated: Period[]): Plan | undefined {
  // ("q2 2025 trade was 195.63bn. so what was q1?": a period the question gives the amount of is a stated part)
  const given = periodsGiven(q);
  const workedFrom = periodsWorkedFrom(q);
  const askedPeriods = q.periods.filter((p) => !given.some((g) => samePeriod(g.period, p))
    && !workedFrom.some((w) => w.m1 === p.m1 && w.m2 === p.m2 && (w.y1 === null || w.y1 === p.y1)));
  const [asked] = askedPeriods;
  // ("in q2 2020 (apr-jun)": one period named twice)
  if (!asked || askedPeriods.some((p) => !samePeriod(p, asked)) || asked.y1 === null || asked.y1 !== asked.y2) return undefined;
  if (q.measures.some((m) => m !== "amount") || q.numbers.length !== given.length) return undefined;
  const who = owner({ ...q, measures: [] });
  if (!who) return undefined;
  const givenAt = (p: Period) => given.find((g) => samePeriod(g.period, p))?.amount;
  const inYear = [...stated, ...given.map((g) => g.period)].filter((p) => p.y1 === asked.y1 && p.y2 === asked.y2);
  // the shortest whole that holds the asked period and more, whose rest the stated periods tile
  const wholes = inYear.filter((w) => w.m1 <= asked.m1 && w.m2 >= asked.m2 && w.m2 - w.m1 > asked.m2 - asked.m1)
    .sort((a, b) => a.m2 - a.m1 - (b.m2 - b.m1));
  for (const whole of wholes) {
    const before = tiles(inYear, whole.m1, asked.m1 - 1);
    const after = tiles(inYear, asked.m2 + 1, whole.m2);
    if (!before || !after) continue;
    const parts = [...before, ...after];
    const at = { ...who, shareOf: undefined, measure: "amount" as const };
    const asking = q.terms.filter((t) => WORKED_WORDS.has(t) || WHOLE_GIVEN_WORDS.has(t) || TAKEN_AWAY.test(t));
    // (the whole is never the question's own figure: that would take the asked part from itself)
    if (givenAt(whole)) continue;
    const inputs = [{ ...at, period: whole }, ...parts.map((period) => {
      const amount = givenAt(period);
      return { ...at, period, ...(amount && { given: asAmount(amount) }) };
    })];
    return { operation: "remainder", inputs, labels: [periodLabel(asked)], ...(asking.length && { asking }) };
  }
  return undefined;
}

// "nov+dec trade, using the jan-oct figure and the full-year total": the periods named after the cue are those the
// answer is worked from, not asked
// ("q1 trade - can u work it out from the h1 numbers")
const WORKED_FROM = new RegExp(String.raw`\b(?:using|based\s+on|working\s+from|(?:work|worked|figure|calculate|compute|derive)`
  + String.raw`\s+(?:it\s+|this\s+|that\s+)?(?:out\s+)?from)\b`, "i");
function periodsWorkedFrom(q: QuestionFrame): Period[] {
  const cue = WORKED_FROM.exec(q.text);
  const mentions = findPeriods(q.text);
  // ("xinjiang q4 2025? (full yr minus jan-sep)", "jan-sep? (jan-oct minus oct)": a sum taken away after the period
  // asked, first, works from every period named after that one)
  const less = TAKEN_AWAY.exec(q.text);
  const [first] = mentions;
  if (!cue && less && first && first.end <= less.index) {
    return mentions.slice(1).filter((m) => !samePeriod(m.period, first.period)).map((m) => m.period);
  }
  // (a period must be asked before the cue: "using jan-oct, what was …" names no inputs this way)
  if (!cue || !mentions.some((m) => m.end <= cue.index)) return [];
  return mentions.filter((m) => m.start > cue.index).map((m) => m.period);
}

const PERIOD_RIGHT_AFTER = /^\s*(?:yuan|dollars|usd|rmb)?\s*(?:in|during|for|over)\s+(?:the\s+)?$/i;
/** The periods a question states an amount of, each with it: "q2 2025 trade was 195.63bn" (the amount after the period,
 * in its clause, no other period between). */
function periodsGiven(q: QuestionFrame): Array<{ period: Period; amount: NumberMention }> {
  const mentions = findPeriods(q.text);
  return q.numbers.flatMap((n) => {
    if (n.kind === "percent" || !(/yuan|dollar/.test(n.unit) || (n.kind === "bare" && scaleOnly(n.unit)))) return [];
    const before = mentions.filter((x) => x.end <= n.start).at(-1);
    // ("chengdu did 648.7bn in q1-q3 2025": or the period right after the amount, with no other between)
    const after = mentions.find((x) => x.start >= n.end && PERIOD_RIGHT_AFTER.test(q.text.slice(n.end, x.start)));
    const m = before && !/[.?;!]\s/.test(q.text.slice(before.end, n.start))
      && !(after && mentions.some((x) => x.start >= before.end && x.end <= n.start)) ? before : after;
    if (!m) return [];
    const period = q.periods.find((p) => samePeriod(p, m.period));
    return period ? [{ period, amount: n }] : [];
  });
}

// ("can u work it out?": words that ask for the working, which no cited sentence says)
const WORKED_WORDS = new Set(["work", "calculate", "compute", "derive", "estimate", "figure"]);
// ("given its full-year total, what was q4 alone?": words that name the whole a rest of a period is taken from, or
// the figure the question gives, which no cited sentence has to say either)
const WHOLE_GIVEN_WORDS = new Set(["given", "full-year", "full", "whole-year", "whole", "annual", "alone"]);

/** Stated periods that cover months `from`…`to` end to end, the longest first at each step; none when a month is left. */
function tiles(periods: Period[], from: number, to: number): Period[] | undefined {
  const out: Period[] = [];
  for (let m = from; m <= to;) {
    const next = periods.filter((p) => p.m1 === m && p.m2 <= to).sort((a, b) => b.m2 - a.m2)[0];
    if (!next) return undefined;
    out.push(next);
    m = next.m2 + 1;
  }
  return out;
}

// a flow named as a noun or a verb: "exports", "exported"
const EXPORT_WORD = /\bexport(?:s|ed)?\b/i;
const IMPORT_WORD = /\bimport(?:s|ed)?\b/i;
const WHICH_PLACES = /\bwhich\s+(?:ones?|of\s+(?:them|these|those|the)|provinces?|cities|regions?|places?)\b/i;

/** "which grew faster, exports or imports?": the two flows of one place on one measure. */
function flows(q: QuestionFrame): Plan | undefined {
  // "exports or imports", "how did export growth compare with import growth?" (not "imports and exports", total trade)
  const apart = q.text.replace(FLOW_PAIR, " ");
  const bothApart = EXPORT_WORD.test(apart) && IMPORT_WORD.test(apart) && SIDE_BY_SIDE.test(q.text);
  // "the gap between its export and import growth": the pair named together, set side by side
  const gapOfPair = /\b(?:gap|difference)\s+between\b[^?]*\bexports?\s*(?:and|&|\+)\s*imports?\b/i.test(q.text);
  if (!FLOW_SIDES.test(q.text) && !bothApart && !gapOfPair) return undefined;
  // ("which ones imported more than they exported?": places picked by their two flows, a list, not one place's sides)
  if (WHICH_PLACES.test(q.text)) return undefined;
  const who = owner({ ...q, metric: "trade" });
  if (!who) return undefined;
  const measure: Measure = q.measures.includes("growth") ? "growth" : q.measures.includes("share") ? "share" : "amount";
  const exportsFirst = q.text.search(EXPORT_WORD) < q.text.search(IMPORT_WORD);
  const order: Metric[] = exportsFirst ? ["exports", "imports"] : ["imports", "exports"];
  const at = { ...who, measure, ...(q.periods[0] && { period: q.periods[0] }) };
  return { operation: "compare", inputs: order.map((metric) => ({ ...at, metric })), labels: order };
}

// "volume growth vs value growth", "did the quantity or the value rise faster": goods' two changes side by side
const VOLUME_WORD = /\b(?:volumes?|quantit(?:y|ies)|tonnage|tonnes|tons|units)\b/i;
const VALUE_WORD = /\b(?:values?|worth|in (?:yuan|dollar|usd)(?: terms)?)\b/i;

/** "tangshan steel exports in 2016 - volume growth vs value growth, gap?": one good's volume and value changes. */
function volumeValue(q: QuestionFrame): Plan | undefined {
  // ("trade volume" is news English for the value of trade; a change is what is set side by side)
  const volume = VOLUME_WORD.test(q.text.replace(/\btrade\s+volumes?\b/gi, " "));
  const changes = q.measures.includes("growth") || /\b(?:faster|slower|r[io]se|grew)\b/i.test(q.text);
  if (!volume || !changes || !VALUE_WORD.test(q.text) || !SIDE_BY_SIDE.test(q.text) || q.periods.length > 1) return undefined;
  const who = owner(q);
  if (!who) return undefined;
  const at = { ...who, measure: "growth" as const, ...(q.periods[0] && { period: q.periods[0] }) };
  const sides = ["volume", "value"] as const;
  return { operation: "compare", inputs: sides.map((of) => ({ ...at, of })), labels: [...sides] };
}

/** The one measure two sides are set side by side on; "which was bigger, and which grew faster?" asks two. */
function sideBySideMeasure(q: QuestionFrame): Measure | undefined {
  // "values, and which grew faster?", "how big is the gap and whose grew faster?": sizes asked beside rates
  // ("which was faster and by how much" asks the gap, not the sizes)
  const sizes = /\b(?:bigger|larger|more|values?|(?<!\bby )how much|how big|amounts?|sizes?)\b/i.test(q.text);
  const measures = q.measures.filter((m) => m === "growth" || m === "share");
  if (measures.length > 1 || (sizes && measures.length)) return undefined;
  // ("crude oil imports by volume: A vs B": goods set side by side by the quantity counted, which the question's reading
  // already asks as a count; so too the quantities when no amount of money is asked)
  // ("did A or B run more freight trains?": things counted, no measure named)
  // ("who exported more cars, and by how much?": the "how much" of things counted is their number, not money)
  const thingsOnly = q.measures.every((m) => m === "amount" || m === "count") && !MONEY_NAMED.test(q.text);
  return measures[0] ?? (countedOnly(q) || (thingsOnly && THINGS_COMPARED.test(q.text)) ? "count" : "amount");
}
const MONEY_NAMED = /(?:values?|worth|yuan|rmb|dollars?|usd|us\$|money)\b|\$/i;

/** "its 2016 trade growth in dollar terms vs yuan terms - both and the gap": one change in each currency's terms. */
function twoCurrencies(q: QuestionFrame): Plan | undefined {
  if (!asksBothCurrencies(q.text) || !GROWTH_RATE_ASKED.test(q.text) || !SIDE_BY_SIDE.test(q.text)) return undefined;
  const who = owner(q);
  if (!who || q.periods.length > 1) return undefined;
  const at = { ...who, measure: "growth" as const, ...(q.periods[0] && { period: q.periods[0] }) };
  // (in the order the question names them)
  const dollarsFirst = q.text.search(/\b(?:usd|us\$|dollars?)/i) < q.text.search(/\b(?:yuan|rmb|renminbi|cny)\b/i);
  const currencies = dollarsFirst ? (["US dollars", "yuan"] as const) : (["yuan", "US dollars"] as const);
  return { operation: "compare", inputs: currencies.map((currency) => ({ ...at, currency })),
    labels: currencies.map((c) => (c === "yuan" ? "in yuan terms" : "in dollar terms")) };
}

// "services vs goods trade", "goods or services trade – which grew faster?": the two kinds of trade set side by side
const SERVICES_OR_GOODS = new RegExp(String.raw`\bservices?\b[^?]{0,30}?\b(?:vs\.?|versus|or|against|compared\s+(?:with|to))`
  + String.raw`\s+(?:(?:trade|that)\s+(?:in|of)\s+)?goods\b|\bgoods\b[^?]{0,30}?\b(?:vs\.?|versus|or|against|compared\s+`
  + String.raw`(?:with|to))\s+(?:(?:trade|that)\s+(?:in|of)\s+)?services?\b`, "i");

/**
 * "guangzhou 2031: services vs goods trade growth – which grew faster and by how many pts?": the place's services trade
 * against its goods trade, which is its foreign trade as customs count it (no subject).
 */
function servicesGoods(q: QuestionFrame): Plan | undefined {
  if (!SERVICES_OR_GOODS.test(q.text) || !SIDE_BY_SIDE.test(q.text) || GOODS_AND_SERVICES.test(q.text)) return undefined;
  if (q.periods.length > 1 || q.partners.length || q.numbers.length || q.subjects.some((x) => x !== SERVICES)) return undefined;
  const who = owner({ ...q, subjects: [], measures: [], metric: "trade" });
  const measure = sideBySideMeasure(q);
  if (!who || !measure || (measure !== "amount" && measure !== "growth")) return undefined;
  const at = { ...who, shareOf: undefined, metric: "trade" as const, measure, ...(q.periods[0] && { period: q.periods[0] }) };
  const servicesFirst = q.text.search(/\bservices?\b/i) < q.text.search(/\bgoods\b/i);
  const sides = [{ ...at, subject: SERVICES }, at];
  const labels = ["services trade", "goods trade"];
  return servicesFirst ? { operation: "compare", inputs: sides, labels }
    : { operation: "compare", inputs: [...sides].reverse(), labels: [...labels].reverse() };
}

/** "trade growth with mongolia vs with russia - both and the gap": two partners (or subjects) of one place side by side. */
function twoSides(q: QuestionFrame): Plan | undefined {
  const byPartner = q.partners.length === 2 && q.subjects.length === 0;
  const bySubject = q.subjects.length === 2 && q.partners.length === 0;
  if ((!byPartner && !bySubject) || !SIDE_BY_SIDE.test(q.text)) return undefined;
  // ("how many times bigger were solar cells than EVs?": a ratio, which the intents answer)
  if (/\btimes\b|\bratio\b/i.test(q.text)) return undefined;
  const who = owner({ ...q, partners: [], subjects: [] });
  if (!who || q.periods.length > 1) return undefined;
  const measure = sideBySideMeasure(q);
  if (!measure) return undefined;
  const at = { ...who, measure, ...(q.periods[0] && { period: q.periods[0] }), ...(bySubject && { shareOf: "own" as const }) };
  const inputs = byPartner ? q.partners.map((partner) => ({ ...at, partner })) : q.subjects.map((subject) => ({ ...at, subject }));
  const labels = byPartner ? q.partners.map(displayName).map((n) => `with ${n}`) : [...q.subjects];
  return { operation: "compare", inputs, labels };
}
const FACILITY_OF_PLACE = /['’]s\s+(?:[a-z-]+\s+){1,2}(?:terminals?|airports?|wharfs?|wharves|berths?|docks?)\b/i;

/**
 * "tibet 2012 vs xinjiang h1 2012 trade growth – both rates and the gap", "did jilin's exports grow faster than
 * china's?": two places on one measure, each in its own period when the question gives two, with the gap.
 */
function twoPlaces(q: QuestionFrame): Plan | undefined {
  // "how far above the national average was A's growth vs B's": each place's stated gap, the nation no side of it
  const gaps = q.measures.includes("pp_gap") && NATIONAL_AVERAGE.test(q.text);
  const places = joinedAsOne(q.text, gaps ? q.entities.filter((e) => e !== "china") : q.entities);
  if (places.length !== 2 || q.partners.length > 1 || q.subjects.length > 1
    || !(SIDE_BY_SIDE.test(q.text) || MORE_COUNTED.test(q.text)
      // (one measure at most: "more by tonnage … and values?" asks each measure's comparison, which the intents give)
      || (q.intent === "comparison" && q.measures.length <= 1 && MORE_OF_TWO.test(q.text)))) return undefined;
  // "how many times", "together": a ratio or a sum, which other shapes and the intents answer
  if (q.periods.length > 2 || /\btimes\b|\bratio\b|\btogether\b|\bcombined\b|\bsum\b/i.test(q.text)) return undefined;
  // ("taicang port or shanghai's haitong terminal?": a facility of a place is a side of its own, never the place's total)
  if (FACILITY_OF_PLACE.test(q.text)) return undefined;
  const measure = gaps ? "pp_gap" : sideBySideMeasure(q);
  if (!measure) return undefined;
  if (q.metric === "surplus" || q.metric === "deficit" || q.metric === "investment" || q.metric === "other") return undefined;
  // ("more trains: A or B?": things counted, of no flow)
  // (and the growth of such counts: "transhipment containers vs the port overall, growth")
  const counted = measure === "count" || (measure === "growth" && q.measures.includes("count"));
  const metric: Metric = !q.metric && counted ? "other" : q.metric === "partners" || !q.metric ? "trade" : q.metric;
  // ("trains thru A in 2019 or B's kazakhstan logistics base in 2021": a partner right after one place's "'s" is that
  // side's alone)
  const mentions = findEntities(q.text);
  const partnerAt = q.partners.length === 1 ? mentions.find((m) => m.id === q.partners[0]) : undefined;
  const ownedBy = partnerAt && mentions.find((m) => places.includes(m.id) && m.end <= partnerAt.start
    && (m.possessive ? /^\s+$/ : /^['’]s\s+$/).test(q.text.slice(m.end, partnerAt.start)))?.id;
  const side = (flow: Metric, named = false): Plan => {
    const inputs = places.map((entity, i) => ({
      entity, metric: flow, measure,
      ...(q.partners[0] && (!ownedBy || ownedBy === entity) && { partner: q.partners[0] }),
      ...(q.subjects[0] && { subject: q.subjects[0] }),
      ...((q.periods[i] ?? q.periods[0]) && { period: q.periods[i] ?? q.periods[0] }),
    }));
    // each side is named with its own period when the two differ
    const own = q.periods.length === 2;
    // (with the flow when the question compares several: "Henan's exports")
    const label = (x: (typeof inputs)[number]) => `${displayName(x.entity)}${named ? `'s ${flow}` : ""}`
      + `${own ? ` (${periodLabel(x.period!)})` : ""}`;
    return { operation: "compare", inputs, labels: inputs.map(label) };
  };
  // "who traded more, and who exported more?": each flow named is a comparison of its own, in the order asked
  // (on amounts and growth only: "exports' share of trade" names two flows for one figure)
  const flows = measure === "amount" || measure === "growth" ? flowsCompared(q.text) : [];
  if (flows.length < 2 || !flows.includes(metric)) return side(metric);
  return flows.map((flow) => side(flow, true)).reduceRight<Plan | undefined>((next, p) => (next ? { ...p, next } : p), undefined);
}

/**
 * The places set side by side, a city written joined to the city before it ("ningbo-zhoushan", "ningbo zhoushan port":
 * one port under both names, which the documents' figures give under the first) no side of its own; two cities only
 * a space apart, with no port after them and no third place, are the two sides ("guangzhou shenzhen exports").
 */
export function joinedAsOne(text: string, places: string[]): string[] {
  const mentions = findEntities(text).filter((m) => places.includes(m.id));
  const joined = mentions.filter((m, i) => {
    const before = mentions[i - 1];
    return before !== undefined && before.id !== m.id && before.kind === "city" && m.kind === "city"
      && (text.slice(before.end, m.start) === "-"
        || (text.slice(before.end, m.start) === " " && (/^\s+ports?\b/i.test(text.slice(m.end)) || places.length > 2)));
  }).map((m) => m.id);
  return joined.length ? places.filter((e) => !joined.includes(e)) : places;
}

/** The distinct flows a question names, in its order ("imports and exports" is one: the total). */
function flowsCompared(text: string): Metric[] {
  const named = findMetricWords(text).map((w) => w.metric);
  const flows = named.filter((m): m is Metric => m === "trade" || m === "exports" || m === "imports");
  // only flows: a question also naming investment or partners asks something else
  return flows.length === named.length ? [...new Set(flows)] : [];
}

const NATIONAL_AVERAGE = /\b(?:national|nationwide|country['’]s)\s+(?:average|rate|level)\b/i;
// ("more trains: A or B?": two sides set side by side on the things they counted)
const SIDE_BY_SIDE = /\bvs\.?\b|\bversus\b|\bthan\b|\bfaster\b|\bslower\b|\bcompared?\b|\bgap\b|\bhigher\b|\bbigger\b|\bexceed(?:ed|s)?\b|\bsurpass(?:ed|es)?\b|\boutpac(?:e|ed|es)\b/i;
// ("which had more foreign trade, A or B?", "did A or B run more trains?": two places set side by side by which had more)
const MORE_OF_TWO = /\b(?:more|less|fewer|larger|greater|smaller|lower)\b/i;

const FLOW_PAIR = /\b(?:exports?|imports?)\s*(?:\+|&|and)\s*(?:imports?|exports?)\b/gi;

// "total trade, exports and imports": the total named beside the flows asks for each of them
const TOTAL_AND_FLOWS =
  /\b(?:total|overall|foreign)\s+trade\b[^?]*\b(?:exports?|imports?)\b|\b(?:exports?|imports?)\b[^?]*\b(?:total|overall)\s+trade\b/i;

/** The things a question asks the same measures of: each flow, subject or partner it lists, or its one owner. */
function itemsOf(q: QuestionFrame, who: Omit<Quantity, "measure">): Array<Omit<Quantity, "measure">> {
  // two subjects or partners set side by side are a comparison, with its gap: the comparison intents answer it
  const sideBySide = q.intent === "comparison";
  if (q.subjects.length >= 2 && !sideBySide) return q.subjects.map((subject) => ({ ...who, subject }));
  if (q.partners.length >= 2 && !sideBySide) return q.partners.map((partner) => ({ ...who, partner }));
  if (TOTAL_AND_FLOWS.test(q.text))
    return flowsNamed(q.text.replace(/\b(?:total|overall|foreign)\s+trade\b/gi, "trade")).map((metric) => ({
      ...who,
      metric,
    }));
  if (BOTH_FLOWS.test(q.text)) return (["exports", "imports"] as const).map((metric) => ({ ...who, metric }));
  return [who];
}

/** ("how many firms had import and export records?": a count asked of things, whose flows' words ask no money) */
const noMoneyOfCounts = (q: QuestionFrame, measures: Measure[]): Measure[] =>
  q.measures.includes("count") && !q.measures.includes("amount") ? measures.filter((m) => m !== "amount") : measures;

/**
 * "how much did X trade in h1, and how fast did it grow?", "where did it rank, and what was its total?",
 * "its national rank for total trade, exports and imports?": every asked measure of every listed thing.
 */
function parts(q: QuestionFrame): Plan | undefined {
  if (!["lookup", "rank_position", "comparison", "rank"].includes(q.intent) || !JOINED.test(q.text)) return undefined;
  if (
    q.intent === "rank" &&
    !/\brank(?:ed|ing)?\b[^?]*\b(?:nationally|nationwide|in (?:the country|china))\b|\bnational rank/i.test(q.text)
  )
    return undefined;
  const ofSubject = q.subjects.length === 2 && q.subjects.some((x) => subjectIsWhole(q.text, x));
  // two partners or subjects side by side on several measures ("EU vs ASEAN - values, and which grew faster?"): the
  // comparison answers each measure for both sides, where one side's parts would leave the other out
  if (q.intent === "comparison" && (q.partners.length >= 2 || (q.subjects.length >= 2 && !ofSubject))) return undefined;
  const who = owner({ ...q, subjects: ofSubject ? q.subjects : q.subjects.slice(0, 1), partners: q.partners.slice(0, 1) });
  if (!who || q.periods.length > 1) return undefined;
  const items = who.wholeSubject ? [who] : itemsOf(q, who);
  // "where did it rank for exports and imports": the flows are what is ranked, not an ask for their values
  // ("its exports and imports, with growth rates" asks for both)
  const ranksFlows = items.length > 1 && items[0]!.metric !== items[1]!.metric && /\brank/i.test(q.text);
  const asked = ranksFlows ? askedText(q.text).replace(FLOW_PAIR, " ") : askedText(q.text);
  const measures = noMoneyOfCounts(q, measuresAsked(asked));
  if (measures.length < (items.length > 1 ? 1 : 2)) return undefined;
  const at = q.periods[0] && { period: q.periods[0] };
  return {
    operation: "values",
    inputs: items.flatMap((item) => measures.map((measure) => nationalTotal(q, { ...item, ...at, measure }))),
  };
}

// "…, and what was the national total?": the amount asked is the country's, the whole of the share asked beside it
const NATIONAL_TOTAL_ASKED = /\b(?:what|how\s+(?:much|big))\s+(?:was|is|were)\s+(?:the\s+)?(?:national|nation['’]s|country['’]s|china['’]s)\s+total\b/i;
const nationalTotal = (q: QuestionFrame, input: Quantity): Quantity => {
  if (input.measure !== "amount" || !NATIONAL_TOTAL_ASKED.test(q.text) || !q.measures.includes("share")) return input;
  const { partner: _p, subject: _s, shareOf: _o, ...rest } = input;
  return { ...rest, entity: "china" };
};

/**
 * A look-up as a plan of its asked parts, for when no stated figure answers it as a whole: each part is then
 * resolved on its own, derived from stated facts where it can be ("private firms' trade" from their share of the total).
 */
export function lookupPlan(q: QuestionFrame): Plan | undefined {
  if (!["lookup", "rank_position"].includes(q.intent)) return undefined;
  const who = owner(q);
  if (!who || q.periods.length > 1) return undefined;
  const cued = noMoneyOfCounts(q, measuresAsked(askedText(q.text)));
  const framed = q.measures.filter((m) => ["amount", "growth", "share", "count"].includes(m));
  // ("combined imports and exports", "its q1 trade?": a flow asked with no measure asks its value)
  const flow = q.metric === "trade" || q.metric === "exports" || q.metric === "imports";
  const measures = cued.length >= 2 && JOINED.test(q.text) ? cued : framed.length ? framed
    : cued.includes("amount") || (flow && !cued.length) ? ["amount" as const] : [];
  if (!measures.length) return undefined;
  const at = { ...who, ...(q.periods[0] && { period: q.periods[0] }) };
  // ("march alone, in yuan and usd?": an amount worked out in each currency asked, from the figures stated in it)
  const currencies = asksBothCurrencies(q.text) ? (["yuan", "US dollars"] as const) : [undefined];
  const part = partWords(q);
  const inputs = measures.flatMap((measure) => (measure === "amount" ? currencies : [undefined])
    .map((currency) => nationalTotal(q, { ...at, measure, ...(currency && { currency }),
      ...(measure === "share" && part.length && { partWords: part }) })));
  return withMonthOnMonth(q, { operation: "values", inputs });
}

// words of a share question that say how it is asked, not what the part is ("came", "by value", "exact %")
const NOT_PART = new Set(["came", "come", "comes", "account", "accounted", "accounts", "went", "go", "goes", "thru", "through",
  "exact", "exactly", "precise", "value", "values", "unit", "units", "volume", "tonnage", "quantity", "share", "total", "roughly",
  "about", "pct", "percent", "percentage", "made", "make", "contributed", "represented", "handled", "alone", "overall",
  "whole", "combined", "first", "second", "third", "fourth", "three", "two", "half", "quarters", "months"]);

/** The words a share question names its part by that no reader took (the goods read, if any, are then the whole's). */
function partWords(q: QuestionFrame): string[] {
  if (!q.measures.includes("share") || q.partners.length) return [];
  const taken = new Set(q.subjects.flatMap((s) => s.toLowerCase().split(/\s+/)));
  return q.terms.map((t) => t.toLowerCase()).filter((t) => !NOT_PART.has(t) && !taken.has(t) && !/\d/.test(t));
}

const ASKS_NATIONAL =
  /\b(?:national|nationwide|country(?:'s)?|china's)\b[^?]*\b(?:growth|rates?|grew)\b|\b(?:growth|rates?)\b[^?]*\b(?:national|nationwide|the country)\b/i;
const GAP_STATED = /\b(?:beat|outpaced|exceeded|above|ahead of|below|behind|lower than|higher than)\b/i;
const ASKS_GAP = /\bhow (?:many|far|much)\b[^?]*?\b(?:points?|pts|pp|above|below|ahead|behind|higher|lower|faster|slower)\b/i;
const BELOW = /^\s*(?:percentage\s+)?(?:points?|pts|pp)?\s*(?:below|lower|slower|behind|less)\b/i;
const FLOW_WORDS: Array<[RegExp, Metric]> = [
  // "export and import growth rates" names both flows; the total is "trade" or "overall"
  [/\boverall\b|\btrade\b/gi, "trade"],
  [/\bexports?\b/gi, "exports"],
  [/\bimports?\b/gi, "imports"],
];

/** The flows a question names, in the order it names them ("export and import growth" → exports, imports). */
function flowsNamed(text: string): Metric[] {
  const at: Array<[number, Metric]> = [];
  const taken: Array<[number, number]> = [];
  for (const [re, metric] of FLOW_WORDS) {
    for (const m of text.matchAll(re)) {
      if (taken.some(([a, b]) => m.index < b && m.index + m[0].length > a)) continue;
      taken.push([m.index, m.index + m[0].length]);
      at.push([m.index, metric]);
    }
  }
  return [...new Set(at.sort((a, b) => a[0] - b[0]).map(([, metric]) => metric))];
}

// a second ask of only a flow, a measure or a period, that shares the first's owner, partner and goods
// ("and its exports to japan?", "and its auto exports?" name their own, which the first ask's figure is not of)
const GOES_ON = new RegExp(String.raw`^(?:and|&|plus)(?:\s+(?:its|the|their|what|was|is|were|how|much|did|it|about|in|`
  + String.raw`q[1-4]|h[12]|\d{4}|yoy|y\/y|growth|grow|change|rate|amount|value|alone|exports?|imports?|trade|too|also))*\s*$`, "i");

/**
 * "its q3 trade alone? and q3 imports", "fujian-taiwan trade 2021? and yoy": asks split by a question mark in one period,
 * each naming a flow (or going on with the one before) and a measure (or none: the amount).
 */
function asksApart(q: QuestionFrame): Plan | undefined {
  const asks = q.text.split("?").map((a) => a.trim()).filter((a) => /[a-z]/i.test(a));
  const periods = q.periods.filter((p, i) => q.periods.findIndex((x) => samePeriod(x, p)) === i);
  if (q.intent !== "lookup" || asks.length !== 2 || !GOES_ON.test(asks[1]!) || periods.length !== 1) return undefined;
  const [first, second] = asks.map((a) => ({ flows: flowsNamed(a), measures: measuresAsked(askedText(a)) }));
  // (the first ask names its flow, the second another flow or a measure of the same one)
  if (first!.flows.length !== 1 || second!.flows.length > 1) return undefined;
  const flow = (ask: typeof first) => ask!.flows[0] ?? first!.flows[0]!;
  const items = [first!, second!].flatMap((ask) => (ask.measures.length ? ask.measures : ["amount" as const])
    .map((measure) => [flow(ask), measure] as const));
  const keys = items.map(([f, m]) => `${f} ${m}`);
  if (new Set(keys).size !== keys.length || items.some(([, m]) => m !== "amount" && m !== "growth")) return undefined;
  const who = owner({ ...q, metric: "trade", periods });
  if (!who) return undefined;
  return { operation: "values", inputs: items.map(([metric, measure]) => ({ ...who, metric, measure, period: periods[0] })) };
}

/** "what national export and import growth rates does Guangdong's report imply?", "it beat the national average by 6.4" */
function reference(q: QuestionFrame): Plan | undefined {
  const places = q.entities.filter((e) => e !== "china");
  if (places.length !== 1 || !ASKS_NATIONAL.test(q.text) || !(REASONS.test(q.text) || GAP_STATED.test(q.text)))
    return undefined;
  // "how many pts above the national growth rate was it?" asks the gap itself, not the rate it implies
  if (ASKS_GAP.test(q.text) && !REASONS.test(q.text) && !q.numbers.some((n) => n.kind === "pp")) return undefined;
  // ("where did it rank, and how far above the national average was it?": its stated parts, not the national rate)
  if (ASKED.some((a) => a.measure === "rank" && a.cue.test(q.text))) return undefined;
  const flows = flowsNamed(q.text.replace(/\bforeign trade\b/gi, "trade"));
  // the gap the question states: "beat the national average by 6.4", "14.5 pts above the national average"
  const gaps = q.numbers.filter((n) => n.kind === "pp" || /\bby\s*$/i.test(q.text.slice(0, n.start)))
    .map((n) => ({ value: BELOW.test(q.text.slice(n.end, n.end + 30)) ? -n.value : n.value }));
  const at = { entity: places[0]!, ...(q.periods[0] && { period: q.periods[0] }) };
  const inputs = (flows.length ? flows : ["trade" as const]).flatMap((metric, i): Quantity[] => {
    const gap = gaps[i];
    return [
      { ...at, metric, measure: "growth" },
      {
        ...at,
        metric,
        measure: "pp_gap",
        ...(gap && { given: { value: gap.value, unit: "percentage points", scale: 1 } }),
      },
    ];
  });
  return { operation: "reference", inputs };
}

const TOGETHER = /\b(?:together|combined|altogether|in total|between them|added up|add(?:ing)? up|summed)\b/i;

/**
 * "what share of Chongqing's trade was with ASEAN, the EU and the US together?", "A + B combined trade and their share
 * of the province's total": the parts added up, and the sum's share of the whole.
 */
function combined(q: QuestionFrame): Plan | undefined {
  const places = q.entities.filter((e) => e !== "china");
  // places that lie in one named place: the parts are they, the whole is it
  const within = places.filter((c) => places.includes(place(c)?.parent ?? ""));
  // ("jiangsu + shanghai combined, and what share of china's total is that?": places of the nation, its total the whole)
  const ofNation = places.length >= 2 && ofChina(q) && places.every((p) => ["province", "city"].includes(place(p)?.kind ?? ""));
  if (ofNation) within.push(...places);
  const cities = within.length >= 2 && places.length === within.length + (ofNation ? 0 : 1) && !q.partners.length
    && !q.subjects.length;
  const parts: Array<Partial<Quantity>> =
    q.partners.length >= 2
      ? q.partners.map((partner) => ({ partner }))
      : q.subjects.length >= 2
        ? q.subjects.map((subject) => ({ subject }))
        : cities ? within.map((entity) => ({ entity })) : [];
  if (!parts.length || !TOGETHER.test(q.text) || !q.measures.includes("share")) return undefined;
  const who = cities
    ? flowOf(q) && { entity: ofNation ? "china" : places.find((p) => !within.includes(p))!, metric: flowOf(q)! }
    : owner({ ...q, partners: [], subjects: [] });
  if (!who) return undefined;
  const at = { ...who, measure: "amount" as const, ...(q.periods[0] && { period: q.periods[0] }) };
  return { operation: "combined", inputs: [at, ...parts.map((p) => ({ ...at, ...p }))] };
}

// "small-volume + border residents", "A plus B", "A and B combined": parts asked added up
const ADDED = /\+|\bplus\b|\btogether\b|\bcombined\b|\baltogether\b|\bin total\b|\badd(?:ed|ing)? up\b|\bsum(?:med)?\b/i;

/** "guangxi total border trade 2018 (small-volume + border residents)": two or more parts of one place added up. */
function addedUp(q: QuestionFrame): Plan | undefined {
  const parts: Array<Partial<Quantity>> = q.partners.length >= 2 && !q.subjects.length ? q.partners.map((partner) => ({ partner }))
    : q.subjects.length >= 2 && !q.partners.length ? q.subjects.map((subject) => ({ subject })) : [];
  if (!parts.length || !ADDED.test(q.text) || q.measures.some((m) => m !== "amount") || q.periods.length > 1) return undefined;
  // ("ASEAN plus Vietnam": a bloc and one of its own members overlap; their sum counts the member twice)
  if (q.partners.some((p) => q.partners.some((b) => b !== p && place(b)?.members?.includes(p)))) return undefined;
  const who = owner({ ...q, partners: [], subjects: [] });
  if (!who) return undefined;
  const { shareOf: _, ...at } = { ...who, measure: "amount" as const, ...(q.periods[0] && { period: q.periods[0] }) };
  return { operation: "added", inputs: parts.map((p) => ({ ...at, ...p })) };
}

// "%", "pct", "percent", "per cent", "percentage": a percent word, however the asker writes it
const PCT_WORD = String.raw`(?:%|\bpct\b|\bper ?cent(?:age)?\b)`;
const CHANGE_ASKED: Array<[Change, RegExp]> = [
  [
    "difference",
    // ("how much did it grow, absolute and %?": the change in the flow's own unit)
    // ("by how much % did it grow": the percent alone, below)
    // ("how many more trains", "how many tonnes more": a count's difference, in the things counted)
    new RegExp(String.raw`\bhow much (?:bigger|larger|more|higher|lower|smaller|less)\b|\bby how much\b(?!\s*${PCT_WORD})|`
      + String.raw`\bhow many (?:(?!times\b)[a-z-]+\s+){0,2}?(?:more|fewer|less)\b|`
      + String.raw`\bdifference\b|`
      + String.raw`\bin (?:(?:bn|billion|mn|million|trillion)\s+)?(?:yuan|dollars|usd|rmb)\b|\babsolute\b`, "i"),
  ],
  [
    "percent",
    // ("throughput growth from 2010 to 2024": the change from the one level to the other; an "annual growth from" is
    // the yearly rate alone; "how much bigger, in $ and %?", "difference in %?", "how much higher (%)": the sign
    // alone asks the percent too)
    new RegExp([String.raw`\bin percent\b|\(\s*(?:%|pct|percent(?:age)?)\s*\)|\bin\s*(?:%|pct\b)|(?:\band\b|&)\s*(?:in\s+)?(?:%|pct\b)(?=\s*(?:\?|$|terms\b))`,
      String.raw`\bby what (?:%|percent(?:age)?)|(?:\bpercent(?:age)?|%) (?:change|increase|rise|growth|drop|fall)\b`,
      // ("by how much % did it grow", "by how many pct", "pct increase from 2016 to 2020": a percent word however
      // written, never "percentage points", which is a gap between two rates)
      String.raw`\bby how (?:much|many)\s*${PCT_WORD}(?!\s*points?\b)`,
      String.raw`${PCT_WORD}\s*(?:change|increase|rise|growth|drop|fall|decline|decrease|gain)\b`,
      String.raw`\bhow much did\b[^?]*\b(?:gr[eo]w|rise|fall|drop|increase|decrease|change)\b[^?]*\b(?:between|from)\b`,
      String.raw`\b(?:grow|growth|change|rise|drop|fall)\b[^?]*\bbetween\b`,
      String.raw`(?<!\b(?:annual|yearly)\s+)\bgrowth\s+from\s+[^?]*?\bto\b`].join("|"), "i"),
  ],
  // ("using its 2020 total and the 2021 total, how much did it grow?": the change worked out from the two totals)
  ["percent", /\b(?:using|from|with|based on|given)\b[^?]*\btotals?\b[^?]*\b(?:gr[eo]w|growth|change|rise)\b/i],
  ["times", /\bhow many times\b|\bmultiple\b|\bfold\b/i],
  // ("overall % increase and the average annual growth rate": the yearly rate compounded over the years between)
  // ("average annual increase" alone is an amount a year: a rate only after "growth", "rate" or "%")
  ["annual", new RegExp(String.raw`\b(?:av(?:erage|g\.?)|compound(?:ed)?)\s+(?:annual|yearly)\s+(?:growth|rate`
    + String.raw`|(?:%|percent(?:age)?)\s+(?:increase|rise|change)|(?:increase|rise|change)\s+rate)\b|\bcagr\b`, "i")],
  // ("the average annual increase between 2019 and 2023": the difference of the two levels over the years between)
  ["yearly", /\bav(?:erage|g\.?)\s+(?:annual|yearly)\s+(?:increase|rise|change)\b(?!\s+rate)/i],
];

// "how much did it grow/increase between 2016 and 2020", "from 2016 to 2020": a change asked in the flow's own unit
const HOW_MUCH_MOVED = new RegExp(String.raw`\bhow much (?:did|has|have|had)\b[^?]*\b(?:gr[eo]wn?|r[io]sen?|increased?|`
  + String.raw`go(?:ne)? (?:up|down)|went (?:up|down)|expand(?:ed)?|f[ae]ll(?:en)?|drop(?:ped)?|declined?|decreased?|shr[iau]nk)\b`
  + String.raw`[^?]*\b(?:between|from)\b`, "i");
// "in percent", "in %", "(%)", "by what %", "% change": the percent alone asked
const PERCENT_UNIT = new RegExp(String.raw`\bin\s*(?:%|pct\b|per ?cent(?:age)?\b|percentage terms\b)|\(\s*(?:%|pct|percent(?:age)?)\s*\)`
  + String.raw`|\bby what (?:%|per ?cent(?:age)?)|(?:\bper ?cent(?:age)?|%)\s*(?:change|increase|rise|growth)\b|\bgrowth rate\b`, "i");

/**
 * "the growth of its trade in Jan–Oct compared with Jan–Sep", "export growth in 2023 vs 2022": the growth rates of two
 * periods side by side (a change between two levels is asked with "between", and is overTime's)
 */
function ratesApart(q: QuestionFrame): Plan | undefined {
  // "laptops' share of its exports, 2013 vs 2020 - up or down?": a share in two periods is set side by side too
  // ("how did its share change from 2015 to 2021?": a share's change is in points, never a percent of two levels)
  // ("its q1 vs q2 2023 trade: the two quarter totals?": amounts of one place in two periods side by side)
  // ("car exports: jan-may 2008 vs jan-apr 2023, how many vehicles each?": the counts likewise)
  // ("did it export more in h1 2021 or h1 2024?", "grow faster in 2023 or in 2024?": one place's two periods, a choice)
  const onePlace = !q.periodsByPlace && q.entities.filter((e) => e !== "china").length <= 1;
  const choice = onePlace && PERIOD_CHOICE.test(q.text);
  const sized = (m: Measure) => q.measures.length > 0 && q.measures.every((x) => x === m)
    && (/\bvs\.?\b|\bversus\b/i.test(q.text) || choice) && onePlace;
  const measure = GROWTH_RATE_ASKED.test(q.text) ? "growth" : q.measures.includes("share") ? "share"
    : choice && q.measures.includes("growth") ? "growth" : sized("amount") ? "amount" : sized("count") ? "count"
    : levelUnnamed(q) && onePlace ? (THINGS_COMPARED.test(q.text) ? "count" : "amount") : undefined;
  // ("how much did its share go up 2015-2024?": a share's change over a run of whole years is from its first to its
  // last)
  const periods = measure === "share" && q.periods.length === 1 && SHARE_MOVED.test(q.text) ? yearsAtEnds(q.periods[0]!)
    : q.periods;
  if (periods.length !== 2 || !measure || (measure === "growth" && /\bbetween\b/i.test(q.text))) return undefined;
  // ("its trade 2029 vs 2019 - how much lower and by what %?": a change in percent between two levels is overTime's)
  const percentAsked = CHANGE_ASKED.some(([c, re]) => c === "percent" && re.test(q.text));
  if ((measure === "amount" || measure === "count") && percentAsked) return undefined;
  const apart = measure === "share" ? SHARE_APART : /\bcompared?\b|\bvs\.?\b|\bversus\b|\bthan\b/i;
  if (!(apart.test(q.text) || choice) || statedChange(q) !== undefined) return undefined;
  // ("western vs central region: how much did each one's share go up?": each place's two shares, place by place)
  // (not a part and its whole: "suzhou's share of jiangsu's trade" is one place's share)
  const places = measure === "share" ? q.entities.filter((e) => e !== "china") : [];
  // (nor places each in its own period: "beijing 2025 vs tianjin 2023" sets two shares side by side)
  const apartPlaces = places.length >= 2 && !q.periodsByPlace
    && !places.some((a) => places.some((b) => a !== b && holds(b, a)));
  // (things counted, "more freight trains … in 2030 or in 2033", are the place's levels as an unnamed measure's are)
  const asked = levelUnnamed(q) ? { ...q, measures: [] } : q;
  const owners = apartPlaces ? places.map((entity) => owner({ ...asked, entities: [entity] })) : [owner(asked)];
  if (!owners.every(Boolean)) return undefined;
  const plans = owners.map((who): Plan => ({ operation: "compare",
    inputs: periods.map((period): Quantity => ({ ...who!, measure, period })),
    labels: periods.map((p) => periodLabel(p)) }));
  return plans.reduceRight<Plan | undefined>((next, p) => (next ? { ...p, next } : p), undefined);
}
/** Does one place hold another (a province its city, a region its province or the province's city)? */
const holds = (whole: string, part: string): boolean => {
  const parent = place(part)?.parent;
  return parent === whole || Boolean(place(whole)?.members?.some((m) => m === part || m === parent));
};
// "did its share go up" (read as "grow"), "how much did the share rise": a share that moved, asked
const SHARE_MOVED = new RegExp(String.raw`\b(?:go(?:ne)?|went)\s+(?:up|down)\b|\bgr(?:ow|ew|own)\b|`
  + String.raw`\b(?:rise|rose|risen|fall|fell|fallen|gain(?:ed)?|los[et])\b`, "i");
const SHARE_APART = new RegExp(String.raw`\bcompared?\b|\bvs\.?\b|\bversus\b|\bthan\b|\bup or down\b|\bchang(?:e|ed)\b|`
  + String.raw`\bbetween\b|\bfrom\b[^?]*\bto\b|\bpoints?\b|${SHARE_MOVED.source}`, "i");
// a comparative, then "or" before the second of two periods: "bigger in 2019 or in 2023", "grew faster ... or ..."
// (not two comparatives set against each other: "higher or lower now?", "more or less")
const COMPARATIVE = String.raw`(?:more|bigger|larger|greater|higher|faster|slower|better|worse|smaller|lower|less|fewer)`;
// (the second a period: "… or in h1 2025", never "exports or imports in 2023")
const PERIOD_AFTER_OR = String.raw`\s+(?:(?:in|for|during)\s+)?(?:the\s+)?(?:h[12]|q[1-4]|(?:19|20)\d\d|jan|feb|mar|apr|may|`
  + String.raw`jun|jul|aug|sep|oct|nov|dec|first|second|third|fourth|full|whole|last|this)`;
const PERIOD_CHOICE = new RegExp(String.raw`\b${COMPARATIVE}\b(?!\s+or\s+${COMPARATIVE}\b)[^?]*\bor\b(?=${PERIOD_AFTER_OR})`,
  "i");
// "zibo tyre exports 2012 vs 2020 - which year higher?", "how did its trade in 2019 compare with 2013?": no measure named,
// the two levels set side by side (a rate is named when asked: "grew faster", "share")
const LEVEL_COMPARED = /\b(?:more|bigger|larger|greater|higher|smaller|lower|less|compared?)\b/i;
// (or only the count that "more trains" asks: counted things are still their levels side by side)
const levelUnnamed = (q: QuestionFrame): boolean => (!q.measures.length
  || (q.measures.length === 1 && q.measures[0] === "count" && THINGS_COMPARED.test(q.text))) && LEVEL_COMPARED.test(q.text);
// ("more parallel-import cars in 2016 or 2021?": things counted, no money)
const THINGS_COMPARED = new RegExp(String.raw`\b(?:more|fewer)\s+(?:[\w-]+\s+){0,2}(?:trains|trips|vehicles|cars|ships|`
  + String.raw`containers|teus?|tonnes|tons|units|flights|parcels|visitors|shoppers|firms|companies|enterprises)\b`, "i");
const GROWTH_RATE_ASKED = /\bgrowth(?:\s+rates?)?\b|\brates?\s+of\s+growth\b/i;

/** The first and the last year of a run of whole years (2008–2012: 2008 and 2012), or none. */
const yearsAtEnds = (p: Period): Period[] => (p.y1 !== null && p.y2 !== null && p.y2 > p.y1 && p.m1 === 1 && p.m2 === 12
  ? [{ y1: p.y1, m1: 1, y2: p.y1, m2: 12 }, { y1: p.y2, m1: 1, y2: p.y2, m2: 12 }] : []);

// the things a port or a corridor counts, and the words that ask money or a flow of trade
const COUNTED_THING = /\b(?:containers?|TEUs?|boxes|tonnes?|tons|tonnage|cargo|freight|throughput|trips|trains|vehicles)\b/i;
const MONEY_OR_FLOW = new RegExp(String.raw`\b(?:yuan|rmb|dollars?|usd|euros?|values?|worth|revenues?|sales|earnings|`
  + String.raw`trade|exports?|imports?|exported|imported|prices?|spend(?:ing)?)\b|\$`, "i");
/**
 * A count with no money asked ("how many vehicles", "port throughput"); so too a count of things that a "how much" or a
 * "bigger" reads as an amount as well ("how much more containers", "how many times bigger was its container volume"),
 * when no word asks money or a flow of trade.
 */
const countedOnly = (q: QuestionFrame) => (q.measures.includes("count")
  && (!q.measures.includes("amount") || (COUNTED_THING.test(q.text) && !MONEY_OR_FLOW.test(q.text))))
  // ("2031 trips vs 2024 trips - how many times as many?": things named, no measure, flow nor money asked)
  || (!q.metric && !q.measures.length && COUNTED_THING.test(q.text) && !MONEY_OR_FLOW.test(q.text));
// the units a count is asked in by name (a trip and a train are one count; "tonnes" and "TEUs" two)
const UNIT_NAMED = /\b(?:trips?|trains?|teus?|tonnes|tons|vehicles|containers|flights|parcels)\b/gi;
/** The one unit a question counts in ("2031 trips vs 2024 trips" in trips, never TEUs), if it names only one. */
function unitNamed(text: string): string | undefined {
  const units = [...text.matchAll(UNIT_NAMED)].map((m) => m[0].toLowerCase());
  return units.length && units.every((u) => sameCountUnit(u, units[0]!)) ? units[0] : undefined;
}
/** "the port's throughput", "how many TEUs": things one place counted, of no flow (the owner a count of trade has not). */
function countedOwner(q: QuestionFrame): Omit<Quantity, "measure"> | undefined {
  if (q.metric || !countedOnly(q)) return undefined;
  const who = owner({ ...q, measures: q.measures.filter((m) => m !== "count") });
  return who && !who.partner && !who.shareOf ? { ...who, metric: "other" } : undefined;
}

// ("how much did its trade drop in 2022, in yuan?": one period's change in money is its level less the year before's;
// "in absolute terms" asks the same change in money)
const CHANGE_IN_MONEY = new RegExp(String.raw`\bhow much did\b[^?]*\b(?:drop|fall|decline|decrease|shrink|rise|grow|`
  + String.raw`increase|go (?:up|down))\b[^?]*(?:\bin\s+(?:(?:bn|billion|mn|million|trillion)\s+)?(?:yuan|dollars|usd|rmb)\b`
  + String.raw`|\bin absolute terms\b)`, "i");
// (a change over a nearer period named: "from the month before", "quarter on quarter" is no change over a year)
const NEARER_BEFORE = new RegExp(String.raw`\b(?:month|quarter|half)[- ](?:on|over)[- ](?:month|quarter|half)\b|`
  + String.raw`\b(?:previous|prior|preceding|last|earlier)\s+(?:month|quarter|half)\b|\b(?:month|quarter|half)\s+before\b|`
  + String.raw`\b(?:m-?o-?m|q-?o-?q|m\/m|q\/q)\b`, "i");

/** "its h1 trade from 2023 to 2024": months named without a year, in each of two whole years named apart. */
function monthsOfEachYear(periods: Period[]): Period[] {
  const months = periods.filter((p) => p.y1 === null && p.y2 === null);
  const years = periods.filter((p) => p.y1 !== null && p.y1 === p.y2 && p.m1 === 1 && p.m2 === 12);
  if (months.length !== 1 || years.length !== 2 || periods.length !== 3) return periods;
  const { m1, m2 } = months[0]!;
  return years.map((y) => ({ y1: y.y1, m1, y2: y.y2, m2 }));
}

/** "how much bigger was Chongqing's trade in 2021 than in 2014, in yuan and in percent?", "how many times its 2011 level" */
function overTime(q: QuestionFrame): Plan | undefined {
  // ("using its 2020 total and the 2021 total, how much did it grow in 2021?": a period named twice is one)
  const named = monthsOfEachYear(q.periods.filter((p, i) => q.periods.findIndex((x) => samePeriod(x, p)) === i));
  const asked = CHANGE_ASKED.filter(([, re]) => re.test(q.text)).map(([c]) => c);
  // ("how much did its trade increase between 2016 and 2020?": the amount it moved by, and its percent as well; not when
  // the percent alone is asked, "…, in percent?")
  if (HOW_MUCH_MOVED.test(q.text) && !PERCENT_UNIT.test(q.text)) asked.unshift("difference");
  const changes = [...new Set(asked)];
  // ("the average annual growth over 2008-2012": a yearly rate over a run of whole years is from its first to its last)
  const periods = named.length === 1 && (changes.includes("annual") || changes.includes("yearly")) ? yearsAtEnds(named[0]!)
    : named.length === 1 && named[0]!.y1 !== null && CHANGE_IN_MONEY.test(q.text)
      && !NEARER_BEFORE.test(q.text) ? [named[0]!, previousYear(named[0]!)]
      : named;
  const [p1, p2] = periods;
  if (!p1 || !p2 || periods.length !== 2 || p1.y1 === null || p2.y1 === null || samePeriod(p1, p2)) return undefined;
  // (January–February and the first quarter that holds it: a running total and a longer one are no levels a change is
  // between)
  if (isPartOf(p1, p2) || isPartOf(p2, p1)) return undefined;
  if (!changes.length || statedChange(q) !== undefined) return undefined;
  // ("how many times bigger was its container volume": things counted, which a "bigger" alone does not make trade)
  // (so too things named with no measure asked: "2031 trips vs 2024 trips")
  const countedOverMoney = !q.metric && (q.measures.includes("amount") || !q.measures.length) && countedOnly(q);
  const who = (countedOverMoney ? countedOwner(q) : undefined) ?? owner(q) ?? countedOwner(q);
  if (!who) return undefined;
  // ("port throughput from 2010 to 2024", "vehicles exported in 2008 and 2023": a count, in its own unit, not money)
  const measure = countedOnly(q) ? "count" : "amount";
  const [later, earlier] = before(p1, p2) ? [p2, p1] : [p1, p2];
  // "its total foreign trade, and its ASEAN trade": the total as well as the partner
  const things = who.partner && /\btotal\b/i.test(q.text) ? [{ ...who, partner: undefined }, who] : [who];
  const unit = measure === "count" ? unitNamed(q.text) : undefined;
  const inputs = things.flatMap((t): Quantity[] =>
    [later, earlier].map((period) => ({ ...t, measure, period, ...(VALUE_WORD.test(q.text) && { of: "value" as const }),
      ...(unit && { unit }) })),
  );
  return { operation: "overTime", inputs, changes };
}

/**
 * "Xi'an's trade surplus in November", "balance: A in 2021 vs B in 2025" (each place in its own period): exports less
 * imports, place by place, with the total trade when the question asks it too ("total imports+exports, and the surplus").
 */
function balance(q: QuestionFrame): Plan | undefined {
  if (q.metric !== "surplus" && q.metric !== "deficit") return undefined;
  const places = q.entities.filter((e) => e !== "china");
  const apart = places.length === 2 && q.periods.length <= 2 && q.partners.length <= 1 && !q.subjects.length;
  const one = apart ? undefined : owner({ ...q, metric: "trade" });
  if (!apart && !one) return undefined;
  // ("its surplus 2031 vs 2030 - by what % did it grow?": one place's balance in two periods with a change asked is the
  // change between the two balances, no balance of one year)
  const twoPeriods = q.periods.filter((p, i) => q.periods.findIndex((x) => samePeriod(x, p)) === i).length === 2;
  if (!apart && twoPeriods && CHANGE_ASKED.some(([, re]) => re.test(q.text))) return undefined;
  // "in yuan and in usd?": one balance in each currency asked
  const currencies = asksBothCurrencies(q.text) ? (["yuan", "US dollars"] as const) : [askedCurrency(q.text)];
  const sides = apart
    ? places.map((entity, i) => ({ entity, ...(q.partners[0] && { partner: q.partners[0] }), period: q.periods[i] ?? q.periods[0] }))
    : [{ ...one!, period: q.periods[0] }];
  const at = sides.flatMap(({ period, ...side }) => currencies.map((currency) => ({
    ...side, metric: "trade" as Metric, measure: "amount" as const, ...(period && { period }), ...(currency && { currency }),
  })));
  const also = TOTAL_ASKED.test(q.text) ? at : [];
  return {
    operation: "balance",
    inputs: at.flatMap((x): Quantity[] => [{ ...x, metric: "exports" }, { ...x, metric: "imports" }]),
    ...(also.length && { also }),
    ...(apart && BALANCES_AGAINST.test(q.text) && { changes: ["difference" as const] }),
  };
}
// "which had the bigger surplus, and by how much?": two balances set against each other ask the gap between them
const BALANCES_AGAINST =
  /\b(?:bigger|larger|smaller|higher|lower|by how much|how much (?:more|bigger|larger)|difference|gap)\b/i;
// "total imports+exports for the month, and the trade surplus": the total is asked beside the balance
const TOTAL_ASKED = new RegExp(String.raw`\btotal\s+(?:trade|value|imports?\s*(?:\+|&|and)\s*exports?|exports?\s*(?:\+|&|and)\s*imports?)\b`
  + String.raw`|\b(?:foreign|overall)\s+trade\s+(?:value|volume)\b`, "i");

/** "its trade in Jan-Sep and in Jan-Oct 2021": one owner's asked measures in each period named, with no comparison. */
function periodsApart(q: QuestionFrame): Plan | undefined {
  if (q.intent !== "lookup" || q.periods.length < 2 || !JOINED.test(q.text) || SIDE_BY_SIDE.test(q.text)) return undefined;
  const who = owner(q);
  if (!who) return undefined;
  const cued = measuresAsked(askedText(q.text));
  const measures = cued.length ? cued : ["amount" as const];
  return { operation: "values", inputs: q.periods.flatMap((period) => measures.map((measure) => ({ ...who, measure, period }))) };
}

/** "what share of Guangxi's ASEAN trade was with Vietnam?": a part's share of a bigger partner's or group's figure. */
function ofWhole(q: QuestionFrame): Plan | undefined {
  if (!q.measures.includes("share")) return undefined;
  const who = owner(q);
  if (!who?.wholePartner && !who?.wholeSubject && !who?.wholeMetric) return undefined;
  const cued = measuresAsked(askedText(q.text));
  const measures = cued.includes("share") ? cued : ["share" as const];
  return { operation: "values", inputs: measures.map((measure) => ({ ...who, measure, ...(q.periods[0] && { period: q.periods[0] }) })) };
}

/** "its average monthly trade in the first three quarters": the amount over the period, per month (quarter, year). */
function average(q: QuestionFrame): Plan | undefined {
  // ("avg annual growth rate over 2008-2012" asks a rate, never the mean of the years' amounts)
  const rate = CHANGE_ASKED.some(([c, re]) => (c === "annual" || c === "yearly") && re.test(q.text));
  const unit = rate ? undefined : AVERAGE_ASKED.find(([re]) => re.test(q.text))?.[1];
  const period = q.periods[0];
  if (!unit || !period || period.y1 === null || period.y2 === null || q.periods.length > 1) return undefined;
  const who = owner(q);
  if (!who) return undefined;
  return { operation: "average", inputs: [{ ...who, measure: "amount", period }], labels: [unit] };
}
// the word for an average, spelt out or cut short ("average annual", "avg annual", "avg. yearly"): one list for every
// reader of an average asked
const AVERAGE_WORDS = ["average", "avg"];
const AVERAGE = String.raw`(?:${AVERAGE_WORDS.join("|")})\b\.?`;
const AVERAGE_ASKED: Array<[RegExp, string]> = [
  // ("monthly avg trade value?": the short spelling too)
  [new RegExp(String.raw`\b${AVERAGE}\s+(?:monthly|per\s+month|a\s+month)|\bper\s+month\b|\bmonthly\s+${AVERAGE}`
    + String.raw`|\ba\s+month\s+on\s+average\b`, "i"), "month"],
  [new RegExp(String.raw`\b${AVERAGE}\s+(?:quarterly|per\s+quarter)|\bper\s+quarter\b|\bquarterly\s+${AVERAGE}`, "i"),
    "quarter"],
  [new RegExp(String.raw`\b${AVERAGE}\s+(?:annual|yearly|per\s+year)|\bper\s+year\b|\bannual\s+${AVERAGE}`
    + String.raw`|\ba\s+year\s+on\s+average\b`, "i"), "year"],
];

// "what % of …", "what share of …", "equals what percentage of …": one amount over another
const SHARE_ASKED = /(?:%|\bpercent(?:age)?|\bpct|\bshare|\bproportion)\s+of\b/i;
// "grew by what %", "how much bigger": a change between the two, which overTime works out
const CHANGE_WORDS = /\bgr[eo]w(?:th)?\b|\b(?:rise|rose|fell|fall|drop|increase|decrease|change|bigger|smaller|larger)\b/i;

/** "suzhou was 57.8% of jiangsu's trade: what was the total?": the question gives the share, so it asks another figure. */
const sharesGiven = (q: QuestionFrame) => q.numbers.some((n) => n.kind === "percent")
  // ("what % of the province's trade was it, and where did it rank?": asks beside the share, which parts answer)
  || measuresAsked(askedText(q.text)).some((m) => m !== "share" && m !== "amount");

/** The flow a part-of-whole plan is about, when the question names one it can compute. */
const flowOf = (q: QuestionFrame): Metric | undefined =>
  q.metric === "surplus" || q.metric === "deficit" || q.metric === "investment" || q.metric === "other" ? undefined
    : q.metric === "partners" || !q.metric ? "trade" : q.metric;

/**
 * "what share of Xinjiang's trade went through Horgos?", "what % of Shaanxi's trade came from its capital?": a place's
 * amount over the bigger place's (the one after "share of", or the one the other lies in), each from any document.
 */
function placeShare(q: QuestionFrame): Plan | undefined {
  // (the question reader sets a zone's whole aside, "what % of X's trade did the Y park account for": it is asked here)
  const wholes = findEntities(q.text).filter((m) => m.id !== "china" && SHARE_OF_BEFORE.test(q.text.slice(0, m.start)));
  const named = [...new Set([...q.entities, ...wholes.map((m) => m.id)])].filter((e) => e !== "china");
  // ("fuzhou's share of the province's trade": the whole is the province the one city named lies in)
  const metric = flowOf(q);
  const parent = named.length === 1 && place(named[0]!)?.kind === "city" && ofProvince(q.text, metric)
    ? place(named[0]!)?.parent : undefined;
  const places = parent ? [...named, parent] : named;
  if (!SHARE_ASKED.test(q.text) || sharesGiven(q) || places.length !== 2 || q.periods.length > 1 || !metric
    || q.subjects.length > 1) {
    return undefined;
  }
  if (q.partners.length > 1) return undefined;
  const after = findEntities(q.text).filter((m) => places.includes(m.id) && SHARE_OF_BEFORE.test(q.text.slice(0, m.start)));
  const whole = after.length === 1 ? after[0]!.id : places.find((p) => places.some((c) => place(c)?.parent === p));
  const part = places.find((p) => p !== whole);
  // ("yangpu's share of hainan's trade": a zone whose name locates it nowhere lies where the question puts it)
  const placedByQuestion = part && isZone(part) && !zonePlace(part) && after.length === 1;
  // ("what share of quanzhou's exports came from jinjiang?": a county-level city the place list files beside the city
  // it lies in, under their province, is placed in the whole the question names after "share of")
  // (never a prefecture in another: "what share of xiamen's exports came from quanzhou" asks no part of a whole)
  // (or a city the generated list does not file at prefecture level, known only by its English name, in a prefecture or
  // division it does: "xilinhot's share of xilingol's trade")
  const unfiled = (id: string) => place(id)?.generated === true && !isPrefectureLevel(id);
  const countyOf = part && whole && after.length === 1 && place(part)?.kind === "city" && place(whole)?.kind === "city"
    && ((isCountyLevel(part) && !isCountyLevel(whole)) || (unfiled(part) && isPrefectureLevel(whole)))
    && place(part)?.parent !== undefined && place(part)?.parent === place(whole)?.parent;
  if (!whole || !part || !(liesIn(part, whole) || placedByQuestion || countyOf)) return undefined;
  // ("what share of jilin's total trade, and of jilin's trade with russia?": the share of the whole's total, then of its
  // trade with the partner)
  if (q.partners.length === 1 && TOTAL_AND_PARTNER.test(q.text)) {
    const total = shareOfPlace({ ...q, partners: [] }, metric, part, whole, ["capital"]);
    return { ...total, next: shareOfPlace(q, metric, part, whole, ["capital"]) };
  }
  return shareOfPlace(q, metric, part, whole, ["capital"]);
}

const TOTAL_AND_PARTNER = new RegExp(String.raw`\btotal\b[^?]*?\band\s+(?:of\s+)?(?:its\s+|their\s+|[\w-]+['’]s\s+)?`
  + String.raw`(?:\w+\s+)?trade\s+with\b`, "i");

/**
 * Does a place lie in a bigger one: a city in its province, or a zone in the province of the city its name locates it
 * in ("the Suzhou Industrial Park" in Jiangsu)?
 */
const liesIn = (part: string, whole: string): boolean => {
  const up = zonePlace(part);
  return place(part)?.parent === whole || (!!up && (up === whole || place(up)?.parent === whole));
};

/** Does the question ask a share of the nation's total ("what share of china's total", "national share")? */
const ofChina = (q: QuestionFrame): boolean =>
  findEntities(q.text).some((m) => m.id === "china" && SHARE_OF_BEFORE.test(q.text.slice(0, m.start))) || OF_NATIONAL.test(q.text);

/** "what share of China's total 2019 trade did Hunan account for?": one place's amount over the nation's. */
function nationalShare(q: QuestionFrame): Plan | undefined {
  const places = q.entities.filter((e) => e !== "china");
  const metric = flowOf(q);
  const ofNation = ofChina(q);
  // (a region's share, "the seven eastern regions", is stated or summed by the figures' own readers)
  const kind = places.length === 1 ? place(places[0]!)?.kind : undefined;
  if (!SHARE_ASKED.test(q.text) || !ofNation || sharesGiven(q) || (kind !== "province" && kind !== "city")
    || q.periods.length > 1 || !metric || q.subjects.length > 1 || q.partners.length > 1) {
    return undefined;
  }
  return shareOfPlace(q, metric, places[0]!, "china", ["account", "accounted", "national", "nationwide", "country"]);
}

/** A place's amount over a bigger place's, each from any document (a share the text states wins, see partStep). */
function shareOfPlace(q: QuestionFrame, metric: Metric, part: string, whole: string, asking: string[]): Plan {
  const at = {
    metric, measure: "amount" as const, ...(q.periods[0] && { period: q.periods[0] }),
    ...(q.partners[0] && { partner: q.partners[0] }), ...(q.subjects[0] && { subject: q.subjects[0] }),
  };
  return { operation: "part", inputs: [{ ...at, entity: part }, { ...at, entity: whole }], asking };
}

// "… came in October", "… was in the fourth quarter": the period of the part, after the whole
const CAME_IN = /\b(?:came|was|were|fell|happened|occurred)\s+(?:in|during)\s+(?:the\s+)?$/i;

/** "its trade in Jan–Feb 2026 equals what % of its whole-year 2018 trade?": one period's amount over another's. */
function periodShare(q: QuestionFrame): Plan | undefined {
  const asked = SHARE_ASKED.exec(q.text);
  if (!asked || sharesGiven(q) || q.periods.length !== 2 || CHANGE_WORDS.test(q.text)) return undefined;
  // (a partner's or a subject's share "in 2010 and in 2014" asks the share in each year)
  if (q.partners.length || q.subjects.length) return undefined;
  const who = owner({ ...q, measures: [] });
  if (!who || who.wholePartner || who.wholeSubject || who.wholeMetric) return undefined;
  // the part's period is named before "% of", the whole's after it ("what % of its jan-oct trade came in october?":
  // with none before, the whole's is the first after it, the part's the other)
  const named = findPeriods(q.text);
  const wholeAt = named.find((p) => p.start > asked.index);
  const partAt = named.find((p) => p.end <= asked.index)
    ?? (wholeAt && named.find((p) => p.start > wholeAt.end && CAME_IN.test(q.text.slice(0, p.start))));
  // ("what % of its jan-oct trade came in october?": both after "% of", the month is the part of the span that holds it)
  const [first, second] = q.periods;
  const held = !partAt && first && second ? (isPartOf(second, first) ? [second, first] : isPartOf(first, second) ? [first, second]
    : undefined) : undefined;
  const part = held?.[0] ?? (partAt && q.periods.find((p) => samePeriod(p, partAt.period)));
  const whole = held?.[1] ?? (wholeAt && q.periods.find((p) => samePeriod(p, wholeAt.period)));
  if (!whole || !part || part === whole) return undefined;
  const { shareOf: _, ...at } = who;
  return {
    operation: "part",
    inputs: [{ ...at, measure: "amount", period: part }, { ...at, measure: "amount", period: whole }],
  };
}

// "the article only says 'more than 80%': what's the exact share?": the text bounds the share; the two amounts give it
const EXACT_ASKED = /\b(?:exact|precise|actual|accurate)(?:ly)?\b/i;

// "its GDP was 705bn yuan - so what was its trade dependence?": the GDP the question gives, right before its figure
const GDP_GIVEN = new RegExp(String.raw`\b(?:gdp|gross\s+domestic\s+product)\s+(?:(?:was|is|were|of|at|stood\s+at|`
  + String.raw`reached|came\s+to|totall?ed)\s+)?(?:about\s+|around\s+|some\s+)?$`, "i");

/** Trade dependence from a GDP the question gives: the place's trade over that GDP (the documents state none). */
function dependenceOfGiven(q: QuestionFrame): Plan | undefined {
  const gdp = amountGiven(q);
  if (!gdp || !DEPENDENCE.test(q.text) || !GDP_GIVEN.test(q.text.slice(0, gdp.start)) || q.numbers.length !== 1) {
    return undefined;
  }
  const places = q.entities.filter((e) => e !== "china");
  if (places.length !== 1 || q.periods.length > 1 || q.subjects.length || q.partners.length) return undefined;
  const at = { entity: places[0]!, measure: "amount" as const, ...(q.periods[0] && { period: q.periods[0] }) };
  return { operation: "part",
    inputs: [{ ...at, metric: "trade" }, { ...at, metric: "other", named: "GDP", given: asAmount(gdp) }],
    asking: ["gdp", "dependence", DEPENDENCE_WORD] };
}

/** A part's exact share where the question (or the text) only bounds it: the part's amount over its whole's. */
function exactShare(q: QuestionFrame): Plan | undefined {
  const bounds = q.numbers.filter((n) => n.kind === "percent");
  // (the question quotes the bound: with no bound given, a share the text states exactly wins over a computed one)
  if (!q.measures.includes("share") || !EXACT_ASKED.test(q.text) || !bounds.length || bounds.some((n) => !n.approx)) return undefined;
  if (q.subjects.length + q.partners.length !== 1 || q.periods.length > 1) return undefined;
  const who = owner({ ...q, measures: [] });
  if (!who || who.wholePartner || who.wholeSubject || who.wholeMetric) return undefined;
  const { shareOf: _, subject, partner, ...whole } = { ...who, measure: "amount" as const, ...(q.periods[0] && { period: q.periods[0] }) };
  return { operation: "part", inputs: [{ ...whole, ...(subject && { subject }), ...(partner && { partner }) }, whole], asking: ["exact"] };
}

// "avg price per tonne of its coal imports", "the unit price of its iron ore imports"
const PER_UNIT = /\bper\s+(tonne|ton|unit|vehicle|car|container|parcel|package)\b/i;
// ("average value per parcel" of cross-border e-commerce: a value per parcel of the mode's trade, no flow named)
const PER_PARCEL = /^(?:parcel|package)$/i;
export const GOODS_UNIT = /^(?:vehicle|car)s?$/i;
// ("avg iron ore import price": the goods may stand between; not "average growth in steel prices")
const PRICE_ASKED = new RegExp(String.raw`\bav(?:erage|g\.?)\s+(?:(?!(?:annual|yearly|growth|rate|change|rise|fall|increase|`
  + String.raw`decrease|of|in|for)\b)[a-z-]+\s+){0,3}?price\b|\bunit\s+price\b`, "i");

// ("avg value per exported chip": one of the goods asked, counted in units; read as no plan, the goods' value alone
// answered a question asking a value per thing)
const VALUE_PER_THING = /\bav(?:erage|g\.?)\s+(?:(?:export|import)\s+)?value\s+per\s+(?:exported\s+|imported\s+)?([a-z]+)\b/i;
// (the things other plans divide by: carriers, people, firms and spans of time)
const NOT_GOODS = new RegExp(String.raw`^(?:trips?|trains?|vehicles?|trucks?|lorries|flights?|voyages?|sailings?|ships?|`
  + String.raw`vessels?|heads?|capita|persons?|people|shoppers?|visitors?|residents?|travell?ers?|firms?|compan(?:y|ies)|enterprises?|days?|weeks?|months?|years?|parcels?|packages?|orders?)$`, "i");

/** "avg price per tonne of X's imported iron ore": the goods' value over the quantity counted. */
function unitPrice(q: QuestionFrame): Plan | undefined {
  const thing = VALUE_PER_THING.exec(q.text);
  const asked: readonly string[] | null = PER_UNIT.exec(q.text)
    ?? (thing && !NOT_GOODS.test(thing[1]!) ? [thing[0], "unit"] : null);
  // ("average export value per car exported": the goods are the unit counted, found by it in the step)
  const goodsCounted = !q.subjects.length && GOODS_UNIT.test(asked?.[1] ?? "");
  if ((!asked && !PRICE_ASKED.test(q.text)) || (q.subjects.length !== 1 && !goodsCounted)) return undefined;
  // ("avg price: A in 2021 vs B in 2025": each place's own price, in its own period, one after the other)
  const places = q.entities.filter((e) => e !== "china");
  if (places.length === 2 && q.periods.length <= 2 && SIDE_BY_SIDE.test(q.text) && !/\btimes\b|\bratio\b/i.test(q.text)) {
    const [a, b] = places.map((entity, i) => {
      const period = q.periods[i] ?? q.periods[0];
      return unitPrice({ ...q, entities: [entity], periods: period ? [period] : [] });
    });
    return a && b && { ...a, next: b };
  }
  if (q.periods.length > 1) return undefined;
  const who = owner({ ...q, measures: [] });
  const flowed = q.metric === "imports" || q.metric === "exports" || (PER_PARCEL.test(asked?.[1] ?? "") && !q.metric);
  if (!who || !flowed) return undefined;
  const at = { ...who, ...(q.periods[0] && { period: q.periods[0] }) };
  // (the unit asked a price per is the counted quantity's, which the step checks: no sentence of the value says it)
  const per = asked?.[1]!.toLowerCase();
  return {
    operation: "unitPrice",
    inputs: [{ ...at, measure: "amount" }, { ...at, measure: "count" }],
    asking: ["price", "prices", "avg", "average", "unit", ...(per ? [per, `${per}s`] : [])],
    ...(per && { labels: [per] }),
  };
}

/** "hainan 2022 offshore duty-free: avg spend per shopper?": the sales over the shoppers counted, of one period. */
function spendPer(q: QuestionFrame): Plan | undefined {
  const asked = SPEND_PER.exec(q.text);
  if (!asked || q.periods.length > 1 || q.subjects.length > 1) return undefined;
  const who = owner({ ...q, measures: [] });
  if (!who) return undefined;
  const per = asked[1]!.toLowerCase();
  // (the sales and the people counted are of no flow of goods unless the question names one)
  const at = { ...who, metric: q.metric ?? ("other" as const), ...(q.periods[0] && { period: q.periods[0] }) };
  return {
    operation: "unitPrice",
    inputs: [{ ...at, measure: "amount" }, { ...at, measure: "count" }],
    asking: ["avg", "average", "spend", "spending", "per", per, `${per}s`],
    labels: [per, `average spend per ${per}`],
  };
}

// the things a total is carried or handled by, counted: one per trip, train, vehicle, flight or voyage
export const CARRIERS = String.raw`trips?|trains?|vehicles?|trucks?|lorries|flights?|voyages?|sailings?|ships?|vessels?`;
// "avg teu per trip", "average tonnes per train", "avg trade value per vehicle": what is carried, then what carried it
// (the total's word: money's, or a quantity's unit)
const PER_CARRIER = new RegExp(String.raw`\b(value|worth|trade|tonnes?|tons?|tonnage|teus?|containers?|cargo|freight)\s+`
  + String.raw`(?:(?:carried|handled|moved|shipped)\s+)?per\s+(${CARRIERS})\b`, "gi");
// what each word of a total is counted in: money, tonnes or TEU
const TOTAL_KIND: Array<[RegExp, string]> = [[/^(?:tonnes?|tons?|tonnage|cargo|freight)$/i, "tonne"],
  [/^(?:teus?|containers?)$/i, "teu"], [/^(?:value|worth|trade)$/i, "amount"]];

/**
 * "avg teu per trip on the X trains in 2015?", "avg tonnes per train? and avg value per train": a stated total over the
 * things counted that carried it, each asked one after the other, of one place (or of the trains or port the question
 * names, when it names no place) and one period.
 */
function perThing(q: QuestionFrame): Plan | undefined {
  const asked = [...q.text.matchAll(PER_CARRIER)];
  if (!asked.length || q.periods.length > 1 || q.subjects.length) return undefined;
  const places = q.entities.filter((e) => e !== "china");
  if (places.length > 1) return undefined;
  const entity = places[0] ?? "china";
  const period = q.periods[0];
  const plans = asked.map((m): Plan => {
    const kind = TOTAL_KIND.find(([re]) => re.test(m[1]!))![1];
    const one = m[2]!.toLowerCase().replace(/ies$/, "y").replace(/s$/, "");
    const at = { entity, ...(q.partners[0] && { partner: q.partners[0] }), ...(period && { period }) };
    return {
      operation: "perThing",
      inputs: [{ ...at, metric: kind === "amount" ? q.metric ?? "trade" : "other", measure: kind === "amount" ? "amount" : "count" },
        { ...at, metric: "other", measure: "count" }],
      // (the place named, or none: then the things counted are those the question names by its other words)
      labels: [kind, one, places.length ? "place" : "named"],
      asking: ["avg", "average", "per", "mean", m[2]!.toLowerCase(), one, `${one}s`],
    };
  });
  return plans.reduceRight((next: Plan | undefined, p) => (next ? { ...p, next } : p), undefined);
}

/**
 * Words that set a stated rate against another period's, by which side of it the stated one lies: +1 above
 * ("growth 2 points faster than in Q1", "a decline 1.8 points narrower"), −1 below. A decline's words read its size,
 * not its rate.
 */
const ABOVE_BELOW: Record<"rise" | "fall", Record<string, 1 | -1>> = {
  rise: { faster: 1, higher: 1, quicker: 1, stronger: 1, more: 1, slower: -1, lower: -1, weaker: -1, less: -1 },
  fall: { narrower: 1, smaller: 1, milder: 1, shallower: 1, less: 1, slower: 1, wider: -1, larger: -1, bigger: -1,
    deeper: -1, steeper: -1, sharper: -1, more: -1, faster: -1 },
};
// "1.8 pts narrower than jan-jul", "1.2 percentage points faster than in the first quarter"
const POINTS_THAN = /^\s*(?:percentage\s+)?(?:points?|pts|pp)?\s*([a-z]+)\s+than\b/i;

/** "imports fell 6.2% in jan-aug, a decline 1.8 pts narrower than jan-jul: what was the jan-jul change?" */
function rateApart(q: QuestionFrame): Plan | undefined {
  const points = q.numbers.find((n) => n.kind === "pp");
  const word = points && POINTS_THAN.exec(q.text.slice(points.end))?.[1]?.toLowerCase();
  const change = statedChange(q);
  const [stated] = q.periods;
  const other = stated && q.periods.find((p) => !samePeriod(p, stated));
  if (!word || change === undefined || !other) return undefined;
  const falls = change < 0 || /\b(?:decline|fall|drop|decrease|contraction)\b/i.test(q.text);
  const side = ABOVE_BELOW[falls ? "fall" : "rise"][word];
  const who = owner({ ...q, measures: [] });
  if (!side || !who) return undefined;
  const at = { ...who, shareOf: undefined, period: stated };
  return {
    operation: "rateApart",
    inputs: [
      { ...at, measure: "growth", given: { value: change, unit: "%", scale: 1 } },
      { ...at, measure: "pp_change", given: { value: side * points!.value, unit: "percentage points", scale: 1 } },
      { ...at, measure: "growth", period: other },
    ],
    asking: [word],
  };
}

// "share rose 8.7 pts to 43.9%", "its share fell 2 points to 30%": the change in points, then the level it reached
const POINTS_CHANGED = /\b(?:rose|risen|up|gained|climbed|increased|grew|higher|fell|fallen|down|dropped|declined|decreased|lost|slipped|lower)\s+(?:by\s+)?$/i;
const FALL_WORD = /\b(?:fell|fallen|down|dropped|declined|decreased|lost|slipped|lower)\b/i;
const REACHED_TO = /\bto\s+(?:about\s+)?$/i;

/** "X's share rose 8.7 pts to 43.9% in 2020 – what was it a year earlier?": the level less the change (a share's). */
function shareBefore(q: QuestionFrame): Plan | undefined {
  const points = q.numbers.find((n) => n.kind === "pp" && POINTS_CHANGED.test(q.text.slice(0, n.start)));
  const level = points && q.numbers.find((n) => n.kind === "percent" && n.start > points.end
    && REACHED_TO.test(q.text.slice(points.end, n.start)) && !/\d/.test(q.text.slice(points.end, n.start)));
  const [stated, second] = q.periods;
  // ("its h1 2021 share was up 3.6 pts - so what was it in h1 2020?": the level left to the documents, the period
  // asked named, the one just before the stated one)
  const askedNamed = !level && points && stated && second && q.periods.length === 2
    && samePeriod(precedingPeriod(stated), second) && second.y1 !== null && REASONS.test(q.text.slice(points.end));
  const asksAfter = level ?? points;
  if (!points || !(level || askedNamed) || !stated || (q.periods.length > 1 && !askedNamed)
    || !/\b(?:share|proportion)\b/i.test(q.text)
    || !(askedNamed || ASKS_EARLIER.test(q.text.slice(asksAfter!.end)))) return undefined;
  const who = owner({ ...q, measures: [] });
  if (!who) return undefined;
  const fall = FALL_WORD.test(q.text.slice(Math.max(0, points.start - 12), points.start));
  const at = { ...who, period: stated };
  return {
    operation: "rateApart",
    inputs: [
      { ...at, measure: "share", ...(level && { given: { value: level.value, unit: "%", scale: 1 } }) },
      { ...at, measure: "pp_change", given: { value: (fall ? -1 : 1) * points.value, unit: "percentage points", scale: 1 } },
      { ...at, measure: "share", period: precedingPeriod(stated) },
    ],
  };
}

// "what yuan/usd rate does it imply", "the rmb-dollar exchange rate": the rate between the two currencies
const RATE_ASKED = new RegExp(String.raw`\b(?:yuan|rmb|cny)\s*(?:/|-|to|per)\s*(?:usd|us\s*dollars?|dollars?|\$)`
  + String.raw`|(?:\busd|\bus\s*dollars?|\bdollars?|\$)\s*(?:/|-|to)\s*(?:yuan|rmb|cny)\b|\bexchange\s+rates?\b`, "i");
const RATE_WORDS = ["rate", "rates", "exchange", "imply", "implies", "implied", "usd", "rmb", "cny", "dollar", "dollars"];

/** "what yuan/usd rate does yunnan's 2013 total imply?": one total stated in both currencies, the one over the other. */
function exchangeRate(q: QuestionFrame): Plan | undefined {
  const [period] = q.periods;
  if (!RATE_ASKED.test(q.text) || q.periods.length > 1 || q.numbers.length) return undefined;
  const who = owner({ ...q, measures: [] });
  if (!who) return undefined;
  return { operation: "exchangeRate", inputs: [{ ...who, shareOf: undefined, measure: "amount", ...(period && { period }) }],
    asking: q.terms.filter((t) => RATE_WORDS.includes(t)) };
}

// "as % of goods + services combined", "share of total goods and services trade": a whole that adds services to goods
const GOODS_AND_SERVICES = /\b(?:goods\s*(?:\+|&|and|plus)\s*services|services\s*(?:\+|&|and|plus)\s*goods)\b/i;
const SERVICES = "services trade";

/** "services trade as % of goods + services combined?": services over the goods total (the place's) and services. */
function ofCombined(q: QuestionFrame): Plan | undefined {
  // (the documents' own name for it, "services", may be read beside the table's)
  if (!GOODS_AND_SERVICES.test(q.text) || !SHARE_ASKED.test(q.text) || !q.subjects.includes(SERVICES)
    || q.subjects.some((x) => !/^services?\b/.test(x)) || q.periods.length > 1 || q.partners.length || q.numbers.length) {
    return undefined;
  }
  const who = owner({ ...q, subjects: [], measures: [] });
  if (!who || who.metric !== "trade") return undefined;
  const at = { ...who, shareOf: undefined, measure: "amount" as const, ...(q.periods[0] && { period: q.periods[0] }) };
  return { operation: "ofCombined", inputs: [{ ...at, subject: SERVICES }, at],
    asking: q.terms.filter((t) => ["goods", "combined", "together", "plus"].includes(t)) };
}

// "revised vs first estimate", "how much was the initial figure revised": a figure against the one first announced
const REVISION_ASKED = /\brevis(?:ed|ion|ions)\b/i;
const ESTIMATE_ASKED = new RegExp(String.raw`\b(?:first|initial|original|preliminary|earlier)\s+`
  + String.raw`(?:estimate|figure|release|announcement|number)s?\b|\b(?:first|initially|originally)\s+`
  + String.raw`(?:announced|reported|released|published)\b`, "i");
// "by how much was its q2 figure revised up?", "how much was the 2017 figure cut by in the revision?": the size of
// a revision asked with no estimate named (never "how much was trade after the revision?", which asks the figure)
const REVISED_BY = new RegExp(String.raw`\bby\s+how\s+much\b|\bhow\s+much\b[^?]*\b(?:cut|raised|lowered|reduced|`
  + String.raw`trimmed|up|down|upwards?|downwards?|higher|lower)\b`, "i");

const REVISION_WORDS = new Set(["revised", "revision", "revisions", "cut", "raised", "lowered", "reduced", "trimmed",
  "upward", "upwards", "downward", "downwards", "releases", "release", "published"]);

/** "sichuan 2024 trade revised vs first estimate: difference in bn yuan and in %?" */
function revision(q: QuestionFrame): Plan | undefined {
  const sizeAsked = ESTIMATE_ASKED.test(q.text) || REVISED_BY.test(q.text);
  if (!REVISION_ASKED.test(q.text) || !sizeAsked || q.periods.length > 1 || q.numbers.length) return undefined;
  const who = owner({ ...q, measures: [] });
  if (!who) return undefined;
  const at = { ...who, shareOf: undefined, measure: "amount" as const, ...(q.periods[0] && { period: q.periods[0] }) };
  const changes: Change[] = /%|\bper\s*cent|\bpct\b|\bpercent(?:age)?\b/i.test(q.text) ? ["difference", "percent"] : ["difference"];
  // (the words that ask the size of a revision no cited sentence has to say: "cut by", "revised upward", "releases")
  const asking = q.terms.filter((t) => REVISION_WORDS.has(t));
  return { operation: "revision", inputs: [{ ...at, estimate: "revised" }, { ...at, estimate: "first" }], changes,
    ...(asking.length && { asking }), ...(!q.metric && { anyFlow: true }) };
}

// "how much higher than the 2019 level", "up how much on the same period of 2019": a change over that year's same months
const OVER_BASE_YEAR = new RegExp(String.raw`\b(?:higher|lower|above|below|more|less|bigger|larger|smaller)\s+(?:than|on|over|`
  + String.raw`compared\s+(?:with|to))\s+(?:(?:in|at)\s+)?(?:the\s+)?(?:same\s+(?:period|months)\s+(?:of|in)\s+)?((?:19|20)\d\d)\b`, "i");
// "the avg annual growth over the two yrs": the change a year on average over them
const AVERAGE_ANNUAL_GROWTH = new RegExp(String.raw`\b${AVERAGE}\s+(?:annual|yearly)\s+`
  + String.raw`(?:growth|rate|increase|rise|change)\b`, "i");
const BASE_WORDS = ["level", ...AVERAGE_WORDS, "yrs", "years", "annual"];

/** "sichuan q1-q3 2021: how much higher than the 2019 level was trade, and the avg annual growth over the two yrs?" */
function overBaseYear(q: QuestionFrame): Plan | undefined {
  const m = OVER_BASE_YEAR.exec(q.text);
  // ("how much did it change vs 2019": a base year the question's reading set apart)
  // (a ranking of such changes is the ranking's: "rank the kinds of firm by their change on 2019")
  const year = m ? Number(m[1]) : q.intent === "rank" || q.intent === "list" ? undefined : q.baseYear;
  const later = year ? q.periods.find((p) => p.y1 !== null && p.y1 > year) : undefined;
  if (!year || !later || q.numbers.length
    || q.periods.some((p) => !samePeriod(p, later) && !(p.y1 === year && p.y2 === year))) return undefined;
  const who = owner({ ...q, measures: [] });
  if (!who) return undefined;
  const at = { ...who, shareOf: undefined, measure: "growth" as const, period: later };
  return {
    operation: "values",
    inputs: [{ ...at, baseYear: year }, ...(AVERAGE_ANNUAL_GROWTH.test(q.text) ? [{ ...at, perYear: true }] : [])],
    asking: q.terms.filter((t) => BASE_WORDS.includes(t)),
  };
}

/** Plan shapes in the order they are tried: the first that reads the question plans it. */
const SHAPES = [
  exchangeRate, ofCombined, revision, overBaseYear, balance, reference, average, unitPrice, spendPer, perThing, placeShare,
  nationalShare, periodShare, dependenceOfGiven, exactShare, ofWhole, rateApart, shareBefore, asksApart, growthToTarget,
  targetGap, toTarget, earlier,
  targetLevel, alsoBefore, whole, periodLess, periodFromNamed, remainder, combined, addedUp, ratesApart, overTime,
  volumeValue, servicesGoods, flows, twoCurrencies, twoSides, twoPlaces, periodsApart, parts
];

/** The question with the capital it names by its role ("came from its capital") among its places. */
function withCapital(q: QuestionFrame): QuestionFrame {
  const provinces = q.entities.filter((e) => place(e)?.kind === "province");
  const capital = namesCapital(q.text) && provinces.length === 1 ? capitalOf(provinces[0]!) : undefined;
  return capital && !q.entities.includes(capital) ? { ...q, entities: [...q.entities, capital] } : q;
}

export function readPlan(question: QuestionFrame): Plan | undefined {
  const q = withCapital(question);
  for (const shape of SHAPES) {
    const plan = shape(q);
    if (plan) return withMonthOnMonth(q, plan);
  }
  return undefined;
}

/** The values asked, with a change over the month before beside (or instead of) the change over a year asked. */
function withMonthOnMonth(q: QuestionFrame, plan: Plan): Plan {
  const { mom, yoy } = changesAsked(q.text);
  if (plan.operation !== "values" || !mom) return plan;
  const inputs = plan.inputs.flatMap((i) => (i.measure !== "growth" ? [i]
    : yoy ? [i, { ...i, base: "month-on-month" as const }] : [{ ...i, base: "month-on-month" as const }]));
  return { ...plan, inputs };
}
