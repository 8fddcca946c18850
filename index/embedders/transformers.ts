import { existsSync } from "node:fs";
import path from "node:path";
import { env, pipeline, type FeatureExtractionPipeline } from "@huggingface/transformers";
import { normalise, type Embedder } from "./types.js";

export interface TransformersOptions {
  /** A Hugging Face model id (`Xenova/all-MiniLM-L6-v2`) or a local model folder. */
  model: string;
  /** Allow downloading from the Hugging Face hub. Default false: this bot runs offline. */
  allowRemote?: boolean;
  /** Where downloaded models are cached. */
  cacheDir?: string;
  /** Passages per forward pass. Default 16. */
  batchSize?: number;
}

/**
 * Any feature-extraction model through transformers.js (mean pooling, unit length), for users with
 * network access or a local model folder (`config.json`, `tokenizer.json`, `onnx/model.onnx`).
 */
export class TransformersEmbedder implements Embedder {
  readonly id: string;
  private constructor(private readonly extractor: FeatureExtractionPipeline, readonly dims: number, model: string, private readonly batchSize: number) {
    this.id = `hf:${model}`;
  }

  static async create(options: TransformersOptions): Promise<TransformersEmbedder> {
    const asPath = path.resolve(options.model);
    const local = existsSync(path.join(asPath, "config.json"));
    env.allowRemoteModels = options.allowRemote ?? false;
    if (options.cacheDir) env.cacheDir = options.cacheDir;
    let modelName = options.model;
    if (local) {
      env.allowLocalModels = true;
      env.localModelPath = path.dirname(asPath) + path.sep;
      modelName = path.basename(asPath);
    }
    let extractor: FeatureExtractionPipeline;
    try {
      extractor = await pipeline("feature-extraction", modelName, { dtype: "fp32" });
    } catch (err) {
      const hint = local ? `local folder ${asPath}` : env.allowRemoteModels ? `hub model ${options.model}` : `hub model ${options.model} (downloads are off: set HF_ALLOW_REMOTE=true, or point EMBEDDER at a local model folder)`;
      throw new Error(`cannot load transformers.js model from ${hint}: ${(err as Error).message}`, { cause: err });
    }
    const probe = await extractor("dimension probe", { pooling: "mean", normalize: true });
    const dims = probe.dims[probe.dims.length - 1] ?? 0;
    // a local folder is identified by its name, so moving it does not invalidate the index
    return new TransformersEmbedder(extractor, dims, local ? path.basename(asPath) : options.model, options.batchSize ?? 16);
  }

  async embedQuery(text: string): Promise<number[]> {
    const [v] = await this.embedBatch([text]);
    return v ?? [];
  }

  async embedPassages(texts: string[], onProgress?: (done: number, total: number) => void): Promise<number[][]> {
    const out: number[][] = [];
    for (let i = 0; i < texts.length; i += this.batchSize) {
      out.push(...(await this.embedBatch(texts.slice(i, i + this.batchSize))));
      onProgress?.(out.length, texts.length);
    }
    return out;
  }

  private async embedBatch(texts: string[]): Promise<number[][]> {
    const t = await this.extractor(texts, { pooling: "mean", normalize: true });
    const data = t.data as Float32Array;
    return texts.map((_, i) => normalise(data.subarray(i * this.dims, (i + 1) * this.dims)));
  }

  async close(): Promise<void> {
    await this.extractor.dispose();
  }
}
