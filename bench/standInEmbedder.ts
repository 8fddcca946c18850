import { UseLiteEmbedder } from "../index/embedders/useLite.js";
import { FakeEmbedder } from "../test/helpers/fakeEmbedder.js";

/**
 * The scale rows' embedder: passages get deterministic 512-d vectors (each word hashed to a dimension,
 * the tests' FakeEmbedder), so a 20,000-passage base is built in seconds instead of ~25 minutes of
 * USE Lite; questions are embedded by the real USE Lite model, so every answer pays what it pays in the
 * bot. Those rows measure memory, disk and latency, not answer quality: vector hits over hashed passages
 * cost the same as real ones, but are not as good.
 */
export class StandInEmbedder extends FakeEmbedder {
  private readonly queries = new UseLiteEmbedder({ workers: 1 });

  constructor() {
    super("bench-stand-in-512", 512);
  }

  override embedQuery(text: string): Promise<number[]> { return this.queries.embedQuery(text); }
  warmUp(): void { this.queries.warmUp(); }
  override close(): Promise<void> { return this.queries.close(); }
}
