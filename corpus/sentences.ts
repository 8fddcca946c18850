/** A sentence with its character offsets in the text it came from. */
export interface Span { start: number; end: number; text: string }

const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });
// Abbreviations after which ICU's segmenter wrongly breaks.
const NO_BREAK_AFTER = /\b(?:Mr|Mrs|Ms|Dr|Prof|Co|Ltd|Inc|Corp|No|St|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|vs|etc|e\.g|i\.e|U\.S|U\.K)\.\s*$/;

/** Splits text into sentences, never across a line break (a line is a paragraph in our texts). */
export function splitSentences(text: string, offset = 0): Span[] {
  const spans: Span[] = [];
  let lineStart = 0;
  for (const line of text.split("\n")) {
    const pending: Span[] = [];
    for (const seg of segmenter.segment(line)) {
      const raw = seg.segment;
      const lead = raw.length - raw.trimStart().length;
      const trimmed = raw.trim();
      if (!trimmed) continue;
      const start = offset + lineStart + seg.index + lead;
      const span = { start, end: start + trimmed.length, text: trimmed };
      const prev = pending[pending.length - 1];
      if (prev && (NO_BREAK_AFTER.test(prev.text) || /^[a-z(]/.test(trimmed))) {
        prev.text = text.slice(prev.start - offset, span.end - offset);
        prev.end = span.end;
      } else pending.push(span);
    }
    spans.push(...pending);
    lineStart += line.length + 1;
  }
  return spans;
}
