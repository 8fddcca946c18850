import { common, finestOf, fmt, round, signed, sizeOf, trueScale } from "../figures/arithmetic.js";

/**
 * The operations a question plan joins its quantities with: small pure functions over values in
 * units, each returning the result with the formula that shows it. No English beyond the formula.
 */

/** A value in its unit ("389.14 billion yuan": value 389.14, unit "billion yuan", scale 1e9). */
export interface Amount {
  value: number;
  unit: string;
  scale: number;
}

export interface Result {
  value: number;
  unit: string;
  scale: number;
  formula: string;
}

const SCALE_WORD = /^(?:thousand|million|billion|trillion)\s+/;
/** The unit without its scale word: "billion yuan" → "yuan". */
export const baseUnit = (unit: string) => unit.replace(SCALE_WORD, "");
/** A unit that is a scale word alone, no currency ("70.35bn" typed in a question): "billion". */
export const scaleOnly = (unit: string) => /^(?:thousand|million|billion|trillion)$/.test(unit);
/** Two amounts can be added, subtracted or divided when their units match whatever their scales. */
export const commensurable = (a: Amount, b: Amount) => countedAs(baseUnit(a.unit)) === countedAs(baseUnit(b.unit));
// one counted unit under each of its spellings (a train's trip is one train run: "2,678 trips" and "546 trains" are
// counted alike; "tons" and "tonnes", "TEU" and "TEUs" are one unit); never tonnes against TEUs
const SAME_COUNT: Record<string, string> = { trips: "trains", trip: "trains", train: "trains", tons: "tonnes", ton: "tonnes",
  tonne: "tonnes", "metric tons": "tonnes", "metric tonnes": "tonnes", teu: "TEUs", teus: "TEUs", TEU: "TEUs",
  vehicle: "vehicles", unit: "units", cars: "vehicles", car: "vehicles", automobiles: "vehicles", automobile: "vehicles" };
// ("international freight trips", "China-Europe freight train trips": a count's unit is its head noun, the words before
// it say which things were counted, no other unit)
const COUNTED_HEAD = /\s(trips?|trains?|tonnes?|tons|TEUs?|vehicles?|units?)$/i;
const countedAs = (unit: string): string => {
  const head = COUNTED_HEAD.exec(unit)?.[1];
  if (head) return countedAs(head);
  return SAME_COUNT[unit] ?? SAME_COUNT[unit.toLowerCase()] ?? unit;
};
/** A count's unit found ("freight train trips") is the one asked ("trips"), whatever words name which things. */
export const sameCountUnit = (found: string, asked: string) => countedAs(baseUnit(found)) === countedAs(asked);

/** Both amounts in the smaller of their two scales, so no precision is lost ("1198.8 billion", not "1.2 trillion");
 * in true scales: "375,000 thousand tonnes" against "476.97 million tonnes", counts whose scale is in their unit. */
export const inCommonScale: (a: Amount, b: Amount) => { unit: string; scale: number; va: number; vb: number } = common;

/** a − b (percentage points when both are rates). */
export function difference(a: Amount, b: Amount): Result | undefined {
  if (a.unit === "%" && b.unit === "%") {
    const value = round(a.value - b.value);
    return {
      value,
      unit: "percentage points",
      scale: 1,
      formula: `${signed(a.value)}% − ${signed(b.value)}% = ${fmt(value)} percentage points`,
    };
  }
  if (!commensurable(a, b)) return undefined;
  const c = inCommonScale(a, b);
  const value = round(c.va - c.vb);
  return { value, unit: c.unit, scale: c.scale, formula: `${fmt(c.va)} − ${signed(c.vb)} = ${fmt(value)} ${c.unit}` };
}

/** a ÷ b as a multiple ("2.08 times"). */
export function ratio(a: Amount, b: Amount): Result | undefined {
  if (!commensurable(a, b) || !b.value) return undefined;
  const c = inCommonScale(a, b);
  const value = round(c.va / c.vb);
  return { value, unit: "times", scale: 1, formula: `${fmt(c.va)} ÷ ${fmt(c.vb)} = ${fmt(value)} times` };
}

/** a as a percentage of b. */
export function percentOf(a: Amount, b: Amount): Result | undefined {
  if (!commensurable(a, b) || !b.value) return undefined;
  const c = inCommonScale(a, b);
  const value = round((c.va / c.vb) * 100);
  return { value, unit: "%", scale: 1, formula: `${fmt(c.va)} ÷ ${fmt(c.vb)} × 100 = ${fmt(value)}%` };
}

