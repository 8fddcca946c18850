import type { SearchIndex } from "../../index/searchIndex.js";
import type { SearchHit } from "../hybrid.js";

/**
 * The articles an explanation is looked for in: the retrieved ones, with the article the question's
 * own words find by themselves ranked among the first. "what did tan xuliang say about private
 * enterprises?" is pulled by "private enterprises" towards every article about them; the name alone
 * finds the one that quotes him.
 */

const positions = new WeakMap<number[], Map<number, number>>();

/** The passage at a search label. */
function passageAt(index: SearchIndex<unknown>, label: number) {
  const labels = index.labels;
  if (!labels) return index.passages[label];
  let map = positions.get(labels);
  if (!map) { map = new Map(labels.map((l, i) => [l, i])); positions.set(labels, map); }
  const at = map.get(label);
  return at === undefined ? undefined : index.passages[at];
}

/** How many of the retrieved articles keep their place before the one the question's own words find. */
const KEEP = 2;

/**
 * The hits with the best passage for the question's own words (its content words, not its asking
 * words) put after the first `KEEP` retrieved articles, when it is of another article.
 */
export function withOwnWords(hits: SearchHit[], index: SearchIndex<unknown>, ownWords: string[]): SearchHit[] {
  const tokens = [...new Set(index.lexical.tokens(ownWords.join(" ")))];
  if (!tokens.length) return hits;
  const best = index.lexical.search(tokens.join(" "), 1)[0];
  const p = best && passageAt(index, best.label);
  // a passage that matches only some of the words is not what the question names
  if (!p || !best || best.terms.length < tokens.length) return hits;
  const docs = [...new Set(hits.map((h) => h.docId))];
  if (docs.slice(0, KEEP + 1).includes(p.docId)) return hits;
  const hit: SearchHit = { passages: [], docId: p.docId, start: p.start, end: p.end, text: p.text, score: 0, similarity: 0, bm25: best.score, terms: best.terms };
  const cut = hits.findIndex((h) => !docs.slice(0, KEEP).includes(h.docId));
  return cut < 0 ? [...hits, hit] : [...hits.slice(0, cut), hit, ...hits.slice(cut)];
}
