import { monthIndex } from "../corpus/dates.js";

/** A span of whole months. A null year means "any year" (a question that names only a month). */
export interface Period { y1: number | null; m1: number; y2: number | null; m2: number }

/** A period as a key: two figures of the same span share it (no period: the empty key). */
export const periodKey = (p: Period | undefined): string => (p ? `${p.y1}-${p.m1}-${p.y2}-${p.m2}` : "");
/** How many months a period spans ("January–October 2023": 10; 2022–2023: 24). */
export const monthsSpanned = (p: Period): number => ((p.y2 ?? 0) - (p.y1 ?? 0)) * 12 + p.m2 - p.m1 + 1;

export interface PeriodMention { start: number; end: number; period: Period; text: string }

/** What relative expressions resolve against: the document's date and the year the text last named. */
export interface PeriodContext {
  docYear?: number; docMonth?: number; contextYear?: number;
  /** The text looks ahead ("would open … in the second half"): a month-level period is the coming one. */
  ahead?: boolean;
}

// words that put a sentence's periods ahead of its writing
const LOOKS_AHEAD = /\b(?:will|would|shall|plans?\s+to|aims?\s+to|expects?|expected\s+to|is\s+set\s+to|are\s+set\s+to|forecasts?)\b/i;

const MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`;
const ORD: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, last: 4, final: 4, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, "1": 1, "2": 2, "3": 3, "4": 4, "5": 5, "6": 6, "7": 7, "8": 8, "9": 9, "10": 10, "11": 11 };
const YEAR = String.raw`(?:19[5-9]\d|20\d\d)`;
// "of this year", "of 2021", "2021", "period of 2023" (after "the January–August"): what anchors a month or a half to a year
const YEAR_TAIL = String.raw`(?:(?:\s+period)?\s*(?:of\s+)?(?:(?<tailYear>${YEAR})|the\s+(?<tailRel>same|previous|current)\s+year|(?<tailRel2>this|last|the)\s+year))?`;

export function periodLabel(p: Period): string {
  const y1 = p.y1 ?? "";
  const y2 = p.y2 ?? "";
  const sameYear = p.y1 === p.y2;
  if (!sameYear) return p.m1 === 1 && p.m2 === 12 ? `${y1}–${y2}` : `${MONTH_NAMES[p.m1 - 1]} ${y1}–${MONTH_NAMES[p.m2 - 1]} ${y2}`.trim();
  const y = y1 === "" ? "" : ` ${y1}`;
  if (p.m1 === 1 && p.m2 === 12) return `${y1}` || "the full year";
  if (p.m1 === p.m2) return `${MONTH_NAMES[p.m1 - 1]}${y}`;
  if (p.m1 === 1 && p.m2 === 6) return `first half of${y || " the year"}`;
  if (p.m1 === 7 && p.m2 === 12) return `second half of${y || " the year"}`;
  if (p.m1 === 1 && p.m2 === 3) return `Q1${y}`;
  if (p.m1 === 1 && p.m2 === 9) return `first three quarters of${y || " the year"}`;
  return `${MONTH_NAMES[p.m1 - 1]}–${MONTH_NAMES[p.m2 - 1]}${y}`;
}

/** Is `p` one calendar quarter of one year (January–March, April–June, …)? */
export const isCalendarQuarter = (p: Period): boolean => p.y1 === p.y2 && p.m2 - p.m1 === 2 && p.m1 % 3 === 1;

export const samePeriod = (a: Period, b: Period): boolean =>
  a.m1 === b.m1 && a.m2 === b.m2 && (a.y1 === null || b.y1 === null || a.y1 === b.y1) && (a.y2 === null || b.y2 === null || a.y2 === b.y2);

/** Do two periods share a month? (A year with an unknown year shares nothing for sure, so it does not count.) */
export function overlaps(a: Period, b: Period): boolean {
  if (a.y1 === null || a.y2 === null || b.y1 === null || b.y2 === null) return samePeriod(a, b);
  const start = (p: Period) => p.y1! * 12 + p.m1;
  const end = (p: Period) => p.y2! * 12 + p.m2;
  return start(a) <= end(b) && start(b) <= end(a);
}

/** The period of the same length just before: the previous five-year plan for 2021–2025, the same months a year earlier otherwise. */
export function precedingPeriod(p: Period): Period {
  const years = p.y1 !== null && p.y2 !== null && p.m1 === 1 && p.m2 === 12 ? p.y2 - p.y1 + 1 : 1;
  return { y1: p.y1 === null ? null : p.y1 - years, m1: p.m1, y2: p.y2 === null ? null : p.y2 - years, m2: p.m2 };
}

/** The same months one year later. */
export function followingYear(p: Period): Period {
  return { y1: p.y1 === null ? null : p.y1 + 1, m1: p.m1, y2: p.y2 === null ? null : p.y2 + 1, m2: p.m2 };
}

/** The same months one year earlier ("the previous year" of a period). */
export function previousYear(p: Period): Period {
  return { y1: p.y1 === null ? null : p.y1 - 1, m1: p.m1, y2: p.y2 === null ? null : p.y2 - 1, m2: p.m2 };
}

const year = (y: number): Period => ({ y1: y, m1: 1, y2: y, m2: 12 });

/** The year a month-level period without a year most likely belongs to, given the document's date. */
function anchorYear(ctx: PeriodContext, lastMonth: number, firstMonth = lastMonth): number | null {
  if (ctx.contextYear !== undefined) return ctx.contextYear;
  if (ctx.docYear === undefined) return null;
  // a report on January published in February is about this year; one on December, last year; the year's first span
  // of months is reported after it ends (a first quarter in a report out in March is last year's, like its second
  // quarter; later in the year a text speaks of the span it is in: "the recovery in the second half", in December)
  const reported = firstMonth < lastMonth && lastMonth <= 3 ? lastMonth + 1 : lastMonth;
  if (ctx.docMonth !== undefined && reported > ctx.docMonth && !ctx.ahead) return ctx.docYear - 1;
  return ctx.docYear;
}

function tailYear(g: Record<string, string | undefined>, ctx: PeriodContext): number | null | undefined {
  if (g["tailYear"]) return Number(g["tailYear"]);
  const rel = g["tailRel"] ?? g["tailRel2"];
  if (!rel) return undefined;
  // ("the year" is the one the text is about, where it says: a report on 2009 published in January 2010)
  if (rel === "the" && ctx.contextYear !== undefined) return ctx.contextYear;
  if ((rel === "this" || rel === "current" || rel === "the") && ctx.docYear !== undefined) return ctx.docYear;
  if ((rel === "last" || rel === "previous") && ctx.docYear !== undefined) return ctx.docYear - 1;
  if (rel === "same") return ctx.contextYear ?? null;
  return undefined;
}

interface Rule { re: RegExp; build: (m: RegExpExecArray, ctx: PeriodContext) => Period | undefined }

const RULES: Rule[] = [
  // "in 2020, the last year of the 13th Five-Year Plan (2016-2020)": the one year the words name, not the plan's span
  { re: /\b(first|last|final)\s+year\s+of\s+(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)\s+Five-Year\s+Plan(?:\s+period)?(?:\s*\(\s*\d{4}\s*[-–]\s*\d{2,4}\s*\))?/gi,
    build: (m) => {
      const n = Number(m[2]);
      if (n < 3) return undefined;
      const y = 1966 + 5 * (n - 3) + (/first/i.test(m[1]!) ? 0 : 4);
      return { y1: y, m1: 1, y2: y, m2: 12 };
    } },
  // 13th Five-Year Plan (2016-20): the plan number alone gives the years
  { re: /\b(\d{1,2})(?:st|nd|rd|th)\s+Five-Year\s+Plan(?:\s+period)?(?:\s*\(\s*\d{4}\s*[-–]\s*\d{2,4}\s*\))?/gi,
    build: (m) => { const n = Number(m[1]); if (n < 3) return undefined; const y = 1966 + 5 * (n - 3); return { y1: y, m1: 1, y2: y + 4, m2: 12 }; } },
  // "2016-20", "2016 to 2020", but not "in 2017 to 38.793 billion yuan"
  { re: new RegExp(String.raw`\b(${YEAR})\s*(?:(?:[-–]|to|through)\s*(${YEAR})|[-–](\d{2}))\b(?![.,]\d)`, "gi"),
    build: (m) => { const a = Number(m[1]); let b = Number(m[2] ?? m[3]); if (b < 100) b += Math.floor(a / 100) * 100; return b > a && b - a < 30 ? { y1: a, m1: 1, y2: b, m2: 12 } : undefined; } },
  { re: new RegExp(String.raw`\b(?:the\s+)?(?:(?<h>first|second|1st|2nd)[\s-]+half|(?<hq>h[12]|[12]h))${YEAR_TAIL}`, "gi"),
    build: (m, ctx) => {
      const g = m.groups!;
      const second = /second|2nd|h2|2h/i.test(g["h"] ?? g["hq"] ?? "");
      const [m1, m2] = second ? [7, 12] : [1, 6];
      const y = tailYear(g, ctx) ?? anchorYear(ctx, m2, m1);
      return { y1: y, m1, y2: y, m2 };
    } },
  // "q1-q3 2025", "Q2–Q4": the quarters from one to the other
  { re: new RegExp(String.raw`\bq(?<a>[1-4])\s*(?:[-–]|to|through)\s*q(?<b>[1-4])\b${YEAR_TAIL}`, "gi"),
    build: (m, ctx) => {
      const g = m.groups!;
      const a = Number(g["a"]);
      const b = Number(g["b"]);
      if (b < a) return undefined;
      const y = tailYear(g, ctx) ?? anchorYear(ctx, b * 3, a * 3 - 2);
      return { y1: y, m1: a * 3 - 2, y2: y, m2: b * 3 };
    } },
  // ("the final quarter" of a year is its fourth)
  { re: new RegExp(String.raw`\b(?:the\s+)?(?:(?<q>first|second|third|fourth|final|1st|2nd|3rd|4th)[\s-]+quarter|(?<qq>q[1-4]))${YEAR_TAIL}`, "gi"),
    build: (m, ctx) => {
      const g = m.groups!;
      // "1st" → "1", but "third" stays "third" (stripping its "rd" made every second and third quarter the first)
      const n = ORD[(g["q"] ?? g["qq"]!.slice(1)).toLowerCase().replace(/(?<=\d)(st|nd|rd|th)$/, "")] ?? 1;
      const y = tailYear(g, ctx) ?? anchorYear(ctx, n * 3, n * 3 - 2);
      return { y1: y, m1: n * 3 - 2, y2: y, m2: n * 3 };
    } },
  // ("over the nine months, …": a span named again without "first" is still from January)
  { re: new RegExp(String.raw`(?:\bfirst\s+|(?<=\b(?:over|in|during|for|of)\s+(?:the|these)\s+))`
    + String.raw`(?<n>two|three|four|five|six|seven|eight|nine|ten|eleven|\d{1,2})\s+(?<u>quarters|months)`
    + String.raw`(?!\s+(?:to|through|ending(?:\s+in)?)\s+(?:the\s+end\s+of\s+)?${MONTH}\b)${YEAR_TAIL}`, "gi"),
    build: (m, ctx) => {
      const g = m.groups!;
      const n = ORD[g["n"]!.toLowerCase()] ?? 1;
      const m2 = g["u"]!.toLowerCase() === "quarters" ? n * 3 : n;
      if (m2 > 12) return undefined;
      const y = tailYear(g, ctx) ?? anchorYear(ctx, m2, 1);
      return { y1: y, m1: 1, y2: y, m2 };
    } },
  // "the three quarters to the end of September", "the eight months through August": from January to that month
  { re: new RegExp(String.raw`\b(?:the\s+)?(?:first\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|eleven|\d{1,2})\s+(?:months|quarters)\s+(?:to|through|ending(?:\s+in)?)\s+(?:the\s+end\s+of\s+)?(?<mon>${MONTH})\b${YEAR_TAIL}`, "gi"),
    build: (m, ctx) => {
      const g = m.groups!;
      const mo = monthIndex(g["mon"]!)!;
      const y = tailYear(g, ctx) ?? anchorYear(ctx, mo);
      return { y1: y, m1: 1, y2: y, m2: mo };
    } },
  { re: new RegExp(String.raw`\bfirst\s+month\s+of\s+(?:the\s+|this\s+)?year`, "gi"),
    build: (_m, ctx) => { const y = anchorYear(ctx, 1); return { y1: y, m1: 1, y2: y, m2: 1 }; } },
  { re: new RegExp(String.raw`\b(?<a>${MONTH})\.?\s*(?:[-–]|to|through|and)\s*(?<b>${MONTH})\.?(?:,?\s*(?<y>${YEAR}))?${YEAR_TAIL}`, "gi"),
    build: (m, ctx) => {
      const g = m.groups!;
      const m1 = monthIndex(g["a"]!)!;
      const m2 = monthIndex(g["b"]!)!;
      if (m2 < m1) return undefined;
      const y = g["y"] ? Number(g["y"]) : tailYear(g, ctx) ?? anchorYear(ctx, m2);
      return { y1: y, m1, y2: y, m2 };
    } },
  // "the period up to April", "until the end of May": from January to that month
  { re: new RegExp(String.raw`\b(?:up\s+to|until|till)\s+(?:the\s+end\s+of\s+)?(?<mon>${MONTH})\b(?!\s+\d{1,2}\b)${YEAR_TAIL}`, "gi"),
    build: (m, ctx) => {
      const g = m.groups!;
      if (/^(?:may|march)$/.test(g["mon"]!) ) return undefined;
      const mo = monthIndex(g["mon"]!)!;
      const y = tailYear(g, ctx) ?? anchorYear(ctx, mo);
      return { y1: y, m1: 1, y2: y, m2: mo };
    } },
  // ("Since January, 126 trains have crossed …" in a report of July 22: from that month to the last month the report
  // could count whole; a start with its year, or no date to count to, stays that month's)
  { re: new RegExp(String.raw`\bsince\s+(?<mon>${MONTH})\b(?!\.?\s+\d{1,2}\b)(?!\.?,?\s+${YEAR})`, "gi"),
    build: (m, ctx) => {
      const word = m.groups!["mon"]!;
      if (/^(?:may|march)$/.test(word) || ctx.docYear === undefined || ctx.docMonth === undefined) return undefined;
      const m1 = monthIndex(word)!;
      const m2 = ctx.docMonth - 1;
      return m2 >= m1 ? { y1: ctx.docYear, m1, y2: ctx.docYear, m2 } : undefined;
    } },
  // "January 2019", "in January", "January's", but not a calendar day ("on July 21")
  { re: new RegExp(String.raw`\b(?<mon>${MONTH})\b(?:['’]s)?(?!\s+\d{1,2}\b(?!\d))(?:\.?,?\s+(?<y>${YEAR}))?${YEAR_TAIL}`, "gi"),
    build: (m, ctx) => {
      const g = m.groups!;
      const word = g["mon"]!.toLowerCase();
      // "may" and "march" are also ordinary words: only as months when capitalised or followed by a year ("may 2021")
      if ((word === "may" || word === "march") && !/^[A-Z]/.test(g["mon"]!) && !g["y"]) return undefined;
      // "Jan", but not "JUN" in a photographer's credit or "jan" in running text
      if (word.length === 3 && word !== "may" && !g["y"] && !/^[A-Z][a-z]{2}$/.test(g["mon"]!)) return undefined;
      const mo = monthIndex(word)!;
      const y = g["y"] ? Number(g["y"]) : tailYear(g, ctx) ?? anchorYear(ctx, mo);
      return { y1: y, m1: mo, y2: y, m2: mo };
    } },
  { re: /\b(?<rel>last|this|previous|past)\s+month\b/gi,
    build: (m, ctx) => {
      if (ctx.docYear === undefined || ctx.docMonth === undefined) return undefined;
      const back = /this/i.test(m.groups!["rel"]!) ? 0 : 1;
      let y = ctx.docYear;
      let mo = ctx.docMonth - back;
      if (mo < 1) { mo += 12; y -= 1; }
      return { y1: y, m1: mo, y2: y, m2: mo };
    } },
  { re: /\b(?<rel>last|this|current)\s+year\b/gi,
    build: (m, ctx) => (ctx.docYear === undefined ? undefined : year(ctx.docYear - (/last/i.test(m.groups!["rel"]!) ? 1 : 0))) },
  { re: new RegExp(String.raw`(?<![\d,.$-])\b(?<y>${YEAR})\b(?![-–]\d)(?!\s*(?:percent|%|yuan|billion|million))`, "g"),
    build: (m) => year(Number(m.groups!["y"])) },
];

