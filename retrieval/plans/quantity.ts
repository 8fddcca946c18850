import type { Fact, Measure, Metric } from "../../text/terms.js";
import { candidates, isMonthOnMonth, withoutUnaskedParts, wordSet, type Spec } from "../figures/select.js";
import type { FactBase } from "../figures/solve.js";
import { findEntities } from "../../text/entities.js";
import { REGIONS, place } from "../../text/places.js";
import { followingYear, samePeriod, type Period } from "../../text/periods.js";
import { fmt } from "../figures/arithmetic.js";
import {
  baseUnit, sameCountUnit, scaleOnly, difference, earlierLevel, growthBetween, partFromShare, percentOf, rateBefore, referenceRate,
  remainder, sum, wholeFromShare, type Amount,
} from "./operations.js";

/** The quantity asked by name ("the export volume", "tonnage"), not the value. */
const VOLUME_WORDS = ["volume", "volumes", "quantity", "quantities", "tonnage", "tonnes", "tons"];
export const volumeAskedIn = (ctx: { words: Set<string> }): boolean => VOLUME_WORDS.some((w) => ctx.words.has(w));
// ("foreign trade volume" is the value of trade: only weight words ask the tonnes for certain)
const TONNAGE_WORDS = ["tonnage", "tonnes", "tons", "quantity", "quantities"];
const tonnageAskedIn = (ctx: { words: Set<string> }): boolean => TONNAGE_WORDS.some((w) => ctx.words.has(w));

/**
 * One quantity a question asks for or needs, in the terms facts are stored in. It is resolved on
 * its own over the whole index: a quantity from another document is as good as one from the same.
 */
export interface Quantity {
  entity: string;
  partner?: string;
  /** An enterprise type, trade mode or product group below the place: never the place's total. */
  subject?: string;
  metric: Metric;
  measure: Measure;
  period?: Period;
  /** For shares: of the owner's own total, of the national one, or of its province's (any when unset). */
  shareOf?: "own" | "national" | "parent";
  /** For a share of another subject of the same place ("solar cells' share of the 'new three' exports"). */
  wholeSubject?: string;
  /** For a share of the trade with a bigger partner ("Vietnam's share of Guangxi's ASEAN trade"). */
  wholePartner?: string;
  /** For a share the question states of a place's whole ("28.4% of shandong's tyre exports"): that place, and whether
   * the whole is of the part's goods or partner too (else of the place's total flow). */
  wholeOf?: { entity: string; same: boolean };
  /** For a flow's share of another flow ("what percentage of its trade was exports?"). */
  wholeMetric?: Metric;
  /** The currency the question asks the answer in ("in usd?"): a stated bracketed equivalent is used. */
  currency?: "yuan" | "US dollars";
  /** What the quantity is called where no flow names it: "GDP", given by the question beside trade. */
  named?: string;
  /** The question names goods but no flow ("fujian garments fell 1.3%"): trade is read, but when no sentence states
   * the goods' trade and sentences state them in one flow only, that flow is the one meant. */
  flowUnnamed?: boolean;
  /** The question names an owner no place reader knows ("biobay's trade"): no stated figure, China's or another's, is
   * its, and the quantity is not found. */
  ownerUnread?: boolean;
  /** The value the question itself states for this quantity ("fell 12% to 40 billion"). */
  given?: Amount;
  /**
   * The amount is not the entity's own but a member's (a zone, a district) the question names only by its share of the
   * entity: "its bonded zone was 35.6% of the city's trade". The member is the one a sentence gives that share.
   */
  memberShare?: number;
  /** A target, plan or forecast the text looks ahead to ("aims to grow trade by 3 percent"), not an outcome; false: an
   * outcome, never a figure looked ahead to (either when unset). */
  ahead?: boolean;
  /** For a count: the unit it is counted in, without its scale ("tonnes" with tonnes, never TEUs; any when unset). */
  unit?: string;
  /** For goods counted in tonnes or units: a change of their volume, or of their value (either when unset). */
  of?: "volume" | "value";
  /** For a change: over the month before ("mom"), never over the same month a year before, and the other way round. */
  base?: "month-on-month";
  /** A figure as first announced ("first estimate"), or as revised since (either when unset). */
  estimate?: "first" | "revised";
  /** For a change: over that year's same period ("35.2 percent higher than in the same period of 2019"). */
  baseYear?: number;
  /** For a change: the average a year over several ("an average annual growth of 16.3 percent"). */
  perYear?: boolean;
  /** For a share: the words by which the question names the part when no reader took them as a place, partner or
   * goods ("what share of X's fruit imports were durians": durians). */
  partWords?: string[];
}

/** A resolved quantity: the value, the facts it rests on, and how it was derived when no fact states it. */
export interface Found {
  amount: Amount;
  facts: Fact[];
  /** The fact that states it, when one does. */
  stated?: Fact;
  /** How it was computed from other facts ("share × total"). */
  formula?: string;
  /** The figure is the question's own, not found in the documents. */
  fromQuestion?: boolean;
}

export interface ResolveContext {
  base: FactBase;
  /** The question's words, matched against a fact's qualifier. */
  words: Set<string>;
  /** The currency the whole question asks in ("…, in usd?"): each of its quantities' too. */
  currency?: "yuan" | "US dollars";
  /**
   * The question asks of one period and neither states a change nor asks what one implies ("guangxi 2018 exports?"):
   * a level or share worked back from the next year's is another period's figure, not the one asked.
   */
  statedOnly?: boolean;
}

