import type { Measure } from "../text/terms.js";

/**
 * Tables as the loaders render them, one row a line: "Solar cells | 7.48 | 117.3% |". A header row
 * ("Export product | Value (billion yuan) | Growth |") says what each column measures; the first
 * cell of a row says whose figure it is.
 */

/** The cells of a table row, or undefined for a line that is not one. */
export function tableCells(line: string): string[] | undefined {
  if (!/ \| /.test(line)) return undefined;
  const cells = line.split("|").map((c) => c.trim());
  if (cells.at(-1) === "") cells.pop();
  return cells.length >= 2 ? cells : undefined;
}

export interface Column { measure: Measure; unit?: string; scale?: number }

const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };

/** What a column measures, from its header: "Value (billion yuan)", "Growth", "YoY (%)", "Share". */
export function columnOf(header: string): Column | undefined {
  const h = header.toLowerCase();
  if (/\b(?:growth|change|yoy|y\/y|year[- ]on[- ]year|increase)\b/.test(h)) return { measure: "growth" };
  if (/\b(?:share|proportion|percentage of)\b/.test(h)) return { measure: "share" };
  const money = /\b(thousand|million|billion|trillion)?\s*(yuan|rmb|us dollars|dollars|usd)\b/.exec(h);
  if (money) {
    const scale = SCALES[money[1] ?? ""] ?? 1;
    const currency = /yuan|rmb/.test(money[2]!) ? "yuan" : "US dollars";
    return { measure: "amount", unit: `${money[1] ? `${money[1]} ` : ""}${currency}`, scale };
  }
  if (/\b(?:value|amount|volume|total)\b/.test(h)) return { measure: "amount" };
  return undefined;
}
