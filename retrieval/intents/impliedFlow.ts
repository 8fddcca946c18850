import { common, fmt, round, sameUnit } from "../figures/arithmetic.js";
import { entityName, valueText } from "../figures/describe.js";
import { displayName } from "../../text/places.js";
import { periodLabel } from "../../text/periods.js";
import type { QuestionFrame } from "../figures/query.js";
import { stated, type DraftFigure, type FactBase, type FigureAnswer } from "../figures/solve.js";
import type { Fact, Metric } from "../../text/terms.js";
import { figureFor, type Side } from "./sides.js";
import type { Intent } from "./types.js";

/**
 * A flow the text does not state, from the two it does: imports = total trade − exports (and the
 * other way round); its growth from the two stated growths, through the year-earlier levels they imply.
 */
const OTHER: Partial<Record<Metric, Metric>> = { imports: "exports", exports: "imports" };
const NONE: FigureAnswer = { status: "none", lines: [], figures: [] };

/** A total stated in dollars with the yuan beside it, less a flow in yuan, is worked in yuan. */
function inUnitOf(total: Fact, other: Fact): Fact {
  if (sameUnit(total, other) || !total.alt) return total;
  const { alt, ...rest } = total;
  const restated = { ...rest, ...alt };
  return sameUnit(restated, other) ? restated : total;
}

function solveImpliedFlow(q: QuestionFrame, base: FactBase): FigureAnswer {
  const asked = q.metric!;
  const places = q.entities.filter((e) => e !== "china");
  const entity = places[0] ?? "china";
  const side: Side = { label: displayName(entity), entity, ...(q.partners[0] && { partner: q.partners[0] }), ...(q.periods[0] && { period: q.periods[0] }) };
  const wantsGrowth = q.measures.includes("growth");
  // a flow the text states is a look-up, not a computation
  if (figureFor({ ...side, metric: asked }, q, base, wantsGrowth ? "growth" : "amount")) return NONE;
  const totalStated = figureFor({ ...side, metric: "trade" }, q, base, "amount");
  const other = totalStated
    && figureFor({ ...side, metric: OTHER[asked]!, ...(totalStated.period && { period: totalStated.period }) }, q, base, "amount");
  const total = totalStated && other ? inUnitOf(totalStated, other) : totalStated;
  if (!total || !other || !sameUnit(total, other)) return NONE;
  const c = common(total, other);
  const now = round(c.va - c.vb);
  const when = total.period ? ` in ${periodLabel(total.period)}` : "";
  const nowFormula = `${fmt(c.va)} − ${fmt(c.vb)} = ${fmt(now)} ${c.unit}`;
  const nowFigure: DraftFigure = { label: `${entityName(total, false)} · ${asked} (total − ${OTHER[asked]})${when}`, value: now, unit: c.unit, computed: true, formula: nowFormula, facts: [total, other] };
  const facts: Fact[] = [total, other];
  let text = `${entityName(total)}'s ${asked}${when} are not stated; total trade ${valueText(total)} − ${OTHER[asked]} ${valueText(other)} = ${fmt(now)} ${c.unit}`;
  const figures: DraftFigure[] = [nowFigure, stated(total), stated(other)];
  if (wantsGrowth) {
    const gTotal = figureFor({ ...side, metric: "trade", ...(total.period && { period: total.period }) }, q, base, "growth");
    const gOther = figureFor({ ...side, metric: OTHER[asked]!, ...(total.period && { period: total.period }) }, q, base, "growth");
    if (!gTotal || !gOther) return { status: "abstain", lines: [], figures: [] };
    const prevTotal = c.va / (1 + gTotal.value! / 100);
    const prevOther = c.vb / (1 + gOther.value! / 100);
    const prev = prevTotal - prevOther;
    const growth = round((now / prev - 1) * 100);
    const formula = `(${fmt(c.va)} ÷ ${fmt(1 + gTotal.value! / 100)} − ${fmt(c.vb)} ÷ ${fmt(1 + gOther.value! / 100)}) = ${fmt(round(prev))} a year earlier; ${fmt(now)} ÷ ${fmt(round(prev))} − 1 = ${fmt(growth)}%`;
    figures.unshift({ label: `${entityName(total, false)} · ${asked} growth (implied)${when}`, value: growth, unit: "%", computed: true, formula, facts: [total, other, gTotal, gOther] });
    facts.push(gTotal, gOther);
    figures.push(stated(gTotal), stated(gOther));
    text += `; a year earlier they were about ${fmt(round(prev))} ${c.unit} (${formula})`;
  }
  return { status: "answered", lines: [{ text, facts }], figures };
}

export const impliedFlow: Intent = {
  name: "a flow implied by the total and the other flow",
  detect: (q) => (q.metric === "imports" || q.metric === "exports") && q.entities.filter((e) => e !== "china").length <= 1
    && q.subjects.length === 0 && (q.measures.includes("amount") || q.measures.includes("growth") || q.measures.length === 0),
  solve: solveImpliedFlow,
};
