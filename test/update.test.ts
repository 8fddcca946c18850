// Incremental index updates: only new or changed passages are embedded, removed ones disappear from
// both searches, the result reads back from disk, and many removals compact the index.
import { createHash } from "node:crypto";
import { cp, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadCorpus } from "../corpus/load.js";
import { buildIndex } from "../index/build.js";
import type { Embedder } from "../index/embedders/types.js";
import { readIndex, writeIndex } from "../index/store.js";
import { COMPACT_AT, updateIndex } from "../index/update.js";
import { answer } from "../retrieval/answer.js";
import { openEngine, updateAndWrite } from "../retrieval/engine.js";
import { hybridSearch } from "../retrieval/hybrid.js";
import { SEED, tempDir } from "./helpers/paths.js";

/** Deterministic 64-d unit vectors from a text's hash, counting what it is asked to embed. */
class CountingEmbedder implements Embedder {
  readonly id = "test-hash";
  readonly dims = 64;
  embedded: string[] = [];
  vector(text: string): number[] {
    const h = createHash("sha256").update(text).digest();
    const v = Array.from({ length: this.dims }, (_, i) => (h[i % h.length]! - 127.5) * (i < 32 ? 1 : -1));
    const n = Math.hypot(...v);
    return v.map((x) => x / n);
  }
  async embedPassages(texts: string[]) { this.embedded.push(...texts); return texts.map((t) => this.vector(t)); }
  async embedQuery(text: string) { return this.vector(text); }
  async close() {}
}

type Doc = { docId: string };
const doc = (body: string) => `---\npublished: 2024-03-01\n---\n${body}`;
const HUBEI = doc("Hubei's exports grew 12.5 percent in 2023.\n\nThe province shipped more cars than ever.");
const HUNAN = doc("Hunan's imports fell 3 percent in 2023.\n\nSoybeans led the decline.");
const SICHUAN = doc("Sichuan's foreign trade reached 1.03 trillion yuan in 2023.");

async function folder(files: Record<string, string>) {
  const dir = await tempDir();
  for (const [name, text] of Object.entries(files)) await writeFile(path.join(dir, name), text);
  return dir;
}

