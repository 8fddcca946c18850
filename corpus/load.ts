import { createHash } from "node:crypto";
import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { cleanText, type CleanedText } from "./clean.js";
import { dateInUrl } from "./dates.js";
import { parseHtml } from "./formats/html.js";
import { parseMarkdown } from "./formats/markdown.js";
import { readPdf, type PdfLimits } from "./formats/pdf.js";
import { parseText } from "./formats/text.js";
import { pipeSpacedTables } from "./spacedTables.js";
import { unwrapLines } from "./unwrap.js";
import type { ParsedFile } from "./formats/types.js";
import { parseSidecar, SIDECAR_NAME, type SidecarMeta } from "./sidecar.js";
import type { CorpusDocument, LoadedCorpus, SkippedFile } from "./types.js";

const PARSERS: Record<string, (content: string) => ParsedFile> = {
  ".txt": parseText,
  ".text": parseText,
  ".md": parseMarkdown,
  ".markdown": parseMarkdown,
  ".html": parseHtml,
  ".htm": parseHtml,
};

export const SUPPORTED_EXTENSIONS = [...Object.keys(PARSERS), ".pdf"];

/** Fewer characters than this over a whole PDF means it has no text layer (a scan). */
const MIN_PDF_CHARS = 20;
const PDF_MAGIC = Buffer.from("%PDF-");

export { unwrapLines } from "./unwrap.js";

/** A size for people: "977 KB", "1.9 MB". */
const kb = (n: number) => (n >= 2 ** 20 ? `${(n / 2 ** 20).toFixed(1)} MB` : `${Math.max(1, Math.round(n / 1024))} KB`);

/** A PDF's pages cleaned one by one and joined, with where each page starts in the joined text. */
async function readPdfFile(
  buf: Buffer, limits: PdfLimits, onPage?: (done: number, total: number) => void,
): Promise<{ parsed: ParsedFile; pages: number[]; read: number; dateline?: string; cut?: string } | { skip: string }> {
  if (!buf.subarray(0, 1024).includes(PDF_MAGIC)) return { skip: "not a PDF (no %PDF header): the content does not match the .pdf name" };
  let pdf;
  try { pdf = await readPdf(buf, limits, onPage); } catch (err) { return { skip: `could not be read as a PDF: ${(err as Error).message}` }; }
  const pages: number[] = [];
  let text = "";
  let dateline: string | undefined;
  let read = 0;
  for (const raw of pdf.pages) {
    read += raw.length;
    const cleaned = cleanText(unwrapLines(pipeSpacedTables(raw)));
    dateline ??= cleaned.dateline;
    if (text) text += "\n\n";
    pages.push(text.length);
    text += cleaned.text;
  }
  if (text.replace(/\s+/g, "").length < MIN_PDF_CHARS) return { skip: "no text layer (a scanned PDF?): run it through OCR first" };
  // "Microsoft Word - report.docx", "untitled": not a title
  const title = pdf.title && !/^(?:untitled|microsoft word\b|document\d*$)/i.test(pdf.title) ? pdf.title : undefined;
  const meta = { ...(title && { title }), ...(pdf.published && { published: pdf.published }), ...(pdf.author && { publisher: pdf.author }) };
  const limit = pdf.pages.length === limits.maxPages ? "the page limit" : "the text limit";
  const kept = pdf.pages.length;
  let cut = kept < pdf.totalPages ? `read the first ${kept} of ${pdf.totalPages} pages (${limit})` : undefined;
  // pdf.js drops text drawn outside the page: a large file that yields a few KB says what it is
  if (!cut && buf.length > 2 ** 20 && read < buf.length / 100)
    cut = `read only ${kb(read)} of text from a ${kb(buf.length)} PDF: the rest is images, drawing or text off the page`;
  return { parsed: { body: text, meta }, pages, read, ...(dateline && { dateline }), ...(cut && { cut }) };
}

/** Cuts a text to at most `max` characters at its last line break (or anywhere, for one long line). */
function cutText(text: string, max: number): string {
  if (text.length <= max) return text;
  const line = text.lastIndexOf("\n", max);
  return text.slice(0, line > max / 2 ? line : max).trimEnd();
}

export interface LoadOptions {
  /** Files larger than this are skipped as oversized. Default 10 MiB: far above any article. */
  maxFileBytes?: number;
  /** How long one PDF may take to read. Default PDF_TIMEOUT_MS. */
  pdfTimeoutMs?: number;
  /** Pages of a PDF read at most (the first ones); the document says it was cut. Default: all. */
  maxPdfPages?: number;
  /** Characters of a document's text kept at most (the first ones); the document says it was cut. Default: all. */
  maxChars?: number;
  /** Resident memory a PDF's reading process may take, in MB. Default PDF_MAX_RSS_MB. */
  pdfMaxRssMb?: number;
  /** Hears of each page of a PDF read (progress for a long file). */
  onPdfPage?: (done: number, total: number) => void;
}

