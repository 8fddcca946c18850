/** Wraps figures and query terms in `**` for Markdown renderers (Discord, terminal). */

const FIGURE = /(?:[$¥€£]\s?)?\d[\d,]*(?:\.\d+)?(?:\s?(?:%|percent(?:age points?)?|per cent))?(?:\s(?:thousand|million|billion|trillion))?(?:\s(?:yuan|US dollars|dollars|USD|RMB))?/g;

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

type Range = [number, number];

function mergeRanges(ranges: Range[]): Range[] {
  const sorted = ranges.filter(([a, b]) => b > a).sort((a, b) => a[0] - b[0]);
  const out: Range[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else out.push([r[0], r[1]]);
  }
  return out;
}

/** Ranges of `text` to highlight: every figure, every query term, and any extra exact spans. */
export function highlightRanges(text: string, terms: string[], extra: Range[] = []): Range[] {
  const ranges: Range[] = [...extra];
  for (const m of text.matchAll(FIGURE)) {
    // a bare year or ordinal is not a figure worth marking
    if (/^\d{4}$/.test(m[0]) || /^\d{1,2}$/.test(m[0])) continue;
    ranges.push([m.index!, m.index! + m[0].trimEnd().length]);
  }
  const words = terms.filter((t) => t.length >= 3 && !/^\d+$/.test(t));
  if (words.length) {
    const re = new RegExp(`\\b(?:${words.map(escapeRe).join("|")})(?:['’]s)?\\b`, "gi");
    for (const m of text.matchAll(re)) ranges.push([m.index!, m.index! + m[0].length]);
  }
  return mergeRanges(ranges);
}

export function highlight(text: string, terms: string[], extra: Range[] = []): string {
  const clean = text.replace(/\*\*/g, "*");
  let out = "";
  let pos = 0;
  for (const [a, b] of highlightRanges(clean, terms, extra)) {
    out += `${clean.slice(pos, a)}**${clean.slice(a, b)}**`;
    pos = b;
  }
  return out + clean.slice(pos);
}
