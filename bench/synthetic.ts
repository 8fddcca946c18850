import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { splitSentences } from "../corpus/sentences.js";
import type { CorpusDocument } from "../corpus/types.js";
import { PROVINCES } from "../text/places.js";

/** Deterministic pseudo-random numbers so every run benchmarks the same data. */
export function rng(seed = 42): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Unit vectors shaped like sentence embeddings: clustered around topic centres rather than uniform
 * (uniform random vectors in 512-d are nearly orthogonal, a worst case no real corpus looks like).
 */
export function clusteredVectors(n: number, dims: number, seed = 7, clusters = Math.max(16, Math.round(Math.sqrt(n)))): Float32Array {
  const r = rng(seed);
  const gauss = () => Math.sqrt(-2 * Math.log(r() + 1e-12)) * Math.cos(2 * Math.PI * r());
  const centres = Array.from({ length: clusters }, () => Array.from({ length: dims }, gauss));
  const out = new Float32Array(n * dims);
  for (let i = 0; i < n; i++) {
    const c = centres[Math.floor(r() * clusters)]!;
    let norm = 0;
    for (let d = 0; d < dims; d++) { const v = c[d]! + gauss() * 0.9; out[i * dims + d] = v; norm += v * v; }
    norm = Math.sqrt(norm);
    for (let d = 0; d < dims; d++) out[i * dims + d]! /= norm;
  }
  return out;
}

/**
 * A realistic larger corpus: the seed sentences recombined into new articles, with places and
 * figures swapped at random, so chunking, embedding and fact extraction see trade-news text.
 */
export async function writeSyntheticCorpus(seedDocs: CorpusDocument[], dir: string, passagesWanted: number, seed = 11): Promise<number> {
  const r = rng(seed);
  const sentences = seedDocs.flatMap((d) => splitSentences(d.text).map((s) => s.text)).filter((s) => s.length > 60 && !s.startsWith("["));
  const names = PROVINCES.map((p) => p.name);
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)]!;
  const mutate = (s: string) => s
    .replace(/\b(?:Guangdong|Shanxi|Shaanxi|Xinjiang|Henan|Jiangxi|Sichuan|Chongqing|Yunnan|Gansu|Hubei|Anhui)\b/g, () => pick(names))
    .replace(/\d+(?:\.\d+)?/g, (m) => (m.length === 4 ? m : (Number(m) * (0.5 + r())).toFixed(m.includes(".") ? 1 : 0)));
  await mkdir(dir, { recursive: true });
  // paragraphs of 250-560 characters chunk into exactly one passage each: 20 passages a document
  const paragraph = () => {
    for (;;) {
      const p = Array.from({ length: 2 + Math.floor(r() * 3) }, () => mutate(pick(sentences))).join(" ");
      if (p.length >= 250 && p.length <= 560) return p;
    }
  };
  const docs = Math.ceil(passagesWanted / 20);
  for (let d = 0; d < docs; d++) {
    const paragraphs = Array.from({ length: 20 }, paragraph);
    await writeFile(path.join(dir, `synthetic-${String(d).padStart(5, "0")}.txt`), paragraphs.join("\n\n"));
  }
  return docs;
}
