import { monitorEventLoopDelay } from "node:perf_hooks";
import { loadCorpus } from "../corpus/load.js";
import { UseLiteEmbedder } from "../index/embedders/useLite.js";
import type { IndexData } from "../index/store.js";
import { buildFromCorpus } from "../retrieval/engine.js";
import { measured } from "./measure.js";
import type { Fact } from "../text/terms.js";

export interface IndexingResult {
  label: string; documents: number; passages: number; facts: number; totalS: number; embedS: number;
  docsPerS: number; passagesPerS: number; embedShare: number; peakRssMB: number; loopDelayP99Ms: number; loopDelayMaxMs: number; workers: number;
}

/** Builds a full index of a folder (load, chunk, embed in worker threads, HNSW, BM25, facts) and measures it. */
export async function benchIndexing(label: string, dir: string, workers: number, keep?: (data: IndexData<Fact>) => void): Promise<IndexingResult> {
  const embedder = new UseLiteEmbedder({ workers });
  const h = monitorEventLoopDelay({ resolution: 5 });
  h.enable();
  try {
    const { value: { data, timings }, seconds: totalS, peakRssMB } = await measured(async () => buildFromCorpus(await loadCorpus(dir), embedder), 50);
    keep?.(data);
    return {
      label, documents: data.documents.length, passages: data.passages.length, facts: data.facts.length, totalS, embedS: timings.embedMs / 1000,
      docsPerS: data.documents.length / totalS, passagesPerS: data.passages.length / totalS, embedShare: timings.embedMs / 1000 / totalS,
      peakRssMB, loopDelayP99Ms: h.percentile(99) / 1e6, loopDelayMaxMs: h.max / 1e6, workers,
    };
  } finally {
    h.disable();
    await embedder.close();
  }
}

export interface ScalingRow { workers: number; passages: number; seconds: number; passagesPerS: number }

/** Embedding throughput of the same passages with 1..n worker threads (embedding is the bottleneck). */
export async function benchScaling(texts: string[], maxWorkers: number): Promise<ScalingRow[]> {
  const rows: ScalingRow[] = [];
  for (let w = 1; w <= maxWorkers; w++) {
    const e = new UseLiteEmbedder({ workers: w });
    await e.embedPassages(texts.slice(0, 16 * w)); // warm-up: every worker loads its model
    const t = performance.now();
    await e.embedPassages(texts);
    const seconds = (performance.now() - t) / 1000;
    rows.push({ workers: w, passages: texts.length, seconds, passagesPerS: texts.length / seconds });
    await e.close();
  }
  return rows;
}
