import { displayName, place, possessive } from "../text/places.js";
import type { Fact } from "../text/terms.js";
import { sameGoods } from "../text/subjects.js";
import { MONEY_UNIT } from "../text/units.js";
import { asksBothCurrencies, CURRENCY_JOINED, expandPeriodShorthand, MORE_THAN_YEAR_BEFORE, type QuestionFrame, SHARE_CHANGE, wholesOfShares }
  from "./figures/query.js";
import { findPeriods, type Period, periodLabel, samePeriod } from "../text/periods.js";
import type { DraftFigure, Line } from "./figures/solve.js";
import { joinedAsOne, LESS_PARTS } from "./plans/read.js";
import { DEPENDENCE, TRADE_DEPENDENCE } from "../text/dependence.js";
import { askedParts, MONEY_ASKED, PART_NAMES, type PartKind, unitsUnsaid } from "./askedParts.js";

// What a look-up asks for in so many words that its figures leave out: named in the answer, which then abstains
// (`partial`) rather than pass for whole.

const GROWTH_MEASURES = new Set(["growth", "multiple", "pp_change"]);
// measures that state a gap between two figures themselves
const GAP_MEASURES = new Set(["pp_gap", "pp_change", "multiple"]);
// the value asked in so many words, or a flow followed by "+ growth" / "and yoy" ("baijiu exports q1 2025 + growth rate")
const VALUE_ASKED = new RegExp(String.raw`\b(?:how much|how big|value|worth|amount|size|sales)\b`
  + String.raw`|\b(?:exports?|imports?|trade)\b(?:\s+[\w-]+){0,3}\s*(?:[+&]|,?\s*and)\s*(?:the\s+|its\s+)?(?:yoy|growth|gr[eo]w)`, "i");
// a change asked beside a count: "and how much did it grow", "+ yoy", "and its growth"
const COUNT_CHANGE_ASKED = /\b(?:gr[eo]w(?:th)?|yoy|y-o-y|year[- ]on[- ]year|increase|rise|rose|change)\b/i;
// "by how much was it up", "up by how much": the size of a change, never a value asked
const BY_HOW_MUCH = /\bby\s+how\s+much\b/gi;
const ABSOLUTE_ONLY = /^(?![^?]*(?:%|\bpercent|\bpct\b|\brate\b))[^?]*\bin absolute terms\b/i;
// a period a change is measured against: "than in 2019", "since 2015", "from 2020 to 2023", "vs 2019", "2019 level"
const AGAINST_PERIOD = /\b(?:than|since|from|compar(?:e|ed|es|ing)|versus|vs\.?|relative|over|against|level|base)\b/i;
const BOTH_FLOWS = /\bexports?\b[^?]*\bimports?\b|\bimports?\b[^?]*\bexports?\b/i;

/**
 * The parts a look-up asks for that its figures leave out, so the answer says so rather than pass for whole:
 * "baijiu exports + growth rate" answered with the growth only, "exports to Africa and imports from Africa" with exports.
 */
