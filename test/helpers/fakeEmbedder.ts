import { normalise, type Embedder } from "../../index/embedders/types.js";

/**
 * Deterministic bag-of-words embedder for unit tests: each word hashes to a dimension, so texts
 * sharing words are similar. No model, no I/O.
 */
export class FakeEmbedder implements Embedder {
  constructor(readonly id = "fake", readonly dims = 64) {}
  private vec(text: string): number[] {
    const v = new Array<number>(this.dims).fill(0);
    for (const w of text.toLowerCase().match(/[a-z0-9.]+/g) ?? []) {
      let h = 2166136261;
      for (const ch of w) h = Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0;
      v[h % this.dims]! += 1;
    }
    v[0]! += 0.01; // never the zero vector
    return normalise(v);
  }
  async embedQuery(text: string): Promise<number[]> { return this.vec(text); }
  async embedPassages(texts: string[], onProgress?: (d: number, t: number) => void): Promise<number[][]> {
    const out = texts.map((t) => this.vec(t));
    onProgress?.(texts.length, texts.length);
    return out;
  }
  async close(): Promise<void> {}
}

/** The fake embedder, counting the passages it embeds and failing on demand. */
export class CountingEmbedder extends FakeEmbedder {
  embedded = 0;
  failWith: Error | undefined;
  override async embedPassages(texts: string[], onProgress?: (d: number, t: number) => void): Promise<number[][]> {
    if (this.failWith) throw this.failWith;
    this.embedded += texts.length;
    return super.embedPassages(texts, onProgress);
  }
}
