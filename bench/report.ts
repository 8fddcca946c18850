import type { HnswParams } from "../index/vectorIndex.js";
import type { AnswerResult } from "./answers.js";
import type { ChartResult } from "./charts.js";
import type { ScaleResult } from "./overlayScale.js";
import { renderScale, scaleTargets } from "./scaleReport.js";
import type { StoreOpsResult } from "./storeOps.js";
import type { UpdateResult } from "./update.js";
import type { IndexingResult, ScalingRow } from "./indexing.js";
import { fmtMs } from "./stats.js";
import type { VectorResult } from "./vectors.js";

export interface Report {
  date: string; mode: "quick" | "full"; durationS?: number;
  machine: { cpu: string; cores: number; memoryGB: number; node: string; platform: string };
  hnsw: HnswParams; indexing: IndexingResult[]; scaling: ScalingRow[]; vectors: VectorResult[]; answers?: AnswerResult; charts?: ChartResult; update?: UpdateResult;
  scale?: ScaleResult; store?: StoreOpsResult;
}

const f1 = (v: number) => v.toFixed(1);
const x = (v: number) => `${v >= 10 ? v.toFixed(0) : v.toFixed(1)}×`;
const verdict = (ok: boolean, miss: string) => (ok ? "met" : `**missed**: ${miss}`);

