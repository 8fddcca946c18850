// Quality gates: the eval harness over real articles and questions, each corpus with its own index built
// with the npm-shipped embedding model. The public sets and the sets written apart from them here; the blind sets in
// test/quality-blind.test.ts, so that the two test workers run them side by side.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { qualityEngines, scoreSet } from "./helpers/qualityGates.js";
import { ROOT, SEED } from "./helpers/paths.js";

const { engineOver } = qualityEngines();

describe("answer quality (the eval harness over real questions)", () => {
  it("gets at least 90% of the dev set right (real articles from other outlets) with at most 5% wrong-but-sure", async () => {
    const dev = await engineOver(path.join(ROOT, "test", "fixtures", "eval", "dev", "corpus"));
    const { correct, wrongButSure, failures } = await scoreSet(dev, path.join(ROOT, "test", "fixtures", "eval", "dev", "qa.json"));
    expect(correct, failures).toBeGreaterThanOrEqual(0.9);
    expect(wrongButSure, failures).toBeLessThanOrEqual(0.05);
  }, 120_000);

  // The public sets in ../shared/eval/ (copied to test/fixtures/eval/): each floor sits a little under the score the
  // engine reached when it was set, so a change that loses answers on any of them fails here. dev4 and dev7 were kept
  // as check sets, never tuned on, until stop 26 opened them (their first and last check-set scores are in the README).
  it.each([
    ["seed-explain", "seed-explain.json", undefined, 0.9, 0.05],
    ["dev2", "dev2/qa.json", "dev2/corpus", 0.94, 0.03],
    ["dev3", "dev3/qa.json", "dev3/corpus", 0.95, 0.03],
    ["dev4", "dev4/qa.json", "dev4/corpus", 0.95, 0.03],
    ["dev5", "dev5/qa.json", "dev5/corpus", 0.93, 0.03],
    ["dev6", "dev6/qa.json", "dev6/corpus", 0.97, 0.03],
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
    const { correct, wrongButSure, failures } = await scoreSet(extra, path.join(ROOT, "test/fixtures", qa));
    expect(correct, failures).toBeGreaterThanOrEqual(floor);
    expect(wrongButSure, failures).toBeLessThanOrEqual(0.1);
  }, 60_000);
});
