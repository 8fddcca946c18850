import type { Measure, Metric } from "../text/terms.js";
import type { Period } from "../text/periods.js";
import { findMetricWords } from "../text/flows.js";
import { findSubjects } from "../text/subjects.js";
import { findEntities } from "../text/entities.js";
import { PER_HEAD } from "../text/perHead.js";
import { DEPENDENCE_COLUMN, GDP_COLUMN, TRADE_DEPENDENCE } from "../text/dependence.js";
import { UNIT_CELL } from "../corpus/spacedTables.js";

/**
 * Tables as the loaders render them, one row a line: "Solar cells | 7.48 | 117.3% |" (HTML) or
 * "| Solar cells | 7.48 | 117.3% |" (Markdown). A header row ("Export product | Value (billion yuan)
 * | Growth |") says what each column measures, in what unit, of which flow and for which period; the
 * first cell of a row says whose figure it is.
 */

/** The cells of a table row, or undefined for a line that is not one. */
export function tableCells(line: string): string[] | undefined {
  if (!/ \| |^\|.*\|$/.test(line.trim())) return undefined;
  // Stryker disable next-line MethodExpression: each cell is trimmed after the split (trimming the line first changes none)
  const cells = line.trim().split("|").map((c) => c.trim());
  if (cells[0] === "") cells.shift();
  if (cells.at(-1) === "") cells.pop();
  return cells.length >= 2 ? cells : undefined;
}

/** A Markdown rule under a header: "|---|:---:|". */
export const isRuleRow = (cells: string[]): boolean => cells.every((c) => /^:?-{2,}:?$/.test(c));

export interface Column {
  measure?: Measure; unit?: string; scale?: number; metric?: Metric;
  /** The goods a header names before its flow ("Iron ore imports (10,000 tonnes)"): the column's, in every row. */
  goods?: string;
  /** What a cell is multiplied by to be in `unit`: "(100 million yuan)" cells are tenths of a billion. */
  factor?: number;
  /** Shares of the nation's total: a caption's "Shares of national trade … (percent)". */
  national?: boolean;
  /** What narrows every figure of the column ("Dependence (%)": trade measured against GDP). */
  qualifier?: string;
}

const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
// the short scales headers write ("Trade (bn yuan)", "US$ mn")
const SHORT_SCALES: Record<string, string> = { bn: "billion", bln: "billion", mn: "million", mln: "million", tn: "trillion" };
// the counting units of official releases, restated in a standard scale
const RESTATED: Record<string, { word: string; factor: number }> = {
  "100 million": { word: "billion", factor: 0.1 }, "hundred million": { word: "billion", factor: 0.1 },
  "100 mn": { word: "billion", factor: 0.1 }, "100 mln": { word: "billion", factor: 0.1 },
  "10,000": { word: "thousand", factor: 10 }, "ten thousand": { word: "thousand", factor: 10 },
};

// the things a column may count, in brackets ("(10,000 tonnes)") or as the header's last word ("Freight trains")
// ("New firms", "Cars exported", "Projects": firms, things and deals a column counts, never in the caption's money)
const COUNT_NOUNS = "tonnes|tons|trips|trains|teus?|flights|voyages|vehicles|cars|ships|containers|enterprises|companies"
  + "|firms|businesses|projects|agreements|parcels|packages|passengers|kwh";
const COUNT_SCALES = "100 million|10,000|ten thousand|thousand|million|billion|mn|mln|bn";
// ("(10,000 t)": tonnes by their symbol, in brackets)
// ("Parcels (million)": the things counted, then their scale alone in brackets)
// ("Vehicles (10,000 units)": the things counted, then their scale in units; a bare "(10,000 units)" counts units)
const COUNTED = new RegExp(String.raw`\b(${COUNT_NOUNS})\s*\(\s*(?:(${COUNT_SCALES})\s+)?(?:units|pieces|sets)\s*\)|`
  + String.raw`\(\s*(?:(${COUNT_SCALES})\s+)?(${COUNT_NOUNS}|units|t)\s*\)|`
  + String.raw`\b(${COUNT_NOUNS})\s*$|\b(${COUNT_NOUNS})\s*\(\s*(${COUNT_SCALES})\s*\)`);

