/**
 * An HTML table as rows of cells, the way the table reader takes them ("ASEAN | 178.3 | 12.6 |"). Cells that span
 * rows or columns fill every place they cover, and header rows stacked above one another ("Exports" over "Value" and
 * "Growth") become one header line whose cells name both ("Exports Value (billion yuan)"), so each figure's column
 * still says what it is.
 */

const MAX_SPAN = 50;

// a footnote mark set as a superscript letter or sign ("84.62<sup>a</sup>", "Other ports<sup>d</sup>") is no part of
// the cell: left in, it glues onto the figure ("84.62a") and the row is lost; superscript digits stay (m<sup>3</sup>)
const FOOTNOTE_MARK = /^\(?(?:[a-z]|[*\u2020\u2021\u00a7\u00b6#]{1,3})\)?$/i;
const isFootnoteMark = (node: Node) => node.nodeType === 1 && (node as Element).tagName === "SUP"
  && FOOTNOTE_MARK.test((node.textContent ?? "").trim());
const textWithoutMarks = (node: Node): string => node.nodeType === 3 ? node.textContent ?? ""
  : isFootnoteMark(node) ? " " : Array.from(node.childNodes).map(textWithoutMarks).join("");
const cellText = (cell: Element) => textWithoutMarks(cell).replace(/\s+/g, " ").trim();
const span = (cell: Element, name: string) => Math.min(MAX_SPAN, Math.max(1, Number(cell.getAttribute(name)) || 1));

/** Is this row a header: in the table's head, or made of header cells only? */
const isHeaderRow = (row: Element) => row.parentElement?.tagName === "THEAD"
  || (row.children.length > 0 && Array.from(row.children).every((c) => c.tagName === "TH"));

/** The table's rows, spans filled in, its stacked header rows merged into one. */
export function tableRows(table: Element): string[][] {
  // (a nested table's rows are its own)
  const rows = Array.from(table.querySelectorAll("tr")).filter((r) => r.closest("table") === table);
  const grid: string[][] = [];
  const headers: boolean[] = [];
  rows.forEach((row, r) => {
    grid[r] ??= [];
    headers[r] = isHeaderRow(row);
    let c = 0;
    for (const cell of Array.from(row.children).filter((x) => x.tagName === "TD" || x.tagName === "TH")) {
      while (grid[r]![c] !== undefined) c++;
      const text = cellText(cell);
      const [down, across] = [span(cell, "rowspan"), span(cell, "colspan")];
      for (let i = 0; i < down && r + i < rows.length; i++) {
        grid[r + i] ??= [];
        for (let j = 0; j < across; j++) grid[r + i]![c + j] = text;
      }
      c += across;
    }
  });
  const width = Math.max(0, ...grid.map((g) => g.length));
  const full = grid.map((g) => Array.from({ length: width }, (_, i) => g[i] ?? ""));
  const head = headers.findIndex((h) => !h);
  const stacked = head < 0 ? full.length : head;
  if (stacked < 2) return full;
  // each column's header: its distinct texts, top to bottom
  const merged = Array.from({ length: width }, (_, i) =>
    [...new Set(full.slice(0, stacked).map((row) => row[i]!).filter(Boolean))].join(" "));
  return [merged, ...full.slice(stacked)];
}
