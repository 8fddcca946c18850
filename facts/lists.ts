import { findEntities } from "../text/entities.js";
import { findNamedLists, type NamedList } from "../text/lists.js";
import { findPeriods } from "../text/periods.js";
import { findSubjects } from "../text/subjects.js";

/**
 * List shapes text/lists.ts does not read, read here for the index:
 * - a ranked list whose figures follow it: "its three leading export categories were A, B and C, worth 3, 2 and 1
 *   billion yuan respectively";
 * - a first item and the rest "followed by": "A was the province's largest trading partner, followed by B and C";
 * - items that share one statement: "Trade with A, B and C more than doubled", "Trade in A, B and C was on the rise",
 *   "combined exports of A, B and C rose 11.6 percent to 39.06 billion yuan".
 */

export interface Item { name: string; start: number; end: number }

const COUNT_NAMES = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];
// a name a list item may have: words, no figure ("the Association of Southeast Asian Nations (ASEAN)" is one)
const ITEM_NAME = /^[A-Za-z"“][\w'’.&" ”()-]{0,60}$/;
// where a list's figures start after it: its items end before them
const FIGURES_AFTER = /,\s+(?:worth|valued\s+at|with\s+(?:values?|exports|imports|trade)\s+of)\b/i;

/** The items of a run of names ("A, B and C"), offsets into the text the run starts at `offset` of. */
function splitNames(run: string, offset: number): Item[] | undefined {
  const out: Item[] = [];
  for (const m of run.matchAll(/[^,]+/g)) {
    for (const part of m[0].split(/\s+(?:and|as\s+well\s+as)\s+/)) {
      const name = part.replace(/^\s*(?:and\s+)?(?:the\s+)?/i, "").replace(/\s*\([^)]*\)\s*$/, "").trim();
      if (!name) continue;
      if (!ITEM_NAME.test(name) || /\d/.test(name) || name.split(/\s+/).length > 7) return undefined;
      const start = offset + m.index! + m[0].indexOf(name);
      out.push({ name, start, end: start + name.length });
    }
  }
  return out.length >= 2 ? out : undefined;
}

/** Ranked lists a sentence names, those whose figures follow the items included. */
export function rankedLists(text: string): NamedList[] {
  const found = findNamedLists(text);
  const cut = FIGURES_AFTER.exec(text);
  // (the text up to the figures reads the same list without them; the offsets are the same)
  const more = cut ? findNamedLists(text.slice(0, cut.index))
    .filter((l) => !found.some((f) => f.items[0]?.start === l.items[0]?.start)) : [];
  return [...found, ...more].map((l) => joinedToCount(l, text));
}

/**
 * "three categories: mechanical and electrical products, …": a list of more items than it says it has was split
 * at the "and" inside a name; a one-word item joined by "and" to the next is one name with it.
 */
function joinedToCount(list: NamedList, text: string): NamedList {
  const items = [...list.items];
  for (let i = 0; list.count && items.length > list.count && i < items.length - 1; i++) {
    const [a, b] = [items[i]!, items[i + 1]!];
    if (/\s/.test(a.name) || !/^\s+and\s+$/.test(text.slice(a.end, b.start))) continue;
    items.splice(i, 2, { name: text.slice(a.start, b.end), start: a.start, end: b.end });
  }
  return items.length === list.items.length ? list : { ...list, items };
}

// "the largest trading partner", "its biggest export market", "Hebei's top source of imports"
const FIRST_OF = new RegExp(String.raw`(?:(?<owner>[Ii]ts|[Tt]he\s+(?:province|city|region|country)['’]s|`
  + String.raw`(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*['’]s)\s+)?(?:the\s+)?(?<rank>largest|biggest|top|leading|main|major|No\.\s*1)\s+`
  // ("its largest single buyer", "our largest African trading partner": a word that narrows the kind between)
  + String.raw`(?:(?:single|overseas|foreign|[A-Z][a-z]+)\s+)?`
  + String.raw`(?<head>(?:trading|trade)\s+partner|export\s+(?:market|destination)|market|source\s+of\s+imports|import\s+source|`
  + String.raw`buyer|customer|supplier)\b`, "g");
// (the first one's figure may stand between: "A remained the largest buyer at 6.8 billion yuan, followed by B")
const FOLLOWED = /^(?:[^.;]|(?<=\d)\.(?=\d))*?,?\s+followed\s+by\s+/i;
// what stands between the first item and the phrase: "A was …", "A remained …"
const IS_BEFORE = /\b(?:was|is|remained|remains|became|stayed)\s+(?:still\s+)?(?:the\s+|our\s+)?$/i;
const IS_AFTER = /^\s+(?:was|is|remained|remains)\s+(?:still\s+)?/i;
const LIST_END =
  /[.;]|,\s+(?:which|with|accounting|while|and\s+(?:its|the|trade|exports|imports))\b|\s+(?:with|accounting|respectively)\b/i;

