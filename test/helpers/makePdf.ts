/**
 * Writes a real PDF (PDF 1.4, Helvetica, one text line per row) with a document information
 * dictionary: enough for pdf.js to read text, pages and metadata, built without any PDF library.
 * A row given as cells is a table row: each cell is drawn on its own at its column's position, as
 * typesetting programs draw tables (no space characters between the columns).
 */
// a table's label column is wider than its figure columns, as in typeset tables
const LABEL_WIDTH = 170;
const COLUMN_WIDTH = 90;
const columnX = (k: number) => 72 + (k === 0 ? 0 : LABEL_WIDTH + COLUMN_WIDTH * (k - 1));

export function makePdf(pages: (string | string[])[][], info: { title?: string; created?: string } = {}): Buffer {
  const esc = (s: string) => s.replace(/[\\()]/g, (c) => `\\${c}`);
  const objects: string[] = [];
  const add = (body: string) => objects.push(body) ;
  const pageIds = pages.map((_, i) => 3 + i * 2);
  const fontId = 3 + pages.length * 2;
  const infoId = fontId + 1;
  add("<< /Type /Catalog /Pages 2 0 R >>");
  add(`<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(" ")}] /Count ${pages.length} >>`);
  for (const [i, lines] of pages.entries()) {
    // a line of text moves to the next with T*; a row of cells places each cell, then the start of the next line
    const at = (x: number, row: number) => `1 0 0 1 ${x} ${740 - 14 * row} Tm`;
    const content = `BT /F1 11 Tf 14 TL 72 740 Td ${lines.map((l, row) => (typeof l === "string" ? `(${esc(l)}) Tj T*`
      : `${l.map((cell, k) => `${at(columnX(k), row)} (${esc(cell)}) Tj`).join(" ")} ${at(72, row + 1)}`)).join(" ")} ET`;
    add(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 ${fontId} 0 R >> >> /Contents ${pageIds[i]! + 1} 0 R >>`);
    add(`<< /Length ${Buffer.byteLength(content, "latin1")} >>\nstream\n${content}\nendstream`);
  }
  add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
  add(`<< ${info.title ? `/Title (${esc(info.title)}) ` : ""}${info.created ? `/CreationDate (${info.created}) ` : ""}/Producer (tradewise tests) >>`);
  let out = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, "latin1"));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, "latin1");
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info ${infoId} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, "latin1");
}
