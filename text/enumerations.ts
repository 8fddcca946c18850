/**
 * Enumerations a sentence makes in words, with or without figures: "emerging markets such as A, B and C",
 * "the zone covers A, B and C", "the port groups the ports of A, B and C", "return trains bring A, B and C",
 * "the 'new three' products — A, B and C —", "made up of three areas: A, B and C", "including A worth …, up …,
 * B worth … and C worth …". Each comes with its head: the words of its clause before it, which say what the
 * items are ("labour-intensive products grew …, including"). Which enumeration answers a question is
 * retrieval's choice (retrieval/namedItems.ts).
 */
import { memoized } from "./memo.js";
import { findEntities } from "./entities.js";

export interface EnumItem { name: string; start: number; end: number }

export interface Enumeration {
  /** The clause's words before the list: what the items are, and of what. */
  head: string;
  /** The word or mark that opened the list ("such as", "covers", ":"), if one did. */
  marker?: string;
  items: EnumItem[];
  start: number;
  end: number;
}

// words and marks that open a list: the items follow them directly
const MARKERS = (
  "such as|including|includes|include|included|namely|like|especially|particularly|notably|mainly|mostly|chiefly|" +
  "primarily|largely|covers|covering|cover|covered|groups|grouping|consists of|consisting of|comprises|comprising|" +
  "comprised|made up of|composed of|spanning|spans|bring|brings|brought|bringing|carry|carries|carried|carrying|" +
  "ship|ships|shipped|of|" +
  // ("growth was driven by A, B and C", "imports were led by A and B": those that made a change, named after "by")
  "driven by|led by|powered by|fuelled by|fueled by|" +
  "through|via|between|" +
  // ("cargo routes reaching A, B and C", "a service calling at A and B": where a route goes)
  "reaching|serving|calling at|linking|connecting"
).replace(/ /g, String.raw`\s+`);
// (a dash typed as two hyphens, "products -- A, B and C --", sets a list off as "—" does; so does a "with" after a
// comma, "…, with A, B and C producing here", never the "with" of "trade with A, B and C")
// ("the port's main exports were A, B and C": the things a place trades most, named after the verb)
// ("the main goods exported under the mode were A, B and C": what was done with them between)
// ("the biggest buyers of the city's bags were A, B and C": what they are of, a possessive in it, between; up to
// five words: "the main markets of the city's cross-border e-commerce exports were …")
const MAIN_WERE = String.raw`\b(?:main|major|top|leading|key|chief|principal|biggest|largest)\s+`
  + String.raw`(?:[\w-]+\s+){0,2}?(?:[\w-]+s\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?)?[\w-]+s\s+`
  + String.raw`(?:(?:exported|imported|sold|shipped|traded)\s+(?:[\w-]+\s+){0,4}?)?(?:were|are)\b`;
// ("X mainly exports A, B and C to Africa, and imports D and E", "We imported more A, B and C": a trade verb after an
// adverb, "and" or a pronoun, opens the goods it names; never a flow that did something, "and exports rose", "exports of
// A", "imports apart from gas were …", nor after a noun: "Steel exports doubled")
// (what follows a trade verb that opens goods: a word that is none of a preposition, a verb or a figure's)
const GOODS_NEXT = String.raw`(?:\s+more)?(?=\s+(?!(?:of|to|from|by|in|at|for|with|and|or|were|`
  + String.raw`was|are|is|rose|grew|fell|hit|saw|set|reached|totaled|totalled|accounted|amounted|stood|dropped|`
  + String.raw`declined|climbed|slipped|jumped|surged|doubled|posted|also|only|than|more|worth|valued|apart|excluding|except|`
  + String.raw`besides|alone|other|overall|as|through|via|under|over|during|between|within|per|on|into|went|came|us|usd|rmb|`
  // (a verb by its ending, but not goods that end so: "exports clothing, shoes and toys")
  + String.raw`(?!(?:clothing|bedding|packaging|roofing|flooring|seeds?|feed)\b)(?:[a-z]+ed|[a-z]+ing))\b)[a-z])`;
const TRADED_VERB = String.raw`(?<=^|\b(?:mainly|mostly|chiefly|largely|primarily|also|and|we|they)\s)`
  + String.raw`(?:imports|exports|imported|exported)${GOODS_NEXT}`;
// ("the 'new three' products, that is A, B and C": an appositive "that is" after a comma opens the list it names)
const MARKER = new RegExp(String.raw`(?:\b(?:${MARKERS})\b|${TRADED_VERB}|${MAIN_WERE}|(?<=(?:^|,)\s*)(?:with|that\s+is|i\.e\.)(?!\w)|--|(?<=\s)-(?=\s)|[:—–(])\s*`,
  "gi");
// a strong opener that leaves no doubt a list follows: two items after it are a list
const STRONG = new RegExp(`^(?:${[
  "such as", "including", "includes?", "included", "namely", "like", "covers?", "covering", "covered", "groups", "grouping",
  "consist", "compris", "made up", "composed", "--", "-", "[:—–(]", "reaching", "serving", "calling at",
].join("|")})`, "i");

