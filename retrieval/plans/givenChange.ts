import { samePeriod } from "../../text/periods.js";
import type { Fact } from "../../text/terms.js";
import { inSentenceOf } from "../figures/sameSentence.js";
import { resolve, type Quantity, type ResolveContext } from "./quantity.js";

// "X's imports were up 31.4% in 2016: what does that imply for 2015?" worked back from a level whose own sentence
// states another change ("1.58 million tonnes, up 31.4 percent … the value rose 18.9 percent to 15.62 billion yuan"):
// the quoted change is the tonnage's, and dividing the value by it gives a wrong figure stated with certainty.

/** Does a change the question quotes match a stated one? ("up 31%" quotes 31.4 rounded; a fall may drop its sign) */
export const quotes = (given: number, stated: number): boolean =>
  Math.abs(Math.abs(given) - Math.abs(stated)) <= (Number.isInteger(given) ? 0.5 : 0.05);

/** The changes a level's own sentence states of the same owner, flow, goods and period. */
export function changesBeside(level: Fact, facts: Fact[]): Fact[] {
  return facts.filter((f) => f.measure === "growth" && f.value !== null && !f.derived && inSentenceOf(level, f)
    && f.entity === level.entity && f.metric === level.metric && (f.subject ?? "") === (level.subject ?? "")
    && (f.partner ?? "") === (level.partner ?? "")
    && (f.period && level.period ? samePeriod(f.period, level.period) : true));
}

/**
 * How a level fits the change the question quotes: "fits" when its sentence states that change or none at all,
 * "other" when it states only other changes (the quoted one is another measure's).
 */
export function fitsGivenChange(levelQ: Quantity, given: number, ctx: ResolveContext): "fits" | "other" | "none" {
  const level = resolve(levelQ, ctx)?.stated;
  if (!level) return "none";
  const beside = changesBeside(level, ctx.base.facts);
  return !beside.length || beside.some((f) => quotes(given, f.value!)) ? "fits" : "other";
}
