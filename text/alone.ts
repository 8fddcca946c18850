import { findEntities } from "./entities.js";
import { findPeriods } from "./periods.js";

/**
 * "reached 93.2 (USD 100 million) in 2011 in computer services alone": the words before "alone" name the part a figure
 * is of, not the whole its sentence opened with (never a period or a place: "in June alone", "in Shenzhen alone").
 */
const PART_ALONE = /\b(?:in|from)\s+([a-z][a-z &'-]{2,60}?)\s+alone\b/i;
// (right after the figure: its unit in brackets and its year may come between)
const PART_ALONE_AFTER = new RegExp(String.raw`^\s*(?:\([^)]*\)\s*)?(?:(?:in|during|for)\s+(?:19|20)\d\d\s+)?`
  + PART_ALONE.source.replace(/^\\b/, ""), "i");

function partOf(m: RegExpExecArray | null): string | undefined {
  const part = m?.[1];
  if (!part || findPeriods(part).length || findEntities(part).length
    || /^(?:the\s+)?(?:year|month|quarter|first|last|this|that)\b/i.test(part)) return undefined;
  return part.replace(/^the\s+/i, "").toLowerCase();
}

/** The part a figure is said of "alone", in the words right after it. */
export const partAloneAfter = (after: string): string | undefined => partOf(PART_ALONE_AFTER.exec(after));

/** The part a sentence says its figure is of "alone", anywhere in it. */
export const partAloneIn = (text: string): string | undefined => partOf(PART_ALONE.exec(text));
