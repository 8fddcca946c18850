import { displayName, place, possessive } from "../../text/places.js";
import { findPeriods, monthsSpanned, periodLabel, precedingPeriod, samePeriod, type Period } from "../../text/periods.js";
import type { Fact, Measure, Metric } from "../../text/terms.js";
import { fmt, sizeOf } from "../figures/arithmetic.js";
import { scaledAmount, valueText } from "../figures/describe.js";
import { sentence, stated, type DraftFigure, type FactBase, type Line } from "../figures/solve.js";
import { DEPENDENCE_WORD, questionWords, wordSet } from "../figures/select.js";
import { askedCurrency, worksBack } from "../figures/query.js";
import {
  baseUnit,
  commensurable,
  annualGrowth,
  yearlyChange,
  difference,
  earlierLevel,
  growthBetween,
  laterLevel,
  percentOf,
  rateBefore,
  ratio,
  referenceRate,
  remainder,
  sum,
  wholeFromShare,
  perPeriod,
  unitPrice,
  perCounted,
  exchangeRate,
  shareOfSum,
  mean,
  type Amount,
  type Result,
} from "./operations.js";
import { inSentenceOf, partBesideLevel } from "../figures/sameSentence.js";
import { weighedInstead, withBulkQuantities } from "./bulkGoods.js";
import { changesBeside, fitsGivenChange, quotes } from "./givenChange.js";
import { foundOf, inFlowStated, moneyOf, volumeAskedIn, resolve, statedFact, statedFacts, type Found, type Quantity, type ResolveContext } from "./quantity.js";
import { GOODS_UNIT, type Change, type Plan } from "./read.js";

/** A plan's answer: figures for the parts found, and every asked part that was not. */
export interface PlanAnswer {
  status: "answered" | "abstain";
  lines: Line[];
  figures: DraftFigure[];
  /** The asked parts the documents do not state, as plain descriptions. */
  missing: string[];
  /** Every asked figure is stated, yet they cannot be worked together (levels in two currencies): no other answers. */
  unworkable?: boolean;
}

const FLOW: Record<Metric, string> = {
  trade: "foreign trade",
  exports: "exports",
  imports: "imports",
  surplus: "trade surplus",
  deficit: "trade deficit",
  investment: "investment",
  partners: "trade partners",
  other: "figure",
};
const MEASURE: Partial<Record<Measure, string>> = {
  growth: "growth",
  share: "share of its total",
  rank: "rank",
  count: "count",
  multiple: "growth",
  pp_gap: "gap to the national average",
  pp_change: "change in percentage points",
};

/** "in 2021", "in the first half of 2021". */
export function inPeriod(p: Period | undefined): string {
  return p ? ` in ${thePeriod(periodLabel(p))}` : "";
}
/** "the first half of 2021", "January–May 2021": a period's label as a noun phrase. */
const thePeriod = (label: string) => `${/^(?:first|second|third|fourth|last)\b/.test(label) ? "the " : ""}${label}`;

/** "Guangdong's exports (processing trade), growth, in the first three quarters of 2013". */
/** The place other than the part's owner a share is of (the question's or the stated share's), and whether the
 * whole is of the part's goods or partner too: "28.4 percent of the province's tyre exports". */
function otherWhole(partQ: Quantity, shareQ: Quantity, stated: Fact | undefined): Quantity["wholeOf"] {
  if (shareQ.wholeOf) return shareQ.wholeOf;
  const of = stated?.shareOf;
  if (!stated || !of || of === "own" || of === "national" || of === partQ.entity) return undefined;
  const goods = partQ.subject ?? (partQ.partner && displayName(partQ.partner));
  const stem = (w: string) => w.toLowerCase().replace(/s$/, "").replace(/e$/, "");
  const said = new Set((stated.qualifier ?? "").split(/[^\p{L}-]+/u).map(stem));
  return { entity: of, same: !!goods && goods.split(/\s+/).every((w) => said.has(stem(w))) };
}

export function describeQuantity(q: Quantity): string {
  if (q.named) return `${possessive(displayName(q.entity))} ${q.named}${inPeriod(q.period)}`;
  const toPartner = q.metric === "exports" ? "exports to" : q.metric === "imports" ? "imports from"
    : `${q.metric === "trade" ? "trade" : FLOW[q.metric]} with`;
  const flow = q.partner ? `${toPartner} ${displayName(q.partner)}` : FLOW[q.metric];
  const measure = q.measure === "share" && q.wholeSubject ? `share of its ${FLOW[q.metric]} (${q.wholeSubject})`
    : q.measure === "share" && q.wholePartner ? `share of its trade with ${displayName(q.wholePartner)}`
      : q.measure === "share" && q.shareOf === "national" ? "share of the national total"
        : q.measure === "share" && q.shareOf === "parent" && place(q.entity)?.parent
          ? `share of ${possessive(displayName(place(q.entity)!.parent!))} total`
        : q.ahead ? [MEASURE[q.measure], "target"].filter(Boolean).join(" ")
          // ("growth over the quarter before": a change a year on is what "growth" alone says)
          : q.measure === "growth" && q.base === "month-on-month" && q.period
            ? `growth over the ${q.period.m1 === q.period.m2 ? "month" : "quarter"} before` : MEASURE[q.measure];
  const what = [flow, q.subject && `(${q.subject})`, measure && `, ${measure}`]
    .filter(Boolean)
    .join(" ");
  return `${possessive(displayName(q.entity))} ${what.replace(/ ,/g, ",")}${inPeriod(q.period)}`;
}

/** "Hainan's exports … were", "Hubei's foreign trade … was". */
const was = (q: Quantity) =>
  q.measure === "amount" && (q.metric === "exports" || q.metric === "imports") ? "were" : "was";

// (a thousand or more of a scaled unit in the scale it reaches: "40.15 billion US dollars", the same number)
const show = (a: Amount) => {
  const s = scaledAmount(a.value, a.unit);
  return a.unit === "%" ? `${fmt(a.value)}%` : `${fmt(s.value)} ${s.unit}`;
};

/** A found quantity as a line and a figure: the fact's own sentence, or the derivation with its formula. */
function foundLine(q: Quantity, found: Found): { line: Line; figure: DraftFigure } {
  if (found.stated)
    return { line: { text: sentence(found.stated), facts: [found.stated] }, figure: stated(found.stated) };
  const label = describeQuantity(q);
  const how = found.fromQuestion ? "as the question gives it" : (found.formula ?? "");
  return {
    line: { text: `${label}: ${show(found.amount)} (${how})`, facts: found.facts },
    figure: {
      label,
      value: found.amount.value,
      unit: found.amount.unit,
      computed: !found.fromQuestion,
      facts: found.facts,
      ...(found.formula && { formula: found.formula }),
    },
  };
}

/** Said when every input of a computation is the question's own and no document states any of them. */
const fromQuestionOnly = (found: Found[]) =>
  found.every((f) => f.fromQuestion && !f.facts.length)
    ? " — from the figures the question gives; the documents do not state them"
    : "";

/** The inputs a computation used, as figures; a figure the question gave is the question's, not the documents'. */
function inputFigures(inputs: Quantity[], found: Found[]): DraftFigure[] {
  return found.flatMap((f, i) => (f.fromQuestion ? [] : [foundLine(inputs[i]!, f).figure]));
}

/** Whose figure a computed one is, of what and when: what charts and the JSON's figures[] label it with. */
interface About {
  entity?: string;
  metric?: string;
  period?: string;
}

const about = (q: Quantity, metric: string, period: Period | undefined = q.period): About => ({
  entity: displayName(q.entity),
  metric,
  ...(period && { period: periodLabel(period) }),
});

function computed(label: string, r: Result, inputs: Found[], of: About = {}): DraftFigure {
  return {
    label,
    value: r.value,
    unit: r.unit,
    computed: true,
    formula: r.formula,
    facts: inputs.flatMap((f) => f.facts),
    ...(of.entity && { entity: of.entity }),
    ...(of.metric && { metric: of.metric }),
    ...(of.period && { period: of.period }),
  };
}

/** Growth is also stated as a multiple ("2.6 times"): either answers "how fast". */
function resolveAsked(q: Quantity, ctx: ResolveContext): Found | undefined {
  return resolve(q, ctx) ?? (q.measure === "growth" ? resolve({ ...q, measure: "multiple" }, ctx) : undefined);
}

/** Every input resolved, or the descriptions of those the documents do not state. */
function resolveAll(qs: Quantity[], ctx: ResolveContext, how = resolve): { found: Found[] } | { missing: string[] } {
  const found = qs.map((q) => how(q, ctx));
  const missing = qs.filter((_, i) => !found[i]).map(describeQuantity);
  return missing.length ? { missing } : { found: found as Found[] };
}

// one thing's quantities: same owner, partner, flow, goods and period, the measure apart
const thingKey = (q: Quantity) => JSON.stringify([q.entity, q.partner ?? "", q.metric, q.subject ?? "", q.period ?? null]);
/**
 * "value and growth": a growth or share asked beside a level of the same thing is the one the level's sentence states,
 * when it states one among the growth's candidates (never one from another sentence about another part or period).
 */
function besideLevels(inputs: Quantity[], found: Array<Found | undefined>, ctx: ResolveContext): Array<Found | undefined> {
  return found.map((f, i) => {
    const q = inputs[i]!;
    if (!f?.stated || q.given) return f;
    const j = inputs.findIndex((o, k) => k !== i && (o.measure === "amount" || o.measure === "count") && !o.given
      && thingKey(o) === thingKey(q) && found[k]?.stated !== undefined);
    if (j < 0) return f;
    const own = partBesideLevel(found[j]!.stated, f.stated, statedFacts({ ...q, measure: f.stated.measure }, ctx),
      ctx.base.documents);
    return own === f.stated ? f : foundOf(own, q, ctx);
  });
}

type Step = (plan: Plan, ctx: ResolveContext) => PlanAnswer;