const NOT_GOODS_HEADER = /\b(?:total|overall|foreign|all|goods|value|share|growth|change|monthly|annual|cumulative)\b/i;
// words before a flow that say its kind or when, not goods ("Net exports", "General trade imports", "January-June exports")
const NOT_GOODS_WORD = new RegExp(String.raw`\b(?:net|re|direct|general|processing|ordinary|domestic|`
  + String.raw`jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|`
  + String.raw`oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|q[1-4]|h[12]|quarter|half|year|month)\b`, "i");

/** What a column measures, from its header: "Value (billion yuan)", "Growth", "YoY (%)", "Share", "Exports". */
export function columnOf(header: string): Column | undefined {
  const h = header.toLowerCase();
  // ("Dependence (%)": trade over GDP, a rate of its own; "GDP (100 mn yuan)": the economy's output, no trade at all)
  if (DEPENDENCE_COLUMN.test(header)) {
    return { measure: "rate", unit: "%", scale: 1, metric: "trade", qualifier: TRADE_DEPENDENCE };
  }
  if (GDP_COLUMN.test(header)) return undefined;
  const metric = findMetricWords(header)[0]?.metric;
  // ("Iron ore imports (10,000 tonnes)": goods named before the flow; "Total exports", "Foreign trade" name none)
  const word = findMetricWords(header)[0];
  // ("Re-exports": the flow word must stand alone, not end a hyphened word)
  const named = word && !/[\w-]$/.test(header.slice(0, word.start)) ? header.slice(0, word.start).trim() : "";
  const known = findSubjects(header)[0]?.name;
  const goods = known ? { goods: known }
    : /^[A-Za-z][A-Za-z' -]{1,40}$/.test(named) && !NOT_GOODS_HEADER.test(named) && !NOT_GOODS_WORD.test(named)
      && !findEntities(named).length ? { goods: named.toLowerCase() } : {};
  // ("Export tax rebates (billion yuan)": money paid to traders, no flow of goods)
  const flow = metric && metric !== "other" ? { metric, ...goods } : {};
  // ("Change (pp)", "Share change (percentage points)": a change counted in points, of a share or a rate, is no growth)
  if (/\(\s*(?:pp|pps|pts?|percentage\s+points?|points?)\s*\)|\bpercentage\s+points?\b/.test(h)) {
    return { measure: "pp_change", unit: "percentage points", scale: 1, ...flow };
  }
  if (/\b(?:growth|change|yoy|y\/y|year[- ]on[- ]year|increase|rise)\b|%\s*(?:change|\+\/-)/.test(h)) return { measure: "growth", ...flow };
  if (/\b(?:share|proportion|percentage of)\b|\bof (?:the )?total\b/.test(h)) return { measure: "share", ...flow };
  // "Value (billion yuan)", "Trade (US$ billion)", "(unit: US$100 million)": the currency before or after its scale
  // ("Trade (100m yuan)": the counting unit with its scale's initial)
  const scaleWords = String.raw`100 million|100\s*(?:mn|mln|m)\b|hundred million|10,000|ten thousand|\bthousand|\bmillion|\bbillion|\btrillion|\b(?:bn|bln|mn|mln|tn)`;
  // ("Trade ($ billion)": a bare dollar sign before its scale is US dollars too)
  const money = new RegExp(String.raw`(?:us\$|\busd|(?<![a-z])\$)\s*(${scaleWords})|(?:(${scaleWords})\s*)?(yuan|rmb|us dollars|dollars|usd|us\$)(?![a-z])`)
    .exec(h);
  if (money) {
    // ("100 mn yuan", "100 mln USD": the counting unit written short)
    const stated = (money[1] ?? money[2])?.replace(/^100\s*(?:mn|mln|m)$/, "100 million");
    const restated = RESTATED[stated ?? ""];
    const word = restated?.word ?? SHORT_SCALES[stated ?? ""] ?? stated;
    const currency = /yuan|rmb/.test(money[3] ?? "") ? "yuan" : "US dollars";
    // ("Trade per head (yuan)": an amount over the people, not the place's trade)
    const head = PER_HEAD.exec(header)?.[0].split(/[\s-]+/).at(-1)?.toLowerCase();
    return {
      measure: "amount", unit: `${word ? `${word} ` : ""}${currency}${head ? ` per ${head}` : ""}`,
      scale: SCALES[word ?? ""] ?? 1, ...flow,
      ...(restated && { factor: restated.factor }),
    };
  }
  // "Freight volume (million tonnes)", "China-Europe trains", "Trips": a column of counts, in the unit it names
  const counted = COUNTED.exec(h);
  if (counted) {
    const stated = counted[2] ?? counted[3] ?? counted[7];
    const restated = RESTATED[stated ?? ""];
    const word = restated?.word ?? SHORT_SCALES[stated ?? ""] ?? stated;
    const noun = counted[4] === "t" ? "tonnes" : counted[1] ?? counted[4] ?? counted[5] ?? counted[6];
    return { measure: "count", unit: `${word ? `${word} ` : ""}${noun}`, scale: 1, ...flow, ...(restated && { factor: restated.factor }) };
  }
  if (/\b(?:value|amount|volume|total)\b/.test(h)) return { measure: "amount", ...flow };
  return metric ? flow : undefined;
}

// what the first column's header says its rows are: partners ("Market", "Destination") or places ("City")
const PARTNER_COLUMN = /\b(?:partners?|markets?|countr(?:y|ies)|destinations?|origins?|economies|economy)\b/i;
export const isPartnerColumn = (header: string | undefined): boolean => PARTNER_COLUMN.test(header ?? "");
// ("City", "Prefecture", "Province/region": a column of places, whose rows are never goods, though a name is unknown)
const PLACE_COLUMN = new RegExp(String.raw`^(?:cit(?:y|ies)|prefectures?|provinces?|regions?|municipalit(?:y|ies)|`
  + String.raw`count(?:y|ies)|districts?)(?:\s*\/\s*\w+)?$`, "i");
export const isPlaceColumn = (header: string | undefined): boolean => PLACE_COLUMN.test(header?.trim() ?? "");
// ("| Eastern |" under "Region": the region named without the word)

// "| Rank | Region | … |" over "| 1 | Guangdong | … |": the first column only numbers the rows, the second names them
const RANK_COLUMN = /^(?:rank(?:ing)?|no\.?|#)$/i;
export const withoutRankColumn = (cells: string[], header: string[] | undefined): [string[], string[] | undefined] =>
  header && RANK_COLUMN.test(header[0]?.trim() ?? "") && /^\d{1,3}\.?$/.test(cells[0]?.trim() ?? "") && cells.length > 2
    ? [cells.slice(1), header.slice(1)] : [cells, header];

// "down 7.1 percent", "-3.5%", "fell 2%": a fall in a change column
export const isFallCell = (cell: string): boolean => /^\s*(?:[-−–]\s*\d|(?:down|fell|drop(?:ped)?|decrease[ds]?|declined?|minus)\b)/i.test(cell);


// ("| Jan | Feb | … | Year |" over "Total | 712.4 | …": a header whose every cell names a column, a period or a
// measure, over rows one cell longer lost its empty corner cell, the one above the rows' labels)
const PERIOD_HEADER = new RegExp(String.raw`^(?:(?:19|20)\d\d|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|`
  + String.raw`may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|q[1-4]|h[12]|`
  + String.raw`(?:full[- ]|whole[- ])?year|annual|total)\b`, "i");

/** The header with its empty corner cell put back, when the rows under it say it lost one. */
export function withCorner(header: string[], firstRow: string[] | undefined): string[] {
  if (!firstRow || firstRow.length !== header.length + 1 || /\d/.test(firstRow[0] ?? "")) return header;
  if (isPartnerColumn(header[0]) || isPlaceColumn(header[0])) return header;
  return header.every((h) => PERIOD_HEADER.test(h.trim()) || columnOf(h)) ? ["", ...header] : header;
}

// ("621.0*", "84.6†", "12.3 [a]": a footnote's mark after a figure, which the note under the table explains; a
// superscript's is taken off by the HTML reader, a typed one is here)
const FOOTNOTE_AFTER = /(?<=\d)\s*(?:\\?\*{1,3}|[†‡§¶]|\[(?:[a-z]|\d{1,2})\]|\^[a-z\d])$/i;
/** A table cell without the footnote mark after its figure. */
export const withoutMark = (cell: string): string => cell.replace(FOOTNOTE_AFTER, "");

// "| Commodity | Unit | Quantity | Value (US$ 10,000) |": a goods table giving each row's unit in a column of its own
const UNIT_HEADER = /^units?(?:\s+of\s+(?:quantity|measure))?$/i;
const QUANTITY_HEADER = /^(?:quantity|qty\.?|volume)$/i;
// the nouns a unit cell writes short or in the singular, as the facts name them
const UNIT_NOUNS: Array<[RegExp, string]> = [[/^(?:t|tons?|tonnes?)$/i, "tonnes"], [/^(?:kg|kilograms?)$/i, "kilograms"],
  [/^(?:pcs|pieces)$/i, "pieces"], [/^(?:cu\.?\s?m|m3|cubic\s+met(?:re|er)s?)$/i, "cubic meters"],
  [/^(?:sq\.?\s?m|square\s+met(?:re|er)s?)$/i, "square meters"], [/^lit(?:re|er)s$/i, "liters"]];

/**
 * The quantity column of a table whose rows give their own unit, and its reading for one row ("10,000 tons" over
 * "36.2": 362 thousand tonnes); the unit column holds no figure. Undefined for a table without both columns.
 */
export function rowUnitColumns(cells: string[], header: string[] | undefined):
  { unitAt: number; quantityAt: number; column?: Column } | undefined {
  const unitAt = header?.findIndex((h) => UNIT_HEADER.test(h.trim())) ?? -1;
  const quantityAt = header?.findIndex((h) => QUANTITY_HEADER.test(h.trim())) ?? -1;
  if (unitAt < 1 || quantityAt < 1) return undefined;
  const m = UNIT_CELL.exec(cells[unitAt]?.trim() ?? "");
  if (!m) return { unitAt, quantityAt };
  const noun = UNIT_NOUNS.find(([re]) => re.test(m[2]!))?.[1] ?? m[2]!.toLowerCase();
  const stated = m[1]?.toLowerCase().replace("1,000", "thousand");
  const restated = RESTATED[stated ?? ""];
  const word = restated?.word ?? stated;
  return {
    unitAt, quantityAt,
    column: { measure: "count", unit: `${word ? `${word} ` : ""}${noun}`, scale: 1, ...(restated && { factor: restated.factor }) },
  };
}

// ("| Month | This year | Last year |", "| Month | 2024 | 2023 |": a row's month is of the year its column names)
// (the whole header names the year before: "Change on a year earlier (%)" is a change, of the row's own year)
const YEAR_BEFORE_HEADER = new RegExp(String.raw`^\s*(?:(?:the\s+)?same\s+(?:period|month|quarter)\s+(?:of\s+)?)?`
  + String.raw`(?:last|previous|prior)\s+year\b|^\s*(?:a\s+)?year\s+(?:earlier|before|ago)\b`, "i");
const YEAR_HEADER = /^\s*((?:19|20)\d\d)\s*(?:\([^()]*\))?\s*\*?\s*$/;

/** A row's period (months or quarters of one year) moved to the year its column's header names, if it names one. */
export function rowPeriodInColumn(row: Period, header: string | undefined): Period {
  if (!header || row.y1 === null || row.y1 !== row.y2) return row;
  const year = YEAR_HEADER.exec(header)?.[1];
  const y = year ? Number(year) : YEAR_BEFORE_HEADER.test(header.trim()) ? row.y1 - 1 : row.y1;
  return y === row.y1 ? row : { ...row, y1: y, y2: y };
}