/** A regular expression for any of the words, as whole words, after `before` (a pattern). */
const anyWord = (list: string, before = "", flags = "i") =>
  new RegExp(String.raw`${before}(?:${list.trim().split(/\s+/).map((w) => w.replace(/_/g, String.raw`\s+`)).join("|")})\b`, flags);
// where a clause (and so a list's head) starts
// (", and imports D and E": the other flow's goods after a list of one's, a clause of their own)
const CLAUSE_START = new RegExp(String.raw`[;.!?]\s+|,\s+(?:while|whereas|but)\s+|`
  + String.raw`,\s+and\s+(?=(?:imports|exports|imported|exported)${GOODS_NEXT})|^`, "gi");
// words before which the last item stops: a verb, a figure, a relative clause, a place goods came from
const ITEM_STOP_WORDS = anyWord(`from worth valued totaling totalling amounting accounting up down rising falling rose grew
  fell increased decreased surged jumped were was are is have has had also all which that who together respectively
  reached accounted made saw recorded with to into around near such_as including totaled came filled led followed helped
  continued remained became producing manufacturing making assembling operating investing based located sold shipped
  exported imported bought purchased benefited benefiting bound destined took taking`, String.raw`\s+`);
// (and a period after the last item: "coal from A, B and C in the six months", "… in the first half")
const PERIOD_AFTER = String.raw`\s+(?:in|during|over)\s+(?:the\s+)?(?:first|second|third|fourth|last|past|same|six|nine|\d|`
  + String.raw`(?:period|year|month|quarter|half)s?\b)`
  // ("delivered locomotives to A, B and C last year")
  + String.raw`|\s+(?:last|this|next)\s+(?:year|month|quarter)\b`;
// (and who made, caught or grew it: "cod caught by Russian and U.S. fleets", "cars built by the local plant")
const MADE_BY = String.raw`\s+(?:[a-z]+ed|caught|built|grown|made|run|held|taken|brought)\s+by\b`;
// (and the rest of its kind: "motorcycles and other mechanical and electrical products" names motorcycles)
// (and what the items are said to be after them: "with A, B and C the largest markets")
const RANK_AFTER = String.raw`\s+the\s+(?:largest|biggest|main|top|leading|major|chief|principal|most\s+important)\b`;
const ITEM_STOP = new RegExp(
  String.raw`${ITEM_STOP_WORDS.source}|${PERIOD_AFTER}|${MADE_BY}|${RANK_AFTER}`
  + String.raw`|\s+and\s+other\b|\s+\d|--|[—–()"“”:]`, "i");
// a comma part that says something of the item before it, not a new item: "up 3.2 percent", "which includes …"
const ATTRIBUTE = new RegExp(String.raw`${anyWord(`up down rising falling a_increase an_increase a_decrease a_rise a_drop which
  that who where home_to each both respectively accounting worth valued`, "^").source}|^[\d$¥€£]`, "i");
// a part that starts with a preposition or a figure's unit is no item: "according to …", "led by …", "billion"
// (nor a cause: "mainly due to …", "mostly because of …"; nor where: "mostly along the Belt and Road")
const NOT_ITEM_START = anyWord(`to from by in on at for with according led followed billion million trillion percent yuan
  dollar dollars tonnes those these this that it they we our its their due because thanks owing along across through via
  within among around near`, "^");
// "and other special customs supervision areas": the rest of a kind, no item of its own
const REST = /^(?:other|others|more|many|some|various|etc)\b/i;
// what was done, no thing: "imported fish, mostly A and B, filleted and packed it, and …" ("rapeseed" is a thing)
const DONE = /\b(?:it|them)\b|^[a-z]{3,}(?<![eb])ed$/;
const MAX_ITEM_WORDS = 10;
// what an item is for, after its name: "diesel engines for farm use", "pumps for household use"
const USE_AFTER = /\s+for\s+(?:[\w-]+\s+){0,2}use$/i;
// a sentence's opening word that is no item: "Third, the ports of A, B and C …"
const DISCOURSE = new RegExp(`${anyWord(`first firstly second secondly third thirdly fourth fifth finally meanwhile however
  moreover also besides in_addition overall at_sea on_land by_contrast in_particular`, "^").source}$`, "i");

// what comes before an item's name: "and", "along with", an article, and the quantity of it ("2,130 tonnes of dried
// chili peppers", "3.1 billion yuan of copper ore")
const QUANTITY = String.raw`(?:about\s+|some\s+|nearly\s+|over\s+|more\s+than\s+)?\d[\d,.]*\s*(?:(?:thousand|million|billion)\s+)?`
  + String.raw`(?:(?:metric\s+)?(?:tonnes|tons)|units|vehicles|cars|sets|pieces|head|kilograms|kg|cubic\s+metres|barrels|TEUs?|`
  + String.raw`yuan|(?:US\s+)?dollars)\s+(?:worth\s+)?of\s+`;
