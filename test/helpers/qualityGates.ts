// The quality gates' shared parts: one cached embedder per test file, the engine over a fixture corpus built once per
// file, and a question set scored over an engine. The gates are split over files (test/quality*.test.ts) so that
// the two test workers run them side by side.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, expect } from "vitest";
import { loadCorpus } from "../../corpus/load.js";
import { UseLiteEmbedder } from "../../index/embedders/useLite.js";
import { answer } from "../../retrieval/answer.js";
import { buildFromCorpus, type FactEngine } from "../../retrieval/engine.js";
import { qaSchema, scoreAnswer, summaryLine } from "../../retrieval/eval/score.js";
import { cachedEmbedder, type CachedEmbedder } from "./embeddingCache.js";
import { ROOT } from "./paths.js";
import { packPathOf } from "./vectorPacks.js";

/** A score over a question set: the share right, the share wrong-but-sure, and what failed. */
export interface SetScore { correct: number; wrongButSure: number; failures: string }

/**
 * The engines of one test file: the model's vectors come from the packs shipped beside the fixtures, then from the
 * cache kept between runs (test/helpers/embeddingCache.ts); the indexes are built afresh, each corpus once (two sets
 * may ask the same corpus). With TRADEWISE_TEST_VECTORS=write (`npm run test:vectors`) each corpus's pack is written
 * anew with exactly the vectors its gates used. Call at the top of a test file.
 */
export function qualityEngines(): { engineOver: (corpusDir: string) => Promise<FactEngine> } {
  const model = new UseLiteEmbedder();
  const embedders: CachedEmbedder[] = [];
  afterAll(async () => {
    if (process.env["TRADEWISE_TEST_VECTORS"] === "write") for (const e of embedders) e.savePack();
    await model.close();
  });
  const engines = new Map<string, Promise<FactEngine>>();
  return {
    engineOver(corpusDir) {
      let e = engines.get(corpusDir);
      if (!e) {
        const embedder = cachedEmbedder(model, packPathOf(corpusDir));
        embedders.push(embedder);
        e = loadCorpus(corpusDir).then((c) => buildFromCorpus(c, embedder)).then(({ data }) => ({ index: data, embedder }));
        engines.set(corpusDir, e);
      }
      return e;
    },
  };
}

/** Every question of a set asked of an engine; a missing set fails the test. */
export async function scoreSet(engine: FactEngine, qaFile: string): Promise<SetScore> {
  expect(existsSync(qaFile), `the question set is missing: ${qaFile}`).toBe(true);
  const items = qaSchema.parse(JSON.parse(readFileSync(qaFile, "utf8")));
  const scores: Array<ReturnType<typeof scoreAnswer>> = [];
  for (const item of items) scores.push(scoreAnswer(item, await answer(item.question, engine)));
  const failures = `${summaryLine(scores)}\n${scores.filter((s) => !s.correct).map((s) => `${s.id}: ${s.missing.join(", ")}`).join("\n")}`;
  const share = (pick: (s: ReturnType<typeof scoreAnswer>) => boolean) => scores.filter(pick).length / scores.length;
  return { correct: share((s) => s.correct), wrongButSure: share((s) => s.wrongButSure), failures };
}

/** A blind set's gate (test/fixtures/blind/NAME): its score at or above `floor`, wrong-but-sure at most `ceiling`. */
export async function gateBlindSet(
  engineOver: (corpusDir: string) => Promise<FactEngine>, name: string, floor: number, ceiling: number,
): Promise<void> {
  const dir = path.join(ROOT, "test/fixtures/blind", name);
  const engine = await engineOver(path.join(dir, "corpus"));
  const { correct, wrongButSure, failures } = await scoreSet(engine, path.join(dir, "qa.json"));
  expect(correct, failures).toBeGreaterThanOrEqual(floor);
  expect(wrongButSure, failures).toBeLessThanOrEqual(ceiling);
}
