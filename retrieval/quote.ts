import { contentWords, saysModifiers, type EvidenceSentence } from "./evidence.js";
import { findNumbers, type NumberMention } from "../text/numbers.js";
import { monthsSpanned, periodLabel, samePeriod } from "../text/periods.js";
import { partAloneIn } from "../text/alone.js";
import { askedCurrency, asksBothCurrencies, type QuestionFrame } from "./figures/query.js";
import type { Measure, Metric } from "../text/terms.js";
import { detectMeasure, findMetricWords, LOOKED_AHEAD, productOf, STATES_AMOUNT } from "../text/flows.js";
import { EXPECTING, wordSet } from "./figures/select.js";
import { findEntities, isOffice, namesDocument } from "../text/entities.js";
import { place } from "../text/places.js";
import { endsRouteName } from "../text/routes.js";
import { findSubjects, goodsByCountry, shortFormsOf } from "../text/subjects.js";
import { zoneBefore, zoneId } from "../text/zones.js";
import { PER_HEAD, PER_HEAD_SAID } from "../text/perHead.js";
import { DEPENDENCE } from "../text/dependence.js";
import { TRADER_UNIT } from "../text/units.js";
import { ownedByOther } from "./figureOwner.js";

/**
 * Quoted figures: when no structured fact answers a figure question, a sentence that states a
 * figure of the asked kind for the asked place, partner, subject and period is quoted as it is
 * (cited, marked as quoted rather than computed).
 */

/** Measures a question about `asked` accepts from a number read as `m`. */
const ACCEPTS: Partial<Record<Measure, Measure[]>> = { multiple: ["growth", "multiple"], rate: ["growth", "share", "rate"] };

// clauses: a figure's place, partner and subject are read within its own clause
const CLAUSE = /;|,\s+(?:and|while|but|whereas)\s+|\s+while\s+/g;
const clauseOf = (text: string, pos: number): [number, number] => {
  let a = 0;
  let b = text.length;
  for (const m of text.matchAll(CLAUSE)) { if (m.index! < pos) a = m.index! + m[0].length; else { b = m.index!; break; } }
  return [a, b];
};
const PARTNER_BEFORE = /\b(?:with|to|from)\s+(?:the\s+)?$/i;
const OWN_BASE = /\b(?:its|their|the (?:city|province|region)['’]s|(?:city|province|region)['’]s own|own)\b/i;
const NATIONAL_BASE = /^\s*of\s+(?:the\s+)?(?:China|the country|national|nationwide|the nation)/i;
const RANK_WORDS = /\b(?:rank(?:s|ed|ing)?|placed?|position)\b[^.;]{0,40}\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|top|\d{1,2}(?:st|nd|rd|th))\b|\b(?:first|second|third|\d{1,2}(?:st|nd|rd|th))\s+(?:place|among|in (?:the country|china)|nationwide)/i;

// ("…, helped by exports of ships": a flow named after the figure as what drove it is not the figure's flow)
const CAUSE_BETWEEN = /\b(?:helped|driven|boosted|supported|lifted|propelled|buoyed|pushed|fuelled|fueled)\s+(?:\w+\s+)?by\b|\bthanks\s+to\b|\bon\s+the\s+back\s+of\b|\bdue\s+to\b/i;

/** The flow a number is stated for: the nearest flow word before it (or, failing that, after it). */
function flowOf(text: string, n: NumberMention): Metric | undefined {
  const words = findMetricWords(text);
  const after = words.find((w) => w.start >= n.end);
  return (words.filter((w) => w.end <= n.start).at(-1)
    ?? (after && !CAUSE_BETWEEN.test(text.slice(n.end, after.start)) ? after : undefined))?.metric;
}

/**
 * The asked measures a sentence states a figure for, counting only figures of the asked flow,
 * partner and subject: "exports rose 2.4%" does not answer a question about total trade, nor
 * "trade with ASEAN grew 12.5%" one about the city's trade.
 */
// sentences whose figures were taken for goods the index names by the words of the goods alone
const SAYS_GOODS_ONLY = new WeakSet<EvidenceSentence>();

