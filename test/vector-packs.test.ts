// The vectors shipped for the quality gates (test/helpers/vectorPacks.ts): read back as written, never read when
// stale, present for every gated blind set, and equal to what the npm-shipped model computes for their texts.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadCorpus } from "../corpus/load.js";
import { USE_LITE_ID, UseLiteEmbedder } from "../index/embedders/useLite.js";
import { buildFromCorpus } from "../retrieval/engine.js";
import { vectorSignature } from "./helpers/embeddingCache.js";
import { FakeEmbedder } from "./helpers/fakeEmbedder.js";
import { ROOT, tempDir } from "./helpers/paths.js";
import { PACK_DIR, packPathOf, readPack, readPackHeader, vectorKey, writePack } from "./helpers/vectorPacks.js";

const REMAKE = "the shipped vectors are stale or missing: run `npm run test:vectors` and commit test/fixtures/vectors";

describe("vector packs", () => {
  it("reads back the float32 vectors it wrote, by key, and nothing from a pack under another signature", async () => {
    const file = path.join(await tempDir(), "x.vectors");
    const a = [0.25, -0.5, 0.125], b = [1, 2, 3];
    writePack(file, "sig-1", 3, new Map([[vectorKey("p", "alpha"), a], [vectorKey("q", "alpha"), b]]));
    const back = readPack(file, "sig-1");
    expect(back.get(vectorKey("p", "alpha"))).toEqual(a);
    expect(back.get(vectorKey("q", "alpha"))).toEqual(b);
    expect(back.size).toBe(2);
    expect(readPack(file, "sig-2").size).toBe(0);
    expect(readPack(path.join(path.dirname(file), "none.vectors"), "sig-1").size).toBe(0);
  });

  it("refuses a pack cut short", async () => {
    const file = path.join(await tempDir(), "x.vectors");
    writePack(file, "s", 3, new Map([[vectorKey("p", "a"), [1, 2, 3]]]));
    writeFileSync(file, readFileSync(file).subarray(0, -4));
    expect(() => readPack(file, "s")).toThrow(/cut short/);
  });

  it("refuses a vector of the wrong length", async () => {
    const file = path.join(await tempDir(), "x.vectors");
    expect(() => writePack(file, "s", 3, new Map([[vectorKey("p", "a"), [1, 2]]]))).toThrow(/2 numbers in a pack of 3/);
  });

  it("names a corpus's pack after its path under the fixtures", () => {
    expect(packPathOf(path.join(ROOT, "test/fixtures/blind/b7/corpus"))).toBe(path.join(PACK_DIR, "blind-b7-corpus.vectors"));
    expect(packPathOf(path.join(ROOT, "corpus/seed"))).toBe(path.join(PACK_DIR, "corpus-seed.vectors"));
  });

  it("ships a pack for every gated blind set, each made by the model and embedder code installed now", () => {
    const signature = vectorSignature(USE_LITE_ID);
    const gated = ["quality-blind.test.ts", "quality-blind-late.test.ts"]
      .flatMap((f) => [...readFileSync(path.join(ROOT, "test", f), "utf8").matchAll(/\["(b\d+)", [01](?:\.|,)/g)].map((m) => m[1]!));
    expect(gated.length).toBeGreaterThan(90);
    const missing = gated.filter((s) => !existsSync(packPathOf(path.join(ROOT, "test/fixtures/blind", s, "corpus"))));
    expect(missing, REMAKE).toEqual([]);
    const packs = readdirSync(PACK_DIR).filter((f) => f.endsWith(".vectors"));
    const stale = packs.filter((f) => readPackHeader(path.join(PACK_DIR, f)).signature !== signature);
    expect(stale, REMAKE).toEqual([]);
  });

  describe("against the model", () => {
    const model = new UseLiteEmbedder();
    afterAll(() => model.close());

    it("holds the model's own vectors for a corpus's passages", async () => {
      const corpusDir = path.join(ROOT, "test/fixtures/blind/b1/corpus");
      const passages: string[] = [];
      const recorder = new FakeEmbedder("use-lite", 512);
      const embed = recorder.embedPassages.bind(recorder);
      recorder.embedPassages = async (texts, onProgress) => { passages.push(...texts); return embed(texts, onProgress); };
      await buildFromCorpus(await loadCorpus(corpusDir), recorder);
      const shipped = readPack(packPathOf(corpusDir), vectorSignature(USE_LITE_ID));
      // (every passage the gate embeds is in the pack, or a cold run would embed them with the model)
      expect(passages.filter((t) => !shipped.has(vectorKey("p", t))), REMAKE).toEqual([]);
      const sample = passages.slice(0, 4);
      const fresh = await model.embedPassages(sample);
      sample.forEach((t, i) => {
        const v = shipped.get(vectorKey("p", t))!;
        // the model pads a batch to its longest text, so a vector made in another batch may differ in its last digits
        const cos = v.reduce((s, x, j) => s + x * fresh[i]![j]!, 0);
        expect(cos).toBeGreaterThan(0.9999);
      });
    }, 60_000);
  });
});
