/** Runs a job and measures its wall time and the process's peak RSS, sampled every `sampleMs`. */
export async function measured<T>(job: () => Promise<T>, sampleMs = 20): Promise<{ value: T; seconds: number; peakRssMB: number }> {
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => { peak = Math.max(peak, process.memoryUsage().rss); }, sampleMs);
  const t0 = performance.now();
  try {
    const value = await job();
    return { value, seconds: (performance.now() - t0) / 1000, peakRssMB: peak / 2 ** 20 };
  } finally {
    clearInterval(sampler);
  }
}
