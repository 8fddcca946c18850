import { STATS_CHART_MIN } from "../bot/discord/commands/stats.js";
import { renderChart } from "../bot/render/chart.js";
import { galleryCharts } from "../bot/render/gallery.js";
import type { Engine } from "../retrieval/answer.js";
import type { Fact } from "../text/terms.js";
import { summarize, type Summary } from "./stats.js";

export interface ChartResult {
  rows: Array<{ name: string; points: number; pngKB: number; latency: Summary }>;
  all: Summary;
}

/** Chart rendering (spec → SVG → PNG) for the README gallery's three charts, warm, many times each. */
export async function benchCharts(engine: Engine<Fact>, reps: number): Promise<ChartResult> {
  const rows: ChartResult["rows"] = [];
  const all: number[] = [];
  for (const { name, chart } of galleryCharts(engine, STATS_CHART_MIN)) {
    for (let i = 0; i < 3; i++) await renderChart(chart); // warm-up: font parsing, JIT
    const times: number[] = [];
    let bytes = 0;
    for (let i = 0; i < reps; i++) {
      const t0 = performance.now();
      bytes = (await renderChart(chart)).png.length;
      times.push(performance.now() - t0);
    }
    all.push(...times);
    rows.push({ name, points: chart.points.length, pngKB: bytes / 1024, latency: summarize(times) });
  }
  return { rows, all: summarize(all) };
}
