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

// two or more spaces, or a tab (the PDF reader writes one where a table's columns are drawn apart), or dot leaders
// between a label and its figures ("South Korea ....... 2611.35 ....  1.2"; four dots or more, never the "..." of
// no figure)
const COLUMN_BREAK = /\t+| {2,}| ?\.{4,} ?\s*/;
const MAX_LABEL = 40;
const MAX_HEADER_CELL = 48;
// "512.4", "-12.5", "18.3%", "1,204", "+3.1", and the marks a table writes for no figure
// (and a figure in brackets, the change a caption says brackets hold: "(+3.4%)")
const FIGURE_CELL = /^(?:[-−–+]?\s?[\d,]*\.?\d+\s?%?|\(\s?[-−–+]?\s?[\d,]*\.?\d+\s?%?\s?\)|n\/?a|—|–|-|\.\.\.|…)$/i;

// the unit a goods table gives each row in a column of its own: "ton", "10,000 tons", "10,000 pieces", "cu.m"
// (its scale, then its noun: read by facts/tables.ts as the unit of the row's quantity)
export const UNIT_CELL = new RegExp(String.raw`^(?:(10,000|ten thousand|1,000|thousand|million|100 million)\s+)?`
  + String.raw`(t|tons?|tonnes?|kg|kilograms?|pieces|pcs|sets|units|pairs|head|vehicles|carats|`
  + String.raw`cu\.?\s?m|m3|cubic\s+met(?:re|er)s?|lit(?:re|er)s|sq\.?\s?m|square\s+met(?:re|er)s?)$`, "i");

// "27.46 mn t", "6.85 million m3", "41,600 units": a quantity with its unit in the cell, as goods tables write them
const QUANTITY_CELL = new RegExp(String.raw`^[-−–+]?[\d,]*\.?\d+\s?(?:(?:mn|mln|bn|bln|10,000|1,000|thousand|million|`
  + String.raw`billion)\s+)?(?:t|tons?|tonnes?|kg|pieces|pcs|sets|units|pairs|head|vehicles|TEUs?|`
  + String.raw`m3|m³|cu\.?\s?m|cubic\s+met(?:re|er)s?|sq\.?\s?m|square\s+met(?:re|er)s?)$`, "i");
const isFigureCell = (cell: string) => FIGURE_CELL.test(cell) || QUANTITY_CELL.test(cell);

// "154.2 (+3.4%)": a figure and its change in brackets after it, one space apart, are two columns' cells
const WITH_BRACKETED = /^([-−–+]?[\d,]*\.?\d+%?)\s(\(\s?[-−–+]?[\d,]*\.?\d+\s?%?\s?\))$/;
const cellsOf = (line: string): string[] => line.trim().split(COLUMN_BREAK).map((c) => c.trim()).filter(Boolean)
  .flatMap((c) => WITH_BRACKETED.exec(c)?.slice(1, 3) ?? [c]);

