import type { Fact } from "../../text/terms.js";
import type { Quantity, ResolveContext } from "./quantity.js";
import { statedFact } from "./quantity.js";

/**
 * Goods that trade statistics report by weight or volume first ("imported 12 million tonnes of crude oil, up 5
 * percent, worth …"): energy, ores and metals, grain, fertilisers, timber. "How much crude did X import?" asks the
 * tonnes, and the growth beside them is the volume's.
 */
const BULK_GOODS = [
  "crude", "oil", "lng", "gas", "coal", "coke", "ore", "ores", "concentrate", "concentrates", "iron", "copper", "nickel",
  "zinc", "lead", "bauxite", "alumina", "aluminium", "aluminum", "steel", "manganese", "chrome", "soybean", "soybeans",
  "soya", "grain", "grains", "rice", "wheat", "corn", "maize", "barley", "sorghum", "fertiliser", "fertilizer", "fertilisers",
  "fertilizers", "potash", "phosphate", "timber", "logs", "lumber", "wood", "sulphur", "sulfur", "fluorite",
];
// (the units such goods are weighed or measured in; never TEUs, trips or parcels)
const BULK_UNIT = /\b(?:tonnes|tons|cubic\s+met(?:re|er)s|barrels)$/i;
// the question's words that ask for money: then the value is asked, not the tonnes
const MONEY_WORDS = ["value", "values", "valued", "worth", "yuan", "rmb", "usd", "dollars", "dollar", "$", "price", "prices",
  "cost", "costs", "earned", "earnings", "revenue"];

// (the head word of the goods' name: "ore" of "iron ore", never "lead" of "lead-acid batteries" nor "steel" of "steel
// pipes")
const headWord = (subject: string) => subject.toLowerCase().split(/[^a-z]+/).filter(Boolean).at(-1) ?? "";
/** Whether the goods a quantity is of are weighed goods, by the head word of their name. */
export const isBulkGoods = (subject: string): boolean => BULK_GOODS.includes(headWord(subject));

/**
 * A values plan's inputs with the weighed quantity put before each amount of bulk goods asked with no money word,
 * where a sentence states that quantity of the same goods, owner and period; a growth of those goods is then the
 * volume's. Inputs stay as they are otherwise (an amount with no stated quantity is still answered by its value).
 */
export function withBulkQuantities(inputs: Quantity[], ctx: ResolveContext): Quantity[] {
  if (MONEY_WORDS.some((w) => ctx.words.has(w)) || ctx.currency) return inputs;
  const same = (a: Quantity, b: Quantity) => a.entity === b.entity && a.subject === b.subject && a.metric === b.metric
    && (a.partner ?? "") === (b.partner ?? "") && JSON.stringify(a.period ?? null) === JSON.stringify(b.period ?? null);
  const counted: Quantity[] = [];
  for (const q of inputs) {
    if (q.measure !== "amount" || !q.subject || q.given || q.currency || !isBulkGoods(q.subject)) continue;
    if (q.metric !== "imports" && q.metric !== "exports") continue;
    if (inputs.some((o) => o.measure === "count" && same(o, q))) continue;
    const countQ: Quantity = { ...q, measure: "count" };
    const fact = statedFact(countQ, ctx);
    if (fact && BULK_UNIT.test(fact.unit)) counted.push(countQ);
  }
  if (!counted.length) return inputs;
  return inputs.flatMap((q) => {
    const count = counted.find((c) => same(c, q));
    if (!count) return [q];
    if (q.measure === "amount") return [count, q];
    // (the growth beside the tonnes is the volume's, when a sentence states one)
    if (q.measure === "growth" && !q.given && !q.of && statedFact({ ...q, of: "volume" }, ctx)) return [{ ...q, of: "volume" }];
    return [q];
  });
}

/**
 * A look-up's candidate facts for bulk goods asked with no money word, the weighed quantity first and the volume's
 * change before the value's, so that the answer gives the tonnes and their growth (the value still follows). Only
 * counts in a weight or volume unit of the goods asked, and changes of the goods a chosen count is of, move.
 */
export function volumeFirst(found: Fact[], subjects: string[], words: ReadonlySet<string>): Fact[] {
  if (!subjects.some(isBulkGoods) || MONEY_WORDS.some((w) => words.has(w))) return found;
  // (counts of the goods asked only, by their head word)
  const asked = new Set(subjects.filter(isBulkGoods).map(headWord));
  const all = found.filter((f) => f.measure === "count" && f.subject && asked.has(headWord(f.subject))
    && BULK_UNIT.test(f.unit));
  // (one quantity stated twice, in a sentence and a table row, is given once)
  const twice = (f: Fact, i: number) => all.findIndex((g) => g.value === f.value && g.unit === f.unit) < i;
  const weighed = all.filter((f, i) => !twice(f, i));
  if (!weighed.length || !found.some((f) => f.measure === "amount")) return found;
  const goods = new Set(weighed.map((f) => f.subject));
  const rank = (f: Fact) => (weighed.includes(f) ? 0
    : f.measure === "growth" && goods.has(f.subject) && /\bquantity\b/.test(f.qualifier ?? "") ? 1 : 2);
  return found.filter((f) => weighed.includes(f) || !all.includes(f)).map((f, i) => ({ f, i }))
    .sort((a, b) => rank(a.f) - rank(b.f) || a.i - b.i).map((x) => x.f);
}

/**
 * Two amounts of bulk goods set side by side with no money word ("who imported more crude, A in 2021 or B in 2016?"):
 * the two weighed quantities instead, when a sentence states each; else the amounts as planned.
 */
export function weighedInstead(inputs: Quantity[], ctx: ResolveContext): Quantity[] {
  if (inputs.length !== 2 || MONEY_WORDS.some((w) => ctx.words.has(w)) || ctx.currency) return inputs;
  const bulk = (q: Quantity) => q.measure === "amount" && !!q.subject && isBulkGoods(q.subject) && !q.given && !q.currency
    && (q.metric === "imports" || q.metric === "exports");
  if (!inputs.every(bulk)) return inputs;
  const counted = inputs.map((q) => ({ ...q, measure: "count" as const }));
  const weighed = counted.every((q) => {
    const fact = statedFact(q, ctx);
    return fact !== undefined && BULK_UNIT.test(fact.unit);
  });
  return weighed ? counted : inputs;
}