/** The currency a unit of money is in, or none. */
export const moneyOf = (unit: string): Quantity["currency"] =>
  /\byuan$/.test(unit) ? "yuan" : /\bdollars$/.test(unit) ? "US dollars" : undefined;

const amountOf = (f: Fact, currency?: Quantity["currency"]): Amount =>
  currency && f.alt && !f.unit.endsWith(currency) && f.alt.unit.endsWith(currency)
    ? { value: f.alt.value, unit: f.alt.unit, scale: f.alt.scale }
    : { value: f.value!, unit: f.unit, scale: f.scale };

/** What a stated fact must be to give a quantity (also the developer's trace, bot/cli/why.ts). */
export function quantitySpec(q: Quantity, ctx: ResolveContext): Spec {
  return {
    words: ctx.words,
    entity: q.entity,
    partner: q.partner,
    subjects: q.subject ? [q.subject] : [],
    metric: q.metric,
    measures: [q.measure],
    ...(q.period && { period: q.period }),
    ...(q.given && { values: [q.given.value] }),
    ...(q.wholeMetric && { ofMetric: q.wholeMetric }),
    ...((q.currency ?? ctx.currency) && { currency: q.currency ?? ctx.currency }),
  };
}

/** The best stated fact for a quantity; one equal to the value the question states comes first. */
export function statedFact(q: Quantity, ctx: ResolveContext): Fact | undefined {
  return statedFacts(q, ctx)[0];
}

/** Every stated fact for a quantity, best first (a share's of the whole asked only). */
export function statedFacts(q: Quantity, ctx: ResolveContext): Fact[] {
  // (a twin whose qualifier adds a part the question does not name, "…, port", yields to the plainer fact)
  const found = withoutUnaskedParts(candidates(ctx.base.facts, quantitySpec(q, ctx)), ctx.words);
  // ("10 million tonnes, up 12.5 percent" is the volume's change, marked as the quantity's)
  const inUnit = q.unit ? found.filter((f) => sameCountUnit(f.unit, q.unit!)) : found;
  const volumes = q.of ? inUnit.filter((f) => /\bquantity\b/.test(f.qualifier ?? "") === (q.of === "volume")) : inUnit;
  const estimated = q.estimate ? volumes.filter((f) => /\bfirst estimate\b/.test(f.qualifier ?? "") === (q.estimate === "first"))
    : volumes;
  const based = q.baseYear ? estimated.filter((f) => new RegExp(String.raw`\b${q.baseYear}\b`).test(f.base ?? ""))
    : q.perYear ? estimated.filter((f) => /\baverage annual\b/.test(f.qualifier ?? "")) : estimated;
  const ahead = q.ahead ? based.filter((f) => /\bforecast\b/.test(f.qualifier ?? ""))
    : q.ahead === false ? based.filter((f) => !/\bforecast\b/.test(f.qualifier ?? "")) : based;
  // ("34.8 percent higher than in February" for March: a change over the month before answers only a "mom" asked)
  // (a change the question states is the one meant, whatever it is over: "may trade was 23.5% above april")
  const kept = ownReportFirst(q.measure === "growth" && !q.given
    ? ahead.filter((f) => isMonthOnMonth(f) === (q.base === "month-on-month")) : ahead, ctx.base);
  if (q.measure !== "share" || !q.shareOf) return kept;
  if (q.shareOf === "parent") return kept.filter((f) => f.shareOf !== undefined && f.shareOf === place(q.entity)?.parent);
  return kept.filter((f) => (q.shareOf === "own" ? f.shareOf === "own" : !f.shareOf || f.shareOf === "national"));
}

/** A stated fact as what resolves a quantity (in the asked currency when the text gives its bracketed equivalent). */
export const foundOf = (fact: Fact, q: Quantity, ctx: ResolveContext): Found =>
  ({ amount: amountOf(fact, q.currency ?? ctx.currency), facts: [fact], stated: fact });

/**
 * The same figure stated by several documents ("45.5 percent of the province's total" in the city's report and a cell
 * of the province's table): the one of the report whose title names its place is cited first. Only copies of the
 * best fact move; no other figure does.
 */
function ownReportFirst(found: Fact[], base: FactBase): Fact[] {
  const [best] = found;
  if (!best || !base.documents) return found;
  const same = (f: Fact) => f.entity === best.entity && f.metric === best.metric && f.measure === best.measure
    && f.value === best.value && f.unit === best.unit && f.subject === best.subject && f.partner === best.partner
    && f.shareOf === best.shareOf && (!f.period || !best.period ? f.period === best.period : samePeriod(f.period, best.period));
  const own = (f: Fact) => findEntities(base.documents!.get(f.docId)?.meta.title ?? "")[0]?.id === f.entity;
  if (own(best)) return found;
  const mine = found.find((f) => same(f) && own(f));
  return mine ? [mine, ...found.filter((f) => f !== mine)] : found;
}

/** The whole a part belongs to: a subject's is its owner's trade with the partner (if any), a partner's the total. */
const wholeOf = ({ wholeSubject, wholePartner, wholeMetric, ...q }: Quantity): Quantity =>
  wholeSubject ? { ...q, subject: wholeSubject } : wholePartner ? { ...q, partner: wholePartner }
    : wholeMetric ? { ...q, metric: wholeMetric } : q.subject ? { ...q, subject: undefined } : { ...q, partner: undefined };

