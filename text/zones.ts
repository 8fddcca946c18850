import { findEntities } from "./entities.js";

/**
 * Zones and ports the gazetteer does not know: "Liangjiang New Area", "Qianhai Free Trade Zone", "Yangluo Port".
 * Such a zone owns its figures as a place of its own (entity `zone:<name>`): its trade is never its city's total,
 * and a question that names it asks about it.
 */

// ("Xinyang Economic and Technological Development Zone": the national kind's "and" is part of the kind, not a break
// before "Technological Development Zone")
const KIND_WORDS = ["Economic and Technological Development Zone", "Economic-Technological Development Zone",
  "New Area", "New District", "Pilot Free Trade Zone", "Free Trade Zone", "Free Trade Port",
  "Comprehensive Bonded Zone", "Bonded Zone", "Bonded Port Area", "Bonded Logistics Park", "Development Zone",
  "Economic Zone", "Economy Zone", "High-tech Zone", "Hi-tech Zone", "Industrial Park", "Logistics Park", "Port Area",
  "Land Port", "Border Port", "Railway Port", "Highway Port", "Port", "Border Trade Zone", "Border Trade Point",
  // ("Hengqin Zhuhai-Macao Modern Service Industry Cooperation Zone": the kind's own words are no part of its name)
  "Modern Service Industry Cooperation Zone", "Cooperation Zone",
  // ("Pingtan Comprehensive Experimental Zone")
  "Comprehensive Experimental Zone", "Experimental Zone"];
// ("Gyirong port", "Qianhai free trade zone": news writes the kind in lower case too)
const KINDS = KIND_WORDS.map((k) => k.replace(/\s+/g, String.raw`\s+`).replace(/\b([A-Z])/g, (c) => `[${c}${c.toLowerCase()}]`))
  .join("|");
/** A zone's name: one to four capitalised words before a zone kind. */
export const NAMED_ZONE = new RegExp(String.raw`\b((?:[A-Z][\w'-]*\s+){1,4}(?:${KINDS}))\b`, "g");

const LEADING = /^(?:The|In|At|Through|Via|From|And|Of|By)\s+/;
// "the city, which stood at …", "the province's total": the figure after such words is the place's, not the zone's
export const BACK_TO_PLACE = /\bthe\s+(?:\w+\s+)?(?:province|provincial|city|municipality|municipal|region)\b/i;

// capitalised words that open a common phrase, never a port's or terminal's name ("Total port container throughput",
// "Container terminal throughput", "the Dry port")
export const NOT_A_NAME = String.raw`Total|Overall|Combined|Whole|All|Container|Cargo|Freight|Bulk|Inland|Dry|River|Sea|`
  + String.raw`Air|Land|Rail|Railway|Highway|Road|Coastal|Border|Main|New|Old|Passenger|Oil|Coal|Grain|Its|Their`;
const COMMON_WORDS = new RegExp(String.raw`^(?:(?:${NOT_A_NAME})\s*)+$`, "i");

export const ZONE_PREFIX = "zone:";
export const zoneId = (name: string) => `${ZONE_PREFIX}${name}`;
export const isZone = (id: string) => id.startsWith(ZONE_PREFIX);
/** The place a zone's own name locates it in ("Suzhou Industrial Park": Suzhou), if it names one. */
export const zonePlace = (id: string): string | undefined =>
  (isZone(id) ? findEntities(id.slice(ZONE_PREFIX.length))[0]?.id : undefined);