/** "A was X's largest trading partner, followed by B and C": one list, the first item and the rest in order. */
export function followedByLists(text: string): NamedList[] {
  const out: NamedList[] = [];
  for (const m of text.matchAll(FIRST_OF)) {
    const end = m.index! + m[0].length;
    const before = text.slice(0, m.index!);
    const is = IS_BEFORE.exec(before);
    let first: Item[] | undefined;
    let tail = end;
    if (is) {
      // the first item is the subject before the verb (after any opening phrase: "Last year, …")
      // (or after a speaker's name in a transcript: "Chen: A is our largest partner, …")
      const from = Math.max(before.lastIndexOf(",", is.index) + 1, before.lastIndexOf(".", is.index) + 1,
        before.lastIndexOf(":", is.index) + 1);
      const name = before.slice(from, is.index);
      first = splitNames(`${name}, x`, from)?.slice(0, 1);
    } else {
      const after = IS_AFTER.exec(text.slice(end));
      const rest = after ? text.slice(end + after[0].length) : "";
      const stop = /,/.exec(rest);
      if (after && stop) {
        first = splitNames(`${rest.slice(0, stop.index)}, x`, end + after[0].length)?.slice(0, 1);
        tail = end + after[0].length + stop.index;
      }
    }
    const followed = FOLLOWED.exec(text.slice(tail));
    if (!first?.length || !followed) continue;
    const from = tail + followed[0].length;
    const rest = text.slice(from);
    const stop = LIST_END.exec(rest);
    // ("followed by B with 8.7 million tonnes and C with 7.2 million tonnes": names go on past a figure, so the run
    // before it is not the whole list)
    const clause = stop ? rest.slice(stop.index, (/[.;](?!\d)/.exec(rest.slice(stop.index))?.index ?? rest.length)
      + stop.index) : "";
    if (/^\s+(?:with|at)\b/i.test(clause) && /\band\s+(?:the\s+)?[A-Z]/.test(clause)) continue;
    const others = splitNames(`x, ${rest.slice(0, stop ? stop.index : rest.length)}`, from - 3)?.slice(1);
    if (!others?.length) continue;
    const items = [...first, ...others];
    const head = m.groups!["head"]!.replace(/\s+/g, " ");
    const what = `${COUNT_NAMES[items.length] ?? items.length} ${m.groups!["rank"]!.toLowerCase()} ${head}s`;
    const owner = m.groups!["owner"];
    out.push({ kind: "partners", what, count: items.length, items, ...(owner && { owner }) });
  }
  return out;
}

// "Clothing was the biggest export item, worth 5.47 billion dollars, …, followed by A at 4.02 billion dollars, … and B at
// 2.71 billion dollars": goods in order of value, each with its figure
const FIRST_GOODS = new RegExp(String.raw`^\s*(?<first>[A-Za-z][\w'’ -]{0,60}?)\s+(?:was|were|remained|became)\s+`
  + String.raw`(?:(?:by\s+far|again|still)\s+)?(?:the\s+)?(?<rank>biggest|largest|main|leading|top)\s+(?<flow>export|import)\s+`
  + String.raw`(?<head>item|product|commodity|category)\b`, "i");
// (", with steel at …": the "with" is no part of the name)
const GOODS_AT = new RegExp(String.raw`(?:followed\s+by|,(?:\s+(?:and|with))?|\s+and)\s+`
  + String.raw`(?:the\s+)?([A-Za-z][\w'’ -]{0,60}?)\s+`
  + String.raw`(?:at|with|worth)\s+(?:US\$|\$|RMB\s*)?\d`, "gi");

/** "A was the biggest export item, worth …, followed by B at … and C at …": the goods, first to last. */
export function followedGoodsLists(text: string): NamedList[] {
  const m = FIRST_GOODS.exec(text);
  const followed = m ? /\bfollowed\s+by\s/i.exec(text.slice(m[0].length)) : null;
  if (!m || !followed) return [];
  // (one item, "and" and all: "Clothing and accessories were the biggest export item")
  const name = m.groups!["first"]!.replace(/^(?:the\s+)/i, "");
  const at = m.index + m[0].indexOf(name);
  const first = ITEM_NAME.test(name) && !/^(?:it|they|this|these|exports?|imports?)$/i.test(name)
    && name.split(/\s+/).length <= 7
    ? [{ name, start: at, end: at + name.length }] : undefined;
  const from = m[0].length + followed.index;
  // (to the sentence's end: a full stop is no decimal point)
  const tail = text.slice(from).split(/;|\.(?!\d)/)[0]!;
  const found = [...tail.matchAll(GOODS_AT)];
  // (the first goods right after "followed by")
  if (!first?.length || found[0]?.index !== 0) return [];
  const others = found.map((g) => {
    const start = from + g.index! + g[0].lastIndexOf(g[1]!, g[0].length - 4);
    return { name: g[1]!, start, end: start + g[1]!.length };
  });
  if (others.some((o) => !ITEM_NAME.test(o.name) || /\d/.test(o.name) || o.name.split(/\s+/).length > 7)) return [];
  const items = [...first, ...others];
  const flow = m.groups!["flow"]!.toLowerCase();
  const kind = flow === "export" ? "exports" : "imports";
  const what = `${COUNT_NAMES[items.length] ?? items.length} ${m.groups!["rank"]!.toLowerCase()} ${flow} items`;
  return [{ kind, what, count: items.length, items }];
}

