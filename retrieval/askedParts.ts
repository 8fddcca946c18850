import { askedText, ASKS_COUNT } from "./figures/query.js";
import { findNumbers, type NumberKind } from "../text/numbers.js";

// The parts a question asks for, one per conjunct that names a measure of its own: "how many tonnes …, and what
// happened to the export value?" asks a quantity and a change; "sales and number of shoppers?" a value and a count.
// A conjunct with no measure word ("imports+exports", "hainan duty free 2017:") asks no part of its own.

export type PartKind = "value" | "growth" | "share" | "rank" | "count";
export interface AskedPart { kind: PartKind; text: string }

// where one conjunct ends and the next begins: "and", "+", "&", "plus", "w/", a comma, a colon, a dash between spaces,
// a question mark, a semicolon, or "n" written for "and" ("how much n yoy growth", "value n growth")
// (a lower-case "n" alone, never "top n cities" nor a capital N)
const CONJUNCT_BREAK = new RegExp(String.raw`\s*(?:[,;:?]|\s[-–—]\s|[+&]|\b(?:and|And|AND)\b|\b(?:plus|Plus)\b|\b[wW]\/|`
  + String.raw`(?<=\s)(?<!\b[Tt]op\s)n(?=\s))\s*`);

// conjuncts that set two things side by side: their gap or which is bigger is read by the comparison cues (so is a
// gap to an average: "how many pts above the national growth rate"), or a figure worked out ("what growth does it imply")
// (a change is always against something: "qoq change vs q2" still asks the change)
const SIDE_BY_SIDE = new RegExp(String.raw`\b(?:difference|gap|which|who|whose|why|times|faster|slower|bigger|smaller|`
  + String.raw`larger|higher|lower|more|less|fewer|impl(?:y|ies|ied)|per|above|below|ahead|behind|pts|points)\b`, "i");
const SET_AGAINST = /\b(?:vs\.?|versus|compared?|than)\b/i;

// the first rule a conjunct matches gives its kind: a change of a value ("export value growth") is a change, a share
// of a value a share
const PART_RULES: Array<[PartKind, RegExp]> = [
  ["growth", new RegExp(String.raw`\bwhat\s+happened\s+to\b|\bhow\s+fast\b|\bgr[eo]w(?:th|n|ing)?\b|\byoy\b|`
    + String.raw`\by-?o-?y\b|\by\/y\b|\bqoq\b|\bq-o-q\b|\bmom\b|\bm-o-m\b|\b(?:year|quarter|month)[- ]on[- ](?:year|quarter|month)\b|`
    + String.raw`\bchange[sd]?\b|\bincrease[sd]?\b|\brise\b|\brose\b|\bfell\b|\bfall\b|\bdrop(?:ped)?\b|\bdeclined?\b|`
    + String.raw`\bshr[aiu]nk\b`, "i")],
  ["share", /\bshare\b|\bproportion\b|(?:%|\bpct|\bpercent(?:age)?)\s+of\b|\baccount(?:ed|s)?\s+for\b/i],
  ["rank", /\brank(?:ed|ing)?\b|\bposition\b/i],
  ["count", ASKS_COUNT],
  ["value", /\bvalue\b|\bworth\b|\bhow\s+much\b|\bamount\b|\bsales\b|\bhow\s+big\b|\bin\s+(?:yuan|rmb|usd|dollars)\b/i],
];

/** The parts a question asks, one per conjunct with a measure of its own, in the order asked (each kind once). */
export function askedParts(question: string): AskedPart[] {
  const out: AskedPart[] = [];
  // (words that name the source are no part asked: "according to the report on central and western growth")
  const asked = askedText(question);
  const conjuncts = asked.split(CONJUNCT_BREAK).map((c) => c.trim()).filter(Boolean);
  const kinds = conjuncts.map(kindOf);
  conjuncts.forEach((text, i) => {
    const kind = kinds[i];
    if (kind && !out.some((p) => p.kind === kind)) out.push({ kind, text });
  });
  // ("X trade in q3 alone, and the qoq change?", "X exports 2031 + growth": a flow named first with no measure, then a
  // measure of its own, asks the flow's value too; not a heading before its asks: "X exports 2031: rank and share?")
  const [first = "", next] = conjuncts;
  const heading = HEADING.test(asked.slice(first.length, asked.indexOf(next ?? "", first.length)));
  if (FLOW_NAMED.test(first) && !kinds[0] && kinds[1] && !SIDE_BY_SIDE.test(first) && !heading
    && !out.some((p) => p.kind === "value" || p.kind === "count")) out.unshift({ kind: "value", text: first });
  return out;
}