/** A stable id from the relative path: the same file keeps its id across re-indexing. */
export function documentId(relPath: string): string {
  return relPath.replace(/\\/g, "/").replace(/\.[^./]+$/, "").replace(/[^A-Za-z0-9_\-/.]+/g, "-").replace(/\//g, "__");
}

async function walk(root: string, dir = root): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const files: string[] = [];
  for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (e.name.startsWith(".") || e.name === "node_modules") continue;
    const full = path.join(dir, e.name);
    if (e.isDirectory()) files.push(...(await walk(root, full)));
    else if (e.isFile() || e.isSymbolicLink()) files.push(full);
  }
  return files;
}

/** File types recognised by their first bytes, whatever their name says. */
const SIGNATURES: Array<[Buffer, string]> = [
  [PDF_MAGIC, "a PDF"], [Buffer.from([0x89, 0x50, 0x4e, 0x47]), "a PNG image"], [Buffer.from([0xff, 0xd8, 0xff]), "a JPEG image"],
  [Buffer.from("GIF8"), "a GIF image"], [Buffer.from([0x50, 0x4b, 0x03, 0x04]), "a ZIP archive (or an Office document)"],
  [Buffer.from([0x7f, 0x45, 0x4c, 0x46]), "a program"],
];
export const sniff = (buf: Buffer): string | undefined => SIGNATURES.find(([magic]) => buf.subarray(0, magic.length).equals(magic))?.[1];

export function looksBinary(buf: Buffer): boolean {
  const head = buf.subarray(0, 8192);
  if (head.includes(0)) return true;
  const text = head.toString("utf8");
  const bad = (text.match(/\uFFFD/g) ?? []).length;
  return bad > 8 && bad / text.length > 0.02;
}

function fallbackTitle(text: string): string {
  const first = text.split("\n").find((l) => l.trim()) ?? "Untitled";
  const words = first.split(/\s+/);
  return words.length <= 14 ? first.trim() : `${words.slice(0, 12).join(" ")}…`;
}

async function loadSidecars(root: string, files: string[], skipped: SkippedFile[]): Promise<Map<string, SidecarMeta>> {
  const byPath = new Map<string, SidecarMeta>();
  for (const f of files.filter((f) => path.basename(f) === SIDECAR_NAME)) {
    const rel = path.relative(root, f).split(path.sep).join("/");
    try {
      for (const [name, meta] of parseSidecar(await readFile(f, "utf8"))) byPath.set(path.join(path.dirname(f), name), meta);
    } catch (err) {
      skipped.push({ path: rel, reason: `metadata file ignored: ${(err as Error).message}` });
    }
  }
  return byPath;
}

/**
 * Loads every supported document under `root`. A file that is empty, binary, unreadable,
 * oversized or of an unknown type is reported in `skipped` with its reason; the others still load.
 */
