import { ALL_PLACES, REGIONS, WORDLIKE_COUNTRIES, type EntityKind, type Place } from "./places.js";

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

// aliases that are also English words only match as written: "US", not the pronoun "us"; "IM" (Inner Mongolia), not "im"
const AS_WRITTEN = new Set(["US", "IM"]);
const caseSensitive = (alias: string, p: object) => AS_WRITTEN.has(alias) || ("caseSensitive" in p && p.caseSensitive === true);
const SUFFIX = String.raw`(?:\s+(?:province|provincial|municipality|autonomous region|special administrative region|SAR|city|region))?`;
// "US$112.09 billion" and "in US dollar terms" are a currency, not the United States
const tailPattern = (sensitive: boolean) => String.raw`${sensitive ? "" : SUFFIX}(?![\p{L}\p{N}$])(?!\s+dollars?\b)(['’]s)?`;

type Named = Place | DefinedGroup & { kind: "group" };
/** One mention as the pattern `(?<![\p{L}\p{N}])(?:the\s+)?(alias)<suffix>(?![\p{L}\p{N}$])(?!\s+dollars?\b)(['’]s)?` reads it. */
interface Match { start: number; text: string; alias: string; possessive: boolean }

/**
 * The aliases as a trie walked from each word start, instead of one alternation of ~1,400 aliases:
 * compiling that pattern cost every process ~0.1–0.2 s before its first answer, and running it over a
 * corpus tried every alias at every word. The result is the alternation's, alias for alias: candidates
 * are tried longest alias first (ties in gazetteer order), case-insensitively by the regex engine's own
 * case folding, and a run of spaces or hyphens in an alias matches any run of spaces or hyphens.
 */
class Matcher {
  readonly lookup = new Map<string, Named>();
  /** Aliases longest first; a node's `ends` are indexes into it. */
  private readonly aliases: string[] = [];
  private readonly root: TrieNode = { next: new Map(), ends: [] };
  private readonly flags: string;
  private readonly start: RegExp;
  private readonly the: RegExp;
  private readonly run: RegExp;
  private readonly tail: RegExp;
  /** Insensitive: one class per set of alias characters the regex engine folds together. */
  private readonly classes: RegExp[] = [];
  private readonly keyCache = new Map<string, string | null>();

  constructor(places: Array<Place | (DefinedGroup & { kind: "group"; aliases: string[] })>, readonly sensitive: boolean) {
    for (const p of places) for (const a of p.aliases) {
      if (caseSensitive(a, p) !== sensitive) continue;
      const key = this.normalize(a);
      if (!this.lookup.has(key)) { this.lookup.set(key, p as Place); this.aliases.push(a); }
    }
    this.aliases.sort((a, b) => b.length - a.length);
    this.flags = sensitive ? "u" : "iu";
    const chars = new Set<string>();
    for (const a of this.aliases) for (const c of a) if (!/[\s-]/.test(c)) chars.add(c);
    if (!sensitive) {
      const unclassed = new Set(chars);
      for (const c of chars) {
        if (!unclassed.has(c)) continue;
        const same = new RegExp(`^${escapeChar(c)}$`, "iu");
        const members = [...unclassed].filter((d) => same.test(d));
        for (const d of members) unclassed.delete(d);
        this.classes.push(new RegExp(`^[${members.map(escapeChar).join("")}]$`, "iu"));
      }
    }
    this.aliases.forEach((a, i) => this.insert(a, i));
    const firsts = new Set(this.aliases.map((a) => String.fromCodePoint(a.codePointAt(0)!)));
    firsts.add("t");
    this.start = new RegExp(String.raw`(?<![\p{L}\p{N}])[${[...firsts].map(escapeChar).join("")}]`, `g${this.flags}`);
    this.the = new RegExp(String.raw`the\s+`, `y${this.flags}`);
    this.run = new RegExp(String.raw`[\s-]+`, `y${this.flags}`);
    this.tail = new RegExp(tailPattern(sensitive), `y${this.flags}`);
  }

  /** How the lookup keys a matched alias. */
  normalize(alias: string): string {
    return this.sensitive ? alias : alias.toLowerCase().replace(/[\s-]+/g, " ");
  }

  /** The trie key of a character: itself, or (insensitive) the class of alias characters it folds into. */
  private key(c: string): string | null {
    if (this.sensitive) return c;
    let k = this.keyCache.get(c);
    if (k === undefined) {
      const i = this.classes.findIndex((re) => re.test(c));
      k = i < 0 ? null : String(i);
      this.keyCache.set(c, k);
    }
    return k;
  }

  private insert(alias: string, index: number): void {
    let node = this.root;
    for (const part of alias.split(/([\s-]+)/)) {
      if (!part) continue;
      const steps = /^[\s-]/.test(part) ? [RUN] : [...part].map((c) => this.key(c)!);
      for (const step of steps) {
        let child = node.next.get(step);
        if (!child) node.next.set(step, (child = { next: new Map(), ends: [] }));
        node = child;
      }
    }
    node.ends.push(index);
  }