/** The kind of part one conjunct asks, if it asks one of its own. */
function kindOf(text: string): PartKind | undefined {
  if (!text || SIDE_BY_SIDE.test(text) || CURRENCY_ONLY.test(text)) return undefined;
  const kind = PART_RULES.find(([, rule]) => rule.test(text))?.[0];
  return kind !== "growth" && SET_AGAINST.test(text) ? undefined : kind;
}
// ("how much did it drop, in yuan?": the currency the other parts are asked in, no part of its own)
const CURRENCY_ONLY = /^(?:in\s+)?(?:yuan|rmb|renminbi|usd|us\s*\$|\$|(?:us\s+)?dollars?)(?:\s+terms)?$/i;
const FLOW_NAMED = /\b(?:trade|exports?|imports?)\b/i;
// a colon or a dash between spaces: what comes before it is the heading the asks after it are of
const HEADING = /:|\s[-–—]\s/;

/** How an answer names a part it does not give. */
export const PART_NAMES: Record<PartKind, string> = {
  value: "its value", growth: "its growth", share: "its share", rank: "its rank", count: "the quantity",
};

// a value asked by name ("value + yoy", "worth", "in yuan", "sales"), which a quantity in tonnes does not give ("how much
// coal …" a quantity does)
export const MONEY_ASKED = /\b(?:value|worth|yuan|rmb|usd|dollars?|sales)\b/i;
// the kinds of figure a quoted sentence says each part with; a rank is said in words ("third", "ranked 5th", "top")
const SAID_AS: Record<Exclude<PartKind, "rank">, NumberKind[]> = {
  // (a count of things the reader has no unit for is a bare number: "shipped 1.21 million motorcycles")
  value: ["money"], growth: ["percent", "multiple", "pp"], share: ["percent"], count: ["count", "bare"],
};
const RANK_SAID = /\b(?:rank(?:ed|s|ing)?|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|top|largest|biggest|\d+(?:st|nd|rd|th))\b/i;

/**
 * The parts of a question of two or more parts that no quoted sentence says a figure of: "tonnes, and what happened
 * to the value?" quoted by a sentence of tonnes and dollars leaves the change unsaid.
 */
export function partsUnsaid(question: string, sentences: string[]): PartKind[] {
  const parts = askedParts(question);
  if (parts.length < 2) return [];
  const kinds = new Set(sentences.flatMap((s) => findNumbers(s).map((n) => n.kind)));
  return parts.filter((p) => {
    if (p.kind === "rank") return !sentences.some((s) => RANK_SAID.test(s));
    const said = p.kind === "value" && !MONEY_ASKED.test(p.text) ? [...SAID_AS.value, "count" as const] : SAID_AS[p.kind];
    return !said.some((k) => kinds.has(k));
  }).map((p) => p.kind);
}

// counts a question asks in units of their own ("how many trips …, and how many TEU did they carry?", "number of
// trips and TEU carried?"): each is a part, which a figure in another unit does not give
const COUNT_UNITS: Array<{ name: string; asked: string; said: RegExp }> = [
  { name: "trips", asked: "trips", said: /\btrips?\b/i },
  { name: "TEU", asked: "teus?", said: /\bteus?\b/i },
  { name: "tonnes", asked: "tonnes|tons", said: /\b(?:tonnes?|tons?)\b/i },
  { name: "vehicles", asked: "vehicles|cars", said: /\b(?:vehicles?|cars?|units?)\b/i },
  { name: "containers", asked: "containers", said: /\b(?:containers?|teus?|boxes)\b/i },
];
const UNIT_WORDS = COUNT_UNITS.map((u) => u.asked).join("|");
// a unit after a word that asks a count ("how many trips"), or joined to another unit ("trips and TEU")
const JOIN = String.raw`\s*(?:and|&|\+|,)\s*(?:the\s+|how\s+many\s+)?`;
const UNIT_ASKED = new RegExp(String.raw`\b(?:how\s+many|number\s+of|no\.?\s+of)\s+(?:[\w-]+\s+)?(${UNIT_WORDS})\b`
  + String.raw`|\b(${UNIT_WORDS})(?=${JOIN}(?:${UNIT_WORDS})\b)|(?<=\b(?:${UNIT_WORDS})${JOIN})(${UNIT_WORDS})\b`, "gi");

/** The units of the counts a question asks in two units or more ("trips and TEU"); none for one unit. */
export function countUnitsAsked(question: string): string[] {
  const found = new Set<string>();
  for (const m of question.matchAll(UNIT_ASKED)) {
    const word = m[1] ?? m[2] ?? m[3] ?? "";
    const unit = COUNT_UNITS.find((u) => new RegExp(String.raw`^(?:${u.asked})$`, "i").test(word));
    if (unit) found.add(unit.name);
  }
  return found.size >= 2 ? [...found] : [];
}

/** The units asked ("trips", "TEU") that none of the given texts (figures' units, quoted sentences) says. */
export function unitsUnsaid(question: string, said: string[]): string[] {
  return countUnitsAsked(question).filter((name) => {
    const unit = COUNT_UNITS.find((u) => u.name === name)!;
    return !said.some((t) => unit.said.test(t));
  }).map((name) => `the number of ${name}`);
}