/** A computation with an input not found: the inputs found, and the others named; not worked out, never guessed. */
const partial = (inputs: Quantity[], ctx: ResolveContext): PlanAnswer =>
  ({ ...STEPS.values({ operation: "values", inputs }, ctx), status: "abstain" });

const abstain = (missing: string[]): PlanAnswer => ({ status: "abstain", lines: [], figures: [], missing });

const STEPS: Record<Plan["operation"], Step> = {
  average: averageStep,
  part: partStep,
  unitPrice: unitPriceStep,
  perThing: perThingStep,
  exchangeRate: exchangeRateStep,
  ofCombined: ofCombinedStep,
  revision: revisionStep,
  reference: referenceStep,
  combined: combinedStep,
  overTime: overTimeStep,
  balance: balanceStep,
  values: (plan, ctx) => {
    const out: PlanAnswer = { status: "abstain", lines: [], figures: [], missing: [] };
    // ("how much crude did X import?": the tonnes, before the value)
    const inputs = withBulkQuantities(plan.inputs, ctx);
    const all = besideLevels(inputs, inputs.map((q) => resolveAsked(q, ctx)), ctx);
    for (const [i, q] of inputs.entries()) {
      const found = all[i];
      if (!found || found.fromQuestion) {
        out.missing.push(describeQuantity(q));
        continue;
      }
      const { line, figure } = foundLine(q, found);
      out.lines.push(line);
      out.figures.push(figure);
    }
    return { ...out, status: out.lines.length ? "answered" : "abstain" };
  },
  earlier: (asked, ctx) => {
    const plan = countedInstead(asked, ctx);
    const [amountQ] = plan.inputs as [Quantity, Quantity];
    const all = resolveAll(plan.inputs, ctx);
    if ("missing" in all) return abstain(all.missing);
    const [amount, stated] = all.found as [Found, Found];
    // (a level whose own sentence states only other changes than the one quoted is not the level that changed by it)
    const quoted = (plan.inputs[1] as Quantity).given;
    if (quoted && amount.stated && !amountQ.given && !plan.earlierAt
      && changesBeside(amount.stated, ctx.base.facts).some((f) => !quotes(quoted.value, f.value!))
      && !changesBeside(amount.stated, ctx.base.facts).some((f) => quotes(quoted.value, f.value!))) {
      return abstain([describeQuantity(amountQ)]);
    }
    // (a change to a period years back says which: "35.2% on the same months of 2019")
    const back = plan.earlierAt;
    const on = back && amountQ.period && !samePeriod(precedingPeriod(amountQ.period), back)
      && back.m1 === amountQ.period.m1 && back.m2 === amountQ.period.m2 ? ` on${inPeriod(back)}`.replace(/^ on in /, " on ") : "";
    // (the change to a period years back is the question's own, never the text's year-on-year one of another value)
    const givenRate = (plan.inputs[1] as Quantity).given;
    const growth: Found = on && givenRate && Math.abs(stated.amount.value - givenRate.value) > 1e-9
      ? { amount: givenRate, facts: [], fromQuestion: true } : stated;
    const r = earlierLevel(amount.amount, growth.amount.value);
    if (!r) return abstain([]);
    const at = plan.earlierAt ?? (amountQ.period && precedingPeriod(amountQ.period));
    const when = at ? inPeriod(at) : " the year before";
    const label = `${describeQuantity({ ...amountQ, period: undefined })}${when}`;
    const change = growth.amount.value < 0 ? `down ${fmt(-growth.amount.value)}%` : `up ${fmt(growth.amount.value)}%`;
    return {
      status: "answered",
      missing: [],
      lines: [
        {
          text: `${describeQuantity(amountQ)} ${was(amountQ)} ${show(amount.amount)}, ${change}${on}, so ${label} ${was(amountQ)} about ${show(r)} (${r.formula})${fromQuestionOnly([amount, growth])}`,
          facts: [...amount.facts, ...growth.facts],
        },
      ],
      figures: [
        computed(
          label,
          r,
          [amount, growth],
          about(amountQ, FLOW[amountQ.metric], on ? plan.earlierAt : amountQ.period && precedingPeriod(amountQ.period)),
        ),
        ...inputFigures(plan.inputs, [amount, growth]),
      ],
    };
  },
  whole: (plan, ctx) => {
    const [partQ] = plan.inputs as [Quantity, Quantity];
    const all = resolveAll(plan.inputs, ctx);
    if ("missing" in all) return abstain(all.missing);
    const [part, share] = all.found as [Found, Found];
    const r = wholeFromShare(part.amount, share.amount.value);
    if (!r) return abstain([]);
    // (a member known by its share of the place: the share is of the place's own total, the part is the member's)
    const member = partQ.memberShare !== undefined ? part.stated?.entity : undefined;
    const of = member ? "own" : share.stated?.shareOf;
    const whose =
      !of || of === "national"
        ? partQ.entity === "china"
          ? "China's"
          : "the national"
        : of === "own"
          ? `${possessive(displayName(partQ.entity))}`
          : `${possessive(displayName(of))}`;
    const label = `${whose} total ${FLOW[partQ.metric]}${inPeriod(partQ.period)}`;
    const ofPlace = member ? undefined : otherWhole(partQ, plan.inputs[1]!, share.stated);
    const own = !ofPlace && (of === "own" || ((!!partQ.subject || !!partQ.partner) && !of));
    // (another place's whole keeps the part's goods or partner when the share is of them: "of shandong's tyre exports")
    const wholeQ: Quantity | undefined = ofPlace && { ...partQ, entity: ofPlace.entity, measure: "amount",
      ...(!ofPlace.same && { subject: undefined, partner: undefined }) };
    const totalOf = (entity: string) => `${possessive(displayName(entity))} total ${FLOW[partQ.metric]}`;
    const wholeLabel = wholeQ
      ? ofPlace!.same ? describeQuantity(wholeQ) : `${totalOf(wholeQ.entity)}${inPeriod(partQ.period)}`
      : own ? `${possessive(displayName(partQ.entity))} total ${FLOW[partQ.metric]}` : label;
    return {
      status: "answered",
      missing: [],
      lines: [
        {
          text: `${describeQuantity(member ? { ...partQ, entity: member } : partQ)} ${was(partQ)} ${show(part.amount)}, `
            + `${fmt(share.amount.value)}% of the total, so ${wholeLabel} ${was({ ...partQ, measure: "amount" })} about `
            + `${show(r)} (${r.formula})${fromQuestionOnly([part, share])}`,
          facts: [...part.facts, ...share.facts],
        },
      ],
      figures: [
        computed(
          wholeLabel,
          r,
          [part, share],
          about(wholeQ ?? (own ? partQ : { ...partQ, entity: "china" }), `total ${FLOW[partQ.metric]}`),
        ),
        ...inputFigures(plan.inputs, [part, share]),
      ],
    };
  },
  remainder: (plan, ctx) => {
    const [wholeQ, ...partQs] = plan.inputs as [Quantity, ...Quantity[]];
    const all = resolveAll(plan.inputs, ctx);
    if ("missing" in all) return partial(plan.inputs, ctx);
    const [total, ...found] = allInOneCurrency(all.found, plan.inputs, ctx) as [Found, ...Found[]];
    const r = remainder(
      total.amount,
      found.map((p) => p.amount),
    );
    if (!r) return abstain([]);
    // ("the first half of 2024 less the second quarter of 2024": a part in time is named by its period)
    const partName = (q: Quantity) => q.subject ?? (q.partner && q.partner !== wholeQ.partner ? `trade with ${displayName(q.partner)}`
      : q.period && wholeQ.period && !samePeriod(q.period, wholeQ.period) ? thePeriod(periodLabel(q.period)) : displayName(q.entity));
    const less = `less ${partQs.map(partName).join(" and ")}`;
    // ("Shanxi's foreign trade in Q1 2023 (the first half of 2023, less April–June 2023)": the period it leaves, named)
    const left = plan.labels?.[0];
    const label = left && wholeQ.period
      ? `${describeQuantity({ ...wholeQ, period: undefined })} in ${thePeriod(left)} (${thePeriod(periodLabel(wholeQ.period))}, ${less})`
      : `${describeQuantity(wholeQ)}, ${less}`;
    return {
      status: "answered",
      missing: [],
      lines: [
        { text: `${label}: ${show(r)} (${r.formula})`, facts: [...total.facts, ...found.flatMap((p) => p.facts)] },
      ],
      figures: [
        computed(label, r, [total, ...found], about(wholeQ, FLOW[wholeQ.metric])),
        ...inputFigures(plan.inputs, [total, ...found]),
      ],
    };
  },
  compare: compareStep,
  rateApart: rateApartStep,
  target: targetStep,
  toTarget: toTargetStep,
  growthToTarget: growthToTargetStep,
  targetGap: targetGapStep,
  added: addedStep,
};

/**
 * A level to work back from whose value no sentence states, but whose quantity one does ("exported 41,600 tonnes of
 * coffee, down 8.3 percent"): the quantity, worked back by the change of its volume (never by the goods' value's).
 */