const ITEM_LEAD = new RegExp(String.raw`^\s*(?:(?:and|or|as\s+well\s+as|along\s+with)\s+)?(?:the\s+)?(?:${QUANTITY}(?:the\s+)?)?`, "i");
const WITH_EXAMPLES = /^\s*(?:(?:and|or)\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,3}\s+(?:such\s+as|like|including|especially)\s+[^,]+\s(?:and|or)\s+[^,]+$/i;
const COUNTED_ITEM = new RegExp(String.raw`^\s*(?:(?:and|or|as\s+well\s+as|along\s+with)\s+)?${QUANTITY}`, "i");

const wordCount = (s: string) => s.trim().split(/\s+/).filter(Boolean).length;

/** An item as named: without its article and what the sentence says of it after. */
function itemAt(text: string, from: number, to: number): EnumItem | undefined {
  const whole = text.slice(from, to);
  const lead = ITEM_LEAD.exec(whole)![0].length;
  let part = whole.slice(lead);
  const stop = ITEM_STOP.exec(part);
  if (stop && stop.index > 0) part = part.slice(0, stop.index);
  const name = part.replace(/[\s,.;]+$/, "");
  const notItem = [REST, ATTRIBUTE, NOT_ITEM_START, DISCOURSE, DONE, /^(?:and|or)$/i].some((re) => re.test(name));
  if (!name || notItem || wordCount(name) > MAX_ITEM_WORDS || !/[A-Za-z]/.test(name)) return undefined;
  const start = from + lead;
  return { name, start, end: start + name.length };
}

/** The clause of a sentence that holds position `at`: its start. */
function clauseStart(text: string, at: number): number {
  let start = 0;
  for (const m of text.matchAll(CLAUSE_START)) {
    if (m.index! + m[0].length > at) break;
    start = m.index! + m[0].length;
  }
  return start;
}

interface Opened { at: number; marker?: string }
// capitalised words that open a sentence before a name, never part of it ("Meanwhile Japan, Korea and …", "In March …")
const NO_NAME_WORD = new RegExp(String.raw`^(?:meanwhile|however|then|also|still|overall|besides|moreover|instead|`
  + String.raw`elsewhere|next|last|this|that|these|those|the|in|on|at|by|for|from|to|with|and|but|while|both|all|`
  + String.raw`january|february|march|april|may|june|july|august|september|october|november|december)$`, "i");
interface Part { start: number; end: number; text: string }
const OTHER_FLOW = new RegExp(String.raw`^\s*and\s+(?:imports|exports|imported|exported)${GOODS_NEXT}`, "i");

// "A and B from X, C from Y and D from Z": goods each with the place it came from; the places are no items, nor end the
// list (the last may name two: "… and salmon from Peru and Ecuador."; so may one before a comma: "timber from A and B,
// and …")
const PLACE = String.raw`[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}`;
const OWN_SOURCE = new RegExp(String.raw`(?<=[a-z])\s+from\s+(?:the\s+)?${PLACE}(?:\s+and\s+${PLACE}(?=\s*(?:[.;,]|$)))?`
  + String.raw`(?=\s*(?:,|;|\.|\s+and\b|$))`, "g");
/** The words of one item before its place: after the mark or comma before it, a few words ("herring and hake"). */
const ITEM_BEFORE = /(?:^|[,;:—–]|\s-)\s*(?:(?:and|or)\s+)?((?:(?!\s-\s)[^,;:—–])*)$/;
const MAX_GROUP_WORDS = 4;
/** The text with the places of goods that each name their own blanked out (offsets kept), when two or more do. */
function withoutOwnSources(text: string): string {
  const found = [...text.matchAll(OWN_SOURCE)].filter((m) => {
    const group = ITEM_BEFORE.exec(text.slice(0, m.index!))?.[1]?.trim() ?? "";
    // (its "and" no word of a name: "auto parts and milk powder from A and B" names two goods of two words each)
    return group !== "" && group.split(/\s+/).filter((w) => w !== "and").length <= MAX_GROUP_WORDS;
  });
  if (found.length < 2) return text;
  let out = text;
  for (const m of found) out = out.slice(0, m.index!) + " ".repeat(m[0].length) + out.slice(m.index! + m[0].length);
  // ("A and B from X, C from Y": the "and" of a group before the last joins items of the one list)
  for (const [k, m] of found.slice(0, -1).entries()) {
    const from = k > 0 ? found[k - 1]!.index! + found[k - 1]![0].length : Math.max(0, out.lastIndexOf(",", m.index!));
    const group = out.slice(from, m.index!);
    const and = /\s+and\s+(?=[^,]*$)/.exec(group);
    if (and) out = out.slice(0, from + and.index) + `,${" ".repeat(and[0].length - 1)}` + out.slice(from + and.index + and[0].length);
  }
  // ("…, and auto parts and milk powder from Y": the last group after a closing ", and" is two items, its own "and"
  // closing the list; not one "and" of a name, "mechanical and electrical products")
  const last = found.at(-1)!;
  const comma = out.lastIndexOf(",", last.index!);
  const lastGroup = /^(\s*)and\s+(?=\S.*?[a-z](?<!al|ic)\s+and\s+\S)/i.exec(out.slice(comma + 1, last.index!));
  // (two goods of two words or more each: "iron and steel", "fruit and vegetables" are one kind of goods)
  const sides = lastGroup ? out.slice(comma + 1 + lastGroup[0].length, last.index!).trim().split(/\s+and\s+/) : [];
  if (comma >= 0 && lastGroup && sides.length === 2 && sides.every((w) => w.split(/\s+/).length >= 2)) {
    const at = comma + 1 + lastGroup[1]!.length;
    out = out.slice(0, at) + " ".repeat(3) + out.slice(at + 3);
  }
  return out;
}