/** The benchmark report as markdown: machine first, then each measurement, then targets met or missed. */
export function renderReport(r: Report): string {
  const out: string[] = [];
  out.push(`# Tradewise benchmark (${r.mode})`, "", `${r.date} · ${r.machine.cpu} · ${r.machine.cores} cores · ${f1(r.machine.memoryGB)} GiB · Node ${r.machine.node} · ${r.machine.platform}${r.durationS ? ` · run took ${f1(r.durationS)} s` : ""}`, "");
  out.push("Latencies are medians and tail percentiles over many repetitions after a warm-up; nothing here is a single run.", "");

  if (r.indexing.length) out.push("## 1. Indexing", "", "| corpus | docs | passages | figures | total s | docs/s | passages/s | embedding share | peak RSS MB | loop delay p99 / max ms |", "|---|---|---|---|---|---|---|---|---|---|");
  for (const i of r.indexing) out.push(`| ${i.label} | ${i.documents} | ${i.passages} | ${i.facts} | ${f1(i.totalS)} | ${f1(i.docsPerS)} | ${f1(i.passagesPerS)} | ${(i.embedShare * 100).toFixed(0)}% | ${i.peakRssMB.toFixed(0)} | ${f1(i.loopDelayP99Ms)} / ${f1(i.loopDelayMaxMs)} |`);
  if (r.scaling.length) out.push("", "Embedding throughput by worker threads (same passages, USE Lite):", "", "| workers | passages | seconds | passages/s | speed-up |", "|---|---|---|---|---|");
  const one = r.scaling[0]?.passagesPerS ?? 1;
  for (const s of r.scaling) out.push(`| ${s.workers} | ${s.passages} | ${f1(s.seconds)} | ${f1(s.passagesPerS)} | ${x(s.passagesPerS / one)} |`);

  const u = r.update;
  if (u) {
    out.push("", `Incremental update of the ${u.passages.toLocaleString("en-US")}-passage synthetic index, end to end (load the folder, update, write the new generation, answer):`, "",
      "| step | seconds | passages embedded | vectors reused | answered from the new document | peak RSS MB | vs full build |", "|---|---|---|---|---|---|---|");
    for (const row of u.rows) out.push(`| ${row.what} | ${f1(row.seconds)} | ${row.embedded} | ${row.reused} | ${row.answered ? "yes" : "no"} | ${row.peakRssMB.toFixed(0)} | ${x(u.fullBuildS / row.seconds)} faster |`);
    out.push(`| full build (section above) | ${f1(u.fullBuildS)} | ${u.passages} | 0 | | | 1× |`);
  }

  if (r.vectors.length) out.push("", `## 2. Vector search (512-d clustered unit vectors; M=${r.hnsw.M}, efConstruction=${r.hnsw.efConstruction})`, "");
  for (const v of r.vectors) {
    out.push(`### ${v.size.toLocaleString("en-US")} vectors`, "", `Build ${f1(v.buildS)} s · ${f1(v.diskMB)} MB on disk · load ${fmtMs(v.loadMs)} ms (median of 3) · +${v.heapMB.toFixed(0)} MB RSS while built`, "");
    out.push("| search | p50 ms | p95 ms | p99 ms | recall@10 | vs exact (p50) |", "|---|---|---|---|---|---|");
    for (const o of v.ours) out.push(`| Tradewise HNSW ef=${o.ef} | ${fmtMs(o.latency.median)} | ${fmtMs(o.latency.p95)} | ${fmtMs(o.latency.p99)} | ${o.recall.toFixed(3)} | ${x(v.exact.latency.median / o.latency.median)} faster |`);
    out.push(`| exact (Float32Array dot products) | ${fmtMs(v.exact.latency.median)} | ${fmtMs(v.exact.latency.p95)} | ${fmtMs(v.exact.latency.p99)} | 1.000 | 1× |`);
    if (v.langchain) out.push(`| LangChain.js HNSWLib store (its defaults${v.langchain.loadedFromSave ? ", opened with HNSWLib.load" : ""}) | ${fmtMs(v.langchain.latency.median)} | ${fmtMs(v.langchain.latency.p95)} | ${fmtMs(v.langchain.latency.p99)} | ${v.langchain.recall.toFixed(3)} | ${x(v.exact.latency.median / v.langchain.latency.median)} faster |`);
    out.push("");
  }

  const a = r.answers;
  if (a) {
    out.push("## 3. Answer latency (bundled corpus, warm, in process)", "", `${a.questions} questions (the seed question set plus questions answered from passages rather than figures) × ${a.reps} repetitions. Figure questions need no query embedding; passage questions do.`, "", "| step | p50 ms | p95 ms | p99 ms |", "|---|---|---|---|");
    out.push(`| query embedding alone | ${fmtMs(a.queryEmbedding.median)} | ${fmtMs(a.queryEmbedding.p95)} | ${fmtMs(a.queryEmbedding.p99)} |`);
    out.push(`| retrieval (embedding + hybrid search) | ${fmtMs(a.retrieval.median)} | ${fmtMs(a.retrieval.p95)} | ${fmtMs(a.retrieval.p99)} |`);
    out.push(`| full answer() | ${fmtMs(a.fullAnswer.median)} | ${fmtMs(a.fullAnswer.p95)} | ${fmtMs(a.fullAnswer.p99)} |`);
    out.push(`| full answer(), passage questions only | ${fmtMs(a.passageAnswerOnly.median)} | ${fmtMs(a.passageAnswerOnly.p95)} | ${fmtMs(a.passageAnswerOnly.p99)} |`);
    out.push(`| full answer(), figure questions only | ${fmtMs(a.figureAnswerOnly.median)} | ${fmtMs(a.figureAnswerOnly.p95)} | ${fmtMs(a.figureAnswerOnly.p99)} |`);
    if (a.coldStart) {
      const what = "Cold start (`node bin/run.mjs bot/cli/ask --json`, the compiled CLI in a new process, existing index, "
        + "to the first JSON answer)";
      const { median, max, n } = a.coldStart;
      out.push("", `${what}: median ${fmtMs(median)} ms, max ${fmtMs(max)} ms over ${n} runs.`);
    }
    out.push("", "## 5. Responsiveness", "", `50 questions answered concurrently in ${fmtMs(a.concurrent.wallMs)} ms: event-loop delay p99 ${f1(a.concurrent.loopDelayP99Ms)} ms, max ${f1(a.concurrent.loopDelayMaxMs)} ms. While indexing, see the last column of section 1 (embedding runs in worker threads).`);
  }

  const ch = r.charts;
  if (ch) {
    out.push("", "## 6. Chart rendering (vega-lite → SVG → resvg PNG, warm)", "", "The README gallery's three charts, as `/stats` draws them.", "", "| chart | points | PNG KB | p50 ms | p95 ms | p99 ms |", "|---|---|---|---|---|---|");
    for (const c of ch.rows) out.push(`| ${c.name} | ${c.points} | ${c.pngKB.toFixed(0)} | ${fmtMs(c.latency.median)} | ${fmtMs(c.latency.p95)} | ${fmtMs(c.latency.p99)} |`);
    out.push(`| all | | | ${fmtMs(ch.all.median)} | ${fmtMs(ch.all.p95)} | ${fmtMs(ch.all.p99)} |`);
  }

  out.push(...renderScale(r.scale, r.store));

  out.push("", "## Targets", "", "| target | result |", "|---|---|");
  const v100 = r.vectors.find((v) => v.size === 100_000);
  if (v100) {
    const best = v100.ours.filter((o) => o.recall >= 0.98).sort((p, q) => p.latency.p95 - q.latency.p95)[0];
    const dflt = v100.ours.find((o) => o.ef === r.hnsw.ef);
    if (dflt) out.push(`| 100k, default ef=${dflt.ef}: p95 ≤ 2 ms with recall@10 ≥ 0.98 | ${verdict(dflt.latency.p95 <= 2 && dflt.recall >= 0.98, `p95 ${fmtMs(dflt.latency.p95)} ms, recall ${dflt.recall.toFixed(3)}`)} (p95 ${fmtMs(dflt.latency.p95)} ms, recall ${dflt.recall.toFixed(3)}) |`);
    out.push(`| 100k, fastest ef reaching recall 0.98: p95 ≤ 2 ms | ${best ? verdict(best.latency.p95 <= 2, `p95 ${fmtMs(best.latency.p95)} ms at ef=${best.ef}`) + ` (ef=${best.ef}: p95 ${fmtMs(best.latency.p95)} ms, recall ${best.recall.toFixed(3)})` : "**missed**: no ef reached recall 0.98"} |`);
    if (best) out.push(`| 100k: ≥ 50× faster than exact | ${verdict(v100.exact.latency.median / best.latency.median >= 50, x(v100.exact.latency.median / best.latency.median))} (${x(v100.exact.latency.median / best.latency.median)}) |`);
    if (v100.langchain) {
      // LangChain never sets ef (hnswlib's default is 10): compare at that setting, then at our default
      const same = v100.ours.find((o) => o.ef === 10);
      const lc = v100.langchain;
      if (same) out.push(`| 100k: not slower than LangChain's store (same ef=10, same recall) | ${verdict(same.latency.median <= lc.latency.median * 1.05, `p50 ${x(same.latency.median / lc.latency.median)} LangChain's`)} (p50 ${fmtMs(same.latency.median)} vs ${fmtMs(lc.latency.median)} ms, recall ${same.recall.toFixed(3)} vs ${lc.recall.toFixed(3)}) |`);
      const dflt = v100.ours.find((o) => o.ef === r.hnsw.ef);
      if (dflt) out.push(`| 100k: our default ef=${dflt.ef} vs LangChain's store | p50 ${fmtMs(dflt.latency.median)} vs ${fmtMs(lc.latency.median)} ms (${x(dflt.latency.median / lc.latency.median)} the time) for recall ${dflt.recall.toFixed(3)} vs ${lc.recall.toFixed(3)}: LangChain is faster only because it searches with ef=10 and misses ${((1 - lc.recall) * 100).toFixed(0)}% of the true neighbours |`);
    }
  } else if (r.vectors.length) out.push("| 100k targets | not measured in quick mode |");
  if (a) {
    out.push(`| full warm answer p95 ≤ 100 ms | ${verdict(a.fullAnswer.p95 <= 100, `${fmtMs(a.fullAnswer.p95)} ms`)} (p95 ${fmtMs(a.fullAnswer.p95)} ms including the query embedding where a question needs passage search; the embedding alone: p95 ${fmtMs(a.queryEmbedding.p95)} ms) |`);
    out.push(`| event-loop delay p99 ≤ 50 ms with 50 concurrent questions | ${verdict(a.concurrent.loopDelayP99Ms <= 50, `${f1(a.concurrent.loopDelayP99Ms)} ms`)} (${f1(a.concurrent.loopDelayP99Ms)} ms) |`);
  }
  const add = u?.rows[0];
  if (u && add) out.push(`| add one document to a ${u.passages.toLocaleString("en-US")}-passage index and answer from it ≤ 10 s, ≥ 50× faster than a full build | ${verdict(add.seconds <= 10 && u.fullBuildS / add.seconds >= 50 && add.answered, `${f1(add.seconds)} s, ${x(u.fullBuildS / add.seconds)}`)} (${f1(add.seconds)} s vs ${f1(u.fullBuildS)} s: ${x(u.fullBuildS / add.seconds)}) |`);
  out.push(...scaleTargets(r.scale));
  if (ch) out.push(`| chart rendering p95 ≤ 150 ms | ${verdict(ch.all.p95 <= 150, `${fmtMs(ch.all.p95)} ms`)} (p95 ${fmtMs(ch.all.p95)} ms over ${ch.all.n} renders) |`);
  const big = r.vectors.find((v) => v.size === 100_000);
  if (big) out.push(`| load a 100k-vector index ≤ 2 s | ${verdict(big.loadMs <= 2000, `${fmtMs(big.loadMs)} ms`)} (${fmtMs(big.loadMs)} ms for the vectors) |`);
  const embed = r.scaling.at(-1);
  if (embed) out.push(`| indexing throughput (default embedder) | ${f1(embed.passagesPerS)} passages/s with ${embed.workers} worker threads |`);
  out.push("");
  return out.join("\n");
}