function countedInstead(plan: Plan, ctx: ResolveContext): Plan {
  const [levelQ, changeQ] = plan.inputs as [Quantity, Quantity];
  const countQ: Quantity = { ...levelQ, measure: "count" };
  const counted: Plan = { ...plan, inputs: [countQ, { ...changeQ, of: "volume" }] };
  const valued: Plan = { ...plan, inputs: [levelQ, { ...changeQ, of: "value" }] };
  // ("imports were up 31.4%: what does that imply?" where the value's own sentence says it rose 18.9%: the quantity
  // whose sentence states the quoted change)
  if (changeQ.given && levelQ.measure === "amount" && !levelQ.given
    && fitsGivenChange(levelQ, changeQ.given.value, ctx) === "other"
    && fitsGivenChange(countQ, changeQ.given.value, ctx) === "fits" && resolve(countQ, ctx)) return counted;
  if (levelQ.measure !== "amount" || levelQ.given || !levelQ.subject) return plan;
  if (changeQ.given) return givenChangeOfVolume(levelQ, changeQ, ctx) ? counted : plan;
  // ("the export volume in 2019": the quantity asked by name)
  const volumeAsked = volumeAskedIn(ctx);
  // ("the implied 2022 value of its steel exports": the value asked by name, which tonnes never answer)
  const moneyAsked = MONEY_WORDS.some((w) => ctx.words.has(w)) || !!ctx.currency;
  if ((volumeAsked || (!moneyAsked && !resolve(levelQ, ctx))) && resolve(countQ, ctx)) return counted;
  // ("shipped 3.24 million tonnes, up 35.1 percent, worth 14.9 billion yuan": the only change stated is the volume's,
  // so the level worked back is the tonnes, unless the question asks money)
  if (!moneyAsked && !resolve(valued.inputs[1]!, ctx) && "found" in resolveAll(counted.inputs, ctx)) {
    return counted;
  }
  // (the goods' value worked back by the change of their value: "down 4% to 5,200 tonnes" is no change of the yuan)
  return valued;
}
const MONEY_WORDS = ["value", "values", "valued", "worth", "yuan", "rmb", "usd", "dollars", "dollar"];

/**
 * A change the question states ("were up 31.4%") that the text states of the goods' volume, not their value: marked as
 * the quantity's while no value's change is that figure, or said in the sentence of the quantity and not in the one of
 * the value ("1.58 million tonnes, up 31.4 percent. The value rose 18.9 percent to 15.62 billion yuan"). The level it
 * works back from is then the quantity.
 */
function givenChangeOfVolume(levelQ: Quantity, changeQ: Quantity, ctx: ResolveContext): boolean {
  const count = statedFact({ ...levelQ, measure: "count" }, ctx);
  if (!count) return false;
  const given = changeQ.given!.value;
  const stating = (of?: "volume" | "value") => statedFacts({ ...changeQ, given: undefined, ...(of && { of }) }, ctx)
    .filter((f) => f.value !== null && quotes(given, f.value));
  if (stating("volume").length && !stating("value").length) return true;
  const value = statedFact(levelQ, ctx);
  return stating().some((f) => inSentenceOf(f, count) && !(value && inSentenceOf(f, value)));
}

/** Parts of one place added up: a + b (+ c); a part not stated is named, never left out of the sum. */
function addedStep(plan: Plan, ctx: ResolveContext): PlanAnswer {
  const all = resolveAll(plan.inputs, ctx);
  if ("missing" in all) return partial(plan.inputs, ctx);
  const found = allInOneCurrency(all.found, plan.inputs, ctx);
  const r = sum(found.map((f) => f.amount));
  if (!r) return abstain([]);
  const [first] = plan.inputs as [Quantity];
  const names = plan.inputs.map((q) => (q.partner ? displayName(q.partner) : q.subject!)).join(" and ");
  const label = `${possessive(displayName(first.entity))} ${first.partner ? `${FLOW[first.metric]} with ` : `${FLOW[first.metric]}, `}`
    + `${names} together${inPeriod(first.period)}`;
  return {
    status: "answered",
    missing: [],
    lines: [{ text: `${label}: ${show(r)} (${r.formula})`, facts: found.flatMap((f) => f.facts) }],
    figures: [computed(label, r, found, about(first, `${FLOW[first.metric]}, ${names} together`)),
      ...inputFigures(plan.inputs, found)],
  };
}

/** What a place still needs in the rest of a period to reach its target: the target less the level so far. */
function toTargetStep(plan: Plan, ctx: ResolveContext): PlanAnswer {
  const [targetQ, soFarQ] = plan.inputs as [Quantity, Quantity];
  const all = resolveAll(plan.inputs, ctx);
  if ("missing" in all) return partial(plan.inputs, ctx);
  const [target, soFar] = all.found as [Found, Found];
  const r = difference(target.amount, soFar.amount);
  if (!r) return abstain([]);
  const whose = possessive(displayName(targetQ.entity));
  const flow = FLOW[targetQ.metric];
  const goal = `its target of ${show(target.amount)} for ${thePeriod(periodLabel(targetQ.period!))}`;
  const reached = `${describeQuantity(soFarQ)} ${was(soFarQ)} ${show(soFar.amount)}`;
  const rest = thePeriod(plan.labels![0]!);
  const label = `${whose} ${flow} still needed in ${rest} to reach ${goal}`;
  const text = r.value > 0 ? `${reached}, so ${whose} ${flow} still needed in ${rest} to reach ${goal}: ${show(r)} (${r.formula})`
    : `${reached}: it had already reached ${goal}, by ${show({ ...r, value: -r.value })} (${r.formula})`;
  return {
    status: "answered",
    missing: [],
    lines: [{ text: `${text}${fromQuestionOnly([target, soFar])}`, facts: [...target.facts, ...soFar.facts] }],
    figures: [computed(label, r, [target, soFar], about(targetQ, flow)), ...inputFigures(plan.inputs, [target, soFar])],
  };
}

/** How far an outcome fell short of its level target (target − outcome), and the outcome as a percent of the target. */
function targetGapStep(plan: Plan, ctx: ResolveContext): PlanAnswer {
  const [targetQ, outcomeQ] = plan.inputs as [Quantity, Quantity];
  const all = resolveAll(plan.inputs, ctx);
  if ("missing" in all) return partial(plan.inputs, ctx);
  const [target, outcome] = all.found as [Found, Found];
  // (short of the target: target − outcome; above it: outcome − target)
  const short = difference(target.amount, outcome.amount);
  const gap = short && short.value < 0 ? difference(outcome.amount, target.amount) : short;
  const reached = percentOf(outcome.amount, target.amount);
  if (!gap || !reached) return abstain([]);
  const goal = `its target of ${show(target.amount)}`;
  const parts: string[] = [];
  const figures: DraftFigure[] = [];
  if (plan.changes?.includes("difference")) {
    const above = short!.value < 0;
    const label = above ? `amount by which ${describeQuantity(outcomeQ)} beat ${goal}`
      : `shortfall of ${describeQuantity(outcomeQ)} against ${goal}`;
    parts.push(`${above ? "above it by" : "short of it by"} ${show(gap)} (${gap.formula})`);
    figures.push(computed(label, gap, [target, outcome], about(targetQ, FLOW[targetQ.metric])));
  }
  if (plan.changes?.includes("percent")) {
    const label = `${describeQuantity(outcomeQ)} as a percent of ${goal}`;
    parts.push(`${fmt(reached.value)}% of the target (${reached.formula})`);
    figures.push(computed(label, reached, [target, outcome], about(targetQ, FLOW[targetQ.metric])));
  }
  const text = `${describeQuantity(outcomeQ)} ${was(outcomeQ)} ${show(outcome.amount)} against ${goal}: ${parts.join("; ")}`;
  return {
    status: "answered",
    missing: [],
    lines: [{ text, facts: [...target.facts, ...outcome.facts] }],
    figures: [...figures, ...inputFigures(plan.inputs, [target, outcome])],
  };
}

/** The growth a level target needs over the year before's level: (target ÷ level − 1) × 100. */
function growthToTargetStep(plan: Plan, ctx: ResolveContext): PlanAnswer {
  const [targetQ, levelQ] = plan.inputs as [Quantity, Quantity];
  const all = resolveAll(plan.inputs, ctx);
  if ("missing" in all) return partial(plan.inputs, ctx);
  const [target, level] = all.found as [Found, Found];
  const r = growthBetween(target.amount, level.amount);
  if (!r) return abstain([]);
  const goal = `its target of ${show(target.amount)} for ${thePeriod(periodLabel(targetQ.period!))}`;
  const label = `growth ${describeQuantity({ ...levelQ, period: undefined })} needs to reach ${goal}`;
  const text = `${describeQuantity(levelQ)} ${was(levelQ)} ${show(level.amount)}, so the ${label}: ${show(r)} (${r.formula})`;
  return {
    status: "answered",
    missing: [],
    lines: [{ text, facts: [...target.facts, ...level.facts] }],
    figures: [computed(label, r, [target, level], about(targetQ, FLOW[targetQ.metric])),
      ...inputFigures(plan.inputs, [target, level])],
  };
}

// the goods a unit counts ("per car": a count in vehicles or cars)
const UNIT_GOODS = /\b(?:vehicles?|cars?|automobiles?)$/i;

/**
 * "per car exported" with no goods named: the goods of the one count of the place, flow and period in vehicles or cars
 * (the plainest when several: the goods its unit names, "vehicles", before "new energy vehicles"); none when unclear.
 */
function withCountedGoods(plan: Plan, ctx: ResolveContext): [Quantity, Quantity] {
  const [valueQ, countQ] = plan.inputs as [Quantity, Quantity];
  // ("avg spend per shopper" naming no sales: the one kind of shops' sales the place has that period, if one)
  if (!valueQ.subject && plan.labels?.[1]) {
    const sales = [...new Set(ctx.base.facts.filter((f) => f.measure === "amount" && !f.derived
      && f.entity === valueQ.entity && f.metric === valueQ.metric && /\bsales$/.test(f.subject ?? "")
      && (!valueQ.period || (f.period && samePeriod(f.period, valueQ.period)))).map((f) => f.subject!))];
    return sales.length === 1 ? [{ ...valueQ, subject: sales[0]! }, countQ] : [valueQ, countQ];
  }
  if (valueQ.subject || !GOODS_UNIT.test(plan.labels?.[0] ?? "")) return [valueQ, countQ];
  const counts = ctx.base.facts.filter((f) => f.measure === "count" && !f.derived && f.entity === valueQ.entity
    && f.metric === valueQ.metric && f.subject && UNIT_GOODS.test(f.unit) && f.partner === valueQ.partner
    && (!valueQ.period || (f.period && samePeriod(f.period, valueQ.period))));
  const subjects = [...new Set(counts.map((f) => f.subject!))];
  const plain = subjects.filter((x) => UNIT_GOODS.test(x) && x.split(/\s+/).length === 1);
  const subject = subjects.length === 1 ? subjects[0] : plain.length === 1 ? plain[0] : undefined;
  return subject ? [{ ...valueQ, subject }, { ...countQ, subject }] : [valueQ, countQ];
}

