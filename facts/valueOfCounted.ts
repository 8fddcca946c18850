import type { Fact } from "../text/terms.js";
import { MONEY_UNIT } from "../text/units.js";
import { sameGoods } from "../text/subjects.js";

// "Their value rose …", "Its value was …": a sentence (or the clause after its colon) that opens on the value of
// things named before
const THEIR_VALUE = /(?:^|[:;]\s*)\W*(?:their|its)\s+(?:value|worth)\b/i;
// ("The import bill rose even faster: the chips were worth …": the goods named again, by their name or another)
const GOODS_WORTH = /(?:^|[:;]\s*)\W*the\s+((?:[a-z-]+\s+)?[a-z-]+)\s+(?:was|were)\s+worth\b/i;
const FLOWS = new Set(["exports", "imports"]);

/**
 * "Hunan exported 2.41 billion light bulbs in 2030. Their value rose 11.4 percent to 3.92 billion yuan.": the value
 * (and its change) a sentence gives right after one that counted goods of one flow is those goods' value in that flow,
 * never a figure of nothing in particular. Only when the sentence before counted one kind of goods of the same place.
 */
export function valueOfCounted(facts: Fact[], text: string): Fact[] {
  const valued = new Set<Fact>();
  const out = facts.map((f) => {
    if (f.subject || f.derived || (f.metric !== "other" && !FLOWS.has(f.metric))) return f;
    if (!(f.measure === "growth" || (f.measure === "amount" && MONEY_UNIT.test(f.unit)))) return f;
    const opening = text.slice(f.start, f.valueStart);
    const named = GOODS_WORTH.exec(opening)?.[1];
    if (!named && !THEIR_VALUE.test(opening)) return f;
    // (the sentence right before: what ends where this one starts, with nothing but space between)
    const before = facts.filter((g) => g.end <= f.start && /^\s*$/.test(text.slice(g.end, f.start)));
    const counted = before.filter((g) => g.measure === "count" && g.subject && FLOWS.has(g.metric)
      && g.entity === f.entity && !g.derived);
    const kinds = new Set(counted.map((g) => `${g.subject}|${g.metric}|${g.partner ?? ""}`));
    const lead = counted[0];
    if (kinds.size !== 1 || !lead || (f.metric !== "other" && f.metric !== lead.metric)) return f;
    // ("… tonnes of tea. The machines were worth …": other goods, no value of the tea)
    if (named && !sameGoods(lead.subject!, named.toLowerCase()) && !sameGoods(named.toLowerCase(), lead.subject!)) return f;
    if (f.measure === "growth") valued.add(lead);
    return { ...f, subject: lead.subject, metric: lead.metric, ...(lead.partner && { partner: lead.partner }),
      qualifier: f.qualifier ?? lead.subject };
  });
  // ("Last year it imported 585.3 billion chips, 4.2 percent more than in 2024. Their value … an increase of 6.1
  // percent": with the value's change in the next sentence, the change beside the count is the quantity's)
  return out.map((g) => {
    const lead = [...valued].find((c) => c.start === g.start && c.subject === g.subject && c.metric === g.metric);
    return lead && g.measure === "growth" && !/\bquantity\b/.test(g.qualifier ?? "")
      ? { ...g, qualifier: `${g.qualifier ?? g.subject}, quantity` } : g;
  });
}
