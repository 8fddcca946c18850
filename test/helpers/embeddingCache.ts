// The real model's vectors, kept between test runs: the quality gates embed thirteen corpora with it, most
// of their time, and the vectors of a text never change while the model and the code around it do not.
// Keyed by a hash of the text and of everything the vectors depend on (the embedder's id, the model's
// packages, the worker and the embedder code), so any change there starts a fresh cache. Everything
// after embedding (chunking, facts, the indexes, answering) still runs on the code under test.
// TRADEWISE_TEST_EMBED_CACHE=off embeds everything again. Before this cache, the vectors shipped for a corpus
// (test/helpers/vectorPacks.ts) are read, so a fresh clone runs the gates without the model.
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Embedder } from "../../index/embedders/types.js";
import { ROOT } from "./paths.js";
import { readPack, vectorKey, writePack } from "./vectorPacks.js";

const DEPENDS_ON = [
  "index/embedders/useLite.ts", "index/embedders/useWorker.mjs", "index/embedders/types.ts",
  ...["core", "embeddings", "model-embeddings-en"].map((p) => `node_modules/@energetic-ai/${p}/package.json`),
];

/** What the vectors of an embedder depend on, as a hash: a cache or pack under another one is stale. */
export function vectorSignature(embedderId: string): string {
  const h = createHash("sha256").update(embedderId);
  for (const f of DEPENDS_ON) h.update(f).update(readFileSync(path.join(ROOT, f)));
  return h.digest("hex");
}

/** An embedder over the caches; `savePack` writes the vectors it served to its pack (`npm run test:vectors`). */
export interface CachedEmbedder extends Embedder { savePack(): void }

/**
 * `inner` with its vectors read from the shipped pack (`pack`, when given), then from and to the cache in the
 * temporary folder (passages and queries apart), and only then from the model.
 */
export function cachedEmbedder(inner: Embedder, pack?: string): CachedEmbedder {
  const off = process.env["TRADEWISE_TEST_EMBED_CACHE"] === "off";
  const signature = vectorSignature(inner.id);
  const dir = path.join(os.tmpdir(), "tradewise-test-embeddings", signature.slice(0, 16));
  mkdirSync(dir, { recursive: true });
  const shipped = pack && !off ? readPack(pack, signature) : new Map<string, number[]>();
  const served = new Map<string, number[]>();
  const fileOf = (kind: string, text: string) => path.join(dir, `${kind}-${createHash("sha256").update(text).digest("hex")}`);
  const readFile = (file: string): number[] | undefined => {
    try {
      const b = readFileSync(file);
      return Array.from(new Float64Array(b.buffer, b.byteOffset, b.length / 8));
    } catch {
      return undefined;
    }
  };
  const read = (kind: "p" | "q", text: string): number[] | undefined =>
    off ? undefined : shipped.get(vectorKey(kind, text)) ?? readFile(fileOf(kind, text));
  // written whole, then renamed: another run reading the same text never sees half a vector
  const write = (kind: "p" | "q", text: string, v: number[]) => {
    if (off) return;
    const file = fileOf(kind, text);
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, Buffer.from(new Float64Array(v).buffer));
    renameSync(tmp, file);
  };
  // (every vector served as float32, as the packs keep them: normalising in float64 adds digits a pack rounds away, so
  // a run reading the packs and one reading the model give the same numbers)
  const serve = (kind: "p" | "q", text: string, v: number[]) => {
    const f32 = v.map(Math.fround);
    served.set(vectorKey(kind, text), f32);
    return f32;
  };
  return {
    id: inner.id,
    dims: inner.dims,
    async embedPassages(texts, onProgress) {
      const out = texts.map((t) => read("p", t));
      const missing = out.flatMap((v, i) => (v ? [] : [i]));
      if (missing.length) {
        const fresh = await inner.embedPassages(missing.map((i) => texts[i]!));
        missing.forEach((i, j) => { out[i] = fresh[j]!; write("p", texts[i]!, fresh[j]!); });
      }
      onProgress?.(texts.length, texts.length);
      return texts.map((t, i) => serve("p", t, out[i]!));
    },
    async embedQuery(text) {
      const hit = read("q", text);
      if (hit) return serve("q", text, hit);
      const v = await inner.embedQuery(text);
      write("q", text, v);
      return serve("q", text, v);
    },
    // no warmUp: a run whose vectors are all cached never loads the model
    close: () => inner.close(),
    savePack() {
      if (!pack) throw new Error("this embedder has no pack to save");
      writePack(pack, signature, inner.dims, served);
    },
  };
}
