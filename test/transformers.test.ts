import { describe, expect, it } from "vitest";
import { createEmbedder } from "../index/embedders/registry.js";
import { TransformersEmbedder } from "../index/embedders/transformers.js";
import { tempDir } from "./helpers/paths.js";
import { writeTinyModel } from "./helpers/tinyModel.js";

const dot = (a: number[], b: number[]) => a.reduce((s, x, i) => s + x * b[i]!, 0);

describe("TransformersEmbedder (generated ONNX model, offline)", () => {
  it("loads a local model folder and mean-pools the token states into a unit vector", async () => {
    const model = await writeTinyModel(await tempDir());
    const e = await createEmbedder({ spec: `hf:${model.dir}` });
    try {
      expect(e).toBeInstanceOf(TransformersEmbedder);
      expect(e.id).toBe("hf:tiny-bert");
      expect(e.dims).toBe(model.dims);
      // "Shanxi trade" → [CLS] shanxi trade [SEP]: the pooled vector is the mean of those four rows
      const ids = [2, model.vocab.indexOf("shanxi"), model.vocab.indexOf("trade"), 3];
      const mean = Array.from({ length: model.dims }, (_, d) => ids.reduce((s, id) => s + model.table[id]![d]!, 0) / ids.length);
      const norm = Math.hypot(...mean);
      const v = await e.embedQuery("Shanxi trade");
      v.forEach((x, d) => expect(x).toBeCloseTo(mean[d]! / norm, 5));
      expect(Math.hypot(...v)).toBeCloseTo(1, 5);
      // batches give the same vectors as single queries, padding notwithstanding
      const [a, b] = await e.embedPassages(["Shanxi trade", "guangdong exports grew in january"]);
      expect(dot(a!, v)).toBeCloseTo(1, 5);
      expect(dot(b!, v)).toBeLessThan(0.99);
    } finally {
      await e.close();
    }
  }, 60_000);

  it("explains that downloads are off when a hub model is not available locally", async () => {
    await expect(createEmbedder({ spec: "hf:nobody/no-such-model", hfCacheDir: await tempDir() })).rejects.toThrow(/downloads are off: set HF_ALLOW_REMOTE=true/);
  });

  it("lists the valid names for an unknown embedder", async () => {
    await expect(createEmbedder({ spec: "word2vec" })).rejects.toThrow(/unknown embedder "word2vec": expected one of use-lite, hf:/);
  });
});
