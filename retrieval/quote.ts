import type { EvidenceSentence } from "./evidence.js";
import type { NumberMention } from "./figures/numbers.js";
import type { QuestionFrame } from "./figures/query.js";
import type { Measure, Metric } from "./figures/types.js";
import { findMetricWords } from "./figures/cues.js";

/**
 * Quoted figures: when no structured fact answers a figure question, a sentence that states a
 * figure of the asked kind for the asked place, partner, subject and period is quoted as it is
 * (cited, marked as quoted rather than computed).
 */

/** What a stated number can measure. */
function measuresOf(n: NumberMention): Measure[] {
  switch (n.kind) {
    case "percent": return ["growth", "share", "rate"];
    case "pp": return ["pp_gap", "pp_change"];
    case "multiple": return ["growth", "multiple"];
    case "money": return ["amount"];
    case "count": return ["count"];
    default: return [];
  }
}

const RANK_WORDS = /\b(?:rank(?:s|ed|ing)?|placed?|position)\b[^.;]{0,40}\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|top|\d{1,2}(?:st|nd|rd|th))\b|\b(?:first|second|third|\d{1,2}(?:st|nd|rd|th))\s+(?:place|among|in (?:the country|china)|nationwide)/i;

/** The flow a number is stated for: the nearest flow word before it (or, failing that, after it). */
function flowOf(text: string, n: NumberMention): Metric | undefined {
  const words = findMetricWords(text);
  return (words.filter((w) => w.end <= n.start).at(-1) ?? words.find((w) => w.start >= n.end))?.metric;
}

/** The asked measures a sentence states a figure of the asked flow for. */
function statedMeasures(s: EvidenceSentence, asked: Measure[], metric: Metric): Set<Measure> {
  const out = new Set<Measure>();
  for (const n of s.numbers) {
    const flow = flowOf(s.text, n);
    // "exports rose 2.4%" does not answer a question about total trade, nor total trade one about imports
    if (flow !== undefined && flow !== metric && flow !== "partners") continue;
    if (flow === undefined && metric !== "trade") continue;
    for (const m of measuresOf(n)) if (asked.includes(m)) out.add(m);
  }
  if (asked.includes("rank") && RANK_WORDS.test(s.text)) out.add("rank");
  return out;
}

/** Coverage a quoted sentence needs: most of the question's own words, so it is about what was asked. */
const MIN_COVERAGE = 0.99;

/** The sentences to quote for a figure question, or none when no sentence states such a figure. */
export function quoteEvidence(frame: QuestionFrame, evidence: EvidenceSentence[]): EvidenceSentence[] {
  const asked: Measure[] = frame.measures.length ? frame.measures.filter((m) => m !== "pp_change" || frame.measures.length === 1)
    : ["amount", "growth", "share", "count"];
  const scored = evidence
    .map((s) => ({ s, stated: statedMeasures(s, asked, frame.metric ?? "trade") }))
    .filter(({ s, stated }) => stated.size > 0 && s.coverage >= MIN_COVERAGE)
    .map(({ s, stated }) => ({ s, stated, score: stated.size * 2 + s.coverage * 3 - s.docRank * 0.5 }))
    .sort((a, b) => b.score - a.score);
  const best = scored[0];
  if (!best) return [];
  const chosen = [best.s];
  const missing = new Set(asked.filter((m) => !best.stated.has(m)));
  // a second sentence of the same article when it states a measure the first one lacks
  for (const c of scored.slice(1)) {
    if (!missing.size || chosen.length >= 2) break;
    if (c.s.docId !== best.s.docId || ![...c.stated].some((m) => missing.has(m))) continue;
    chosen.push(c.s);
    for (const m of c.stated) missing.delete(m);
  }
  return chosen.sort((a, b) => a.start - b.start);
}