describe("updateIndex", () => {
  it("embeds only a new document's passages and finds them in both searches", async () => {
    const e = new CountingEmbedder();
    const dir = await folder({ "hubei.md": HUBEI, "hunan.md": HUNAN });
    const { data: old } = await buildIndex<Doc>(await loadCorpus(dir), { embedder: e });
    e.embedded = [];
    await writeFile(path.join(dir, "sichuan.md"), SICHUAN);
    const { data, stats } = await updateIndex(old, await loadCorpus(dir), { embedder: e });
    expect(e.embedded).toEqual(data.passages.filter((p) => p.docId.startsWith("sichuan")).map((p) => p.text));
    expect(stats.documents).toEqual({ added: 1, changed: 0, removed: 0, unchanged: 2 });
    expect(data.labels).toHaveLength(data.passages.length);
    const hits = hybridSearch(data, e.vector("Sichuan foreign trade"), "Sichuan foreign trade 1.03 trillion", { k: 3 });
    expect(hits[0]!.text).toContain("1.03 trillion yuan");
    expect(old.vectors.size).toBe(old.passages.length); // the serving index was not touched
  });

  it("re-embeds only the changed passage of an edited document and forgets a removed one", async () => {
    const e = new CountingEmbedder();
    const dir = await folder({ "hubei.md": HUBEI, "hunan.md": HUNAN, "sichuan.md": SICHUAN });
    const { data: old } = await buildIndex<Doc>(await loadCorpus(dir), { embedder: e, chunking: { targetChars: 40, minChars: 10 } });
    e.embedded = [];
    await writeFile(path.join(dir, "hubei.md"), doc("Hubei's exports grew 12.5 percent in 2023.\n\nThe province shipped fewer phones."));
    await rm(path.join(dir, "hunan.md"));
    const { data, stats } = await updateIndex(old, await loadCorpus(dir), { embedder: e, chunking: { targetChars: 40, minChars: 10 } });
    expect(e.embedded).toEqual(["The province shipped fewer phones."]);
    expect(stats.passages.reused).toBeGreaterThanOrEqual(1);
    expect(stats.documents).toMatchObject({ changed: 1, removed: 1 });
    const hits = hybridSearch(data, e.vector("Soybeans led the decline."), "Hunan imports soybeans decline", { k: 10 });
    expect(hits.every((h) => !h.docId.startsWith("hunan"))).toBe(true);
    expect(data.documents.map((d) => d.id).sort()).toEqual(data.documents.map((d) => d.id).filter((id) => !id.startsWith("hunan")).sort());
  });

  it("re-extracts facts only for changed documents, and for every document when the extractor changed", async () => {
    const e = new CountingEmbedder();
    const dir = await folder({ "hubei.md": HUBEI, "hunan.md": HUNAN });
    const read: string[] = [];
    const extractFacts = (d: { id: string }) => { read.push(d.id); return [{ docId: d.id }]; };
    const { data: old } = await buildIndex<Doc>(await loadCorpus(dir), { embedder: e, extractFacts, extractorVersion: "v1" });
    await writeFile(path.join(dir, "sichuan.md"), SICHUAN);
    read.length = 0;
    const same = await updateIndex(old, await loadCorpus(dir), { embedder: e, extractFacts, extractorVersion: "v1" });
    expect(read).toEqual(["sichuan"]);
    expect(same.data.facts.map((f) => f.docId).sort()).toEqual(["hubei", "hunan", "sichuan"]);
    read.length = 0;
    const other = await updateIndex(old, await loadCorpus(dir), { embedder: e, extractFacts, extractorVersion: "v2" });
    expect(read.sort()).toEqual(["hubei", "hunan", "sichuan"]);
    expect(other.data.facts).toHaveLength(3);
    expect(other.data.manifest.extractor).toBe("v2");
  });

  it("keeps facts in the corpus's document order after an edit and its undoing, as a full build gives them", async () => {
    const e = new CountingEmbedder();
    const dir = await folder({ "hubei.md": HUBEI, "hunan.md": HUNAN, "sichuan.md": SICHUAN });
    const extractFacts = (d: { id: string; text: string }) => d.text.split("\n\n").map((_, i) => ({ docId: d.id, n: i }));
    const options = { embedder: e, extractFacts, extractorVersion: "v1" };
    const { data: fresh } = await buildIndex(await loadCorpus(dir), options);
    // the first document edited, then put back: the update reads it again after the others
    await writeFile(path.join(dir, "hubei.md"), doc("Hubei's exports grew 12.5 percent in 2023.\n\nThe province shipped more phones."));
    const edited = await updateIndex(fresh, await loadCorpus(dir), options);
    await writeFile(path.join(dir, "hubei.md"), HUBEI);
    const back = await updateIndex(edited.data, await loadCorpus(dir), options);
    expect(back.stats.documents.changed).toBe(1);
    expect(back.data.facts).toEqual(fresh.facts);
  });

  it("writes an updated index that reads back with its labels and searches the same", async () => {
    const e = new CountingEmbedder();
    const dir = await folder({ "hubei.md": HUBEI, "hunan.md": HUNAN });
    const indexDir = path.join(await tempDir(), "index");
    const { data: old } = await buildIndex<Doc>(await loadCorpus(dir), { embedder: e });
    await writeFile(path.join(dir, "sichuan.md"), SICHUAN);
    const { data } = await updateIndex(old, await loadCorpus(dir), { embedder: e });
    await writeIndex(indexDir, data);
    const back = await readIndex(indexDir, e.id);
    expect(back.labels).toEqual(data.labels);
    const q = ["Sichuan trade", "Sichuan foreign trade 1.03 trillion"] as const;
    expect(hybridSearch(back, e.vector(q[0]), q[1]).map((h) => h.text)).toEqual(hybridSearch(data, e.vector(q[0]), q[1]).map((h) => h.text));
  });

  it("takes two and three updates in a row, each adding under new labels", async () => {
    // regression: an update that did not advance the label counter passed every single-update test; the
    // second update then reused the first one's labels ("MiniSearch: duplicate ID", vectors overwritten)
    const e = new CountingEmbedder();
    const dir = await folder({ "hubei.md": HUBEI, "hunan.md": HUNAN });
    const indexDir = path.join(await tempDir(), "index");
    let { data } = await buildIndex<Doc>(await loadCorpus(dir), { embedder: e });
    // each added document is one passage; searching with its own text (its own vector) must find it first
    const added: Array<[string, string]> = [
      ["sichuan.md", "Sichuan's foreign trade reached 1.03 trillion yuan in 2023."],
      ["yunnan.md", "Yunnan's trade with Laos rose 41.7 percent in 2023."],
      ["gansu.md", "Gansu's exports of potatoes reached 2.9 billion yuan in 2023."],
    ];
    for (const [n, [name, text]] of added.entries()) {
      await writeFile(path.join(dir, name), doc(text));
      ({ data } = await updateIndex(data, await loadCorpus(dir), { embedder: e }));
      const labels = data.labels!;
      expect(new Set(labels).size, `update ${n + 1}`).toBe(labels.length);
      expect(data.manifest.vectors?.nextLabel, `update ${n + 1}`).toBe(Math.max(...labels) + 1);
      for (const [, seen] of added.slice(0, n + 1)) {
        const hits = hybridSearch(data, e.vector(seen), seen, { k: 1 });
        expect(hits[0]!.text, `update ${n + 1}: "${seen}"`).toContain(seen);
      }
      if (n === 1) {
        await writeIndex(indexDir, data);
        data = await readIndex(indexDir, e.id); // the third update starts from what was written
      }
    }
    expect(data.passages).toHaveLength(5);
    expect(data.vectors.size).toBe(5);
    const [hubei] = data.passages.filter((p) => p.text.includes("12.5 percent"));
    const stored = data.vectors.vectorOf(data.labels![data.passages.indexOf(hubei!)]!);
    expect(e.vector(hubei!.text).reduce((dot, x, i) => dot + x * stored[i]!, 0)).toBeCloseTo(1, 5); // not overwritten
  });

  it(`compacts once more than ${COMPACT_AT * 100}% of the vector slots hold removed passages, embedding nothing`, async () => {
    const e = new CountingEmbedder();
    const dir = await folder({ "hubei.md": HUBEI, "hunan.md": HUNAN, "sichuan.md": SICHUAN });
    const { data: old } = await buildIndex<Doc>(await loadCorpus(dir), { embedder: e });
    e.embedded = [];
    await rm(path.join(dir, "hunan.md"));
    await rm(path.join(dir, "sichuan.md"));
    const { data, stats } = await updateIndex(old, await loadCorpus(dir), { embedder: e });
    expect(stats.compacted).toBe(true);
    expect(e.embedded).toEqual([]);
    expect(data.labels).toBeUndefined();
    expect(data.vectors.size).toBe(data.passages.length);
    expect(data.manifest.vectors).toBeUndefined();
  });
});

