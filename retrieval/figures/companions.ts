import { samePeriod } from "../../text/periods.js";
import type { Fact, Measure } from "../../text/terms.js";
import { valueText } from "./describe.js";

// what "…, with their shares" or "…, with their growth" asks for beside each ranked figure
const WITH_MEASURE: Array<[RegExp, Measure]> = [
  // ("…? how much, what share?": the share asked after the ranking)
  [/\bwith\s+(?:the\s+|their\s+|its\s+|each\s+one['’]s\s+)?shares?\b/i, "share"],
  [/[?,;]\s*(?:and\s+)?what\s+(?:share|proportion)\b/i, "share"],
  [/\bwith\s+(?:the\s+|their\s+|its\s+)?(?:growth(?:\s+rates?)?|rates?\s+of\s+growth)\b/i, "growth"],
];

// "which trade partner grew fastest?", "which city grew the most": one item asked (its noun singular), by its growth
// (never a count of items: "which 2 grew fastest?", "which three …", "which top 3 …")
const ONE_FASTEST = new RegExp(String.raw`\b(?:which|what)\s+(?!(?:two|three|four|five|six|seven|eight|nine|ten|top)\b|\d)`
  + String.raw`(?:[a-z-]+\s+){0,2}?[a-z-]*[a-rt-z]\s+`
  + String.raw`(?:grew|rose|increased|expanded)\s+(?:the\s+)?(?:fastest|most|quickest)\b`, "i");

export interface Companions {
  /** " (share 15.9%)" for each ranked figure, or "" when none is stated. */
  notes: string[];
  /** The facts those notes quote, to cite. */
  facts: Fact[];
}

const sameItem = (a: Fact, b: Fact) => a.entity === b.entity && a.metric === b.metric && a.partner === b.partner
  && a.subject === b.subject && (!a.period || (b.period !== undefined && samePeriod(a.period, b.period)));

/**
 * "Rank … by trade value, with their shares of the city's total": beside each ranked figure, the figure of the
 * other asked measure for the same item (same place, partner, subject, flow and period), when a fact states it.
 */
export function companions(question: string, ranked: Fact[], facts: Fact[]): Companions {
  const extra = WITH_MEASURE.find(([re]) => re.test(question))?.[1];
  // ("which trade partner grew fastest": the one that did is named with its growth and the value it grew to)
  const first = ranked[0];
  if (!extra && first?.measure === "growth" && ONE_FASTEST.test(question)) {
    const amount = facts.find((c) => c.measure === "amount" && c.value !== null && !c.derived && sameItem(first, c));
    if (amount) return { notes: ranked.map((_, i) => (i === 0 ? ` (to ${valueText(amount)})` : "")), facts: [amount] };
  }
  const found = ranked.map((f) => (extra && extra !== f.measure
    ? facts.find((c) => c.measure === extra && c.value !== null && sameItem(f, c)) : undefined));
  return {
    notes: found.map((c) => (c ? ` (${extra} ${valueText(c)})` : "")),
    facts: found.filter((c): c is Fact => c !== undefined),
  };
}