const OTHER_FLOW: Partial<Record<Metric, Metric>> = { exports: "imports", imports: "exports" };
const IMPLY_WORDS = ["imply", "implies", "implied", "infer", "derive", "deduce"];

/** The month or quarter just before a month or quarter (the year before's last, before the first); none for others. */
function stretchBefore(p: Period): Period | undefined {
  const len = p.m2 - p.m1 + 1;
  if (p.y1 === null || p.y1 !== p.y2 || (len !== 1 && !(len === 3 && p.m1 % 3 === 1))) return undefined;
  return p.m1 > len ? { y1: p.y1, m1: p.m1 - len, y2: p.y1, m2: p.m1 - 1 } : { y1: p.y1 - 1, m1: 13 - len, y2: p.y1 - 1, m2: 12 };
}

/** The month or quarter just after a month or quarter (the next year's first, after the last); none for others. */
function stretchAfter(p: Period): Period | undefined {
  if (!stretchBefore(p)) return undefined;
  const len = p.m2 - p.m1 + 1;
  return p.m2 < 12 ? { y1: p.y1, m1: p.m2 + 1, y2: p.y1, m2: p.m2 + len } : { y1: p.y1! + 1, m1: 1, y2: p.y1! + 1, m2: len };
}

/** The named regions that split a region between them ("central and western" = central + western), if any do. */
export function partsOfRegion(id: string): string[] | undefined {
  const members = place(id)?.members;
  if (!members) return undefined;
  const inside = REGIONS.filter((r) => r.id !== id && r.members!.length < members.length
    && r.members!.every((m) => members.includes(m)));
  for (const a of inside) {
    for (const b of inside) {
      const both = [...a.members!, ...b.members!];
      if (a.id < b.id && both.length === members.length && new Set(both).size === members.length) return [a.id, b.id];
    }
  }
  return undefined;
}

/**
 * Derivations tried, in order, when no fact states a quantity: each from stated facts only (one level deep),
 * so every derived figure shows a formula over cited ones.
 */
/** The fact stated for exactly this period of a quantity, if any. */
function exactlyStated(q: Quantity, period: Period, ctx: ResolveContext): Fact | undefined {
  const f = statedFact({ ...q, period, given: undefined }, ctx);
  return f && !f.derived && f.period && samePeriod(f.period, period) ? f : undefined;
}

/**
 * The stated facts that fill a run of months end to end: the run's own figure, else one per calendar quarter of it
 * ("the second and third quarters" for April–September); none when any piece is not stated.
 */
function tiled(q: Quantity, period: Period, ctx: ResolveContext): Fact[] | undefined {
  const whole = exactlyStated(q, period, ctx);
  if (whole) return [whole];
  if ((period.m1 - 1) % 3 !== 0 || period.m2 % 3 !== 0 || period.m2 - period.m1 < 3) return undefined;
  const pieces: Fact[] = [];
  for (let m = period.m1; m < period.m2; m += 3) {
    const f = exactlyStated(q, { ...period, m1: m, m2: m + 2 }, ctx);
    if (!f) return undefined;
    pieces.push(f);
  }
  return pieces;
}

/** A month (or any later run of months) from two running totals: January–July less January–June. */
function fromRunningTotals(q: Quantity, ctx: ResolveContext): Found | undefined {
  const p = q.period;
  if (q.measure !== "amount" || !p || p.y1 === null || p.y1 !== p.y2 || p.m1 < 2) return undefined;
  const upTo = statedFact({ ...q, period: { ...p, m1: 1 }, given: undefined }, ctx);
  const before = upTo?.period && statedFact({ ...q, period: { ...p, m1: 1, m2: p.m1 - 1 }, given: undefined }, ctx);
  const r = before?.period && !samePeriod(before.period, upTo!.period!)
    ? difference(amountOf(upTo!, q.currency), amountOf(before, q.currency)) : undefined;
  return r && r.value > 0 ? { amount: r, facts: [upTo!, before!], formula: r.formula } : undefined;
}

