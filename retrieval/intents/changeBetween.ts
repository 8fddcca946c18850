import { common, fmt, round, sameUnit } from "../figures/arithmetic.js";
import { entityName, valueText } from "../figures/describe.js";
import { findPeriods, isPartOf, periodLabel, samePeriod, type Period } from "../../text/periods.js";
import type { QuestionFrame } from "../figures/query.js";
import { stated, type FactBase, type FigureAnswer } from "../figures/solve.js";
import { figureFor, sidesOf } from "./sides.js";
import type { Intent } from "./types.js";

/**
 * "By what percent did June 2021 grow on May 2021?": the change between two stated amounts of the
 * same place and flow, (later − earlier) ÷ earlier.
 */
function solveChangeBetween(asked: QuestionFrame, base: FactBase): FigureAnswer {
  const q = { ...asked, periods: distinctPeriods(asked) };
  const [first, second] = sidesOf(q);
  if (!first?.period || !second?.period) return { status: "none", lines: [], figures: [] };
  // (a running total and a longer one that holds it, "jan-feb" and "q1", are no two levels a change is between)
  if (isPartOf(first.period, second.period) || isPartOf(second.period, first.period)) {
    return { status: "none", lines: [], figures: [] };
  }
  // "from 2010 to 2014" names the earlier first, "june on may" the later: the later is the one that ends later
  const end = (p: Period) => (p.y2 ?? 0) * 12 + p.m2;
  type Dated = typeof first & { period: Period };
  const [later, earlier] = (end(first.period) >= end(second.period) ? [first, second] : [second, first]) as [Dated, Dated];
  const a = figureFor(later, q, base, "amount");
  const b = figureFor(earlier, q, base, "amount");
  if (!a || !b || !b.value) {
    // the text may state the change itself: "63.5 billion yuan, 4.6 percent more than in September"
    const said = base.facts.find((f) => f.entity === later.entity && f.measure === "growth" && f.base && f.period && samePeriod(f.period, later.period!)
      && (f.partner ?? undefined) === (later.partner ?? undefined) && !f.subject && namesPeriod(f.base, earlier.period!));
    if (!said) return { status: "abstain", lines: [], figures: [] };
    const lines = [{ text: `${entityName(said)}'s ${periodLabel(later.period)}: ${a ? `${valueText(a)}, ` : ""}${fmt(Math.abs(said.value!))}% ${said.value! < 0 ? "less" : "more"} ${said.base!.replace(/^\S+\s+/, "than ")}`, facts: a ? [a, said] : [said] }];
    return { status: "answered", lines, figures: [...(a ? [stated(a)] : []), stated(said)] };
  }
  // (two currencies give no change: 189 billion dollars against 1,701 billion yuan is no fall)
  if (!sameUnit(a, b)) return { status: "abstain", lines: [], figures: [] };
  const c = common(a, b);
  const change = round(((c.va - c.vb) / c.vb) * 100);
  const formula = `(${fmt(c.va)} − ${fmt(c.vb)}) ÷ ${fmt(c.vb)} × 100 = ${fmt(change)}%`;
  const text = `${entityName(a)}'s ${periodLabel(later.period)}: ${valueText(a)}; ${periodLabel(earlier.period)}: ${valueText(b)}. The change was ${fmt(change)}% (${formula})`;
  return {
    status: "answered",
    lines: [{ text, facts: [a, b] }],
    figures: [{ label: `change from ${periodLabel(earlier.period)} to ${periodLabel(later.period)}`, value: change, unit: "%", computed: true, formula, facts: [a, b] }, stated(a), stated(b)],
  };
}

/** Does a base ("than in September", "from the second quarter", "over 2019") name this period? */
function namesPeriod(text: string, p: Period): boolean {
  return findPeriods(text, {}, { keepBases: true }).some(({ period: b }) => b.m1 === p.m1 && b.m2 === p.m2 && (b.y1 === null || p.y1 === null || b.y1 === p.y1));
}

/** The periods a question names, each once: "from 2019 to 2023 (use the 2019 review and the 2023 table)" names two. */
function distinctPeriods(q: QuestionFrame): Period[] {
  return q.periods.filter((p, i) => q.periods.findIndex((o) => samePeriod(o, p)) === i);
}

// "2024 vs 2021 - % change?", "percentage change, 2021 vs 2024": a change asked in percent between two periods' levels,
// not their two growth rates set side by side
// ("2026 vs 2025 - by what % did it grow?": the same change, asked by how much in percent the level moved)
const PERCENT_CHANGE = new RegExp(String.raw`(?:%|\bper ?cent(?:age)?)\s*change\b|\bchange\b[^?]*\bin\s*(?:%|per ?cent\b)`
  + String.raw`|\bby\s+(?:what|how\s+many|how\s+much)\s+(?:%|per ?cent(?:age)?)\s+(?:did|does|has|had|was|were)\s+`
  + String.raw`(?:it|they|the\s+\w+|its\s+\w+)\s+(?:gr[eo]w|r[io]se|increase|fall|fell|drop|decline|shrink|change)`, "i");

const RATES_SIDE_BY_SIDE = /\b(?:faster|slower|quicker)\b|\b(?:percentage\s+)?points\b|\bpts\b/i;

export const changeBetween: Intent = {
  name: "change between two periods",
  // a growth asked between two named periods ("june on may", "2023 compared with 2022"), not a stated one
  detect: (q) => (q.measures.includes("growth") || /\bhow (?:did )?[\w' ]*compared?\b/i.test(q.text)) && distinctPeriods(q).length === 2
    && (/\b(?:on|over|from|compared? (?:with|to)|than|month[- ]on[- ]month)\b/i.test(q.text)
      || (/\bvs\.?\b|\bversus\b/i.test(q.text) && PERCENT_CHANGE.test(q.text)))
    && q.entities.filter((e) => e !== "china").length <= 1 && q.partners.length <= 1
    // a share's change is in points between the two shares (the plans'), never a percent between two levels
    && !q.measures.includes("share")
    // ("did exports grow faster in november alone or over the first ten months? by how many points?": two growth rates set
    // side by side, no change between two levels)
    && !RATES_SIDE_BY_SIDE.test(q.text)
    // "grew 7.5% month on month - what does that imply for August?" states the change and asks the level
    && !q.numbers.some((n) => n.kind === "percent"),
  solve: solveChangeBetween,
};
