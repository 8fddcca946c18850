import { stats, type StatsQuery } from "../../retrieval/stats.js";
import type { Engine } from "../../retrieval/answer.js";
import type { Fact } from "../../text/terms.js";
import { chartData, type ChartData } from "./chartData.js";

/** The /stats queries whose charts the README shows: one of each kind, on the bundled corpus. */
export const GALLERY: Array<{ name: "ranking" | "comparison" | "series"; command: string; query: StatsQuery }> = [
  {
    name: "ranking",
    command: "/stats metric:trade measure:growth period:2025",
    query: { metric: "trade", measure: "growth", period: "2025" },
  },
  {
    name: "comparison",
    command: "/stats metric:trade measure:share top:25",
    query: { metric: "trade", measure: "share", top: 25 },
  },
  {
    name: "series",
    command: "/stats entity:seven eastern regions metric:trade measure:share",
    query: { entity: "seven eastern regions", metric: "trade", measure: "share" },
  },
];

/** The gallery's charts as /stats draws them (same data, same minimum); a query that makes no chart is an error. */
export function galleryCharts(
  engine: Engine<Fact>,
  min: number,
): Array<{ name: string; command: string; chart: ChartData }> {
  return GALLERY.map(({ name, command, query }) => {
    const chart = chartData(stats(query, engine), min);
    if (!chart) throw new Error(`${command} draws no chart on this corpus`);
    if (chart.kind !== name) throw new Error(`${command} draws a ${chart.kind}, not a ${name}`);
    return { name, command, chart };
  });
}
