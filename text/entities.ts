import { ALL_PLACES, type EntityKind, type Place } from "./places.js";

export interface EntityMention {
  start: number;
  end: number;
  id: string;
  kind: EntityKind | "group";
  /** Followed by 's / ’s. */
  possessive: boolean;
  text: string;
}

/** A group a document defines itself: "seven eastern regions - Guangdong, Jiangsu, …". */
export interface DefinedGroup { id: string; name: string; members: string[] }

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/[\s-]+/g, "[\\s-]+");
// aliases that are also English words only match as written: "US", not the pronoun "us"
const caseSensitive = (alias: string, p: object) => alias === "US" || ("caseSensitive" in p && p.caseSensitive === true);
const SUFFIX = String.raw`(?:\s+(?:province|provincial|municipality|autonomous region|special administrative region|SAR|city|region))?`;

interface Matcher { re: RegExp; lookup: Map<string, Place | DefinedGroup & { kind: "group" }> }

function buildMatcher(places: Array<Place | (DefinedGroup & { kind: "group"; aliases: string[] })>, sensitive: boolean): Matcher {
  const lookup = new Map<string, Place | DefinedGroup & { kind: "group" }>();
  const aliases: string[] = [];
  for (const p of places) for (const a of p.aliases) {
    if (caseSensitive(a, p) !== sensitive) continue;
    const key = sensitive ? a : a.toLowerCase().replace(/[\s-]+/g, " ");
    if (!lookup.has(key)) { lookup.set(key, p as Place); aliases.push(a); }
  }
  aliases.sort((a, b) => b.length - a.length);
  const body = aliases.map(escapeRe).join("|");
  // "US$112.09 billion" and "in US dollar terms" are a currency, not the United States
  const re = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:the\s+)?(${body})${sensitive ? "" : SUFFIX}(?![\p{L}\p{N}$])(?!\s+dollars?\b)(['’]s)?`, sensitive ? "gu" : "giu");
  return { re, lookup };
}

const STATIC_INSENSITIVE = buildMatcher(ALL_PLACES, false);
const STATIC_SENSITIVE = buildMatcher(ALL_PLACES, true);

/** Finds places, regions, partners and document-defined groups in `text`, longest match first. */
const CURRENCY_AFTER = /^\s*(?:\$|dollars?\b|cents?\b)/i;

export function findEntities(text: string, groups: DefinedGroup[] = []): EntityMention[] {
  const matchers = [STATIC_INSENSITIVE, STATIC_SENSITIVE];
  if (groups.length) {
    matchers.unshift(buildMatcher(groups.map((g) => ({ ...g, kind: "group" as const, aliases: [g.name] })), false));
  }
  const found: EntityMention[] = [];
  for (const { re, lookup } of matchers) {
    for (const m of text.matchAll(re)) {
      const alias = m[1]!;
      const key = re.flags.includes("i") ? alias.toLowerCase().replace(/[\s-]+/g, " ") : alias;
      const p = lookup.get(key);
      if (!p) continue;
      const start = m.index!;
      const end = start + m[0].length;
      if (found.some((f) => start < f.end && end > f.start)) continue;
      // "US $4 billion", "U.S. dollars": a currency, not the country
      if (p.id === "partner:us" && CURRENCY_AFTER.test(text.slice(end, end + 12))) continue;
      found.push({ start, end, id: p.id, kind: p.kind, possessive: Boolean(m[2]), text: m[0] });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

// "Nanchang Customs", "the Guangdong Sub-administration of the GACC", "Shanxi Statistics Bureau": an office, not the place
const OFFICE_AFTER = /^\s*(?:province\s+|provincial\s+|city\s+|municipal\s+)?(?:customs|sub-administration|administration|statistics\s+bureau|bureau|department|commerce\s+department|government)\b/i;

/** Is this mention of a place the name of an office there? */
export const isOffice = (text: string, m: { end: number }) => OFFICE_AFTER.test(text.slice(m.end, m.end + 40));

const NUMBER_WORDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 };

/**
 * Groups a document defines by listing members right after a counted noun:
 * "seven eastern regions - Guangdong province, Jiangsu province, … and Fujian province -".
 */
export function findGroupDefinitions(text: string): DefinedGroup[] {
  const groups: DefinedGroup[] = [];
  const re = /\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+((?:[a-z]+\s+){0,2})(regions|provinces|provincial-level regions|cities|municipalities|areas)\s*(?:[-–—:(]|,?\s+(?:namely|including))\s*/gi;
  for (const m of text.matchAll(re)) {
    const listStart = m.index! + m[0].length;
    const tail = text.slice(listStart, listStart + 400);
    const members: string[] = [];
    let pos = 0;
    for (const e of findEntities(tail)) {
      const gap = tail.slice(pos, e.start);
      if (members.length && !/^\s*(?:,|and|, and|&)\s*$/.test(gap)) break;
      if (!members.length && gap.trim()) break;
      if (e.kind !== "province" && e.kind !== "city") break;
      members.push(e.id);
      pos = e.end;
    }
    const n = NUMBER_WORDS[m[1]!.toLowerCase()] ?? Number(m[1]);
    if (members.length >= 2 && Math.abs(members.length - n) <= 1) {
      const name = `${m[1]!.toLowerCase()} ${m[2]!.toLowerCase()}${m[3]!.toLowerCase()}`.replace(/\s+/g, " ");
      groups.push({ id: `group:${name.replace(/\s+/g, "-")}`, name, members });
    }
  }
  return groups;
}
