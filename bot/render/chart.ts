import { createRequire } from "node:module";
import path from "node:path";
import { renderAsync } from "@resvg/resvg-js";
import * as vega from "vega";
import { compile, type TopLevelSpec } from "vega-lite";
import { chartAltText, type ChartData } from "./chartData.js";
import { stripControls } from "./printable.js";
import { formatValue } from "./terminal.js";

/**
 * Charts as PNG, offline and in-process: vega-lite spec → vega SVG → resvg PNG, with a font shipped in
 * npm (no system fonts, no downloads). One light card with dark text reads on Discord's dark and light themes.
 */

// DejaVu Sans from npm, so every machine draws the same glyphs
const FONT_DIR = path.join(
  path.dirname(createRequire(import.meta.url).resolve("dejavu-fonts-ttf/package.json")),
  "ttf",
);
const FONT = "DejaVu Sans";
const FONT_FILES = ["DejaVuSans.ttf", "DejaVuSans-Bold.ttf"].map((f) => path.join(FONT_DIR, f));

const THEME = {
  background: "#ffffff",
  text: "#1f2328",
  muted: "#57606a",
  grid: "#d8dee4",
  bar: "#2f6fde",
  negative: "#d9534f",
} as const;
/** Colours for the periods of a comparison, distinguishable for common colour-vision deficiencies (Okabe–Ito). */
const SERIES_COLOURS = ["#0072b2", "#e69f00", "#009e73", "#cc79a7", "#56b4e9", "#d55e00", "#f0e442", "#000000"];

/** Discord's upload limit for bots without boosts. */
export const MAX_PNG_BYTES = 8 * 1024 * 1024;
const WIDTH = 720;
const MAX_LABEL = 40;

export interface RenderedChart {
  png: Buffer;
  /** Alt text: the chart's figures as a sentence. */
  alt: string;
  width: number;
  height: number;
}

/** Label text as data: no control characters, bounded length (vega escapes it into the SVG). */
function clean(text: string, max = MAX_LABEL): string {
  const plain = stripControls(text).replace(/[\t\n]/g, "").trim();
  return plain.length > max ? `${plain.slice(0, max - 1)}…` : plain;
}

const citeText = (cites: number[]) => (cites.length ? ` [${cites.join("][")}]` : "");

function caption(c: ChartData): string {
  const sources = [...new Set(c.points.flatMap((p) => p.cites))].sort((a, b) => a - b);
  const parts = [`Unit: ${c.unit}`, sources.length ? `sources [${sources.join("], [")}] as cited in the answer` : ""];
  if (c.omitted) parts.push(`top ${c.points.length} shown, ${c.omitted} more left out`);
  return parts.filter(Boolean).join(" · ");
}

/** The value axis runs from zero (or the lowest value) with room at the end for the value labels. */
function valueDomain(values: number[]): [number, number] {
  const lo = Math.min(0, ...values);
  const hi = Math.max(0, ...values);
  const span = hi - lo || Math.abs(hi) || 1;
  return [lo < 0 ? lo - span * 0.18 : 0, hi > 0 ? hi + span * 0.18 : 0];
}

/** Bars with their value at the end: to the right of positive bars, to the left of negative ones. */
function barLayers(colour: Record<string, unknown>, fontSize: number) {
  return [
    { mark: { type: "bar", cornerRadiusEnd: 3 }, encoding: colour },
    {
      transform: [{ filter: "datum.value >= 0" }],
      mark: { type: "text", align: "left", dx: 4, color: THEME.text, fontSize },
      encoding: { text: { field: "text" } },
    },
    {
      transform: [{ filter: "datum.value < 0" }],
      mark: { type: "text", align: "right", dx: -4, color: THEME.text, fontSize },
      encoding: { text: { field: "text" } },
    },
  ];
}

