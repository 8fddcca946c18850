import type { LoadOptions } from "../../corpus/load.js";
import type { CorpusDocument } from "../../corpus/types.js";
import type { Fact } from "../../text/terms.js";
import { runIsolated, type IsolateLimits } from "../../corpus/isolate.js";

/** What the reader of one upload is asked: the folder holding only that file, and the document's id in the server's folder. */
export interface PrepareRequest {
  dir: string;
  id: string;
  source: string;
  load: LoadOptions;
}

/** The document read from an upload and its facts, or why it cannot be read. */
export type PrepareResult = { doc: CorpusDocument; facts: Fact[] } | { skip: string };

/**
 * How much reading one upload may take. The defaults keep the bot (about 400 MB) under 1.2 GB while
 * the largest allowed file is read, and a document under ~1,700 passages to embed.
 */
export const READ_LIMITS = {
  isolate: { timeoutMs: 90_000, maxRssMb: 640, maxHeapMb: 384 } satisfies IsolateLimits,
  /** Characters of text kept from one upload (the first ones). */
  maxChars: 1_000_000,
  /** Pages of a PDF read (the first ones). */
  maxPdfPages: 300,
};

/**
 * Reads one upload in a child process (parse, clean, facts) under READ_LIMITS: the event loop goes
 * on answering, and a file that needs too much memory or time is stopped, never kept.
 */
export async function prepareUpload(req: PrepareRequest, limits: IsolateLimits = READ_LIMITS.isolate): Promise<PrepareResult> {
  return runIsolated<PrepareRequest, PrepareResult>(new URL("./prepareChild.ts", import.meta.url), req, limits);
}