/** Items that share one statement: whose flow they are of, and what is said of them all. */
export interface SharedList {
  /** "trade", "exports" or "imports": the flow the items are of. */
  flow: "trade" | "exports" | "imports";
  /** Are the items places (partners), not goods? */
  places: boolean;
  /** What is said of them, with the flow: "trade more than doubled", "combined exports rose 11.6 percent to …". */
  statement: string;
  items: Item[];
}

// "Trade with A, B and C", "Exports to A and B", "Trade in A, B and C", "combined exports of A, B and C"
const FLOW_OF = /\b(?<combined>combined\s+|joint\s+)?(?<flow>trade|exports?|imports?)\s+(?:with|in|of|to|from)\s+/gi;
// the verb after the items: where the list ends and the statement begins
const VERB = new RegExp(String.raw`\s+(?:(?:all\s+|each\s+|also\s+)?(?:more\s+than\s+)?(?:doubled|tripled|quadrupled)|`
  + String.raw`(?:all\s+|each\s+|also\s+)?(?:was|were|rose|grew|increased|climbed|surged|jumped|soared|fell|dropped|declined|`
  + String.raw`decreased|slumped|plunged|shrank|expanded|saw|posted|recorded|registered|reached|totaled|totalled|hit|`
  + String.raw`maintained|kept|remained))\b`, "i");
const MARKER = /\b(?:including|such\s+as|namely|like)\s+/gi;
// words no name of a partner or a good has: a clause the run went on into ("…, customs said, while trade with …")
const CLAUSE_WORD = /\b(?:said|says|while|which|whose|that|customs|in|by|from|as|was|were|is|are)\b/i;
// where the statement ends: the clause's end
const STATEMENT_END = /\.(?!\d)|;|,\s+(?:and|while|but|whereas)\s+|,\s+(?:which|accounting)\b/i;

/** The items, each run of them inside one of the `known` spans (offsets into `text`) joined into one. */
function joinedKnown(items: Item[], known: Array<{ start: number; end: number }>, text: string): Item[] {
  const out: Item[] = [];
  for (const item of items) {
    const last = out.at(-1);
    if (last && known.some((k) => k.start <= last.start && item.end <= k.end)) {
      out[out.length - 1] = { name: text.slice(last.start, item.end), start: last.start, end: item.end };
    } else out.push(item);
  }
  return out;
}

/** "Trade with A, B and C more than doubled": each list whose items share the statement that follows them. */
export function sharedLists(text: string): SharedList[] {
  const out: SharedList[] = [];
  for (const m of text.matchAll(FLOW_OF)) {
    const from = m.index! + m[0].length;
    const rest = text.slice(from);
    const verb = VERB.exec(rest);
    if (!verb) continue;
    // ("trade with emerging markets including A, B and C grew": the items are those the marker opens)
    const marker = [...rest.slice(0, verb.index).matchAll(MARKER)].at(-1);
    const at = marker ? marker.index + marker[0].length : 0;
    const run = rest.slice(at, verb.index);
    if (/[.;:]/.test(run) || CLAUSE_WORD.test(rest.slice(0, marker?.index ?? 0))) continue;
    // ("exports of mechanical and electrical products, textiles and toys": a name with an "and" that the subject list
    // knows whole is one item; "exports of mechanical and electrical products were on the rise" is one name, no list)
    const known = findSubjects(run).map((x) => ({ start: from + at + x.start, end: from + at + x.end }));
    const split = splitNames(run, from + at);
    const items = split && joinedKnown(split, known, text);
    if (!items || items.length < 2 || items.some((i) => CLAUSE_WORD.test(i.name))) continue;
    const isPlace = (i: Item) => findEntities(i.name).some((e) => e.start === 0 && e.end === i.name.length);
    // (a list without a comma is one of places, "trade with Laos and Myanmar")
    if (!run.includes(",") && !items.every(isPlace)) continue;
    const clause = rest.slice(verb.index);
    const end = STATEMENT_END.exec(clause);
    const statement = clause.slice(0, end ? end.index : clause.length).trim();
    const combined = m.groups!["combined"] !== undefined;
    // (a statement with its own figures is a figure of each item, read elsewhere; only a combined one is the list's;
    // a year, "more than doubled from 2019", is no figure)
    if (!statement || (/\d/.test(statement.replace(/\b(?:19|20)\d\d\b/g, "")) && !combined)) continue;
    const flowWord = m.groups!["flow"]!.toLowerCase();
    const flow = flowWord.startsWith("export") ? "exports" : flowWord.startsWith("import") ? "imports" : "trade";
    const places = items.every(isPlace);
    out.push({ flow, places, statement: `${combined ? "combined " : ""}${flow} ${statement}`, items });
  }
  return out;
}

