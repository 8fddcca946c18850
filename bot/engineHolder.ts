import { isUserError, UserError } from "../index/errors.js";
import type { UpdateStats } from "../index/update.js";
import { loadConfiguredCorpus, updateAndWrite, type EngineConfig, type EngineEvents, type LoadedEngine } from "../retrieval/engine.js";

/**
 * The engine the bot answers with. A re-index builds the new index beside the old one (embedding
 * runs in worker threads) and swaps it in when complete: answers never wait and never see half an index.
 */
export class EngineHolder {
  private building: Promise<LoadedEngine> | undefined;
  constructor(private engine: LoadedEngine, private readonly config: Pick<EngineConfig, "corpusDir" | "indexDir" | "maxFileBytes">) {}

  get current(): LoadedEngine { return this.engine; }
  get reindexing(): boolean { return this.building !== undefined; }

  /** What the last re-index did (documents and passages added, changed, removed; reused vectors); undefined after a full build. */
  lastUpdate: UpdateStats | undefined;

  /** Brings the index up to date with the corpus folder: only what changed is embedded, unless `full`. */
  async reindex(options: { full?: boolean; onProgress?: EngineEvents["onProgress"] } = {}): Promise<LoadedEngine> {
    const { corpusDir } = this.config;
    if (!corpusDir) throw new UserError("BAD_INPUT", "this bot serves a fixed index (--index); there is no corpus folder to re-index");
    if (this.building) throw new UserError("BAD_INPUT", "a re-index is already running");
    this.building = (async () => {
      const corpus = await loadConfiguredCorpus({ ...this.config, corpusDir });
      const { data, stats } = await updateAndWrite(this.engine.index, corpus, this.engine.embedder, this.config.indexDir, options);
      this.lastUpdate = stats;
      this.engine = { index: data, embedder: this.engine.embedder };
      return this.engine;
    })();
    try {
      return await this.building;
    } catch (err) {
      // the old index was never touched: say so, with the reason (a crashed embedding worker, a full disk…)
      if (isUserError(err)) throw err;
      throw new UserError("INDEX_BUILD_FAILED", `re-indexing failed and the previous index keeps answering: ${(err as Error).message}`, { cause: err });
    } finally {
      this.building = undefined;
    }
  }

  async close(): Promise<void> { await this.engine.embedder.close(); }
}
