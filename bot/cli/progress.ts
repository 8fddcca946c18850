import { createRequire } from "node:module";
import type * as CliProgress from "cli-progress";
import type { BuildStage } from "../../index/build.js";

// loaded when a bar is first drawn: most commands open an existing index and never draw one
const require = createRequire(import.meta.url);

const LABELS: Record<BuildStage, string> = { chunk: "Chunking", embed: "Embedding", vectors: "Vector index", lexical: "Lexical index", facts: "Extracting figures" };

/** A progress bar on stderr for index builds; silent when stderr is not a terminal and `quiet` is set. */
export function buildProgress(quiet = false): { onProgress: (stage: BuildStage, done: number, total: number) => void; stop: () => void } {
  if (quiet) return { onProgress: () => undefined, stop: () => undefined };
  let bar: CliProgress.SingleBar | undefined;
  const newBar = () => {
    const cliProgress = require("cli-progress") as typeof CliProgress;
    return new cliProgress.SingleBar({
      format: "{stage} [{bar}] {value}/{total} {eta_formatted}",
      stream: process.stderr,
      noTTYOutput: false,
      hideCursor: true,
      clearOnComplete: false,
    }, cliProgress.Presets.shades_classic);
  };
  let current: BuildStage | undefined;
  return {
    onProgress(stage, done, total) {
      if (stage !== "embed") return; // the only slow stage: one bar, not five
      bar ??= newBar();
      if (current !== stage) { bar.start(total, 0, { stage: LABELS[stage].padEnd(12) }); current = stage; }
      bar.update(done);
    },
    stop() { if (current) { bar?.stop(); current = undefined; } },
  };
}
