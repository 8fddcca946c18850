/** A sentence with its character offsets in the text it came from. */
export interface Span { start: number; end: number; text: string }

/**
 * Longest sentence kept whole, in characters. A longer one (a table flattened into one line, a
 * hostile file with no full stop) is cut at word boundaries into pieces of at most this length, so
 * that no passage grows without bound. Default 1,200: above every sentence of real news text.
 */
export const MAX_SENTENCE_CHARS = 1200;

/**
 * Lines longer than this are segmented in windows of this size: ICU's segmenter costs grow with
 * the length of the text times the number of sentences in it, so one 800k-character line takes
 * seconds where windows take milliseconds. Lines this long are not prose paragraphs.
 */
const WINDOW_CHARS = 8000;

const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });
// Abbreviations after which ICU's segmenter wrongly breaks. (?<!\w) is \b before a word: tested on
// a sentence's last characters only, so a long run of merged segments is not scanned again each time.
const NO_BREAK_AFTER = /(?<!\w)(?:Mr|Mrs|Ms|Dr|Prof|Co|Ltd|Inc|Corp|No|St|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|vs|etc|e\.g|i\.e|U\.S|U\.K)\.\s*$/;
const TAIL = 12;
// (and a row whose cells only end in a bar, as an HTML table's read: "Lanxi (incl. Xibei) | 16.5 | 8.9 |")
const TABLE_ROW = /^\s*\|.*\|\s*$|^[^|\n]*\S\s\|\s.*\|\s*$/;

/** ICU's sentence segments of one line as [index, segment] pairs, in bounded windows when the line is long. */
function* segments(line: string): Generator<{ index: number; segment: string }> {
  if (line.length <= WINDOW_CHARS) {
    yield* segmenter.segment(line);
    return;
  }
  let at = 0;
  while (at < line.length) {
    const end = Math.min(line.length, at + WINDOW_CHARS);
    const parts = [...segmenter.segment(line.slice(at, end))];
    // the window's last segment may be cut by the window's edge: it is read again at the start of the next one
    const keep = end < line.length && parts.length > 1 ? parts.length - 1 : parts.length;
    for (let k = 0; k < keep; k++) yield { index: at + parts[k]!.index, segment: parts[k]!.segment };
    at = keep < parts.length ? at + parts[keep]!.index : end;
  }
}

/** Cuts a span longer than MAX_SENTENCE_CHARS at word boundaries (or anywhere, in a run with no space). */
function bounded(span: Span): Span[] {
  if (span.text.length <= MAX_SENTENCE_CHARS) return [span];
  const out: Span[] = [];
  const t = span.text;
  let a = 0;
  while (a < t.length) {
    let b = Math.min(t.length, a + MAX_SENTENCE_CHARS);
    if (b < t.length) {
      const space = t.lastIndexOf(" ", b);
      if (space > a + MAX_SENTENCE_CHARS / 2) b = space;
    }
    const piece = t.slice(a, b);
    const lead = piece.length - piece.trimStart().length;
    const text = piece.trim();
    if (text) out.push({ start: span.start + a + lead, end: span.start + a + lead + text.length, text });
    a = b;
  }
  return out;
}

/**
 * Splits text into sentences, never across a line break (a line is a paragraph in our texts). Linear
 * in the length of the text; no sentence is longer than MAX_SENTENCE_CHARS.
 */
export function splitSentences(text: string, offset = 0): Span[] {
  const spans: Span[] = [];
  let lineStart = 0;
  for (const line of text.split("\n")) {
    const pending: Span[] = [];
    // a table row is one span, whatever its cells say ("| RCEP members (incl. ASEAN) | 241.7 |" has no sentence end)
    const row = TABLE_ROW.exec(line);
    if (row) {
      const start = offset + lineStart + row.index + row[0].length - row[0].trimStart().length;
      const trimmed = row[0].trim();
      spans.push(...bounded({ start, end: start + trimmed.length, text: trimmed }));
      lineStart += line.length + 1;
      continue;
    }
    for (const seg of segments(line)) {
      const raw = seg.segment;
      const lead = raw.length - raw.trimStart().length;
      const trimmed = raw.trim();
      if (!trimmed) continue;
      const start = offset + lineStart + seg.index + lead;
      const span = { start, end: start + trimmed.length, text: trimmed };
      const prev = pending[pending.length - 1];
      if (prev && (NO_BREAK_AFTER.test(prev.text.slice(-TAIL)) || /^[a-z(]/.test(trimmed))) {
        prev.text = text.slice(prev.start - offset, span.end - offset);
        prev.end = span.end;
      } else pending.push(span);
    }
    for (const s of pending) spans.push(...bounded(s));
    lineStart += line.length + 1;
  }
  return spans;
}
