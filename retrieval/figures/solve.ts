import { companions } from "./companions.js";
import { partsBesideLevel } from "./sameSentence.js";
import { isBulkGoods, volumeFirst } from "../plans/bulkGoods.js";
import { positionFromFigures, rankMatches, scopeOf } from "./position.js";
import { DEPENDENCE } from "../../text/dependence.js";
import { PER_HEAD } from "../../text/perHead.js";
import {
  entityName, factLabel, flowText, listNames, ordinal, partnerName, shareBase, valueText, whatText,
} from "./describe.js";
import { displayName, MUNICIPALITIES, place, provincesIn } from "../../text/places.js";
import { findEntities } from "../../text/entities.js";
import { periodLabel, precedingPeriod, samePeriod, type Period } from "../../text/periods.js";
import { inZoneFamily, isBareZone, ZONE_PREFIX } from "../../text/zones.js";
import { askedCurrency, asksBothCurrencies, countAsked, wholesOfShares, worksBack, ZONE_AREAS, type QuestionFrame } from "./query.js";
import { bestPerMeasure, candidates, withoutUnaskedParts, groupComparable, isMonthOnMonth, qualifierOverlap, questionWords, wordSet, type Spec } from "./select.js";
import type { Fact, Measure } from "../../text/terms.js";
import { unitAskedAs } from "../../text/units.js";
import { sameGoods } from "../../text/subjects.js";
import type { CorpusDocument } from "../../corpus/types.js";
import { common, finestOf, fmt, round, sameUnit, signed, sizeOf, trueScale } from "./arithmetic.js";

/** A figure before citation numbers are assigned: it keeps the facts it rests on. */
export interface DraftFigure {
  label: string;
  value: number;
  unit: string;
  computed: boolean;
  formula?: string;
  facts: Fact[];
  entity?: string;
  metric?: string;
  period?: string;
}

/** One sentence of the answer and the facts it cites. */
export interface Line { text: string; facts: Fact[] }

export interface FigureAnswer {
  /** answered: figures found; abstain: the question asks for a figure the corpus does not have; none: not a figure question. */
  status: "answered" | "abstain" | "none";
  lines: Line[];
  figures: DraftFigure[];
  /** Asked parts (named items of a ranking) the documents do not state. */
  missing?: string[];
}

export interface FactBase {
  facts: Fact[];
  /** Every place id some document mentions. */
  mentioned: Set<string>;
  /** The documents by id, to quote a fact's wording. */
  documents?: Map<string, CorpusDocument>;
}

const NONE: FigureAnswer = { status: "none", lines: [], figures: [] };

/** A stated (or index-time derived) fact as a figure. */
export function stated(f: Fact): DraftFigure {
  return {
    label: factLabel(f), value: f.value!, unit: f.unit === "rank" ? "rank" : f.unit, computed: Boolean(f.derived),
    ...(f.derived && { formula: f.derived.formula }), facts: [f], entity: entityName(f, false), metric: whatText(f),
    ...(f.period && { period: periodLabel(f.period) }),
  };
}

/** A figure as a plain sentence: "Shanxi's foreign trade grew 108.4% in the first half of 2021". */
export function sentence(f: Fact, withWho = true): string {
  const who = entityName(f);
  const flow = flowText(f) || "figure";
  const possessive = /s$/.test(who) ? `${who}'` : `${who}'s`;
  const subject = withWho ? (/\)$/.test(who) ? `the ${flow} of ${who}` : `${possessive} ${flow}`) : `the ${flow}`;
  const label = f.period ? periodLabel(f.period) : "";
  const when = label ? ` in ${/^(?:first|second)\b/.test(label) ? "the " : ""}${label}` : "";
  // ("tax exemptions": a figure of no flow named by a plural)
  const was = /^(?:exports|imports|trade partners)/.test(flow) || (f.metric === "other" && /[^s]s$/.test(flow))
    ? "were" : "was";
  const how = f.derived ? ` (${f.derived.formula})` : "";
  const v = valueText(f);
  const cap = (t: string) => t.charAt(0).toUpperCase() + t.slice(1);
  let text: string;
  // (a target or forecast is told as one, never as an outcome: "… was expected to grow about 5% in 2025")
  const ahead = /\bforecast\b/.test(f.qualifier ?? "") && !f.derived;
  if (ahead && (f.measure === "amount" || f.measure === "growth")) {
    const to = f.measure === "amount" ? `be ${v}`
      : f.value! < 0 ? `fall ${valueText({ ...f, value: -f.value! })}` : `grow ${v}`;
    return cap(`${subject} ${was} expected to ${to}${when}`);
  }
  switch (f.measure) {
    case "amount": text = `${subject} ${was} ${v}${when}`; break;
    case "growth": text = `${f.value! < 0 ? `${subject} fell ${valueText({ ...f, value: -f.value! })}` : `${subject} grew ${v}`}`
      + `${isMonthOnMonth(f) ? (f.period && f.period.m2 > f.period.m1 ? " quarter on quarter" : " month on month") : ""}${when}`;
      break;
    case "share": text = `${subject} ${was} ${v} of ${shareBase(f)}${when}`; break;
    case "pp_gap": text = f.value! < 0 ? `${subject} grew ${valueText({ ...f, value: -f.value! })} slower than the ${f.scope ?? "national"} average${when}`
      : `${subject} grew ${v} faster than the ${f.scope ?? "national"} average${when}`; break;
    case "pp_change": text = `${subject} changed by ${v}${when}`; break;
    case "rank": text = `${who} ranked ${v}${f.scope ? ` ${f.scope}` : ""} for ${flow}${when}`; break;
    // (a time taken is no quantity traded: "Hubei's imports took 32.5 hours", never "Hubei imported 32.5 hours")
    case "count": text = DURATION_UNIT.test(f.unit) ? `${subject} took ${v}${when}`
      : `${withWho ? who : "it"} `
        + `${f.metric === "imports" ? "imported" : f.metric === "exports" ? "exported" : "had"} ${v}`
        + `${f.metric === "partners" && !/partner/.test(f.unit) ? " as trade partners" : ""}${when}`; break;
    case "multiple": text = `${subject} grew ${v}${when}`; break;
    // (the measure after the flow the subject already names: "Chengdu's exports, rate in 2017: …")
    default: text = `${subject}, ${whatText(f).slice(flowText(f).length).replace(/^,\s*/, "") || "figure"}${when}: ${v}`;
  }
  return cap(`${text}${how}`);
}

export function baseSpec(q: QuestionFrame): Spec {
  const asksWhat = /\bwhat (?:products|goods|items|sectors|industries|kinds?|types?)\b/i.test(q.text);
  const currency = askedCurrency(q.text);
  return { words: questionWords(q.text), subjects: q.subjects, ...(asksWhat && { anyQualifier: true }), ...(q.metric && { metric: q.metric }),
    ...(q.periods[0] && { period: q.periods[0] }), values: q.numbers.map((n) => n.value), ...(currency && { currency }) };
}

const subjects = (q: QuestionFrame) => (q.entities.length > 1 ? q.entities.filter((e) => e !== "china") : q.entities);
// a question that asks to put things in order: "rank …", "… ranked by trade", "biggest first"
// ("its biggest african partners, in order?": so does "in order")
const ORDER_ASKED = new RegExp(String.raw`^\s*(?:rank|order|sort)\b|\b(?:ranked|ordered|sorted)\s+by\b|`
  + String.raw`\b(?:biggest|largest|smallest|highest|lowest|fastest|slowest)\s+first\b|\bin\s+(?:that\s+|descending\s+)?order\b`, "i");
