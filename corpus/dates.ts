/** Normalises the many ways documents state a publication date to `YYYY-MM-DD` (or `YYYY-MM`, `YYYY`). */

const MONTHS = [
  "january", "february", "march", "april", "may", "june",
  "july", "august", "september", "october", "november", "december",
];

export function monthIndex(word: string): number | undefined {
  const w = word.toLowerCase().replace(/\.$/, "");
  const i = MONTHS.findIndex((m) => m === w || (w.length >= 3 && m.startsWith(w)));
  return i >= 0 ? i + 1 : undefined;
}

const pad = (n: number) => String(n).padStart(2, "0");

/** Publication dates before 1900 and after next year are refused (`published: 9999-12-31` is no one's date). */
const latestYear = () => new Date().getUTCFullYear() + 1;

function iso(y: number, m?: number, d?: number): string | undefined {
  if (y < 1900 || y > latestYear()) return undefined;
  if (m === undefined) return String(y);
  if (m < 1 || m > 12) return undefined;
  if (d === undefined) return `${y}-${pad(m)}`;
  if (d < 1 || d > 31) return undefined;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** Parses a date value from metadata (YAML may hand us a Date, a number or a string). */
export function normaliseDate(value: unknown): string | undefined {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return undefined;
    return iso(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate());
  }
  if (typeof value === "number") return iso(value);
  if (typeof value !== "string") return undefined;
  const s = value.trim();
  let m = /^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?/.exec(s);
  if (m) return iso(+m[1]!, +m[2]!, m[3] ? +m[3] : undefined);
  m = /^(\d{4})$/.exec(s);
  if (m) return iso(+m[1]!);
  return findDateInText(s);
}

/**
 * Finds the first full date (day, month and year) in a piece of text, such as a dateline
 * ("Updated: August 21, 2024", "Time: 08 25,2021", "14 Feb 2014", "2019/02/26").
 */
export function findDateInText(text: string): string | undefined {
  const patterns: Array<[RegExp, (m: RegExpExecArray) => string | undefined]> = [
    [/\b(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\b/, (m) => iso(+m[1]!, +m[2]!, +m[3]!)],
    [/\b([A-Z][a-z]{2,8})\.?\s+(\d{1,2}),?\s+(\d{4})\b/, (m) => { const mo = monthIndex(m[1]!); return mo ? iso(+m[3]!, mo, +m[2]!) : undefined; }],
    [/\b(\d{1,2})\s+([A-Z][a-z]{2,8})\.?,?\s+(\d{4})\b/, (m) => { const mo = monthIndex(m[2]!); return mo ? iso(+m[3]!, mo, +m[1]!) : undefined; }],
    // "08 25,2021": month day, year with digits only, as some Chinese sites print it
    [/\b(\d{1,2})[\s/](\d{1,2}),\s?(\d{4})\b/, (m) => iso(+m[3]!, +m[1]!, +m[2]!)],
  ];
  let best: { at: number; date: string } | undefined;
  for (const [re, build] of patterns) {
    const m = re.exec(text);
    if (!m) continue;
    const date = build(m);
    if (date && (!best || m.index < best.at)) best = { at: m.index, date };
  }
  return best?.date;
}

// a news page's address that files it by its day: "/2020/01/09/", "/2020-01/09/c_…", "/a/202001/09/", "/2020-01-09/",
// "/202407/t20240722_1.html" (only the path is read: a host never holds a date)
const URL_DAYS: RegExp[] = [
  /\/((?:19|20)\d{2})[-/]?(0[1-9]|1[0-2])[-/](0[1-9]|[12]\d|3[01])(?=[/_.-]|$)/,
  /[/_t]((?:19|20)\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?=[/_.-]|$)/,
];
// (or by its month alone: "/2020/01/…", "/2020-01/…")
const URL_MONTH = /\/((?:19|20)\d{2})[-/](0[1-9]|1[0-2])(?=\/)/;

/** The date a page's address files it under, if its path has one. */
export function dateInUrl(url: string): string | undefined {
  const pathOnly = url.replace(/^[a-z]+:\/\/[^/]+/i, "").replace(/[?#].*$/, "");
  for (const re of URL_DAYS) {
    const day = re.exec(pathOnly);
    if (day) return iso(+day[1]!, +day[2]!, +day[3]!);
  }
  const month = URL_MONTH.exec(pathOnly);
  return month ? iso(+month[1]!, +month[2]!) : undefined;
}