/** The level a growth target leads to: last period's level × (1 + the target); a part not stated is named. */
function targetStep(plan: Plan, ctx: ResolveContext): PlanAnswer {
  const [levelQ, targetQ] = plan.inputs as [Quantity, Quantity];
  const all = resolveAll(plan.inputs, ctx);
  if ("missing" in all) return partial(plan.inputs, ctx);
  const [level, target] = all.found as [Found, Found];
  const r = laterLevel(level.amount, target.amount.value);
  const label = `${describeQuantity({ ...levelQ, period: targetQ.period })} at its growth target of ${fmt(target.amount.value)}%`;
  return {
    status: "answered",
    missing: [],
    lines: [{ text: `${label}: about ${show(r)} (${r.formula})`, facts: [...level.facts, ...target.facts] }],
    figures: [computed(label, r, [level, target], about(targetQ, FLOW[targetQ.metric])), ...inputFigures(plan.inputs, [level, target])],
  };
}

/** The rate in another period: the stated rate less the points it lies above that one (−6.2 − 1.8 = −8%). */
function rateApartStep(plan: Plan, ctx: ResolveContext): PlanAnswer {
  const [rateQ, pointsQ, askedQ] = plan.inputs as [Quantity, Quantity, Quantity];
  const rate = resolve(rateQ, ctx);
  const points = resolve(pointsQ, ctx);
  if (!rate || !points) return abstain([]);
  // (the points are signed by the question's words; a stated fact is cited, its own sign is not read again)
  const r = rateBefore(rateQ.given?.value ?? rate.amount.value, pointsQ.given?.value ?? points.amount.value);
  const label = describeQuantity(askedQ);
  const facts = [...rate.facts, ...points.facts];
  return {
    status: "answered",
    missing: [],
    lines: [{ text: `${label}: ${fmt(r.value)}% (${r.formula})${fromQuestionOnly([rate, points])}`, facts }],
    figures: [computed(label, r, [rate, points], about(askedQ, `${FLOW[askedQ.metric]}, ${askedQ.measure === "share" ? "share" : "growth"}`)),
      ...inputFigures([rateQ, pointsQ], [rate, points])],
  };
}

/**
 * Two sides on one measure, which is larger and the gap; one share in two periods is a change, up or down. A side the
 * documents do not state is named as not found, beside the one they do (the answer abstains, keeping what it found).
 */
function compareStep(asked: Plan, ctx: ResolveContext): PlanAnswer {
  // ("who imported more crude?": bulk goods by their tonnes, when both are stated)
  const plan = { ...asked, inputs: weighedInstead(asked.inputs, ctx) };
  const [aQ, bQ] = plan.inputs as [Quantity, Quantity];
  const each = inOneCurrency(inOneUnit(plan.inputs.map((q) => resolveAsked(q, ctx)), plan.inputs as [Quantity, Quantity], ctx),
    plan.inputs as [Quantity, Quantity], ctx);
  // (one stated figure is never both sides: "January 2019 -6.4%, January 2014 -6.4%" is one period's figure read for
  // two; the side whose period it is not is not stated)
  const [a0, b0] = each;
  if (a0?.stated && a0.stated === b0?.stated) {
    const ofA = !aQ.period || !a0.stated.period || samePeriod(aQ.period, a0.stated.period);
    each[ofA ? 1 : 0] = undefined;
  }
  const [a, b] = each;
  if (!a || !b) {
    const kept = each.flatMap((f, i) => (f && !f.fromQuestion ? [foundLine(plan.inputs[i]!, f)] : []));
    const missing = plan.inputs.filter((_, i) => !each[i]).map(describeQuantity);
    return { status: "abstain", lines: kept.map((k) => k.line), figures: kept.map((k) => k.figure), missing };
  }
  // figures of two different periods found for a question that named none are labelled each with its own
  const pa = a.stated?.period;
  const pb = b.stated?.period;
  const apart = !aQ.period && !bQ.period && pa && pb && !samePeriod(pa, pb);
  const named = plan.labels ?? [describeQuantity(aQ), describeQuantity(bQ)];
  const [la, lb] = apart ? [`${named[0]} (${periodLabel(pa)})`, `${named[1]} (${periodLabel(pb)})`] : named;
  const samePlace = aQ.entity === bQ.entity;
  const samePeriods = JSON.stringify(aQ.period) === JSON.stringify(bQ.period);
  const figures = [foundLine(aQ, a).figure, foundLine(bQ, b).figure];
  const stateA = a.stated ? valueText(a.stated) : show(a.amount);
  const stateB = b.stated ? valueText(b.stated) : show(b.amount);
  // one place's share in two periods: the change from the earlier to the later, up or down
  const overTime = samePlace && aQ.measure === "share" && aQ.period && bQ.period && !samePeriods;
  const aLater = overTime && before(bQ.period!, aQ.period!);
  const [hi, lo, hiLabel, loLabel] = overTime ? (aLater ? [a, b, la, lb] : [b, a, lb, la])
    // ("2.1 billion" against "591 million": the sizes in one scale, not the numbers as written)
    : sizeOf(a.amount) >= sizeOf(b.amount) ? [a, b, la, lb] : [b, a, lb, la];
  const d = difference(hi.amount, lo.amount);
  // ("10 billion dollars against 791.4 billion yuan": money in two currencies says neither which is bigger nor the gap;
  // the two are kept and the comparison named as not worked out)
  if (!d && currencyOf(a.amount) && currencyOf(b.amount) && currencyOf(a.amount) !== currencyOf(b.amount)) {
    const kept = [foundLine(aQ, a), foundLine(bQ, b)];
    return { status: "abstain", unworkable: true, lines: kept.map((k) => k.line), figures: kept.map((k) => k.figure),
      missing: [`${la} against ${lb} in one currency (the two are stated in different currencies)`] };
  }
  if (d) figures.push(computed(`${la} vs ${lb}: gap`, d, [hi, lo], about(aQ, `${la} vs ${lb}, gap`)));
  // two falls: the side that fell more is named ("which fell harder?"), not the one that "grew faster"
  const falls = aQ.measure === "growth" && hi.amount.value < 0;
  const verb = aQ.measure === "growth" ? "grew faster" : aQ.measure === "share" ? "had the bigger share"
    : aQ.measure === "pp_gap" ? "was further ahead of the national rate"
      // ("Hubei's exports were bigger": a plural flow takes a plural verb)
      : /\b(?:exports|imports)$/.test(hiLabel ?? "") ? "were bigger" : "was bigger";
  const gap = !d ? "" : overTime ? `: ${d.value < 0 ? "down" : "up"} ${fmt(Math.abs(d.value))} ${d.unit} from ${loLabel} to ${hiLabel} (${d.formula})`
    : falls ? `: ${loLabel} fell more, by ${fmt(d.value)} ${d.unit} (${d.formula})`
      : `: ${hiLabel} ${verb}, by ${fmt(d.value)} ${d.unit} (${d.formula})`;
  const when = inPeriod(aQ.period);
  // one place's two sides, or two places ("Tibet (2012) 34.4%, Xinjiang (first half of 2012) −108.4%")
  const head = samePlace ? `${displayName(aQ.entity)}${samePeriods ? when : ""}: `
    : samePeriods && aQ.period ? `${when.trim().replace(/^in /, "In ")}: ` : "";
  return {
    status: "answered",
    missing: [],
    lines: [{ text: `${head}${la} ${stateA}, ${lb} ${stateB}${gap}`, facts: [...a.facts, ...b.facts] }],
    figures,
  };
}

/**
 * Two counts set side by side in one unit (tonnes with tonnes, trains with trains): the second side counted in the
 * first's unit, or the first in the second's; counts in two units are no pair (neither side is kept).
 */
function inOneUnit(found: Array<Found | undefined>, [aQ, bQ]: [Quantity, Quantity], ctx: ResolveContext): Array<Found | undefined> {
  const [a, b] = found;
  if (aQ.measure !== "count" || bQ.measure !== "count" || !a || !b || commensurable(a.amount, b.amount)) return found;
  const bIn = resolve({ ...bQ, unit: baseUnit(a.amount.unit) }, ctx);
  if (bIn && commensurable(a.amount, bIn.amount)) return [a, bIn];
  const aIn = resolve({ ...aQ, unit: baseUnit(b.amount.unit) }, ctx);
  return aIn && commensurable(aIn.amount, b.amount) ? [aIn, b] : [undefined, undefined];
}

/** The currency of an amount of money, or none. */
const currencyOf = (a: Amount) => moneyOf(a.unit);

/**
 * Two amounts of money in two currencies: the second side as stated in the first's currency, or the first in the
 * second's ("22.8 billion dollars (147.7 billion yuan)"); else both as found.
 */
function inOneCurrency(found: Array<Found | undefined>, [aQ, bQ]: [Quantity, Quantity], ctx: ResolveContext) {
  const [a, b] = found;
  const [ca, cb] = [a && currencyOf(a.amount), b && currencyOf(b.amount)];
  if (!a || !b || !ca || !cb || ca === cb) return found;
  const bIn = resolveAsked({ ...bQ, currency: ca }, ctx);
  if (bIn && currencyOf(bIn.amount) === ca) return [a, bIn];
  const aIn = resolveAsked({ ...aQ, currency: cb }, ctx);
  return aIn && currencyOf(aIn.amount) === cb ? [aIn, b] : found;
}

/**
 * Amounts to be worked together (a part over its whole, parts added up, a total less its parts) in one currency: each
 * in the first's, as the text states it or gives it in brackets ("540.6 billion yuan" beside "78.4 billion dollars");
 * else as found, which the arithmetic refuses to mix.
 */