// a quantity asked in its unit: "in tonnes", "by tonnage", "how many TEUs"
const VALUE_WORDS = /\b(?:value[sd]?|worth|yuan|rmb|dollars?|usd|us\$|\$)|\$/i;
const QUANTITY_ASKED = /\b(?:tonnes|tons|tonnage|teus?|units|vehicles|barrels|cubic\s+met(?:re|er)s)\b/i;
// "the six biggest …", "the top 5 largest …": a selection by size before any other order
const SIZE_SELECTED = /\b(?:top\s+)?(two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:biggest|largest)\b/i;
const COUNT_NAMES: Record<string, number> =
  { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
const figureMeasures: Measure[] = ["amount", "growth", "share", "count", "pp_gap", "pp_change", "rank", "rate", "multiple"];

// "… vs the city's own foreign trade", "… and its own trade": the plain figure set beside a qualified one
const OWN_ASKED_BESIDE = /\b(?:vs\.?|versus|against|compared\s+(?:with|to)|and)\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’]+\s+)?own\b/i;
/** The measures a look-up asks: those the question names, or any but a change in points (a rank only by name). */
export function lookupMeasures(q: QuestionFrame): { asked: Measure[]; measures: Measure[] } {
  const asked = q.measures.filter((m) => m !== "rank" || q.intent === "rank_position");
  return { asked, measures: asked.length ? asked : figureMeasures.filter((m) => m !== "pp_change") };
}
/** Who a look-up asks of: the places named, China left out beside others. */
export const lookupSubjects = (q: QuestionFrame) => subjects(q);

function lookup(q: QuestionFrame, base: FactBase): FigureAnswer {
  const { asked, measures } = lookupMeasures(q);
  const spec = baseSpec(q);
  const lines: Line[] = [];
  const figures: DraftFigure[] = [];
  const who = subjects(q);
  const partners = q.partners.length ? q.partners : [undefined];
  for (const entity of who) {
    for (const partner of partners) {
      let found = candidates(base.facts, { ...spec, entity, partner, measures });
      const from = !found.length && partner === undefined ? onlyPartnerOfGoods(q, base, entity) : undefined;
      if (from) found = candidates(base.facts, { ...spec, entity, partner: from, measures });
      // ("X exports in 2031?" asks how much: a rank alone, "X ranked 19th", says where, and answers no bare look-up)
      if (!asked.length && found.every((f) => f.measure === "rank")) found = [];
      // ("X's coal imports + yoy": goods whose level the text gives only as a quantity are answered with the quantity,
      // unless their value is what is asked in so many words)
      // (bulk goods, "how much crude did X import?", are answered with their tonnes before their value, when both are
      // stated)
      const bulk = q.subjects.some(isBulkGoods);
      if (q.subjects.length && measures.includes("amount") && !measures.includes("count") && !VALUE_WORDS.test(q.text)
        && (bulk || !found.some((f) => f.measure === "amount"))) {
        found = [...found, ...candidates(base.facts, { ...spec, entity, partner, measures: ["count"] })
          .filter((f) => f.subject && f.measure === "count")];
        if (bulk) found = volumeFirst(found, q.subjects, spec.words);
      }
      // a question that states a figure ("the 76.7% share") is about that figure
      const byValue = found.filter((f) => q.numbers.some((n) => Math.abs(n.value - Math.abs(f.value!)) < 0.011));
      if (byValue.length) found = byValue;
      // ("what export value did the certificates cover?": a figure whose qualifier the question says is the one asked;
      // the place's plain total of that measure is no second answer beside it)
      // (unless asked beside it: "goods cleared by X customs vs the city's own trade?")
      // (a count is one kind of figure per unit: TEUs "carried by trains" leave the trains counted beside them)
      const kind = (f: Fact) => (f.measure === "count" ? `count|${f.unit}` : f.measure);
      const said = new Set(OWN_ASKED_BESIDE.test(q.text) ? []
        : found.filter((f) => f.qualifier && qualifierOverlap(f.qualifier, spec.words) > 0).map(kind));
      const kept = withoutUnaskedParts(found.filter((f) => f.qualifier || !said.has(kind(f))), spec.words);
      // (a growth or share beside a level is the one its own sentence states, when it states one)
      const best = withCountsApart(partsBesideLevel(bestPerMeasure(kept), kept, base.documents), kept, spec.words).slice(0, 4);
      for (const f of [...best, ...otherCurrency(q, base, spec, best, { entity, partner })]) {
        figures.push(stated(f));
        lines.push({ text: sentence(f), facts: [f] });
        // ("how many trains went through X?": a count is given with the change its sentence states right after it)
        // ("how much electricity did it export": goods whose level is a quantity, with their volume's change, when no
        // change is asked apart)
        // ("how much shoes and sportswear did X export?": goods' value, with the change its sentence states right after)
        const change = (measures.length === 1 && measures[0] === "count")
          || (f.measure === "count" && f.subject && !measures.includes("growth"))
          ? changeOfCount(f, base.facts, base.documents)
          : measures.length === 1 && measures[0] === "amount" && ownCurrency(f, askedCurrency(q.text))
            ? changeOfAmount(f, base.facts, base.documents) : undefined;
        if (change) { figures.push(stated(change)); lines.push({ text: sentence(change), facts: [change] }); }
      }
    }
  }
  return figures.length ? { status: "answered", lines, figures } : NONE;
}

/**
 * "erenhot coal imports?" where the documents give the place's coal only as "imports of coal from Mongolia": goods
 * whose every figure of that place and flow has one partner are answered with that partner's figures (the label
 * names it); goods stated with two partners, or with none, are not.
 */
const PARTNER_ASKED = /\b(?:which|what)\s+(?:country|countries|partners?|markets?|nations?)\b|\bto\s+whom\b/i;
function onlyPartnerOfGoods(q: QuestionFrame, base: FactBase, entity: string): string | undefined {
  // ("… to which country?": a partner asked is answered by the sentence naming it, retrieval/answer.ts)
  if (!q.subjects.length || PARTNER_ASKED.test(q.text)) return undefined;
  const partners = new Set(base.facts.filter((f) => f.entity === entity && f.subject && f.value !== null
    && (!q.metric || f.metric === q.metric) && q.subjects.some((x) => sameGoods(f.subject!, x)))
    .map((f) => f.partner ?? ""));
  const [only] = partners;
  return partners.size === 1 && only ? only : undefined;
}

/** The question's words that name a count's unit ("vehicles", or "travellers" of "border crossings"). */
const unitNamedBy = (f: Fact, words: Set<string>): string[] =>
  [...wordSet(`${f.unit} ${unitAskedAs(f.unit).join(" ")}`)].filter((w) => w.length > 3 && words.has(w));
/**
 * "how many vehicles and travellers crossed?": a count of each thing the question names by a word of its own, beside
 * the best count (one per measure leaves the second thing out); never a second count of a thing already given.
 */
function withCountsApart(best: Fact[], found: Fact[], words: Set<string>): Fact[] {
  const out = [...best];
  for (const f of found) {
    if (f.measure !== "count" || out.includes(f)) continue;
    const named = unitNamedBy(f, words);
    const given = out.filter((x) => x.measure === "count").flatMap((x) => unitNamedBy(x, words));
    const same = out.some((x) => x.measure === "count" && (x.unit === f.unit || x.start === f.start && x.value === f.value));
    if (named.length && !named.some((w) => given.includes(w)) && given.length && !same) out.push(f);
  }
  return out;
}

/**
 * "in dollars and in yuan?": beside the amount found in the one currency, the same figure in the other, where a second
 * fact states it (a table's yuan column beside its dollar column) and the one found gives none in brackets.
 */
function otherCurrency(q: QuestionFrame, base: FactBase, spec: Spec, found: Fact[], at: Pick<Spec, "entity" | "partner">): Fact[] {
  const amount = found.find((f) => f.measure === "amount");
  if (!amount || amount.alt || !asksBothCurrencies(q.text)) return [];
  const currency = amount.unit.endsWith("yuan") ? "US dollars" : "yuan";
  const same = (f: Fact) => f.unit.endsWith(currency) && f.subject === amount.subject && f.partner === amount.partner
    && f.metric === amount.metric && Boolean(f.period && amount.period && samePeriod(f.period, amount.period));
  const other = candidates(base.facts, { ...spec, ...at, currency, measures: ["amount"] }).find(same);
  return other ? [other] : [];
}