export async function loadCorpus(root: string, options: LoadOptions = {}): Promise<LoadedCorpus> {
  const maxBytes = options.maxFileBytes ?? 10 * 1024 * 1024;
  const absRoot = path.resolve(root);
  let info;
  try { info = await stat(absRoot); } catch (err) {
    throw new Error(`corpus folder ${root} cannot be read: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`, { cause: err });
  }
  if (!info.isDirectory()) throw new Error(`corpus path ${root} is not a folder`);

  const files = await walk(absRoot);
  const skipped: SkippedFile[] = [];
  const sidecars = await loadSidecars(absRoot, files, skipped);
  const documents: CorpusDocument[] = [];

  for (const file of files) {
    const rel = path.relative(absRoot, file).split(path.sep).join("/");
    if (path.basename(file) === SIDECAR_NAME) continue;
    const ext = path.extname(file).toLowerCase();
    const parse = PARSERS[ext];
    if (!parse && ext !== ".pdf") { skipped.push({ path: rel, reason: `unsupported file type "${ext || "(none)"}" (supported: ${SUPPORTED_EXTENSIONS.join(", ")})` }); continue; }
    let buf: Buffer;
    try {
      const st = await stat(file);
      if (st.size > maxBytes) { skipped.push({ path: rel, reason: `oversized: ${st.size} bytes, limit ${maxBytes}` }); continue; }
      buf = await readFile(file);
    } catch (err) {
      skipped.push({ path: rel, reason: `unreadable: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}` });
      continue;
    }
    if (buf.length === 0) { skipped.push({ path: rel, reason: "empty file" }); continue; }
    let parsed: ParsedFile;
    let cleaned: CleanedText;
    let pages: number[] | undefined;
    let cut: string | undefined;
    let read: number;
    if (!parse) {
      const pdf = await readPdfFile(buf, {
        ...(options.pdfTimeoutMs !== undefined && { timeoutMs: options.pdfTimeoutMs }),
        ...(options.maxPdfPages !== undefined && { maxPages: options.maxPdfPages }),
        ...(options.maxChars !== undefined && { maxChars: options.maxChars }),
        ...(options.pdfMaxRssMb !== undefined && { maxRssMb: options.pdfMaxRssMb }),
      }, options.onPdfPage);
      if ("skip" in pdf) { skipped.push({ path: rel, reason: pdf.skip }); continue; }
      ({ parsed, pages, cut, read } = pdf);
      // the pages were cleaned one by one as they were joined
      cleaned = { text: parsed.body, ...(pdf.dateline && { dateline: pdf.dateline }) };
    } else {
      const actually = sniff(buf);
      if (actually) { skipped.push({ path: rel, reason: `the content is ${actually}, not ${ext} text${actually === "a PDF" ? ": rename it .pdf" : ""}` }); continue; }
      if (looksBinary(buf)) { skipped.push({ path: rel, reason: "binary content, not text" }); continue; }
      try { parsed = parse(buf.toString("utf8")); } catch (err) {
        skipped.push({ path: rel, reason: `could not be parsed: ${(err as Error).message}` });
        continue;
      }
      // plain text is often wrapped at a fixed width, as PDFs are (Markdown is unwrapped before its lists lose their marks)
      cleaned = cleanText(parse === parseText ? unwrapLines(pipeSpacedTables(parsed.body)) : parsed.body);
      cut = parsed.cut;
      read = parsed.body.length;
    }
    if (!cleaned.text.trim()) { skipped.push({ path: rel, reason: "no text after extraction" }); continue; }
    if (options.maxChars !== undefined && cleaned.text.length > options.maxChars) {
      const chars = `read the first ${kb(options.maxChars)} of its ${kb(cleaned.text.length)} of text (the text limit)`;
      // a PDF stopped after the page that crossed the limit: both limits are told
      cut = cut ? `${cut}, then ${chars}` : chars;
      cleaned = { ...cleaned, text: cutText(cleaned.text, options.maxChars) };
      if (pages) pages = pages.filter((start) => start < cleaned.text.length);
    }
    // a file that keeps a sliver of what it held (a page of one line repeated) says so instead of shrinking silently
    if (!cut && read > 100_000 && cleaned.text.length < read / 10)
      cut = `kept ${kb(cleaned.text.length)} of the ${kb(read)} of text read: the rest was repeated lines or navigation`;
    const side = sidecars.get(file) ?? {};
    const url = side.url ?? parsed.meta.url;
    // ("…/2020/01/09/trains-423-trips.html": a page dated nowhere else is dated by the day its address files it under)
    const published = side.published ?? parsed.meta.published ?? cleaned.dateline ?? (url ? dateInUrl(url) : undefined);
    const title = side.title ?? parsed.meta.title ?? fallbackTitle(cleaned.text);
    const publisher = side.publisher ?? parsed.meta.publisher;
    documents.push({
      id: documentId(rel),
      meta: { title, source: rel, ...(publisher && { publisher }), ...(published && { published }), ...(url && { url }) },
      text: cleaned.text,
      hash: createHash("sha256").update(buf).digest("hex"),
      ...(pages && pages.length > 1 && { pages }),
      ...(cut && { cut }),
    });
  }
  return { root: absRoot, documents, skipped };
}

/**
 * A document's identity: its file's bytes, its metadata and its cleaned text (a reader that now keeps a
 * table header changes the passages, and so the index). Updates keep a document whose identity is unchanged.
 */
export function documentFingerprint(d: CorpusDocument): string {
  return createHash("sha256").update(`${d.hash}\0${JSON.stringify(d.meta)}\0${d.text}`).digest("hex").slice(0, 20);
}

/** Fingerprint of a loaded corpus: changes when any document's path or identity changes. */
export function corpusFingerprint(docs: CorpusDocument[]): string {
  const h = createHash("sha256");
  for (const d of [...docs].sort((a, b) => a.id.localeCompare(b.id))) h.update(`${d.id}\0${documentFingerprint(d)}\n`);
  return h.digest("hex").slice(0, 16);
}
