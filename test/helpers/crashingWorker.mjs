// A stand-in embedding worker for tests: answers like useWorker.mjs with made-up unit vectors, and
// exits the thread (as a crash or an out-of-memory kill would) when a batch contains "CRASH".
import { parentPort } from "node:worker_threads";

const DIMS = 512;

parentPort.on("message", ({ id, texts }) => {
  if (texts.some((t) => t.includes("CRASH"))) process.exit(3);
  const flat = new Float32Array(texts.length * DIMS);
  texts.forEach((t, i) => { flat[i * DIMS + (t.length % DIMS)] = 1; });
  parentPort.postMessage({ id, flat, count: texts.length }, [flat.buffer]);
});