const DERIVATIONS: Array<(q: Quantity, ctx: ResolveContext) => Found | undefined> = [
  // a part's amount from its share of the place's own total: share × total
  (q, ctx) => {
    if (q.measure !== "amount" || (!q.subject && !q.partner)) return undefined;
    const share = statedFact({ ...q, measure: "share", given: undefined }, ctx);
    if (!share || (share.shareOf && share.shareOf !== "own")) return undefined;
    // private firms' share of the trade with a partner is of that trade; a partner's share is of the total
    const whole = statedFact({ ...wholeOf(q), ...(share.period && { period: share.period }) }, ctx);
    if (!whole) return undefined;
    const r = partFromShare(amountOf(whole), share.value!);
    return { amount: r, facts: [share, whole], formula: r.formula };
  },
  // a part's share of the place's own total from the two amounts; a place's share of the nation's likewise
  // (never when the tonnage is asked: "what share of X's steel export tonnage came from Y" is of the tonnes, below)
  (q, ctx) => {
    if (tonnageAskedIn(ctx)) return undefined;
    const national = q.shareOf === "national" && !q.subject && !q.partner && q.entity !== "china";
    // (a city's share of its province's total: the city's amount over the province's, same period)
    const parent = q.shareOf === "parent" && !q.subject && !q.partner ? place(q.entity)?.parent : undefined;
    if (q.measure !== "share" || (!q.subject && !q.partner && !national && !parent && !q.wholeMetric)) return undefined;
    // (a part's share asked of the nation's or another place's total is no share of the owner's own total)
    if ((q.subject || q.partner) && q.shareOf !== undefined && q.shareOf !== "own") return undefined;
    const part = statedFact({ ...q, measure: "amount", given: undefined }, ctx);
    // (the whole in the part's currency when the text states it in both: never yuan over dollars)
    const currency = q.currency ?? ctx.currency ?? (part && moneyOf(part.unit));
    const whole =
      part &&
      statedFact(
        { ...(national ? { ...q, entity: "china", shareOf: undefined }
          : parent ? { ...q, entity: parent, shareOf: undefined } : wholeOf(q)), measure: "amount",
          ...(part.period && { period: part.period }), given: undefined, ...(currency && { currency }) },
        ctx,
      );
    const r = part && whole && percentOf(amountOf(part!, currency), amountOf(whole, currency));
    // a part is less than its whole: 100% or more means the two figures are not part and whole
    return r && r.value < 100 ? { amount: r, facts: [part!, whole!], formula: r.formula } : undefined;
  },
  // a goods' share of a whole counted in things when no values give it: 32,700 electric buses of 84,200 vehicles
  (q, ctx) => {
    if (q.measure !== "share" || (!q.subject && !q.partner) || (q.shareOf !== undefined && q.shareOf !== "own")) return undefined;
    const part = statedFact({ ...q, measure: "count", shareOf: undefined, given: undefined }, ctx);
    const whole = part && statedFact({ ...wholeOf(q), measure: "count", shareOf: undefined, given: undefined,
      ...(part.period && { period: part.period }) }, ctx);
    if (!part || !whole || MEASURING_UNIT.test(part.unit) !== MEASURING_UNIT.test(whole.unit)) return undefined;
    const r = percentOf(...thingsAlike(amountOf(part), amountOf(whole)));
    return r && r.value < 100 ? { amount: r, facts: [part, whole], formula: r.formula } : undefined;
  },
  // a place's amount from its stated share of a bigger place's: Sichuan's 24.3% of the western region's 2.5 trillion
  (q, ctx) => {
    if (q.measure !== "amount" || q.subject || q.partner) return undefined;
    const share = candidates(ctx.base.facts, {
      words: ctx.words, entity: q.entity, subjects: [], metric: q.metric, measures: ["share"], ...(q.period && { period: q.period }),
    }).find((f) => f.shareOf !== undefined && f.shareOf !== "own" && f.shareOf !== "national" && f.shareOf !== q.entity);
    const whole = share && statedFact({ ...q, entity: share.shareOf!, given: undefined, ...(share.period && { period: share.period }) }, ctx);
    if (!share || !whole) return undefined;
    const r = partFromShare(amountOf(whole), share.value!);
    return { amount: r, facts: [share, whole], formula: r.formula };
  },
  // a share the year before from the later share and its stated change in points: 53.2% − (−4.9) = 58.1%
  (q, ctx) => {
    if (q.measure !== "share" || !q.period || ctx.statedOnly) return undefined;
    const later = { ...q, period: followingYear(q.period), given: undefined };
    const share = statedFact(later, ctx);
    const change = share && statedFact({ ...later, measure: "pp_change", shareOf: undefined }, ctx);
    if (!share || !change) return undefined;
    const r = rateBefore(share.value!, change.value!);
    return { amount: r, facts: [share, change], formula: r.formula };
  },
  // a level the year before from the next year's level and its stated growth: 43.2 ÷ (1 + 0.756); a count likewise,
  // by the change of its volume, never of the goods' value
  (q, ctx) => {
    if ((q.measure !== "amount" && q.measure !== "count") || !q.period || ctx.statedOnly) return undefined;
    const later = { ...q, period: followingYear(q.period), given: undefined };
    const amount = statedFact(later, ctx);
    const growth = amount && statedFact({ ...later, measure: "growth", ...(amount.period && { period: amount.period }),
      ...(q.measure === "count" && { of: "volume" as const }) }, ctx);
    const r = amount && growth && earlierLevel(amountOf(amount, q.currency), growth.value!);
    return r ? { amount: r, facts: [amount!, growth!], formula: r.formula } : undefined;
  },
  // a place's total from a part's amount and its share of that total: 12.6 ÷ 9.8% (the part with the largest share,
  // whose rounding errs least)
  (q, ctx) => {
    if (q.measure !== "amount" || q.subject || q.partner || !q.period) return undefined;
    const shares = ctx.base.facts.filter((f) => f.measure === "share" && f.shareOf === "own" && f.entity === q.entity
      && f.metric === q.metric && (f.subject || f.partner) && f.period && samePeriod(f.period, q.period!) && !f.derived)
      .sort((a, b) => b.value! - a.value!);
    for (const share of shares) {
      const part = ctx.base.facts.find((f) => f.measure === "amount" && f.entity === q.entity && f.metric === q.metric
        && f.subject === share.subject && f.partner === share.partner && f.period && samePeriod(f.period, share.period!) && !f.derived);
      const r = part && wholeFromShare(amountOf(part, q.currency), share.value!);
      if (r) return { amount: r, facts: [part!, share], formula: r.formula };
    }
    return undefined;
  },
  // a bigger place's total from a member's amount and its share of it: Zhejiang's 2.73 trillion ÷ 13.2% of the nation's
  (q, ctx) => {
    if (q.measure !== "amount" || q.subject || q.partner || !q.period) return undefined;
    const ofThis = (f: Fact) => f.shareOf === q.entity || (q.entity === "china" && f.shareOf === "national");
    const shares = ctx.base.facts.filter((f) => f.measure === "share" && ofThis(f) && f.entity !== q.entity && !f.subject
      && !f.partner && f.metric === q.metric && f.period && samePeriod(f.period, q.period!) && !f.derived)
      .sort((a, b) => b.value! - a.value!);
    for (const share of shares) {
      const part = statedFact({ ...q, entity: share.entity, period: share.period!, given: undefined }, ctx);
      const r = part && !part.derived && wholeFromShare(amountOf(part, q.currency), share.value!);
      if (r) return { amount: r, facts: [part!, share], formula: r.formula };
    }
    return undefined;
  },
  // a rate in an earlier period from a later rate and its change in points against it: −2.5 − 1.3 = −3.8
  (q, ctx) => {
    if (q.measure !== "growth" || !q.period) return undefined;
    const change = ctx.base.facts.find((f) => f.measure === "pp_change" && f.basePeriod && samePeriod(f.basePeriod, q.period!)
      && f.entity === q.entity && f.metric === q.metric && f.subject === q.subject && f.partner === q.partner);
    const later = change?.period && statedFact({ ...q, period: change.period, given: undefined }, ctx);
    if (!later) return undefined;
    const r = rateBefore(later.value!, change!.value!);
    return { amount: r, facts: [later, change!], formula: r.formula };
  },
  // a change over the quarter (month) before from the two levels stated for exactly those periods:
  // (42.3 ÷ 38.2 − 1) × 100
  (q, ctx) => {
    const before = q.measure === "growth" && q.base === "month-on-month" && q.period ? stretchBefore(q.period) : undefined;
    if (!before) return undefined;
    const level = (period: Period) => {
      const f = statedFact({ ...q, measure: "amount", base: undefined, period, given: undefined }, ctx);
      return f && !f.derived && f.period && samePeriod(f.period, period) ? f : undefined;
    };
    const [now, then] = [level(q.period!), level(before)];
    const r = now && then && growthBetween(amountOf(now, q.currency), amountOf(then, q.currency));
    return r ? { amount: r, facts: [now!, then!], formula: r.formula } : undefined;
  },
  // the national rate from a place's rate and its stated gap to the national average: 7.6 − 3.7 = 3.9%
  (q, ctx) => {
    if (q.measure !== "growth" || q.entity !== "china" || q.subject || q.partner || !q.period) return undefined;
    const gap = ctx.base.facts.find((f) => f.measure === "pp_gap" && f.entity !== "china" && f.metric === q.metric
      && !f.subject && !f.partner && !f.derived && f.period && samePeriod(f.period, q.period!));
    const rate = gap && statedFact({ ...q, entity: gap.entity, period: gap.period, given: undefined }, ctx);
    if (!rate) return undefined;
    const r = referenceRate(rate.value!, gap!.value!);
    return { amount: r, facts: [rate, gap!], formula: r.formula };
  },
  // a month (or any later run of months) from two running totals: January–July less January–June, the second half
  // of a year as the whole year less its first half
  (q, ctx) => fromRunningTotals(q, ctx),
  // an earlier run of months from a span that starts with it, less the span's stated rest: Q1 as the first half less
  // the second quarter, or as the first three quarters less the second and third (the shortest such span first; each
  // stated for exactly its months)
  (q, ctx) => {
    const p = q.period;
    if (q.measure !== "amount" || !p || p.y1 === null || p.y1 !== p.y2 || p.m2 >= 12) return undefined;
    for (let end = p.m2 + 1; end <= 12; end++) {
      const span = exactlyStated(q, { ...p, m2: end }, ctx);
      const rest = span && tiled(q, { ...p, m1: p.m2 + 1, m2: end }, ctx);
      const r = rest && remainder(amountOf(span!, q.currency), rest.map((f) => amountOf(f, q.currency)));
      if (r && r.value > 0) return { amount: r, facts: [span!, ...rest!], formula: r.formula };
    }
    return undefined;
  },
  // a month's or quarter's level from the next one's and its stated change over it: 9.42 ÷ (1 + 0.126) (a change
  // over the quarter before names that quarter, so no other period's figure is taken for the one asked)
  (q, ctx) => {
    const after = q.measure === "amount" && q.period ? stretchAfter(q.period) : undefined;
    const later = after && exactlyStated(q, after, ctx);
    const growth = later && ctx.base.facts.find((f) => f.measure === "growth" && f.docId === later.docId
      && f.entity === later.entity && f.metric === later.metric && f.subject === later.subject && f.partner === later.partner
      && !f.derived && f.period && samePeriod(f.period, after!) && isMonthOnMonth(f));
    const r = growth && earlierLevel(amountOf(later!, q.currency), growth.value!);
    return r ? { amount: r, facts: [later!, growth!], formula: r.formula } : undefined;
  },
  // a region's amount from the regions that split it: central and western = central + western
  (q, ctx) => {
    const parts = q.measure === "amount" ? partsOfRegion(q.entity) : undefined;
    const facts = parts?.map((entity) => statedFact({ ...q, entity, given: undefined }, ctx));
    if (!facts?.every((f): f is Fact => f !== undefined)) return undefined;
    const samePeriod = facts.every((f) => JSON.stringify(f.period) === JSON.stringify(facts[0]!.period));
    const r = samePeriod ? sum(facts.map((f) => amountOf(f, q.currency))) : undefined;
    return r && { amount: r, facts, formula: r.formula };
  },
  // total trade from its two flows: exports + imports of the same period
  (q, ctx) => {
    if (q.measure !== "amount" || q.metric !== "trade") return undefined;
    const [exports, imports] = (["exports", "imports"] as const).map((metric) => statedFact({ ...q, metric, given: undefined }, ctx));
    if (!exports || !imports || exports.derived || imports.derived) return undefined;
    if (JSON.stringify(exports.period) !== JSON.stringify(imports.period)) return undefined;
    const flows = [exports, imports];
    const r = sum(flows.map((f) => amountOf(f, q.currency)));
    return r && { amount: r, facts: flows, formula: r.formula };
  },
  // a run of months from its months (July to November added up), a half from its two quarters, each stated
  (q, ctx) => {
    const p = q.period;
    const months = p ? p.m2 - p.m1 + 1 : 0;
    if (q.measure !== "amount" || !p || p.y1 === null || p.y1 !== p.y2 || months < 2 || months === 12) return undefined;
    const steps = months % 3 === 0 && p.m1 % 3 === 1 ? [1, 3] : [1];
    for (const step of steps) {
      const pieces: Period[] = [];
      for (let m = p.m1; m <= p.m2; m += step) pieces.push({ y1: p.y1, m1: m, y2: p.y2, m2: m + step - 1 });
      const facts = pieces.map((period) => statedFact({ ...q, period, given: undefined }, ctx));
      const each = (f: Fact | undefined, i: number): f is Fact => f !== undefined && !f.derived && f.period !== undefined
        && samePeriod(f.period, pieces[i]!);
      if (!facts.every(each)) continue;
      const r = sum(facts.map((f) => amountOf(f, q.currency)));
      if (r) return { amount: r, facts, formula: r.formula };
    }
    return undefined;
  },
  // one flow's growth from the total's and the other flow's, through the year-earlier levels they imply:
  // exports a year earlier = trade ÷ (1 + g) − imports ÷ (1 + g'); growth = exports ÷ that − 1
  (q, ctx) => {
    const other = OTHER_FLOW[q.metric];
    // (only when the question asks what the figures imply: a growth no sentence states is otherwise not stated)
    if (q.measure !== "growth" || !other || !IMPLY_WORDS.some((w) => ctx.words.has(w))) return undefined;
    const at = (metric: Metric, measure: Measure) => statedFact({ ...q, metric, measure, given: undefined }, ctx);
    const [total, totalGrowth, rest, restGrowth] = [at("trade", "amount"), at("trade", "growth"), at(other, "amount"), at(other, "growth")];
    if (!total || !totalGrowth || !rest || !restGrowth) return undefined;
    const now = at(q.metric, "amount") ?? undefined;
    const nowAmount = now ? amountOf(now) : difference(amountOf(total), amountOf(rest));
    const earlierTotal = earlierLevel(amountOf(total), totalGrowth.value!);
    const earlierRest = earlierLevel(amountOf(rest), restGrowth.value!);
    const earlier = earlierTotal && earlierRest && difference(earlierTotal, earlierRest);
    const r = nowAmount && earlier && growthBetween(nowAmount, earlier);
    if (!r) return undefined;
    const formula = `a year earlier ${earlierTotal!.formula.split(" = ")[0]} − ${earlierRest!.formula.split(" = ")[0]} = ${fmt(earlier!.value)}`
      + ` ${earlier!.unit}; ${r.formula}`;
    return { amount: r, facts: [...(now ? [now] : []), total, totalGrowth, rest, restGrowth], formula };
  },
  // one flow from the total and the other flow: exports = trade − imports
  // (the total stated, or a quarter's from two running totals: Q3 imports = (Jan–Sep − Jan–Jun trade) − Q3 exports)
  (q, ctx) => {
    const other = OTHER_FLOW[q.metric];
    if (q.measure !== "amount" || !other) return undefined;
    const stated = statedFact({ ...q, metric: "trade", given: undefined }, ctx);
    const run = stated ? undefined : fromRunningTotals({ ...q, metric: "trade", given: undefined }, ctx);
    if (run && q.period) {
      const rest = statedFact({ ...q, metric: other, given: undefined }, ctx);
      const r = rest?.period && samePeriod(rest.period, q.period) && !rest.derived
        ? difference(run.amount, amountOf(rest, q.currency)) : undefined;
      return r && r.value > 0
        ? { amount: r, facts: [...run.facts, rest!], formula: `${run.formula}; ${r.formula}` } : undefined;
    }
    const total = stated;
    const rest =
      total &&
      statedFact({ ...q, metric: other, given: undefined, ...(total.period && { period: total.period }) }, ctx);
    // (a total stated in dollars with yuan beside it, less a flow in yuan: in yuan)
    const currency = q.currency ?? (rest?.unit.endsWith("yuan") ? "yuan"
      : rest?.unit.endsWith("US dollars") ? "US dollars" : undefined);
    const r = total && rest && difference(amountOf(total, currency), amountOf(rest, currency));
    // (a flow is part of the total: one bigger than the total is a figure of another thing, no negative exports)
    return r && r.value > 0 ? { amount: r, facts: [total!, rest!], formula: r.formula } : undefined;
  },
  // a part the question names by words of its own, over its whole: the one figure of the whole's article, period,
  // flow and unit whose words since the figure before say every one of them
  (q, ctx) => namedPartShare(q, ctx),
];

