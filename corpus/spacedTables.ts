/**
 * Tables laid out with spaces or tabs, as plain-text bulletins and PDFs give them:
 *
 *     Partner          Total     Growth(%)
 *     Mongolia         512.4      18.3
 *
 * become the rows the table reader knows ("| Mongolia | 512.4 | 18.3 |"), before lines are unwrapped and
 * whitespace is collapsed (which would lose the columns). Prose is left alone: a row's cells after the
 * first are figures, and a header's cells are short labels.
 */

// two or more spaces, or a tab (the PDF reader writes one where a table's columns are drawn apart)
const COLUMN_BREAK = /\t+| {2,}/;
const MAX_LABEL = 40;
const MAX_HEADER_CELL = 30;
// "512.4", "-12.5", "18.3%", "1,204", "+3.1", and the marks a table writes for no figure
const FIGURE_CELL = /^(?:[-−–+]?\s?[\d,]*\.?\d+\s?%?|n\/?a|—|–|-|\.\.\.|…)$/i;

const cellsOf = (line: string): string[] => line.trim().split(COLUMN_BREAK).map((c) => c.trim()).filter(Boolean);

/** A data row: a label, then figures only. */
function isRow(cells: string[]): boolean {
  return cells.length >= 2 && cells[0]!.length <= MAX_LABEL && cells.slice(1).every((c) => FIGURE_CELL.test(c))
    && cells.slice(1).some((c) => /\d/.test(c));
}

/** A header row: short labels, none of them ending a sentence. */
const isHeader = (cells: string[]): boolean =>
  cells.length >= 2 && cells.every((c) => c.length <= MAX_HEADER_CELL && !/[.!?]$/.test(c));

const isYear = (cell: string) => /^(?:19|20)\d\d$/.test(cell);

const piped = (cells: string[]) => `| ${cells.join(" | ")} |`;

/** The text with each block of column-aligned rows (two or more, or one under a header) written as table rows. */
export function pipeSpacedTables(text: string): string {
  const lines = text.split("\n");
  const cells = lines.map((l) => (COLUMN_BREAK.test(l.trim()) ? cellsOf(l) : []));
  for (let i = 0; i < lines.length; i++) {
    if (!isRow(cells[i]!)) continue;
    let end = i;
    while (end + 1 < lines.length && isRow(cells[end + 1]!) && cells[end + 1]!.length === cells[i]!.length) end++;
    const width = cells[i]!.length;
    const head = i > 0 ? cells[i - 1]! : [];
    // a header may leave the label column's heading out ("        2023    2024")
    const header = isHeader(head) && (head.length === width || head.length === width - 1) && (!isRow(head) || head.every(isYear))
      ? (head.length === width ? head : ["", ...head]) : undefined;
    if (end === i && !header) continue;
    if (header) lines[i - 1] = piped(header);
    for (let k = i; k <= end; k++) lines[k] = piped(cells[k]!);
    i = end;
  }
  return lines.join("\n");
}
