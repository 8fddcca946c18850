import { fmt, round, signed } from "../figures/arithmetic.js";
import { valueText } from "../figures/describe.js";
import type { QuestionFrame } from "../figures/query.js";
import { wordSet } from "../figures/select.js";
import { stated, type FactBase, type FigureAnswer } from "../figures/solve.js";
import { periodLabel, samePeriod } from "../../text/periods.js";
import type { Fact } from "../../text/terms.js";
import { unitAskedAs } from "../../text/units.js";
import type { Intent } from "./types.js";

/**
 * "Did sea-rail train trips grow faster than the port's container throughput?": the changes of two things one place
 * counted (trips, TEUs, tonnes of freight), side by side, with the gap in percentage points.
 */

// the two phrases a comparison sets side by side: "X … faster than Y", "X vs Y" (after a leading "place 2022:")
const SIDES = /^(?:[^:]*:)?(.*?)\b(?:than|vs\.?|versus)\b(.*)$/i;
// the words that name a counted thing: its units, and the words they are asked by
const COUNTED = /\b(?:trips|trains|teus?|containers?|throughput|tonnes|tons|freight|cargo)\b/i;
// asking words around a side's phrase: "did … grow faster"
const ASKING = /^\s*(?:did|do|does|has|have|was|were|is|are)\s+|\s+(?:gr[eo]w\w*|r[io]se|increase\w*)\b.*$/gi;

function sides(q: QuestionFrame): [string, string] | undefined {
  const m = SIDES.exec(q.text.split("?")[0]!);
  const pair = m && [m[1]!.replace(ASKING, "").trim(), m[2]!.replace(ASKING, "").trim()];
  return pair && pair.every((p) => COUNTED.test(p)) ? [pair[0]!, pair[1]!] : undefined;
}

/** What a change of a count is of, as words: its goods and qualifier, and the words its unit is asked by. */
function countedWords(f: Fact): Set<string> {
  const what = [f.subject ?? "", (f.qualifier ?? "").replace(/(?:^|, )quantity\b/g, "")].join(" ");
  return wordSet(`${what} ${unitAskedAs(what).join(" ")}`);
}

/** The change of a count the phrase names best: the most of its words the count's words share. */
function changeNamed(phrase: string, changes: Fact[]): Fact | undefined {
  const words = [...wordSet(phrase)].filter((w) => w.length > 2);
  const scored = changes.map((f) => [f, words.filter((w) => countedWords(f).has(w)).length] as const).filter(([, s]) => s > 0);
  return scored.sort((a, b) => b[1] - a[1])[0]?.[0];
}

function solveCompareCounts(q: QuestionFrame, base: FactBase): FigureAnswer {
  const [left, right] = sides(q)!;
  const entity = q.entities.find((e) => e !== "china")!;
  const period = q.periods[0];
  const changes = base.facts.filter((f) => f.entity === entity && f.measure === "growth" && /\bquantity\b/.test(f.qualifier ?? "")
    && f.value !== null && (!period || (f.period !== undefined && samePeriod(f.period, period))));
  const a = changeNamed(left, changes);
  const b = changeNamed(right, changes.filter((f) => f !== a));
  if (!a || !b) return { status: "none", lines: [], figures: [] };
  const [hi, lo, hiSide, loSide] = a.value! >= b.value! ? [a, b, left, right] : [b, a, right, left];
  const gap = round(hi.value! - lo.value!);
  const formula = `${fmt(hi.value!)} − ${signed(lo.value!)} = ${fmt(gap)} percentage points`;
  const when = a.period ? ` (${periodLabel(a.period)})` : "";
  return {
    status: "answered",
    lines: [{
      text: `${left}: ${valueText(a)}; ${right}: ${valueText(b)}${when}. ${hiSide.charAt(0).toUpperCase()}${hiSide.slice(1)} grew faster, by ${fmt(gap)} percentage points (${formula})`,
      facts: [a, b],
    }],
    figures: [stated(a), stated(b),
      { label: `${hiSide} minus ${loSide}`, value: gap, unit: "percentage points", computed: true, formula, facts: [a, b] }],
  };
}

export const compareCounts: Intent = {
  name: "compare two counts of a place",
  detect: (q) => q.measures.includes("growth") && q.entities.filter((e) => e !== "china").length === 1 && q.subjects.length < 2
    && sides(q) !== undefined,
  solve: solveCompareCounts,
};