/** The words of a sentence since the figure before (or its start) up to a fact's own figure: what that figure is of. */
function leadOf(f: Fact, ctx: ResolveContext): Set<string> {
  const text = ctx.base.documents?.get(f.docId)?.text;
  if (!text) return new Set();
  const before = ctx.base.facts.filter((g) => g.docId === f.docId && g.start === f.start && g.valueEnd <= f.valueStart)
    .reduce((at, g) => Math.max(at, g.valueEnd), f.start);
  return wordSet(text.slice(before, f.valueStart));
}

/**
 * "what share of X's 2031 fruit imports were durians?", "what share of X's trade came from the Y lake zone?": the part's
 * amount over the whole's, when no reader took the part's words as a place, partner or goods (or its goods were read
 * but no figure of them states them as such). The part is the one figure of the whole's article, in its period, flow,
 * measure and unit and below it, whose words since the figure before name every word the question names the part by;
 * none, or two that differ, give no share.
 */
function namedPartShare(q: Quantity, ctx: ResolveContext): Found | undefined {
  if (q.measure !== "share" || q.partner || q.wholePartner || q.wholeMetric || (q.shareOf && q.shareOf !== "own")) return undefined;
  // the part named by the question's own words (the goods read are then the whole's), else by the goods read
  const named = q.partWords?.length ? q.partWords : q.subject && !q.wholeSubject ? [q.subject] : [];
  const words = [...wordSet(named.join(" "))].filter((w) => w.length > 2 && w !== "and");
  if (!words.length) return undefined;
  const wholeAt: Quantity = {
    ...q, measure: "amount", shareOf: undefined, partWords: undefined, given: undefined,
    subject: q.partWords?.length ? q.subject : q.wholeSubject,
  };
  // ("by value", "by tonnage": the whole, and so the part, in the measure asked; else its amount, then its quantity)
  const byValue = ctx.words.has("value");
  const byCount = ["tonnage", "volume", "unit", "tonne", "quantity"].some((w) => ctx.words.has(w));
  if (byValue && byCount) return undefined;
  const whole = (byCount ? undefined : statedFact(wholeAt, ctx)) ?? (byValue ? undefined : statedFact({ ...wholeAt, measure: "count" }, ctx));
  if (!whole?.period || whole.derived || whole.value === null || whole.value <= 0) return undefined;
  // (the whole's own words naming the part: the two figures are not told apart)
  if (words.every((w) => leadOf(whole, ctx).has(w))) return undefined;
  const size = (f: Fact) => f.value! * f.scale;
  const parts = ctx.base.facts.filter((f) => f.docId === whole.docId && f !== whole && !f.derived && f.value !== null
    // (a part said of no flow, "durians were the largest item, at …", is of the whole's)
    && f.measure === whole.measure && (f.metric === whole.metric || f.metric === "other") && baseUnit(f.unit) === baseUnit(whole.unit)
    && f.period !== undefined && samePeriod(f.period, whole.period!) && f.value > 0 && size(f) < size(whole)
    && words.every((w) => leadOf(f, ctx).has(w)));
  if (new Set(parts.map(size)).size !== 1) return undefined;
  const r = percentOf(amountOf(parts[0]!), amountOf(whole));
  // (the label names the whole: the formula says which part it is of)
  return r && r.value < 100 ? { amount: r, facts: [parts[0]!, whole], formula: `${named.join(" ")}: ${r.formula}` } : undefined;
}