/** The vega-lite spec for a chart: data in, nothing from the user outside the data. */
export function chartSpec(c: ChartData): TopLevelSpec {
  const rows = c.points.map((p) => ({
    label: clean(p.label),
    axis: clean(`${p.label}${citeText(p.cites)}`),
    group: p.group ? clean(p.group) : "",
    value: p.value,
    text: formatValue({ value: p.value, unit: c.unit }),
  }));
  const common = {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    background: THEME.background,
    width: WIDTH,
    autosize: { type: "fit-x", contains: "padding" },
    padding: { left: 16, right: 24, top: 12, bottom: 12 },
    // vega estimates text widths without a canvas (generously): a limit keeps a long title from squeezing the plot
    title: {
      text: clean(c.title, 90),
      subtitle: [clean(c.subtitle, 90), clean(caption(c), 140)],
      anchor: "start",
      color: THEME.text,
      subtitleColor: THEME.muted,
      fontSize: 16,
      subtitleFontSize: 12,
      offset: 12,
      limit: WIDTH - 60,
      subtitlePadding: 4,
    },
    config: {
      font: FONT,
      view: { stroke: null },
      axis: {
        labelColor: THEME.text,
        titleColor: THEME.muted,
        gridColor: THEME.grid,
        domainColor: THEME.grid,
        tickColor: THEME.grid,
        labelFontSize: 12,
        titleFontSize: 12,
        labelLimit: 260,
      },
      legend: {
        labelColor: THEME.text,
        titleColor: THEME.muted,
        labelFontSize: 12,
        titleFontSize: 12,
        orient: "top",
        direction: "horizontal",
      },
    },
    data: { values: rows },
  };
  const valueAxis = {
    field: "value",
    type: "quantitative",
    title: c.unit,
    scale: { domain: valueDomain(rows.map((r) => r.value)), nice: false },
  };
  if (c.kind === "series") {
    return {
      ...common,
      height: 240,
      encoding: {
        x: {
          field: "axis",
          type: "ordinal",
          sort: null,
          title: null,
          axis: { labelAngle: 0 },
          scale: { padding: 0.5 },
        },
        y: {
          field: "value",
          type: "quantitative",
          title: c.unit,
          scale: { zero: Math.min(...rows.map((r) => r.value)) >= 0 },
        },
      },
      layer: [
        {
          mark: { type: "line", color: THEME.bar, strokeWidth: 3, point: { filled: true, size: 70, color: THEME.bar } },
        },
        { mark: { type: "text", dy: -14, color: THEME.text, fontSize: 12 }, encoding: { text: { field: "text" } } },
      ],
    } as TopLevelSpec;
  }
  if (c.kind === "comparison") {
    const groups = [...new Set(rows.map((r) => r.group))];
    return {
      ...common,
      height: 18 * rows.length + 12 * new Set(rows.map((r) => r.label)).size,
      encoding: {
        y: { field: "label", type: "nominal", sort: null, title: null },
        yOffset: { field: "group", type: "nominal", sort: groups },
        x: valueAxis,
      },
      layer: barLayers(
        { color: { field: "group", type: "nominal", sort: groups, title: "Period", scale: { range: SERIES_COLOURS } } },
        11,
      ),
    } as TopLevelSpec;
  }
  return {
    ...common,
    height: 26 * rows.length,
    encoding: { y: { field: "axis", type: "nominal", sort: null, title: null }, x: valueAxis },
    layer: barLayers(
      { color: { condition: { test: "datum.value < 0", value: THEME.negative }, value: THEME.bar } },
      12,
    ),
  } as TopLevelSpec;
}

/** The chart as SVG text (vega's renderer escapes every label). */
export async function chartSvg(c: ChartData): Promise<string> {
  const view = new vega.View(vega.parse(compile(chartSpec(c)).spec), { renderer: "none" });
  try {
    return await view.toSVG(2);
  } finally {
    view.finalize();
  }
}

/**
 * Renders a chart to PNG; a chart that would exceed Discord's upload limit is drawn smaller. The
 * rasterising runs on libuv's thread pool (renderAsync), so the event loop stays free for the gateway.
 */
export async function renderChart(c: ChartData): Promise<RenderedChart> {
  const svg = await chartSvg(c);
  for (const scale of [1, 0.5]) {
    const image = await renderAsync(svg, {
      font: { loadSystemFonts: false, fontFiles: FONT_FILES, defaultFontFamily: FONT },
      fitTo: { mode: "zoom", value: scale },
    });
    const png = image.asPng();
    if (png.length <= MAX_PNG_BYTES) return { png, alt: chartAltText(c), width: image.width, height: image.height };
  }
  throw new Error("the chart is too large to upload");
}