/** The yuan-to-dollar rate one total stated in both currencies implies: yuan ÷ dollars, in one scale. */
export function exchangeRate(yuan: Amount, dollars: Amount): Result | undefined {
  if (!/yuan$/.test(yuan.unit) || !/dollars$/.test(dollars.unit) || !dollars.value) return undefined;
  const c = inCommonScale(yuan, dollars);
  const value = round(c.va / c.vb);
  return { value, unit: "yuan per US dollar", scale: 1, formula: `${fmt(c.va)} ÷ ${fmt(c.vb)} = ${fmt(value)} yuan per US dollar` };
}

/** A part as a percentage of itself and another amount together: a ÷ (a + b) × 100. */
export function shareOfSum(a: Amount, b: Amount): Result | undefined {
  if (!commensurable(a, b)) return undefined;
  const c = inCommonScale(a, b);
  if (!(c.va + c.vb)) return undefined;
  const value = round((c.va / (c.va + c.vb)) * 100);
  return { value, unit: "%", scale: 1, formula: `${fmt(c.va)} ÷ (${fmt(c.vb)} + ${fmt(c.va)}) × 100 = ${fmt(value)}%` };
}

/** The mean of several amounts in one currency: (a + b + …) ÷ n. */
export function mean(parts: Amount[]): Result | undefined {
  const total = parts.length > 1 ? sum(parts) : undefined;
  if (!total) return undefined;
  const value = round(total.value / parts.length);
  const terms = total.formula.replace(/ = [^=]*$/, "");
  return { ...total, value, formula: `(${terms}) ÷ ${parts.length} = ${fmt(value)} ${total.unit}` };
}

/** The sum of several amounts in one currency. */
export function sum(parts: Amount[]): Result | undefined {
  const first = parts[0];
  if (!first || parts.some((p) => !commensurable(p, first))) return undefined;
  const ref = finestOf(parts);
  const values = parts.map((p) => sizeOf(p) / trueScale(ref));
  const value = round(values.reduce((a, b) => a + b, 0));
  return {
    value,
    unit: ref.unit,
    scale: ref.scale,
    formula: `${values.map(fmt).join(" + ")} = ${fmt(value)} ${ref.unit}`,
  };
}

/** What is left of a whole once its parts are taken away: whole − part − part … */
export function remainder(whole: Amount, parts: Amount[]): Result | undefined {
  if (!parts.length || parts.some((p) => !commensurable(p, whole))) return undefined;
  const ref = finestOf([whole, ...parts]);
  const w = sizeOf(whole) / trueScale(ref);
  const ps = parts.map((p) => sizeOf(p) / trueScale(ref));
  const value = round(ps.reduce((a, b) => a - b, w));
  return {
    value,
    unit: ref.unit,
    scale: ref.scale,
    formula: `${fmt(w)} − ${ps.map(fmt).join(" − ")} = ${fmt(value)} ${ref.unit}`,
  };
}

/** The level before a stated change: 40 after a 12% fall was 40 ÷ (1 − 0.12) = 45.45. */
export function earlierLevel(later: Amount, growthPercent: number): Result | undefined {
  if (growthPercent <= -100) return undefined;
  const value = round(later.value / (1 + growthPercent / 100));
  return {
    ...later,
    value,
    formula: `${fmt(later.value)} ÷ (1 + ${signed(growthPercent / 100)}) = ${fmt(value)} ${later.unit}`,
  };
}

/** The level a stated growth leads to from an earlier one: 40 growing 5% is 40 × (1 + 0.05) = 42. */
export function laterLevel(earlier: Amount, growthPercent: number): Result {
  const value = round(earlier.value * (1 + growthPercent / 100));
  return {
    ...earlier,
    value,
    formula: `${fmt(earlier.value)} × (1 + ${signed(growthPercent / 100)}) = ${fmt(value)} ${earlier.unit}`,
  };
}

/** A level after growing from an earlier one, as a percentage change: (later ÷ earlier − 1) × 100. */
export function growthBetween(later: Amount, earlier: Amount): Result | undefined {
  if (!commensurable(later, earlier) || !earlier.value) return undefined;
  const c = inCommonScale(later, earlier);
  const value = round((c.va / c.vb - 1) * 100);
  return { value, unit: "%", scale: 1, formula: `(${fmt(c.va)} ÷ ${fmt(c.vb)} − 1) × 100 = ${fmt(value)}%` };
}

/**
 * The average yearly rate that takes an earlier level to a later one over whole years, compounded:
 * ((later ÷ earlier)^(1 ÷ years) − 1) × 100.
 */
export function annualGrowth(later: Amount, earlier: Amount, years: number): Result | undefined {
  if (!commensurable(later, earlier) || !earlier.value || !(years >= 1) || !Number.isInteger(years)) return undefined;
  const c = inCommonScale(later, earlier);
  if (c.va / c.vb <= 0) return undefined;
  const value = round(((c.va / c.vb) ** (1 / years) - 1) * 100);
  return { value, unit: "%", scale: 1, formula: `((${fmt(c.va)} ÷ ${fmt(c.vb)})^(1/${years}) − 1) × 100 = ${fmt(value)}%` };
}

