import path from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_CORPUS, loadConfig, PROJECT_ROOT } from "../bot/config.js";

describe("loadConfig", () => {
  it("defaults to the bundled corpus, the offline embedder and an index under data/", () => {
    const c = loadConfig({});
    expect(c.CORPUS_DIR).toBe(DEFAULT_CORPUS);
    expect(c.EMBEDDER).toBe("use-lite");
    expect(c.INDEX_DIR).toBe(path.join(PROJECT_ROOT, "data", "index", "seed"));
    expect(c.TOP_K).toBe(5);
    expect(c.DISCORD_MENTIONS).toBe(false);
  });

  it("treats KEY= as unset and coerces numbers and booleans", () => {
    const c = loadConfig({ TOP_K: "8", EMBEDDER: "", HF_ALLOW_REMOTE: "true", CORPUS_DIR: "/docs" });
    expect(c.TOP_K).toBe(8);
    expect(c.EMBEDDER).toBe("use-lite");
    expect(c.HF_ALLOW_REMOTE).toBe(true);
    expect(c.INDEX_DIR).toMatch(/data\/index\/docs-[0-9a-f]+$/);
  });

  it("takes a memory budget for servers' overlays in whole MB, 128 by default", () => {
    expect(loadConfig({}).SERVER_CACHE_MB).toBe(128);
    expect(loadConfig({ SERVER_CACHE_MB: "64" }).SERVER_CACHE_MB).toBe(64);
    for (const bad of ["0", "-5", "1.5", "lots"]) expect(() => loadConfig({ SERVER_CACHE_MB: bad }), bad).toThrow(/SERVER_CACHE_MB/);
  });

  it("reports every problem at once", () => {
    expect(() => loadConfig({ TOP_K: "zero", LOG_LEVEL: "loud", EMBEDDER: "word2vec" })).toThrow(/TOP_K.*LOG_LEVEL|LOG_LEVEL.*TOP_K/);
    expect(() => loadConfig({ EMBEDDER: "word2vec" })).toThrow(/EMBEDDER: use-lite, or hf:<model id or local folder>/);
  });
});
