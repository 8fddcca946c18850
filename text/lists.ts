import { findEnumerations } from "./enumerations.js";

/**
 * Lists of things that are not places: "Exports of solar cells, mobile phones and lithium-ion
 * batteries were particularly strong, climbing 84.6 percent, 121.6 percent and 71.9 percent
 * respectively". The items of such a list are subjects (products, mostly) that own the figures
 * mapped onto them in order.
 */

// where a list of items starts: after "exports of", "such as", "including", a colon, or a clause break
const LIST_START = /\b(?:exports?|imports?|sales|shipments|output)\s+of\s+|\bsuch\s+as\s+|\bincluding\s+|\bnamely\s+|:\s*|;\s*|\b(?:while|whereas|but)\s+|^/gi;
// the verb that ends a list's noun phrases
// ("copper concentrate and iron ore also fell …": an adverb before the verb is no part of the last item)
const LIST_END = /(?:\s+(?:also|alone|together|both|all))?\s+(?:were|was|are|is|all|grew|rose|increased|climbed|surged|jumped|went|reached|came|recorded|saw|posted|expanded|accounted|made|declined|fell|dropped|hit|totaled|totalled|amounted|stood|registered|achieved|remained|ranked)\b/gi;
// an opening phrase before the list: "Among export items, …", "Within this group, …"
const INTRO = /^(?:among|in|by|for|of|within|as\s+for|in\s+terms\s+of)\b[^,]{0,40},\s*/i;
const ITEM = /^[A-Za-z][\w'’-]*(?:\s+[\w'’-]+){0,5}$/;
// flows, wholes and pronouns are not items: "exports and imports grew 5% and 3% respectively" lists flows
const NOT_ITEM = /\b(?:exports?|imports?|trade|total|its|their|the (?:province|city|region|country)['’]s)\b/i;

/** The `k` items of a list that ends before `end` in `text`, or undefined when there is no such list. */
export function itemsBefore(text: string, end: number, k: number): Array<{ name: string; start: number; end: number }> | undefined {
  const head = text.slice(0, end);
  const verbs = [...head.matchAll(LIST_END)];
  for (const verb of verbs.reverse()) {
    const stop = verb.index!;
    const starts = [...head.slice(0, stop).matchAll(LIST_START)];
    const from = starts.length ? starts.at(-1)!.index! + starts.at(-1)![0].length : 0;
    let segment = head.slice(from, stop);
    const intro = INTRO.exec(segment);
    const offset = from + (intro ? intro[0].length : 0);
    if (intro) segment = segment.slice(intro[0].length);
    let parts = segment.split(/,\s*/).map((p) => p.replace(/^and\s+/i, "").trim()).filter(Boolean);
    if (parts.length < k && parts.length >= 1) {
      const last = parts.at(-1)!.split(/\s+and\s+/);
      parts = [...parts.slice(0, -1), ...last];
    }
    if (parts.length !== k || !parts.every((p) => ITEM.test(p) && !/\d/.test(p) && !NOT_ITEM.test(p))) continue;
    let pos = offset;
    return parts.map((p) => {
      const start = text.indexOf(p, pos);
      pos = start + p.length;
      return { name: p.charAt(0).toLowerCase() + p.slice(1), start, end: start + p.length };
    });
  }
  return undefined;
}

/**
 * Lists a sentence names without figures: "Its six biggest trading partners were A, B and C", "A, B
 * and C are the region's three biggest trade partners", "the city's three biggest exports are
 * electromechanical, textile and petrochemical products", "its border adjoins A, B and C".
 */
export type ListKind = "partners" | "exports" | "imports" | "borders";

export interface NamedList {
  kind: ListKind;
  /** Whose list it is, as written ("Hubei's", "its", "the region's"), if the sentence says. */
  owner?: string;
  /** The noun phrase that says what the items are: "six biggest trading partners". */
  what: string;
  /** How many the phrase says there are ("six"), if it does. */
  count?: number;
  items: Array<{ name: string; start: number; end: number }>;
}

const COUNT_WORDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
const COUNT = String.raw`(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})`;
const RANKED = String.raw`(?:biggest|largest|main|major|leading|top|principal|key|primary|most\s+important)`;
// what a list's items are, one row a kind: the head noun of the phrase that introduces them
const HEADS: Array<[ListKind, string]> = [
  // ("the top three partners": a ranked word before it makes plain "partners" trading partners)
  ["partners", String.raw`(?:(?:trading|trade)\s+)?partners|(?:export\s+)?markets|export\s+destinations|sources\s+of\s+imports`],
  ["exports", String.raw`export(?:ed)?\s+(?:products|items|goods|commodities|categories|sectors)|exports`],
  ["imports", String.raw`import(?:ed)?\s+(?:products|items|goods|commodities|categories|sectors)|imports`],
];
const OWNER = String.raw`(?<owner>[Ii]ts|[Tt]heir|[Tt]he\s+(?:province|city|region|country|nation)['’]s|(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w.-]*['’]s?)\s+`;
const PHRASE = new RegExp(String.raw`(?:${OWNER})?(?:the\s+)?(?<what>(?:(?<count>${COUNT})\s+)?(?:${RANKED}\s+)+(?:${COUNT}\s+)?(?<head>${HEADS.map(([, h]) => h).join("|")}))\b`, "g");
// the verb or mark between the phrase and the list after it, and between a list before it and the phrase
const AFTER = /^\s*(?:,|:|were|are|was|is|included|include|includes|remained|remain)\s+/i;
const BEFORE = /\s+(?:were|are|was|is|remained|remain|became|become|ranked\s+as)\s+(?:the\s+|also\s+the\s+)?$/i;
// where a list after the phrase ends
const LIST_STOP = /[.;]|,\s+(?:which|whose|with|accounting|together|respectively|up|down|while|and\s+(?:countries|regions|the\s+(?:latter|former)))\b|\s+(?:accounted|accounting|made\s+up|together|respectively|with\s+(?:trade|imports|exports))\b/i;
const BORDERS = /\b(?:borders|bordering|adjoins|adjoining|neighbou?rs|shares\s+(?:a\s+)?borders?\s+with)\s+/gi;

function splitItems(text: string, offset: number): Array<{ name: string; start: number; end: number }> {
  const out: Array<{ name: string; start: number; end: number }> = [];
  for (const m of text.matchAll(/[^,]+/g)) {
    for (const part of m[0].split(/\s+and\s+/)) {
      const name = part.replace(/^\s*(?:and\s+|as\s+well\s+as\s+)?(?:namely\s+|such\s+as\s+|including\s+)?(?:the\s+)?/i, "").trim();
      if (!name) continue;
      const start = offset + m.index! + m[0].indexOf(name);
      out.push({ name, start, end: start + name.length });
    }
  }
  return out;
}

const ITEM_NAME = /^[A-Za-z"“][\w'’.&" ”-]{0,50}$/;

/** The lists without figures a sentence names. */
export function findNamedLists(text: string): NamedList[] {
  const out: NamedList[] = [];
  for (const m of text.matchAll(PHRASE)) {
    const g = m.groups!;
    const head = g["head"]!.toLowerCase();
    const kind = HEADS.find(([, h]) => new RegExp(`^(?:${h})$`, "i").test(head))![0];
    const count = g["count"] ? COUNT_WORDS[g["count"].toLowerCase()] ?? Number(g["count"]) : undefined;
    const base = { kind, what: g["what"]!.replace(/\s+/g, " "), ...(g["owner"] && { owner: g["owner"] }), ...(count && { count }) };
    const end = m.index! + m[0].length;
    const after = AFTER.exec(text.slice(end));
    if (after) {
      const from = end + after[0].length;
      const rest = text.slice(from);
      const stop = LIST_STOP.exec(rest);
      // (the list read in words, where it reads one there: "toys and games, kitchenware such as pots and kettles, bicycles
      // and other light goods, and garden tools" names four items)
      const listed = findEnumerations(text).find((e) => e.start >= from && /^\s*(?:the\s+)?$/i.test(text.slice(from, e.start))
        && e.items.length >= 3 && (!stop || e.end <= from + stop.index));
      const items = listed?.items ?? splitItems(rest.slice(0, stop ? stop.index : rest.length), from);
      if (items.length >= 2 && items.every((i) => ITEM_NAME.test(i.name) && !/\d/.test(i.name))) { out.push({ ...base, items }); continue; }
    }
    const before = BEFORE.exec(text.slice(0, m.index!));
    if (before) {
      // "In the first two months, the EU, Switzerland and Brazil were …": the list is the run before the verb
      const head0 = text.slice(0, before.index);
      const from = Math.max(head0.lastIndexOf(";") + 1, /^(?:in|during|for|by|over)\b[^,]*,\s*/i.exec(head0)?.[0].length ?? 0);
      const items = splitItems(head0.slice(from), from);
      if (items.length >= 2 && items.every((i) => ITEM_NAME.test(i.name) && !/\d/.test(i.name))) out.push({ ...base, items });
    }
  }
  for (const m of text.matchAll(BORDERS)) {
    const from = m.index! + m[0].length;
    const rest = text.slice(from);
    const stop = LIST_STOP.exec(rest);
    const items = splitItems(rest.slice(0, stop ? stop.index : rest.length), from);
    const owner = /((?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w.-]*['’]s?|its|their)(?:\s+[\w,-]+){0,6}\s*$/.exec(text.slice(0, m.index!))?.[1];
    if (items.length >= 2 && items.every((i) => ITEM_NAME.test(i.name) && !/\d/.test(i.name))) {
      out.push({ kind: "borders", what: "bordering countries", ...(owner && { owner }), items });
    }
  }
  return out;
}
