// Quality gates: the eval harness over real articles and questions, each corpus with its own index built
// with the npm-shipped embedding model (one model, shared by the builds). In its own file so it runs
// beside the other end-to-end tests.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadCorpus } from "../corpus/load.js";
import { UseLiteEmbedder } from "../index/embedders/useLite.js";
import { answer } from "../retrieval/answer.js";
import { buildFromCorpus, type FactEngine } from "../retrieval/engine.js";
import { qaSchema, scoreAnswer, summaryLine } from "../retrieval/eval/score.js";
import { cachedEmbedder } from "./helpers/embeddingCache.js";
import { ROOT, SEED } from "./helpers/paths.js";

// the model's vectors are kept between runs (test/helpers/embeddingCache.ts); the indexes are built afresh
const embedder = cachedEmbedder(new UseLiteEmbedder());
afterAll(() => embedder.close());

const engines = new Map<string, Promise<FactEngine>>();
/** The engine over a fixture corpus, built once (two sets ask the same corpus). */
function engineOver(corpusDir: string): Promise<FactEngine> {
  let e = engines.get(corpusDir);
  if (!e) {
    e = loadCorpus(corpusDir).then((c) => buildFromCorpus(c, embedder)).then(({ data }) => ({ index: data, embedder }));
    engines.set(corpusDir, e);
  }
  return e;
}

/** Every question of a set asked of an engine: the share right, the share wrong-but-sure, and what failed. */
async function scoreSet(engine: FactEngine, qaFile: string): Promise<{ correct: number; wrongButSure: number; failures: string }> {
  expect(existsSync(qaFile), `the question set is missing: ${qaFile}`).toBe(true);
  const items = qaSchema.parse(JSON.parse(readFileSync(qaFile, "utf8")));
  const scores: Array<ReturnType<typeof scoreAnswer>> = [];
  for (const item of items) scores.push(scoreAnswer(item, await answer(item.question, engine)));
  const failures = `${summaryLine(scores)}\n${scores.filter((s) => !s.correct).map((s) => `${s.id}: ${s.missing.join(", ")}`).join("\n")}`;
  const share = (pick: (s: ReturnType<typeof scoreAnswer>) => boolean) => scores.filter(pick).length / scores.length;
  return { correct: share((s) => s.correct), wrongButSure: share((s) => s.wrongButSure), failures };
}

