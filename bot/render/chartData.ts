import { findPeriods } from "../../text/periods.js";
import type { Answer, Figure } from "../../retrieval/types.js";

/**
 * What a chart of an answer's figures shows, decided from the figures alone: a ranking (one period,
 * several places), a series (one place, several periods) or a comparison (several of each).
 */

export type ChartKind = "ranking" | "series" | "comparison";

export interface ChartPoint {
  /** The place (ranking, comparison) or period (series) on the axis. */
  label: string;
  /** Comparison only: the period a bar belongs to. */
  group?: string;
  value: number;
  /** Citation numbers of the figure, shown beside its label. */
  cites: number[];
}

export interface ChartData {
  kind: ChartKind;
  /** Short: what is measured ("exports, growth"), or the place of a series. */
  title: string;
  /** The rest of what the figures are: the period of a ranking, the measure of a series. */
  subtitle: string;
  unit: string;
  points: ChartPoint[];
  /** Figures left out to keep the chart readable (a ranking shows at most MAX_BARS). */
  omitted: number;
}

/** Most bars a chart shows; a longer ranking keeps its top and says so. */
export const MAX_BARS = 25;

/** A figure's measure without place and period: "Guangdong · exports, growth · January 2014" → "exports, growth". */
const whatOf = (f: Figure) => f.metric ?? f.label.split(" · ").slice(1, -1).join(" · ");

/** Sorts period labels in time order ("2012" < "2013" < "January 2014"); labels not understood keep their order. */
function periodKey(label: string): number {
  const p = findPeriods(label)[0]?.period;
  return p?.y2 != null ? p.y2 * 12 + p.m2 : Number.POSITIVE_INFINITY;
}

/**
 * The chart for an answer, if its figures make one: at least `min` stated or computed figures of one
 * measure and unit (the largest such group), with place and period known. Computed intermediate
 * steps of another unit are left out.
 */
export function chartData(a: Pick<Answer, "figures">, min = 3): ChartData | undefined {
  const groups = new Map<string, Figure[]>();
  for (const f of a.figures) {
    if (!f.entity || !f.period || !Number.isFinite(f.value)) continue;
    const key = `${whatOf(f)}\u0000${f.unit}`;
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  const figures = [...groups.values()].sort((x, y) => y.length - x.length)[0];
  if (!figures || figures.length < min) return undefined;
  // one figure per place and period: the first, as the answer orders them
  const seen = new Set<string>();
  const unique = figures.filter((f) => !seen.has(`${f.entity}|${f.period}`) && seen.add(`${f.entity}|${f.period}`));
  const places = [...new Set(unique.map((f) => f.entity!))];
  const periods = [...new Set(unique.map((f) => f.period!))].sort((x, y) => periodKey(x) - periodKey(y));
  if (unique.length < min) return undefined;
  const what = whatOf(unique[0]!);
  const unit = unique[0]!.unit;
  const point = (f: Figure, label: string, group?: string): ChartPoint => ({
    label,
    value: f.value,
    cites: f.citations,
    ...(group && { group }),
  });

  if (periods.length === 1) {
    const ranked = [...unique].sort((x, y) => y.value - x.value);
    return {
      kind: "ranking",
      title: what,
      subtitle: periods[0]!,
      unit,
      points: ranked.slice(0, MAX_BARS).map((f) => point(f, f.entity!)),
      omitted: Math.max(0, ranked.length - MAX_BARS),
    };
  }
  if (places.length === 1) {
    const ordered = [...unique].sort((x, y) => periodKey(x.period!) - periodKey(y.period!));
    return {
      kind: "series",
      title: places[0]!,
      subtitle: what,
      unit,
      points: ordered.slice(-MAX_BARS).map((f) => point(f, f.period!)),
      omitted: Math.max(0, ordered.length - MAX_BARS),
    };
  }
  const ordered = [...unique].sort(
    (x, y) =>
      periods.indexOf(x.period!) - periods.indexOf(y.period!) || places.indexOf(x.entity!) - places.indexOf(y.entity!),
  );
  return {
    kind: "comparison",
    title: what,
    subtitle: `${periods[0]} to ${periods.at(-1)}`,
    unit,
    points: ordered.slice(0, MAX_BARS).map((f) => point(f, f.entity!, f.period!)),
    omitted: Math.max(0, ordered.length - MAX_BARS),
  };
}

/** The chart as text: the attachment's alt text and what a reader without images gets. */
export function chartAltText(c: ChartData): string {
  const unit = c.unit === "%" ? "%" : ` ${c.unit}`;
  const rows = c.points.map((p) => `${p.group ? `${p.group}, ` : ""}${p.label}: ${p.value}${unit}`);
  const kind = {
    ranking: "Bar chart, ranked",
    series: "Line chart over time",
    comparison: "Grouped bar chart by period",
  }[c.kind];
  const more = c.omitted ? ` (${c.omitted} more not shown)` : "";
  return `${kind}: ${c.title} · ${c.subtitle}. ${rows.join("; ")}${more}.`;
}
