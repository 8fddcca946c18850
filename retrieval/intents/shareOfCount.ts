import { percentOf } from "../figures/arithmetic.js";
import { valueText } from "../figures/describe.js";
import type { QuestionFrame } from "../figures/query.js";
import { candidates, questionWords, wordSet } from "../figures/select.js";
import { NOT_GOODS } from "../../text/subjects.js";
import { stated, type FactBase, type FigureAnswer } from "../figures/solve.js";
import { displayName, place } from "../../text/places.js";
import { periodLabel } from "../../text/periods.js";
import type { Fact } from "../../text/terms.js";
import type { Intent } from "./types.js";

/**
 * "What share of all China-Europe train trips did Xi'an make?": a place's count over the same count of the place it
 * belongs to (the nation's, unless the question names its province), both in one unit and period.
 */

/** The part and the whole: one place and the nation, or a city and its province. */
function pair(q: QuestionFrame): [string, string] | undefined {
  const places = q.entities.filter((e) => e !== "china");
  if (places.length === 1) return [places[0]!, "china"];
  const [x, y] = places;
  if (places.length !== 2) return undefined;
  if (place(x!)?.parent === y) return [x!, y!];
  return place(y!)?.parent === x ? [y!, x!] : undefined;
}

// ("what share of the province's iron ore imports, by tonnage, went to the city?": both counts are of the goods asked)
const countOf = (q: QuestionFrame, base: FactBase, entity: string, period = q.periods[0]): Fact[] =>
  candidates(base.facts, { words: questionWords(q.text), entity, measures: ["count"], ...(period && { period }),
    ...(q.subjects.length && { subjects: q.subjects }) });

// (firms of a kind and trade modes are no goods: a count of them is no share of the place's count of the same goods)
/** No subject, or one goods both the part's and the whole's counts are of. */
const goodsAtMost = (q: QuestionFrame) => !q.subjects.length || (q.subjects.length === 1 && !NOT_GOODS.has(q.subjects[0]!));

/** Of the statements of one count (a headline's and the text's), the one whose sentence says most of the question. */
function bestSaid(q: QuestionFrame, base: FactBase, found: Fact[]): Fact | undefined {
  const words = wordSet(q.text);
  const said = (f: Fact) => [...wordSet(base.documents?.get(f.docId)?.text.slice(f.start, f.end) ?? "")]
    .filter((w) => words.has(w)).length;
  const same = found.filter((f) => f.value === found[0]?.value && f.unit === found[0]?.unit);
  return same.sort((a, b) => said(b) - said(a))[0];
}

function solveShareOfCount(q: QuestionFrame, base: FactBase): FigureAnswer {
  const [part, whole] = pair(q)!;
  const a = bestSaid(q, base, countOf(q, base, part));
  const b = a && countOf(q, base, whole, a.period ?? q.periods[0]).find((f) => f.unit === a.unit && f.value! > a.value!);
  if (!a || !b) return { status: "none", lines: [], figures: [] };
  const { value, formula } = percentOf(a, b);
  const when = a.period ? ` in ${periodLabel(a.period)}` : "";
  return {
    status: "answered",
    lines: [{
      text: `${displayName(part)}: ${valueText(a)}; ${displayName(whole)}: ${valueText(b)}${when}. ${displayName(part)} made up ${value}% (${formula})`,
      facts: [a, b],
    }],
    figures: [{ label: `${displayName(part)}'s share of ${displayName(whole)}'s ${a.unit}${when}`, value, unit: "%", computed: true, formula,
      facts: [a, b] }, stated(a), stated(b)],
  };
}

export const shareOfCount: Intent = {
  name: "share of a count",
  // (only the share is asked, not given: "was 30% of …, so how many …" asks something else)
  // (a share of a count "that went to Germany", or of a goods' count, is no place's share of the nation's: the goods' count
  // of the place is set against the same goods' count of the whole)
  detect: (q) => q.measures.includes("share") && q.measures.includes("count") && !q.measures.includes("amount")
    && !q.partners.length && goodsAtMost(q)
    && !q.numbers.some((n) => n.kind === "percent") && pair(q) !== undefined,
  solve: solveShareOfCount,
};