/** The average change a year between two levels whole years apart: (later − earlier) ÷ years. */
export function yearlyChange(later: Amount, earlier: Amount, years: number): Result | undefined {
  if (later.unit === "%" || earlier.unit === "%" || !commensurable(later, earlier) || !(years >= 1) || !Number.isInteger(years)) {
    return undefined;
  }
  const c = inCommonScale(later, earlier);
  const value = round((c.va - c.vb) / years);
  return { value, unit: c.unit, scale: c.scale, formula: `(${fmt(c.va)} − ${signed(c.vb)}) ÷ ${years} = ${fmt(value)} ${c.unit}` };
}

/** The whole a part and its share imply: part ÷ share. */
export function wholeFromShare(part: Amount, sharePercent: number): Result | undefined {
  if (!sharePercent) return undefined;
  const value = round(part.value / (sharePercent / 100));
  return { ...part, value, formula: `${fmt(part.value)} ÷ ${fmt(sharePercent / 100)} = ${fmt(value)} ${part.unit}` };
}

/** The part a share of a whole implies: whole × share. */
export function partFromShare(whole: Amount, sharePercent: number): Result {
  const value = round(whole.value * (sharePercent / 100));
  return { ...whole, value, formula: `${fmt(whole.value)} × ${fmt(sharePercent / 100)} = ${fmt(value)} ${whole.unit}` };
}

/** A rate (a share) the period before, from its later level and its change in points: 53.2 − (−4.9) = 58.1%. */
export function rateBefore(later: number, changePoints: number): Result {
  const value = round(later - changePoints);
  return { value, unit: "%", scale: 1, formula: `${fmt(later)} − ${signed(changePoints)} = ${fmt(value)}%` };
}

/** The reference rate a stated gap implies: a rate that beat it by `gap` points. */
export function referenceRate(rate: number, gapPoints: number): Result {
  const value = round(rate - gapPoints);
  return { value, unit: "%", scale: 1, formula: `${fmt(rate)} − ${signed(gapPoints)} = ${fmt(value)}%` };
}

/** An amount spread evenly over `count` months (quarters, years): the average per one. */
export function perPeriod(total: Amount, count: number): Result | undefined {
  if (!(count > 1)) return undefined;
  const value = round(total.value / count);
  return { value, unit: total.unit, scale: total.scale, formula: `${fmt(total.value)} ÷ ${count} = ${fmt(value)} ${total.unit}` };
}

// what a price is per: a weight or a number of things, not "ports" or "firms"
// (and parcels: "average value per parcel" of e-commerce)
// (and people who spent it: "4.22 million shoppers")
const PEOPLE = String.raw`shoppers?|customers?|visitors?|buyers?|tourists?|passengers?|travell?ers?`;
const COUNTED = new RegExp(String.raw`\b(?:tonnes?|tons?|units?|vehicles?|cars?|containers?|TEUs?|sets?|pieces?|parcels?|`
  + String.raw`packages?|${PEOPLE})$`, "i");
/** "million tonnes" → "tonne": the counted unit, one of it. */
const oneOf = (unit: string) => baseUnit(unit)
  .replace(new RegExp(String.raw`(?<=tonn?e|ton|unit|vehicle|car|container|parcel|package|${PEOPLE.replace(/s\?/g, "")})s$`), "");


/**
 * A total over the things counted that carried it: 21,580 TEU ÷ 257 trips, 4.72 billion yuan ÷ 31,460 vehicles. `one`
 * names one of the things ("trip"); the total is money or a quantity in its own unit (tonnes, TEU).
 */
export function perCounted(total: Amount, things: Amount, one: string): Result | undefined {
  if (!things.value || total.value <= 0 || things.value < 0) return undefined;
  return perOne(total, things, one);
}

/** A total over the things it is spread across, each at its own scale, named per `one` of them. */
function perOne(total: Amount, things: Amount, one: string): Result {
  const result = round((total.value * trueScale(total)) / (things.value * trueScale(things)));
  const unit = `${baseUnit(total.unit)} per ${one}`;
  return {
    value: result,
    unit,
    scale: 1,
    formula: `${fmt(total.value)} ${total.unit} ÷ ${fmt(things.value)} ${things.unit} = ${fmt(result)} ${unit}`,
  };
}

/** A price per unit: a value over the quantity it paid for (45.12 billion yuan ÷ 81.67 million tonnes). */
export function unitPrice(value: Amount, quantity: Amount): Result | undefined {
  if (!quantity.value || !/yuan|dollars|euros?$/.test(value.unit) || !COUNTED.test(quantity.unit)) return undefined;
  return perOne(value, quantity, oneOf(quantity.unit));
}
