import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { IsolateLimitError, runIsolated, type IsolateLimits } from "../../corpus/isolate.js";
import { documentId, type LoadOptions } from "../../corpus/load.js";
import type { CorpusDocument } from "../../corpus/types.js";
import { UserError } from "../../index/errors.js";
import type { BuildStage } from "../../index/build.js";
import type { Fact } from "../../text/terms.js";

/**
 * What the reader of one upload is asked: the folder holding only that file,
 * and the document's id and source in the server's folder. */
export interface PrepareRequest {
  dir: string;
  id: string;
  source: string;
  /** The link it was fetched from, which its citations link to. */
  url?: string;
  /** Without callbacks: they cannot cross to the child (it reports pages read as progress messages). */
  load: Omit<LoadOptions, "onPdfPage">;
}

/** How far adding a document has got: pages of a PDF read, then the index stages (passages embedded…). */
export type AddProgress = (stage: BuildStage | "pages", done: number, total: number) => void;

/** The document read from an upload and its facts, or why it cannot be read. */
export type PrepareResult = { doc: CorpusDocument; facts: Fact[] } | { skip: string };

/**
 * How much reading one upload may take. The defaults keep the bot (about 400 MB) under 1.2 GB while
 * the largest allowed file is read, and a document under ~1,700 passages to embed.
 */
export const READ_LIMITS = {
  isolate: { timeoutMs: 90_000, maxRssMb: 640, maxHeapMb: 384 } satisfies IsolateLimits,
  /** Characters of text kept from one upload (the first ones): some 1,100 passages, embedded in under a minute. */
  maxChars: 300_000,
  /** Pages of a PDF read (the first ones). */
  maxPdfPages: 300,
};

/**
 * Reads one upload in a child process (parse, clean, facts) under READ_LIMITS: the event loop goes
 * on answering, and a file that needs too much memory or time is stopped, never kept.
 */
export async function prepareUpload(
  req: PrepareRequest, limits: IsolateLimits = READ_LIMITS.isolate, onPage?: (done: number, total: number) => void,
): Promise<PrepareResult> {
  await readers.acquire();
  try {
    // the child beside this module: prepareChild.ts run through tsx, or prepareChild.js compiled into dist/
    const child = new URL(`./prepareChild${import.meta.url.endsWith(".ts") ? ".ts" : ".js"}`, import.meta.url);
    return await runIsolated<PrepareRequest, PrepareResult>(child, req, limits, onPage);
  } finally {
    readers.release();
  }
}

/**
 * Readers running at once, across servers: each may take READ_LIMITS.isolate.maxRssMb, so twenty
 * servers uploading together must not mean twenty readers. Two keep both cores busy.
 */
export const MAX_READERS = 2;

/** A counting semaphore: waiters run in arrival order. */
class Slots {
  private free: number;
  private readonly waiting: Array<() => void> = [];
  constructor(count: number) {
    this.free = count;
  }
  async acquire(): Promise<void> {
    if (this.free > 0) {
      this.free--;
      return;
    }
    await new Promise<void>((resolve) => this.waiting.push(resolve));
  }
  release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.free++;
  }
}

const readers = new Slots(MAX_READERS);

/**
 * Reads one upload as the document it becomes at `source` (its path in the server's folder): its
 * document and facts, or a user error saying why it cannot be added. The PDF reader, a process of its
 * own, gets the same memory cap. `extra`: the link it was fetched from, and who hears of pages read.
 */
export async function readUpload(
  source: string, bytes: Buffer, limits: typeof READ_LIMITS & { maxFileBytes: number },
  extra: { url?: string | undefined; onProgress?: AddProgress | undefined } = {},
): Promise<{ doc: CorpusDocument; facts: Fact[] }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "tradewise-upload-"));
  try {
    await writeFile(path.join(dir, path.basename(source)), bytes);
    const { maxChars, maxPdfPages, maxFileBytes, isolate } = limits;
    const load = { maxFileBytes, maxChars, maxPdfPages, pdfMaxRssMb: isolate.maxRssMb };
    let result;
    try {
      const req = { dir, id: documentId(source), source, load, ...(extra.url && { url: extra.url }) };
      const onPage = extra.onProgress && ((done: number, total: number) => extra.onProgress?.("pages", done, total));
      result = await prepareUpload(req, isolate, onPage);
    } catch (err) {
      const why = (err as Error).message;
      if (err instanceof IsolateLimitError) {
        const limit = why.replace(/ to read$/, "");
        throw new UserError("BAD_INPUT", `the file was not added: reading it ${limit}`, { cause: err });
      }
      throw new UserError("BAD_INPUT", `the file could not be read: ${why}`, { cause: err });
    }
    if ("skip" in result) throw new UserError("BAD_INPUT", `the file could not be read: ${result.skip}`);
    return result;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
