import { CAPTION_MARK } from "../corpus/clean.js";
import { splitSentences, type Span } from "../corpus/sentences.js";
import type { SearchHit } from "./hybrid.js";

export interface ScoredSentence extends Span {
  docId: string;
  score: number;
  /** Rank of the hit it came from. */
  hitRank: number;
}

export interface ComposeOptions {
  /** Sentences in the extractive answer. Default 3. */
  maxSentences?: number;
  /** Hits whose sentences are considered. Default 4. */
  maxHits?: number;
}

// a sentence that opens with "that" or "this" for what the one before said: "That lets us …", "This means …"
const LEANS_BACK = new RegExp(String.raw`^\s*["“]?(?:that|this)\s+(?:lets|let|allows|allowed|means|meant|is\s+why|`
  + String.raw`was\s+why|helps|helped|makes|made|explains|gives|gave)\b`, "i");
const QUANTITY_WORDS = /\b(how much|how many|how fast|what (?:was|were|is|are) the (?:value|volume|share|growth|rate)|growth|grew|grow|share|percent|rate|total|value|volume|figure)\b/i;
const NUMBER = /\d[\d,]*(?:\.\d+)?\s*(?:%|percent|billion|trillion|million)/i;

/**
 * Scores the sentences of the best hits against the question's terms: the share of distinct
 * query terms a sentence contains, a bonus for a stated figure when the question asks for one,
 * and a small prior for the hit's rank.
 */
export function rankSentences(hits: SearchHit[], queryTerms: string[], question: string, options: ComposeOptions = {}): ScoredSentence[] {
  const terms = [...new Set(queryTerms)];
  const wantsFigure = QUANTITY_WORDS.test(question);
  const out: ScoredSentence[] = [];
  hits.slice(0, options.maxHits ?? 4).forEach((hit, hitRank) => {
    const sentences = splitSentences(hit.text, hit.start);
    for (const [i, own] of sentences.entries()) {
      // ("That lets us quote 20 percent below rivals." says how only with the sentence before it: quoted together)
      const before = i > 0 ? sentences[i - 1]! : undefined;
      const s = before && LEANS_BACK.test(own.text)
        ? { ...own, start: before.start, text: `${before.text} ${own.text}` } : own;
      // captions, fragments and the interviewer's questions are not answers
      if (own.text.startsWith(CAPTION_MARK) || own.text.length < 25 || /\?["”]?$/.test(own.text)) continue;
      const lower = own.text.toLowerCase();
      const matched = terms.filter((t) => new RegExp(`\\b${t.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`, "i").test(lower)).length;
      if (matched === 0) continue;
      let score = terms.length ? matched / terms.length : 0;
      if (wantsFigure && NUMBER.test(own.text)) score += 0.25;
      score += 0.15 / (hitRank + 1);
      out.push({ ...s, docId: hit.docId, score, hitRank });
    }
  });
  return out.sort((a, b) => b.score - a.score);
}

/** Picks the best few sentences, dropping weak ones and repeats (overlapping passages repeat a sentence). */
export function pickSentences(ranked: ScoredSentence[], options: ComposeOptions = {}): ScoredSentence[] {
  const max = options.maxSentences ?? 3;
  const best = ranked[0]?.score ?? 0;
  const picked: ScoredSentence[] = [];
  for (const s of ranked) {
    if (picked.length >= max || s.score < best * 0.6) break;
    // (nor a sentence already quoted with the one that leans on it)
    if (picked.some((p) => p.docId === s.docId && p.start < s.end && s.start < p.end)) continue;
    picked.push(s);
  }
  return picked;
}
