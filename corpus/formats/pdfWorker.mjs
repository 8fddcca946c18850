// Reads one PDF in a child process (plain JavaScript so it runs the same under tsx, vitest and node):
// the text of each page in reading order, up to a number of pages and of characters, and the
// document's metadata. Pages are read one after another, so a long file stops at its limits instead
// of holding every page at once. The parent kills the process when a hostile file takes too long or
// too much memory (a stream that inflates to gigabytes); nothing here can stall the reading process.
import { getDocumentProxy, getMeta } from "unpdf";

// a gap wider than this many times the text's height (an em), inside a line, separates a table's columns: a word
// space is a quarter to half of one, even in justified text
const COLUMN_GAP = 1;
// a run that starts this far (in ems) before the last one ended was drawn at a position of its own
const OVERLAP = 0.15;
// a gap this wide (twice a word space) before a run that starts at another line's column is a column break too
const NARROW_GAP = 0.5;

/**
 * A page's text; a wide gap between two runs on one line (a table's columns, drawn apart) becomes a tab, and so do a
 * run drawn back over the one before it and a narrower gap before a run that starts where another line's column does.
 */
const pageText = async (pdf, n) => {
  const page = await pdf.getPage(n);
  const content = await page.getTextContent();
  page.cleanup();
  const items = content.items.filter((item) => item.str != null);
  // pass 1: how each run is joined to the one before it, and where columns start
  let height = 10;
  let last;
  const joins = [];
  const columnStarts = [];
  for (const item of items) {
    const blank = item.str.trim() === "";
    const [x, y] = [item.transform?.[4], item.transform?.[5]];
    // (a header cell wider than its column, "Imports and exports" running into "YoY (%)", is still a cell of its own)
    const overlaps = !blank && last && typeof x === "number" && y === last.y && x < last.end - OVERLAP * height;
    const wide = blank && item.width > COLUMN_GAP * height;
    joins.push({ blank, wide, overlaps, height, x });
    if (!blank && item.height > 0) height = item.height;
    last = typeof x === "number" ? { y, end: x + (item.width ?? 0) } : undefined;
    if (item.hasEOL) last = undefined;
  }
  joins.forEach((j, i) => {
    if ((j.overlaps || joins[i - 1]?.wide) && !j.blank && typeof j.x === "number") columnStarts.push(j.x);
  });
  const startsColumn = (x) => typeof x === "number" && columnStarts.some((c) => Math.abs(c - x) < 1);
  // pass 2: the text
  let text = "";
  items.forEach((item, i) => {
    const j = joins[i];
    const gapToColumn = j.blank && item.width > NARROW_GAP * j.height && startsColumn(joins[i + 1]?.x);
    text += j.wide || gapToColumn ? "\t" : `${j.overlaps ? "\t" : ""}${item.str}`;
    if (item.hasEOL) text += "\n";
  });
  return text;
};

async function read({ bytes, maxPages = Infinity, maxChars = Infinity }) {
  try {
    const pdf = await getDocumentProxy(new Uint8Array(bytes), { isEvalSupported: false, disableFontFace: true });
    const pages = [];
    let chars = 0;
    const toRead = Math.min(pdf.numPages, maxPages);
    for (let n = 1; n <= pdf.numPages && pages.length < maxPages && chars < maxChars; n++) {
      const text = await pageText(pdf, n);
      pages.push(text);
      chars += text.length;
      // how far it has got, for the person waiting on a long file (the text limit may stop it sooner)
      process.send?.({ progress: { done: n, total: toRead } });
    }
    const { info } = await getMeta(pdf).catch(() => ({ info: {} }));
    const pick = (k) => (typeof info?.[k] === "string" && info[k].trim() ? info[k].trim() : undefined);
    return {
      pages, totalPages: pdf.numPages,
      title: pick("Title"), author: pick("Author"), created: pick("CreationDate"), modified: pick("ModDate"),
    };
  } catch (err) {
    return { error: err instanceof Error ? err.message : String(err) };
  }
}

// a reader whose parent is gone has no one to answer: it stops instead of running on
process.once("disconnect", () => process.exit(0));
process.once("message", async (request) => {
  const result = await read(request);
  process.send(result, () => process.exit(0));
});
