/** Summary statistics and recall: the pure parts of the benchmark, unit-tested. */

export interface Summary { n: number; median: number; p95: number; p99: number; min: number; max: number }

/** Nearest-rank percentile of an unsorted sample. */
export function percentile(values: number[], p: number): number {
  if (!values.length) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!;
}

export function summarize(values: number[]): Summary {
  return { n: values.length, median: percentile(values, 50), p95: percentile(values, 95), p99: percentile(values, 99), min: Math.min(...values), max: Math.max(...values) };
}

/** Mean recall@k: the share of each query's true k nearest neighbours the approximate search found. */
export function recallAtK(approx: number[][], exact: number[][], k: number): number {
  if (approx.length !== exact.length) throw new Error("one result list per query expected");
  let sum = 0;
  for (let q = 0; q < exact.length; q++) {
    const truth = new Set(exact[q]!.slice(0, k));
    const found = approx[q]!.slice(0, k).filter((x) => truth.has(x)).length;
    sum += truth.size ? found / truth.size : 1;
  }
  return exact.length ? sum / exact.length : 1;
}

/** Exact top-k by dot product over unit vectors packed in one Float32Array: the ten-line floor a user could write. */
export function exactSearch(data: Float32Array, dims: number, query: Float32Array, k: number): number[] {
  const n = data.length / dims;
  const best: Array<[number, number]> = [];
  for (let i = 0; i < n; i++) {
    let dot = 0;
    const off = i * dims;
    for (let d = 0; d < dims; d++) dot += data[off + d]! * query[d]!;
    if (best.length < k) { best.push([dot, i]); best.sort((a, b) => b[0] - a[0]); }
    else if (dot > best[k - 1]![0]) { best[k - 1] = [dot, i]; best.sort((a, b) => b[0] - a[0]); }
  }
  return best.map(([, i]) => i);
}

/** Times `fn` `reps` times after `warmup` untimed runs; milliseconds per run. */
export async function time(fn: () => unknown, reps: number, warmup = Math.min(10, reps)): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn();
  const out: number[] = [];
  for (let i = 0; i < reps; i++) {
    const t = performance.now();
    await fn();
    out.push(performance.now() - t);
  }
  return out;
}

export const fmtMs = (v: number) => (v < 1 ? v.toFixed(3) : v < 100 ? v.toFixed(2) : v.toFixed(0));
