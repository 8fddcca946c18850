import { runIsolated } from "../isolate.js";

/** What a PDF yields: the text of each page, and metadata from its document information. */
export interface PdfContent {
  /** The pages read: the first ones, up to the limits asked for. */
  pages: string[];
  /** Pages in the file, read or not. */
  totalPages: number;
  title?: string;
  author?: string;
  /** ISO date from the PDF's creation (or modification) date. */
  published?: string;
}

/** How long one PDF may take to read before it is given up. */
export const PDF_TIMEOUT_MS = 20_000;

/** "D:20240315093000+08'00'" → "2024-03-15". */
export function pdfDate(raw: string | undefined): string | undefined {
  const m = /^(?:D:)?(\d{4})(\d{2})?(\d{2})?/.exec(raw ?? "");
  if (!m) return undefined;
  return [m[1], m[2], m[3]].filter(Boolean).join("-");
}

export interface PdfLimits {
  /** How long reading may take. Default PDF_TIMEOUT_MS. */
  timeoutMs?: number;
  /** Pages read at most (the first ones). Default: all. */
  maxPages?: number;
  /** Reading stops after the page that brings the text to this many characters. Default: no limit. */
  maxChars?: number;
  /** Resident memory of the reading process, in MB. Default PDF_MAX_RSS_MB. */
  maxRssMb?: number;
}

/** Resident memory one PDF may take while it is read, in MB; past it the reading process is killed. */
export const PDF_MAX_RSS_MB = 640;

interface PdfReply {
  pages?: string[];
  totalPages?: number;
  title?: string;
  author?: string;
  created?: string;
  modified?: string;
  error?: string;
}

/**
 * Reads a PDF in a child process (pure-JS pdf.js through unpdf, no downloads) under a time limit and a
 * hard memory cap: a heap limit does not cover the buffers pdf.js inflates streams into, so the
 * process's resident memory is watched and it is killed past PDF_MAX_RSS_MB (a 1.5 MB file whose
 * streams inflate to 1.5 GB is refused in seconds). A malformed file rejects with pdf.js's reason.
 * `onPage` hears of each page read, and of the pages to read.
 */
export async function readPdf(
  bytes: Buffer, limits: PdfLimits = {}, onPage?: (done: number, total: number) => void,
): Promise<PdfContent> {
  const { timeoutMs = PDF_TIMEOUT_MS, maxPages, maxChars, maxRssMb = PDF_MAX_RSS_MB } = limits;
  const msg = await runIsolated<{ bytes: Uint8Array; maxPages?: number; maxChars?: number }, PdfReply>(
    new URL("./pdfWorker.mjs", import.meta.url),
    {
      bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength),
      ...(maxPages !== undefined && { maxPages }),
      ...(maxChars !== undefined && { maxChars }),
    },
    { timeoutMs, maxRssMb, maxHeapMb: 512 },
    onPage,
  );
  if (msg.error || !msg.pages) throw new Error(msg.error ?? "no text");
  const published = pdfDate(msg.created) ?? pdfDate(msg.modified);
  return {
    pages: msg.pages,
    totalPages: msg.totalPages ?? msg.pages.length,
    ...(msg.title && { title: msg.title }),
    ...(msg.author && { author: msg.author }),
    ...(published && { published }),
  };
}