const PARTNER_ASKED = /\b(?:which|what)\s+(?:countr(?:y|ies)|partners?|markets?|economy|economies|destinations?)\b/i;
function statedMeasures(s: EvidenceSentence, frame: QuestionFrame, asked: Measure[]): Set<Measure> {
  const out = new Set<Measure>();
  const metric = frame.metric ?? "trade";
  const text = s.text;
  const entities = findEntities(text);
  const subjects = findSubjects(text);
  // (the sentence it goes on from, or, naming no place itself, the one before it in its paragraph: whose figures these
  // are when it names no owner)
  const context = s.previous?.text ?? (entities.some((e) => e.kind !== "partner") ? undefined : s.prior?.text);
  for (const n of s.numbers) {
    const flow = flowOf(text, n);
    if (flow !== undefined && flow !== metric && flow !== "partners") continue;
    if (flow === undefined && metric !== "trade") continue;
    // ("2,300 lamp enterprises, 510 of which export": the firms of a trade counted are no figure of its flow, unless the
    // question counts such firms)
    if (n.kind === "count" && TRADER_UNIT.test(n.unit) && !frame.measures.includes("count")) continue;
    const clause = clauseOf(text, n.start);
    // ("A's trade?" of "China's total trade was …", "A, B and C together traded …": another place's figure)
    if (ownedByOther(text, clause, n.start, frame.entities, context)) continue;
    const partner = entities.filter((e) => e.start >= clause[0] && e.end <= n.start && e.kind !== "region" && e.kind !== "group"
      && (e.kind === "partner" || PARTNER_BEFORE.test(text.slice(0, e.start))) && !endsRouteName(text, e)
      && !namesDocument(text, e)).at(-1);
    // with no partner before the figure, the asked one must follow it as a partner ("… worth 2 billion yuan with
    // Russia"), not merely be named ("sent to Yekaterinburg, Russia's third-largest city")
    const partnerAfter = entities.some((e) => frame.partners.includes(e.id) && e.start >= n.end && e.end <= clause[1]
      && PARTNER_BEFORE.test(text.slice(0, e.start)));
    // ("how much did it export, to which country?": a partner asked, not named, is any the sentence names)
    if (partner ? !frame.partners.includes(partner.id) && !PARTNER_ASKED.test(frame.text)
      : frame.partners.length > 0 && !partnerAfter) continue;
    const subject = subjects.filter((x) => x.end <= n.start && (x.start >= clause[0] || !frame.subjects.length)).at(-1);
    // ("LNG imports 5.87 million t …" for goods the index names, "lng": the goods said in the clause before the figure;
    // such a sentence answers only when it states every asked part, below)
    const goodsSaid = !subject && frame.subjects.length > 0 && !s.previous
      // (by any of their names: "the export vehicles" of "cars")
      && frame.subjects.flatMap((g) => [g, ...shortFormsOf(g)])
        .some((g) => [...wordSet(g)].every((w) => wordSet(text.slice(clause[0], n.start)).has(w)));
    if (goodsSaid) SAYS_GOODS_ONLY.add(s);
    else if (subject ? !frame.subjects.includes(subject.name) : frame.subjects.length > 0 && !s.previous) continue;
    // ("Trade declared in the Xi'an Comprehensive Bonded Zone rose … to 8.73 billion yuan" is the zone's, not the city's;
    // "Bonded logistics, mostly goods moving through the X Bonded Zone, jumped …" names it in an aside only)
    const zone = zoneBefore(text.slice(clause[0], n.start).replace(/,[^,]*,/g, ","));
    if (zone && !frame.entities.includes(zoneId(zone))) continue;
    // "exports of garments, furniture and household appliances totalled …" is no figure for furniture alone
    if (combinedFor(text.slice(clause[0], n.start), frame.text)) continue;
    // "Crude oil imports totaled …" is no figure of the place's imports (goods the question does not name)
    const goods = productOf(text, n, clause, entities);
    if (goods && !frame.subjects.length && !frame.text.toLowerCase().includes(goods.split(/\s+/)[0]!.toLowerCase())) continue;
    // ("the province set a target of 20 percent growth for 2012" is no figure of 2012, unless a target is asked)
    if (LOOKED_AHEAD.test(text.slice(clause[0], n.start)) && !EXPECTING.some((w) => wordSet(frame.text).has(w))) continue;
    const measure = detectMeasure(text, n, clause);
    if (measure === "share" && NATIONAL_BASE.test(text.slice(n.end)) && OWN_BASE.test(frame.text)) continue;
    for (const m of ACCEPTS[measure] ?? [measure]) if (asked.includes(m)) out.add(m);
  }
  if (asked.includes("rank") && RANK_WORDS.test(s.text)) out.add("rank");
  return out;
}

