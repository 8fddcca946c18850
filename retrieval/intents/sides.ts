import { displayName } from "../../text/places.js";
import { periodLabel, type Period } from "../../text/periods.js";
import type { QuestionFrame } from "../figures/query.js";
import { candidates, questionWords } from "../figures/select.js";
import type { FactBase } from "../figures/solve.js";
import type { Fact, Measure, Metric } from "../../text/terms.js";

/**
 * The two (or more) things a question sets side by side: places, partners, subjects (trade modes,
 * enterprise types), flows (exports and imports) or periods, each with everything else the question
 * fixes (owner, partner, subject, flow, period).
 */
export interface Side {
  label: string;
  entity: string;
  partner?: string;
  subject?: string;
  metric?: Metric;
  period?: Period;
}

const FLOWS = /\bexports?\b[^?]*\bimports?\b|\bimports?\b[^?]*\bexports?\b/i;

export function sidesOf(q: QuestionFrame): Side[] {
  const places = q.entities.filter((e) => e !== "china");
  const owner = places[0] ?? "china";
  const base = {
    entity: owner, ...(q.partners.length === 1 && { partner: q.partners[0]! }), ...(q.subjects.length === 1 && { subject: q.subjects[0]! }),
    ...(q.periods.length === 1 && { period: q.periods[0]! }),
  };
  if (places.length >= 2) {
    const own = q.periods.length === places.length;
    return places.map((e, i) => ({ ...base, label: displayName(e), entity: e, ...(own && { period: q.periods[i]! }) }));
  }
  if (q.partners.length >= 2) return q.partners.map((p) => ({ ...base, label: displayName(p), partner: p }));
  if (q.subjects.length >= 2) return q.subjects.map((s) => ({ ...base, label: s, subject: s }));
  if (FLOWS.test(q.text) && !/\bimports?\s+and\s+exports?|exports?\s+and\s+imports?/i.test(q.text)) {
    const order: Metric[] = /\bimports?\b[^?]*\bexports?\b/i.test(q.text) && !/\bexports?\b[^?]*\bimports?\b/i.test(q.text) ? ["imports", "exports"] : ["exports", "imports"];
    return order.map((m) => ({ ...base, label: m, metric: m }));
  }
  if (q.periods.length >= 2) return q.periods.map((p) => ({ ...base, label: periodLabel(p), period: p }));
  return [];
}

/** The best stated figure for one side and measure, or undefined. */
export function figureFor(side: Side, q: QuestionFrame, base: FactBase, measure: Measure): Fact | undefined {
  return candidates(base.facts, {
    words: questionWords(q.text), entity: side.entity, partner: side.partner, subjects: side.subject ? [side.subject] : [],
    metric: side.metric ?? (q.metric === "partners" ? "trade" : q.metric ?? "trade"), measures: [measure],
    ...(side.period && { period: side.period }),
  })[0];
}