/** The change stated right after a count in its sentence ("386 trains, 2.3 times the number a year earlier"), if any. */
function changeOfCount(count: Fact, facts: Fact[], docs?: Map<string, CorpusDocument>): Fact | undefined {
  if (count.measure !== "count") return undefined;
  const same = facts.filter((f) => f.docId === count.docId && f.start === count.start);
  const after = same.filter((f) => f.valueStart > count.valueEnd).sort((a, b) => a.valueStart - b.valueStart)[0];
  // ("container throughput rose 6.1 percent to 0.52 million TEU": the change that led to the count, when none follows)
  const text = docs?.get(count.docId)?.text;
  const before = same.filter((f) => f.valueEnd < count.valueStart).sort((a, b) => b.valueStart - a.valueStart)[0];
  const led = before && text && CHANGE_TO_LEVEL.test(text.slice(before.valueEnd, count.valueStart)) ? before : undefined;
  const ofCount = (c: Fact | undefined) => c && (c.measure === "growth" || c.measure === "multiple") && c.entity === count.entity
    && (count.subject ? c.subject === count.subject && /\bquantity\b/.test(c.qualifier ?? "")
      : c.metric === "other" || /\bquantity\b/.test(c.qualifier ?? "")) ? c : undefined;
  return ofCount(after) ?? ofCount(led);
}

// ("X's 2016 trade in dollars?": a change beside a level is of the currency the level is stated in, so only a level
// stated in the asked currency itself, never one given in brackets, brings its sentence's change along)
const ownCurrency = (f: Fact, asked: string | undefined) => !asked || f.unit.endsWith(asked);
// ("fell 12.3 percent year on year to 16.84 billion yuan": a change stated just before the level it led to)
const CHANGE_TO_LEVEL = new RegExp(String.raw`^\s*(?:%|percent|per\s+cent)?(?:\s+(?:year[- ]on[- ]year|yoy|y\/y|from\s+a\s+year\s+`
  + String.raw`(?:earlier|ago|before)))?,?\s+to\s+(?:a\s+(?:record\s+)?)?(?:about\s+|nearly\s+|some\s+)?[$]?\s*$`, "i");
/**
 * The change of a level in its own sentence, of the same goods, flow and owner (not their quantity's): the one right
 * after it ("518.7 billion yuan, up 5.2 percent"), else the one that rose or fell "to" it.
 */
function changeOfAmount(amount: Fact, facts: Fact[], docs?: Map<string, CorpusDocument>): Fact | undefined {
  const same = facts.filter((f) => f.docId === amount.docId && f.start === amount.start);
  const after = same.filter((f) => f.valueStart > amount.valueEnd).sort((a, b) => a.valueStart - b.valueStart)[0];
  const text = docs?.get(amount.docId)?.text;
  const before = same.filter((f) => f.valueEnd < amount.valueStart).sort((a, b) => b.valueStart - a.valueStart)[0];
  const led = before && text && CHANGE_TO_LEVEL.test(text.slice(before.valueEnd, amount.valueStart)) ? before : undefined;
  return changeOfSame(amount, after) ?? changeOfSame(amount, led);
}
function changeOfSame(amount: Fact, after: Fact | undefined): Fact | undefined {
  return after && after.measure === "growth" && after.entity === amount.entity && after.metric === amount.metric
    && after.subject === amount.subject && after.partner === amount.partner && !isMonthOnMonth(after)
    // (of the same months: "5.2 billion yuan in January–October, with October alone up 12.4%" is no change of it)
    && (!amount.period || (after.period !== undefined && samePeriod(after.period, amount.period)))
    && !/\b(?:quantity|prices)\b/.test(after.qualifier ?? "") ? after : undefined;
}

// "which countries did it sell power to, and how much each": the partners the goods went to (or came from)
const PARTNERS_ASKED = new RegExp(String.raw`\b(?:which|what)\s+(?:countries|partners|markets|economies)\b`
  + String.raw`|\bby\s+(?:country|partner|market|destination)\b`, "i");
const possessiveOf = (name: string) => (name.endsWith("s") ? `${name}'` : `${name}'s`);
/** One goods' parts by partner that one sentence gives, in one unit ("taking 2.05, 0.88 and 0.49 billion kWh"). */
export function partnerParts(q: QuestionFrame, base: FactBase): FigureAnswer {
  const entity = subjects(q).filter((e) => e !== "china");
  const goods = q.subjects[0];
  if (entity.length !== 1 || q.partners.length || q.subjects.length !== 1 || !PARTNERS_ASKED.test(q.text)) return NONE;
  const period = q.periods[0];
  const parts = base.facts.filter((f) => f.entity === entity[0] && f.partner !== undefined && f.value !== null
    && f.subject === goods && (f.measure === "count" || f.measure === "amount") && (!q.metric || f.metric === q.metric)
    && (!period || (f.period !== undefined && samePeriod(f.period, period))));
  const bySentence = new Map<string, Fact[]>();
  // (of one flow: "exported … to A and imported … from B" gives no parts of one flow by partner)
  for (const f of parts) {
    const key = `${f.docId}:${f.start}:${f.unit}:${f.metric}`;
    bySentence.set(key, [...(bySentence.get(key) ?? []), f]);
  }
  const best = [...bySentence.values()].filter((g) => new Set(g.map((f) => f.partner)).size === g.length && g.length >= 2)
    .sort((a, b) => b.length - a.length)[0];
  if (!best) return NONE;
  // (each partner named beside its part: "Thailand 3.01 billion kWh")
  const when = best[0]!.period ? `, ${periodLabel(best[0]!.period)}` : "";
  const each = best.map((f) => `${partnerName(f, base)} ${valueText(f)}`).join("; ");
  const lines = [{
    text: `${possessiveOf(displayName(entity[0]!))} ${best[0]!.metric} of ${goods} by partner${when}: ${each}`,
    facts: best,
  }];
  return { status: "answered", lines, figures: best.map((f) => stated(f)) };
}

/** A look-up answers a "which …" question only with figures that name something: a group's members, a product. */
function namedFigures(a: FigureAnswer): FigureAnswer {
  return a.figures.some((f) => f.facts.some((x) => x.members?.length || x.subject || x.qualifier)) ? a : NONE;
}

// "China as a whole", "all of China", "the national figure": the country named as one of the items
const CHINA_AS_ITEM = /\bchina as a whole\b|\ball of china\b|\bthe (?:whole )?country\b|\bnational(?:ly)?\b|\bnationwide\b/i;

/** The places a ranking names one by one: with China when the question sets it beside them. */
function namedPlaces(q: QuestionFrame): string[] {
  const places = q.entities.filter((e) => e !== "china");
  return places.length >= 2 && q.entities.includes("china") && CHINA_AS_ITEM.test(q.text) ? [...places, "china"] : places;
}

/** "which 3 of the GBA's Guangdong cities grew fastest": the provinces and regions the ranked cities lie within. */
function containersOf(q: QuestionFrame): string[] | undefined {
  const named = namedPlaces(q);
  const containing = q.subjectKind === "city" && named.length > 0 && named.every((e) => place(e)?.kind === "province" || place(e)?.kind === "region");
  return containing ? named : undefined;
}

function populationOf(q: QuestionFrame): ((id: string) => boolean) {
  const containers = containersOf(q);
  if (containers) {
    const within = (city: string, w: string) => place(city)?.parent === w || Boolean(place(w)?.members?.includes(place(city)?.parent ?? ""));
    return (id) => place(id)?.kind === "city" && containers.every((w) => within(id, w));
  }
  const explicit = namedPlaces(q);
  if (explicit.length && q.partners.length < 2) return (id) => explicit.includes(id);
  if (q.partners.length >= 2) return (id) => id === (explicit[0] ?? "china");
  const allowed = q.filter ? new Set(provincesIn(q.filter)) : undefined;
  return (id) => {
    const p = place(id);
    if (!p) return false;
    if (allowed) return allowed.has(id);
    if (q.subjectKind === "province") return p.kind === "province";
    // (the four municipalities are cities too: "the top 3 cities by imports" may be Shanghai, Beijing and Shenzhen)
    if (q.subjectKind === "city") return p.kind === "city" || MUNICIPALITIES.has(id);
    return p.kind === "province" || p.kind === "region" || p.kind === "city";
  };
}