describe("answer quality (the eval harness over real questions)", () => {
  it("gets at least 90% of the dev set right (real articles from other outlets) with at most 5% wrong-but-sure", async () => {
    const devQa = path.join(ROOT, "test", "fixtures", "eval", "dev", "qa.json");
    expect(existsSync(devQa), `the dev question set is missing: ${devQa}`).toBe(true);
    const dev = await engineOver(path.join(ROOT, "test", "fixtures", "eval", "dev", "corpus"));
    const items = qaSchema.parse(JSON.parse(readFileSync(devQa, "utf8")));
    const scores = [];
    for (const item of items) scores.push(scoreAnswer(item, await answer(item.question, dev)));
    const failures = `${summaryLine(scores)}\n${scores.filter((s) => !s.correct).map((s) => `${s.id}: ${s.missing.join(", ")}`).join("\n")}`;
    expect(scores.filter((s) => s.correct).length / scores.length, failures).toBeGreaterThanOrEqual(0.9);
    expect(scores.filter((s) => s.wrongButSure).length / scores.length, failures).toBeLessThanOrEqual(0.05);
  }, 120_000);

  // The public sets in ../shared/eval/ (copied to test/fixtures/eval/): each floor sits a little under the score the
  // engine reached when it was set, so a change that loses answers on any of them fails here. dev4 and dev7 were kept
  // as check sets, never tuned on, until stop 26 opened them (their first and last check-set scores are in the README).
  it.each([
    ["seed-explain", "seed-explain.json", undefined, 0.9, 0.05],
    ["dev2", "dev2/qa.json", "dev2/corpus", 0.85, 0.05],
    ["dev3", "dev3/qa.json", "dev3/corpus", 0.86, 0.05],
    ["dev4", "dev4/qa.json", "dev4/corpus", 0.95, 0.03],
    ["dev5", "dev5/qa.json", "dev5/corpus", 0.85, 0.05],
    ["dev6", "dev6/qa.json", "dev6/corpus", 0.92, 0.05],
    ["dev7", "dev7/qa.json", "dev7/corpus", 0.95, 0.03],
  ] as const)("keeps the public set %s at or above its floor, and wrong-but-sure at or under its ceiling",
    async (_name, qa, corpus, floor, ceiling) => {
      const engine = await engineOver(corpus ? path.join(ROOT, "test", "fixtures", "eval", corpus) : SEED);
      const { correct, wrongButSure, failures } = await scoreSet(engine, path.join(ROOT, "test", "fixtures", "eval", qa));
      expect(correct, failures).toBeGreaterThanOrEqual(floor);
      expect(wrongButSure, failures).toBeLessThanOrEqual(ceiling);
    }, 120_000);

  // sets written apart from the seeds and the dev set, each first run before the engine met its shapes
  it.each([["extra", "extra-corpus", "extra-qa.json", 0.9], ["unseen", "unseen-corpus", "unseen-qa.json", 0.9], ["unseen2", "unseen2-corpus", "unseen2-qa.json", 0.9],
    ["unseen3", "unseen3-corpus", "unseen3-qa.json", 0.9], ["unseen4", "unseen4-corpus", "unseen4-qa.json", 0.9], ["unseen5", "unseen5-corpus", "unseen5-qa.json", 0.9],
    ["unseen6 (phrasings)", "unseen-corpus", "unseen6-qa.json", 0.9]] as const)(
    "gets at least the floor right on documents and questions written apart from the seeds and the dev set (%s)", async (_name, corpus, qa, floor) => {
    const extra = await engineOver(path.join(ROOT, "test/fixtures", corpus));
    const items = qaSchema.parse(JSON.parse(readFileSync(path.join(ROOT, "test/fixtures", qa), "utf8")));
    const scores = [];
    for (const item of items) scores.push(scoreAnswer(item, await answer(item.question, extra)));
    const correct = scores.filter((s) => s.correct).length / scores.length;
    const failures = `${summaryLine(scores)}\n${scores.filter((s) => !s.correct).map((s) => `${s.id}: ${s.missing.join(", ")}`).join("\n")}`;
    expect(correct, failures).toBeGreaterThanOrEqual(floor);
    expect(scores.filter((s) => s.wrongButSure).length / scores.length, failures).toBeLessThanOrEqual(0.1);
  }, 60_000);

  // sets written by people who never saw the engine, in the private sets' style (test/fixtures/blind/README.md):
  // b1-b5 and b7-b9 tuned on; b6 never; b10-b11 written at the end of stop 25, first run as it left the engine, and only
  // their wrong-but-sure answers looked at; b12-b13 written at the start of stop 26, first run on the engine as it left,
  // then only their wrong-but-sure answers looked at; each floor sits a little under the latest score, each ceiling a
  // little over its wrong-but-sure
  it.each([["b1", 0.93, 0.03], ["b2", 0.93, 0.05], ["b3", 0.82, 0.07], ["b4", 0.88, 0.03], ["b5", 0.92, 0.04],
    ["b6", 0.6, 0.06], ["b7", 0.91, 0.03], ["b8", 0.91, 0.03], ["b9", 0.93, 0.05], ["b10", 0.63, 0.05],
    ["b11", 0.54, 0.09], ["b12", 0.56, 0.17], ["b13", 0.4, 0.09]] as const)(
    "keeps the blind set %s at or above its floor, and wrong-but-sure at or under its ceiling", async (name, floor, ceiling) => {
      const dir = path.join(ROOT, "test/fixtures/blind", name);
      const engine = await engineOver(path.join(dir, "corpus"));
      const { correct, wrongButSure, failures } = await scoreSet(engine, path.join(dir, "qa.json"));
      expect(correct, failures).toBeGreaterThanOrEqual(floor);
      expect(wrongButSure, failures).toBeLessThanOrEqual(ceiling);
    }, 120_000);
});