// a last column of words on each row's figures, after two figures at least: "Exceeded", "Basically met", "Not met"
const STATUS_CELL = /^[A-Za-z][A-Za-z' -]{0,24}$/;

/**
 * A data row: a label, then figures only (the second cell may be the row's unit: "Coke  10,000 tons  61.4  15,220";
 * the last a word on them: "Exports (bn yuan)  93.0  96.31  Exceeded").
 */
function isRow(cells: string[]): boolean {
  const status = cells.length >= 4 && STATUS_CELL.test(cells.at(-1)!)
    && cells.slice(1, -1).every(isFigureCell);
  const figures = status ? cells.slice(0, -1) : cells;
  return figures.length >= 2 && figures[0]!.length <= MAX_LABEL
    && figures.slice(1).every((c, k) => isFigureCell(c) || (k === 0 && figures.length >= 3 && UNIT_CELL.test(c)))
    && figures.slice(1).some((c) => /\d/.test(c) && !UNIT_CELL.test(c));
}

/** A header row: short labels, none of them ending a sentence. */
const isHeader = (cells: string[]): boolean =>
  cells.length >= 2 && cells.every((c) => c.length <= MAX_HEADER_CELL && !/[.!?]$/.test(c));

const isYear = (cell: string) => /^(?:19|20)\d\d$/.test(cell);

// a line drawn under a header or round a table: "-------", "=====", "———"
const isRuleLine = (line: string | undefined) => /^\s*[-=_—–]{3,}\s*$/.test(line ?? "");

/** A heading inside a table, over the rows of one group: "By partner", "Major commodities". */
const isSectionLabel = (line: string) => {
  const t = line.trim();
  return t.length >= 3 && t.length <= MAX_LABEL && !/\d|[.!?:;,]$/.test(t) && !COLUMN_BREAK.test(t);
};

// a header's second line giving only units under the headings of the line above: "(10,000 tonnes)  (100 million yuan)"
const isUnitLine = (cells: string[]) => cells.length >= 1 && cells.every((c) => /^\(.*\)$/.test(c));
// the same line with a label cell of its own and bare units: "(unit)  10,000 t  10,000 t" reads as "(10,000 t)  (10,000 t)"
// (else it would pass for the header, the headings above it lost)
const UNIT_LABEL = /^\(?units?\)?:?$/i;
const asUnitLine = (cells: string[]): string[] =>
  cells.length >= 2 && UNIT_LABEL.test(cells[0]!) && cells.slice(1).every((c) => c.length <= MAX_HEADER_CELL)
    ? cells.slice(1).map((c) => (/^\(.*\)$/.test(c) ? c : `(${c})`)) : cells;

/**
 * A header and the units line under it as one header: the units go, in order, under the headings after the label's
 * that give none of their own ("Value" of "Partner  Value  Growth (%)" over "(100 mn yuan)"); else each under the
 * heading it ends, counted from the right.
 */
function withUnits(head: string[], units: string[]): string[] {
  const bare = head.flatMap((h, k) => (k > 0 && !/\(.*\)/.test(h) ? [k] : []));
  if (bare.length === units.length) return head.map((h, k) => (bare.includes(k) ? `${h} ${units[bare.indexOf(k)]}` : h));
  const offset = head.length - units.length;
  return head.map((h, k) => (k >= offset ? `${h} ${units[k - offset]}` : h));
}

const piped = (cells: string[]) => `| ${cells.join(" | ")} |`;

// a row of comma-separated values as a release pastes it: "Chuzhou,58.71,24.8,7.3" (no space after a comma, which
// prose and "1, 2 and 3" have; "1,204" splits into two figures, so a block is a table only under its header's width)
const COMMA_ROW = /^[^,\s][^,]*(?:,[^,\s][^,]*){2,}$/;
const PLAIN_FIGURE = /^[-−–+]?\d+(?:\.\d+)?%?$/;
const commaCells = (line: string): string[] => (COMMA_ROW.test(line.trim()) ? line.trim().split(",") : []);
// a data file's column names joined by underscores ("total_value_100m_yuan", "total_yoy_pct"): read as words, so the
// table reader's word bounds see their unit and measure ("pct" is the "%" the name leaves out)
const SNAKE_NAME = /^[a-z][a-z\d]*(?:_[a-z\d]+)+$/i;
const headerWords = (cell: string) => (SNAKE_NAME.test(cell) ? cell.split("_").join(" ").replace(/\bpct$/i, "(%)") : cell);

/**
 * Blocks of comma-separated rows ("City,Trade (billion yuan),Growth (%)" over "Hefei,395.62,4.1") written as table
 * rows: two or more rows of a label and figures, of one width, under a header of that width.
 */
export function pipeCommaTables(text: string): string {
  const lines = text.split("\n");
  const cells = lines.map(commaCells);
  const isCommaRow = (c: string[]) => c.length >= 3 && c[0]!.length <= MAX_LABEL && !PLAIN_FIGURE.test(c[0]!)
    && c.slice(1).every((x) => PLAIN_FIGURE.test(x));
  for (let i = 0; i < lines.length; i++) {
    if (!isCommaRow(cells[i]!)) continue;
    const width = cells[i]!.length;
    let end = i;
    while (end + 1 < lines.length && isCommaRow(cells[end + 1]!) && cells[end + 1]!.length === width) end++;
    if (end === i) continue;
    const head = i > 0 ? cells[i - 1]! : [];
    // (only under a header of their width: "Hefei,1,204.5,3.2" under "City,Trade,Growth (%)" is a figure written with
    // a thousands comma, split into two cells, and no row)
    if (head.length !== width || !isHeader(head) || isCommaRow(head)) { i = end; continue; }
    lines[i - 1] = piped(head.map(headerWords));
    for (let k = i; k <= end; k++) lines[k] = piped(cells[k]!);
    i = end;
  }
  return lines.join("\n");
}

// "Machinery and equipment 558.3": a label and the row's first figure drawn as one run, no column break between
// ("Garments and clothing accessories71.4": not even a space, when the label was too long for its column; after a
// small letter only, never "PM2.5")
const LABEL_AND_FIGURE = /^(.*[A-Za-z)].*?)(?:\s|(?<=[a-z]))([-−–+]?\d[\d,]*(?:\.\d+)?%?)$/;

