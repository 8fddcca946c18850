// The real model's vectors, kept between test runs: the quality gates embed thirteen corpora with it, most
// of their time, and the vectors of a text never change while the model and the code around it do not.
// Keyed by a hash of the text and of everything the vectors depend on (the embedder's id, the model's
// packages, the worker and the embedder code), so any change there starts a fresh cache. Everything
// after embedding (chunking, facts, the indexes, answering) still runs on the code under test.
// TRADEWISE_TEST_EMBED_CACHE=off embeds everything again.
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Embedder } from "../../index/embedders/types.js";
import { ROOT } from "./paths.js";

const DEPENDS_ON = [
  "index/embedders/useLite.ts", "index/embedders/useWorker.mjs", "index/embedders/types.ts",
  ...["core", "embeddings", "model-embeddings-en"].map((p) => `node_modules/@energetic-ai/${p}/package.json`),
];

function cacheDir(embedderId: string): string {
  const h = createHash("sha256").update(embedderId);
  for (const f of DEPENDS_ON) h.update(f).update(readFileSync(path.join(ROOT, f)));
  return path.join(os.tmpdir(), "tradewise-test-embeddings", h.digest("hex").slice(0, 16));
}

/** `inner` with its vectors read from and written to the cache (passages and queries apart). */
export function cachedEmbedder(inner: Embedder): Embedder {
  if (process.env["TRADEWISE_TEST_EMBED_CACHE"] === "off") return inner;
  const dir = cacheDir(inner.id);
  mkdirSync(dir, { recursive: true });
  const fileOf = (kind: string, text: string) => path.join(dir, `${kind}-${createHash("sha256").update(text).digest("hex")}`);
  const read = (file: string): number[] | undefined => {
    try {
      const b = readFileSync(file);
      return Array.from(new Float64Array(b.buffer, b.byteOffset, b.length / 8));
    } catch {
      return undefined;
    }
  };
  // written whole, then renamed: another run reading the same text never sees half a vector
  const write = (file: string, v: number[]) => {
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, Buffer.from(new Float64Array(v).buffer));
    renameSync(tmp, file);
  };
  return {
    id: inner.id,
    dims: inner.dims,
    async embedPassages(texts, onProgress) {
      const files = texts.map((t) => fileOf("p", t));
      const out = files.map(read);
      const missing = out.flatMap((v, i) => (v ? [] : [i]));
      if (missing.length) {
        const fresh = await inner.embedPassages(missing.map((i) => texts[i]!));
        missing.forEach((i, j) => { out[i] = fresh[j]!; write(files[i]!, fresh[j]!); });
      }
      onProgress?.(texts.length, texts.length);
      return out as number[][];
    },
    async embedQuery(text) {
      const file = fileOf("q", text);
      const hit = read(file);
      if (hit) return hit;
      const v = await inner.embedQuery(text);
      write(file, v);
      return v;
    },
    // no warmUp: a run whose vectors are all cached never loads the model
    close: () => inner.close(),
  };
}