/**
 * The facts of the same place and measure that state the value the question gives, whatever period or partner
 * they were read with: the figure the question quotes, to cite. A city's figure read as its province's ("Lianyungang,
 * in Jiangsu, reported …") is the same figure when its flow and period are the asked ones too.
 */
function sameFigure(q: Quantity, ctx: ResolveContext): Fact[] {
  const given = q.given!;
  const samePlace = (f: Fact) => f.entity === q.entity || (place(q.entity)?.parent === f.entity && f.metric === q.metric
    && !!f.period && !!q.period && samePeriod(f.period, q.period));
  const same = (f: Fact) =>
    samePlace(f) &&
    f.measure === q.measure &&
    f.value !== null &&
    Math.abs(Math.abs(f.value * f.scale) - Math.abs(given.value * given.scale)) <=
      Math.abs(given.value * given.scale) * 1e-3 &&
    (q.measure !== "amount" || scaleOnly(given.unit) || baseUnit(f.unit) === baseUnit(given.unit));
  const found = ctx.base.facts.filter(same);
  const best = found.find((f) => f.entity === q.entity) ?? found[0];
  return best ? [best] : [];
}

/** The figure the question gives, in the currency of the fact that states it when the question names none ("70.35bn"). */
function givenFound(q: Quantity, ctx: ResolveContext): Found {
  const facts = sameFigure(q, ctx);
  const unit = scaleOnly(q.given!.unit) && facts[0] ? facts[0].unit : q.given!.unit;
  return { amount: { ...q.given!, unit }, facts, fromQuestion: true };
}