/** "rank … zhejiang 2020, hangzhou 2021, quanzhou 2022": each named place with the period the question gives it. */
function ownPeriods(q: QuestionFrame): Array<[string, Period]> | undefined {
  const places = namedPlaces(q);
  const [first, ...rest] = q.periods;
  if (!q.periodsByPlace || places.length < 2 || q.periods.length !== places.length || !first || rest.every((p) => samePeriod(p, first))) {
    return undefined;
  }
  return places.map((e, i) => [e, q.periods[i]!]);
}

// "top 5 provinces by foreign trade, with values", "rank them by exports": the amounts ranked, not their growth
// ("by h1 2025 trade": the period's)
const VALUES_ASKED = new RegExp(String.raw`\bvalues\b|\bby\s+(?:(?:h[12]|q[1-4]|(?:19|20)\d\d|full[- ]year|annual)\s+){0,2}`
  // ("by asean trade": the trade with a partner named before the flow is its value too)
  + String.raw`(?:(?:total|foreign|overall)\s+)?(?:(?!(?:yoy|growth|share)\b)[a-z-]+\s+)?(?:trade|exports?|imports?)\b`
  + String.raw`(?!\s+(?:growth|share|rate))`, "i");
/**
 * "which region's share rose most 2031->2041? rank all four by change in share": each place's share in the later year
 * less its share in the earlier one, in points, biggest rise first; only places with both shares stated, of one whole.
 */
function rankShareChanges(q: QuestionFrame, base: FactBase, inPopulation: (id: string) => boolean):
  FigureAnswer | undefined {
  const [p1, p2] = q.periods;
  if (!q.measures.includes("pp_change") || q.periods.length !== 2 || !p1 || !p2 || samePeriod(p1, p2)) return undefined;
  const [earlier, later] = (p1.y2 ?? 0) * 12 + p1.m2 <= (p2.y2 ?? 0) * 12 + p2.m2 ? [p1, p2] : [p2, p1];
  // ("which region's …": the regions, not the provinces or cities the texts give shares of too)
  const ofKind = (id: string) => (q.subjectKind === "region" ? place(id)?.kind === "region" : inPopulation(id));
  const spec: Spec = { ...baseSpec(q), metric: q.metric ?? "trade", measures: ["share"] };
  const sharesIn = (period: Period) => {
    const byPlace = new Map<string, Fact>();
    for (const f of candidates(base.facts, { ...spec, period })) {
      if (f.unit === "%" && !f.derived && !f.subject && !f.partner && f.period && samePeriod(f.period, period)
        && ofKind(f.entity) && !byPlace.has(f.entity)) byPlace.set(f.entity, f);
    }
    return byPlace;
  };
  const [before, after] = [sharesIn(earlier), sharesIn(later)];
  const moved = [...after.values()].flatMap((b) => {
    const a = before.get(b.entity);
    return a && a.shareOf === b.shareOf ? [{ a, b, change: round(b.value! - a.value!, 2) }] : [];
  }).sort((x, y) => (q.ascending ? x.change - y.change : y.change - x.change));
  if (moved.length < 2) return undefined;
  const when = `${periodLabel(earlier)} to ${periodLabel(later)}`;
  const points = (v: number) => `${v > 0 ? "+" : v < 0 ? "−" : ""}${fmt(Math.abs(v))} percentage points`;
  const formula = (m: (typeof moved)[number]) => `${fmt(m.b.value!)}% − ${fmt(m.a.value!)}% = ${points(m.change)}`;
  const items = moved.map((m, i) => `${i + 1}. ${entityName(m.b)} ${points(m.change)} (${formula(m)})`);
  return {
    status: "answered",
    lines: [{ text: `Ranked by the change in ${whatText(moved[0]!.b)}, ${when}: ${items.join("; ")}`,
      facts: moved.flatMap((m) => [m.a, m.b]) }],
    figures: moved.map((m) => ({ label: `${entityName(m.b, false)}: change in share, ${when}`, value: m.change,
      unit: "percentage points", computed: true, formula: formula(m), facts: [m.a, m.b], entity: entityName(m.b, false),
      metric: whatText(m.b), period: when })),
  };
}

const DURATION_UNIT = /^(?:hours?|days?|minutes?|weeks?)$/;

// "top 3 provinces", "the five largest": the biggest, by their amounts, when no change is asked
const SIZE_ASKED = /\btop\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\b|\b(?:largest|biggest|leading)\b/i;
// ("together with their growth" and "in total tractor exports" ask no sum; "the sum of the top 3", "combined" do)
const COMBINED_ASKED = /\b(?:combined|altogether|together(?!\s+with)|(?:sum|total)\s+of\s+(?:the\s+)?top)\b|\bin\s+total\s*[?.]?$/i;

