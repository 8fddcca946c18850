import type { Fact } from "../../text/terms.js";

/** The arithmetic behind computed figures, apart from the English that phrases them. */

export const round = (v: number, d = 2) => Math.round(v * 10 ** d) / 10 ** d;
/** A number as formulas show it: up to 4 decimals below 10, 2 above. */
// Stryker disable next-line EqualityOperator: at exactly ±10 both precisions print "10"
export const fmt = (v: number) => Number(v.toFixed(Math.abs(v) < 10 ? 4 : 2)).toString();
/** A negative number in brackets inside a formula: 3 − (−2). */
export const signed = (v: number) => (v < 0 ? `(−${fmt(-v)})` : fmt(v));

/** Two amounts in one unit: the smaller scale of the two, so no precision is lost ("1198.8 billion", not "1.2 trillion"). */
export function common(a: Fact, b: Fact): { unit: string; scale: number; va: number; vb: number } {
  // Stryker disable next-line EqualityOperator: on equal scales either fact gives the unit (callers match units)
  const ref = a.scale <= b.scale ? a : b;
  return { unit: ref.unit, scale: ref.scale, va: (a.value! * a.scale) / ref.scale, vb: (b.value! * b.scale) / ref.scale };
}

/** The same unit whatever the scale (1.62 trillion and 401.19 billion yuan; two percentages): comparable and computable. */
export const sameUnit = (a: Fact, b: Fact) =>
  a.unit.replace(/^(?:thousand|million|billion|trillion)\s+/, "") === b.unit.replace(/^(?:thousand|million|billion|trillion)\s+/, "");

/** a ÷ b, when both are amounts in one currency. */
export function ratio(a: Fact, b: Fact): { value: number; formula: string } | undefined {
  if (a.measure !== "amount" || b.measure !== "amount" || !sameUnit(a, b) || !b.value) return undefined;
  const c = common(a, b);
  const value = round(c.va / c.vb);
  return { value, formula: `${fmt(c.va)} ÷ ${fmt(c.vb)} = ${fmt(value)} times` };
}

/** a as a percentage of b, both amounts in one unit whatever their scales. */
export function percentOf(a: Fact, b: Fact): { value: number; formula: string } {
  const c = common(a, b);
  const value = round((c.va / c.vb) * 100);
  return { value, formula: `${fmt(c.va)} ÷ ${fmt(c.vb)} × 100 = ${fmt(value)}%` };
}