function allInOneCurrency(found: Found[], qs: Quantity[], ctx: ResolveContext): Found[] {
  const first = found.map((f) => currencyOf(f.amount)).find((c) => c !== undefined);
  if (!first || found.every((f) => currencyOf(f.amount) === undefined || currencyOf(f.amount) === first)) return found;
  const moved = found.map((f, i) => (currencyOf(f.amount) === undefined || currencyOf(f.amount) === first ? f
    : resolveAsked({ ...qs[i]!, currency: first }, ctx)));
  return moved.every((f) => f && (currencyOf(f.amount) ?? first) === first) ? (moved as Found[]) : found;
}

/** Does period a end before period b? */
const before = (a: Period, b: Period) => (a.y2 ?? 0) * 12 + a.m2 < (b.y2 ?? 0) * 12 + b.m2;

/** Flow by flow: the place's rate less its stated gap to the national one. */
function referenceStep(plan: Plan, ctx: ResolveContext): PlanAnswer {
  const out: PlanAnswer = { status: "abstain", lines: [], figures: [], missing: [] };
  for (let i = 0; i + 1 < plan.inputs.length; i += 2) {
    const rateQ = plan.inputs[i]!;
    const gapQ = plan.inputs[i + 1]!;
    const rate = resolve(rateQ, ctx);
    const gap = resolve(gapQ, ctx);
    const what = `the national ${rateQ.metric === "trade" ? "trade" : rateQ.metric.replace(/s$/, "")} growth rate`;
    if (!rate || !gap || rate.fromQuestion) {
      out.missing.push(`${what}${inPeriod(rateQ.period)}`);
      continue;
    }
    const r = referenceRate(rate.amount.value, gap.amount.value);
    const when = inPeriod(rateQ.period);
    out.lines.push({
      text: `${describeQuantity({ ...rateQ, period: undefined })} ${was(rateQ)} ${show(rate.amount)}${when}, ${fmt(gap.amount.value)} points above the national rate, so ${what} was ${fmt(r.value)}% (${r.formula})`,
      facts: [...rate.facts, ...gap.facts],
    });
    out.figures.push(
      computed(`${what}${when} (implied by ${possessive(displayName(rateQ.entity))} figures)`, r, [rate, gap], {
        ...about({ ...rateQ, entity: "china" }, `${FLOW[rateQ.metric]}, growth`),
      }),
      foundLine(rateQ, rate).figure,
      ...(gap.stated ? [foundLine(gapQ, gap).figure] : []),
    );
  }
  return { ...out, status: out.lines.length ? "answered" : "abstain" };
}

/** Several parts added up, and the sum as a share of the whole. */
function combinedStep(plan: Plan, ctx: ResolveContext): PlanAnswer {
  const [wholeQ, ...partQs] = plan.inputs as [Quantity, ...Quantity[]];
  const all = resolveAll(plan.inputs, ctx);
  if ("missing" in all) return partial(plan.inputs, ctx);
  const [total, ...found] = allInOneCurrency(all.found, plan.inputs, ctx) as [Found, ...Found[]];
  const added = sum(found.map((p) => p.amount));
  const share = added && percentOf(added, total.amount);
  if (!added || !share || share.value >= 100) return abstain([]);
  const byPlace = partQs.every((q) => q.entity !== wholeQ.entity);
  const names = partQs.map((q) => (q.partner ? displayName(q.partner) : (q.subject ?? displayName(q.entity)))).join(", ");
  // "Hebei's foreign trade with A, B together", or the places' own: "A, B's foreign trade together"
  const sumLabel = byPlace ? `${possessive(names)} ${FLOW[wholeQ.metric]} together`
    : `${describeQuantity({ ...wholeQ, period: undefined })} with ${names} together`;
  const facts = [...total.facts, ...found.flatMap((p) => p.facts)];
  return {
    status: "answered",
    missing: [],
    // (a line for each asked part, the sum and its share: so the question's asks read whole are all answered)
    lines: [
      { text: `${names} together: ${show(added)} (${added.formula})`, facts: found.flatMap((p) => p.facts) },
      { text: `That is ${fmt(share.value)}% of the total ${show(total.amount)} (${share.formula})`, facts },
    ],
    figures: [
      computed(sumLabel, added, found, about(wholeQ, `${FLOW[wholeQ.metric]}${byPlace ? " of" : " with"} ${names}`)),
      computed(
        `${sumLabel}, share of the total`,
        share,
        [total, ...found],
        about(wholeQ, `${FLOW[wholeQ.metric]} with ${names}, share`),
      ),
      ...inputFigures(plan.inputs, [total, ...found]),
    ],
  };
}

/** A place's share of a bigger place's total that a sentence states ("8.3 percent of the national total"), if one does. */
function statedShare(partQ: Quantity, wholeQ: Quantity, ctx: ResolveContext): Quantity | undefined {
  // (a part's share is of the whole's same part only: "its farm exports, 23.7% of the country's farm exports")
  if (partQ.entity === wholeQ.entity || partQ.subject !== wholeQ.subject || partQ.partner !== wholeQ.partner) return undefined;
  const shareOf = wholeQ.entity === "china" ? "national" : undefined;
  const q: Quantity = { ...partQ, measure: "share", ...(shareOf && { shareOf }) };
  const fact = statedFact(q, ctx);
  return fact && (fact.shareOf === wholeQ.entity || fact.shareOf === shareOf) ? q : undefined;
}

/** One amount as a percentage of another: a city's of its province's, one period's of another's. */
function partStep(plan: Plan, ctx: ResolveContext): PlanAnswer {
  const [partQ, wholeQ] = plan.inputs as [Quantity, Quantity];
  const stated = statedShare(partQ, wholeQ, ctx);
  // (the part's own amount beside it: "its trade, and its share of the province's")
  if (stated) return STEPS.values({ operation: "values", inputs: [partQ, stated] }, ctx);
  const all = resolveAll(plan.inputs, ctx);
  if ("missing" in all) return partial(plan.inputs, ctx);
  const [part, whole] = allInOneCurrency(all.found, plan.inputs, ctx) as [Found, Found];
  const share = percentOf(part.amount, whole.amount);
  // (a part of a whole is less than it: two figures that are not part and whole, or in two currencies, answer nothing)
  const samePeriods = !partQ.period || !wholeQ.period || samePeriod(partQ.period, wholeQ.period);
  if (!share || (samePeriods && share.value >= 100)) return abstain([]);
  const [partName, wholeName] = [describeQuantity(partQ), describeQuantity(wholeQ)];
  return {
    status: "answered",
    missing: [],
    lines: [{
      text: `${partName} (${show(part.amount)}) ${was(partQ)} ${fmt(share.value)}% of ${wholeName} (${show(whole.amount)}): `
        + share.formula,
      facts: [...part.facts, ...whole.facts],
    }],
    figures: [
      computed(`${partName}, as a share of ${wholeName}`, share, [part, whole], about(partQ, `${FLOW[partQ.metric]}, share`)),
      ...inputFigures(plan.inputs, [part, whole]),
    ],
  };
}

// the unit a quantity asked per one of is counted in
const COUNTED_AS: Record<string, string> = { car: "vehicle" };

/** A price per unit: the goods' value over the quantity counted in the same period. */
/** Two quantities of one period: the first resolved, then the second in the period the first was found in. */
function resolvePair(firstQ: Quantity, secondQ: Quantity, ctx: ResolveContext) {
  const first = resolve(firstQ, ctx);
  const period = first?.stated?.period ?? firstQ.period;
  const second = first && resolve({ ...secondQ, ...(period && { period }) }, ctx);
  return { first, second, period };
}

function unitPriceStep(plan: Plan, ctx: ResolveContext): PlanAnswer {
  const [valueQ, countQ] = withCountedGoods(plan, ctx);
  const { first: value, second: found, period } = resolvePair(valueQ, countQ, ctx);
  // a price asked per tonne is of a quantity in tonnes (or tons), not in units or containers (one per car, in vehicles)
  const asked = plan.labels?.[0];
  const per = (asked && (COUNTED_AS[asked] ?? asked))?.slice(0, 3);
  const inUnit = (unit: string) => !per || unit.includes(per) || (GOODS_UNIT.test(asked!) && UNIT_GOODS.test(unit));
  // (money spent per shopper is the shops' sales, or an amount the sentence counting the shoppers gives: never any
  // other figure of the place's that year)
  const count = found && inUnit(found.amount.unit) ? found : undefined;
  const spent = !plan.labels?.[1] || (value && count && value.facts.every((f) => /\bsales\b/.test(f.qualifier ?? "")
    || count.facts.some((c) => c.start === f.start)));
  const r = value && count && spent && unitPrice(value.amount, count.amount);
  if (!value || !count) return partial([valueQ, { ...countQ, ...(period && { period }) }], ctx);
  if (!r) return abstain([]);
  const what = plan.labels?.[1] ?? "average price";
  const label = `${describeQuantity({ ...valueQ, period: undefined })}, ${what}${inPeriod(period)}`;
  return {
    status: "answered",
    missing: [],
    lines: [{ text: `${label}: ${show(r)} (${r.formula})`, facts: [...value.facts, ...count.facts] }],
    figures: [computed(label, r, [value, count], about(valueQ, `${FLOW[valueQ.metric]}, price per unit`, period)),
      ...inputFigures(plan.inputs, [value, count])],
  };
}

// the units the things asked per one of are counted in ("6,620 cross-border freight trains"; a train run is a trip)
const CARRIER_UNITS: Array<[RegExp, RegExp]> = [
  [/^(?:trip|train)$/, /\b(?:trips|trains)$/i],
  [/^(?:vehicle|truck|lorry)$/, /\b(?:vehicles|trucks|lorries)$/i],
  [/^flight$/, /\bflights$/i],
  [/^(?:voyage|sailing)$/, /\b(?:voyages|sailings)$/i],
  [/^(?:ship|vessel)$/, /\b(?:ships|vessels)$/i],
];
// what a total counted in its own unit is stated in
const TOTAL_UNITS: Record<string, RegExp> = { tonne: /\b(?:tonnes|tons)$/i, teu: /\bTEUs?$/i };
// question words that name what is worked out, not whose things were counted ("avg teu per trip on the X trains")
const WORKING_WORDS = new Set(["avg", "average", "mean", "per", "value", "worth", "trade", "tonne", "ton", "tonnage", "teu",
  "container", "cargo", "freight", "trip", "train", "vehicle", "truck", "flight", "voyage", "ship", "vessel", "cross",
  "border", "cross-border", "and", "the", "on", "in", "of", "at", "what", "how", "was", "were", "did"]);