/** Rankings: comparable figures only, best first; other figures are listed apart, labelled. */
function rank(q: QuestionFrame, base: FactBase, listFirst = false): FigureAnswer {
  const changes = rankShareChanges(q, base, populationOf(q));
  if (changes) return changes;
  // ("rank these by crude oil imports in tonnes": the goods' quantities, when no value is asked or the unit is named,
  // "the biggest tonnage")
  const counted = q.measures.includes("count") && (QUANTITY_ASKED.test(q.text) || !q.measures.includes("amount"));
  // ("rank them by trade dependence": trade measured against GDP, a rate of its own)
  // ("rank them by trade per head / per capita": the amounts over the people a table or text states, never their
  // totals or growth; the figures taken are those per head only, select.ts; the head words are text/perHead.ts's)
  const perPerson = PER_HEAD.test(q.text);
  // (their growth asked, "trade per head grew fastest": a growth per head, which no figure here is, never the levels)
  // (and a growth of trade dependence, "whose dependence rose most", no level of the rate)
  const measure: Measure = perPerson && !q.measures.includes("growth") ? "amount"
    : DEPENDENCE.test(q.text) && !q.measures.includes("growth") ? "rate"
    : q.measures.includes("growth") ? "growth"
    : q.measures.includes("share") ? "share"
    : counted ? "count" : q.measures.includes("amount") || VALUES_ASKED.test(q.text) || SIZE_ASKED.test(q.text) ? "amount"
      : "growth";
  // ("combined car exports of the top 3 provinces": one sum of the items, which no ranking of them states)
  if (measure !== "share" && countAsked(q.text) !== undefined && COMBINED_ASKED.test(q.text)) {
    return { status: "abstain", lines: [], figures: [] };
  }
  // ("rank the ports by container throughput", "by cargo tonnage": a quantity of no flow asked is counted by whatever
  // flow its figures have, the throughput of no flow too; money of no flow asked is total trade)
  const spec: Spec = { ...baseSpec(q), ...(!q.metric && measure === "count" ? {} : { metric: q.metric ?? "trade" }),
    measures: [measure] };
  const inPopulation = populationOf(q);
  const partners = q.partners.length >= 2 ? q.partners : [q.partners[0]];
  const own = ownPeriods(q);
  let pool = own ? own.flatMap(([entity, period]) => candidates(base.facts, { ...spec, entity, period, partner: q.partners[0] }).slice(0, 1))
    : partners.flatMap((partner) => candidates(base.facts, { ...spec, partner }).filter((f) => inPopulation(f.entity)));
  if (q.threshold !== undefined) pool = pool.filter((f) => f.value! >= q.threshold! || (f.approx && /more|above|over|exceed/.test(f.approx) && f.value! >= q.threshold!));
  // "rank the six biggest traders by yoy growth": the six largest by value, then in the order of the asked measure
  const sized = measure !== "amount" && !own ? SIZE_SELECTED.exec(q.text)?.[1] : undefined;
  if (sized) {
    const n = COUNT_NAMES[sized.toLowerCase()] ?? Number(sized);
    const amounts = groupComparable(partners.flatMap((partner) => candidates(base.facts, { ...spec, measures: ["amount"], partner })
      .filter((f) => inPopulation(f.entity))), { distinct: true })[0] ?? [];
    // (fewer sizes than asked cannot say which are the biggest)
    if (amounts.length < n) return { status: "abstain", lines: [], figures: [] };
    const biggest = amounts.sort((a, b) => sizeOf(b) - sizeOf(a)).slice(0, n).map((f) => f.entity);
    pool = pool.filter((f) => biggest.includes(f.entity));
    if (new Set(pool.map((f) => f.entity)).size < n) return { status: "abstain", lines: [], figures: [] };
  }
  const ordered = groupComparable(pool, { acrossPartners: q.partners.length >= 2, distinct: true, acrossPeriods: Boolean(own) });
  // (no figure per head: no list of names stands in for one)
  if (perPerson && !ordered.length) return { status: "abstain", lines: [], figures: [] };
  // one comparable figure ranks nothing: say whose it is, and abstain
  const lone = !listFirst && ordered.length === 1 && ordered[0]!.length === 1 ? ordered[0]![0]! : undefined;
  if (lone) {
    const text = `Only one figure of this kind is stated, so there is nothing to rank: ${entityName(lone)}'s ${whatText(lone)}`
      + `${lone.period ? `, ${periodLabel(lone.period)}` : ""}: ${valueText(lone)}`;
    return { status: "abstain", lines: [{ text, facts: [lone] }], figures: [] };
  }
  const lines: Line[] = [];
  const figures: DraftFigure[] = [];
  const listing = listAnswer(q, base);
  if (listFirst || !ordered.length) { lines.push(...listing.lines); }
  // "which 3 of its cities grew fastest": the first three of the ranking
  const asked = countAsked(q.text);
  ordered.forEach((group, gi) => {
    group.sort((a, b) => (q.ascending ? a.value! - b.value! : b.value! - a.value!));
    // (and so "which 3 provinces had the steepest declines": of all the places of a kind, none named)
    if (asked && (containersOf(q) || (q.subjectKind && !namedPlaces(q).length))) group.splice(asked);
    const first = group[0]!;
    const acrossPartners = q.partners.length >= 2;
    const flow = acrossPartners ? `${entityName(first, false)}'s trade with each partner${first.measure === "amount" ? "" : `, ${first.measure}`}` : whatText(first);
    const what = [flow, first.period && !own ? periodLabel(first.period) : ""].filter(Boolean).join(", ");
    // "…, with their shares": each item's figure of that measure beside it
    const extra = companions(q.text, group, base.facts);
    const when = (f: Fact) => (own && f.period ? ` (${periodLabel(f.period)})` : "");
    const items = group.map((f, i) => `${i + 1}. ${acrossPartners && f.partner ? place(f.partner)?.name ?? f.partner : entityName(f)}${when(f)} ${valueText(f)}${extra.notes[i]}`);
    const head = gi === 0 ? `Ranked by ${what}` : `Not comparable with the ranking above (${what})`;
    lines.push({ text: `${head}: ${items.join("; ")}`, facts: [...group, ...extra.facts] });
    figures.push(...group.map(stated), ...extra.facts.map(stated));
  });
  if (!listFirst && ordered.length === 0 && !listing.lines.length) return NONE;
  // every place the question names is ranked, or named as not stated
  const ranked = new Set(ordered[0]?.map((f) => f.entity) ?? []);
  // ("rank the nanning, qinzhou and chongzuo areas of the X ftz": the zone is the areas' whole, none of them)
  const whole = (e: string) => e.startsWith(ZONE_PREFIX) && ZONE_AREAS.test(q.text);
  const missing = ordered.length && q.partners.length < 2 && !containersOf(q)
    ? namedPlaces(q).filter((e) => !ranked.has(e) && !whole(e)).map((e) => `${displayName(e)}'s figure`) : [];
  return lines.length ? { status: "answered", lines, figures, ...(missing.length && { missing }) } : NONE;
}

/** Value-less statements naming several places ("… and other provinces led the country in growth"). */
function listAnswer(q: QuestionFrame, base: FactBase): FigureAnswer {
  const inPopulation = populationOf(q);
  const words = wordSet(q.text);
  const scored: Array<[Fact, number]> = [];
  for (const f of base.facts) {
    if (f.measure !== "listed" || !f.members) continue;
    if (q.periods[0] && f.period && !(f.period.y1 === q.periods[0].y1 || q.periods[0].y1 === null)) continue;
    const members = f.members.filter(inPopulation);
    if (members.length < Math.max(2, f.members.length / 2)) continue;
    let score = Math.max(0, qualifierOverlap(f.qualifier ?? "", words));
    if (q.metric && f.metric === q.metric) score += 2;
    else if (q.metric && f.metric !== q.metric) score -= 1;
    if (!q.metric && f.metric === "trade") score += 1;
    scored.push([f, score]);
  }
  scored.sort((a, b) => b[1] - a[1]);
  const best = scored.filter(([, s]) => s >= (scored[0]?.[1] ?? 0) - 1).slice(0, 2);
  const lines = best.map(([f], i) => ({
    text: `${i === 0 ? "Named" : "Also named"}${f.qualifier ? ` (${f.metric === "trade" ? "" : `${f.metric}: `}${f.qualifier.replace(/^members of/, "members of")})` : ""}${f.period ? `, ${periodLabel(f.period)}` : ""}: ${listNames(f.members!)}`,
    facts: [f],
  }));
  return lines.length ? { status: "answered", lines, figures: [] } : NONE;
}

function rankPosition(q: QuestionFrame, base: FactBase): FigureAnswer {
  const spec = baseSpec(q);
  const lines: Line[] = [];
  const figures: DraftFigure[] = [];
  // "X's rank among the 16 Y cities by trade in 2024": a stated rank of that measure and period, else the position
  // worked out from every member's figure, else none
  const scope = scopeOf(q);
  for (const entity of scope ? [scope.target] : subjects(q)) {
    const { metric: _metric, ...anyMetric } = spec;
    const found = candidates(base.facts, { ...anyMetric, entity, measures: ["rank"] });
    // ("X's place among the central six": a rank stated within that region, never a national one or one of no field)
    const inField = (r: Fact) => !q.rankField || findEntities(r.scope ?? "").some((e) => e.id === q.rankField);
    const ranks = (scope ? found.filter((r) => rankMatches(r, q, scope)) : found).filter(inField);
    const worked = scope && !ranks.length ? positionFromFigures(q, scope, base.facts) : undefined;
    if (worked) {
      lines.push({ text: worked.text, facts: worked.facts });
      const formula = `${worked.rank - 1} of the ${worked.of} figures are larger`;
      figures.push({ label: `${displayName(entity)} · rank among ${worked.of} (worked out)`, value: worked.rank, unit: "rank",
        computed: true, formula, facts: worked.facts, entity: displayName(entity) });
    }
    if ((scope || q.rankField) && !ranks.length && !worked) return { status: "abstain", lines: [], figures: [] };
    for (const r of ranks.slice(0, 2)) {
      const related = candidates(base.facts, { ...spec, entity, measures: ["growth"], ...(r.period && { period: r.period }) })[0];
      lines.push({ text: `${entityName(r)} ranked ${ordinal(r.value!)}${r.scope ? ` ${r.scope}` : ""} for ${whatText(r).replace(/, rank.*$/, "") || "this figure"}${r.qualifier ? "" : ""}${r.period ? ` in ${periodLabel(r.period)}` : ""}${related ? `, with ${whatText(related)} of ${valueText(related)}` : ""}`, facts: related ? [r, related] : [r] });
      figures.push(stated(r));
      if (related) figures.push(stated(related));
    }
  }
  return lines.length ? { status: "answered", lines, figures } : lookup(q, base);
}

interface Side { label: string; spec: Partial<Spec> }

function sidesOf(q: QuestionFrame): Side[] {
  const who = subjects(q);
  if (q.partners.length >= 2) return q.partners.map((p) => ({ label: displayName(p), spec: { entity: who[0] ?? "china", partner: p } }));
  if (q.entities.length >= 2) {
    // "wuhan's share of hubei vs dalian's share of liaoning": the parts are the sides, their wholes are not
    const wholes = q.measures.includes("share") && q.entities.length > 2 ? wholesOfShares(q.text) : [];
    const parts = q.entities.filter((e) => !wholes.includes(e));
    const sides = parts.length === 2 ? parts : q.entities;
    // "Hubei's in 2022 or Xinjiang's in 2024": one period per side, in order
    const own = q.periods.length === sides.length;
    return sides.map((e, i) => ({ label: displayName(e), spec: { entity: e, partner: q.partners[0], ...(own && { period: q.periods[i]! }) } }));
  }
  if (q.periods.length >= 2 && who[0]) return q.periods.map((p) => ({ label: periodLabel(p), spec: { entity: who[0]!, partner: q.partners[0], period: p } }));
  return [];
}

