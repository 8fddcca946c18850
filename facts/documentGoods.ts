import { findEntities } from "../text/entities.js";
import { findMetricWords } from "../text/flows.js";
import { escape } from "../text/subjects.js";
import type { Fact } from "../text/terms.js";
import { samePeriod } from "../text/periods.js";

// (weights and volumes: what a report on goods counts them in)
const WEIGHED = /^(?:(?:thousand|million|billion)\s+)?(?:tonnes|tons|cubic met(?:re|er)s)$/i;
// (what else a text weighs: a port's cargo, a harvest, an output, a capacity, stocks)
const OTHER_WEIGHED = new RegExp(String.raw`\b(?:cargo|freight|throughput|handled|output|produc(?:tion|ed|ers?|ing)|`
  + String.raw`consum\w*|capacity|stocks?|reserves?|harvest\w*|crop)\b`, "i");
// (the goods' name in the headline as words of its own, singular or plural: "soybean imports" for "soybeans", never
// "Gains" for "gas")
// (or by its name without a word for goods in general: "steel exports" for the lead's "steel products")
const namesGoods = (title: string, name: string) => [name, name.replace(GENERIC_TAIL, "")].some((n) => n.length > 2
  && new RegExp(String.raw`\b${escape(n.replace(/(?:es|s)$/i, ""))}(?:e?s)?\b`, "i").test(title));
const GENERIC_TAIL = /\s+(?:products|goods|items|commodities)$/i;
// (a sentence ranking the goods' kinds or places by weight: "By product, hot-rolled coil led with N", "A was the
// largest, followed by B": each item's tonnes are a part, never the goods' whole)
const PARTS_RANKED = /\b(?:by\s+(?:product|variety|type|category|kind|grade)|led\s+with|followed\s+by)\b/i;
// (the value of the goods the lead counts, said in its paragraph: "Export value rose 12.1 percent to N", "The value of
// the shipments was N"; never a total: "the province's total export value")
const VALUE_SAID = /\b(?:value|worth)\b/i;
const NOT_THE_GOODS = /\b(?:total|overall|all|foreign\s+trade|whole)\b/i;

/**
 * "China's soybean imports hit record 95.5 million tonnes": a report on one flow of one kind of goods, whose lead
 * counts them, counts them wherever it weighs a place's share of that flow without naming goods ("followed by Jiangsu
 * with 16.3 million tonnes", "| Jiangsu | 16.3 |" under "Volume (million tonnes)"): those are the goods' tonnes, in
 * the headline's flow, not tonnes of nothing in particular.
 */
export function documentGoods(facts: Fact[], title: string, text: string): void {
  const flows = [...new Set(findMetricWords(title).map((m) => m.metric))];
  // (the first figure of goods: a headline's bare change, "Henan aluminium exports grow 9.6%", names none)
  const lead = facts.find((f) => !f.derived && f.value !== null && f.subject);
  if (flows.length !== 1 || !lead?.subject || lead.metric !== flows[0]) return;
  if (lead.measure !== "count" || !WEIGHED.test(lead.unit)) return;
  if (!namesGoods(title, lead.subject)) return;
  const weighedRows = new Set<string>();
  const of = (f: Fact) => {
    f.subject = lead.subject;
    f.metric = lead.metric;
    f.qualifier = [lead.subject, f.qualifier].filter(Boolean).join(", ");
  };
  for (const f of facts) {
    if (f.subject || f.derived || (f.metric !== "other" && f.metric !== lead.metric)) continue;
    const weighed = f.measure === "count" ? WEIGHED.test(f.unit)
      : f.measure === "growth" && /\bquantity\b/.test(f.qualifier ?? "");
    const said = text.slice(f.start, f.end);
    if (!weighed || OTHER_WEIGHED.test(said)) continue;
    // (the lead place's tonnes to a partner are the goods' too: "ASEAN was the largest market, taking N tonnes")
    if (f.partner && f.entity !== lead.entity) continue;
    if (!f.partner && f.entity === lead.entity && PARTS_RANKED.test(said)) continue;
    // (a table's row is a place's only when its label names one: "| Total | 50,940 |" under goods' rows is the goods'
    // whole, already counted as such)
    const row = TABLE_ROW.test(said);
    if (row && !findEntities(said.split("|").find((c) => c.trim()) ?? "").length) continue;
    of(f);
    if (row) weighedRows.add(`${f.start}:${f.end}`);
  }
  for (const f of facts) {
    if (f.subject || f.derived || f.partner || f.measure !== "amount" || f.entity !== lead.entity) continue;
    if (f.metric !== "other" && f.metric !== "trade" && f.metric !== lead.metric) continue;
    if (!f.period || !lead.period || !samePeriod(f.period, lead.period)) continue;
    const said = text.slice(f.start, f.end);
    if (f.start < lead.start || text.slice(lead.start, f.start).includes("\n\n") || !VALUE_SAID.test(said)
      || NOT_THE_GOODS.test(said)) continue;
    of(f);
  }
  // ("| Jiangsu | 16.3 | 11.7 | 45.2 |" under "Volume (million tonnes) | Change (%) | Value (billion yuan)": the value
  // beside the goods' tonnes in a row is theirs too, never the place's whole trade)
  for (const f of facts) {
    if (weighedRows.has(`${f.start}:${f.end}`) && !f.subject && !f.partner
      && (f.metric === "trade" || f.metric === "other" || f.metric === lead.metric)
      && (f.measure === "amount" || f.measure === "growth")) of(f);
  }
}
const TABLE_ROW = /^\s*\|.*\|\s*$/;
