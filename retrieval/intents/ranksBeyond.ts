import { place } from "../../text/places.js";
import { samePeriod } from "../../text/periods.js";
import type { FactBase } from "../figures/solve.js";
import type { Fact } from "../../text/terms.js";

/**
 * "top 5 cities" where the article gives figures for its first three and only the places of the next ("followed by D
 * in fourth place and E in fifth"): the cities at the places the figures leave, from the ranks the same article states
 * for the same flow, period and measure. None unless every place asked is filled, and every ranked city's stated rank
 * there agrees with its place by the figures (else the figures and the ranks are of different things).
 */
export function ranksBeyond(ranked: Fact[], n: number, owner: string, growth: boolean, base: FactBase): Fact[] | undefined {
  const first = ranked[0];
  if (!first?.period || ranked.length >= n) return undefined;
  const ranks = base.facts.filter((f) => f.measure === "rank" && f.docId === first.docId && f.metric === first.metric
    && !f.scope && f.period && samePeriod(f.period, first.period!) && (f.qualifier === "growth rate") === growth
    && place(f.entity)?.kind === "city" && place(f.entity)?.parent === owner && !f.subject && !f.partner);
  if (ranked.some((f, i) => ranks.some((r) => r.entity === f.entity && r.value !== i + 1))) return undefined;
  const beyond: Fact[] = [];
  for (let at = ranked.length + 1; at <= n; at++) {
    const holders = [...new Set(ranks.filter((r) => r.value === at).map((r) => r.entity))];
    if (holders.length !== 1 || ranked.some((f) => f.entity === holders[0])) return undefined;
    beyond.push(ranks.find((r) => r.entity === holders[0] && r.value === at)!);
  }
  return beyond;
}