// a total this near the sentence counting the things is of them ("… 257 trips … Goods on the trains were worth …")
const NEAR = 400;

/**
 * A total over the things counted that carried it: the things of the place (or, no place named, of the service or port
 * the question names by its other words) counted in one sentence, and the total that sentence (or the one beside it)
 * states; two counts that fit equally well and differ answer nothing.
 */
function perThingStep(plan: Plan, ctx: ResolveContext): PlanAnswer {
  const [totalQ, thingsQ] = plan.inputs as [Quantity, Quantity];
  const [kind, one, scope] = plan.labels as [string, string, string];
  const unit = CARRIER_UNITS.find(([re]) => re.test(one))?.[1];
  if (!unit) return abstain([]);
  const text = (f: Fact) => ctx.base.documents?.get(f.docId)?.text.slice(f.start, f.end) ?? "";
  const title = (f: Fact) => ctx.base.documents?.get(f.docId)?.meta.title ?? "";
  const named = [...ctx.words].filter((w) => !WORKING_WORDS.has(w) && !/^\d+$/.test(w));
  const fits = (f: Fact) => (scope === "named" || f.entity === thingsQ.entity) && !f.derived && (f.value ?? 0) > 0
    && (f.partner ?? undefined) === (thingsQ.partner ?? undefined)
    && (!thingsQ.period || (f.period !== undefined && samePeriod(f.period, thingsQ.period)));
  // ("137 westbound trips" are one part of the trips)
  const things = ctx.base.facts.filter((f) => fits(f) && f.measure === "count" && unit.test(f.unit)
    && !/^\w+bound\s/i.test(f.unit));
  const says = (f: Fact) => {
    const own = wordSet(`${title(f)} ${text(f)}`);
    return named.filter((w) => own.has(w)).length;
  };
  const best = Math.max(0, ...things.map(says));
  // (no place named: the things of the service or port named, which their sentence or article must say)
  const chosen = things.filter((f) => says(f) === best && (scope === "place" || best > 0));
  const totalFits = (f: Fact) => fits(f) && (kind === "amount"
    ? f.measure === "amount" && /(?:yuan|dollars)$/.test(f.unit) && !f.subject
    : f.measure === "count" && TOTAL_UNITS[kind]!.test(f.unit));
  const pairs = chosen.flatMap((t) => {
    const near = ctx.base.facts.filter((f) => f.docId === t.docId && totalFits(f) && f.entity === t.entity
      && Math.min(Math.abs(f.start - t.start), Math.abs(f.start - t.end), Math.abs(t.start - f.end)) <= NEAR);
    // (the total the things' own sentence states first, else the nearest)
    const total = near.find((f) => f.start === t.start)
      ?? near.sort((a, b) => Math.abs(a.start - t.start) - Math.abs(b.start - t.start))[0];
    return total ? [{ things: t, total }] : [];
  });
  const values = new Set(pairs.map((p) => `${p.total.value}/${p.things.value}`));
  const pair = values.size === 1 ? pairs[0] : undefined;
  if (!pair) return values.size > 1 ? abstain([]) : partial(plan.inputs, ctx);
  const total: Found = { amount: { value: pair.total.value!, unit: pair.total.unit, scale: pair.total.scale },
    facts: [pair.total], stated: pair.total };
  const counted: Found = { amount: { value: pair.things.value!, unit: pair.things.unit, scale: pair.things.scale },
    facts: [pair.things], stated: pair.things };
  const r = perCounted(total.amount, counted.amount, one);
  if (!r) return abstain([]);
  const period = pair.things.period ?? thingsQ.period;
  const who = scope === "place" ? `${possessive(displayName(thingsQ.entity))} ` : "";
  const label = `${who}average ${kind === "amount" ? "value" : baseUnit(pair.total.unit)} per ${one}${inPeriod(period)}`;
  return {
    status: "answered",
    missing: [],
    lines: [{ text: `${label[0]!.toUpperCase()}${label.slice(1)}: ${show(r)} (${r.formula})`, facts: [pair.total, pair.things] }],
    figures: [computed(label, r, [total, counted], about(totalQ, `${FLOW[totalQ.metric]}, per ${one}`, period))],
  };
}

/** The yuan-to-dollar rate of one total the text states in both currencies ("25.83 billion US dollars (160.02 billion
 * yuan)"): never two figures of two sentences, which need not be of one thing. */
function exchangeRateStep(plan: Plan, ctx: ResolveContext): PlanAnswer {
  const [q] = plan.inputs as [Quantity];
  const both = (["yuan", "US dollars"] as const).map((currency) => resolve({ ...q, currency }, ctx))
    .find((f) => f?.stated?.alt && /yuan$/.test(f.stated.unit) !== /yuan$/.test(f.stated.alt.unit));
  const fact = both?.stated;
  if (!both || !fact?.alt) return partial([q], ctx);
  const amounts = [{ value: fact.value!, unit: fact.unit, scale: fact.scale }, fact.alt];
  const yuan = amounts.find((a) => /yuan$/.test(a.unit));
  const dollars = amounts.find((a) => /dollars$/.test(a.unit));
  const r = yuan && dollars && exchangeRate(yuan, dollars);
  if (!r) return abstain([]);
  const period = fact.period ?? q.period;
  const label = `The yuan-to-dollar rate ${describeQuantity({ ...q, period: undefined })}${inPeriod(period)} implies`;
  return {
    status: "answered",
    missing: [],
    lines: [{ text: `${label}: ${show(r)} (${r.formula})`, facts: both.facts }],
    figures: [computed(label, r, [both], about(q, `${FLOW[q.metric]}, exchange rate`, period)),
      ...inputFigures(plan.inputs, [both])],
  };
}

/** A part (services trade) as a share of itself and the place's goods total together, both in one period. */
function ofCombinedStep(plan: Plan, ctx: ResolveContext): PlanAnswer {
  const [partQ, otherQ] = plan.inputs as [Quantity, Quantity];
  const { first: part, second: other, period } = resolvePair(partQ, otherQ, ctx);
  if (!part || !other || part.fromQuestion || other.fromQuestion) return partial(plan.inputs, ctx);
  const r = shareOfSum(part.amount, other.amount);
  if (!r) return abstain([]);
  const who = possessive(displayName(partQ.entity));
  const label = `${who} ${partQ.subject}, as a share of goods and services trade together${inPeriod(period)}`;
  return {
    status: "answered",
    missing: [],
    lines: [{ text: `${who} ${partQ.subject} (${show(part.amount)}) was ${fmt(r.value)}% of its goods (${show(other.amount)}) `
      + `and services trade together${inPeriod(period)} (${r.formula})`, facts: [...part.facts, ...other.facts] }],
    figures: [computed(label, r, [part, other], about(partQ, `${FLOW[partQ.metric]}, share`, period)),
      ...inputFigures(plan.inputs, [part, other])],
  };
}

type LevelChange = Exclude<Change, "annual" | "yearly">;
const CHANGE_OPS: Record<LevelChange, (a: Amount, b: Amount) => Result | undefined> =
  { difference, percent: growthBetween, times: ratio };
// (a change a year is worked out whenever the change over the whole span is)
const OVER_SPAN: Record<Change, LevelChange> = { difference: "difference", percent: "percent", times: "times", annual: "percent",
  yearly: "difference" };

/** A revised figure against the first estimate of it: by how much it was revised, in its unit and in percent. */
function revisionStep(plan: Plan, ctx: ResolveContext): PlanAnswer {
  const [revisedQ, firstQ] = plan.inputs as [Quantity, Quantity];
  const pair = resolvePair(revisedQ, firstQ, ctx);
  // ("its q2 figure was revised to … from …", no flow named in the question nor the sentence: the pair of no flow)
  const noFlow = plan.anyFlow && !(pair.first?.stated && pair.second?.stated)
    ? resolvePair({ ...revisedQ, metric: "other" }, { ...firstQ, metric: "other" }, ctx) : undefined;
  const { first: revised, second: first, period } = noFlow?.first?.stated && noFlow.second?.stated ? noFlow : pair;
  if (!revised?.stated || !first?.stated) return partial([revisedQ, { ...firstQ, ...(period && { period }) }], ctx);
  // (revision plans ask only the difference and the percent: one figure and its first estimate, no years between)
  const results = (plan.changes ?? ["difference"]).map((c) => CHANGE_OPS[OVER_SPAN[c]](revised.amount, first.amount));
  if (results.some((r) => !r)) return abstain([]);
  const [gap, percent] = results as Result[];
  const name = describeQuantity({ ...revisedQ, period: undefined });
  const way = gap!.value >= 0 ? "up" : "down";
  const text = `${name}${inPeriod(period)} was revised ${way} to ${show(revised.amount)} from the first estimate of `
    + `${show(first.amount)}: by ${show({ ...gap!, value: Math.abs(gap!.value) })} (${gap!.formula})`
    + (percent ? `, or ${fmt(Math.abs(percent.value))}% (${percent.formula})` : "");
  const label = `${name}${inPeriod(period)}, revised against the first estimate`;
  return {
    status: "answered",
    missing: [],
    lines: [{ text, facts: [...revised.facts, ...first.facts] }],
    figures: [computed(`${label}: difference`, gap!, [revised, first], about(revisedQ, FLOW[revisedQ.metric], period)),
      ...(percent ? [computed(`${label}: change`, percent, [revised, first], about(revisedQ, FLOW[revisedQ.metric], period))] : []),
      ...inputFigures(plan.inputs, [revised, first])],
  };
}

