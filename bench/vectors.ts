import { copyFile, mkdir, mkdtemp, rm, stat, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { HNSWLib } from "@langchain/community/vectorstores/hnswlib";
import { Document } from "@langchain/core/documents";
import { Embeddings } from "@langchain/core/embeddings";
import { VectorIndex, type HnswParams } from "../index/vectorIndex.js";
import { exactSearch, recallAtK, summarize, time, type Summary } from "./stats.js";
import { clusteredVectors } from "./synthetic.js";

export interface EfResult { ef: number; latency: Summary; recall: number }
export interface VectorResult {
  size: number; dims: number; buildS: number; diskMB: number; loadMs: number; heapMB: number;
  ours: EfResult[]; exact: { latency: Summary }; langchain?: { buildS: number; latency: Summary; recall: number; loadedFromSave: boolean };
}

/** Embeddings that are never called: the LangChain store is fed precomputed vectors. */
class PrecomputedEmbeddings extends Embeddings {
  constructor() { super({}); }
  async embedDocuments(): Promise<number[][]> { throw new Error("vectors are precomputed"); }
  async embedQuery(): Promise<number[]> { throw new Error("vectors are precomputed"); }
}

const row = (data: Float32Array, dims: number, i: number) => Array.from(data.subarray(i * dims, (i + 1) * dims));

/** Build, persist, load and query an HNSW index of `size` vectors; compare with exact search and LangChain's store. */
export async function benchVectors(size: number, dims: number, opts: { queries: number; efs: number[]; params: HnswParams; langchain: boolean; log: (s: string) => void }): Promise<VectorResult> {
  const data = clusteredVectors(size + opts.queries, dims, size);
  const queries = Array.from({ length: opts.queries }, (_, q) => data.subarray((size + q) * dims, (size + q + 1) * dims));
  const base = data.subarray(0, size * dims);
  const vectors = Array.from({ length: size }, (_, i) => row(base, dims, i));

  opts.log(`  ${size}: building HNSW`);
  const heap0 = process.memoryUsage().rss;
  let t = performance.now();
  const index = await VectorIndex.build(vectors, dims, opts.params);
  const buildS = (performance.now() - t) / 1000;
  const heapMB = (process.memoryUsage().rss - heap0) / 2 ** 20;
  const dir = await mkdtemp(path.join(os.tmpdir(), "tradewise-bench-"));
  const file = path.join(dir, "v.hnsw");
  await index.write(file);
  const diskMB = (await stat(file)).size / 2 ** 20;
  const loads = await time(() => VectorIndex.read(file, dims, opts.params), 3, 1);
  const loaded = await VectorIndex.read(file, dims, opts.params);

  opts.log(`  ${size}: exact search for ground truth`);
  const truth: number[][] = [];
  const exactTimes: number[] = [];
  for (const q of queries) {
    const t0 = performance.now();
    truth.push(exactSearch(base, dims, q, 10));
    exactTimes.push(performance.now() - t0);
  }
  const ours: EfResult[] = [];
  const qArrays = queries.map((q) => Array.from(q));
  for (const ef of opts.efs) {
    const idx = await VectorIndex.read(file, dims, { ...opts.params, ef });
    const found = qArrays.map((q) => idx.search(q, 10).map((h) => h.label));
    let qi = 0;
    const lat = await time(() => idx.search(qArrays[qi++ % qArrays.length]!, 10), Math.max(500, qArrays.length * 5), 50);
    ours.push({ ef, latency: summarize(lat), recall: recallAtK(found, truth, 10) });
  }
  void loaded;
  const result: VectorResult = { size, dims, buildS, diskMB, loadMs: summarize(loads).median, heapMB, ours, exact: { latency: summarize(exactTimes) } };

  if (opts.langchain) {
    opts.log(`  ${size}: LangChain HNSWLib store`);
    t = performance.now();
    let store: HNSWLib;
    if (size <= 20_000) {
      // what a LangChain user writes: the store with its defaults, fed the same vectors
      store = new HNSWLib(new PrecomputedEmbeddings(), { space: "cosine", numDimensions: dims });
      await store.addVectors(vectors, vectors.map((_, i) => new Document({ pageContent: "", metadata: { i } })));
    } else {
      // the same graph saved in LangChain's format and opened with HNSWLib.load, as a user reopens a
      // store: spares a second identical build (same hnswlib-node, same M and efConstruction)
      const lcDir = path.join(dir, "langchain");
      await mkdir(lcDir);
      await copyFile(file, path.join(lcDir, "hnswlib.index"));
      await writeFile(path.join(lcDir, "args.json"), JSON.stringify({ space: "cosine", numDimensions: dims }));
      await writeFile(path.join(lcDir, "docstore.json"), JSON.stringify(vectors.map((_, i) => [String(i), new Document({ pageContent: "", metadata: { i } })])));
      store = await HNSWLib.load(lcDir, new PrecomputedEmbeddings());
    }
    const lcBuild = (performance.now() - t) / 1000;
    const found: number[][] = [];
    for (const q of qArrays) found.push((await store.similaritySearchVectorWithScore(q, 10)).map(([d]) => (d.metadata as { i: number }).i));
    let qi = 0;
    const lat = await time(() => store.similaritySearchVectorWithScore(qArrays[qi++ % qArrays.length]!, 10), Math.max(500, qArrays.length * 5), 50);
    result.langchain = { buildS: lcBuild, latency: summarize(lat), recall: recallAtK(found, truth, 10), loadedFromSave: size > 20_000 };
  }
  await rm(dir, { recursive: true, force: true });
  return result;
}