/**
 * A row whose label ran into its first figure, split where a row beside it says it should: one cell short of the
 * row above or below ("Machinery 558.3 | 19.6" beside "Textiles | 145.2 | 18.1"), the split giving a row of that width.
 */
function splitRunLabels(cells: string[][]): string[][] {
  return cells.map((c, k) => {
    // (a label of a row's length only: the split label is one, and a long cell is never searched)
    const m = c.length >= 2 && c[0]!.length <= MAX_LABEL + 24 ? LABEL_AND_FIGURE.exec(c[0]!) : null;
    if (!m || isYear(m[2]!)) return c;
    const split = [m[1]!.trim(), m[2]!, ...c.slice(1)];
    if (!isRow(split)) return c;
    const beside = [cells[k - 1], cells[k + 1]].some((o) => o && o.length === split.length && isRow(o) && !LABEL_AND_FIGURE.test(o[0]!));
    return beside ? split : c;
  });
}

// "Freight (10,000 t) YoY (%)": two headings drawn as one run, the second starting after the first's brackets
const JOINED_HEADINGS = /(?<=\))\s+(?=[A-Z])/;
/** A header a cell short of its rows, with two headings run into one cell, split into one cell each. */
function splitHeadings(head: string[], width: number): string[] {
  if (head.length >= width || !isHeader(head)) return head;
  const split = head.flatMap((h) => h.split(JOINED_HEADINGS));
  return split.length === width ? split : head;
}

/** The text with each block of column-aligned rows (two or more, or one under a header) written as table rows. */
export function pipeSpacedTables(text: string): string {
  const lines = pipeCommaTables(text).split("\n");
  // (a units line may hold one unit alone: "(100 mn yuan)" under the one heading that has none)
  const cells = splitRunLabels(lines.map((l) => (COLUMN_BREAK.test(l.trim()) || /^\s*\([^()]*\)\s*$/.test(l)
    ? asUnitLine(cellsOf(l)) : [])));
  for (let i = 0; i < lines.length; i++) {
    if (!isRow(cells[i]!)) continue;
    const width = cells[i]!.length;
    const sameWidth = (k: number) => k < lines.length && isRow(cells[k]!) && cells[k]!.length === width;
    let end = i;
    // (a heading over a group of rows, "By city", is part of the table when rows of the same width follow it)
    const sections: number[] = [];
    for (;;) {
      if (sameWidth(end + 1)) end++;
      else if (isSectionLabel(lines[end + 1] ?? "") && sameWidth(end + 2)) { sections.push(end + 1); end += 2; }
      else break;
    }
    // a header may sit above a rule drawn under it
    const ruled = i > 1 && isRuleLine(lines[i - 1]);
    // (so may the heading of the first group of rows: "Exports" under the header, over its rows)
    const grouped = !ruled && i > 1 && isSectionLabel(lines[i - 1]!) && cells[i - 2]!.length >= 1;
    const above = ruled || grouped ? i - 2 : i - 1;
    const head = above >= 0 ? splitHeadings(cells[above]!, width) : [];
    // (a header of units only may carry on the headings of a line above it, one unit or one under each heading)
    const top = above >= 1 ? cells[above - 1]! : [];
    const unitsUnder = isUnitLine(head) && head.length < width && isHeader(top) && !isUnitLine(top) && top.length === width;
    // a header may leave the label column's heading out ("        2023    2024")
    const header = unitsUnder ? withUnits(top, head)
      : isHeader(head) && (head.length === width || head.length === width - 1) && (!isRow(head) || head.every(isYear))
        ? (head.length === width ? head : ["", ...head]) : undefined;
    if (end === i && !header) continue;
    if (header && isUnitLine(head) && isHeader(top) && !isUnitLine(top) && top.length === width) {
      // (the merged header sits next to the rows; its first line is left blank)
      lines[above - 1] = "";
      lines[above] = piped(withUnits(top, head));
    } else if (header) lines[above] = piped(header);
    if (header && ruled) lines[i - 1] = piped(header.map(() => "---"));
    if (header && grouped) lines[i - 1] = piped([lines[i - 1]!.trim(), ...Array(width - 1).fill("")]);
    // (a section's heading is written as a row with no figures, which the table reader passes over)
    for (let k = i; k <= end; k++) lines[k] = piped(sections.includes(k) ? [lines[k]!.trim(), ...Array(width - 1).fill("")] : cells[k]!);
    i = end;
  }
  return lines.join("\n");
}