export function unansweredParts(frame: QuestionFrame, found: { lines: Line[]; figures: DraftFigure[] }): string[] {
  const facts = found.lines.flatMap((l) => l.facts);
  const computed = found.figures.filter((f) => f.computed);
  // (an amount stated with its equivalent in brackets gives both currencies)
  const units = [...found.figures.map((f) => f.unit), ...facts.flatMap((f) => (f.alt ? [f.alt.unit] : []))];
  const given = { facts, computed, units };
  const missing = PART_CUES.filter((c) => (c.anyIntent || frame.intent === "lookup") && !c.notFor?.includes(frame.intent)
    && c.cue.test(frame.text) && !c.given(given, frame.text))
    .map((c) => c.missing);
  // ("the zone's share of guangxi's total" answered with its share of a city's total: the whole the question names
  // is the share's whole, or the share asked is named as not stated)
  const shares = facts.filter((f) => f.measure === "share");
  const [whole] = wholesOfShares(frame.text);
  const wholeOf = (f: Fact) => (f.shareOf === "own" ? f.entity : f.shareOf === "national" ? "china" : f.shareOf);
  if (whole && whole !== "china" && shares.length && shares.every((f) => f.shareOf && wholeOf(f) !== whole)) {
    missing.push(`its share of ${possessive(displayName(whole))} total`);
  }
  // ("value of zero-tariff imports and the tax exemptions?" answered with one amount: the other thing is named)
  const second = SECOND_VALUE.exec(frame.text)?.groups?.second?.trim();
  const amounts = new Set([...facts.filter((f) => f.measure === "amount").map((f) => f.value),
    ...computed.filter((f) => f.unit !== "%").map((f) => f.value)]);
  if (second && !NOT_A_THING.test(second) && amounts.size === 1) missing.push(`the value of the ${second}`);
  const asked = periodAskedAfterStatement(frame);
  if (asked && !computed.length && !facts.some((f) => f.period && samePeriod(f.period, asked))) {
    missing.push(`the figure for ${periodLabel(asked)}`);
  }
  // ("guizhou's gap in 2013 vs jiangxi's in 2015" answered for Guizhou alone: Jiangxi's side is named as not found)
  if (frame.intent !== "rank" && frame.intent !== "list" && facts.length) {
    const covered = new Set(facts.flatMap((f) => [f.entity, ...(f.shareOf ? [f.shareOf] : []), ...(f.members ?? [])]));
    const within = (e: string) => facts.some((f) => place(f.entity)?.parent === e || place(e)?.parent === f.entity);
    // (a city joined to the one before it, "ningbo-zhoushan", is that place's other name, no side of its own)
    // (as the comparison's plan reads its sides)
    const sides = frame.intent === "comparison" ? joinedAsOne(frame.text, frame.entities) : frame.entities;
    for (const e of sides) {
      if (e === "china" || sides.length < 2 || covered.has(e) || within(e)) continue;
      missing.push(`${possessive(displayName(e))} figure`);
    }
  }
  // ("grew in q1-q3 2023 - was it still growing in jan-oct 2026?" answered for 2023 alone: the other period asked is
  // named as not found; never a period a change is measured against, which the figures' own base gives)
  if ((frame.intent === "lookup" || frame.intent === "comparison") && frame.periods.length >= 2 && !computed.length
    && facts.length && facts.every((f) => f.period) && !AGAINST_PERIOD.test(frame.text)) {
    for (const p of frame.periods) {
      const given = facts.some((f) => samePeriod(f.period!, p) || (f.basePeriod && samePeriod(f.basePeriod, p)));
      const label = `the figure for ${periodLabel(p)}`;
      if (!given && !missing.includes(label)) missing.push(label);
    }
  }
  // ("exports to X and imports from X?", "did it export more to X or import more from it?" answered with one flow: the
  // other is named; a comparison of the two flows too)
  const flows = new Set(facts.map((f) => f.metric));
  if ((frame.intent === "lookup" || frame.intent === "comparison") && BOTH_FLOWS.test(frame.text) && !flows.has("trade")
    && flows.has("exports") !== flows.has("imports")) {
    const [first] = facts;
    const other = flows.has("exports") ? "imports" : "exports";
    const partner = first?.partner ? ` ${other === "imports" ? "from" : "to"} ${displayName(first.partner)}` : "";
    missing.push(`${first ? `${possessive(displayName(first.entity))} ` : ""}${other}${partner}`);
  }
  // ("how many trips …, and how many TEU did they carry?" answered with the trips alone: the count in the other unit)
  if (frame.intent === "lookup" || frame.intent === "comparison") {
    for (const m of unitsUnsaid(frame.text, [...units, ...facts.map((f) => f.unit)])) if (!missing.includes(m)) missing.push(m);
  }
  if (frame.intent !== "lookup") return missing;
  // ("how many cars …, and by how much was that up?": "by how much" asks the change, no value)
  const text = frame.text.replace(BY_HOW_MUCH, "by");
  const growthGiven = facts.some((f) => GROWTH_MEASURES.has(f.measure)) || computed.some((f) => f.unit === "%");
  // (goods' level given as a quantity answers "coal imports + yoy"; "value" asked in so many words it does not)
  const amountGiven = facts.some((f) => f.measure === "amount" || (f.measure === "count" && Boolean(f.subject)
    && !/\b(?:value|worth|how\s+much)\b/i.test(text))) || computed.some((f) => f.unit !== "%");
  if (frame.measures.includes("amount") && frame.measures.includes("growth") && VALUE_ASKED.test(text)) {
    // ("how much did the avg export price change?": the change in price is the "how much", no value of a price asked)
    const priceChange = /\bprices?\b/i.test(frame.text)
      && facts.some((f) => f.measure === "growth" && /\bprices\b/.test(f.qualifier ?? ""));
    if (growthGiven && !amountGiven && !priceChange) missing.push("its value");
    // ("how much did it shrink in absolute terms?": the change in money alone, no rate, is asked)
    if (amountGiven && !growthGiven && !ABSOLUTE_ONLY.test(frame.text)) missing.push("its growth");
  }
  // ("container throughput in teu, and how much did it grow?" answered with the count alone: its change is named)
  const counted = facts.some((f) => f.measure === "count");
  if (frame.measures.includes("count") && frame.measures.includes("growth") && !frame.measures.includes("amount")
    && counted && !growthGiven && COUNT_CHANGE_ASKED.test(frame.text)) missing.push("its growth");
  // ("soybean imports, tonnes and yuan?" answered with the tonnes alone: the value is named as not stated)
  // (levels asked, not changes: "volume growth vs value growth" asks two rates)
  const countGiven = facts.some((f) => f.measure === "count");
  const valueGiven = facts.some((f) => f.measure === "amount");
  if (frame.measures.includes("amount") && frame.measures.includes("count") && !frame.measures.includes("growth")
    && (VALUE_ASKED.test(text) || CURRENCY_JOINED.test(frame.text))) {
    if (countGiven && !valueGiven) missing.push("its value");
    if (valueGiven && !countGiven) missing.push("the quantity");
  }
  // ("services trade, and how much of it was transport?" answered with the services alone: a thing asked beside another
  // that no figure given is of is named as not stated)
  if (frame.subjects.length >= 2 && facts.length) {
    // (by goods' other names too: "transport" asked is the "transport services" given)
    const of = facts.flatMap((f) => (f.subject ? [f.subject.toLowerCase()] : []));
    for (const subject of frame.subjects) {
      const given = of.some((x) => x === subject.toLowerCase() || sameGoods(x, subject.toLowerCase()));
      if (!given && !computed.length) missing.push(`the figure for ${subject}`);
    }
  }
  // (every part a conjunct of its own asks, "how many tonnes …, and what happened to the export value?", is given or
  // named: never one answered and the other dropped)
  const parts = askedParts(frame.text);
  for (const part of parts.length >= 2 ? parts : []) {
    const name = PART_NAMES[part.kind];
    if (!missing.includes(name) && !partGiven(part.kind, part.text, given)) missing.push(name);
  }
  const inYuan = units.some((u) => u.endsWith("yuan"));
  // ("growth in dollar terms vs yuan terms": a change in each currency's terms answers both)
  const bothTerms = ["in yuan terms", "in dollar terms"].every((t) => facts.some((f) => f.qualifier?.includes(t)));
  if (asksBothCurrencies(frame.text) && !bothTerms && !(inYuan && units.some((u) => u.endsWith("dollars")))) {
    missing.push(inYuan ? "the figure in US dollars" : "the figure in yuan");
  }
  return missing;
}