// ("… 30 billion yuan - the fastest pace in years - as steel and glass sales grew": dashes around an aside open no
// list; only a lone spaced dash does, "… up 3.1 percent - herring from Iceland, sardines from Morocco and …")
const SPACED_DASH = /(?<=\s)-(?=\s)/g;
const withoutPairedDashes = (text: string): string =>
  (text.match(SPACED_DASH)?.length ?? 0) >= 2 ? text.replace(SPACED_DASH, " ") : text;

// where goods went or came from: "exports to A, B and C", "coal from A, B and C" (not "beef from A, cherries from B …",
// whose every item has its own)
// ("delivered metro cars for A, B and C": the places goods were made for)
// ("piloted in A, B's C district and D": where, before a name, as "for" is)
const DIRECTION = /\b(to|from|for|in)\s+/gi;
const PROPER_NAME = /^[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*$/;

/**
 * Where the first item starts: after the last opener in the words before the first comma, else a short tail; either
 * way after a "to" or "from" that the list's other items (`rest`) do not repeat.
 */
function firstItemStart(text: string, clause: number, firstComma: number, longest: number, rest: string): Opened {
  const opened = openerStart(text, clause, firstComma, longest);
  const direction = directionIn(text.slice(opened.at, firstComma), rest);
  // ("including apples from X, potato starch and onions": after a strong opener, where the first of goods came from is
  // its own, when no other item is a name; "including exports to A, B and C" still lists places)
  const own = direction && direction.index! > 0 && opened.marker !== undefined && STRONG.test(opened.marker)
    && rest.split(/,|\b(?:and|or)\b/).map((x) => x.trim()).filter(Boolean).every((x) => /^[a-z]/.test(x));
  return direction && !own
    ? { at: opened.at + direction.index! + direction[0].length, marker: direction[1]!.toLowerCase() } : opened;
}

/**
 * The last "to" or "from" of a piece that the rest of its list does not repeat; or "for" before a name ("for Lisbon"),
 * never before goods ("equipment for mining").
 */
function directionIn(piece: string, rest: string): RegExpMatchArray | undefined {
  const directions = [...piece.matchAll(DIRECTION)]
    .filter((m) => !/^(?:for|in)$/i.test(m[1]!) || /^[A-Z]/.test(piece.slice(m.index! + m[0].length)))
    // ("in" only before a list of names: "piloted in A, B's C district and D", not "the part in A, the B part, …")
    .filter((m) => m[1]!.toLowerCase() !== "in" || rest.split(/,|\b(?:and|or)\b/).map((x) => x.trim()).filter(Boolean)
      .every((x) => /^[A-Z]/.test(x)));
  const repeated = (m: RegExpMatchArray) => new RegExp(String.raw`\b${m[1]}\b`, "i").test(rest);
  const direction = directions.at(-1);
  // ("services to Lagos in Nigeria, Santos in Brazil and …": an "in" every item repeats is each one's country, and the
  // "to" before it opens the list)
  const before = direction && repeated(direction) && /^in$/i.test(direction[1]!) ? directions.at(-2) : undefined;
  if (before && !repeated(before)
    && rest.split(/,|\band\b/).map((x) => x.trim()).filter(Boolean).every((x) => /\sin\s+[A-Z]/.test(x))) return before;
  return direction && !repeated(direction) ? direction : undefined;
}

function openerStart(text: string, clause: number, firstComma: number, longest: number): Opened {
  const before = text.slice(clause, firstComma);
  const markers = [...before.matchAll(MARKER)];
  const last = markers.at(-1);
  if (last && wordCount(before.slice(last.index! + last[0].length)) <= MAX_ITEM_WORDS) {
    return { at: clause + last.index! + last[0].length, marker: last[0].trim().toLowerCase().replace(/\s+/g, " ") };
  }
  // no opener: the first item is as long as the longest of the others, at most
  // (or a name of capitalised words: "Saudi Arabia, Russia and Iraq were …")
  const ws = [...before.matchAll(/\S+/g)];
  let n = Math.max(1, Math.min(longest, MAX_ITEM_WORDS));
  while (n < Math.min(ws.length, 4) && ws.slice(-n - 1).every((w) => /^[A-Z][a-z'’-]+$/.test(w[0])
    && !NO_NAME_WORD.test(w[0]))) n++;
  const take = ws.slice(-n);
  return { at: clause + (take[0]?.index ?? 0) };
}

// a sentence's enumerations, read once: each answer reads its evidence's sentences again (frozen: shared by callers)
const enumerationsKept = memoized((typed) => Object.freeze(enumerationsOf(typed).map((e) => Object.freeze({
  ...e, items: Object.freeze(e.items.map((i) => Object.freeze(i))) as EnumItem[] }))), 20_000);

/** The enumerations of a sentence, in reading order. */
export const findEnumerations = (typed: string): Enumeration[] => enumerationsKept(typed) as Enumeration[];

function enumerationsOf(typed: string): Enumeration[] {
  const text = withoutPairedDashes(withoutOwnSources(typed));
  const out: Enumeration[] = [];
  // comma parts of the whole sentence, with their offsets
  const parts: Part[] = [];
  // (never at a thousands comma: "26,400 tonnes of sesame")
  for (const m of text.matchAll(/(?:[^,;]|(?<=\d),(?=\d{3}\b))+|;/g)) parts.push({ start: m.index!, end: m.index! + m[0].length, text: m[0] });
  let i = 0;
  while (i < parts.length) {
    // a closing part: ", and C", or "B and C" where no later part closes with ", and"
    const close = closingAt(parts, i);
    if (!close) { i++; continue; }
    const list = listEndingAt(text, parts, i, close);
    // (a list that walks back over the items of one already read is none of its own)
    // (but one read before it that lies between its items is an aside of one of them, "building materials such as
    // cement and steel", and one that starts where it does is the same list closed too early, "A, B and other C, and
    // D": it replaces both)
    for (let k = out.length - 1; list && k >= 0; k--) if (enclosed(text, out[k]!, list)) out.splice(k, 1);
    if (list && !out.some((o) => list.start < o.end)) { out.push(list); i = close.next; } else i++;
  }
  // "agricultural products such as soybeans and rapeseed": two items after a strong opener, inside another list
  for (const m of text.matchAll(PAIR)) {
    const at = m.index! + m[0].length;
    if (out.some((e) => e.start === at)) continue;
    const and = /\s+(?:and|or)\s+/i.exec(text.slice(at));
    const firstItem = and ? itemAt(text, at, at + and.index) : undefined;
    const joined = and && firstItem && firstItem.end === at + and.index;
    // (the second item ends at a comma: "building materials such as cement and steel, motorcycles …")
    const comma = and ? text.indexOf(",", at + and.index) : -1;
    const second = joined ? itemAt(text, at + and.index, comma < 0 ? text.length : comma) : undefined;
    if (!firstItem || !second || /,/.test(text.slice(at, at + and!.index))) continue;
    const head = text.slice(clauseStart(text, at), at).trim();
    out.push({ head, marker: m[1]!.toLowerCase(), items: [firstItem, second], start: firstItem.start, end: second.end });
  }
  // ("new mutual markets at A and B": two names where things of a kind are)
  for (const m of text.matchAll(PLACED_PAIR)) {
    const at = m.index! + m[0].length;
    const pair = PROPER_PAIR.exec(text.slice(at));
    if (!pair || out.some((e) => e.start <= at && at < e.end)) continue;
    const items = [pair[1]!, pair[2]!].map((name) => {
      const start = at + pair[0].indexOf(name, name === pair[1] ? 0 : pair[1]!.length);
      return { name, start, end: start + name.length };
    });
    out.push({ head: text.slice(clauseStart(text, at), at).trim(), marker: m[1]!, items, start: items[0]!.start, end: items[1]!.end });
  }
  // "Most of the gas comes from A, with smaller amounts from B and C": A leads the list the sentence ends with
  for (const m of [...text.matchAll(LEADING_SOURCE), ...text.matchAll(LEADER_FOLLOWED)]) {
    const names = [m[1], m[2], m[3], m[4]].filter((x): x is string => x !== undefined);
    // ("Markets Russia remained the largest buyer …": a heading a lost line break ran into the sentence is no part of
    // the leader's name, which starts at the place it names)
    const inside = findEntities(names[0]!).find((e) => e.start > 0);
    if (inside) names[0] = names[0]!.slice(inside.start);
    let at = m.index!;
    const items = names.map((name) => {
      const start = text.indexOf(name, at);
      at = start + name.length;
      return { name, start, end: at };
    });
    if (out.some((e) => e.start < at && items[0]!.start < e.end)) continue;
    const head = text.slice(clauseStart(text, items[0]!.start), items[0]!.start).trim();
    out.push({ head, items, start: items[0]!.start, end: at });
  }
  // "A supplied 9 million tonnes, B 6 million tonnes and C 4 million tonnes, with the rest coming from D and E"
  const pairs = FIGURE_PAIRS.exec(text);
  if (pairs && !out.some((e) => e.start < pairs.index! + pairs[0].length && pairs.index! < e.end)) {
    const items = [...pairs[0].matchAll(PAIR_NAME)].map((m) => {
      const start = pairs.index! + m.index! + m[0].indexOf(m[1]!);
      return { name: m[1]!, start, end: start + m[1]!.length };
    });
    const head = text.slice(clauseStart(text, items[0]!.start), items[0]!.start).trim();
    if (items.length >= 3) out.push({ head, items, start: items[0]!.start, end: items.at(-1)!.end });
  }
  return out.sort((a, b) => a.start - b.start);
}

// a name and its figure, each of a list of suppliers or buyers: "Australia supplied 9.6 million tonnes", "India 6.3 million
// tonnes" (the names capitalised, the figures with a unit)
const PAIR_FIGURE = String.raw`\d[\d.,]*\s+(?:(?:million|billion|thousand)\s+)?(?:(?:US\s+)?dollars|yuan|tonnes|tons|barrels|units|percent)`;
const PAIR_NAMED = String.raw`(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}`;
const FIGURE_PAIRS = new RegExp(String.raw`(?<=^|[.;:]\s+)${PAIR_NAMED}\s+(?:supplied|provided|contributed|sent|took|bought)\s+`
  + String.raw`${PAIR_FIGURE}(?:,\s+${PAIR_NAMED}\s+${PAIR_FIGURE})*,?\s+and\s+${PAIR_NAMED}\s+${PAIR_FIGURE}`
  + String.raw`(?:,\s+with\s+the\s+(?:remainder|rest)\s+(?:coming\s+from|from|going\s+to|to)\s+${PAIR_NAMED}`
  + String.raw`(?:,\s+${PAIR_NAMED})*,?\s+and\s+${PAIR_NAMED})?`);
// each name of such a list: first, after a comma or "and", or after "coming from"
const PAIR_NAME = new RegExp(String.raw`(?:^|,\s+|\band\s+|\b(?:from|to)\s+)(?:the\s+)?([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})`, "g");

const SOURCE_NAME = String.raw`(?:the\s+)?([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})`;
const LEADING_SOURCE = new RegExp(String.raw`\bfrom\s+${SOURCE_NAME},\s+with\s+(?:smaller|lesser|some|other|the\s+remaining)\s+`
  + String.raw`(?:amounts?|volumes?|quantities|shares?|supplies)\s+(?:coming\s+)?from\s+${SOURCE_NAME}`
  + String.raw`(?:,\s+${SOURCE_NAME})?,?\s+and\s+${SOURCE_NAME}\b`, "g");
// "A was the largest supplier, shipping 9 tonnes, followed by B with 5 tonnes and C with 2 tonnes": the leader and those
// after it (what each shipped no item)
const WITH_FIGURE = String.raw`(?:\s+(?:with|at|on)\s+(?:(?!\.\s|\s+and\s)[^,;])*)?`;
const LEADER_FOLLOWED = new RegExp(String.raw`(?<=^|[.;:!?]\s+)${SOURCE_NAME}\s+(?:was|were|is|remained)\s+`
  + String.raw`(?:the|its|their|[A-Z][\w'’-]*['’]s?)\s+(?:single\s+)?(?:largest|biggest|main|top|leading|chief|principal|major)`
  + String.raw`\s+(?:[\w-]+\s+)?(?:sources?|suppliers?|destinations?|buyers?|markets?|partners?|customers?|origins?)\b`
  + String.raw`(?:(?!\.\s)[^;])*?,?\s+followed\s+by\s+${SOURCE_NAME}${WITH_FIGURE}`
  + String.raw`(?:,\s+${SOURCE_NAME}${WITH_FIGURE})?(?:,?\s+and\s+${SOURCE_NAME})?`, "g");

/** Does list `a` lie inside list `b`: between its items, or as its first items up to "and other …"? */
const enclosed = (text: string, a: Enumeration, b: Enumeration) => a.start >= b.start && a.end <= b.end && a !== b
  && (a.start === b.start ? /^\s+and\s+other\b/i.test(text.slice(a.end)) : !b.items.some((i) => i.start < a.end && a.start < i.end));

// ("imported frozen fish, mostly pollock and cod caught by …": two items after "mostly" are the bulk of what was named)
const PAIR = /\b(such\s+as|including|namely|mainly|mostly|chiefly|largely)\s+/gi;
const PLACED_PAIR = /(?<=\b[a-z]{3,}s\s)(at|in)\s+/g;
const PROPER_PAIR = /^([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s+and\s+([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\b/;

/** Does part `i` close a list, and where does its last item start? */
function closingAt(parts: Part[], i: number): { lastFrom: number; prevTo: number; next: number } | undefined {
  const p = parts[i]!;
  // (", and imports D and E" opens a list of its own: it closes none)
  if (OTHER_FLOW.test(p.text)) return undefined;
  const oxford = /^\s*(?:and|or|as well as)\s+/i.exec(p.text);
  if (oxford && i > 0) return { lastFrom: p.start, prevTo: p.start, next: i + 1 };
  const inner = /\s+(?:and|or)\s+/i.exec(p.text);
  if (!inner) return undefined;
  // "the Trade and Logistics Park area" inside a list that closes later with ", and …" is one name
  // (names close a list of names: "…, Central Asia and Africa, develop …, and expand imports" closes at "and Africa")
  const laterClose = parts.slice(i + 1, i + 3)
    .some((q) => /^\s*(?:and|or)\s+(?:the\s+)?[A-Z]/.test(q.text) && itemAt(q.text, 0, q.text.length));
  const name = /[A-Z][\w'’-]*$/.test(p.text.slice(0, inner.index))
    && /^[A-Z]/.test(p.text.slice(inner.index + inner[0].length));
  if (laterClose && name) return undefined;
  // ("A and B, C, D and E, and F and G.": a list closed by ", and …" at its end has items of two joined by "and", when
  // two of its parts join two so; never names, "A, Central Asia and Africa, and build more …")
  const closer = parts.slice(i + 1, i + 4).findIndex((q) => {
    const body = q.text.replace(/[\s.]+$/, "");
    const item = /^\s*(?:and|or)\s+/i.test(q.text) ? itemAt(body, 0, body.length) : undefined;
    return item !== undefined && item.end === body.length;
  });
  const joined = closer < 0 ? []
    : parts.slice(Math.max(0, i - 4), i + 1 + closer).filter((q) => /\S\s+and\s+\S/i.test(q.text));
  const run = parts.slice(i, i + 2 + closer).map((q) => q.text).join("").replace(/[\s.]+$/, "");
  if (closer >= 0 && !name && joined.length >= 2 && !/[;.]/.test(run)) return undefined;
  return { lastFrom: p.start + inner.index, prevTo: p.start + inner.index, next: i + 1 };
}

interface Walked { middle: EnumItem[]; first?: { at: number; marker?: string } }

/**
 * The items before a list's last one, walking back over comma parts to the word that opened the list. A relative
 * clause between items ("…, which includes the port, and …") is skipped, unless it is what opens the list
 * ("…, which groups the ports of A, B and C"): it does when no stronger opener is found before it.
 */
function walkBack(text: string, pieces: Array<[number, number]>, clause: number, end: number, last?: EnumItem,
): Walked | undefined {
  const middle: EnumItem[] = [];
  let fallback: Walked | undefined;
  for (const [from, to] of pieces) {
    if (to <= clause || text.slice(from, to) === ";") break;
    const piece = text.slice(Math.max(from, clause), to);
    // (", along with 4,860 tonnes of coffee beans": an item with its quantity, whose "of" opens nothing; ", building
    // materials such as cement and steel,": an item with its examples, a list closed inside the piece)
    const counted = from > clause && (COUNTED_ITEM.test(piece) || (middle.length > 0 && WITH_EXAMPLES.test(piece)));
    const opener = counted ? undefined : [...piece.matchAll(MARKER)].at(-1) ?? directionIn(piece, text.slice(to, end));
    const sizes = [...middle, ...(last ? [last] : [])].map((m) => wordCount(m.name));
    const longest = Math.max(1, ...sizes);
    if (!counted && ATTRIBUTE.test(piece.trim())) {
      if (opener && !fallback) {
        const first = firstItemStart(text, Math.max(from, clause), to, longest, text.slice(to, end));
        const item = itemAt(text, first.at, to);
        if (item) fallback = { middle: [item, ...middle], first };
      }
      continue;
    }
    const whole = itemAt(text, from, to);
    // a part too long to be one more item, or one with an opener, holds the first item at its end
    // (what an item is for is no part of its length: "diesel engines for farm use" is two words long)
    // (nor is a proper name of capitalised words too long: "Ho Chi Minh City" among one-word cities)
    const tooLong = whole !== undefined && sizes.length > 0 && wordCount(whole.name.replace(USE_AFTER, "")) > longest + 2
      && !PROPER_NAME.test(whole.name);
    if (opener || from <= clause || !whole || (tooLong && !fallback)) {
      const first = firstItemStart(text, Math.max(from, clause), to, longest, text.slice(to, end));
      const item = itemAt(text, first.at, to);
      const found: Walked = { middle: item ? [item, ...middle] : [...middle], first };
      const strong = first.marker !== undefined && STRONG.test(first.marker);
      return fallback && !strong ? fallback : found;
    }
    middle.unshift(whole);
  }
  return fallback ?? (middle.length ? { middle } : undefined);
}

function listEndingAt(
  text: string, parts: Part[], i: number, close: { lastFrom: number; prevTo: number },
): Enumeration | undefined {
  const p = parts[i]!;
  // "A, B and other such areas": the list is A and B
  const restLast = REST.test(text.slice(close.lastFrom, p.end).replace(/^\s*(?:and|or)\s+/i, ""));
  const last = restLast ? undefined : itemAt(text, close.lastFrom, p.end);
  if (!last && !restLast) return undefined;
  // the items before: the part's words before "and", then earlier comma parts back to the opener
  const pieces: Array<[number, number]> = [];
  if (close.prevTo > p.start) pieces.push([p.start, close.prevTo]);
  for (let j = i - 1; j >= 0; j--) pieces.push([parts[j]!.start, parts[j]!.end]);
  const clause = clauseStart(text, close.lastFrom);
  const walked = walkBack(text, pieces, clause, p.end, last);
  if (!walked) return undefined;
  const { middle, first } = walked;
  const items = last ? [...middle, last] : middle;
  // "billion, trade and trade": the same word twice is no list
  if (new Set(items.map((x) => x.name.toLowerCase())).size < items.length) return undefined;
  const strong = first?.marker !== undefined && STRONG.test(first.marker);
  // (two named items and "other …" are a list: "through A, B and other such zones")
  if (items.length < 2 || (items.length + (restLast ? 1 : 0) < 3 && !strong)) return undefined;
  const start = items[0]!.start;
  return {
    head: text.slice(clause, start).trim(), ...(first?.marker && { marker: first.marker }),
    items, start, end: items.at(-1)!.end,
  };
}

/** A line of text with its offset: a table row as the loaders render it ("Vietnam | 198.62 | 35.4 |"). */
export interface Line { text: string; start: number }

// a row a table breaks out of the row above it: "of which: Vietnam | …", "including: Thailand | …"
const SUB_ROW = /^\s*(?:of\s+which|including|incl\.|among\s+(?:them|which))\s*[:：]?\s*/i;
const rowLabel = (text: string) =>
  (/ \| /.test(text) ? text.trim().replace(/^\|\s*/, "").split(/\s+\|/)[0]!.trim() : undefined);

/**
 * The rows a table breaks out of another ("ASEAN | 281.6 | …" then "of which: Vietnam | …", "of which: Laos | …"):
 * one enumeration for each such run, headed by the row they are of. `rows` are consecutive lines of one table, in order.
 */
export function subRowEnumerations(rows: Line[]): Array<Enumeration & { parent: Line; rows: Line[] }> {
  const out: Array<Enumeration & { parent: Line; rows: Line[] }> = [];
  for (let i = 1; i < rows.length; i++) {
    const parent = rows[i - 1]!;
    const parentLabel = rowLabel(parent.text);
    if (!parentLabel || SUB_ROW.test(parentLabel)) continue;
    const run: Line[] = [];
    for (let j = i; j < rows.length && SUB_ROW.test(rowLabel(rows[j]!.text) ?? ""); j++) run.push(rows[j]!);
    if (run.length < 2) continue;
    const items = run.map((r) => {
      const lead = r.text.indexOf(rowLabel(r.text)!) + SUB_ROW.exec(rowLabel(r.text)!)![0].length;
      const name = rowLabel(r.text)!.replace(SUB_ROW, "");
      return { name, start: r.start + lead, end: r.start + lead + name.length };
    });
    const head = `${parentLabel}, of which`;
    out.push({ head, marker: "of which", items, start: items[0]!.start, end: items.at(-1)!.end, parent, rows: run });
    i += run.length;
  }
  return out;
}

// a header cell that names what the rows are ("Product group", "Partner"), and the rows that are no item of it
const TOTAL_ROW = /^(?:total|of which|including|incl\.|among (?:them|which))\b/i;
const SEPARATOR = /^\|?\s*:?-{3,}/;
/** How far apart two lines of one table may start: a line and the "|---|" rule under a header. */
const ROW_GAP = 40;

/**
 * The rows of a table as the items its header's first cell names ("| Product group | … |" over "| Mechanical and electrical
 * products | …", "| Agricultural products | …"): one enumeration headed by that cell, each item a row's first cell less an
 * aside in brackets. `rows` are lines of one article, in order.
 */
export function columnEnumerations(rows: Line[]): Array<Enumeration & { parent: Line; rows: Line[] }> {
  const out: Array<Enumeration & { parent: Line; rows: Line[] }> = [];
  for (let i = 0; i < rows.length; i++) {
    const header = rows[i]!;
    const label = rowLabel(header.text);
    if (!label || /\d/.test(label) || SEPARATOR.test(header.text.trim())) continue;
    const run: Line[] = [];
    let end = header.start + header.text.length;
    for (const r of rows.slice(i + 1)) {
      if (r.start - end > ROW_GAP) break;
      end = r.start + r.text.length;
      const name = rowLabel(r.text);
      if (SEPARATOR.test(r.text.trim()) || !name || TOTAL_ROW.test(name)) continue;
      // (a header row again: another table starts)
      if (!/\d/.test(r.text)) break;
      run.push(r);
    }
    if (run.length < 2) continue;
    const items = run.map((r) => {
      const name = rowLabel(r.text)!.replace(/\s*\([^)]*\)\s*$/, "");
      const at = r.start + r.text.indexOf(name);
      return { name, start: at, end: at + name.length };
    });
    out.push({ head: label, items, start: items[0]!.start, end: items.at(-1)!.end, parent: header, rows: run });
    i += run.length;
  }
  return out;
}
