import { splitSentences } from "../corpus/sentences.js";
import type { CorpusDocument } from "../corpus/types.js";
import { findEntities } from "../text/entities.js";
import { periodKey, samePeriod } from "../text/periods.js";
import type { Fact } from "../text/terms.js";

/**
 * A correction notice: "The report said that X's exports in 2031 were 45.2 billion yuan. The correct figure is
 * 54.2 billion yuan." The figure the report said is no figure of the notice's (it is the error); the figure after it
 * takes the error's place, period and flow, and replaces it (`replaces`), here and in the report itself
 * (retrieval/figures/base.ts).
 */
const MONTH = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?";
// "The report said that …", "Our article stated …": an earlier report's words, given as what was wrong
// (or a release named by its date under a label, "Correction: The March 3 release gave …")
const REPORT_SAID = new RegExp(String.raw`^[\s*_]*(?:\d+\.\s+[^.]{0,40}\.\s+|corrections?\s*:[\s*_]*)?`
  + String.raw`(?:the|our|that|this|an?)\s+(?:earlier\s+|(?:${MONTH}\s+\d{1,2}(?:,\s*\d{4})?|\d{4})\s+)?`
  + String.raw`(?:report|article|story|graphic|table|chart|item|release|bulletin|statement)\b[^.]{0,60}?`
  + String.raw`\b(?:said|stated|gave|reported|put|showed)\b`, "i");
// "X's imports were given as N.", "… was reported as N": a figure a notice says was published, in the passive
const GIVEN_AS = new RegExp(String.raw`\b(?:was|were|had\s+been)\s+(?:wrongly\s+|incorrectly\s+|erroneously\s+)?`
  + String.raw`(?:given|reported|published|stated|put|listed)\s+as\s+(?:about\s+)?(?:US\$|\$|RMB\s*)?\d`, "i");
const saysPublished = (text: string) => REPORT_SAID.test(text.replace(HEADLINE, "\"\""))
  || GIVEN_AS.test(text.replace(HEADLINE, "\"\""));
