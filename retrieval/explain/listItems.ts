import type { CorpusDocument } from "../../corpus/types.js";
import type { EvidenceSentence } from "../evidence.js";
import { splitSentences, type Span } from "../../corpus/sentences.js";
import { stem } from "../figures/select.js";
import type { ExplainKind, ExplainPart } from "./asks.js";

/**
 * Numbered measures: a policy document lists its measures as items headed by what each is about
 * ("4. Increase financial support. Set aside a fund of …; reward firms …"). A part that asks for what
 * the heading names ("what financial support does the document offer?") is answered by that item whole.
 */

/** A numbered item: its heading (the short first sentence) and the sentences after it in its paragraph. */
export interface ListItem { docId: string; heading: Span; body: Span[] }

// "4. Increase financial support.", "(4) …", "IV. …": a paragraph that opens with its number
const NUMBERED = /^\s*(?:\(?\d{1,2}[.)、]|\(\d{1,2}\)|[IVX]{1,4}\.)\s+/;
/** The most words a heading has: longer, the first sentence is a measure itself, not what the item is about. */
const HEADING_WORDS = 10;
/** The most sentences of an item's body quoted. */
const MAX_BODY = 4;
/** The kinds a measure answers: what was or will be done, and what it is for. */
const KINDS = new Set<ExplainKind>(["action", "plan"]);

// words that name no measure in particular: every measure of a document "supports" foreign trade
const GENERIC = new Set(("the a an of and or in on to for at by with from as its their this that these those what which who how " +
  "does did do is are was were will would has have had offer offers offered provide provides provided give gives given grant " +
  "promise document doc documents measure measures policy policies plan notice circular foreign trade import export imports exports " +
  "province provincial region regional city government").split(" ").map(stem));

const stems = (text: string, skip: Set<string>) => new Set((text.toLowerCase().match(/[a-z][a-z'-]+/g) ?? [])
  .map((w) => stem(w.replace(/'s$/, ""))).filter((w) => w.length > 2 && !GENERIC.has(w) && !skip.has(w)));

const itemsOf = new WeakMap<CorpusDocument, ListItem[]>();

/** The numbered items of an article whose first sentence is a short heading. */
export function listItems(doc: CorpusDocument): ListItem[] {
  let items = itemsOf.get(doc);
  if (items) return items;
  items = [];
  let at = 0;
  for (const line of doc.text.split("\n")) {
    const m = NUMBERED.exec(line);
    if (m) {
      const [heading, ...body] = splitSentences(line.slice(m[0].length), at + m[0].length).filter((s) => s.text.trim());
      if (heading && body.length && heading.text.split(/\s+/).length <= HEADING_WORDS) {
        items.push({ docId: doc.id, heading, body: body.slice(0, MAX_BODY) });
      }
    }
    at += line.length + 1;
  }
  itemsOf.set(doc, items);
  return items;
}

/**
 * The item of the best article (of those given, best first) whose heading says what the part asks for: at least two
 * of the part's own words, and most of the heading's ("financial support" of "Increase financial support").
 */
export function askedItem(part: ExplainPart, docs: CorpusDocument[], skip: Set<string>): ListItem | undefined {
  if (!KINDS.has(part.kind)) return undefined;
  const want = stems(part.text, skip);
  for (const doc of docs) {
    let best: { item: ListItem; shared: number } | undefined;
    for (const item of listItems(doc)) {
      const have = stems(item.heading.text, skip);
      const shared = [...have].filter((w) => want.has(w)).length;
      if (shared < 2 || shared * 2 < have.size) continue;
      if (!best || shared > best.shared) best = { item, shared };
    }
    if (best) return best.item;
  }
  return undefined;
}

/** An item as one span to quote, its heading with its body. */
export function itemEvidence(item: ListItem, docRank: number): EvidenceSentence[] {
  const end = item.body.at(-1)!.end;
  const text = [item.heading, ...item.body].map((s) => s.text).join(" ");
  return [{ start: item.heading.start, end, text, docId: item.docId, docRank, numbers: [], periods: [], coverage: 1, overlap: 0, uncovered: [] }];
}
