import type { Fact } from "../../text/terms.js";
import { wordSet } from "../figures/select.js";

/**
 * The goods a ranking question names in a list ("rank textile & clothing, medical instrument and pharmaceutical
 * exports by growth", "rank its exports of oil, ships and aquatic products"), each matched to the subject a place's
 * figures are stored under by its words ("pharmaceutical" is "pharmaceutical materials and drugs"). A name no subject
 * has stays unmatched, so that the ranking says it is missing instead of leaving it out.
 */

// (the flow after the names is none of them: "… pharmaceutical exports by growth"; "border trade" is a name)
const RANK_LIST = new RegExp(String.raw`\brank\s+(?:(?:its|their|the|[\w-]+['’]s)\s+)?(?:(?:exports?|imports?)\s+of\s+)?`
  + String.raw`(?<items>[^?:;]+?)\s*(?:\b(?:exports?|imports?|shipments)\s*)?(?=\bby\b|\bin order\b|,\s*with\b|\?|$)`, "i");
const FILLER = new Set(["and", "the"]);

/** The names a "rank A, B and C …" question lists, or undefined when it lists fewer than two. */
export function rankedNames(question: string): string[] | undefined {
  const run = RANK_LIST.exec(question)?.groups?.["items"];
  if (!run) return undefined;
  // commas part the names, and the last "and" the last two: "textile and clothing, medical instrument and pharmaceutical"
  // (the question reader has written "&" as "and") is three names, the first with its own "and"
  const parts = run.split(/\s*,\s*/);
  const last = parts.pop()!;
  const cut = last.replace(/^and\s+/i, "").split(/\s+and\s+(?!.*\s+and\s+)/);
  const names = [...parts, ...cut].map((n) => n.replace(/^the\s+/i, "").trim()).filter(Boolean);
  return names.length >= 2 ? [...new Set(names)] : undefined;
}

/**
 * The subject of the facts each name stands for (the shortest whose words include all the name's, one that spells the
 * name as asked first: "garments" is the table's "garments and clothing accessories" before a sentence's "garment"), or
 * undefined.
 */
export function matchSubjects(names: string[], facts: Fact[]): Array<string | undefined> {
  const subjects = [...new Set(facts.flatMap((f) => (f.subject && !f.partner ? [f.subject] : [])))]
    .sort((a, b) => a.length - b.length);
  const wordsOf = new Map(subjects.map((s) => [s, wordSet(s)]));
  const match = (name: string) => {
    const wanted = [...wordSet(name)].filter((w) => !FILLER.has(w));
    const found = wanted.length ? subjects.filter((s) => wanted.every((w) => wordsOf.get(s)!.has(w))) : [];
    const spelled = ` ${name.toLowerCase()} `;
    return found.find((s) => ` ${s.toLowerCase().replace(/[^a-z0-9]+/g, " ")} `.includes(spelled)) ?? found[0];
  };
  return names.map((name) => spellings(name).map(match).find(Boolean));
}

// the short or everyday words people type for a category's own ("IP charges" are the charges for the use of intellectual
// property)
const SHORT_WORDS: Array<[RegExp, string]> = [
  [/\bip\b/gi, "intellectual property"],
  [/\bIT\b/g, "information technology"],
  // ("state-owned firms" are the text's "state-owned enterprises")
  [/\b(?:firms?|compan(?:y|ies))\b/gi, "enterprises"],
];

/**
 * A name as asked, then with each short word spelled out, then each of the words a slash sets side by side in its
 * place: "computer/IT services" is "computer services" or "IT services".
 */
function spellings(name: string): string[] {
  const long = SHORT_WORDS.reduce((n, [re, to]) => n.replace(re, to), name);
  const slashed = /(\S+)\/(\S+)/.exec(name);
  const sides = slashed ? [slashed[1]!, slashed[2]!].map((w) => name.replace(slashed[0], w)) : [];
  const out = [name, long, ...sides.flatMap((n) => [n, SHORT_WORDS.reduce((m, [re, to]) => m.replace(re, to), n)])];
  return [...new Set(out)];
}