/** The amount of the member of a place whose share of the place a sentence states as the question gives it. */
function memberAmount(q: Quantity, ctx: ResolveContext): Found | undefined {
  const share = ctx.base.facts.find((f) => f.measure === "share" && f.shareOf === q.entity && f.entity !== q.entity
    && f.metric === q.metric && !f.subject && !f.partner && Math.abs(f.value! - q.memberShare!) < 1e-9 && !f.derived
    && (!q.period || (f.period && samePeriod(f.period, q.period))));
  const part = share && statedFact({ ...q, entity: share.entity, memberShare: undefined, period: share.period }, ctx);
  return part && part.period && samePeriod(part.period, share.period!)
    ? { amount: amountOf(part, q.currency ?? ctx.currency), facts: [part, share], stated: part } : undefined;
}

// units that measure goods (or time), which name no things of their own: "tonnes" asked of coal are the coal's
const MEASURING_UNIT = /\b(?:tonnes|tons|teus?|kwh|kilowatt|cubic|barrels|litres|liters|hours|minutes|days)\b/i;
/**
 * "wire mesh exports, and how many export orders did firms sign?": things the question names by every word of their
 * unit, counted of the owner in its period in a sentence of no flow or goods, whatever goods or flow the rest of the
 * question asks about; only one such count (two that differ answer nothing).
 */
