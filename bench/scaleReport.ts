import { median, type ScaleResult } from "./overlayScale.js";
import { fmtMs, type Summary } from "./stats.js";
import type { StoreOpsResult } from "./storeOps.js";

/** The scale rows as markdown (sections 7 and 8) and their lines in the targets table. */

const f1 = (v: number) => v.toFixed(1);
const x2 = (v: number) => `${v.toFixed(2)}×`;
const verdict = (ok: boolean, miss: string) => (ok ? "met" : `**missed**: ${miss}`);

/** The rounds' medians of one measure. */
const mid = (s: ScaleResult, pick: (m: ScaleResult["measures"][number]) => number) => median(s.measures.map(pick));
/** A latency over the rounds: the median of their medians and of their p95s. */
const overRounds = (s: ScaleResult, pick: (m: ScaleResult["measures"][number]) => Summary) =>
  ({
    median: mid(s, (m) => pick(m).median), p95: mid(s, (m) => pick(m).p95),
    n: s.measures.reduce((n, m) => n + pick(m).n, 0),
  });

export const memory = (s: ScaleResult) => {
  const base = median(s.controls.map((c) => c.rssMB));
  const servers = mid(s, (m) => m.rss.serversMB);
  const baseHeap = median(s.controls.map((c) => c.heapMB));
  const serversHeap = mid(s, (m) => m.heap.serversMB);
  return { base, servers, ratio: servers / base, baseHeap, serversHeap };
};
export const latencyRatio = (s: ScaleResult): number => mid(s, (m) => m.latency.overlay.p95 / m.latency.base.p95);

export function renderScale(s: ScaleResult | undefined, st: StoreOpsResult | undefined): string[] {
  const out: string[] = [];
  if (s) {
    const n = s.servers;
    const m0 = s.measures[0]!;
    const mem = memory(s);
    const first = overRounds(s, (m) => m.firstAnswerMs);
    const evicted = overRounds(s, (m) => m.evictedFirstAnswerMs);
    const base = overRounds(s, (m) => m.latency.base);
    const overlay = overRounds(s, (m) => m.latency.overlay);
    const rounds = s.measures.length;
    out.push("", `## 7. Many servers: one base, ${n} overlays`, "",
      `A ${s.passages.toLocaleString("en-US")}-passage base (${s.setup.documents} synthetic articles of 20 one-passage `
      + `paragraphs: the sentences of the bundled corpus and the public evaluation sets' ${s.setup.seedDocuments} `
      + "articles recombined, place names and figures varied by a seeded generator, bench/synthetic.ts) and "
      + `${n} servers, each with one small upload added through the bot's /add path (median `
      + `${fmtMs(s.setup.addMs.median)} ms an upload). **Embedder: ${s.embedder}**; the base was `
      + `${s.setup.cached ? "found in the bench cache" : "built"} (${f1(s.setup.buildS)} s). `
      + `SERVER_CACHE_MB=${s.cacheMb}. ${rounds} round(s), each of two fresh processes that load the base and answer `
      + `the ${m0.latency.questions} latency questions once: a control that then asks the base the servers' question `
      + `${n} times, and one that asks each server once (each answer checked to come from its own upload). `
      + "Values are medians over the rounds.", "",
      "| measure | value |", "|---|---|",
      `| resident memory, base alone (control process) | ${mem.base.toFixed(0)} MB `
        + `(JS heap ${mem.baseHeap.toFixed(0)} MB) |`,
      `| resident memory after all ${n} servers asked | ${mem.servers.toFixed(0)} MB (${x2(mem.ratio)}; JS heap `
        + `${mem.serversHeap.toFixed(0)} MB, ${x2(mem.serversHeap / mem.baseHeap)}); `
        + `${mid(s, (m) => m.rss.inMemory)} overlays in memory, the rest evicted |`,
      `| the same process before asking any server | ${mid(s, (m) => m.rss.baseMB).toFixed(0)} MB (still growing: `
        + "the control grows as much over the same questions without any overlay) |",
      `| disk: base index | ${f1(m0.disk.baseMB)} MB |`,
      `| disk: ${n} overlays | ${f1(m0.disk.overlaysMB)} MB (${(m0.disk.overlaysMB / n * 1024).toFixed(0)} KB each); `
        + `their uploads ${f1(m0.disk.uploadsMB)} MB; state file (records, overlays packed) `
        + `${f1(m0.disk.stateMB)} MB |`,
      `| first answer of each server (overlay read from disk) | median ${fmtMs(first.median)} ms, `
        + `p95 ${fmtMs(first.p95)} ms |`,
      `| first answer of a server whose overlay was evicted (${evicted.n} answers) | `
        + `median ${fmtMs(evicted.median)} ms, p95 ${fmtMs(evicted.p95)} ms |`,
      `| answer, base alone (${base.n} answers) | median ${fmtMs(base.median)} ms, p95 ${fmtMs(base.p95)} ms |`,
      `| answer, base + a server's overlay (same questions, interleaved) | median ${fmtMs(overlay.median)} ms, `
        + `p95 ${fmtMs(overlay.p95)} ms (${x2(latencyRatio(s))} the base's p95, median of the rounds' ratios) |`);
  }
  if (st) {
    out.push("", `## 8. State store hot paths: SQLite against PostgreSQL (${st.ops} operations each, after 20 warm-up)`,
      "", "Both on the same disk, each commit flushed (SQLite: WAL, synchronous=FULL; PostgreSQL: a throwaway local "
        + "server with its default durability, over loopback, removed afterwards). Recording an answer is two "
        + "commits on either; on PostgreSQL each statement is also a round trip to the server.", "",
      "| operation | SQLite p50 / p95 ms | PostgreSQL p50 / p95 ms | PostgreSQL vs SQLite (p50) |",
      "|---|---|---|---|");
    for (const r of st.rows) {
      const pg = r.postgres;
      const pgCells = pg
        ? `${fmtMs(pg.median)} / ${fmtMs(pg.p95)} | ${x2(pg.median / r.sqlite.median)}`
        : "not measured | ";
      out.push(`| ${r.op} | ${fmtMs(r.sqlite.median)} / ${fmtMs(r.sqlite.p95)} | ${pgCells} |`);
    }
    if (st.postgresAbsent) out.push("", `PostgreSQL not measured: ${st.postgresAbsent}`);
  }
  return out;
}

export function scaleTargets(s: ScaleResult | undefined): string[] {
  if (!s) return [];
  const mem = memory(s);
  const ev = overRounds(s, (m) => m.evictedFirstAnswerMs);
  const lat = latencyRatio(s);
  const label = `${s.passages.toLocaleString("en-US")}-passage base, ${s.servers} servers`;
  return [
    `| ${label}: resident memory ≤ 1.25× the base alone | ${verdict(mem.ratio <= 1.25, x2(mem.ratio))} `
      + `(${mem.base.toFixed(0)} → ${mem.servers.toFixed(0)} MB, ${x2(mem.ratio)}) |`,
    `| ${label}: first answer after eviction ≤ 200 ms | ${verdict(ev.p95 <= 200, `p95 ${fmtMs(ev.p95)} ms`)} `
      + `(median ${fmtMs(ev.median)} ms, p95 ${fmtMs(ev.p95)} ms) |`,
    `| ${label}: answer p95 with an overlay ≤ 1.2× the base alone | ${verdict(lat <= 1.2, x2(lat))} (${x2(lat)}) |`,
  ];
}
