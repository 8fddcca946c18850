import "dotenv/config";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { DEFAULT_CORPUS, loadConfig, PROJECT_ROOT } from "../config.js";
import { STATS_CHART_MIN } from "../discord/commands/stats.js";
import { createLogger } from "../logger.js";
import { renderChart } from "../render/chart.js";
import { galleryCharts } from "../render/gallery.js";
import { openEngineWithProgress } from "./engineFromConfig.js";
import { runCli } from "./run.js";

const OUT = path.join(PROJECT_ROOT, "docs", "gallery");

/** Draws the README's chart gallery from the bundled corpus, exactly as /stats would, into docs/gallery/. */
async function main(): Promise<void> {
  const config = loadConfig({ ...process.env, CORPUS_DIR: DEFAULT_CORPUS, INDEX_DIR: "" });
  const engine = await openEngineWithProgress(config, {}, createLogger(config.LOG_LEVEL));
  try {
    await mkdir(OUT, { recursive: true });
    for (const { name, command, chart } of galleryCharts(engine, STATS_CHART_MIN)) {
      const png = await renderChart(chart);
      const file = path.join(OUT, `${name}.png`);
      await writeFile(file, png.png);
      process.stdout.write(
        `${path.relative(PROJECT_ROOT, file)}  ${png.width}×${png.height}  ${command}\n  alt: ${png.alt}\n`,
      );
    }
  } finally {
    await engine.embedder.close();
  }
}

runCli(main);
