import { ORDINALS } from "../text/numbers.js";
import type { Fact } from "../text/terms.js";

/**
 * "Exports of laptops reached 52.1 billion yuan, equal to 20.4% of China's laptop exports and first in the country": a
 * rank set after a part's figures with no verb of its own ranks that part (its place, flow, goods and period), as the
 * figure before it measures it (a growth rate's rank is the rate's).
 */
const TRAILING_RANK = new RegExp(String.raw`(?:,\s*|\band\s+)(?:it\s+was\s+|was\s+)?`
  + String.raw`(?<ord>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))\s+`
  + String.raw`(?<scope>in\s+the\s+country|nationwide|nationally|in\s+China(?!['’]s)|across\s+the\s+country)\b`, "gi");

const RANK_VERB = /\b(?:rank(?:s|ed|ing)?|plac(?:e|es|ed|ing)|put(?:s|ting)?)\b/i;

type Span = { start: number; end: number };

/** Rank facts of `text` (one sentence at `offset` in its document) that trail the sentence's `figures`. */
export function trailingRanks(text: string, offset: number, figures: Fact[], located: (span: Span) => Pick<Fact,
  "docId" | "passageId" | "start" | "end" | "valueStart" | "valueEnd">, newId: () => string): Fact[] {
  const out: Fact[] = [];
  for (const m of text.matchAll(TRAILING_RANK)) {
    const ord = m.groups!["ord"]!.toLowerCase();
    const at = m.index! + m[0].indexOf(m.groups!["ord"]!);
    const ranked = figures.filter((f) => f.valueEnd <= offset + at && f.measure !== "rank" && !f.derived).at(-1);
    if (!ranked) continue;
    // ("ranking first in central China … and 12th in the country": a rank with a verb after the figure is read with its
    // list; a verb before the figure, "policies put in place, …", ranks nothing)
    if (RANK_VERB.test(text.slice(ranked.valueEnd - offset, m.index!))) continue;
    const value = ORDINALS[ord] ?? Number.parseInt(ord, 10);
    const { id: _id, approx: _a, alt: _alt, shareOf: _s, ofMetric: _o, base: _b, basePeriod: _bp, ...owner } = ranked;
    out.push({
      ...owner, ...located({ start: at, end: m.index! + m[0].length }), id: newId(), measure: "rank", value, unit: "rank",
      scale: 1, scope: m.groups!["scope"]!, ...(ranked.measure === "growth" && { qualifier: "growth rate" }),
    });
  }
  return out;
}
