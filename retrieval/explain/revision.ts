import type { Span } from "../../corpus/sentences.js";
import type { EvidenceSentence } from "../evidence.js";
import type { ExplainPart } from "./asks.js";

/**
 * "Why was the 2031 figure revised?": the answer is what the correction notice says was wrong with the figure first
 * published ("The earlier figure double-counted goods in transit.", "… resulted from a transposition error"), never
 * a reason the article gives for the figure's growth; and it is quoted with the sentence that gives the revised figure.
 */

/** A question on why figures were changed: "why was the 2031 figure revised?", "what was the correction about?" */
// (as typed: "corrcted", "corected", "revized")
// ("why did it adjust its trade structure?" asks no revision: "correct", "amend" and "adjust" need a figure named with
// them, or a notice's noun: "the correction")
const FIGURE_NAMED = String.raw`\b(?:figures?|numbers?|data|estimates?|totals?|values?)\b`;
const REVISION_ASKED = new RegExp(String.raw`\b(?:revi[sz]|restat|recount|reclassif)\w*|\bcor?r?e?ctions?\b|`
  + String.raw`\bamendments?\b|\b(?:cor?r?e?ct|amend|adjust)\w*(?=[^?]*${FIGURE_NAMED})|${FIGURE_NAMED}[^?]*\b`
  + String.raw`(?:cor?r?e?ct|amend|adjust)\w*`, "i");
/** Does an asked part ask why a figure was revised (a cause, in revision words)? */
export const asksRevisionCause = (part: ExplainPart): boolean => part.kind === "cause" && REVISION_ASKED.test(part.text);

/** A sentence about the revision or the figure first given: "The earlier figure …", "not 1.5 as previously published". */
const ON_REVISION = new RegExp(String.raw`\b(?:revis(?:ed|ion|ions|e|es|ing)|correct(?:ed|ion|ions|s|ing)|restat(?:ed|ement)|`
  + String.raw`amend(?:ed|ment)|double[- ]?count\w*)\b|\b(?:earlier|previous|preliminary|original|initial|first)\s+`
  + String.raw`(?:[\w-]+\s+)?(?:figures?|numbers?|data|estimates?|versions?|releases?|reports?|bulletins?|statistics|counts?)\b|`
  + String.raw`\b(?:previously|originally|initially|first)\s+(?:published|reported|released|stated|announced|given)\b`, "i");

/** What made a figure wrong, as a correction notice says it: an error, a double count, late declarations, a census. */
const REVISION_CAUSES: RegExp[] = [
  /\bdouble[- ]?count(?:ed|ing|s)?\b/i,
  // ("a transposition error in the preliminary data", "a data-entry mistake")
  new RegExp(String.raw`\b(?:transposition|data[- ]entry|clerical|typing|typographical|input|keying|calculation|coding|`
    + String.raw`reporting|statistical|processing|classification|conversion)\s+(?:errors?|mistakes?)\b`, "i"),
  /\b(?:an?|the)\s+(?:\w+\s+)?(?:error|mistake|omission)s?\s+(?:in|by|of|when)\b/i,
  /\b(?:late|delayed|belated|missing|omitted|incomplete)\s+(?:customs\s+)?(?:declarations?|filings?|reports?|returns|data)\b/i,
  // ("The earlier figure wrongly included …", "the preliminary data left out …")
  new RegExp(String.raw`\b(?:earlier|previous|preliminary|original|initial|first)\s+(?:[\w-]+\s+)?(?:figures?|numbers?|data|`
    + String.raw`estimates?|versions?|counts?)\s+(?:had\s+)?(?:wrongly\s+|mistakenly\s+|also\s+)?(?:included|excluded|omitted|`
    + String.raw`left out|missed|counted|failed|did not|was based|were based|contained|assigned|attributed)\b`, "i"),
  // ("The revision removed trade that had been registered to the city …": what the revision did)
  /\b(?:revision|correction|adjustment)s?\s+(?:removed|added|excluded|included|took out|moved|reallocated|reflects|reflected)\b/i,
  // ("Following data checks linked to the economic census, the city's 2017 trade was revised …": a benchmark revision)
  /\b(?:following|after|based on|in line with|under)\s+[^,.;]{0,80}\b(?:census|benchmark\w*|audit|verification)\b/i,
];

