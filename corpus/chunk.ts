import { splitSentences, type Span } from "./sentences.js";
import type { CorpusDocument, Passage } from "./types.js";

export interface ChunkOptions {
  /** A passage closes once it reaches this many characters. Default 600: 3–5 news sentences. */
  targetChars?: number;
  /** At most this many sentences per passage. Default 5. */
  maxSentences?: number;
  /** A paragraph break closes the passage only once it has this many characters. Default 200, so headings join their paragraph. */
  minChars?: number;
  /** Sentences repeated at the start of the next passage when a passage ends inside a paragraph. Default 1. */
  overlapSentences?: number;
}

interface Unit extends Span { paragraph: number }

function units(text: string): Unit[] {
  const out: Unit[] = [];
  let paragraph = 0;
  let pos = 0;
  for (const block of text.split("\n")) {
    for (const s of splitSentences(block, pos)) out.push({ ...s, paragraph });
    pos += block.length + 1;
    paragraph++;
  }
  return out;
}

/**
 * Splits a document into passages on sentence and paragraph boundaries, with a small overlap
 * inside long paragraphs so that a figure and the sentence naming its subject stay together.
 */
export function chunkDocument(doc: CorpusDocument, options: ChunkOptions = {}): Passage[] {
  const target = options.targetChars ?? 600;
  const maxSentences = options.maxSentences ?? 5;
  const minChars = options.minChars ?? 200;
  const overlap = options.overlapSentences ?? 1;
  const all = units(doc.text);
  const passages: Passage[] = [];
  let i = 0;
  while (i < all.length) {
    let j = i;
    // grow [i, j] until it is big enough, or a paragraph ends after it has enough text
    while (j + 1 < all.length) {
      const len = all[j]!.end - all[i]!.start;
      const paraEnds = all[j + 1]!.paragraph !== all[j]!.paragraph;
      if (len >= target || j - i + 1 >= maxSentences || (paraEnds && len >= minChars)) break;
      j++;
    }
    const start = all[i]!.start;
    const end = all[j]!.end;
    passages.push({ id: `${doc.id}#${passages.length}`, docId: doc.id, ordinal: passages.length, start, end, text: doc.text.slice(start, end) });
    if (j + 1 >= all.length) break;
    const paraBreak = all[j + 1]!.paragraph !== all[j]!.paragraph;
    const next = paraBreak ? j + 1 : Math.max(j + 1 - overlap, i + 1);
    i = next;
  }
  return passages;
}
