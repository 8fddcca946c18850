import type { Period } from "./periods.js";

/** What is measured: the flow or stock a figure is about. */
export type Metric = "trade" | "exports" | "imports" | "surplus" | "deficit" | "investment" | "partners" | "other";

/** How it is measured. */
export type Measure =
  | "amount" // a value in money: 630.2 billion yuan
  | "growth" // a % change: up 9.8 percent
  | "share" // a % of a whole: 23.1 percent of the country's total
  | "pp_change" // a change in a rate or share: down 0.9 percentage points
  | "pp_gap" // a gap to a reference rate: 4.5 percentage points higher than the national average
  | "count" // 188 countries and regions
  | "multiple" // increased 1.2 times
  | "rank" // ranks third nationwide
  | "rate" // a % that is neither a change nor a share
  | "listed"; // named in a list with a shared statement, no value

/** A figure stated in (or derived at index time from) a document. */
export interface Fact {
  id: string;
  docId: string;
  passageId: string;
  /** The sentence the figure comes from, as offsets into the document's cleaned text. */
  start: number;
  end: number;
  /** The figure itself. */
  valueStart: number;
  valueEnd: number;
  entity: string;
  /** For groups and lists: the member place ids. */
  members?: string[];
  /** For a list a document names without figures ("its six biggest trading partners were …"): the items in its order,
   * as the document writes them. */
  items?: string[];
  /** Trade partner: "trade with the EU" is not the province's total trade. */
  partner?: string;
  metric: Metric;
  measure: Measure;
  /** Signed: a fall is negative. Null for `listed`. */
  value: number | null;
  unit: string;
  /** Multiplier to base units (1e9 for "billion yuan"). */
  scale: number;
  approx?: string;
  /** The same amount in another currency, as stated in brackets. */
  alt?: { value: number; unit: string; scale: number };
  /** A subject below the place that owns the figure: an enterprise type, trade mode or product group (text/subjects.ts). */
  subject?: string;
  /** What narrows the figure: "electronic products", "comprehensive bonded zones", "average annual". */
  qualifier?: string;
  /** For shares: of the national total, of the entity's own total, or of another place's (its id). */
  shareOf?: string;
  /** For a share of another flow than the figure's own: "exports made up 55 percent of total trade" (trade). */
  ofMetric?: Metric;
  period?: Period;
  /** What a change is measured against, as the text says it: "year-on-year", "than in September". */
  base?: string;
  /** For a figure a corrections page gives in place of one a report gave wrongly: the wrong value, withdrawn wherever
   * a text gives it for the same place, flow and period. */
  corrects?: number;
  /** For a change in points against an earlier period of the same text ("2.1 points faster than in the first four
   * months"): that period. */
  basePeriod?: Period;
  /** Rank scope ("nationwide") for rank facts; for a gap to an average, whose average when not the nation's
   * ("regional", "provincial"). */
  scope?: string;
  /** Derived at index time from other facts (e.g. last year's share from this year's and its change). */
  derived?: { formula: string; from: string[] };
}
