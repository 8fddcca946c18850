import { fmt, percentOf, sameUnit } from "../figures/arithmetic.js";
import { valueText } from "../figures/describe.js";
import { displayName } from "../../text/places.js";
import { periodLabel } from "../../text/periods.js";
import type { QuestionFrame } from "../figures/query.js";
import { stated, type FactBase, type FigureAnswer } from "../figures/solve.js";
import { figureFor, type Side } from "./sides.js";
import type { Intent } from "./types.js";

/**
 * "What share of Tianjin port's trade came from private enterprises?", "What share of Heilongjiang's
 * trade was with Russia?": a part of one place's trade (a subject or a partner) over its total, as
 * stated when the text states it, else computed from the two amounts.
 */
function parts(q: QuestionFrame): { whole: Side; part: Side; name: string } | undefined {
  const places = q.entities.filter((e) => e !== "china");
  const entity = places.length === 1 ? places[0]! : places.length === 0 && q.entities.includes("china") ? "china" : undefined;
  if (!entity || q.subjects.length + q.partners.length !== 1) return undefined;
  const period = q.periods[0];
  const whole: Side = { label: displayName(entity), entity, ...(period && { period }) };
  const part: Side = { ...whole, ...(q.subjects[0] && { subject: q.subjects[0] }), ...(q.partners[0] && { partner: q.partners[0] }) };
  return { whole, part, name: q.subjects[0] ?? displayName(q.partners[0]!) };
}

function solveShareOfPart(q: QuestionFrame, base: FactBase): FigureAnswer {
  const { whole, part, name } = parts(q)!;
  const statedShare = figureFor(part, q, base, "share");
  if (statedShare && statedShare.shareOf === "own") {
    return { status: "answered", lines: [{ text: `${name}: ${valueText(statedShare)} of ${whole.label}'s total`, facts: [statedShare] }], figures: [stated(statedShare)] };
  }
  const a = figureFor(part, q, base, "amount");
  const b = a && figureFor({ ...whole, ...(a.period && { period: a.period }) }, q, base, "amount");
  if (!a || !b || !b.value || !sameUnit(a, b)) return { status: "abstain", lines: [], figures: [] };
  const { value: share, formula } = percentOf(a, b);
  // a part is less than its whole: a share of 100% or more means the two figures are not part and whole
  if (share >= 100) return { status: "abstain", lines: [], figures: [] };
  const when = a.period ? ` in ${periodLabel(a.period)}` : "";
  return {
    status: "answered",
    lines: [{ text: `${name}: ${valueText(a)}; ${whole.label}'s total: ${valueText(b)}${when}. That is ${fmt(share)}% of the total (${formula})`, facts: [a, b] }],
    figures: [{ label: `${name}'s share of ${whole.label}'s total${when}`, value: share, unit: "%", computed: true, formula, facts: [a, b] }, stated(a), stated(b)],
  };
}

export const shareOfPart: Intent = {
  name: "share of a subject or partner in a place's trade",
  detect: (q) => q.measures.includes("share") && !q.measures.includes("amount") && !q.numbers.some((n) => n.kind === "percent") && parts(q) !== undefined,
  solve: solveShareOfPart,
};