/** A sentence whose revision is the cause of something else: "Because of the revision, growth cannot be compared …". */
// (or that it left alone: "Other figures were not affected by the revision.")
const REVISION_EFFECT = new RegExp(String.raw`\b(?:because of|due to|owing to|as a result of|given|after|following|by)\s+`
  + String.raw`(?:the|this|that)\s+(?:revision|correction|adjustment)\b`, "i");

/** The sentence that gives the revised figure: "The revised figure is 1.6 million.", "… was revised to 5.8 billion". */
const GIVES_REVISED = new RegExp(String.raw`\b(?:revised|corrected|adjusted|restated)\s+(?:[\w-]+\s+){0,3}?(?:figures?|numbers?|`
  + String.raw`totals?|values?|estimates?|data)\s+(?:is|was|are|were|stands?\s+at|of)\b|\b(?:revised|corrected|adjusted|restated)`
  + String.raw`\s+(?:(?:up|down)(?:wards?)?\s+)?to\s+(?:[A-Za-z$¥€]+\s?)?\d|\bnot\s+(?:[A-Za-z$¥€]+\s?)?\d[\d.,]*\s+(?:[\w%-]+\s+){0,4}?as\s+`
  + String.raw`(?:previously|earlier|originally|first|initially)\s+(?:published|reported|released|stated|announced|given)\b`, "i");

/** Does a sentence speak of the revision, the figure first given, or what made it wrong? */
export const onRevision = (text: string) => ON_REVISION.test(text) || REVISION_CAUSES.some((re) => re.test(text));

/** The cue of a sentence for "why was it revised": 3 for what made the figure wrong, 0 for what the revision caused,
 * else the cue it carries. */
export function revisionCue(text: string, cue: number): number {
  if (REVISION_CAUSES.some((re) => re.test(text))) return Math.max(cue, 3);
  return REVISION_EFFECT.test(text) ? 0 : cue;
}

/** The sentence of an article that gives a revised figure, the nearest to the sentence that says why. */
export function revisedFigure<T extends Span & { docId: string }>(why: Span & { docId: string }, sentences: T[]): T | undefined {
  const giving = sentences.filter((s) => s.docId === why.docId && s.start !== why.start && /\d/.test(s.text)
    && GIVES_REVISED.test(s.text));
  return giving.sort((a, b) => Math.abs(a.start - why.start) - Math.abs(b.start - why.start))[0];
}

/** How many sentences after one on the asked figure's revision may give its cause. */
const NOTICE_AFTER = 3;

/**
 * The sentences right after one on the asked figure's revision that say what made the figure wrong, which the evidence
 * reader left out for naming places the question does not ("The earlier figure double-counted goods shipped through
 * the X border crossing."): they are about the figure the notice is about, and read with its place and period.
 */
export function noticeCauses(evidence: EvidenceSentence[]): EvidenceSentence[] {
  const have = new Set(evidence.map((e) => `${e.docId}@${e.start}`));
  const out: EvidenceSentence[] = [];
  for (const e of evidence) {
    if (!ON_REVISION.test(e.text)) continue;
    let last: Span = e;
    for (const f of (e.following ?? []).slice(0, NOTICE_AFTER)) {
      // (in the notice: no gap wider than a paragraph break)
      if (f.start - last.end > 2) break;
      const key = `${e.docId}@${f.start}`;
      if (!have.has(key) && REVISION_CAUSES.some((re) => re.test(f.text))) {
        have.add(key);
        out.push({ ...e, start: f.start, end: f.end, text: f.text, before: last, after: undefined, previous: undefined,
          next: undefined, introduces: undefined, following: [], preceding: [] });
      }
      last = f;
    }
  }
  return out;
}
