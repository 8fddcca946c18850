import { entityName } from "./figures/describe.js";
import { place } from "../text/places.js";
import { periodLabel } from "../text/periods.js";
import type { Fact } from "../text/terms.js";

const FLOW: Record<string, string> = { trade: "foreign trade", exports: "exports", imports: "imports" };

/** Three example questions the loaded corpus can answer, built from its own facts. */
export function exampleQuestions(facts: Fact[], count = 3): string[] {
  const usable = facts.filter((f) => f.value !== null && !f.derived && !f.partner && !f.qualifier && f.period && FLOW[f.metric] && place(f.entity)?.kind === "province");
  const out: string[] = [];
  const amount = usable.find((f) => f.measure === "amount");
  if (amount) out.push(`How much was ${entityName(amount)}'s ${FLOW[amount.metric]} in ${periodLabel(amount.period!)}?`);
  // the period with the most comparable growth figures makes the best ranking question
  const growth = usable.filter((f) => f.measure === "growth");
  const byKey = new Map<string, Fact[]>();
  for (const f of growth) byKey.set(`${f.metric}|${periodLabel(f.period!)}`, [...(byKey.get(`${f.metric}|${periodLabel(f.period!)}`) ?? []), f]);
  const best = [...byKey.values()].sort((a, b) => b.length - a.length)[0];
  if (best && best.length >= 2) out.push(`Which provinces' ${FLOW[best[0]!.metric]} grew fastest in ${periodLabel(best[0]!.period!)}?`);
  const exp = usable.find((f) => f.metric === "exports" && f.measure === "amount");
  if (exp && usable.some((f) => f.metric === "imports" && f.measure === "amount" && f.entity === exp.entity)) out.push(`What was ${entityName(exp)}'s trade surplus in ${periodLabel(exp.period!)}?`);
  const g = growth.find((f) => !out.some((q) => q.includes(entityName(f))));
  if (g) out.push(`How fast did ${entityName(g)}'s ${FLOW[g.metric]} grow in ${periodLabel(g.period!)}?`);
  while (out.length < count) out.push(["Which documents mention export growth?", "What does the latest document say about imports?", "Which regions are named as leaders in trade growth?"][out.length]!);
  return out.slice(0, count);
}