  /** The aliases that match at `at`, in the alternation's order, each with where it ends. */
  private aliasesAt(text: string, at: number): Array<{ index: number; end: number }> {
    const found: Array<{ index: number; end: number }> = [];
    let node: TrieNode | undefined = this.root;
    let pos = at;
    while (node) {
      for (const index of node.ends) found.push({ index, end: pos });
      if (pos >= text.length) break;
      this.run.lastIndex = pos;
      if (node.next.has(RUN) && this.run.test(text)) {
        node = node.next.get(RUN);
        pos = this.run.lastIndex;
        continue;
      }
      const c = String.fromCodePoint(text.codePointAt(pos)!);
      const k = this.key(c);
      node = k === null ? undefined : node.next.get(k);
      pos += c.length;
    }
    return found.sort((a, b) => a.index - b.index);
  }

  /** The alternation's match with its alias starting at `at` (the whole match at `from`), if any. */
  private matchAt(text: string, from: number, at: number): Match | undefined {
    for (const { end } of this.aliasesAt(text, at)) {
      this.tail.lastIndex = end;
      const t = this.tail.exec(text);
      if (!t) continue;
      return { start: from, text: text.slice(from, this.tail.lastIndex), alias: text.slice(at, end), possessive: Boolean(t[1]) };
    }
    return undefined;
  }

  /** Every match, left to right, as `text.matchAll` of the alternation would give them. */
  *matches(text: string): Generator<Match> {
    this.start.lastIndex = 0;
    for (let s = this.start.exec(text); s; s = this.start.exec(text)) {
      const p = s.index;
      this.the.lastIndex = p;
      const the = this.the.test(text) ? this.the.lastIndex : -1;
      const m = (the >= 0 ? this.matchAt(text, p, the) : undefined) ?? this.matchAt(text, p, p);
      this.start.lastIndex = m ? p + m.text.length : p + 1;
      if (m) yield m;
    }
  }
}

interface TrieNode { next: Map<string, TrieNode>; ends: number[] }
/** The trie step for a run of spaces or hyphens (no character key looks like it). */
const RUN = "\\s-";
const escapeChar = (c: string) => c.replace(/[\]\\^\-[]/g, "\\$&");

let staticMatchers: [Matcher, Matcher] | undefined;
/** Built on first use, not at import: commands that never read a place do not pay for it. */
const gazetteer = () => (staticMatchers ??= [new Matcher(ALL_PLACES, false), new Matcher(ALL_PLACES, true)]);

// one list of groups is usually asked about for every document of an index: keep the last one's matcher
let lastGroups: { key: string; matcher: Matcher } | undefined;
function groupMatcher(groups: DefinedGroup[]): Matcher {
  const key = JSON.stringify(groups.map((g) => [g.id, g.name]));
  if (lastGroups?.key !== key) {
    lastGroups = { key, matcher: new Matcher(groups.map((g) => ({ ...g, kind: "group" as const, aliases: [g.name] })), false) };
  }
  return lastGroups.matcher;
}

/** Finds places, regions, partners and document-defined groups in `text`, longest match first. */
const CURRENCY_AFTER = /^\s*(?:\$|dollars?\b|cents?\b)/i;

export function findEntities(text: string, groups: DefinedGroup[] = []): EntityMention[] {
  const matchers = [...gazetteer()];
  if (groups.length) matchers.unshift(groupMatcher(groups));
  const found: EntityMention[] = [];
  for (const matcher of matchers) {
    for (const m of matcher.matches(text)) {
      const p = matcher.lookup.get(matcher.normalize(m.alias));
      if (!p) continue;
      const start = m.start;
      const end = start + m.text.length;
      if (found.some((f) => start < f.end && end > f.start)) continue;
      // "US $4 billion", "U.S. dollars": a currency, not the country
      if (p.id === "partner:us" && CURRENCY_AFTER.test(text.slice(end, end + 12))) continue;
      // ("SAIC's IM Motors": a two-letter alias written as part of a name is no place)
      if (m.text.length === 2 && AS_WRITTEN.has(m.text) && /^\s+(?!(?:Province|Provincial|Municipality|Autonomous|Special|SAR|City|Region)\b)[A-Z]/
        .test(text.slice(end, end + 16))) continue;
      found.push({ start, end, id: p.id, kind: p.kind, possessive: m.possessive, text: m.text });
    }
  }
  const sorted = found.sort((a, b) => a.start - b.start);
  return sorted.filter((e, i) => !namesAirport(text, sorted[i - 1], e));
}

// "Zhengzhou Xinzheng International Airport", "xi'an xianyang airport": an airport is named by its city and then by the
// district or county it stands in; that second place only names the airport, which is the city's
const AIRPORT_AFTER = /^\s+(?:international\s+|intl\.?\s+)?airport\b/i;
const namesAirport = (text: string, before: EntityMention | undefined, e: EntityMention): boolean =>
  !!before && (before.kind === "city" || before.kind === "province") && e.kind !== "partner" && e.kind !== "province"
  && /^\s+$/.test(text.slice(before.end, e.start)) && !before.possessive && AIRPORT_AFTER.test(text.slice(e.end, e.end + 30));