function difference(a: Fact, b: Fact, sideA: string, sideB: string): DraftFigure | undefined {
  const bothRates = a.unit === "%" && b.unit === "%";
  if (!bothRates && (a.unit.replace(/^\w+ /, "") !== b.unit.replace(/^\w+ /, "") || a.measure !== b.measure)) return undefined;
  const c = common(a, b);
  const [va, vb] = bothRates ? [a.value!, b.value!] : [c.va, c.vb];
  const diff = round(va - vb);
  const unit = bothRates ? "percentage points" : c.unit;
  const show = (v: number) => (bothRates ? `${signed(v)}%` : `${signed(v)}`);
  return {
    label: `${sideA} minus ${sideB}: ${whatText(a)}`, value: diff, unit, computed: true,
    formula: `${show(va)} − ${show(vb)} = ${fmt(diff)} ${unit}`, facts: [a, b], metric: whatText(a),
  };
}

/** Two sides (places, partners or periods) compared on each measure the question names. */
function comparison(q: QuestionFrame, base: FactBase): FigureAnswer {
  const sides = sidesOf(q);
  if (sides.length < 2) {
    // "how much faster than the national average": a stated gap answers it
    const gap = lookup({ ...q, measures: ["pp_gap"] }, base);
    return gap.status === "answered" ? gap : lookup(q, base);
  }
  const spec = baseSpec(q);
  // a stated gap between the sides ("4.5 percentage points higher than the national average")
  const other = sides.find((s) => s.spec.entity !== "china");
  if (other && sides.some((s) => s.spec.entity === "china")) {
    const gaps = candidates(base.facts, { ...spec, ...other.spec, measures: ["pp_gap"] });
    if (gaps[0]) return { status: "answered", lines: [{ text: sentence(gaps[0]), facts: [gaps[0]] }], figures: [stated(gaps[0])] };
  }
  // ("rong-ou vs yuxinou trips: how many more?": counts are set side by side as amounts are)
  let measures = q.measures.filter((m): m is "growth" | "share" | "amount" | "count" =>
    m === "growth" || m === "share" || m === "amount" || m === "count");
  if (!measures.length) measures = [/\bpoints?\b|\bfaster|slower|grow/i.test(q.text) ? "growth" : "amount"];
  const lines: Line[] = [];
  const figures: DraftFigure[] = [];
  for (const measure of measures) {
    const picked = sides.map((s) => candidates(base.facts, { ...spec, ...s.spec, ...(s.spec.period ? {} : spec.period ? { period: spec.period } : {}), measures: [measure] })[0]);
    if (picked.some((f) => !f)) continue;
    const [a, b] = picked as [Fact, Fact];
    // (one figure found for both sides, one with no period of its own read as either year: it tells neither side apart)
    if (sameFigure(a, b)) continue;
    const aFirst = sizeOf(a) >= sizeOf(b);
    // the difference is stated from the larger side, so it reads as "by how much"
    const d = aFirst ? difference(a, b, sides[0]!.label, sides[1]!.label) : difference(b, a, sides[1]!.label, sides[0]!.label);
    figures.push(stated(a), stated(b));
    // two falls: the side that fell more is named ("which fell harder?")
    const falls = measure === "growth" && a.value! < 0 && b.value! < 0;
    const leader = aFirst !== falls ? sides[0]!.label : sides[1]!.label;
    const verb = falls ? "fell more" : measure === "growth" ? "grew faster" : measure === "share" ? "has the bigger share" : "is bigger";
    // (two shares of different wholes, "of Hubei's total" and "of Liaoning's", each named)
    const otherWhole = measure === "share" && a.shareOf !== b.shareOf ? ` vs ${shareBase(b)}` : "";
    let text = `${sides[0]!.label}: ${valueText(a)}; ${sides[1]!.label}: ${valueText(b)} (${whatText(a)}${otherWhole}${a.period ? `${whatText(a) || otherWhole ? ", " : ""}${periodLabel(a.period)}` : ""}${b.period && a.period && periodLabel(b.period) !== periodLabel(a.period) ? ` vs ${periodLabel(b.period)}` : ""})`;
    if (d) {
      figures.push(d);
      text += `. ${leader} ${verb}, by ${fmt(d.value)} ${d.unit} (${d.formula})`;
    }
    lines.push({ text, facts: [a, b] });
  }
  return lines.length ? { status: "answered", lines, figures } : { status: "abstain", lines: [], figures: [] };
}

/** Are two facts one stated figure (the same sentence's same value, found once for each side)? */
// ("Hubei and Hunan both grew 5%" is two figures of one sentence: each side's own place, partner or period tells them apart)
const sameFigure = (a: Fact, b: Fact) => a === b || (a.docId === b.docId && a.start === b.start && a.value === b.value
  && a.unit === b.unit && a.entity === b.entity && a.partner === b.partner && a.metric === b.metric
  && JSON.stringify(a.period ?? null) === JSON.stringify(b.period ?? null));

const uncapitalised = (t: string) => t.charAt(0).toLowerCase() + t.slice(1);

function surplus(q: QuestionFrame, base: FactBase): FigureAnswer {
  const spec = baseSpec(q);
  const entity = subjects(q)[0] ?? "china";
  const partner = q.partners[0];
  const exp = candidates(base.facts, { ...spec, entity, partner, metric: "exports", measures: ["amount"] }).find((f) => !f.qualifier);
  const imp = exp && candidates(base.facts, { ...spec, entity, partner, metric: "imports", measures: ["amount"], ...(exp.period && { period: exp.period }) }).find((f) => !f.qualifier);
  const statedFact = candidates(base.facts, { ...spec, entity, partner, metric: q.metric === "deficit" ? "deficit" : "surplus", measures: ["amount"] })[0];
  const lines: Line[] = [];
  const figures: DraftFigure[] = [];
  if (exp && imp) {
    const c = common(exp, imp);
    const v = round(c.va - c.vb);
    const when = exp.period ? `, ${periodLabel(exp.period)}` : "";
    const fig: DraftFigure = {
      label: `${entityName(exp, false)} · trade ${v >= 0 ? "surplus" : "deficit"} (exports − imports)${when ? ` · ${periodLabel(exp.period!)}` : ""}`, value: v, unit: c.unit, computed: true,
      formula: `${fmt(c.va)} − ${fmt(c.vb)} = ${fmt(v)} ${c.unit}`, facts: [exp, imp], entity: entityName(exp, false), metric: "trade surplus",
      ...(exp.period && { period: periodLabel(exp.period) }),
    };
    figures.push(fig, stated(exp), stated(imp));
    // a stated deficit is written as a positive figure: as exports − imports it is negative
    const statedBalance = statedFact && (statedFact.metric === "deficit" ? -Math.abs(statedFact.value!) : statedFact.value!);
    const agrees = statedFact && Math.abs(statedBalance! * statedFact.scale - v * c.scale) / Math.abs(v * c.scale || 1) < 0.005;
    lines.push({ text: `${entityName(exp)}'s trade ${v >= 0 ? "surplus" : "deficit"}${when}: exports ${valueText(exp)} − imports ${valueText(imp)} = ${fmt(Math.abs(v))} ${c.unit}${agrees ? " (the text states the same figure)" : ""}`, facts: agrees ? [exp, imp, statedFact!] : [exp, imp] });
    if (statedFact && !agrees) { figures.push(stated(statedFact)); lines.push({ text: `The text states ${uncapitalised(sentence(statedFact, false))}`, facts: [statedFact] }); }
  } else if (statedFact) {
    figures.push(stated(statedFact));
    lines.push({ text: sentence(statedFact), facts: [statedFact] });
  }
  return lines.length ? { status: "answered", lines, figures } : { status: "abstain", lines: [], figures: [] };
}

