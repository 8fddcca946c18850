/** The port every embedder implements: LangChain's embedDocuments/embedQuery, plus identity. */
export interface Embedder {
  /** Stable identity recorded in the index manifest, e.g. `use-lite` or `hf:Xenova/all-MiniLM-L6-v2`. */
  readonly id: string;
  readonly dims: number;
  /** Embeds passages for indexing; may fan out to worker threads. Vectors are unit length. */
  embedPassages(texts: string[], onProgress?: (done: number, total: number) => void): Promise<number[][]>;
  /** Embeds one query (tens of ms). Unit length. */
  embedQuery(text: string): Promise<number[]>;
  /** Starts loading the model now, so it loads while the caller does other work (reads the index). */
  warmUp?(): void;
  /** Frees workers and native sessions. */
  close(): Promise<void>;
}

export function normalise(v: ArrayLike<number>): number[] {
  let sum = 0;
  for (let i = 0; i < v.length; i++) sum += v[i]! * v[i]!;
  const norm = Math.sqrt(sum) || 1;
  return Array.from(v, (x) => x / norm);
}