// "Nanchang Customs", "the Guangdong Sub-administration of the GACC", "Shanxi Statistics Bureau": an office, not the place
const OFFICE_AFTER = /^\s*(?:province\s+|provincial\s+|city\s+|municipal\s+)?(?:customs|sub-administration|administration|statistics\s+bureau|bureau|department|commerce\s+department|government)\b/i;

/** Is this mention of a place the name of an office there? */
export const isOffice = (text: string, m: { end: number }) => OFFICE_AFTER.test(text.slice(m.end, m.end + 40));

// "Ningbo Jiadi Electric Appliance", "Shanghai Huaxin Trading Co.": a company named after the place it started in
const COMPANY_AFTER = new RegExp(String.raw`^\s+(?:[A-Z][\w&'’-]*\s+){0,3}(?:Co\.?|Company|Corp\.?|Corporation|Group|Ltd\.?|`
  + String.raw`Limited|Inc\.?|Holdings|Industries|Industrial|Technology|Technologies|Electric|Electrical|Electronics|`
  + String.raw`Appliances?|Machinery|Trading|Textiles?|Garments?|Apparel|Foods?|Logistics|Motors?|Pharmaceuticals?|`
  + String.raw`Manufacturing|Crafts|Enterprises?|Import\s+(?:and|&)\s+Export)(?![\w-])`);

/** Is this mention of a place the first word of a company's name? */
export const isCompanyName = (text: string, m: { end: number }) => COMPANY_AFTER.test(text.slice(m.end, m.end + 80));

// "RCEP certificates of origin", "under RCEP preferential tariffs": a document or rule named after a bloc
const DOCUMENT_AFTER = /^\s+(?:(?:preferential|zero)\s+)?(?:certificates?|tariffs?|rules|standards?)\b/i;

/** Is this partner mention only the name of a document or rule (no other side of a trade)? */
export const namesDocument = (text: string, m: { end: number }) => DOCUMENT_AFTER.test(text.slice(m.end, m.end + 40));

const NUMBER_WORDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 };

/**
 * Groups a document defines by listing members right after a counted noun:
 * "seven eastern regions - Guangdong province, Jiangsu province, … and Fujian province -".
 */
export function findGroupDefinitions(text: string): DefinedGroup[] {
  const groups: DefinedGroup[] = [];
  // ("The six central provinces, Anhui, …, and Shanxi, traded …": a list in commas after the counted noun, closed by a
  // comma or dash, names the members too; the count must still match)
  const re = /\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+((?:[a-z]+\s+){0,2})(regions|provinces|provincial-level regions|cities|municipalities|areas)\s*(?:[-–—:(]|,?\s+(?:namely|including)|(?<comma>,))\s*/gi;
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
    // (after a comma, only a list closed like an aside and counted exactly: "six provinces, Anhui and Henan among
    // them, …" lists no group)
    if (m.groups!["comma"] && (members.length !== n || !/^\s*[,–—-]/.test(tail.slice(pos)))) continue;
    if (members.length >= 2 && Math.abs(members.length - n) <= 1) {
      const name = `${m[1]!.toLowerCase()} ${m[2]!.toLowerCase()}${m[3]!.toLowerCase()}`.replace(/\s+/g, " ");
      // (members that are exactly a region's: the region itself, so a question naming it finds the group's figures)
      const region = REGIONS.find((r) => r.members!.length === members.length && r.members!.every((x) => members.includes(x)));
      groups.push({ id: region?.id ?? `group:${name.replace(/\s+/g, "-")}`, name, members });
    }
  }
  return groups;
}

// a country whose name is also a word ("peru", "turkey", "chad"), typed in lower case
const WORDLIKE_TYPED = new RegExp(String.raw`\b(?:${[...WORDLIKE_COUNTRIES].join("|")})\b`, "gi");
// what joins two items of a list: "brazil, peru", "peru and chile", "peru & chile"
const LIST_JOIN = /^\s*(?:,\s*(?:and\s+|or\s+|&\s*)?|and\s+|or\s+|&\s*)$/i;

/**
 * "rank brazil, mexico, peru and chile": a country whose name is also a word, typed in lower case as an item of a list
 * beside another country, is the country (written as the documents write it, so the case-sensitive reading finds it).
 */
export function namingListedCountries(text: string): string {
  const partners = findEntities(text).filter((e) => e.kind === "partner");
  return text.replace(WORDLIKE_TYPED, (word: string, at: number) => {
    if (word !== word.toLowerCase()) return word;
    const end = at + word.length;
    const beside = partners.some((p) => (p.end <= at && LIST_JOIN.test(text.slice(p.end, at)))
      || (p.start >= end && LIST_JOIN.test(text.slice(end, p.start))));
    return beside ? word[0]!.toUpperCase() + word.slice(1) : word;
  });
}
