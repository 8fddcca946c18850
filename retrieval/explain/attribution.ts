import { stem } from "../figures/select.js";
import { looksLikePinyin } from "../../text/pinyin.js";

/**
 * Who a question wants the explanation from: "per Urumqi Customs", "according to the bank analysts",
 * "what did the commerce bureau chief say drove …", "what reasons did the department give". When some
 * of the explaining sentences are that body's or person's, the others ("analysts said …") do not answer.
 */

// the phrase that names who explains: after "per"/"according to", or the subject of "did … say/give/cite"
const ATTRIBUTION = [
  // (up to the question's own words when no comma ends the name: "according to wu lan what is helping …")
  // (not a rate: "less earned per sofa", "the cost per container"; "according" as typed: "acording", "accroding", "acc")
  /(?<!\b(?:earn|earns|earned|earning|cost|costs|price|prices|paid|pay|less|more|much|made|spent|sold|value|yuan|dollars?|rate)\s+)\b(?:per|acc?(?:or|ro)d+ing?\s+to|acc\.?\s+to|as told by)\s+(?:the\s+)?([\w' -]+?)(?=\s*[,?;]|\s*$|\s+(?:what|which|why|how|who|where|when|is|are|was|were|did|does|do)\b)/i,
  /\b(?:did|does|do)\s+(?:the\s+)?([\w' -]+?)\s+(?:say|said|give|gave|cite|cited|list|name|point to|put|blame|credit|explain|explained|account for)\b/i,
];

// words that name no one in particular, or ask
const VAGUE = new Set(("the a an of in on at to for and or guy guys person people someone they he she it city city's province province's " +
  "region region's local what which who reasons reason factors three two four five").split(" "));

// the words a role is named by: "chief" is said "head" or "director" as often
const ROLE_SAME: string[][] = [["chief", "head", "director", "boss"], ["analyst", "economist", "expert", "researcher"], ["official", "officer"],
  ["dept", "department"], ["univ", "uni", "university"], ["prof", "professor"], ["spokesman", "spokeswoman", "spokesperson"]];

const norm = (w: string) => stem(w.toLowerCase().replace(/['’]s$/, ""));
const same = (a: string, b: string) => a === b || (a.length >= 5 && b.length >= 5 && a.slice(0, 5) === b.slice(0, 5))
  || ROLE_SAME.some((g) => g.map(norm).includes(a) && g.map(norm).includes(b));

/** The words of who a part wants the explanation from ("commerce", "bureau", "chief"), less the asked places'. */
export function attributionWords(part: string, places: Set<string>): string[] {
  for (const re of ATTRIBUTION) {
    const m = re.exec(part);
    if (!m) continue;
    const words = m[1]!.split(/\s+/).filter((w) => w && !VAGUE.has(w.toLowerCase())).map(norm).filter((w) => !places.has(w));
    if (words.length) return words;
  }
  return [];
}

/**
 * The person a part asks what was said by, when it names one ("what did zhang wei say …": two or three words of
 * pinyin), not a body or a role ("what did urumqi customs say").
 */
export function askedPersonName(part: string, places: Set<string>): string | undefined {
  for (const re of ATTRIBUTION) {
    const m = re.exec(part);
    if (!m) continue;
    const words = m[1]!.split(/\s+/).filter((w) => w && !VAGUE.has(w.toLowerCase()) && !places.has(norm(w)));
    if (!words.length) continue;
    return words.length >= 2 && words.length <= 3 && words.every((w) => looksLikePinyin(w)) ? words.join(" ").toLowerCase() : undefined;
  }
  return undefined;
}

/** Does a text (a sentence, with the one that names its speaker) name who the words say? */
export function attributedTo(words: string[], text: string): boolean {
  const have = (text.match(/[A-Za-z][\w'’-]*/g) ?? []).map(norm);
  return words.every((w) => have.some((h) => same(w, h)));
}