/**
 * The later and earlier level of a change. Goods' values stated in two currencies ("1.4 billion dollars" one year,
 * "50.9 billion yuan" another) give no change; their volumes, counted in one unit in both, do, unless value is asked.
 */
function levelsOverTime(laterQ: Quantity, earlierQ: Quantity, plan: Plan, ctx: ResolveContext): [Found?, Found?] {
  const [later, earlier] = levelsOfSpan(laterQ, earlierQ, plan, ctx);
  // (one sentence's figure read for both periods, a figure whose period was not read: no level of either year, and a
  // change of zero between them would be made up; the earlier level is named as not found)
  const once = later?.stated && earlier?.stated && later.stated.id === earlier.stated.id;
  return once ? [later, undefined] : [later, earlier];
}

function levelsOfSpan(laterQ: Quantity, earlierQ: Quantity, plan: Plan, ctx: ResolveContext): [Found?, Found?] {
  const later = resolve(laterQ, ctx);
  const earlier = resolve(earlierQ, ctx) ?? levelBefore(laterQ, earlierQ, later, ctx);
  const worked = (a?: Found, b?: Found) => a && b
    && (plan.changes ?? []).some((c) => CHANGE_OPS[OVER_SPAN[c]](a.amount, b.amount));
  // (a count is set against a count in its own unit: tonnes with tonnes, TEUs with TEUs)
  if (laterQ.measure === "count" && later && earlier && !worked(later, earlier)) {
    const inUnitOf = (q: Quantity, other: Found) => resolve({ ...q, unit: baseUnit(other.amount.unit) }, ctx);
    const earlierIn = inUnitOf(earlierQ, later);
    if (worked(later, earlierIn)) return [later, earlierIn];
    const laterIn = inUnitOf(laterQ, earlier);
    if (worked(laterIn, earlier)) return [laterIn, earlier];
  }
  if (!later || !earlier || !plan.changes?.length || worked(later, earlier) || !laterQ.subject || laterQ.measure !== "amount"
    || laterQ.of === "value" || laterQ.currency) return [later, earlier];
  const counted = (q: Quantity) => resolve({ ...q, measure: "count" }, ctx);
  const [a, b] = [counted(laterQ), counted(earlierQ)];
  return worked(a, b) ? [a, b] : [later, earlier];
}

/**
 * The level a year before a stated one that no sentence states, worked back from the growth the same passage states
 * for it ("216.7 million tonnes, up 5.7%": 216.7 ÷ 1.057 the year before), so that "how much more than the year
 * before" and "how much did it shrink, in yuan" are answered from the level and its rate.
 */
function levelBefore(laterQ: Quantity, earlierQ: Quantity, later: Found | undefined, ctx: ResolveContext): Found | undefined {
  if (!later?.stated || later.fromQuestion || !laterQ.period || !earlierQ.period) return undefined;
  if (!samePeriod(precedingPeriod(laterQ.period), earlierQ.period) || !["amount", "count"].includes(laterQ.measure)) {
    return undefined;
  }
  const growth = resolve({ ...laterQ, measure: "growth", unit: undefined, currency: undefined }, ctx);
  // (the rate of that very level: stated beside it, in the same passage)
  const beside = growth?.stated && growth.stated.docId === later.stated.docId
    && growth.stated.passageId === later.stated.passageId;
  const r = beside ? earlierLevel(later.amount, growth.amount.value) : undefined;
  return r && { amount: { value: r.value, unit: r.unit, scale: r.scale }, facts: growth!.facts, formula: r.formula };
}

/** Each quantity at its later and earlier period, and the asked changes between the two. */
function overTimeStep(asked: Plan, ctx: ResolveContext): PlanAnswer {
  const out: PlanAnswer = { status: "abstain", lines: [], figures: [], missing: [] };
  // ("an average annual growth of 9.6 percent over 2008-2012": a yearly rate the text states is quoted, not worked out)
  const rate = asked.changes?.includes("annual") ? statedAnnual(asked.inputs[0]!, asked.inputs[1]!, ctx) : undefined;
  const plan = rate ? { ...asked, changes: asked.changes!.filter((c) => c !== "annual") } : asked;
  if (rate) {
    out.lines.push({ text: sentence(rate), facts: [rate] });
    out.figures.push(stated(rate));
    if (!plan.changes?.length) return { ...out, status: "answered" };
  }
  for (let i = 0; i + 1 < plan.inputs.length; i += 2) {
    const laterQ = plan.inputs[i]!;
    const earlierQ = plan.inputs[i + 1]!;
    const [later, earlier] = levelsOverTime(laterQ, earlierQ, plan, ctx);
    if (!later || !earlier) {
      out.missing.push(
        ...[!later && describeQuantity(laterQ), !earlier && describeQuantity(earlierQ)].filter((x): x is string => !!x),
      );
      continue;
    }
    const what = describeQuantity({ ...laterQ, period: undefined });
    const span = `from ${periodLabel(earlierQ.period!)} to ${periodLabel(laterQ.period!)}`;
    // (a yearly rate is over whole years between two periods of one span: 2008 to 2012 is four)
    const years = wholeYearsBetween(earlierQ.period!, laterQ.period!);
    const results = (plan.changes ?? [])
      .map((c) => [c, c === "annual" ? years && annualGrowth(later.amount, earlier.amount, years)
        : c === "yearly" ? years && yearlyChange(later.amount, earlier.amount, years)
          : CHANGE_OPS[c](later.amount, earlier.amount)] as const)
      .filter((x): x is readonly [(typeof x)[0], Result] => x[1] !== undefined);
    // a change asked between levels in two currencies is not worked out, and the levels alone do not answer it
    if (plan.changes?.length && !results.length) {
      out.missing.push(`${what}, change ${span} (the levels are stated in different units)`);
      out.unworkable = true;
      continue;
    }
    const said = results.map(
      ([c, r]) =>
        (c === "difference"
          ? `a difference of ${show(r)}`
          : c === "percent"
            ? `a change of ${fmt(r.value)}%`
            : c === "annual"
              ? `an average annual growth of ${fmt(r.value)}%`
              : c === "yearly"
                ? `an average change of ${show(r)} a year`
              : `${fmt(r.value)} times the earlier level`) + ` (${r.formula})`,
    );
    out.lines.push({
      text:
        `${what}: ${show(later.amount)}${inPeriod(laterQ.period)}, ${show(earlier.amount)}${inPeriod(earlierQ.period)}` +
        (!earlier.stated && earlier.formula && !earlier.fromQuestion ? ` (worked back from its growth: ${earlier.formula})` : "") +
        (said.length ? `; ${said.join(", ")}` : ""),
      facts: [...later.facts, ...earlier.facts],
    });
    out.figures.push(
      ...results.map(([c, r]) =>
        computed(`${what}, ${CHANGE_NAME[c] ?? c} ${span}`, r, [later, earlier], {
          entity: displayName(laterQ.entity),
          metric: `${FLOW[laterQ.metric]}, ${CHANGE_NAME[c] ?? c}`,
          period: span,
        }),
      ),
      foundLine(laterQ, later).figure,
      foundLine(earlierQ, earlier).figure,
    );
  }
  return { ...out, status: out.lines.length ? "answered" : "abstain" };
}

/** The average annual growth a text states over the years from the earlier level to the later one, if it does. */
function statedAnnual(laterQ: Quantity, earlierQ: Quantity, ctx: ResolveContext) {
  const [from, to] = [earlierQ.period?.y1, laterQ.period?.y2];
  if (from === null || from === undefined || to === null || to === undefined) return undefined;
  const over = (y1: number) => statedFact({ ...laterQ, measure: "growth", perYear: true, period: { y1, m1: 1, y2: to, m2: 12 } }, ctx);
  return over(from) ?? over(from + 1);
}

const CHANGE_NAME: Partial<Record<Change, string>> = { percent: "change", annual: "average annual growth",
  yearly: "average change a year" };

/** The whole years between two periods of the same months (2008 and 2012: four), if they are such. */
function wholeYearsBetween(earlier: Period, later: Period): number | undefined {
  const same = earlier.m1 === later.m1 && earlier.m2 === later.m2 && earlier.y1 === earlier.y2 && later.y1 === later.y2;
  return same && earlier.y2 !== null && later.y2 !== null && later.y2 > earlier.y2 ? later.y2 - earlier.y2 : undefined;
}

/** How many months (quarters, years) a period spans. */
function countIn(p: Period, unit: string): number {
  const months = monthsSpanned(p);
  return unit === "quarter" ? months / 3 : unit === "year" ? months / 12 : months;
}

const AVERAGE_WORD: Record<string, string> = { month: "monthly", quarter: "quarterly", year: "annual" };

/** An amount over a period, per month (quarter, year) of it. */
function averageStep(plan: Plan, ctx: ResolveContext): PlanAnswer {
  const [q] = plan.inputs as [Quantity];
  const unit = plan.labels?.[0] ?? "month";
  const found = resolve(q, ctx);
  const period = found?.stated?.period ?? q.period;
  // ("avg annual trade over 2015-2019" that no sentence totals: the mean of each year's stated amount)
  if (unit === "year" && q.period && (!found?.stated?.period || !samePeriod(found.stated.period, q.period))) {
    const years = yearlyMean(q, ctx);
    if (years) return years;
  }
  const count = period && countIn(period, unit);
  const r = found && count && Number.isInteger(count) ? perPeriod(found.amount, count) : undefined;
  if (!found || !r) return abstain(found ? [] : [describeQuantity(q)]);
  const label = `${possessive(displayName(q.entity))} average ${AVERAGE_WORD[unit] ?? unit} ${FLOW[q.metric]}${inPeriod(period)}`;
  return {
    status: "answered",
    missing: [],
    lines: [{ text: `${label}: ${show(r)} (${r.formula})`, facts: found.facts }],
    figures: [computed(label, r, [found], about(q, FLOW[q.metric], period)), ...inputFigures([q], [found])],
  };
}

