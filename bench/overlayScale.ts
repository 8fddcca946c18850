import { spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { DEFAULT_CACHE_BYTES } from "../bot/collections/collections.js";
import { PROJECT_ROOT } from "../bot/config.js";
import type { ControlResult, MeasureResult, PhaseOptions, SetupResult } from "./overlayScaleProcess.js";
import { percentile } from "./stats.js";

/**
 * The scale rows (issue 18): a large base and many servers with one small upload each, all asked once.
 * Each phase runs in a process of its own (bench/overlayScaleProcess.ts) so the memory measured is the
 * bot's alone: one gives every server its upload; then, in each round, a control process answers the
 * same questions from the base alone and a fresh one asks every server and measures. Resident memory
 * of identical processes varies by a few hundred MB here (when the allocator hands pages back), so
 * memory is compared as medians over the rounds, and latency as the median of each round's ratio.
 */

export interface ScaleResult {
  /** How the base's passages were embedded (see bench/standInEmbedder.ts), said beside every row. */
  embedder: string;
  passages: number;
  servers: number;
  /** SERVER_CACHE_MB in force (the bot's default unless set). */
  cacheMb: number;
  setup: SetupResult;
  /** One per round. */
  measures: MeasureResult[];
  controls: ControlResult[];
}

/** Where built bases are kept between runs (gitignored), each under the hash of its corpus and code. */
export const BENCH_CACHE = path.join(PROJECT_ROOT, "bench", ".cache");
const PROCESS = path.join(path.dirname(fileURLToPath(import.meta.url)), "overlayScaleProcess.ts");

/** Runs one phase in a new process (its progress on our stderr as it goes); its result is its last line. */
async function phase<T>(options: PhaseOptions & { indexDir?: string }): Promise<T> {
  const args = ["--expose-gc", "--import", "tsx", PROCESS, JSON.stringify(options)];
  const child = spawn(process.execPath, args, { cwd: PROJECT_ROOT, stdio: ["ignore", "pipe", "inherit"] });
  let stdout = "";
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => { stdout += chunk; });
  const [code] = (await once(child, "exit")) as [number | null];
  if (code !== 0) throw new Error(`the ${options.phase} phase failed (exit code ${code}); its error is above`);
  return JSON.parse(stdout.trim().split("\n").at(-1)!) as T;
}

export async function benchOverlayScale(
  opts: {
    passages: number; servers: number; cacheMb?: number; reps: number; evicted: number; rounds: number;
    log: (s: string) => void;
  },
): Promise<ScaleResult> {
  const work = await mkdtemp(path.join(os.tmpdir(), "tradewise-scale-"));
  const common = {
    work, cacheDir: BENCH_CACHE, passages: opts.passages, servers: opts.servers, reps: opts.reps, evicted: opts.evicted,
    ...(opts.cacheMb && { cacheMb: opts.cacheMb }),
  };
  try {
    opts.log(`  base of ~${opts.passages} passages, ${opts.servers} servers with one upload each`);
    const setup = await phase<SetupResult>({ ...common, phase: "setup" });
    const measures: MeasureResult[] = [];
    const controls: ControlResult[] = [];
    for (let r = 1; r <= opts.rounds; r++) {
      opts.log(`  round ${r} of ${opts.rounds}: the base alone, then every server asked once (fresh processes)`);
      const measure = { ...common, phase: "measure" as const, indexDir: setup.indexDir };
      controls.push(await phase<ControlResult>({ ...measure, control: true }));
      measures.push(await phase<MeasureResult>(measure));
    }
    return {
      embedder: "stand-in passage vectors (hashed words, 512-d), questions embedded by the real USE Lite model",
      passages: setup.passages, servers: opts.servers, cacheMb: opts.cacheMb ?? DEFAULT_CACHE_BYTES / 2 ** 20, setup,
      measures, controls,
    };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

export const median = (xs: number[]): number => percentile(xs, 50);