function namedThings(q: Quantity, ctx: ResolveContext): Fact | undefined {
  const found = ctx.base.facts.filter((f) => f.measure === "count" && f.entity === q.entity && f.metric === "other"
    && !f.subject && !f.derived && f.value !== null && (f.partner ?? undefined) === (q.partner ?? undefined)
    && (!q.period || (f.period !== undefined && samePeriod(f.period, q.period))) && !MEASURING_UNIT.test(f.unit)
    && !/^\w+bound\s/i.test(f.unit) && unitNamed(baseUnit(f.unit), ctx.words));
  return new Set(found.map((f) => f.value)).size === 1 ? found[0] : undefined;
}
/** Every word of a unit ("export orders"), as the question's stemmed words hold it. */
const unitNamed = (unit: string, words: Set<string>) => {
  const own = [...wordSet(unit)].filter((w) => w.length > 2);
  return own.length > 0 && own.every((w) => words.has(w));
};

/** Two counts of one goods in the things counted: a generic "units" of a part is the whole's things ("vehicles"). */
function thingsAlike(part: Amount, whole: Amount): [Amount, Amount] {
  const generic = (a: Amount) => /^units?$/i.test(baseUnit(a.unit));
  if (generic(part) && !generic(whole) && !MEASURING_UNIT.test(whole.unit)) {
    return [{ ...part, unit: part.unit.replace(/units?$/i, baseUnit(whole.unit)) }, whole];
  }
  if (generic(whole) && !generic(part) && !MEASURING_UNIT.test(part.unit)) {
    return [part, { ...whole, unit: whole.unit.replace(/units?$/i, baseUnit(part.unit)) }];
  }
  return [part, whole];
}

/** A quantity from a stated fact, else the question's own figure, else derived from stated facts. */
/**
 * A quantity of goods asked with no flow ("fujian garments fell 1.3%"), read as trade: when no sentence states the goods'
 * trade and sentences state them in one flow only, that flow's (goods stated in both flows name neither).
 */
export function inFlowStated(q: Quantity, ctx: ResolveContext): Quantity {
  if (!q.flowUnnamed || q.metric !== "trade" || !q.subject || statedFact({ ...q, given: undefined }, ctx)) return q;
  const flows = (["exports", "imports"] as const).filter((metric) => statedFact({ ...q, metric, given: undefined }, ctx));
  return flows.length === 1 ? { ...q, metric: flows[0]! } : q;
}

export function resolve(q: Quantity, ctx: ResolveContext): Found | undefined {
  if (q.ownerUnread && !q.given) return undefined;
  if (q.memberShare !== undefined) return q.given ? givenFound(q, ctx) : memberAmount(q, ctx);
  // a stated share is of a place's total, never of another subject: a share of a subject is worked out
  const fact = (q.wholeSubject || q.wholePartner) && q.measure === "share" ? undefined : statedFact(q, ctx);
  // in the asked currency when the text gives the figure's bracketed equivalent in it
  if (fact) return { amount: amountOf(fact, q.currency ?? ctx.currency), facts: [fact], stated: fact };
  const things = q.measure === "count" && !q.given ? namedThings(q, ctx) : undefined;
  if (things) return { amount: amountOf(things), facts: [things], stated: things };
  // a figure the question gives is taken as given: deriving it could go round in a circle (a part from the
  // whole it is then used to work out)
  if (q.given) return givenFound(q, ctx);
  if (q.ahead) return undefined;
  // ("march's trade in usd?": a figure worked out from others in the currency the whole question asks)
  const asked = q.currency ?? ctx.currency;
  for (const derive of DERIVATIONS) {
    const found = derive(asked ? { ...q, currency: asked } : q, ctx);
    if (found) return found;
  }
  return undefined;
}
