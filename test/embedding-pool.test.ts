// The embedding worker pool when a worker dies: the run fails with the reason instead of hanging, the
// dead worker is replaced, and a re-index that fails leaves the previous index serving.
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { EngineHolder } from "../bot/engineHolder.js";
import { loadCorpus } from "../corpus/load.js";
import { UseLiteEmbedder } from "../index/embedders/useLite.js";
import { readManifest } from "../index/store.js";
import { buildAndWrite } from "../retrieval/engine.js";
import { tempDir } from "./helpers/paths.js";

const CRASHING = new URL("./helpers/crashingWorker.mjs", import.meta.url);
const SLOW_WASM = new URL("./helpers/slowWasmWorker.mjs", import.meta.url);
const texts = (n: number, extra: string[] = []) => [...Array.from({ length: n }, (_, i) => `passage number ${i}`), ...extra];

describe("an embedding worker starting on a busy machine", () => {
  // regression: the worker loaded the weights alongside the wasm backend's start-up (initModel without
  // awaiting ready()); when compiling wasm took longer than reading the weights, it failed with
  // "Backend 'wasm' has not yet been initialized" (seen when several test files ran together)
  it("embeds once the wasm backend is up, however slowly it starts", async () => {
    const embedder = new UseLiteEmbedder({ workerUrl: SLOW_WASM, workers: 1 });
    try {
      const vectors = await embedder.embedPassages(["Hubei's exports grew 12.5 percent in 2023."]);
      expect(vectors).toHaveLength(1);
      expect(vectors[0]).toHaveLength(512);
      expect(Math.hypot(...vectors[0]!)).toBeCloseTo(1, 5);
    } finally {
      await embedder.close();
    }
  }, 30_000);
});

describe("embedding workers that die", () => {
  it("fail the run with the reason, then are replaced for the next run", async () => {
    const embedder = new UseLiteEmbedder({ workerUrl: CRASHING, workers: 2, batchSize: 4 });
    try {
      await expect(embedder.embedPassages(texts(40, ["CRASH here"]))).rejects.toThrow(/embedding failed after \d+ of 41 passages: an embedding worker stopped unexpectedly \(exit code 3\)/);
      const vectors = await embedder.embedPassages(texts(20));
      expect(vectors).toHaveLength(20);
      expect(vectors.every((v) => v.length === 512)).toBe(true);
    } finally {
      await embedder.close();
    }
  }, 30_000);

  it("a re-index whose embedding crashes fails clearly and leaves the previous index answering", async () => {
    const dir = await tempDir();
    const corpusDir = path.join(dir, "docs");
    const indexDir = path.join(dir, "index");
    await mkdir(corpusDir);
    await writeFile(path.join(corpusDir, "a.md"), "---\npublished: 2024-03-01\n---\nHubei's exports grew 12.5 percent in 2023.");
    const embedder = new UseLiteEmbedder({ workerUrl: CRASHING, workers: 1 });
    try {
      const { data } = await buildAndWrite(await loadCorpus(corpusDir), embedder, indexDir);
      const engines = new EngineHolder({ index: data, embedder }, { corpusDir, indexDir });
      const before = await readManifest(indexDir);

      await writeFile(path.join(corpusDir, "b.md"), "---\npublished: 2024-03-01\n---\nCRASH: Hunan's imports fell 3 percent in 2023.");
      await expect(engines.reindex()).rejects.toMatchObject({ code: "INDEX_BUILD_FAILED", message: expect.stringMatching(/previous index keeps answering: .*exit code 3/) });
      expect(engines.current.index).toBe(data);
      expect(engines.reindexing).toBe(false);
      expect((await readManifest(indexDir)).corpus.fingerprint).toBe(before.corpus.fingerprint);

      await writeFile(path.join(corpusDir, "b.md"), "---\npublished: 2024-03-01\n---\nHunan's imports fell 3 percent in 2023.");
      const after = await engines.reindex();
      expect(after.index.documents).toHaveLength(2);
    } finally {
      await embedder.close();
    }
  }, 30_000);
});
