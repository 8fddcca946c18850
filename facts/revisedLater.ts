import { samePeriod } from "../text/periods.js";
import type { Fact } from "../text/terms.js";

/**
 * A release and its revision in one text ("=== FIRST RELEASE === … X's trade was 45.8 billion yuan … === REVISED
 * RELEASE === After correction, X's trade was 46.3 billion yuan"): a figure that a later sentence saying it was
 * corrected or revised restates with another value, for the same owner, flow, goods, partner, measure, unit and
 * period, is a first estimate (marked so: it answers only a question about estimates or revisions).
 */
// ("After correction, …", "Following the revision, …", "Exports were revised to …", "Trade with Russia (revised) …")
const REVISED_SAYS = new RegExp(String.raw`\b(?:after|following|upon)\s+(?:the\s+|a\s+)?(?:correction|revision|`
  + String.raw`verification)\b|\b(?:was|were|has\s+been|have\s+been|been)\s+(?:revised|corrected|amended)\b|\((?:revised|corrected)\)`, "i");
// (a target or a forecast revised says nothing of a figure stated before)
const LOOKED_AHEAD = /\b(?:targets?|forecasts?|goals?|plans?|planned|expect\w*|project(?:ed|ions?)?)\b/i;

const sameItem = (a: Fact, b: Fact) => a.docId === b.docId && a.entity === b.entity && a.metric === b.metric
  && a.measure === b.measure && a.unit === b.unit && a.partner === b.partner && a.subject === b.subject
  && (a.qualifier ?? "") === (b.qualifier ?? "") && a.period !== undefined && b.period !== undefined
  && samePeriod(a.period, b.period);

export function revisedLater(facts: Fact[], text: string): void {
  // (the words say so before the figure: "put it at N; it was revised to M" revises to M, never to N)
  const revisions = facts.filter((f) => !f.derived && f.value !== null && REVISED_SAYS.test(text.slice(f.start, f.valueStart))
    && !LOOKED_AHEAD.test(text.slice(f.start, f.end)));
  for (const later of revisions) {
    for (const earlier of facts) {
      if (earlier.derived || earlier.value === null || earlier.end > later.start || earlier.value === later.value) continue;
      if (!sameItem(earlier, later) || LOOKED_AHEAD.test(text.slice(earlier.start, earlier.end))) continue;
      earlier.qualifier = [earlier.qualifier, "first estimate"].filter(Boolean).join(", ");
    }
  }
}
