import { ratio } from "../figures/arithmetic.js";
import { valueText } from "../figures/describe.js";
import { periodLabel, samePeriod } from "../../text/periods.js";
import type { QuestionFrame } from "../figures/query.js";
import { stated, type FactBase, type FigureAnswer } from "../figures/solve.js";
import { figureFor, sidesOf, type Side } from "./sides.js";
import type { Intent } from "./types.js";

/** "Fujian's trade was how many times Hebei's?", "exports were how many times imports?": one amount divided by another. */
const ASKS_RATIO = /\bhow many times\b|\bmultiple of\b|\bratio\b/i;

const TIMES_MORE_WAS = /^\s*(?:bigger|larger|greater|higher|more)\s+(?:was|were|is|are|did)\b/i;

/**
 * The two sides in the order the question divides them: the side named after "how many times" is the divisor
 * ("Fujian vs Hebei: Hebei's trade was how many times Fujian's?" is Hebei ÷ Fujian).
 */
function inDivisionOrder(q: QuestionFrame, sides: Side[]): Side[] {
  const times = ASKS_RATIO.exec(q.text);
  if (!times) return sides;
  const after = q.text.slice(times.index + times[0].length).toLowerCase();
  const named = (s: Side) => after.includes(s.label.toLowerCase());
  // ("how many times bigger was Anshan's (than Jilin's)?": the side the verb is of is divided, not the divisor)
  if (TIMES_MORE_WAS.test(after)) return named(sides[1]!) && !named(sides[0]!) ? [sides[1]!, sides[0]!] : sides;
  return named(sides[0]!) && !named(sides[1]!) ? [sides[1]!, sides[0]!] : sides;
}

// "export/import ratio", "exports-to-imports ratio", "ratio of exports to imports": each place's own flows divided
const FLOW_RATIO = /\b(exports?|imports?)\s*(?:\/|:|-?\s*to\s*-?)\s*(?:imports?|exports?)\b|\bratio of (exports?|imports?) to (?:imports?|exports?)\b/i;

/**
 * "2019 export/import ratio: A vs B - which was higher?": each place's exports over its imports, never one place's
 * amount over the other's; a place without both flows stated leaves the question unanswered.
 */
function flowRatios(q: QuestionFrame, base: FactBase, sides: Side[], first: string): FigureAnswer {
  const [top, bottom] = /^export/i.test(first) ? ["exports", "imports"] as const : ["imports", "exports"] as const;
  const found = sides.map((side) => {
    const a = figureFor({ ...side, metric: top }, q, base, "amount");
    const b = a && figureFor({ ...side, metric: bottom, ...(!side.period && a.period && { period: a.period }) }, q, base, "amount");
    const r = a && b && samePeriodOrNone(a, b) ? ratio(a, b) : undefined;
    return { side, a, b, r };
  });
  if (found.some((x) => !x.r)) return { status: "abstain", lines: [], figures: [] };
  const lines = found.map(({ side, a, b, r }) => ({
    text: `${side.label}: ${top} ${valueText(a!)}; ${bottom} ${valueText(b!)}${a!.period ? `, ${periodLabel(a!.period)}` : ""}: `
      + `${top} were ${r!.value} times ${bottom} (${r!.formula})`,
    facts: [a!, b!],
  }));
  const best = [...found].sort((x, y) => y.r!.value - x.r!.value);
  const tie = best[0]!.r!.value === best[1]!.r!.value;
  const last = lines.at(-1)!;
  last.text += `. ${tie ? "The two ratios are the same" : `${best[0]!.side.label}'s ratio is higher`}`;
  return {
    status: "answered", lines,
    figures: found.flatMap(({ side, a, b, r }) => [stated(a!), stated(b!),
      { label: `${side.label}: ${top} ÷ ${bottom}`, value: r!.value, unit: "times", computed: true, formula: r!.formula, facts: [a!, b!] }]),
  };
}

const samePeriodOrNone = (a: { period?: Parameters<typeof samePeriod>[0] }, b: typeof a) =>
  !a.period || !b.period || samePeriod(a.period, b.period);

function solveRatio(q: QuestionFrame, base: FactBase): FigureAnswer {
  const flows = FLOW_RATIO.exec(q.text);
  const placeSides = sidesOf(q).filter((s) => !s.metric);
  if (flows && placeSides.length >= 2 && q.entities.filter((e) => e !== "china").length >= 2) {
    return flowRatios(q, base, placeSides.slice(0, 2), flows[1] ?? flows[2]!);
  }
  const sides = inDivisionOrder(q, sidesOf(q).slice(0, 2));
  if (sides.length < 2) return { status: "none", lines: [], figures: [] };
  const a = figureFor(sides[0]!, q, base, "amount");
  // both amounts of one period: a first half is not divided by a first quarter
  const b = figureFor({ ...sides[1]!, ...(!sides[1]!.period && a?.period && { period: a.period }) }, q, base, "amount");
  if (!a || !b) return { status: "abstain", lines: [], figures: [] };
  const r = ratio(a, b);
  if (!r) return { status: "abstain", lines: [], figures: [] };
  const [sa, sb] = sides as [typeof sides[0], typeof sides[0]];
  // each side with its own period when the two differ ("Xi'an, November 2023: …; Ningbo, first three quarters of 2022: …")
  const apart = a.period && b.period && !samePeriod(a.period, b.period);
  const own = (f: typeof a) => (apart && f.period ? ` (${periodLabel(f.period)})` : "");
  const when = a.period && !apart ? `, ${periodLabel(a.period)}` : "";
  const were = (label: string) => (/s$/.test(label) ? "were" : "was");
  // ("how many times A's trade was B's?" with A the smaller: a multiple is asked, which the other way round gives;
  // both are said, as the words may be read either way)
  const back = /\bhow many times\b/i.test(q.text) && r.value < 1 ? ratio(b, a) : undefined;
  const text = `${sa.label}${own(a)}: ${valueText(a)}; ${sb.label}${own(b)}: ${valueText(b)}${when}. ${sa.label} ${were(sa.label)} ${r.value} times ${sb.label} (${r.formula})`
    + (back ? `; ${sb.label} ${were(sb.label)} ${back.value} times ${sa.label} (${back.formula})` : "");
  return {
    status: "answered",
    lines: [{ text, facts: [a, b] }],
    // (the other way round before the one asked, which stays the answer's last figure)
    figures: [stated(a), stated(b),
      ...(back ? [{ label: `${sb.label} ÷ ${sa.label}`, value: back.value, unit: "times", computed: true, formula: back.formula, facts: [b, a] }] : []),
      { label: `${sa.label} ÷ ${sb.label}`, value: r.value, unit: "times", computed: true, formula: r.formula, facts: [a, b] }],
  };
}

// "how many times its 2004 level was the mongolia trade?": one thing's multiple of its own earlier level, no two sides'
const TIMES_OWN_LEVEL = new RegExp(String.raw`\bhow many times\s+(?:its|their|the|that)\s+`
  + String.raw`(?:(?:19|20)\d\d|earlier|year-earlier|previous)\s+(?:level|total|figure)\b`, "i");

export const ratioIntent: Intent = {
  name: "ratio",
  detect: (q) => ASKS_RATIO.test(q.text) && !TIMES_OWN_LEVEL.test(q.text) && sidesOf(q).length >= 2,
  solve: solveRatio,
};