// "value of A and the B?": two things' values asked; B a thing of its own, not a measure, flow or currency of A
export const SECOND_VALUE = new RegExp(String.raw`\b(?:value|worth|amount)s?\s+of\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+){0,3}?`
  + String.raw`\s+(?:and|&|\+)\s+(?:the|its|their)\s+(?<second>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3})\s*\??\s*$`, "i");
export const NOT_A_THING = new RegExp(String.raw`\b(?:growth|share|yoy|change|rate|increase|rise|fall|decline|volume|quantity|`
  + String.raw`tonnes|tons|tonnage|yuan|rmb|usd|dollars?|exports?|imports?|trade|total|rank|gap|difference|`
  + String.raw`price)\b`, "i");
// "q2 was N. so what was q1?", "was 35% above 2019 - what was the 2019 value?": a figure stated, then a question
const STATED_THEN_ASKED = /(?:[.?!;:]\s+|\s[-–—]\s|,\s*)(?:so|then|and)?\s*((?:what|how much)\b[^.?!]*)[.?!]?\s*$/i;
/** The period the closing ask names after a figure the question states, which the answer must give a figure of. */
function periodAskedAfterStatement(frame: QuestionFrame): Period | undefined {
  if (!frame.numbers.length) return undefined;
  const clause = STATED_THEN_ASKED.exec(frame.text)?.[1];
  const stated = clause !== undefined ? frame.text.slice(0, frame.text.length - clause.length) : "";
  if (!clause || !/\d/.test(stated)) return undefined;
  const periods = findPeriods(expandPeriodShorthand(clause));
  return periods.length === 1 ? periods[0]!.period : undefined;
}

