import type { Embedder } from "./types.js";
import { USE_LITE_ID, UseLiteEmbedder } from "./useLite.js";

export interface EmbedderConfig {
  /** `use-lite` (default, offline), or `hf:<model id or local folder>`. */
  spec: string;
  hfAllowRemote?: boolean;
  hfCacheDir?: string;
  /** Worker threads for indexing with use-lite. */
  workers?: number;
}

export const KNOWN_EMBEDDERS = [`${USE_LITE_ID}`, "hf:<model id or local folder>"];

/** The one factory for embedders; an unknown name gets an error listing the valid ones. */
export async function createEmbedder(config: EmbedderConfig): Promise<Embedder> {
  const spec = config.spec.trim();
  if (spec === USE_LITE_ID) return new UseLiteEmbedder(config.workers ? { workers: config.workers } : {});
  if (spec.startsWith("hf:") && spec.length > 3) {
    // imported only when asked for: transformers.js takes ~0.3 s to load, a cost every command paid
    const { TransformersEmbedder } = await import("./transformers.js");
    return TransformersEmbedder.create({
      model: spec.slice(3),
      allowRemote: config.hfAllowRemote ?? false,
      ...(config.hfCacheDir && { cacheDir: config.hfCacheDir }),
    });
  }
  throw new Error(`unknown embedder "${spec}": expected one of ${KNOWN_EMBEDDERS.join(", ")}`);
}
