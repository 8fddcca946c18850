import { fmt, round } from "../figures/arithmetic.js";
import { entityName, valueText } from "../figures/describe.js";
import { periodLabel, samePeriod } from "../../text/periods.js";
import type { QuestionFrame } from "../figures/query.js";
import { candidates, questionWords } from "../figures/select.js";
import { stated, type FactBase, type FigureAnswer } from "../figures/solve.js";
import type { Intent } from "./types.js";

/**
 * "What national growth rate does Jiangxi's report imply?": a place's growth and its stated gap to
 * the national average give the national rate (growth − gap).
 */
const ASKS = /\b(?:national|nationwide|country(?:'s)?|china's)\b[^?]*\b(?:growth|rate|grew)\b|\b(?:growth|rate)\b[^?]*\b(?:national|nationwide|the country)\b/i;
const REASONING = /\bimpl(?:y|ies|ied)\b|\bgiven\b|\bgoing by\b|\bjudging by\b|\bbased on\b/i;

function solveImpliedNational(q: QuestionFrame, base: FactBase): FigureAnswer {
  for (const entity of q.entities.filter((e) => e !== "china")) {
    const spec = { words: questionWords(q.text), entity, partner: q.partners[0], subjects: [], metric: q.metric === "partners" ? "trade" as const : q.metric ?? "trade" as const, ...(q.periods[0] && { period: q.periods[0] }) };
    const gap = candidates(base.facts, { ...spec, measures: ["pp_gap"] })[0];
    const growth = gap && candidates(base.facts, { ...spec, measures: ["growth"] }).find((g) => !gap.period || !g.period || samePeriod(g.period, gap.period));
    if (!gap || !growth) continue;
    const national = round(growth.value! - gap.value!);
    const when = growth.period ? ` in ${periodLabel(growth.period)}` : "";
    // a gap below the average is added back: "5.1 + 0.3", not "5.1 − -0.3"
    const formula = `${fmt(growth.value!)} ${gap.value! < 0 ? "+" : "−"} ${fmt(Math.abs(gap.value!))} = ${fmt(national)}%`;
    return {
      status: "answered",
      lines: [{ text: `${entityName(growth)} grew ${valueText(growth)}${when}, ${fmt(Math.abs(gap.value!))} percentage points ${gap.value! < 0 ? "slower" : "faster"} than the national average, so the national rate was ${fmt(national)}% (${formula})`, facts: [growth, gap] }],
      figures: [{ label: `national growth rate${when} (implied by ${entityName(growth, false)}'s figures)`, value: national, unit: "%", computed: true, formula, facts: [growth, gap] }, stated(growth), stated(gap)],
    };
  }
  return { status: "none", lines: [], figures: [] };
}

export const impliedNational: Intent = {
  name: "implied national growth rate",
  detect: (q) => ASKS.test(q.text) && REASONING.test(q.text) && q.entities.some((e) => e !== "china"),
  solve: solveImpliedNational,
};
