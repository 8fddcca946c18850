import { findDateInText, monthIndex, normaliseDate } from "./dates.js";

/** Marker put in front of photo captions: kept as text, but recognisable as not article prose. */
export const CAPTION_MARK = "[Photo caption]";

export interface CleanedText {
  text: string;
  /** A date found on a dateline ("Time: 08 25,2021", "Updated: August 21, 2024"), if any. */
  dateline?: string;
}

const BREADCRUMB_SEPARATORS = /[ㄑ>»›|\/]/g;
const PAGINATION = /^[\s<>«»‹›|.…\d]*$/;
const BYLINE = /\s[|—–]\s|^\s*by\s/i;
// ("Xinhua, 2 August 2023, 16:47 | via …": the day may come first)
const FULL_DATE = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}\b|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?,?\s+\d{4}\b/;
// "Published: …", "Release date：…", "Published 2024-08-15", "Released on 3 March 2024"
const DATELINE = new RegExp(String.raw`^(?:time|date|updated|published|posted|release date|released|issued|source)\s*`
  + String.raw`(?:[:：]|on\s+(?=\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d)|(?=\s*\d{4}-\d))`, "i");
// ("Yanbian Daily (English edition), August 2, 2019": an edition in brackets after the paper's name)
// ("DAQING, Heilongjiang, January 28, 2013 (Northeast Net)": a place with its province, the paper in brackets after)
const PLACE = String.raw`[A-Z][A-Za-z'.-]*(?:\s+[A-Z][A-Za-z'.-]*){0,3}`;
const PLACE_DATE = new RegExp(String.raw`^(?:${PLACE}(?:\s+\([A-Za-z ]{1,30}\))?,\s*(?:${PLACE},\s*){0,2})?`
  + String.raw`(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?\s+\d{4}|\d{4}-\d{2}-\d{2})`
  + String.raw`(?:\s*\([^()]{1,60}\))?\s*$`);
// "Held in Erenhot, on 16 July 2008", "Issued by the statistics office of X Customs, November 14, 2008", "Published
// September 18, 2012 -- Jinan": a line under the title that ends on the day it was given, held or issued dates the text
const DAY_DATE = String.raw`(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?\s+\d{4})`;
// ("Chongqing Daily English edition, published March 3, 2025", "Weekly, issue dated March 10, 2016", "Zhongshan,
// Guangdong -- February 8, 2015", "Published 10 February 2014.": so is one whose date follows the word for it or dashes)
const DATED_HEAD_LINE = new RegExp(String.raw`(?:,(?:\s+(?:published|issued|released|broadcast|filed|(?:issue\s+)?dated))?`
  + String.raw`|\bon|\s(?:--|—|–)|^(?:[Pp]ublished|[Ii]ssued|[Rr]eleased|[Hh]eld|[Dd]elivered|[Dd]ated|[Bb]roadcast))\s+${DAY_DATE}`
  + String.raw`(?:\s*(?:--|—|–)\s*[A-Z][\w' -]{0,30})?\.?$`);
// "Hekou, Honghe Prefecture, October 24, 2016 -- Fruit trucks …", "Dalian, 19 January 2023 -- …": the lead paragraph
// opens on where and when it was filed (the line is kept: the sentence after the dashes is the article's)
const LEAD_DATELINE = new RegExp(String.raw`^${PLACE},\s*(?:${PLACE},\s*){0,2}${DAY_DATE}(?:\s*\([^()]{1,60}\))?`
  + String.raw`\s*(?:--|—|–)\s*\S`);
