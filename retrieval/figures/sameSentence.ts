import { samePeriod } from "../../text/periods.js";
import type { CorpusDocument } from "../../corpus/types.js";
import type { Fact, Measure } from "../../text/terms.js";
import { isMonthOnMonth } from "./select.js";

// the measures asked beside a level ("value and growth", "value and share"), and the levels they go with
const BESIDE: Measure[] = ["growth", "share", "multiple"];
const LEVELS: Measure[] = ["amount", "count"];
const CURRENCY = /\b(?:yuan|dollars?|euros?)\b/i;

/** Is a fact stated in the other's sentence? */
export const inSentenceOf = (a: Fact, b: Fact) => a.docId === b.docId && a.start === b.start;

/** One thing's figures: same owner, partner, flow, goods and period. */
const sameThing = (a: Fact, b: Fact) => a.entity === b.entity && (a.partner ?? "") === (b.partner ?? "")
  && a.metric === b.metric && (a.subject ?? "") === (b.subject ?? "")
  && (a.period && b.period ? samePeriod(a.period, b.period) : !a.period && !b.period);

/** A change of a quantity ("10 million tonnes, up 12%") goes with a quantity, never with a value in money. */
const fitsLevel = (level: Fact, f: Fact) => !/\bquantity\b/.test(f.qualifier ?? "")
  || level.measure === "count" || !CURRENCY.test(level.unit);

// the words that may stand between a level and its own change: "reached 5.9 billion yuan, up 48.2 percent year on
// year", "jumped 48.2 percent to 5.9 billion yuan" (any other word, "with textiles up 12%", may name another thing)
const JOINING = new Set(`up down rose rising risen fell falling jumped surged soared grew growing increased increasing
  decreased decreasing declined dropped climbed expanded gained slipped shrank edged an a increase decrease rise fall
  drop decline growth gain of by to at percent per cent pct percentage year on over yoy from in the same period last
  earlier ago before compared with and or was were reached totalled totaled amounting amounted valued worth about nearly
  around roughly some representing marking accounting for share total its billion million trillion thousand ten yuan
  rmb us u s dollars dollar usd tonnes tons tonne ton units vehicles teus teu`.split(/\s+/));

/** Does the text between two figures of one sentence only join a level to its change (no other thing named)? */
function joined(level: Fact, f: Fact, docs: Map<string, CorpusDocument> | undefined): boolean {
  const text = docs?.get(level.docId)?.text;
  if (!text) return false;
  const [a, b] = level.valueStart < f.valueStart ? [level, f] : [f, level];
  if (a.valueEnd > b.valueStart) return false;
  const between = text.slice(a.valueEnd, b.valueStart).replace(/\([^)]*\)/g, " ").toLowerCase();
  const unitWords = `${level.unit} ${level.alt?.unit ?? ""}`.toLowerCase().split(/\s+/);
  return (between.match(/[a-z]+/g) ?? []).every((w) => JOINING.has(w) || unitWords.includes(w));
}

/**
 * "X's exports, value and growth?": the growth (or share) stated in the level's own sentence, of the same thing, in
 * place of the best-ranked one from another sentence ("exports jumped 71.3% to 62.4 billion yuan" gives the growth of
 * 62.4 billion, never the headline's 36.1% of the whole trade). `chosen` is the part picked; `choices` every candidate
 * for it, best first. The chosen part stays unless the level's sentence joins one to the level in so many words.
 */
export function partBesideLevel(level: Fact | undefined, chosen: Fact, choices: Fact[],
  docs: Map<string, CorpusDocument> | undefined): Fact {
  if (!level || !LEVELS.includes(level.measure) || !BESIDE.includes(chosen.measure) || level.derived) return chosen;
  // (a level given in two currencies, "283 billion yuan ($43 billion)": its sentence's growth may be of one of them
  // only, and a growth picked by the currency asked stays)
  if (level.alt) return chosen;
  if (inSentenceOf(level, chosen) && sameThing(level, chosen)) return chosen;
  const own = choices.find((f) => f !== chosen && f.measure === chosen.measure && f.value !== null && !f.derived
    && inSentenceOf(level, f) && sameThing(level, f) && fitsLevel(level, f) && joined(level, f, docs)
    && isMonthOnMonth(f) === isMonthOnMonth(chosen) && (f.shareOf ?? "") === (chosen.shareOf ?? ""));
  return own ?? chosen;
}

/** In a list of best figures per measure, each growth or share moved to the one stated beside the first level. */
export function partsBesideLevel(best: Fact[], choices: Fact[], docs: Map<string, CorpusDocument> | undefined): Fact[] {
  const level = best.find((f) => LEVELS.includes(f.measure) && f.value !== null);
  const moved = best.map((f) => partBesideLevel(level, f, choices, docs));
  return moved.filter((f, i) => moved.indexOf(f) === i);
}