/** The mean of the amounts stated for each whole year of a span of years, every one stated or no answer. */
function yearlyMean(q: Quantity, ctx: ResolveContext): PlanAnswer | undefined {
  const p = q.period!;
  if (p.y1 === null || p.y2 === null || p.m1 !== 1 || p.m2 !== 12 || p.y2 <= p.y1 || p.y2 - p.y1 > 20) return undefined;
  const years = Array.from({ length: p.y2 - p.y1 + 1 }, (_, i): Period => ({ y1: p.y1! + i, m1: 1, y2: p.y1! + i, m2: 12 }));
  // (each year's own stated figure: a year's amount worked out from others, or of another period, is no input)
  const statedIn = (c: ResolveContext) => {
    const found = years.map((period) => resolve({ ...q, period }, c));
    return found.every((f, i) => f?.stated?.period && samePeriod(f.stated.period, years[i]!) && !f.fromQuestion)
      ? found as Found[] : undefined;
  };
  // the series one document gives (a table, a review of the years): the documents the years are found in, most first
  const docs = years.flatMap((period) => resolve({ ...q, period }, ctx)?.stated?.docId ?? []);
  const ranked = [...new Set(docs)].sort((a, b) => docs.filter((d) => d === b).length - docs.filter((d) => d === a).length);
  const all = ranked.map((doc) => statedIn({ ...ctx, base: { ...ctx.base, facts: ctx.base.facts.filter((f) => f.docId === doc) } }))
    .find((f) => f);
  if (!all) return undefined;
  const r = mean(all.map((f) => f.amount));
  if (!r) return undefined;
  const label = `${possessive(displayName(q.entity))} average annual ${FLOW[q.metric]}${inPeriod(p)}`;
  return {
    status: "answered",
    missing: [],
    lines: [{ text: `${label}: ${show(r)} (${r.formula})`, facts: all.flatMap((f) => f.facts) }],
    figures: [computed(label, r, all, about(q, FLOW[q.metric], p)), ...inputFigures(years.map((period) => ({ ...q, period })), all)],
  };
}

/**
 * Exports less imports, place by place: a surplus when positive, a deficit when negative; two balances asked against
 * each other ("which had the bigger surplus, and by how much?") with the gap between them.
 */
function balanceStep(plan: Plan, ctx: ResolveContext): PlanAnswer {
  const out: PlanAnswer = { status: "abstain", lines: [], figures: [], missing: [] };
  const found: Balance[] = [];
  for (let i = 0; i + 1 < plan.inputs.length; i += 2) {
    const one = oneBalance(plan.inputs[i]!, plan.inputs[i + 1]!, ctx);
    if ("missing" in one) {
      out.missing.push(...one.missing);
      continue;
    }
    found.push(one);
    out.lines.push(one.line);
    out.figures.push(...one.figures);
  }
  const [a, b] = found;
  if (plan.changes?.includes("difference") && found.length === 2 && !out.missing.length) {
    const gap = balanceGap(a!, b!);
    if (gap) {
      out.lines.push(gap.line);
      out.figures.splice(0, 0, gap.figure);
    }
  }
  return { ...out, status: out.lines.length ? "answered" : "abstain" };
}

interface Balance {
  line: Line;
  figures: DraftFigure[];
  /** Exports less imports (negative for a deficit), under the label its figure has. */
  balance: Result;
  label: string;
  found: Found[];
}

/** The larger balance less the smaller: "Wuxi's surplus was the bigger, by 27.8 billion yuan". */
function balanceGap(a: Balance, b: Balance): { line: Line; figure: DraftFigure } | undefined {
  const [hi, lo] = a.balance.value >= b.balance.value ? [a, b] : [b, a];
  const d = difference(hi.balance, lo.balance);
  if (!d) return undefined;
  const label = `${hi.label} vs ${lo.label}: gap`;
  const said = lo.balance.value > 0 ? `${hi.label} was the bigger` : hi.balance.value < 0 ? `${lo.label} was the bigger`
    : `${hi.label} and ${lo.label} lay apart`;
  return {
    line: { text: `${said}, by ${show(d)} (${d.formula})`, facts: [...hi.line.facts, ...lo.line.facts] },
    figure: computed(label, d, [...hi.found, ...lo.found]),
  };
}

// ("…, while total imports were …": a flow said to be the whole's, not the partner's or goods' the sentence began with)
const WHOLE_FLOW = /\b(?:total|overall|whole|all|entire|combined)\b/i;

/**
 * "Of the ASEAN total, exports came to 198 billion yuan, while imports were 137 billion yuan": the other flow, stated
 * in the sentence that gives one flow with its partner or goods, is that partner's or those goods' too when it names
 * none of its own (and no whole): the one such figure of the same place, period and currency.
 */
function flowBeside(side: Found | undefined, q: Quantity, ctx: ResolveContext): Found | undefined {
  const f = side?.stated;
  if (!f || (!f.partner && !f.subject) || (q.partner ?? undefined) !== (f.partner ?? undefined)
    || (q.subject ?? undefined) !== (f.subject ?? undefined) || !f.period) return undefined;
  const text = ctx.base.documents?.get(f.docId)?.text;
  const beside = ctx.base.facts.filter((x) => inSentenceOf(x, f) && x.metric === q.metric
    && x.measure === "amount" && x.entity === f.entity && !x.partner && !x.subject && !x.qualifier && !x.derived
    && x.value !== null && x.period !== undefined && samePeriod(x.period, f.period!) && moneyOf(x.unit) === moneyOf(f.unit)
    && moneyOf(x.unit) !== undefined
    && text !== undefined && !WHOLE_FLOW.test(text.slice(Math.min(f.valueEnd, x.valueEnd), Math.max(f.valueStart, x.valueStart))));
  return beside.length === 1 ? foundOf(beside[0]!, q, ctx) : undefined;
}

function oneBalance(expQ: Quantity, impQ: Quantity, ctx: ResolveContext): Balance | { missing: string[] } {
  const exp0 = resolve(expQ, ctx);
  const imp0 = resolve({ ...impQ, ...(exp0?.stated?.period && { period: exp0.stated.period }) }, ctx);
  // (one flow stated with its partner or goods, the other beside it in its sentence with neither)
  const exp = exp0?.stated ? exp0 : flowBeside(imp0, expQ, ctx) ?? exp0;
  const imp = imp0?.stated ? imp0 : flowBeside(exp0, impQ, ctx) ?? imp0;
  const d = exp && imp && difference(exp.amount, imp.amount);
  // a balance from derived flows would be total − 2 × imports: only stated exports and imports are subtracted
  if (!exp || !imp || !d || !exp.stated || !imp.stated) {
    return { missing: [describeQuantity(!exp?.stated ? expQ : impQ)] };
  }
  const kind = d.value >= 0 ? "surplus" : "deficit";
  const who = displayName(expQ.entity);
  const period = exp.stated.period ?? expQ.period;
  const label = `${possessive(who)} trade ${kind}${expQ.partner ? ` with ${displayName(expQ.partner)}` : ""}${inPeriod(period)}`;
  const size = { ...d, value: Math.abs(d.value) };
  return {
    balance: d,
    label,
    found: [exp, imp],
    line: {
      text: `${label}: exports ${show(exp.amount)} − imports ${show(imp.amount)} = a ${kind} of ${show(size)}`,
      facts: [...exp.facts, ...imp.facts],
    },
    figures: [computed(label, d, [exp, imp], about(expQ, `trade ${kind}`, period)), ...inputFigures([expQ, impQ], [exp, imp])],
  };
}

/** Runs a plan over the whole index. */
export function runPlan(plan: Plan, base: FactBase, question: string): PlanAnswer {
  const first = runOne(plan, base, question);
  if (!plan.next) return first;
  // a further comparison asked: answered only when both are, every part not found named
  const next = runPlan(plan.next, base, question);
  return {
    status: first.status === "answered" && next.status === "answered" ? "answered" : "abstain",
    lines: [...first.lines, ...next.lines],
    figures: [...first.figures, ...next.figures],
    missing: [...first.missing, ...next.missing],
  };
}

/** What a plan's quantities are resolved with: the facts, the question's words, its currency. */
export function planContext(plan: Plan, base: FactBase, question: string): ResolveContext {
  const currency = askedCurrency(question);
  // (one period asked, no change stated: "guangxi 2018 exports?" is not answered from 2019's level and growth)
  const statedOnly = findPeriods(question).length <= 1 && !worksBack(question);
  const words = questionWords(question);
  // (trade dependence worked out over a GDP the question gives: the trade it is worked from is no stated dependence)
  if (plan.asking?.includes(DEPENDENCE_WORD)) words.delete(DEPENDENCE_WORD);
  return { base, words, ...(currency && { currency }), statedOnly };
}

function runOne(asked: Plan, base: FactBase, question: string): PlanAnswer {
  const ctx = planContext(asked, base, question);
  const plan = { ...asked, inputs: asked.inputs.map((q) => inFlowStated(q, ctx)),
    ...(asked.also && { also: asked.also.map((q) => inFlowStated(q, ctx)) }) };
  const main = STEPS[plan.operation](plan, ctx);
  if (!plan.also?.length) return main;
  // values asked beside the operation come first, as the question asks them; every part not found is named
  const also = STEPS.values({ operation: "values", inputs: plan.also }, ctx);
  const mainMissing = main.status === "answered" || main.missing.length ? main.missing : [operationAsked(plan)];
  return {
    status: main.status === "answered" || also.status === "answered" ? "answered" : "abstain",
    lines: [...also.lines, ...main.lines],
    figures: [...also.figures, ...main.figures],
    missing: [...also.missing, ...mainMissing],
  };
}

/** What an operation works out, named for an answer that could not work it out. */
function operationAsked(plan: Plan): string {
  const first = plan.inputs[0]!;
  return plan.operation === "balance" ? `${describeQuantity({ ...first, metric: "trade" })} balance` : describeQuantity(first);
}