// "2013-06-21 09:12 Source: Suzhou Daily Author: Wang Jing": a byline that opens on the day and time it was posted
const STAMPED_BYLINE = /^\d{4}-\d{2}-\d{2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?(?:\s|$)/;
const BOILERPLATE = /^(?:more from|related (?:news|stories|articles)|share(?: this)?|print|editor|copyright|©|follow us|read more|top stories|latest news|back to top|home)\b/i;
// ("Share of province: 42.6%": a label and its figure, no share button)
const LABELLED_FIGURE = /^(?:[-*•]\s+)?[A-Z][^:|]{1,40}:\s+[-+]?\d/;
// "WU LIUHONG/FOR CHINA DAILY", "Photo by Li Wei/Xinhua", "(Photo: Xinhua)"
// a caption is a line of a few hundred characters: longer lines are not tested (the pattern backtracks on long capitals)
const MAX_CAPTION_CHARS = 1000;
const CAPTION = /(?:\b[A-Z]{2,}(?:\s+[A-Z]{2,})+\s*\/\s*(?:FOR\s+)?[A-Z][A-Z .]+\.?$)|(?:^\(?\s*(?:photo|photograph|image|file photo)\s*(?:by|:|\/))|(?:\[?photo\/[a-z]+\]?$)/i;

const wordCount = (s: string) => (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;
/** Words other than numerals: a byline's date and time ("2010-10-22 09:31") count as none. */
const wordsOf = (s: string) => (s.match(/\p{L}+/gu) ?? []).length;
const MONTH_YEAR_END = /[|—–]\s*([A-Z][a-z]{2,8})\.?\s+((?:19|20)\d\d)\s*$/;
const ONLY_DATE = new RegExp(String.raw`^(?:${FULL_DATE.source})$`);
const endsLikeSentence = (s: string) => /[.!?。"”’)]$/.test(s.trim());

function isPagination(line: string): boolean {
  return PAGINATION.test(line) && (line.match(/\d+/g) ?? []).length >= 2;
}

function isBreadcrumb(line: string): boolean {
  const seps = line.match(BREADCRUMB_SEPARATORS)?.length ?? 0;
  if (seps < 1 || endsLikeSentence(line)) return false;
  const parts = line.split(BREADCRUMB_SEPARATORS).map((p) => p.trim()).filter(Boolean);
  // navigation: a few short labels joined by separators, no sentence
  return parts.length >= 2 && parts.every((p) => wordCount(p) <= 8) && !/\d+(\.\d+)?\s*(%|percent)/.test(line);
}

/**
 * Removes web debris (breadcrumbs, pagination, share/"more from" lines, repeated site headers,
 * datelines) and marks photo captions, without touching article sentences.
 */
export function cleanText(raw: string): CleanedText {
  const lines = raw.replace(/\r\n?/g, "\n").replace(/\u00a0/g, " ").replace(/[\u200b\ufeff]/g, "").split("\n").map((l) => l.replace(/[ \t]+/g, " ").trim());
  const shortCounts = new Map<string, number>();
  for (const l of lines) if (l && wordCount(l) <= 6 && !endsLikeSentence(l)) shortCounts.set(l, (shortCounts.get(l) ?? 0) + 1);

  let dateline: string | undefined;
  const out: string[] = [];
  // a table's header row ("Export product | Value (billion yuan) | Growth |") looks like a breadcrumb but is followed by rows of figures
  const tableRow = (l: string | undefined) => Boolean(l && / \| /.test(l) && /\d/.test(l));
  // a Markdown rule under a header ("|---|:---:|") says nothing: skipped, and looked past
  const rule = (l: string | undefined) => Boolean(l && /^\|?(?:\s*:?-{2,}:?\s*\|)+\s*(?::?-{2,}:?)?\s*$/.test(l));
  // (so is a heading over a group of rows, "Exports | Exports | Exports |" of a cell spanning the table, or
  // "| Exports |  |  |" of one cell and empty ones)
  const groupHeading = (l: string | undefined) => Boolean(l && (/^([^|]+?)(?: \| \1)+ \|$/.test(l)
    || /^\|\s*[^|\d\s][^|\d]*\|(?:\s*\|)+$/.test(l)));
  const nextRow = (i: number) => {
    let j = i + 1;
    while (j < lines.length && (!lines[j] || rule(lines[j]) || groupHeading(lines[j]))) j++;
    return lines[j];
  };
  for (const [i, line] of lines.entries()) {
    if (!line) { out.push(""); continue; }
    if (DATELINE.test(line) && wordCount(line) <= 14) {
      dateline ??= findDateInText(line);
      continue;
    }
    // "Xinhua | February 17, 2015", "By Li Wei — 2015-02-17": a byline near the top dates the article
    // ("By Ma Li | Gansu Daily | 2010-10-22 09:31 | Editor: Zhou Ping": a date and a time are no words of prose)
    // ("By Liang Fei, staff reporter | October 2026": a month and its year at a byline's end date it to that month)
    const monthYear = MONTH_YEAR_END.exec(line);
    const month = monthYear && monthIndex(monthYear[1]!);
    // ("… | via en.example.cn (http://…)": the address a byline ends on in brackets is no sentence's end)
    const unlinked = line.replace(/\s*\((?:https?:\/\/|www\.)[^()\s]*\)$/, "");
    if (i < 8 && BYLINE.test(line) && (FULL_DATE.test(line) || month) && (line.match(/\|/g) ?? []).length <= 3
      && wordsOf(unlinked) <= 12 && !endsLikeSentence(unlinked)) {
      dateline ??= findDateInText(line) ?? (month ? normaliseDate(`${monthYear![2]}-${month}`) : undefined);
      continue;
    }
    // ("January 20, 2009" on its own line under the title)
    if (i < 8 && ONLY_DATE.test(line)) {
      dateline ??= findDateInText(line);
      continue;
    }
    // "Kunming, January 18, 2023" on a line of its own under a transcript's heading: where and when it was given (kept)
    if (i < 8 && PLACE_DATE.test(line)) dateline ??= findDateInText(line);
    // (kept too: such a line may name the event or the office, and it is no sentence of figures)
    // (a short line only: a page of one long line is never read with it)
    if (i < 8 && line.length <= 400 && DATED_HEAD_LINE.test(line) && wordsOf(line) <= 24
      && (!endsLikeSentence(line) || /^(?:published|issued|released|dated)\s.*\d{4}\.$/i.test(line))) {
      dateline ??= findDateInText(line);
    }
    if (i < 10 && LEAD_DATELINE.test(line)) dateline ??= findDateInText(line.slice(0, 120));
    if (i < 8 && STAMPED_BYLINE.test(line) && wordsOf(line) <= 12 && !endsLikeSentence(line)) {
      dateline ??= findDateInText(line);
      continue;
    }
    if (/(?:updated|published)\s*[:：]/i.test(line) && wordsOf(line) <= 12) {
      dateline ??= findDateInText(line);
      continue;
    }
    if (rule(line)) continue;
    // (a table's last row follows rows of figures: it is no breadcrumb either)
    // (past a heading over a group of rows: "Imports | Imports | Imports |" over the table's last row)
    const rowBefore = [...out].reverse().find((l) => l !== "" && !groupHeading(l));
    const header = / \| /.test(line) && (tableRow(nextRow(i)) || (tableRow(line) && tableRow(rowBefore)));
    // (nor is a row of figures with no minus sign pagination: "| 2017 | 6.82 | 8.3 | 4.00 |" between other rows)
    if ((isPagination(line) && !header) || (isBreadcrumb(line) && !header) || (BOILERPLATE.test(line) && wordCount(line) <= 8
      && !LABELLED_FIGURE.test(line))) continue;
    if ((shortCounts.get(line) ?? 0) > 1) continue; // site name repeated as header and footer
    const caption = line.length <= MAX_CAPTION_CHARS && CAPTION.test(line);
    if (caption && !line.startsWith(CAPTION_MARK)) { out.push(`${CAPTION_MARK} ${line}`); continue; }
    out.push(line);
  }
  const text = out.join("\n").replace(/\n{3,}/g, "\n\n").trim();
  return dateline ? { text, dateline } : { text };
}
