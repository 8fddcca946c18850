// Charts: which kind an answer's figures make, and PNGs that decode whole, escape labels and stay in bounds.
import { describe, expect, it } from "vitest";
import { chartSvg, renderChart } from "../bot/render/chart.js";
import { chartAltText, chartData, MAX_BARS } from "../bot/render/chartData.js";
import type { Figure } from "../retrieval/types.js";
import { decodePng } from "./helpers/png.js";

const fig = (entity: string, period: string, value: number, metric = "exports, growth", unit = "%", cite = 1): Figure =>
  ({ label: `${entity} · ${metric} · ${period}`, value, unit, computed: false, citations: [cite], entity, metric, period });

describe("which chart an answer's figures make", () => {
  it("one period and several places rank as bars, largest first", () => {
    const c = chartData({ figures: [fig("Sichuan", "2025", 41.2), fig("Jiangxi", "2025", 60.4), fig("Guangdong", "2025", -6.4)] });
    expect(c?.kind).toBe("ranking");
    expect(c?.points.map((p) => p.label)).toEqual(["Jiangxi", "Sichuan", "Guangdong"]);
    expect([c?.title, c?.subtitle]).toEqual(["exports, growth", "2025"]);
  });

  it("one place over several periods is a series in time order", () => {
    const c = chartData({ figures: [fig("Guangdong", "January 2014", 76.7), fig("Guangdong", "2012", 79.9), fig("Guangdong", "2013", 79)] });
    expect(c?.kind).toBe("series");
    expect(c?.points.map((p) => p.label)).toEqual(["2012", "2013", "January 2014"]);
  });

  it("several places over several periods compare as grouped bars", () => {
    const c = chartData({ figures: [fig("Hubei", "2013", 1), fig("Hunan", "2013", 2), fig("Hubei", "2012", 3), fig("Hunan", "2012", 4)] });
    expect(c?.kind).toBe("comparison");
    expect(c?.points.map((p) => `${p.group}:${p.label}`)).toEqual(["2012:Hubei", "2012:Hunan", "2013:Hubei", "2013:Hunan"]);
  });

  it("charts only figures of one measure and unit, and nothing below the minimum count", () => {
    const mixed = [fig("A", "2025", 1), fig("B", "2025", 2, "exports", "billion yuan"), fig("C", "2025", 3, "imports")];
    expect(chartData({ figures: mixed })).toBeUndefined();
    expect(chartData({ figures: mixed }, 1)?.points).toHaveLength(1);
    expect(chartData({ figures: [fig("A", "2025", 1), fig("B", "2025", 2)] })).toBeUndefined();
    expect(chartData({ figures: [fig("A", "2025", 1), fig("B", "2025", 2)] }, 2)?.kind).toBe("ranking");
  });

  it("a ranking of more than 25 keeps the top 25 and counts the rest", () => {
    const many = Array.from({ length: 40 }, (_, i) => fig(`Place ${i}`, "2025", i));
    const c = chartData({ figures: many })!;
    expect(c.points).toHaveLength(MAX_BARS);
    expect(c.points[0]!.value).toBe(39);
    expect(c.omitted).toBe(15);
    expect(chartAltText(c)).toMatch(/\(15 more not shown\)\.$/);
  });
});

describe("rendering", () => {
  it("draws a ranking as a PNG that decodes whole at a legible size", async () => {
    const c = chartData({ figures: [fig("Sichuan", "2025", 41.2), fig("Jiangxi", "2025", 60.4, undefined, undefined, 2), fig("Guangdong", "2025", -6.4)] })!;
    const r = await renderChart(c);
    const png = decodePng(r.png);
    expect([png.width, png.height]).toEqual([r.width, r.height]);
    expect(png.width).toBeGreaterThanOrEqual(1000);
    expect(png.height).toBeGreaterThan(200);
    expect(r.png.length).toBeLessThan(8 * 1024 * 1024);
    expect(r.alt).toBe("Bar chart, ranked: exports, growth · 2025. Jiangxi: 60.4%; Sichuan: 41.2%; Guangdong: -6.4%.");
  });

  it("draws series and comparisons too", async () => {
    for (const figures of [
      [fig("Guangdong", "2012", 79.9), fig("Guangdong", "2013", 79), fig("Guangdong", "January 2014", 76.7)],
      [fig("Hubei", "2013", 1), fig("Hunan", "2013", 2), fig("Hubei", "2012", 3), fig("Hunan", "2012", 4)],
    ]) {
      const png = decodePng((await renderChart(chartData({ figures })!)).png);
      expect(png.width).toBeGreaterThanOrEqual(1000);
    }
  });

  it("escapes labels from documents and strips control characters: no markup gets into the SVG", async () => {
    const c = chartData({ figures: [fig("<script>alert(1)</script>", "2025", 1), fig("A & \"B\"", "2025", 2), fig("\u202eevil\u0007", "2025", 3)] })!;
    const svg = await chartSvg(c);
    expect(svg).not.toMatch(/<script/i);
    expect(svg).toContain("&lt;script&gt;");
    expect(svg).toContain("A &amp; \"B\"");
    expect(svg).not.toMatch(/[\u202e\u0007]/);
    decodePng((await renderChart(c)).png);
  });
});