/** The amount stated next to a share or growth figure: same place, flow, partner, qualifier and period. */
function companionAmount(base: FactBase, f: Fact): Fact | undefined {
  return base.facts.find((x) => x.measure === "amount" && x.entity === f.entity && x.metric === f.metric && x.partner === f.partner && (x.qualifier ?? "") === (f.qualifier ?? "") && x.period && f.period && periodLabel(x.period) === periodLabel(f.period) && x.docId === f.docId);
}

function impliedWhole(q: QuestionFrame, base: FactBase): FigureAnswer {
  const spec = baseSpec(q);
  for (const entity of subjects(q).filter((e) => e !== "china").concat(subjects(q).includes("china") && q.entities.length === 1 ? ["china"] : [])) {
    const { metric: _metric, ...anyMetric } = spec;
    const share = candidates(base.facts, { ...anyMetric, entity, partner: q.partners[0], measures: ["share"] })
      .find((f) => q.numbers.some((n) => Math.abs(n.value - f.value!) < 0.011)) ?? candidates(base.facts, { ...spec, entity, partner: q.partners[0], measures: ["share"] })[0];
    const part = share && companionAmount(base, share);
    if (!share || !part) continue;
    const whole = round(part.value! / (share.value! / 100));
    const wholeName = share.shareOf === "own" ? `${entityName(share, false)}'s total` : !share.shareOf || share.shareOf === "national" ? "China's total" : `${displayName(share.shareOf)}'s total`;
    const when = part.period ? periodLabel(part.period) : "";
    const fig: DraftFigure = {
      label: `${wholeName} ${whatText(part) || "trade"} (implied by ${entityName(share, false)}'s ${fmt(share.value!)}% share)${when ? ` · ${when}` : ""}`,
      value: whole, unit: part.unit, computed: true, formula: `${fmt(part.value!)} ÷ ${fmt(share.value! / 100)} = ${fmt(whole)} ${part.unit}`,
      facts: [part, share], metric: whatText(part), ...(when && { period: when }),
    };
    return {
      status: "answered",
      figures: [fig, stated(part), stated(share)],
      lines: [{ text: `${entityName(share, false)}'s ${valueText(part)} was ${valueText(share)} of the total, so ${wholeName.replace(/'s total$/, "'s")} total ${whatText(part) || "trade"}${when ? ` in ${when}` : ""} was about ${fmt(whole)} ${part.unit} (${fig.formula})`, facts: [part, share] }],
    };
  }
  return { status: "abstain", lines: [], figures: [] };
}

function impliedPrevious(q: QuestionFrame, base: FactBase): FigureAnswer {
  const spec = baseSpec(q);
  for (const entity of subjects(q)) {
    const { period: _period, ...anyPeriod } = spec;
    const growth = candidates(base.facts, { ...anyPeriod, entity, partner: q.partners[0], measures: ["growth"] })
      .find((f) => q.numbers.some((n) => Math.abs(Math.abs(n.value) - Math.abs(f.value!)) < 0.011)); // ("-4.9% yoy": signed)
    const amount = growth && companionAmount(base, growth);
    if (!growth || !amount) continue;
    const prev = round(amount.value! / (1 + growth.value! / 100));
    const when = amount.period ? periodLabel(precedingPeriod(amount.period)) : "the year before";
    const fig: DraftFigure = {
      label: `${entityName(amount, false)} · ${whatText(amount) || "trade"} · ${when} (implied by ${fmt(growth.value!)}% growth)`, value: prev, unit: amount.unit, computed: true,
      formula: `${fmt(amount.value!)} ÷ (1 + ${fmt(growth.value! / 100)}) = ${fmt(prev)} ${amount.unit}`, facts: [amount, growth], metric: whatText(amount), period: when,
    };
    return {
      status: "answered",
      figures: [fig, stated(amount), stated(growth)],
      lines: [{ text: `${entityName(amount)}'s ${whatText(amount) || "trade"} was ${valueText(amount)} in ${amount.period ? periodLabel(amount.period) : "the period"}, ${growth.value! < 0 ? "down" : "up"} ${fmt(Math.abs(growth.value!))}%, so in ${when} it was about ${fmt(prev)} ${amount.unit} (${fig.formula})`, facts: [amount, growth] }],
    };
  }
  return { status: "abstain", lines: [], figures: [] };
}

function shareOf(q: QuestionFrame, base: FactBase): FigureAnswer {
  const spec = baseSpec(q);
  const [p1, p2] = q.periods as [Period, Period];
  const months = (p: Period) => (p.y2! - p.y1!) * 12 + p.m2 - p.m1;
  const [whole, part] = months(p1) >= months(p2) ? [p1, p2] : [p2, p1];
  if (part.y1 === null && whole.y1 !== null) { part.y1 = whole.y1; part.y2 = whole.y1; }
  for (const entity of subjects(q)) {
    const w = candidates(base.facts, { ...spec, entity, partner: q.partners[0], measures: ["amount"], period: whole })[0];
    const p = candidates(base.facts, { ...spec, entity, partner: q.partners[0], measures: ["amount"], period: part })[0];
    if (!w || !p) continue;
    const v = round(((p.value! * p.scale) / (w.value! * w.scale)) * 100);
    const fig: DraftFigure = {
      label: `${entityName(w, false)} · ${periodLabel(part)} as a share of ${periodLabel(whole)} · ${whatText(w) || "trade"}`, value: v, unit: "%", computed: true,
      formula: `${fmt(p.value!)} ÷ ${fmt(w.value!)} = ${fmt(v)}%`, facts: [p, w], metric: whatText(w),
    };
    return { status: "answered", figures: [fig, stated(p), stated(w)], lines: [{ text: `${periodLabel(part)}: ${valueText(p)} of ${valueText(w)} in the ${periodLabel(whole)}, a share of ${fmt(v)}% (${fig.formula})`, facts: [p, w] }] };
  }
  return lookup(q, base);
}

function separateCurrencies(base: FactBase, entity: string, partner: string | undefined, period: Period | undefined): FigureAnswer | undefined {
  const totals = base.facts.filter((f) => f.entity === entity && f.metric === "trade" && f.measure === "amount" && !f.subject && !f.qualifier
    && (f.partner ?? undefined) === partner && f.period && (!period || samePeriod(f.period, period)));
  const yuan = totals.find((f) => f.unit.endsWith("yuan"));
  const usd = yuan && totals.find((f) => f.unit.endsWith("US dollars") && samePeriod(f.period!, yuan.period!));
  if (!yuan || !usd) return undefined;
  const rate = round((yuan.value! * yuan.scale) / (usd.value! * usd.scale), 2);
  const formula = `${fmt(yuan.value!)} ÷ ${fmt(usd.value!)} = ${rate.toFixed(2)} yuan per US dollar`;
  const fig: DraftFigure = {
    label: `Yuan per US dollar implied by ${entityName(yuan, false)}'s ${whatText(yuan) || "figure"} · ${periodLabel(yuan.period!)}`, value: rate,
    unit: "yuan per US dollar", computed: true, formula, facts: [yuan, usd], metric: "exchange rate",
  };
  return { status: "answered", figures: [fig, stated(yuan), stated(usd)], lines: [{ text: `${valueText(yuan)} and ${valueText(usd)} imply ${rate.toFixed(2)} yuan per US dollar (${formula})`, facts: [yuan, usd] }] };
}