describe("updating a real index", () => {
  it("answers from an added article exactly as a full build does, with the real embedding model", async () => {
    const corpus = await tempDir();
    await cp(SEED, corpus, { recursive: true });
    const guangdong = path.join(corpus, "004_270bea5b41e05852.txt");
    const text = await import("node:fs/promises").then((fs) => fs.readFile(guangdong, "utf8"));
    await rm(guangdong);
    const indexDir = path.join(await tempDir(), "index");
    const engine = await openEngine({ embedder: { spec: "use-lite" }, indexDir, corpusDir: corpus });
    try {
      await writeFile(guangdong, text);
      const { data, stats } = await updateAndWrite(engine.index, await loadCorpus(corpus), engine.embedder, indexDir);
      expect(stats?.documents).toEqual({ added: 1, changed: 0, removed: 0, unchanged: 4 });
      expect(stats?.passages.embedded).toBe(data.passages.filter((p) => p.docId.startsWith("004_")).length);
      const updated = { index: data, embedder: engine.embedder };
      const full = await openEngine({ embedder: { spec: "use-lite" }, indexDir: path.join(await tempDir(), "full"), corpusDir: corpus });
      try {
        for (const q of ["What was Guangdong's trade surplus in January 2019?", "how much did Shanxi's foreign trade grow in the first half of 2021?"]) {
          const [a, b] = [await answer(q, updated), await answer(q, full)];
          expect(a.answer).toBe(b.answer);
          expect(a.figures.map((f) => f.value)).toEqual(b.figures.map((f) => f.value));
        }
      } finally {
        await full.embedder.close();
      }
    } finally {
      await engine.embedder.close();
    }
  }, 120_000);
});