const GOODS_LIST = new RegExp(String.raw`\b(?:exports?|imports?|sales|shipments)\s+of\s+([^.;]+?)${STATES_AMOUNT}`, "i");

/**
 * Is the figure after `left` one for goods the question does not ask about: other goods ("exports of medical devices
 * were …" for a question on furniture), or several together ("exports of garments, furniture and … totalled …")?
 */
function combinedFor(left: string, question: string): boolean {
  const list = GOODS_LIST.exec(left)?.[1];
  const items = list?.split(/,\s*(?:and\s+)?|\s+and\s+/).map((x) => x.trim().toLowerCase()).filter(Boolean) ?? [];
  return items.length > 0 && !items.every((x) => question.toLowerCase().includes(x));
}

/** Coverage a quoted sentence needs: most of the question's own words, so it is about what was asked. */
const MIN_COVERAGE = 0.99;

/** The sentences to quote for a figure question, or none when no sentence states such a figure. */
/** "Border petty trade … reached RMB 8.35 billion": a sentence led by a subject the question does not ask is not its answer. */
function aboutOtherSubject(frame: QuestionFrame, text: string): boolean {
  const subjects = findSubjects(text);
  const lead = subjects.find((m) => m.start <= 3);
  if (lead !== undefined && !frame.subjects.includes(lead.name)) return true;
  // ("X's exports in 2023?" of "…, ahead of X, whose new three exports were 52.3 billion yuan": a sentence that names
  // the asked flow only as a subject's the question does not ask states none of the place's own flow)
  const flows = frame.metric ? findMetricWords(text).filter((m) => m.metric === frame.metric) : [];
  return flows.length > 0 && flows.every((f) => subjects.some((m) => !frame.subjects.includes(m.name)
    && m.end <= f.start && /^(?:\s*|['’]s?\s+)$/.test(text.slice(m.end, f.start))));
}

// words that may open a sentence before its subject: "The", "In 2023,", "WUHAN —" datelines are read as places too
const LEAD_WINDOW = 24;
const DATELINE = /^[A-Z][\w'’ .]{1,30}?(?:,\s*[\w.]+\.?(?:\s+\d{1,2})?(?:,\s*\d{4})?)?(?:\s*\([^)]{1,20}\))?\s*(?:--|—|–)\s*/;
const NAME_GOES_ON = /^(?:[-–(]|\s+[A-Z(])/;

/**
 * "X zone's trade in H1?" of "Wuhan as a whole recorded imports and exports of N …" (the zone's article, its headline
 * naming the zone): a sentence whose subject is a place the question does not ask, and which names no place it does,
 * states that other place's figure whatever words of the article's headline cover the question. (Never the country
 * alone when the question names no place: "what was total trade?" may be the country's.)
 */
export function ledByOtherPlace(frame: QuestionFrame, said: string): boolean {
  // (a dateline names where the story was filed, not what the sentence is about: "XI'AN, Jan. 18 (Xinhua) -- The …")
  const text = said.replace(DATELINE, "");
  const mentions = findEntities(text).filter((m) => m.kind !== "group" && !isOffice(text, m));
  const lead = mentions[0];
  if (!lead || lead.start > LEAD_WINDOW || !/^\W*(?:(?:the|in|on|by|for|during|[\d\w–-]+,)\s+)*$/i
    .test(text.slice(0, lead.start))) return false;
  // (a place that opens a proper name is no subject of its own: "The Chongqing-Xinjiang-Europe (Yuxinou) train ran …")
  if (NAME_GOES_ON.test(text.slice(lead.end, lead.end + 3))) return false;
  const asked = [...frame.entities, ...frame.partners];
  if (!asked.length && lead.id === "china") return false;
  const related = (id: string) => asked.some((a) => a === id || place(id)?.parent === a || place(a)?.parent === id);
  if (related(lead.id) || frame.text.toLowerCase().includes(lead.text.toLowerCase())) return false;
  return !mentions.some((m) => related(m.id));
}

/**
 * "rice imports?" of "Luohe's imports of Thai rice rose …": a sentence naming the asked goods only as one country's kind
 * of them answers no question about the goods in general (as no figure of them does, select.ts matchFact); it does one
 * naming the country, as its adjective or as the partner.
 */
function namesOnlyCountrysKind(frame: QuestionFrame, text: string): boolean {
  const asked = new Set(wordSet(frame.text));
  let kind = false;
  for (const w of contentWords(frame)) {
    for (const m of text.matchAll(new RegExp(String.raw`(?:\b([A-Za-z]+)\s+)?\b${w}[a-z]*\b`, "gi"))) {
      const by = m[1] ? goodsByCountry(`${m[1]} ${w}`) : undefined;
      if (!by || frame.partners.includes(by.partner) || asked.has(m[1]!.toLowerCase())) return false;
      kind = true;
    }
  }
  return kind;
}

/**
 * A question that names a flow is answered by a sentence that names it, or continues one that does ("imports and
 * exports … reached", "Its proportion …" after it; not "settlement … totaled").
 */
const namesFlow = (frame: QuestionFrame, text: string) =>
  !frame.metric || frame.metric === "other" || findMetricWords(text).some((m) => m.metric === frame.metric);

// a growth against a year before, asked; a growth against an earlier quarter or month of the same year, said
const YOY_ASKED = /\b(?:yoy|y-o-y|y\/y|year[- ](?:on|over)[- ]year|from a year (?:earlier|ago|before))\b/i;
const EARLIER_IN_YEAR = new RegExp(String.raw`\b(?:quarter[- ]on[- ]quarter|month[- ]on[- ]month|q-o-q|m-o-m|qoq|mom)\b|`
  + String.raw`\b(?:from|over|than|on|against|compared with)\s+(?:the\s+|that\s+of\s+the\s+)?(?:(?:first|second|third|fourth|previous|`
  + String.raw`preceding|prior|last)\s+(?:quarter|month)|(?:a|the)\s+(?:quarter|month)\s+(?:earlier|before))`, "i");
const YOY_SAID = /\byear[- ](?:on|over)[- ]year\b|\by-o-y\b|\byoy\b|\ba year (?:earlier|ago|before)\b|\bsame (?:period|quarter|month)\b/i;

/**
 * "Q3 trade yoy growth?" of "trade in the third quarter came to N, up 4.6 percent from the second quarter's M": a
 * sentence whose only growth is against an earlier quarter or month states no year-on-year rate.
 */
const againstEarlierOnly = (frame: QuestionFrame, text: string) =>
  YOY_ASKED.test(frame.text) && EARLIER_IN_YEAR.test(text) && !YOY_SAID.test(text);

// ("full-year trade?" of "The decline narrowed in June. Trade totaled N in the month": a figure said of "the month" or
// "the quarter" the sentence before named is of that one month or quarter, no answer to a longer period asked)
const SHORTER_SAID: Array<[RegExp, number]> = [
  [/\b(?:in|for|during|over)\s+(?:the|that|this)\s+(?:single\s+)?month\b|\bthat month\b|\bthe month alone\b/i, 1],
  [/\b(?:in|for|during|over)\s+(?:the|that|this)\s+(?:single\s+)?quarter\b|\bthat quarter\b|\bthe quarter alone\b/i, 3],
];
export const ofShorterPeriod = (frame: QuestionFrame, text: string): boolean => frame.periods.length > 0
  && SHORTER_SAID.some(([said, months]) => said.test(text) && frame.periods.every((p) => monthsSpanned(p) > months));

// ("total services trade?" of "services trade reached N in computer services alone": a part's figure, unless asked)
const ofPartAlone = (frame: QuestionFrame, text: string): boolean => {
  const part = partAloneIn(text);
  return part !== undefined && !part.split(/\s+/).filter((w) => w.length > 3).every((w) => frame.text.toLowerCase().includes(w));
};

// ("trade per resident?": a sentence stating the total is no answer; only one that says the figure per head is)

// ("chenghai district toy exports?" of "Toy exports climbed … of the city's total exports": an area the question names by
// a name the gazetteer lacks, one the articles write as a name ("Chenghai, which …"), is named by the sentence quoted;
// a customs district is its city's)
const AREA_NAMED = /\b([a-z][a-z'-]{2,})\s+(?:district|county|township|town)\b/gi;
const capitalised = (name: string) => new RegExp(String.raw`\b${name[0]!.toUpperCase()}${name.slice(1)}\b`);
function areasUnknown(frame: QuestionFrame, evidence: EvidenceSentence[]): string[] {
  return [...frame.text.toLowerCase().matchAll(AREA_NAMED)].map((m) => m[1]!)
    .filter((n) => n !== "customs" && !findEntities(n).length && evidence.some((s) => capitalised(n).test(s.text)));
}
const namesAreas = (areas: string[], s: EvidenceSentence) =>
  areas.every((a) => new RegExp(String.raw`\b${a}\b`, "i").test(`${s.previous?.text ?? ""} ${s.text}`));

export function quoteEvidence(frame: QuestionFrame, evidence: EvidenceSentence[]): EvidenceSentence[] {
  const areas = areasUnknown(frame, evidence);
  const asked: Measure[] = frame.measures.length ? frame.measures.filter((m) => m !== "pp_change" || frame.measures.length === 1)
    : ["amount", "growth", "share", "count"];
  const scored = evidence
    .map((s) => ({ s, stated: statedMeasures(s, frame, asked) }))
    .filter(({ s, stated }) => stated.size > 0 && s.coverage >= MIN_COVERAGE && saysModifiers(frame, s.text)
      && namesAreas(areas, s)
      && !aboutOtherSubject(frame, s.text) && !ledByOtherPlace(frame, s.text) && !namesOnlyCountrysKind(frame, s.text)
      && namesFlow(frame, `${s.previous?.text ?? ""} ${s.text}`)
      && (!PER_HEAD.test(frame.text) || PER_HEAD_SAID.test(s.text)) && !againstEarlierOnly(frame, s.text)
      && !ofShorterPeriod(frame, s.text) && !ofPartAlone(frame, s.text)
      // (trade dependence asked: a sentence that names it, never one of trade alone)
      && (!DEPENDENCE.test(frame.text) || DEPENDENCE.test(s.text)))
    .map(({ s, stated }) => ({ s, stated, score: stated.size * 2 + s.coverage * 3 + s.overlap * 0.3 - s.docRank * 0.5 }))
    .sort((a, b) => b.score - a.score);
  const best = scored[0];
  if (!best) return [];
  const chosen = [best.s];
  const missing = new Set(asked.filter((m) => !best.stated.has(m)));
  // a second sentence of the same article when it states a measure the first one lacks
  for (const c of scored.slice(1)) {
    if (!missing.size || chosen.length >= 2) break;
    if (c.s.docId !== best.s.docId || ![...c.stated].some((m) => missing.has(m))) continue;
    chosen.push(c.s);
    for (const m of c.stated) missing.delete(m);
  }
  // a share asked is a computation when no sentence states it: a quoted count or value is no answer to it
  if (missing.has("share") && SHARE_ASKED.test(frame.text)) return [];
  // ("rank the regions by the change in their share": so is a change in a share, which a sentence stating one year's
  // share, no change in points and no level it went from, does not answer)
  if (!chosen.some((c) => saysShareChange(frame, c.text))) return [];
  // ("aircraft and parts imports, value and yoy?" by "Aircraft and parts imports rose 18.9 percent": goods read only by
  // their words answer only with the value, when a value is asked, else the first part asked)
  const main = asked.includes("amount") ? "amount" : asked[0]!;
  if (missing.has(main) && chosen.some((c) => SAYS_GOODS_ONLY.has(c))) return [];
  return chosen.sort((a, b) => a.start - b.start);
}
// "up 3.2 points", "by 1.5 percentage points", "from 6.0 percent in 2015 to 9.2 percent": a change in a share, said
const SHARE_CHANGE_SAID = new RegExp(String.raw`\bpoints?\b|\bpp\b`
  + String.raw`|\bfrom\s+[\d.]+\s*(?:%|per\s?cent)[^.;]*?\bto\s+[\d.]+\s*(?:%|per\s?cent)`, "i");
const saysShareChange = (frame: QuestionFrame, text: string) => !frame.measures.includes("pp_change")
  || SHARE_CHANGE_SAID.test(text);
const SHARE_ASKED = /\bwhat\s+(?:share|percent(?:age)?|%|pct|proportion)\b|\bshare\s+of\b/i;

// "A, B and C", "A, B, C and D": a sentence that names several things
const LIST_SHAPE = /[\w'’-]+(?:\s+[\w'’-]+){0,5},\s+[\w'’-]+(?:\s+[\w'’-]+){0,5}(?:,\s+[\w'’-]+(?:\s+[\w'’-]+){0,5})*,?\s+and\s+[\w'’-]+/;
// what a list question asks for: the sentence must say it too ("partners", "cities", "imports")
const LIST_NOUNS: Array<[RegExp, RegExp]> = [
  [/\bpartners?\b|\bmarkets?\b/i, /\bpartners?\b|\bmarkets?\b/i],
  [/\bcities\b|\bcity\b/i, /\bcit(?:y|ies)\b/i],
  [/\bprovinces?\b|\bregions?\b/i, /\bprovinc|\bregion/i],
  [/\bimports?\b/i, /\bimport/i],
  [/\bexports?\b/i, /\bexport/i],
];

/**
 * The sentence that names the members of a list ("The EU, ASEAN and Australia were the island
 * province's top three trading partners"), for "which …" questions no fact answers: quoted whole.
 */
export function quoteList(frame: QuestionFrame, evidence: EvidenceSentence[]): EvidenceSentence[] {
  const nouns = LIST_NOUNS.filter(([asked]) => asked.test(frame.text)).map(([, said]) => said);
  // "which province …" is answered by a sentence that names a province, not one that only counts them
  const kind = frame.subjectKind === "province" || frame.subjectKind === "city" ? frame.subjectKind : undefined;
  const namesKind = (text: string) => !kind || findEntities(text).some((e) => e.kind === kind);
  const best = evidence
    // ("rank the regions by the change in their share": names with no change in a share are no ranking by it)
    .filter((s) => LIST_SHAPE.test(s.text) && s.coverage >= 0.5 && nouns.every((n) => n.test(s.text)) && namesKind(s.text)
      && saysShareChange(frame, s.text))
    .map((s) => ({ s, score: s.coverage * 3 + s.overlap * 0.3 - s.docRank * 0.5 }))
    .sort((a, b) => b.score - a.score)[0];
  return best ? [best.s] : [];
}

// a count: a number not followed by a unit of money, weight or share ("7,386 plants", not "7.4 billion yuan" nor "12 percent")
const UNIT = String.raw`[\d.,]*\s*(?:percent|%|billion|million|trillion|yuan|dollars|tonnes|tons|TEU)`;
const COUNT = new RegExp(String.raw`(?<![\d.,])\d{1,3}(?:,\d{3})+(?!${UNIT})|(?<![\d.,])\d+(?!${UNIT})(?=\s+["“'‘]?[a-z])`, "i");
const ASK_WORDS = new Set("how many much have has had been were was are is did do does the a an of in on at to by for since and".split(" "));

/**
 * Does a sentence state a count for a "how many …" ask: a plain count, and every word of the ask that is no asking
 * word or place ("converted", "2008" of "how many have been converted since 2008 in dongguan")?
 */
export function statesCount(ask: string, sentence: string): boolean {
  if (!/\bhow many\b/i.test(ask) || !COUNT.test(sentence)) return false;
  const places = new Set(findEntities(ask).flatMap((e) => e.text.toLowerCase().split(/\s+/)));
  const want = (ask.toLowerCase().match(/[a-z0-9]+/g) ?? []).filter((w) => !ASK_WORDS.has(w) && !places.has(w));
  const have = sentence.toLowerCase();
  return want.length > 0 && want.every((w) => new RegExp(String.raw`\b${w.replace(/(?:ed|s)$/, "")}`).test(have));
}

/**
 * "was X's trade bigger in 2019 or in jan-oct 2024?" quoted by a sentence of the ten months alone: a question of two
 * periods or more wants a figure of each, and a quote whose sentences (with those they go on from) state none of one
 * leaves that one unanswered; named, so the answer is no silent half.
 */
export function periodsUnquoted(frame: QuestionFrame, quoted: EvidenceSentence[]): string[] {
  if (frame.periods.length < 2) return [];
  const said = quoted.flatMap((x) => x.periods);
  return frame.periods.filter((q) => !said.some((p) => samePeriod(p, q))).map((q) => `the figure for ${periodLabel(q)}`);
}

const CURRENCY_NAME = { yuan: "yuan", "US dollars": "dollars" } as const;
/**
 * "X's exports in usd?" quoted by a sentence of "860 million yuan" only: the figure in the currency asked is not
 * stated (as a figure in the other currency answers only in part, answer.ts), and is named as not found. A sentence
 * that gives the asked one, itself or in brackets ("N yuan, or about M US dollars"), states it.
 */
export function currencyUnquoted(frame: QuestionFrame, shown: string[]): string[] {
  const asked = askedCurrency(frame.text);
  if (!asked || asksBothCurrencies(frame.text)) return [];
  const money = shown.flatMap((t) => findNumbers(t)).filter((n) => n.currency);
  return money.length && !money.some((n) => n.currency === asked || n.alt?.currency === asked)
    ? [`the figure in ${CURRENCY_NAME[asked]}`] : [];
}