function exchangeRate(q: QuestionFrame, base: FactBase): FigureAnswer {
  const spec = baseSpec(q);
  for (const entity of subjects(q)) {
    const pair = base.facts.filter((f) => f.alt && f.entity === entity && (f.partner ?? undefined) === (q.partners[0] ?? undefined) && (!spec.period || !f.period || periodLabel(f.period) === periodLabel(spec.period)));
    const f = pair[0];
    if (!f?.alt) {
      // the same total stated in yuan and, in another sentence, in dollars ("in US dollar terms, 1.79 billion dollars")
      const sep = separateCurrencies(base, entity, q.partners[0], spec.period);
      if (sep) return sep;
      continue;
    }
    const yuan = f.unit.includes("yuan") ? f.value! * f.scale : f.alt.value * f.alt.scale;
    const usd = f.unit.includes("yuan") ? f.alt.value * f.alt.scale : f.value! * f.scale;
    const rate = round(yuan / usd, 2);
    const fig: DraftFigure = {
      label: `Yuan per US dollar implied by ${entityName(f, false)}'s ${whatText(f) || "figure"}${f.period ? ` · ${periodLabel(f.period)}` : ""}`, value: rate, unit: "yuan per US dollar", computed: true,
      formula: `${fmt(f.value!)} ÷ ${fmt(f.alt.value)} = ${rate.toFixed(2)} yuan per US dollar`, facts: [f], metric: "exchange rate",
    };
    return { status: "answered", figures: [fig, stated(f)], lines: [{ text: `${valueText(f)} implies ${rate.toFixed(2)} yuan per US dollar (${fig.formula})`, facts: [f] }] };
  }
  return { status: "abstain", lines: [], figures: [] };
}

function sum(q: QuestionFrame, base: FactBase): FigureAnswer {
  const sides = sidesOf(q);
  const spec = baseSpec(q);
  // ("total china-europe trains through A and B combined": counts asked are added as amounts are, unit by unit)
  // ("how many tonnes of X did it import in A and B together": the tonnes asked, flow named or not; never the values)
  const measure = q.measures.includes("count") && (!q.metric || !q.measures.includes("amount")) ? "count" : "amount";
  const picked = sides.map((s) => candidates(base.facts, { ...spec, ...s.spec, measures: [measure] })[0]);
  if (picked.length < 2 || picked.some((f) => !f)) return { status: "abstain", lines: [], figures: [] };
  const facts = picked as Fact[];
  // amounts in two currencies are not added
  if (facts.some((f) => !sameUnit(f, facts[0]!))) return { status: "abstain", lines: [], figures: [] };
  const ref = finestOf(facts);
  const unit = ref.unit;
  const parts = facts.map((f) => sizeOf(f) / trueScale(ref));
  const total = round(parts.reduce((a, b) => a + b, 0));
  const fig: DraftFigure = {
    label: `${sides.map((s) => s.label).join(" + ")} · ${whatText(facts[0]!)} (sum)`, value: total, unit, computed: true,
    formula: `${parts.map(fmt).join(" + ")} = ${fmt(total)} ${unit}`, facts, metric: whatText(facts[0]!),
  };
  return { status: "answered", figures: [fig, ...facts.map(stated)], lines: [{ text: `${sides.map((s, i) => `${s.label} ${valueText(facts[i]!)}`).join(" + ")} = ${fmt(total)} ${unit}`, facts }] };
}

/**
 * "Zhejiang 2031: rank Ningbo, Wenzhou and Jinhua by exports": a province named before "rank" whose cities the list
 * names is the ranking's scope, not one of its items (else it was ranked beside its cities, or named missing).
 */
function scopeBeforeList(q: QuestionFrame): QuestionFrame {
  const at = /\brank\b/i.exec(q.text)?.index;
  if (at === undefined) return q;
  const listed = new Set(findEntities(q.text.slice(at)).map((e) => e.id));
  const items = q.entities.filter((e) => listed.has(e));
  const scope = q.entities.filter((e) => !listed.has(e));
  const within = scope.length > 0 && items.length >= 2 && scope.every((s) => items.every((i) => place(i)?.parent === s));
  return within ? { ...q, entities: items } : q;
}

/**
 * Answers the figure part of a question from the facts. Abstains when the question asks for a
 * figure about a place the facts have nothing on, rather than borrowing another's.
 */
export function solve(q: QuestionFrame, base: FactBase): FigureAnswer {
  const named = q.entities.filter((e) => e !== "china");
  // (a bare zone head names the family of zones the documents name after it)
  const family = (e: string) => isBareZone(e) && [...base.mentioned].some((m) => inZoneFamily(e, m));
  const unknown = named.filter((e) => !base.mentioned.has(e) && !family(e));
  if (unknown.length) {
    return { status: "abstain", lines: [{ text: `The indexed documents do not mention ${listNames(unknown)}.`, facts: [] }], figures: [] };
  }
  if (!q.asksFigure) return NONE;
  let result: FigureAnswer;
  switch (q.intent) {
    case "exchange_rate": result = exchangeRate(q, base); break;
    case "implied_previous": result = impliedPrevious(q, base); break;
    case "implied_whole": result = impliedWhole(q, base); break;
    case "surplus": result = surplus(q, base); break;
    case "sum": result = sum(q, base); break;
    case "share_of": result = shareOf(q, base); break;
    case "rank_position": result = rankPosition(q, base); break;
    case "comparison": result = comparison(q, base); break;
    case "rank": {
      q = scopeBeforeList(q);
      const single = subjects(q).filter((e) => e !== "china").length === 1 && q.partners.length < 2;
      // "which imports did Xiamen rank first for" asks for names: only figures that name something answer it
      // "rank its 'new three' exports by value" asks to order things: one figure of one place orders nothing
      // (so does "its ports ranked by trade, biggest first")
      const orders = ORDER_ASKED.test(q.text);
      // ("zhejiang 2022: which three cities grew fastest?": the province's own figures name no city)
      const ofItsCities = q.subjectKind === "city" && !subjects(q).some((e) => e.startsWith("city:"));
      result = single ? (orders || ofItsCities ? NONE : /^\s*(?:which|what)\b/i.test(q.text) ? namedFigures(lookup(q, base)) : lookup(q, base))
        : rank(q, base);
      break;
    }
    // "which imports did Xiamen rank first for" asks for names, which a look-up of Xiamen's imports does not give
    case "list": result = partnerParts(q, base);
      if (result.status === "answered") break;
      result = (named.length || (q.partners.length && !q.filter)) && !q.filter
        ? namedFigures(lookup(q, base)) : rank(q, base, true);
      break;
    default: result = lookup(q, base);
  }
  // ("xinjiang's jan-sep 2024 trade, and yoy?" asks that period's growth too, and points at no later one)
  const pointsAtGrowth = worksBack(q.text) || q.periods.length > 1;
  if (result.status === "none" && q.intent === "lookup" && q.periods[0] && q.measures.includes("amount") && q.measures.includes("growth")
    && pointsAtGrowth) {
    // "what was X in 2023, judging by its 2024 growth": only when the question points at the growth,
    // since an amount for another period is otherwise not an answer
    const next = q.periods[0];
    const later = { ...q, periods: [{ ...next, y1: next.y1 === null ? null : next.y1 + 1, y2: next.y2 === null ? null : next.y2 + 1 }] };
    const growth = subjects(q).flatMap((entity) => candidates(base.facts, { ...baseSpec(later), entity, partner: q.partners[0], measures: ["growth"] }));
    const withAmount = growth.find((g) => companionAmount(base, g));
    if (withAmount) result = impliedPrevious({ ...q, numbers: [{ start: 0, end: 0, value: withAmount.value!, kind: "percent", unit: "%", scale: 1, text: "" }] }, base);
  }
  // a question about a named place that asks for a quantity gets that quantity or an abstention, never
  // a nearby passage; a "which …" question without figures falls back to passages
  if (result.status === "none" && q.intent !== "list" && (q.measures.length || q.intent !== "lookup") && (named.length || q.partners.length)) return { status: "abstain", lines: [], figures: [] };
  return result;
}

/** Figures about the same place (or flow) the question asked about, to show when abstaining. */
export function closestFacts(q: QuestionFrame, base: FactBase, limit = 3): Fact[] {
  const named = subjects(q);
  const words = wordSet(q.text);
  const scored = base.facts
    .filter((f) => f.value !== null && (named.includes(f.entity) || (q.partners.length > 0 && f.partner !== undefined && q.partners.includes(f.partner))))
    .map((f): [Fact, number] => [f, (q.metric && f.metric === q.metric ? 2 : 0) + (q.measures.includes(f.measure) ? 1 : 0) + Math.max(0, qualifierOverlap(f.qualifier ?? "", words))]);
  return scored.sort((a, b) => b[1] - a[1]).slice(0, limit).map(([f]) => f);
}