// ("goods cleared by X customs", "what X customs cleared")
const CLEARED_BY_CUSTOMS = new RegExp(String.raw`\b(?:cleared|clears|clear|handled|declared)\s+(?:by|through|at|via)\s+`
  + String.raw`(?:the\s+)?(?:[\w-]+\s+){0,2}customs\b|\bcustoms\s+(?:has\s+|had\s+)?cleared\b`, "i");
interface GivenParts { facts: Fact[]; computed: DraftFigure[]; units: string[] }
/** A part a question asks in so many words, how an answer gives it, and how the answer names it when it does not. */
interface PartCue { cue: RegExp; given: (g: GivenParts, question: string) => boolean; missing: string; anyIntent?: boolean; notFor?: string[] }
const PART_CUES: PartCue[] = [
  // (for any question but a ranking, whose "rank them" asks for the order its figures give)
  { cue: /\brank(?:ed|ing)?\b|\bposition\b/i, anyIntent: true, notFor: ["rank", "list"],
    // (or a position worked out from the figures of every place ranked among)
    given: (g) => g.facts.some((f) => f.measure === "rank") || g.computed.some((f) => f.unit === "rank"),
    missing: "its rank" },
  { cue: /\bshare\b|\bwhat\s+(?:%|percent(?:age)?|pct|proportion)\s+of\b|\baccount(?:ed|s)?\s+for\b|(?:%|\bpct)\s+of\b/i,
    given: (g) => g.facts.some((f) => f.measure === "share") || g.computed.some(isShare), missing: "its share",
    anyIntent: true },
  // ("trade with X + what share of the total": the level asked beside the share, which a share alone does not give)
  // (not when another measure is what is asked of the trade: "where did it rank for foreign trade, and what share …")
  { cue: new RegExp(String.raw`^(?:(?!\b(?:rank|position|gr[eo]w|growth|yoy)\w*)[^?])*?`
      + String.raw`\b(?:trade|exports?|imports?|total|value)\b[^?+&]*?(?:[+&]|,?\s*\band\b)\s*`
      + String.raw`(?:what\s+|its\s+|the\s+)?(?:share|%|pct|percent(?:age)?|proportion)\b`, "i"),
    anyIntent: true, notFor: ["rank", "list", "comparison"],
    // (or its quantity, when the level is asked in tonnes or units and no money word: "tonnes and share of …")
    given: (g, q) => g.facts.some((f) => f.measure === "amount" || (f.measure === "count" && !MONEY_ASKED.test(q)))
      || g.computed.some((f) => f.unit !== "%"),
    missing: "its value" },
  // ("value, share of total and change in share (pts)?" answered without the change: named, never left out silently)
  { cue: SHARE_CHANGE, given: (g) => g.facts.some((f) => f.measure === "pp_change"), missing: "the change in its share" },
  // ("grew 1.9 pts faster than the country's. so national growth?": a gap the question states is given, not asked)
  { cue: new RegExp(String.raw`\bhow\s+(?:far|much)\s+(?:above|below|ahead\s+of|behind)\b|`
    + String.raw`(?<![\d.]\s*(?:percentage\s+)?)\b(?:pts|points)\s+(?:above|below|higher|lower|faster|slower)\b`, "i"),
    given: (g) => g.facts.some((f) => f.measure === "pp_gap") || g.units.some((u) => /points/.test(u)),
    missing: "the gap to the average", anyIntent: true },
  // ("avg price per tonne of its iron ore imports": a value over a quantity, which no figure here is)
  // ("avg value per phone": a value over any goods counted, never over a span of time or a head of population)
  { cue: new RegExp(String.raw`\bper\s+(?:tonne|ton|unit|vehicle|car|container)\b|\bav(?:era)?g(?:e)?\.?\s+price\b|`
      + String.raw`\b(?:value|price|cost)\s+per\s+(?!(?:month|day|year|quarter|week|head|capita|person|resident)\b)[a-z]`, "i"),
    anyIntent: true,
    given: (g) => g.units.some((u) => /\bper\b/.test(u)), missing: "the price per unit" },
  // ("trade dependence": trade measured against GDP, which no figure of trade alone is)
  // (or worked out over a GDP the question gives: "trade … as a share of its GDP")
  { cue: DEPENDENCE, anyIntent: true, given: (g) => g.facts.some((f) => f.qualifier?.includes(TRADE_DEPENDENCE) === true)
    || g.computed.some((f) => f.unit === "%" && /\bas a share of .*\bGDP\b/.test(f.label)),
    missing: "its trade dependence (foreign trade as a share of GDP)" },
  // ("trade per resident": a total over a head count, which no total is)
  { cue: /\bper\s+(?:resident|capita|head|person|inhabitant|citizen)\b/i, anyIntent: true,
    given: (g) => g.units.some((u) => /\bper\b/.test(u)), missing: "the figure per resident" },
  // ("revised vs first estimate: difference?": one of the two figures is no difference; a worked-out one or a
  // stated gap is)
  { cue: /\bdifference\b|\bhow\s+much\s+(?:higher|lower|more|less|bigger|smaller|larger)\b/i, anyIntent: true,
    // ("how much higher than the 2019 level": a change stated over that year's same period is how much; "how much more
    // than a year before?" is answered by the growth over that year)
    given: (g, q) => g.computed.length > 0 || g.facts.some((f) => GAP_MEASURES.has(f.measure)
      || f.metric === "surplus" || f.metric === "deficit"
      || (f.measure === "growth" && (/\b(?:19|20)\d\d\b/.test(f.base ?? "") || MORE_THAN_YEAR_BEFORE.test(q)))),
    missing: "the difference" },
  // ("who handled more, and who grew faster?" answered with the levels alone: the rates set side by side are named)
  { cue: new RegExp(String.raw`\b(?:grew|grows|grow(?:ing)?)\s+(?:the\s+)?(?:faster|quicker|slower|more\s+(?:quickly|slowly))\b`
      + String.raw`|\b(?:faster|slower)\s+growth\b`, "i"),
    anyIntent: true, notFor: ["rank", "list"],
    given: (g) => g.facts.some((f) => GROWTH_MEASURES.has(f.measure) || f.measure === "pp_gap")
      || g.units.some((u) => u === "%" || /\bpoints\b/.test(u)),
    missing: "the growth rates" },
  // ("2021 vs 2011 - how much lower and by what %?" answered with the gap alone: the change in percent is named)
  // (never "by how many percentage points", a gap of two shares in points: that is the difference asked)
  { cue: new RegExp(String.raw`\bby\s+(?:what|how\s+(?:much|many))\s+(?:%|percent(?:age)?\b(?!\s+points?\b)|pct)|\bwhat\s+(?:%|percent(?:age)?|pct)`
      + String.raw`\s+(?:lower|higher|less|more|smaller|bigger|larger|change|drop|fall|decline|rise|increase)\b`, "i"),
    anyIntent: true,
    given: (g) => g.computed.some((f) => f.unit === "%") || g.facts.some((f) => GROWTH_MEASURES.has(f.measure)),
    missing: "the change in percent" },
  // ("value of goods cleared by rizhao customs": what a customs office cleared for a whole hinterland, which no city's
  // own trade is; given only by a figure said to be cleared)
  { cue: CLEARED_BY_CUSTOMS, anyIntent: true,
    given: (g) => g.facts.some((f) => /\bclear(?:ed|ance|s)?\b/i.test(`${f.qualifier ?? ""} ${f.subject ?? ""}`)),
    missing: "the value of goods the customs office cleared" },
  // ("where did X rank, and which cities were ahead?" answered with X's rank alone: the places before it are named by
  // figures of other places, or the part is named as not stated)
  { cue: new RegExp(String.raw`\b(?:which|what)\s+(?:other\s+)?(?:[\w-]+\s+)?(?:cities|provinces|regions|places|ports|`
      + String.raw`countries|ones)\s+(?:were|was|are|is|came|ranked|stood|placed)\s+(?:ahead|above|before|higher|behind|`
      + String.raw`below|after|lower)\b`, "i"),
    anyIntent: true, notFor: ["rank", "list"],
    given: (g) => new Set(g.facts.map((f) => f.entity)).size > 1 || g.facts.some((f) => f.items?.length || f.members?.length),
    missing: "the places ranked ahead of or behind it" },
  // ("liaoning's trade outside dalian": the whole less a part, which only a computed figure gives)
  { cue: LESS_PARTS, anyIntent: true, given: (g) => g.computed.length > 0, missing: "the figure without the parts named" },
];
// a share worked out ("84.09 ÷ 169.35 × 100 = 49.65%"), not a rate derived beside it ("25.1 − 17.5 = 7.6%")
const isShare = (f: DraftFigure) => f.unit === "%" && (/\b(?:share|proportion|made up)\b/i.test(f.label)
  || /^[\d.,]+\s*÷\s*[\d.,]+\s*×\s*100\b/.test(f.formula ?? ""));

/** Does an answer give the part a conjunct asks? */
function partGiven(kind: PartKind, text: string, g: GivenParts): boolean {
  const has = (...measures: string[]) => g.facts.some((f) => measures.includes(f.measure));
  switch (kind) {
    case "value": return has("amount") || g.computed.some((f) => f.unit !== "%")
      || (!MONEY_ASKED.test(text) && has("count"));
    // ("how much did it drop?": a change worked out in money answers it too)
    case "growth": return has(...GROWTH_MEASURES) || g.computed.some((f) => f.unit === "%" || /\bhow\s+much\b/i.test(text));
    case "share": return has("share") || g.computed.some(isShare);
    case "rank": return has("rank") || g.computed.some((f) => f.unit === "rank");
    case "count": return has("count") || g.computed.some((f) => f.unit !== "%" && f.unit !== "rank" && !MONEY_UNIT.test(f.unit));
  }
}
