// Reads one PDF in a worker thread (plain JavaScript so it runs the same under tsx, vitest and node):
// the text of each page in reading order and the document's metadata. The parent can terminate the
// thread when a hostile file takes too long; nothing here can stall the indexing thread.
import { parentPort, workerData } from "node:worker_threads";
import { extractText, getDocumentProxy, getMeta } from "unpdf";

try {
  const pdf = await getDocumentProxy(new Uint8Array(workerData.bytes), { isEvalSupported: false, disableFontFace: true });
  const { text } = await extractText(pdf, { mergePages: false });
  const { info } = await getMeta(pdf).catch(() => ({ info: {} }));
  const pick = (k) => (typeof info?.[k] === "string" && info[k].trim() ? info[k].trim() : undefined);
  parentPort.postMessage({ pages: text, title: pick("Title"), author: pick("Author"), created: pick("CreationDate"), modified: pick("ModDate") });
} catch (err) {
  parentPort.postMessage({ error: err instanceof Error ? err.message : String(err) });
}