// the words that make "the first …" a part of a year, not a first event in it
const PERIOD_COUNT = String.raw`(?:half|quarter|months?|two|three|four|five|six|seven|eight|nine|ten|eleven|\d+)\b`;

/** What a comparison base says a figure is compared with. */
export type BaseKind = "year-on-year" | "month-on-month" | "earlier";
export interface BaseMention { start: number; end: number; kind: BaseKind }

// A comparison base names the period a figure is compared with, not the figure's own period:
// "over the same period last year", "from a year earlier", "compared with 2019", "than in May".
// ("jumped 81.5 percent from 2017 to 12.06 billion yuan": the level a change reached, not the end of a span of years)
const TO_AMOUNT = String.raw`[\d.,]*\s*(?:trillion|billion|million|thousand|yuan|dollars|percent|%)`;
const BASE_RULES: Array<{ re: RegExp; kind: BaseKind }> = [
  { re: /\b(?:year[- ]on[- ]year|yoy|y-o-y|y\/y)\b/gi, kind: "year-on-year" },
  { re: /\b(?:month[- ]on[- ]month|mom|m-o-m|m\/m|from the previous month|over the previous month)\b/gi,
    kind: "month-on-month" },
  // ("up 4.6 percent quarter on quarter", "from the previous quarter", a table cell's "+4.6% q/q": a quarter's change over
  // the quarter before)
  { re: /\b(?:quarter[- ](?:on|over)[- ]quarter|qoq|q-o-q|q\/q|(?:from|over|on) the (?:previous|preceding|prior) quarter)\b/gi,
    kind: "month-on-month" },
  { re: new RegExp(String.raw`\b(?:(?:over|from|than|compared\s+(?:with|to)|against|versus|on)\s+)?(?:that\s+of\s+|those\s+of\s+)?(?:the\s+)?(?:same|corresponding)\s+(?:period|month|quarter|months)(?:\s+(?:of|in))?(?:\s+(?:last\s+year|the\s+previous\s+year|a\s+year\s+(?:earlier|ago)|the\s+year\s+before|${YEAR}))?`, "gi"), kind: "year-on-year" },
  // "the first time this year that …", "the first cumulative increase this year": the year is no period of a figure
  // (but "the first half this year", "the first five months this year" are)
  { re: new RegExp(String.raw`\b(?:for\s+)?the\s+first\s+(?!${PERIOD_COUNT})(?:[a-z-]+\s+){1,3}?this\s+year\b`, "gi"),
    kind: "earlier" },
  // "the decline narrowed by 2 points from January-February.": months a change in points is measured from (not
  // "from January-March, trade …", nor "5 billion yuan from January-March.")
  { re: new RegExp(String.raw`(?<=\bpoints?\s+)from\s+(?:the\s+)?${MONTH}\.?\s*[-–]\s*${MONTH}\.?(?:,?\s+${YEAR})?`
    + String.raw`(?=\s*(?:[.;]|$))`, "gi"), kind: "earlier" },
  // "for the first time since 1990", "up 50% since 2019": a point of comparison, never the figure's own period
  { re: new RegExp(String.raw`\b(?:for\s+the\s+first\s+time\s+)?since\s+${YEAR}\b`, "gi"), kind: "earlier" },
  // "growth compared with January-December 2009" (a bulletin's base, a span of months), "above the pre-crisis peak of
  // 2008", "the record level of 2019", "the high base of 2018": an earlier period the figure is measured against
  { re: new RegExp(String.raw`\b(?:compared\s+(?:with|to)|versus|against)\s+(?:the\s+)?${MONTH}\.?\s*(?:[-–]|to|through)\s*${MONTH}\.?,?\s+${YEAR}\b`, "gi"), kind: "earlier" },
  { re: new RegExp(String.raw`\b(?:peak|high|record|level|low|base)\s+(?:of|in|set\s+in|reached\s+in)\s+${YEAR}\b`, "gi"), kind: "earlier" },
  // ("2.3 times the 2024 level", "above the 2019 peak": so is the year named before the level)
  { re: new RegExp(String.raw`\b(?:times|than|above|below|over|exceeding|exceeded|surpassing|surpassed|from|compared\s+(?:with|to)|versus|`
    + String.raw`against)\s+the\s+${YEAR}\s+(?:levels?|figures?|peaks?|highs?|records?|bases?)\b`, "gi"), kind: "earlier" },
  // "63.8% more than in the 13th Five-Year Plan period"
  { re: /\b(?:than|over|compared\s+(?:with|to)|from)\s+(?:in\s+|during\s+)?(?:the\s+)?\d{1,2}(?:st|nd|rd|th)\s+Five-Year\s+Plan(?:\s+period)?/gi, kind: "earlier" },
  // ("roughly as much ore as last year": the year it is measured against)
  { re: /\b(?:from|than|over|compared\s+(?:with|to)|on|as)\s+(?:a\s+year\s+(?:earlier|ago|before)|the\s+previous\s+year|the\s+year\s+before|last\s+year|the\s+same\s+time\s+last\s+year)/gi, kind: "year-on-year" },
  // "up 8.7% from 2024", "compared with 2019", "than in May", "than the first eight months", "from the second quarter of
  // 2021": not the figure's own period
  { re: new RegExp(String.raw`\b(?:compared\s+(?:with|to)|than(?:\s+(?:in|that\s+in|during))?|versus|against|from|over|on)\s+(?:the\s+(?:whole\s+of\s+)?)?(?:${YEAR}|${MONTH}|(?:second|third|fourth)\s+(?:half|quarter)|first\s+(?:half|quarter|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|\d{1,2})\s+(?:months|quarters)))\b(?!['’]s\b)(?!\s*(?:[-–]|to|through)\s*(?:${YEAR}|${MONTH}|\d(?!${TO_AMOUNT})))(?:\s+(?:(?:of\s+)?${YEAR}|of\s+(?:last|the\s+previous)\s+year|last\s+year))?`, "gi"), kind: "earlier" },
];