// ports and free trade ports named by a place are that place's ("Erenhot Port", "the Hainan Free Trade Port"); other
// zones are never their place's total ("the Zhengzhou Airport Comprehensive Bonded Zone", "Tianjin Binhai New Area")
const PLACE_OWNED = /(?<!\bBonded\s+)\bPort(?:\s+Area)?$/i;
const SPECIFIC_PORT = /^\s+(?:Railway|Rail|Highway|Road|Air|River|Inland|Pipeline)\s+Port$/i;
// "the China (Fujian) Pilot Free Trade Zone": the national name around the place
const CHINA_NAMED = /\bChina\s*\(([A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?)\)\s*(?=(?:Pilot\s+)?Free\s+Trade\s+Zone)/g;

/** The name a zone owns figures by, or none when its name only says a place (or a place's port). */
function zoneName(found: string): string | undefined {
  let name = found.trim().replace(/\s+/g, " ");
  while (LEADING.test(name)) name = name.replace(LEADING, "");
  if (!/\s/.test(name)) return undefined;
  if (COMMON_WORDS.test(name.replace(NAMED_KIND, ""))) return undefined;
  const places = findEntities(name);
  if (!places.length) return name;
  // ("Pingxiang Railway Port", "Manzhouli Highway Port": one of a place's ports by the way goods cross, with a name of
  // its own)
  if (SPECIFIC_PORT.test(name.slice(places[0]!.end)) && !findEntities(name.slice(places[0]!.end)).length) return name;
  if (PLACE_OWNED.test(name)) return undefined;
  // ("Tianjin Binhai New Area": the leading place only locates a zone with a name of its own)
  const first = places[0]!;
  const rest = name.slice(first.end).trim();
  const kind = NAMED_KIND.exec(rest);
  // ("Xland Hi-tech Industrial Development Zone": words before the kind that only say a kind too are no name of their
  // own; the place is the zone's name)
  const ownName = kind && rest.slice(0, kind.index).trim().split(/\s+/).some((w) => !GENERIC.test(w));
  return first.start === 0 && kind && kind.index > 0 && ownName && !findEntities(rest).length ? rest : name;
}
// ("Xland High-tech Industrial Development Zone", "Xland High-tech Zone", "Xland Hi-tech Zone": one national high-tech
// zone by its full and short names, stored by the short one)
const HI_TECH_KIND = /\s+(?:High|Hi)[- ]?[Tt]ech(?:nology)?(?:\s+Industrial)?(?:\s+Development)?\s+Zone$/;
const HI_TECH_SHORT = String.raw`(?:hi|high)[- ]?tech(?:nology)?(?:\s+industrial)?(?:\s+development)?\s+zone\b`;
/** A zone's name as stored: a high-tech zone by its short name. */
const storedName = (name: string) => name.replace(HI_TECH_KIND, " Hi-tech Zone");
const NAMED_KIND = new RegExp(String.raw`(?:${KINDS})$`);
/** Is a zone's id a bare name, with no zone kind after it ("Xyzcheng", a district or town, not "Xyz Bonded Zone")? */
export const isBareZone = (id: string): boolean => isZone(id) && !NAMED_KIND.test(id);

/** The zones a sentence names, by the names they own figures by, where they stand (after "China (X)" is read). */
export function namedZones(text: string): ZoneMention[] {
  const plain = text.replace(CHINA_NAMED, (m, place: string) => `${place}${" ".repeat(m.length - place.length)}`);
  return [...plain.matchAll(NAMED_ZONE)].flatMap((m) => {
    const name = zoneName(m[1]!);
    return name ? [{ id: zoneId(storedName(name)), start: m.index!, end: m.index! + m[0].length }] : [];
  });
}

// ("The Qinzhou area of the X Pilot Free Trade Zone did …": the area's figure, its city's within the zone, not the
// whole zone's)
export const AREA_OF = /\b(?:area|section)\s+of\s+(?:the\s+)?$/i;
/** Does a zone named in `left` stand as the whole an area is "of"? */
export const areaOfZone = (left: string): boolean => {
  const last = namedZones(left).at(-1);
  return !!last && AREA_OF.test(left.slice(0, last.start));
};

/**
 * The zone that owns a figure: the last zone named before it in its clause, when its name is not only a place's
 * ("Erenhot Port" is Erenhot's) and nothing between the two turns back to a place.
 */
export function zoneBefore(left: string): string | undefined {
  const last = namedZones(left).at(-1);
  if (!last) return undefined;
  const name = last.id.slice(ZONE_PREFIX.length);
  const between = left.slice(last.end);
  const possessivePlace = findEntities(between).some((e) => e.possessive && e.kind !== "partner");
  return BACK_TO_PLACE.test(between) || possessivePlace ? undefined : name;
}

export interface ZoneMention { id: string; start: number; end: number }

/** Finds the zones an index's facts belong to in a question, in any case ("the liangjiang new area"). */
export function zoneFinder(ids: Iterable<string>): (text: string) => ZoneMention[] {
  const names = [...new Set([...ids].filter(isZone).map((id) => id.slice(ZONE_PREFIX.length)))]
    .sort((a, b) => b.length - a.length);
  if (!names.length) return () => [];
  // "the fujian ftz", "fujian free trade zone": a pilot free trade zone by its short names; "the ftz" alone is the
  // index's only one
  const ftzs = names.filter((n) => FTZ_NAME.test(n));
  const patterns: Array<[RegExp, string, ((m: RegExpMatchArray) => boolean)?]> = names
    .map((n) => [new RegExp(String.raw`\b${escape(n)}\b`, "gi"), n]);
  // ("yangshan bonded zone": the words after a zone's head are words of its own name, never another's: not "Yangshan
  // Port")
  const ownWords = (n: string) => {
    const words = new Set(n.toLowerCase().split(/\s+/).map((w) => w.replace(/s$/, "")));
    if (FTZ_NAME.test(n)) words.add("ftz");
    return (m: RegExpMatchArray) => (m[1] ?? "").toLowerCase().trim().split(/\s+/)
      .every((w) => words.has(w.replace(/s$/, "")));
  };
  for (const n of ftzs) patterns.push([new RegExp(String.raw`\b${escape(n.replace(FTZ_NAME, ""))}\s+${FTZ_SHORT}`, "gi"), n]);
  if (ftzs.length === 1) patterns.push([new RegExp(FTZ_SHORT, "gi"), ftzs[0]!]);
  // "the xinyang etdz" for "Xinyang Economic and Technological Development Zone": a zone of that kind by its short name
  for (const n of names.filter((x) => ETDZ_NAME.test(x))) {
    patterns.push([new RegExp(String.raw`\b${escape(n.replace(ETDZ_NAME, ""))}\s+${ETDZ_SHORT}`, "gi"), n]);
  }
  // "chengdu high-tech industrial development zone" for "Chengdu Hi-tech Zone": a high-tech zone by any of its names
  for (const n of names.filter((x) => / Hi-tech Zone$/.test(x))) {
    patterns.push([new RegExp(String.raw`\b${escape(n.replace(/ Hi-tech Zone$/, ""))}\s+${HI_TECH_SHORT}`, "gi"), n]);
  }
  // "the yangpu zone" for "Yangpu Economic Development Zone": a zone by its own name's head, when no other shares it
  const heads = names.map((n): [string, string] => [n.split(" ").filter((_, i, ws) => !ws.slice(0, i + 1).some((x) => GENERIC.test(x)))
    .join(" "), n]);
  for (const [head, n] of heads) {
    if (!head || heads.filter(([h]) => h === head).length > 1 || findEntities(head).length) continue;
    patterns.push([new RegExp(String.raw`\b${escape(head)}${KIND_AFTER_HEAD}`, "gi"), n, ownWords(n)]);
  }
  // "yangshan bonded zone" for "Yangshan Special Comprehensive Bonded Zone": a zone by its first, proper word and words
  // of its own name after it, when no other zone's name has them all
  for (const n of names) {
    const first = n.split(" ")[0]!;
    if (!/^[A-Z][a-z]+$/.test(first) || COMMON_HEAD.test(first) || GENERIC.test(first) || findEntities(first).length) continue;
    const alone = (m: RegExpMatchArray) => names.filter((o) => o.split(" ")[0] === first && ownWords(o)(m)).length === 1;
    patterns.push([new RegExp(String.raw`\b${escape(first)}${KIND_AFTER_HEAD}`, "gi"), n, (m) => ownWords(n)(m) && alone(m)]);
  }
  // "caofeidian coal imports" for "Caofeidian Port Area": a zone by its head alone, when the head is one proper word
  // (not a common one: "Western Port Area" is not named by "western"; "Silk Road countries", "cross-border e-commerce
  // exports", "digital trade" are the phrases, not the "Silk Road", "Cross-border E-commerce", "Digital Trade" zones)
  for (const [head, n] of heads) {
    if (!head || heads.filter(([h]) => h === head).length > 1 || findEntities(head).length) continue;
    if (!PROPER_HEAD.test(head) || COMMON_HEAD.test(head) || ENGLISH_ADJECTIVE.test(head)) continue;
    patterns.push([bareHeadPattern(head), n]);
  }
  // "caofeidian iron ore imports" when the index has both "Caofeidian Port" and "Caofeidian Bonded Zone": the bare
  // head names the family of zones so called, each fact of which may answer (the matcher takes the one that fits)
  for (const head of sharedHeads(names)) {
    if (COMMON_HEAD.test(head) || ENGLISH_ADJECTIVE.test(head) || GENERIC.test(head) || findEntities(head).length) continue;
    patterns.push([bareHeadPattern(head), head]);
  }
  return (question) => {
    const found: ZoneMention[] = [];
    // ("nantong etdz: comprehensive bonded zone trade": a zone inside a bigger one named by its short name first; the
    // short name blanked, same length, so the inner zone's own name is read)
    const text = question.replace(ZONE_BRIDGE, (m) => " ".repeat(m.length));
    for (const [re, name, fits] of patterns) {
      for (const m of text.matchAll(re)) {
        if (fits && !fits(m)) continue;
        const start = m.index!, end = start + m[0].length;
        // ("the hubei ftz" when only another one is indexed: a place right before names another zone)
        const before = /(\S+)\s+$/.exec(text.slice(Math.max(0, start - 40), start))?.[1] ?? "";
        const bare = re.source === FTZ_SHORT && findEntities(before).length > 0;
        if (!bare && !found.some((f) => f.start < end && f.end > start)) found.push({ id: zoneId(name), start, end });
      }
    }
    return found.sort((a, b) => a.start - b.start);
  };
}

// a zone's head word a question may name it by: one proper word ("Caofeidian", "Xi'an")
const PROPER_HEAD = /^[A-Z][a-z]+(?:['’][a-z]+)?$/;
/** A head word asked alone: not the start of a longer name ("X-" or "X Economic …"). */
const bareHeadPattern = (head: string) => new RegExp(String.raw`\b${escape(head)}\b(?!-|\s+${HEAD_PHRASE})`, "gi");
// (a family member's name: its head, at most one more word, then a kind only: "X Port", "X Special Bonded Zone")
const FAMILY_REST = new RegExp(String.raw`^(?:\s+[A-Za-z][\w-]*)?\s+(?:${KINDS})$`);
/** Proper one-word heads that two or more of the zones `names` share, none of them the bare head alone. */
function sharedHeads(names: string[]): string[] {
  // (one zone spelt in two cases, "X Port" and "X port", is one zone, no family)
  const members = new Map<string, Set<string>>();
  for (const n of names) {
    const head = n.split(" ")[0]!;
    if (PROPER_HEAD.test(head) && FAMILY_REST.test(n.slice(head.length))) {
      members.set(head, (members.get(head) ?? new Set()).add(n.toLowerCase()));
    }
  }
  return [...members].filter(([head, k]) => k.size > 1 && !names.includes(head)).map(([head]) => head);
}
/**
 * Is `member` one of the family of zones a bare head `asked` names ("zone:Caofeidian" of "zone:Caofeidian Port" and
 * "zone:Caofeidian Comprehensive Bonded Zone")? A place's own name is no family head: never its districts' zones.
 */
export function inZoneFamily(asked: string, member: string): boolean {
  if (!isBareZone(asked) || !member.startsWith(`${asked} `)) return false;
  return FAMILY_REST.test(member.slice(asked.length)) && !findEntities(asked.slice(ZONE_PREFIX.length)).length;
}

// ("Fujian FTZ" in a table, "China (Fujian) Pilot Free Trade Zone" in a sentence: one zone by its short and full names)
const FTZ_KIND = /\s+(?:(?:pilot\s+)?free\s+trade\s+zone|ftz)$/i;
/** Are two zone ids one pilot free trade zone named short and in full ("zone:Fujian FTZ", "zone:Fujian Pilot Free Trade Zone")? */
export function sameFtz(a: string, b: string): boolean {
  if (!isZone(a) || !isZone(b) || !FTZ_KIND.test(a) || !FTZ_KIND.test(b)) return false;
  const head = (id: string) => id.slice(ZONE_PREFIX.length).replace(FTZ_KIND, "").toLowerCase();
  return head(a) === head(b);
}

// ("Horgos railway port", "Ningbo-Zhoushan port", "Qinzhou port area": a port named after the city it serves)
const ZONE_KIND_IN_HEAD = /\b(?:bonded|free|trade|comprehensive|pilot|economic|development|industrial|zone|park|new)\b/i;
const PORT_NAMED = /^(.+?)(?:-[A-Z][a-z]+)?\s+(?:(?:railway|rail|land|sea|river|inland|dry|container)\s+)?port(?:\s+area)?$/i;
/**
 * Is one id a port named after the place the other id is ("zone:Horgos railway port", "city:horgos")? A text gives a
 * port's throughput as its city's ("Ningbo handled 744 million tonnes"), and a question asks the city's as the port's.
 */
export function portOfPlace(a: string, b: string): boolean {
  const [zone, place] = isZone(a) ? [a, b] : [b, a];
  if (!isZone(zone) || isZone(place)) return false;
  const head = PORT_NAMED.exec(zone.slice(ZONE_PREFIX.length))?.[1];
  const named = head ? findEntities(head) : [];
  // (never a zone of another kind so named: "Qinzhou Bonded Port Area", "Hainan free trade port")
  return named.length === 1 && named[0]!.id === place && named[0]!.start === 0 && !ZONE_KIND_IN_HEAD.test(head!);
}

// a zone's kind by its short name ("etdz", "hi-tech zone"), standing before a zone inside it and a colon or dash
// ("…: bonded zone trade"; "xj ftz kashgar area" is the area of the free trade zone, "qinglan economic development zone
// and the bonded zone" two zones)
export const ZONE_SHORT = String.raw`(?:etdz|edz|hedz|hitdz|htz|cbz|ftz|sip)`;
const ZONE_SHORT_LONG = String.raw`(?:hi-?tech|high-tech|development|economic)\s+zone`;
const ZONE_BRIDGE = new RegExp(String.raw`(?<=\S\s+)\b(?:${ZONE_SHORT}|${ZONE_SHORT_LONG})\s*[:\u2013-]\s+`
  + String.raw`(?=(?:the\s+|its\s+)?(?:(?!and\b|or\b|vs\b|versus\b|than\b|with\b)[a-z-]+\s+){0,3}?(?:zone|area|park)s?\b)`, "gi");
// the words of a zone's name that say its kind, not which one it is
const GENERIC = /^(?:Economic|Economy|Development|Comprehensive|Bonded|Pilot|Free|Trade|New|High-tech|Hi-tech|Industrial|Logistics|Port|Zone|Area|Park|District)$/i;
// capitalised words of zone names that are not names of their own
const COMMON_HEAD = new RegExp(String.raw`^(?:east|west|north|south|(?:north|south)?(?:east|west)(?:ern)?|northern|southern|`
  + String.raw`central|inner|outer|upper|lower|old|main|great(?:er)?|international|national|airport|inland|river|sea|`
  + String.raw`coastal|border|china|chinese|sino|cross|the|a|an|and|of|special|first|second|third|no\.?|\d+)$`, "i");
// words after a bare head that make it a common phrase ("Silk Road countries", "Eurasian trade"), not a zone's name
// ("qinglan exports" is the zone's: a proper name before a flow is kept)
const HEAD_PHRASE = String.raw`(?:countries|nations|economies|trade|e-commerce)\b`;
// an English adjective's ending, which no pinyin syllable has ("Digital", "Electronic", "Creative"): a common word
const ENGLISH_ADJECTIVE = /(?:al|ic|ous|ive|ary|ern|ed|ful|less|able|ible)$/i;
// ("'s bonded zone", " new area": a zone's kind after its head, the words before the kind word kept to be checked)
const KIND_AFTER_HEAD = String.raw`(?:['’]s)?\s+((?:[a-z-]+\s+){0,3}?(?:zones?|areas?|parks?|ftz))\b`;
const FTZ_NAME = /\s+(?:Pilot\s+)?Free\s+Trade\s+Zone$/i;
const ETDZ_NAME = /\s+Economic(?:\s+and\s+|-)Technological\s+Development\s+Zone$/i;
const ETDZ_SHORT = String.raw`(?:etdz|economic(?:\s+(?:and|&)\s+|-)technological\s+development\s+zone)\b`;
const FTZ_SHORT = String.raw`\b(?:pilot\s+)?(?:ftz|free[- ]trade\s+zone)\b`;
// ("xiongan" for "Xiong'an": a name's apostrophe, between syllables, is often left out or typed another way)
const escape = (name: string) => name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s+")
  .replace(/['’]/g, "['’]?");

/**
 * "Gyirong port … In 2018, trade through Gyirong reached …": a text goes on to call a port or zone it named by its
 * bare head, a single proper word no place of the gazetteer owns; its mentions in `text`, of the zones `ids` named before.
 */
export function zoneHeadMentions(text: string, ids: Iterable<string>): ZoneMention[] {
  const found: ZoneMention[] = [];
  for (const id of new Set(ids)) {
    const head = headPattern(id);
    if (!head) continue;
    for (const m of text.matchAll(head)) found.push({ id, start: m.index!, end: m.index! + m[0].length });
  }
  return found.sort((a, b) => a.start - b.start);
}
// (a bare head is the zone only where a place goes, after a route word, "trade through Gyirong", or as an owner,
// "Gyirong's imports"; never "exports of Gyirong tea", goods named after the place)
const HEAD_ROUTE = String.raw`(?<=\b(?:through|via|at|in)\s+(?:the\s+)?)`;
// (or with its kind in lower case after it, "the Lanqi zone's trade", "the Lanqi port recorded")
const HEAD_KIND_AFTER = String.raw`(?=\s+(?:zone|port|area|park)\b(?!\s+(?:${KINDS})))`;
const HEAD_VERBS = "accounted|handled|recorded|reached|posted|saw|imported|exported|traded|remained|remains|ranked|is|was";
// (built once a zone: a document names its zones again and again)
const HEAD_PATTERNS = new Map<string, RegExp | undefined>();
function headPattern(id: string): RegExp | undefined {
  if (HEAD_PATTERNS.has(id)) return HEAD_PATTERNS.get(id);
  const head = zoneShortName(id);
  const bare = head !== undefined;
  // (case kept: the proper name, never a common word spelt the same; not the full name, read as a zone already)
  const pattern = bare ? new RegExp(String.raw`${HEAD_ROUTE}\b${escape(head)}\b(?!-|['’]|\s+(?:${KINDS}|${HEAD_PHRASE}))`
    + String.raw`|\b${escape(head)}(?=['’]s\b)|(?<=\bthe\s+)${escape(head)}${HEAD_KIND_AFTER}`
    // (or as the subject a sentence opens with, before its verb: "Nansha accounted for 75.6 percent of …")
    + String.raw`|(?<=^\W*)${escape(head)}(?=\s+(?:${HEAD_VERBS})\b)`, "g") : undefined;
  HEAD_PATTERNS.set(id, pattern);
  return pattern;
}
/**
 * The one proper word a zone goes by once named in full ("Lanqi" of "Lanqi New Area"), when the rest of its name only
 * says its kind and no place of the gazetteer, nor a common word, is spelt so.
 */
export function zoneShortName(id: string): string | undefined {
  const head = id.slice(ZONE_PREFIX.length).split(" ")[0]!;
  const rest = id.slice(ZONE_PREFIX.length + head.length);
  // (a zone a table's "Zone" column names by one word, "| Lanqi | 25.3 |", goes by that word)
  const bare = /^[A-Z][a-z]+$/.test(head) && (rest === "" || NAMED_KIND_ONLY.test(rest)) && !COMMON_HEAD.test(head)
    && !ENGLISH_ADJECTIVE.test(head) && !GENERIC.test(head) && !findEntities(head).length;
  return bare ? head : undefined;
}
// (the rest of a name that only says its kind: " port", " Border Trade Zone")
const NAMED_KIND_ONLY = new RegExp(String.raw`^\s+(?:${KINDS})$`);

/**
 * "tangshan (hebei) port area" for the "Caofeidian port area of Tangshan": a zone asked by the place it lies in and
 * its kind, when the documents locate exactly one zone of that kind there. `texts` are the documents naming the zones.
 */
export function locatedZoneFinder(ids: Iterable<string>, texts: string[]): (text: string) => ZoneMention[] {
  const located = new Map<string, Set<string>>();
  for (const id of new Set(ids)) {
    if (!isZone(id)) continue;
    const name = id.slice(ZONE_PREFIX.length);
    const of = new RegExp(String.raw`\b${escape(name)}\s+(?:of|in)\s+((?:[A-Z][\w'’-]*\s?){1,2})`, "g");
    for (const t of texts) {
      for (const m of t.matchAll(of)) {
        const place = findEntities(m[1]!).find((e) => e.start === 0 && (e.kind === "city" || e.kind === "province"));
        if (place) located.set(place.id, (located.get(place.id) ?? new Set()).add(id));
      }
    }
  }
  if (!located.size) return () => [];
  return (text) => findEntities(text).flatMap((e): ZoneMention[] => {
    const kind = LOCATED_KIND.exec(text.slice(e.end));
    if (!kind) return [];
    const words = kind[1]!.toLowerCase().replace(/\s+/g, " ");
    const fits = [...located.get(e.id) ?? []].filter((z) => z.toLowerCase().endsWith(` ${words}`));
    return fits.length === 1 ? [{ id: fits[0]!, start: e.start, end: e.end + kind[0].length }] : [];
  });
}
// (a province in brackets may locate the place: "tangshan (hebei) port area")
const LOCATED_KIND = new RegExp(String.raw`^(?:['’]s)?(?:\s*\([^()]{1,30}\))?\s+(${KINDS})\b`, "i");
