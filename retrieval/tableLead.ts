/**
 * The paragraph a pipe table follows ("Brazil overtook India as the largest market for its PV products. The table
 * below shows the five main markets."): what the table's rows are figures of, which no row says itself. Empty for a
 * position outside a table, or a table with no paragraph before it.
 */
// (the paragraph's end only: a long one says what the table is of in its last sentences)
const LEAD_CHARS = 300;
// (a blank line or two may stand between the paragraph and the table)
const MAX_BLANK = 2;

export function tableLead(text: string, at: number): string {
  const rowStart = text.lastIndexOf("\n", at - 1) + 1;
  if (!text.slice(rowStart, at + 1).trim().startsWith("|")) return "";
  let end = rowStart;
  let blank = 0;
  while (end > 0) {
    const start = text.lastIndexOf("\n", end - 2) + 1;
    const line = text.slice(start, end - 1).trim();
    end = start;
    if (line.startsWith("|")) continue;
    if (!line) {
      if (++blank > MAX_BLANK) return "";
      continue;
    }
    return line.slice(-LEAD_CHARS);
  }
  return "";
}
