import { cp, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadCorpus } from "../corpus/load.js";
import { buildIndex } from "../index/build.js";
import { UserError } from "../index/errors.js";
import { readIndex, readManifest, writeIndex } from "../index/store.js";
import { FakeEmbedder } from "./helpers/fakeEmbedder.js";
import { SEED, tempDir } from "./helpers/paths.js";

async function seedIndex(embedder = new FakeEmbedder()) {
  const corpus = await loadCorpus(SEED);
  return (await buildIndex(corpus, { embedder, extractFacts: (doc) => [{ docId: doc.id }] })).data;
}

describe("writeIndex / readIndex", () => {
  it("round-trips documents, passages, facts, vectors and BM25 postings", async () => {
    const dir = await tempDir();
    const data = await seedIndex();
    await writeIndex(dir, data);
    const back = await readIndex<{ docId: string }>(dir, "fake");
    expect(back.manifest).toEqual(data.manifest);
    expect(back.documents).toEqual(data.documents);
    expect(back.passages).toEqual(data.passages);
    expect(back.facts).toEqual(data.facts);
    expect(back.vectors.size).toBe(data.passages.length);
    const q = await new FakeEmbedder().embedQuery("Shanxi foreign trade first half");
    expect(back.vectors.search(q, 5)).toEqual(data.vectors.search(q, 5));
    const lexical = (x: typeof back) => x.lexical.search("trade surplus", 5).map((h) => ({ ...h, terms: [...h.terms].sort() }));
    expect(lexical(back)).toEqual(lexical(data));
  });

  it("refuses an index built by another embedder, naming both", async () => {
    const dir = await tempDir();
    await writeIndex(dir, await seedIndex(new FakeEmbedder("fake-a", 64)));
    const err = await readIndex(dir, "use-lite").catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as UserError).code).toBe("INDEX_EMBEDDER");
    expect((err as Error).message).toMatch(/built with fake-a\/64, configured embedder is use-lite: re-index/);
  });

  it("refuses an index of another format version", async () => {
    const dir = await tempDir();
    await writeIndex(dir, await seedIndex());
    const gen = (await readFile(path.join(dir, "CURRENT"), "utf8")).trim();
    const file = path.join(dir, gen, "manifest.json");
    const manifest = JSON.parse(await readFile(file, "utf8")) as Record<string, unknown>;
    await writeFile(file, JSON.stringify({ ...manifest, formatVersion: 999 }));
    await expect(readManifest(dir)).rejects.toMatchObject({ code: "INDEX_FORMAT", message: expect.stringMatching(/format version 999.*rebuild/) });
  });

  it("reports a missing index with the command that builds one", async () => {
    await expect(readIndex(await tempDir(), "fake")).rejects.toMatchObject({ code: "INDEX_MISSING", message: expect.stringMatching(/npm run index/) });
  });

  it("keeps the previous index intact when a write fails midway", async () => {
    const dir = await tempDir();
    const good = await seedIndex();
    await writeIndex(dir, good);
    const broken = { ...good, facts: [{ bad: 1n }] }; // BigInt cannot be serialised: the write throws after the vectors
    await expect(writeIndex(dir, broken)).rejects.toThrow();
    const back = await readIndex(dir, "fake");
    expect(back.passages.length).toBe(good.passages.length);
    expect((await readdir(dir)).filter((e) => e.endsWith(".tmp"))).toEqual([]);
  });

  it("replaces the previous generation on rewrite and leaves one behind", async () => {
    const dir = await tempDir();
    const data = await seedIndex();
    await writeIndex(dir, data);
    await writeIndex(dir, data);
    expect((await readdir(dir)).filter((e) => e.startsWith("gen-"))).toHaveLength(1);
  });

  it("leaves a loadable index when several writers rebuild the same folder at once", async () => {
    const dir = await tempDir();
    const data = await seedIndex();
    await Promise.all([writeIndex(dir, data), writeIndex(dir, data), writeIndex(dir, data)]);
    const back = await readIndex(dir, "fake");
    expect(back.passages.length).toBe(data.passages.length);
  });

  it("never removes a generation newer than its own (another writer's, about to be pointed to)", async () => {
    const dir = await tempDir();
    const data = await seedIndex();
    await writeIndex(dir, data);
    const first = (await readFile(path.join(dir, "CURRENT"), "utf8")).trim();
    const newer = `gen-${Date.now() + 60_000}-abcdef`;
    await cp(path.join(dir, first), path.join(dir, newer), { recursive: true });
    await writeIndex(dir, data);
    const gens = (await readdir(dir)).filter((e) => e.startsWith("gen-"));
    expect(gens).toContain(newer);
    expect(gens).not.toContain(first);
  });

  it("reads the newest complete generation when the pointer names one another writer removed", async () => {
    const dir = await tempDir();
    const data = await seedIndex();
    await writeIndex(dir, data);
    await writeFile(path.join(dir, "CURRENT"), "gen-1-000000");
    const back = await readIndex(dir, "fake");
    expect(back.passages.length).toBe(data.passages.length);
  });
});