// "--- Slide 3: Imports ---": a slide's marker with its title, as a text copy of a slide deck has it
export const SLIDE_MARKER = /^\s*-{2,}\s*Slide\s+\d+\b(?:\s*:\s*(?<title>[^\n]*?))?\s*-{2,}\s*$/i;
// "Imports", "Main export products": a heading (or a slide's title) that names one flow's goods and nothing else
const FLOW_TITLE =
  /^\s*(?:(?:main|major|key|top|leading|principal)\s+)?(?<flow>export|import)s?(?:\s+(?:products|goods|commodities|items))?\s*$/i;
// "- Iron ore: 78.32 million tonnes, +4.6%": a bullet that opens with a name and a colon
const NAMED_BULLET = /^[-•*]\s+(?<name>[A-Za-z][^:\n]{0,60}?)\s*:/;
// (an indented bullet is a detail of the one above: "  - value 62.47 billion yuan")
const DETAIL_BULLET = /^\s+[-•*]\s/;
// the words after a name that say how the goods came or what they include: "LNG via the X terminal", "Ceramics (incl. …)"
const NAME_TAIL = /\s*(?:\(.*|\s(?:via|through|at|from|to|incl\.|including)\s.*)$/i;
// bullets that name no goods: the whole, a remainder, a measure
const NO_GOODS = /^(?:total|of\s+which|others?|the\s+rest|value|volume|share|growth|up|down)\b/i;

/** The one flow a heading line names ("Imports", "## Main export products", "--- Slide 3: Exports ---"), if any. */
export function headingFlow(line: string): "exports" | "imports" | undefined {
  const title = SLIDE_MARKER.exec(line)?.groups?.["title"] ?? line.replace(/^\s*#{1,6}\s+/, "");
  const flow = FLOW_TITLE.exec(title)?.groups?.["flow"]?.toLowerCase();
  return flow ? (flow === "export" ? "exports" : "imports") : undefined;
}

/** The line of a text that starts at `at`. */
const lineFrom = (text: string, at: number): [string, number] => {
  const end = text.indexOf("\n", at);
  return [text.slice(at, end < 0 ? text.length : end), end < 0 ? text.length : end];
};

/**
 * "Imports" (or "--- Slide 3: Imports ---") over "- Iron ore: …", "- Coal: …", "- LNG via X terminal: …": the goods
 * of that flow the bullets under the heading name, each before its colon, in their order (offsets into `text`; the
 * heading's line starts at `lineStart`).
 */
export function headedGoodsList(text: string, lineStart: number): { kind: "exports" | "imports"; items: Item[] } | undefined {
  const [line, lineEnd] = lineFrom(text, lineStart);
  // (a Markdown heading's marks are kept: "## Imports" opens no list here)
  const flow = /^\s*#/.test(line) ? undefined : headingFlow(line);
  if (!flow) return undefined;
  const items: Item[] = [];
  for (let at = lineEnd + 1; at < text.length;) {
    const [l, end] = lineFrom(text, at);
    const bullet = NAMED_BULLET.exec(l);
    // (blank lines before the bullets; one after them ends the list, and so does a line that is no bullet)
    if (!l.trim() ? items.length : !bullet && !DETAIL_BULLET.test(l) && !/^[-•*]\s/.test(l)) break;
    const name = bullet?.groups?.["name"]!.replace(NAME_TAIL, "").trim();
    // (nor periods, "- First half: …", "- December: …", nor modes or firms, "- Processing trade: …")
    if (name && ITEM_NAME.test(name) && !/\d/.test(name) && !NO_GOODS.test(name) && !findEntities(name).length
      && !findPeriods(name).length && !findSubjects(name).some((x) => x.kind !== "product")) {
      const start = at + l.indexOf(name);
      // ("Iron ore" → "iron ore"; "LNG" stays)
      const written = /^[A-Z][a-z]/.test(name) ? name.charAt(0).toLowerCase() + name.slice(1) : name;
      items.push({ name: written, start, end: start + name.length });
    }
    at = end + 1;
  }
  return items.length >= 2 ? { kind: flow, items } : undefined;
}