// the quoted headline a notice names the article by ("An article published on March 3, "X tops 91 billion yuan",
// gave …"): no words of the notice, nor its figure an error
const HEADLINE = /["“][^"”\n]{3,120}["”]/g;
const headlines = (text: string) => [...text.matchAll(HEADLINE)]
  .map((m) => ({ start: m.index, end: m.index + m[0].length }));
// a notice of corrections: the word in the title, or in the sentence or the two after it
const CORRECTION = new RegExp(String.raw`\bcorrect(?:ed|ion|ions)?\b|\bshould have (?:said|read|been)\b`
  + String.raw`|\berroneous(?:ly)?\b|\bin error\b|\bthe revised (?:figure|number|rate|total)\b`, "i");
// (a fall of prices or a market is no notice's correction: "… as prices saw a correction", "a correction in ore
// prices")
const MARKET_CORRECTION = new RegExp(String.raw`\b(?:(?:price|market|stock|sharp|steep|downward|technical)\s+correction`
  + String.raw`|correction\s+in\s+(?:[\w-]+\s+){0,3}?(?:prices?|markets?|demand|stocks?)`
  + String.raw`|(?:prices?|markets?|stocks?)\s+(?:[\w-]+\s+){0,3}?(?:an?\s+|the\s+)?(?:[\w-]+\s+)?correction)\b`, "gi");
const corrects = (text: string) => CORRECTION.test(text.replace(MARKET_CORRECTION, " "));
// sentences after the error that may correct it
const AFTER = 2;

/**
 * Can figure `f` be the correction of the error `w`? Not one with a flow or period of its own other than the error's, nor
 * a forecast: "Seasonally corrected, imports grew 2.3 percent", "If that proves correct, exports will grow 6 percent in
 * 2032" after "The report said exports rose 5.2 percent in 2031" correct nothing.
 */
const mayCorrect = (f: Fact, w: Fact): boolean => (f.metric === "other" || f.metric === w.metric)
  && (!f.period || !w.period || samePeriod(f.period, w.period)) && !/\bforecast\b/.test(f.qualifier ?? "");

// (what a correction notice says an earlier text gave wrongly: never a figure to cite)
const WITHDRAWN = new RegExp(String.raw`\b(?:(?:earlier|previous|original|first)\s+version\s+of\s+(?:this|the)\s+`
  + String.raw`(?:article|report|story|release|text)\b[^.]{0,40}?\b(?:said|stated|gave|reported|put|misstated)`
  + String.raw`|\b(?:incorrectly|wrongly|erroneously|mistakenly)\s+(?:said|stated|gave|reported|put))\b`, "i");
// ("The release of January 22 stated that exports were 8.1 billion yuan. … these figures were wrong."): the sentence
// before one that calls its figures wrong states withdrawn figures
const WRONG_BEFORE = new RegExp(String.raw`\b(?:these|those|the\s+(?:above|earlier|previous))\s+`
  + String.raw`(?:figures?|numbers?|data)\s+(?:were|was|are|is)\s+`
  + String.raw`(?:wrong|incorrect|erroneous|in\s+error|mistaken|misstated)\b`, "i");

/**
 * Does this sentence state figures a notice withdraws ("an earlier version of this article said …", "… wrongly
 * stated …", or the sentence before "these figures were wrong")? Its figures are read as none.
 */
export const statesWithdrawn = (sentence: string, next: string): boolean =>
  WITHDRAWN.test(sentence) || WRONG_BEFORE.test(next);

/**
 * Does the sentence at `i` state figures a correction notice gives as wrong: withdrawn ones, or what an earlier report
 * "said" in a notice (its title, or this sentence or the two after it, speaks of a correction)? For the sentences an
 * answer may quote, as applyCorrections does for facts.
 */
export function statesError(sentences: string[], i: number, title: string): boolean {
  const s = sentences[i] ?? "";
  if (statesWithdrawn(s, sentences[i + 1] ?? "")) return true;
  if (!saysPublished(s)) return false;
  return corrects(title) || sentences.slice(i, i + 1 + AFTER).some(corrects);
}

/**
 * The claim a withdrawing sentence states ("An earlier version of this article said X's exports were N" → "X's exports
 * were N"), to be read alone for the place, flow, goods and period its figure was of; none when the sentence withdraws
 * no claim of its own words.
 */
export function withdrawnClaim(sentence: string): string | undefined {
  const m = WITHDRAWN.exec(sentence);
  if (!m) return undefined;
  const claim = sentence.slice(m.index + m[0].length).replace(/^\s*(?:that\s+)?/i, "").trim();
  return /\d/.test(claim) ? claim : undefined;
}

// ("6.49 billion yuan, up 2.3 percent": the change right after a figure)
const CHANGE_AFTER_FIX = /^\s*(?:[\w$]+(?![\w$])\s*){0,3}[,(]?\s*(?:up|down|rising|falling|an?\s+(?:increase|decrease|rise|fall|drop|decline)\s+of)\s+$/i;

/** A sentence whose figures are withdrawn (not read), with its claim's facts read alone. */
export interface Withdrawn { start: number; end: number; facts: Fact[] }

export function applyCorrections(
  doc: Pick<CorpusDocument, "text" | "meta">, facts: Fact[], withdrawn: Withdrawn[] = [],
): Fact[] {
  const sentences = splitSentences(doc.text);
  const titled = corrects(doc.meta.title ?? "");
  const inside = (f: Fact, s: { start: number; end: number }) => f.valueStart >= s.start && f.valueEnd <= s.end;
  const wrongIds = new Set<string>();
  const named = new Set<string>();
  const fixed = new Map<string, Fact>();
  sentences.forEach((s, i) => {
    const quoted = headlines(s.text).map((q) => ({ start: s.start + q.start, end: s.start + q.end }));
    const next = sentences.slice(i + 1, i + 1 + AFTER)
      .filter((n) => !/\n/.test(doc.text.slice(s.end, n.start)));
    // ("An earlier version of this article said X's exports were N. The correct figure is M.": the withdrawn claim, read
    // alone, is the error whose place, flow, goods and period the figure after it takes)
    const claim = withdrawn.find((w) => w.start < s.end && w.end > s.start);
    if (claim) {
      correct(claim.facts.filter((f) => !f.derived && f.value !== null), next);
      return;
    }
    if (!saysPublished(s.text)) return;
    if (!titled && ![s, ...next].some((n) => corrects(n.text))) return;
    for (const f of facts) if (quoted.some((q) => inside(f, q))) named.add(f.id);
    const wrong = facts.filter((f) => !f.derived && f.value !== null && inside(f, s) && !named.has(f.id));
    // (an error is withdrawn where a figure corrects it, or on a page of corrections)
    if (correct(wrong, next) || titled) for (const w of wrong) wrongIds.add(w.id);
  });
  return facts.filter((f) => !wrongIds.has(f.id) && !named.has(f.id)).map((f) => fixed.get(f.id) ?? f);

  /** The figures of the first sentence after the errors that states any, as corrections of them; whether any was. */
  function correct(wrong: Fact[], next: Array<{ start: number; end: number; text: string }>): boolean {
    if (!wrong.length) return false;
    let corrected = false;
    // (one error, one fix: "The correct figure is N, which brings the total to M" corrects the error with N only)
    const left = new Set(wrong);
    for (const n of next) {
      // (a sentence naming another place of its own corrects nothing of this one)
      const own = findEntities(n.text).filter((e) => e.kind !== "partner" && !wrong.some((w) => w.entity === e.id));
      if (own.length) break;
      const stated = facts.filter((f) => !f.derived && f.value !== null && inside(f, n));
      if (!stated.length) continue;
      let last: { fix: Fact; error: Fact } | undefined;
      for (const figure of stated) {
        const open = wrong.filter((x) => left.has(x));
        // ("The correct figure is N, up 2.3 percent": a change right after a fix is of the same thing)
        const ownChange = last && figure.measure === "growth" && last.fix.measure !== "growth"
          && CHANGE_AFTER_FIX.test(doc.text.slice(last.fix.valueEnd, figure.valueStart)) ? last.error : undefined;
        const w = open.find((x) => x.measure === figure.measure && x.unit === figure.unit)
          ?? open.find((x) => figure.measure === "rate" && x.unit === figure.unit) ?? ownChange ?? open[0];
        if (!w || !mayCorrect(figure, w)) continue;
        left.delete(w);
        last = { fix: figure, error: w };
        // (a bare rate, "The revised figure is 7.9 percent", is the error's kind of rate)
        const f = figure.measure === "rate" && w.unit === figure.unit ? { ...figure, measure: w.measure } : figure;
        corrected = true;
        fixed.set(f.id, { ...f, entity: w.entity, metric: w.metric, ...(w.subject ? { subject: w.subject } : {}),
          ...(w.partner ? { partner: w.partner } : {}), ...(w.period ? { period: w.period } : {}),
          ...(w.measure === f.measure && w.unit === f.unit && w.value !== f.value && { replaces: w.value! }) });
      }
      break;
    }
    return corrected;
  }
}

/**
 * The facts with the figures a later correction notice replaced taken out: the report's "458.2" for a place, flow and
 * period once a notice says the figure is another.
 */
export function withoutCorrected(facts: Fact[]): Fact[] {
  const found = facts.filter((f) => f.replaces !== undefined);
  if (!found.length) return facts;
  const key = (f: Fact, value: number, subject = f.subject) => `${f.entity}|${f.measure}|${f.unit}|${subject ?? ""}|`
    + `${f.partner ?? ""}|${periodKey(f.period)}|${value}`;
  // (a notice that names the goods in words the tagger does not read, "the value of X's cut flower exports … as
  // 1.93", corrects the report's one figure of that value with goods: the fix takes the report's goods)
  const reported = new Map<string, Set<string>>();
  for (const f of facts) {
    if (f.value === null || f.replaces !== undefined || !f.subject) continue;
    const k = key(f, f.value, "");
    reported.set(k, (reported.get(k) ?? new Set()).add(f.subject));
  }
  const goodsOf = (f: Fact) => {
    const subjects = f.subject ? undefined : reported.get(key(f, f.replaces!));
    return subjects?.size === 1 ? [...subjects][0]! : undefined;
  };
  // ("Xinxiang's January-October imports were given as 2.46 … The correct figure is 2.64": a notice that names the
  // months without the year fixes the report's one figure of those months, and takes its year)
  const yearOf = (f: Fact): Fact["period"] => {
    if (!f.period || f.period.y1 !== null || f.period.y2 !== null) return undefined;
    const reports = facts.filter((r) => r.value === f.replaces && r.period?.y1 != null && r.period.m1 === f.period!.m1
      && r.period.m2 === f.period!.m2 && r.entity === f.entity && r.metric === f.metric && r.measure === f.measure
      && r.unit === f.unit && (r.subject ?? "") === (f.subject ?? "") && (r.partner ?? "") === (f.partner ?? ""));
    return new Set(reports.map((r) => periodKey(r.period))).size === 1 ? reports[0]!.period : undefined;
  };
  const swapped = new Map<string, Fact>();
  for (const f of found) {
    const subject = goodsOf(f);
    const period = yearOf(f);
    if (subject || period) swapped.set(f.id, { ...f, ...(subject && { subject }), ...(period && { period }) });
  }
  if (swapped.size) facts = facts.map((f) => swapped.get(f.id) ?? f);
  const fixes = facts.filter((f) => f.replaces !== undefined);
  const gone = new Set(fixes.map((f) => key(f, f.replaces!)));
  // (a figure a notice only restates as right, "They grew 4.8 percent, to 52.3 billion yuan" where the report gave the
  // 52.3, is cited from the report)
  const notices = new Set(fixes.map((f) => f.docId));
  const elsewhere = new Set(facts.filter((f) => f.value !== null && !notices.has(f.docId)).map((f) => key(f, f.value!)));
  const restated = (f: Fact) => notices.has(f.docId) && f.replaces === undefined && !f.derived && f.value !== null
    && elsewhere.has(key(f, f.value));
  return facts.filter((f) => f.value === null || (!gone.has(key(f, f.value)) && !restated(f)));
}
