import { execFile } from "node:child_process";
import { monitorEventLoopDelay } from "node:perf_hooks";
import path from "node:path";
import { promisify } from "node:util";
import { answer, retrieve } from "../retrieval/answer.js";
import type { FactEngine } from "../retrieval/engine.js";
import { summarize, time, type Summary } from "./stats.js";

/** Questions answered from passages (query embedding + hybrid search), beside the seed set's figure questions. */
export const PASSAGE_QUESTIONS = [
  "what did customs do to speed up home appliance exports from shunde", "how is the China-Europe freight train helping Shanxi",
  "what challenges do the central and western regions face in foreign trade", "why did Guangdong's foreign trade start the year well",
  "what is the Taiyuan Wusu Comprehensive Bonded Area", "how do banks support small foreign trade firms",
  "what policies support coordinated regional development",
  "which companies settled in the central and western regions for green manufacturing", "how does e-commerce help exports",
  "what did the ministry of commerce say about Central Asia",
];

export interface AnswerResult {
  questions: number; reps: number;
  queryEmbedding: Summary; retrieval: Summary; fullAnswer: Summary; figureAnswerOnly: Summary; passageAnswerOnly: Summary;
  concurrent: { questions: number; wallMs: number; loopDelayP99Ms: number; loopDelayMaxMs: number };
  coldStart?: Summary;
}

/** Warm latency of retrieval and of full answers, event-loop delay under concurrent load, and cold start. */
export async function benchAnswers(engine: FactEngine, questions: string[], opts: { reps: number; coldRuns: number; root: string; indexDir: string; log: (s: string) => void }): Promise<AnswerResult> {
  let i = 0;
  const next = () => questions[i++ % questions.length]!;
  const n = questions.length * opts.reps;
  opts.log("  query embedding");
  const queryEmbedding = summarize(await time(() => engine.embedder.embedQuery(next()), n));
  opts.log("  retrieval");
  const retrieval = summarize(await time(() => retrieve(next(), engine), n));
  opts.log("  full answer()");
  const fullTimes: number[] = [];
  const figureTimes: number[] = [];
  const passageTimes: number[] = [];
  for (let w = 0; w < questions.length; w++) await answer(next(), engine);
  for (let r = 0; r < n; r++) {
    const q = next();
    const t = performance.now();
    const a = await answer(q, engine);
    const ms = performance.now() - t;
    fullTimes.push(ms);
    (a.figures.length ? figureTimes : passageTimes).push(ms);
  }

  opts.log("  50 concurrent questions");
  const h = monitorEventLoopDelay({ resolution: 2 });
  const settle = () => new Promise((r) => setTimeout(r, 20));
  h.enable();
  await settle(); // let the histogram take its first samples
  const t0 = performance.now();
  await Promise.all(Array.from({ length: 50 }, () => answer(next(), engine)));
  const wallMs = performance.now() - t0;
  await settle();
  h.disable();

  const result: AnswerResult = {
    questions: questions.length, reps: opts.reps, queryEmbedding, retrieval, fullAnswer: summarize(fullTimes), figureAnswerOnly: summarize(figureTimes), passageAnswerOnly: summarize(passageTimes),
    concurrent: { questions: 50, wallMs, loopDelayP99Ms: h.percentile(99) / 1e6, loopDelayMaxMs: h.max / 1e6 },
  };
  if (opts.coldRuns > 0) {
    opts.log("  cold start");
    const run = promisify(execFile);
    // what `npm run ask` runs (without npm's own start): the compiled CLI, after checking dist/ is current
    const ask = (q: string) => run(
      process.execPath, [path.join(opts.root, "bin/run.mjs"), "bot/cli/ask", "--json", "--index", opts.indexDir, q],
      { cwd: opts.root, env: { ...process.env, LOG_LEVEL: "silent" } },
    );
    await ask(questions[0]!); // untimed: builds dist/ if the sources changed since the last build
    const cold: number[] = [];
    for (let c = 0; c < opts.coldRuns; c++) {
      const t = performance.now();
      await ask(questions[c % questions.length]!);
      cold.push(performance.now() - t);
    }
    result.coldStart = summarize(cold);
  }
  return result;
}