/** Comparison bases in `text`: spans whose periods are not the figure's own. */
export function findBases(text: string): BaseMention[] {
  const out: BaseMention[] = [];
  for (const { re, kind } of BASE_RULES) {
    for (const m of text.matchAll(re)) {
      const start = m.index!;
      const end = start + m[0].length;
      // "over the first seven months" is a span of time, unless a year says it is an earlier one ("over the first
      // seven months of 2019")
      const tail = m[0] + text.slice(end, end + 20);
      if (/^over\s+(?:the\s+)?first\b/i.test(m[0]) && !new RegExp(String.raw`${YEAR}|last\s+year|previous\s+year`, "i").test(tail)) continue;
      if (!out.some((b) => start < b.end && end > b.start)) out.push({ start, end, kind });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * Finds period expressions in `text` and resolves them against the context. Overlapping matches
 * keep the earliest rule's (most specific) reading; periods inside a comparison base are skipped.
 */
const CALENDAR_DAY = new RegExp(String.raw`\b${MONTH}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+${YEAR}\b|\b\d{1,2}\s+${MONTH}\.?,?\s+${YEAR}\b`, "gi");

export function findPeriods(text: string, context: PeriodContext = {}, options: { keepBases?: boolean } = {}): PeriodMention[] {
  const ctx = LOOKS_AHEAD.test(text) ? { ...context, ahead: true } : context;
  const found: PeriodMention[] = [];
  const bases = options.keepBases ? [] : findBases(text);
  // "published on January 16, 2018": the day of an event, never the period of a figure
  const days = [...text.matchAll(CALENDAR_DAY)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
  const inBase = (start: number, end: number) => [...bases, ...days].some((b) => start >= b.start && end <= b.end);
  for (const rule of RULES) {
    rule.re.lastIndex = 0;
    for (const m of text.matchAll(rule.re)) {
      const start = m.index!;
      const end = start + m[0].trimEnd().length;
      if (found.some((f) => start < f.end && end > f.start) || inBase(start, end) || isGivenName(text, start, end)) continue;
      const period = rule.build(m as RegExpExecArray, ctx);
      if (period) found.push({ start, end, period, text: m[0].trim() });
    }
  }
  found.push(...elidedSpans(text, found));
  return oneYearSeries(found).sort((a, b) => a.start - b.start);
}

// "4.2 percent in Q1, 5.6 percent in Q2 and 6.1 percent in Q3", no year named: one year's quarters, the year of the
// latest one the report could have seen end (a series is not split over two years by the date of the report)
const BARE_SPAN = /^(?:(?:in|for|during)\s+)?(?:the\s+)?(?:(?:first|second|third|fourth|final|1st|2nd|3rd|4th)[\s-]+(?:quarter|half)|q[1-4]|h[12]|second|third|fourth|final)$/i;

function oneYearSeries(found: PeriodMention[]): PeriodMention[] {
  const bare = found.filter((f) => BARE_SPAN.test(f.text) && f.period.y1 !== null && f.period.y1 === f.period.y2);
  if (bare.length < 2) return found;
  const y = Math.min(...bare.map((f) => f.period.y1!));
  return found.map((f) => (bare.includes(f) ? { ...f, period: { ...f.period, y1: y, y2: y } } : f));
}

// "… in the first quarter and 5.6 percent in the second": after a quarter or half is named, the next by its ordinal alone
const ELIDED_SPAN = /\b(?:in|for|during)\s+the\s+(second|third|fourth|final)\b(?=\s*(?:[,.;:)]|$|(?:and|while|but|when|respectively)\b))/gi;
const SPAN_ORDINALS: Record<string, number> = { second: 2, third: 3, fourth: 4 };

function elidedSpans(text: string, found: PeriodMention[]): PeriodMention[] {
  const out: PeriodMention[] = [];
  for (const m of text.matchAll(ELIDED_SPAN)) {
    const start = m.index!;
    const named = found.filter((f) => f.end <= start && /\b(?:quarter|half|q[1-4]|h[12])\b/i.test(f.text)).at(-1);
    const len = named ? named.period.m2 - named.period.m1 + 1 : 0;
    if (!named || (len !== 3 && len !== 6) || named.period.y1 !== named.period.y2) continue;
    const n = m[1]!.toLowerCase() === "final" ? 12 / len : SPAN_ORDINALS[m[1]!.toLowerCase()]!;
    if (n * len > 12) continue;
    const y = named.period.y2;
    out.push({ start, end: start + m[0].length, period: { y1: y, m1: n * len - len + 1, y2: y, m2: n * len }, text: m[0] });
  }
  return out;
}

// "said Ma Jun", "Zhang May told …": a month's name after a capitalised surname is a given name
// (not after the words that lead into a date: "In May", "Since June", "Late March")
const NAME_BEFORE = /\b([A-Z][a-z]{1,7})\s+$/;
const DATE_LEADS = new Set(["In", "By", "For", "Since", "During", "From", "Until", "Till", "Through", "Before", "After", "Of",
  "Late", "Early", "Mid", "Last", "This", "Next", "And", "Or", "To", "On", "As", "At", "Between", "Throughout", "Only",
  "Even", "Also", "The", "Each", "Every", "Then", "But", "While", "Both", "Than", "Over", "Into", "Within", "Around"]);
function isGivenName(text: string, start: number, end: number): boolean {
  if (!/^[A-Z][a-z]{2,4}$/.test(text.slice(start, end))) return false;
  const surname = NAME_BEFORE.exec(text.slice(Math.max(0, start - 12), start))?.[1];
  return Boolean(surname && !DATE_LEADS.has(surname) && !/^\s*,?\s*(?:\d|of\b)/.test(text.slice(end, end + 6)));
}

export { MONTH_NAMES };

/** Is `p` a shorter span inside `whole`, in the same years ("October 2023" in "January–October 2023")? */
export const isPartOf = (p: Period, whole: Period): boolean => !samePeriod(p, whole) && p.y1 !== null && p.y1 === whole.y1
  && p.y2 === whole.y2 && p.m1 >= whole.m1 && p.m2 <= whole.m2;
