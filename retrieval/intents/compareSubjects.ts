import { common, fmt, round, sameUnit, signed } from "../figures/arithmetic.js";
import { valueText } from "../figures/describe.js";
import { periodLabel, samePeriod } from "../../text/periods.js";
import type { QuestionFrame } from "../figures/query.js";
import { stated, type DraftFigure, type FactBase, type FigureAnswer, type Line } from "../figures/solve.js";
import type { Measure } from "../../text/terms.js";
import { figureFor, sidesOf } from "./sides.js";
import type { Intent } from "./types.js";

/**
 * "Which grew faster, state-owned or foreign-invested enterprises?", "general trade vs processing
 * trade": two subjects of one place, side by side, with the gap (percentage points for rates).
 */
function solveCompareSubjects(q: QuestionFrame, base: FactBase): FigureAnswer {
  const sides = sidesOf(q).slice(0, 2);
  const asked = q.measures.filter((m): m is Measure => m === "growth" || m === "share" || m === "amount");
  const measures: Measure[] = asked.length ? asked : [/\bfaster|slower|grow|points?\b/i.test(q.text) ? "growth" : "amount"];
  const lines: Line[] = [];
  const figures: DraftFigure[] = [];
  for (const measure of measures) {
    const [a, b] = sides.map((s) => figureFor(s, q, base, measure));
    if (!a || !b) continue;
    // two subjects side by side in one period: figures of two periods ("car exports in 2008 vs vehicles in 2007")
    // compare nothing
    if ((a.period || b.period) && !(a.period && b.period && samePeriod(a.period, b.period))) continue;
    const rates = a.unit === "%" && b.unit === "%";
    if (!rates && !sameUnit(a, b)) continue;
    // amounts at different scales (2.9 trillion and 300 billion yuan) are compared in one unit
    const c = rates ? { unit: "percentage points", va: a.value!, vb: b.value! } : common(a, b);
    const when = a.period ? ` (${periodLabel(a.period)})` : "";
    const both = `${sides[0]!.label}: ${valueText(a)}; ${sides[1]!.label}: ${valueText(b)}${when}.`;
    figures.push(stated(a), stated(b));
    if (c.va === c.vb) {
      // a tie is no win: "both grew 6%"
      lines.push({ text: `${both} Neither was ahead: the two are equal.`, facts: [a, b] });
      continue;
    }
    const [hi, lo, hiSide, loSide] = c.va > c.vb ? [c.va, c.vb, sides[0]!, sides[1]!] : [c.vb, c.va, sides[1]!, sides[0]!];
    const gap = round(hi - lo);
    const formula = `${fmt(hi)} − ${signed(lo)} = ${fmt(gap)} ${c.unit}`;
    const verb = measure === "growth" ? "grew faster" : measure === "share" ? "had the bigger share" : "was bigger";
    lines.push({ text: `${both} ${hiSide.label} ${verb}, by ${fmt(gap)} ${c.unit} (${formula}; ${loSide.label} the other)`, facts: [a, b] });
    figures.push({ label: `${hiSide.label} minus ${loSide.label}`, value: gap, unit: c.unit, computed: true, formula, facts: [a, b] });
  }
  return lines.length ? { status: "answered", lines, figures } : { status: "abstain", lines: [], figures: [] };
}

export const compareSubjects: Intent = {
  name: "compare subjects",
  // ("rank them by how much they changed vs 2019": that "vs" is the base year's, setting no two sides apart)
  detect: (q) => (q.intent === "comparison" || (!q.baseYear && /\bvs\.?\b|\bversus\b|\bthan\b|\bfaster\b/i.test(q.text)))
    && q.subjects.length >= 2,
  solve: solveCompareSubjects,
};
