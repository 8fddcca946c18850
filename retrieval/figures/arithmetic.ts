import type { Fact } from "../../text/terms.js";

/** The arithmetic behind computed figures, apart from the English that phrases them. */

export const round = (v: number, d = 2) => Math.round(v * 10 ** d) / 10 ** d;
/** A number as formulas show it: up to 4 decimals below 10, 2 above. */
// Stryker disable next-line EqualityOperator: at exactly ±10 both precisions print "10"
export const fmt = (v: number) => Number(v.toFixed(Math.abs(v) < 10 ? 4 : 2)).toString();
/** A negative number in brackets inside a formula: 3 − (−2). */
export const signed = (v: number) => (v < 0 ? `(−${fmt(-v)})` : fmt(v));

const SCALE_WORDS: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
/**
 * The scale a figure is truly in: a count keeps scale 1 and says its scale in its unit ("375,000 thousand tonnes",
 * "1.2 million TEUs"), money carries it in both. Sizes are compared and combined only through this.
 */
export const trueScale = (x: { unit: string; scale: number }) =>
  x.scale !== 1 ? x.scale : (SCALE_WORDS[x.unit.split(" ")[0]!] ?? 1);
/** A figure's size in its base unit: 476.97 million tonnes → 476,970,000. */
/** A figure or an amount: a value in a unit at a scale. */
type Sized = { value?: number | null; unit: string; scale: number };
export const sizeOf = (x: Sized) => (x.value ?? 0) * trueScale(x);
/** Of several figures (one at least), the one in the smallest true scale, the first of equals: the form a result of
 * them keeps, so no precision is lost. */
export const finestOf = <T extends Sized>(xs: readonly T[]): T =>
  // Stryker disable next-line EqualityOperator: on equal scales either gives the unit (callers match units)
  xs.reduce((a, b) => (trueScale(b) < trueScale(a) ? b : a));

/** Two amounts in one unit: the smaller scale of the two, so no precision is lost ("1198.8 billion", not "1.2 trillion"). */
export function common(a: Sized, b: Sized): { unit: string; scale: number; va: number; vb: number } {
  // (in their true scales: a count's unit holds its scale word, its scale field stays 1; the result keeps ref's form)
  const ref = finestOf([a, b]);
  const s = trueScale(ref);
  return { unit: ref.unit, scale: ref.scale, va: sizeOf(a) / s, vb: sizeOf(b) / s };
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
