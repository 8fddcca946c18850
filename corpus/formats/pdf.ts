import { Worker } from "node:worker_threads";

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
}

/**
 * Reads a PDF in a worker thread with a time limit (pure-JS pdf.js through unpdf, no downloads): a
 * malformed file rejects with pdf.js's reason, a file that takes too long is stopped and rejected.
 * The worker's heap is capped, but not the buffers pdf.js inflates streams into: callers that read
 * untrusted files run this in a process whose memory they watch (bot/collections/isolate.ts).
 */
export function readPdf(bytes: Buffer, limits: PdfLimits = {}): Promise<PdfContent> {
  const { timeoutMs = PDF_TIMEOUT_MS, maxPages, maxChars } = limits;
  return new Promise((resolve, reject) => {
    const copy = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    const worker = new Worker(new URL("./pdfWorker.mjs", import.meta.url), {
      workerData: { bytes: copy, maxPages, maxChars },
      transferList: [copy as ArrayBuffer],
      resourceLimits: { maxOldGenerationSizeMb: 512 },
    });
    const timer = setTimeout(() => {
      void worker.terminate();
      reject(new Error(`took longer than ${Math.round(timeoutMs / 1000)} s to read`));
    }, timeoutMs);
    const done = () => {
      clearTimeout(timer);
      void worker.terminate();
    };
    worker.once(
      "message",
      (msg: {
        pages?: string[];
        totalPages?: number;
        title?: string;
        author?: string;
        created?: string;
        modified?: string;
        error?: string;
      }) => {
        done();
        if (msg.error || !msg.pages) {
          reject(new Error(msg.error ?? "no text"));
          return;
        }
        const published = pdfDate(msg.created) ?? pdfDate(msg.modified);
        resolve({
          pages: msg.pages,
          totalPages: msg.totalPages ?? msg.pages.length,
          ...(msg.title && { title: msg.title }),
          ...(msg.author && { author: msg.author }),
          ...(published && { published }),
        });
      },
    );
    worker.once("error", (err) => {
      done();
      reject(err);
    });
    worker.once("exit", (code) => {
      clearTimeout(timer);
      if (code !== 0) reject(new Error(`the PDF reader stopped (exit code ${code})`));
    });
  });
}
