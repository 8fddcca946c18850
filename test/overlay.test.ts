// Per-server overlays (index/overlay.ts, index/layeredLexical.ts, bot/collections/): the base index is
// shared; a server's uploads have a small index searched beside it, which answers as one index holding
// both would, loads without embedding, leaves memory under a budget and is untouched by a base re-index.
// The public dev set's articles split into base and uploads; a deterministic embedder; real SQLite.
import { createHash } from "node:crypto";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { cp, mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import path from "node:path";
import pino from "pino";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { Collections } from "../bot/collections/collections.js";
import { OverlayCache } from "../bot/collections/overlayCache.js";
import { EngineHolder } from "../bot/engineHolder.js";
import { PostgresStore } from "../bot/state/postgres.js";
import { SqliteStore } from "../bot/state/sqlite.js";
import { loadCorpus } from "../corpus/load.js";
import type { CorpusDocument, LoadedCorpus } from "../corpus/types.js";
import { layerIndexes } from "../index/overlay.js";
import type { SearchIndex } from "../index/searchIndex.js";
import { packIndex, readIndex, unpackIndex, writeIndex } from "../index/store.js";
import { answer } from "../retrieval/answer.js";
import { buildAndWrite, buildFromCorpus, type FactEngine, type LoadedEngine } from "../retrieval/engine.js";
import { CountingEmbedder } from "./helpers/fakeEmbedder.js";
import { ROOT, tempDir } from "./helpers/paths.js";
import { postgresPlan, startPostgres } from "./helpers/postgres.js";

const DEV = path.join(ROOT, "test", "fixtures", "eval", "dev");
/** The articles a server adds; the rest of the dev set is the base. */
const UPLOADS = [
  "da07-shandong-jan-sep-2022.md", "da09-guangdong-h1-2024.md", "db03-hubei-jan-may-2022.md",
  "db12-xinjiang-central-asia-jan-apr-2023.md",
];
/** Questions on the uploads, on the base, and on both at once (b39: Hubei uploaded, Chongqing in the base). */
const QUESTIONS = ["a06", "a15", "a22", "b02", "b13", "b45", "x03", "x06", "x08", "x20", "a01", "a37", "x01", "b39"];
const A = "1300000000000000001";
const B = "1300000000000000002";
const LIMITS = { maxFileBytes: 1_000_000, maxDocuments: 20, maxTotalBytes: 10_000_000 };
const log = pino({ level: "silent" });
/** A full garbage collection, without starting node with --expose-gc. */
const collectGarbage = (): void => {
  setFlagsFromString("--expose-gc");
  (runInNewContext("gc") as () => void)();
};

const embedder = new CountingEmbedder();
let split: { base: LoadedCorpus; uploads: LoadedCorpus };
let base: LoadedEngine;
/** One index holding the base and the uploads, in that order: what a server's answers must equal. */
let single: LoadedEngine;
let stores: SqliteStore[] = [];
afterEach(() => {
  for (const s of stores) s.close();
  stores = [];
});

async function collectionsOver(holder: EngineHolder, dataDir?: string, cacheBytes?: number) {
  const dir = dataDir ?? (await tempDir());
  const store = SqliteStore.open(path.join(dir, "tradewise.db"));
  stores.push(store);
  return { dir, store, collections: new Collections(holder, store, dir, { ...LIMITS, ...(cacheBytes && { cacheBytes }) }, log) };
}

const upload = (name: string, bytes: Buffer) => ({ name, bytes, uploaderId: "7", uploaderName: "alice" });
const devFile = (name: string) => readFile(path.join(DEV, "corpus", name));

/** What a reader of an answer sees: its text, figures and the sources it cites. */
const seen = async (q: string, engine: FactEngine) => {
  const a = await answer(q, engine);
  const figures = a.figures.map((f) => [f.value, f.unit]);
  return { answer: a.answer, abstained: a.abstained, figures, sources: a.citations.map((c) => c.source) };
};

/** Every file under a folder with its sha256: to show a folder was left alone. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    out[path.relative(dir, file)] = createHash("sha256").update(await readFile(file)).digest("hex");
  }
  return out;
}

beforeAll(async () => {
  // the dev set with the uploads where a server's folder keeps them, so both sides give them the same ids
  const root = await tempDir();
  await cp(path.join(DEV, "corpus"), root, { recursive: true });
  await mkdir(path.join(root, "server-uploads"));
  for (const name of UPLOADS) await cp(path.join(root, name), path.join(root, "server-uploads", name));
  const all = await loadCorpus(root);
  const isUpload = (d: CorpusDocument) => d.meta.source.startsWith("server-uploads/");
  const uploaded = UPLOADS.map((n) => all.documents.find((d) => d.meta.source === `server-uploads/${n}`)!);
  const names = new Set(UPLOADS);
  const baseDocs = all.documents.filter((d) => !isUpload(d) && !names.has(d.meta.source));
  split = { base: { ...all, documents: baseDocs }, uploads: { ...all, documents: uploaded } };
  base = { index: (await buildFromCorpus(split.base, embedder)).data, embedder };
  const both = { ...split.base, documents: [...split.base.documents, ...split.uploads.documents] };
  single = { index: (await buildFromCorpus(both, embedder)).data, embedder };
}, 120_000);

describe("layered search", () => {
  let layered: SearchIndex;
  let one: SearchIndex;
  beforeAll(async () => {
    layered = layerIndexes(base.index, (await buildFromCorpus(split.uploads, embedder)).data);
    one = single.index;
  });
  const passageId = (index: SearchIndex, label: number) =>
    index.passages[index.labels ? index.labels.indexOf(label) : label]!.id;

  it("scores BM25 over base and overlay exactly as one index holding both", () => {
    // exact words, a typo (fuzzy), a stem (prefix), words only the overlay has, words only the base has
    const queries = ["shandong bonded logistics", "guangdong exprots steel", "xinjiang kazakh", "hubei private enterprises wuhan", "nantong asean"];
    const hits = (index: SearchIndex, q: string) =>
      index.lexical.search(q, 30).map((h) => ({ id: passageId(index, h.label), score: h.score, terms: [...h.terms].sort() }));
    for (const q of queries) {
      const [got, want] = [hits(layered, q), hits(one, q)];
      expect(got.map((h) => h.id), q).toEqual(want.map((h) => h.id));
      got.forEach((h, i) => {
        expect(h.score, `${q}: ${h.id}`).toBeCloseTo(want[i]!.score, 9);
        expect(h.terms).toEqual(want[i]!.terms);
      });
      expect(got.some((h) => h.id.startsWith("server-uploads__")) || q === "nantong asean", q).toBe(true);
    }
  });

  it("finds the nearest passages of both by vector, with labels that never collide", async () => {
    const q = await embedder.embedQuery("guangdong steel exports first half 2024");
    const got = layered.vectors.search(q, 20).map((h) => passageId(layered, h.label));
    expect(got).toEqual(one.vectors.search(q, 20).map((h) => passageId(one, h.label)));
    expect(new Set(layered.labels ?? layered.passages.map((_, i) => i)).size).toBe(layered.passages.length);
    expect(layered.facts.length).toBe(one.facts.length);
  });
});

describe("a server's overlay", () => {
  it("answers as one index holding the base and the server's uploads", async () => {
    const { collections } = await collectionsOver(new EngineHolder(base, { indexDir: await tempDir() }));
    for (const name of UPLOADS) await collections.add(A, upload(name, await devFile(name)));
    const engine = await collections.engineFor(A);
    // what the server answers from: the shared base itself, not a copy, with its uploads beside it
    expect(engine.index.documents.slice(0, base.index.documents.length)).toEqual(base.index.documents);
    const qa = JSON.parse(await readFile(path.join(DEV, "qa.json"), "utf8")) as Array<{ id: string; question: string }>;
    let fromUploads = 0;
    for (const id of QUESTIONS) {
      const q = qa.find((x) => x.id === id)!.question;
      const got = await seen(q, engine);
      expect(got, id).toEqual(await seen(q, single));
      if (got.sources.some((s) => s.startsWith("server-uploads/"))) fromUploads++;
    }
    // the comparison means something: most questions are about the uploads, and are answered from them
    expect(fromUploads).toBeGreaterThanOrEqual(8);
  }, 120_000);
});

describe("overlays in memory and on disk", () => {
  const HUBEI = "---\ntitle: Hubei exports\npublished: 2024-03-01\n---\nHubei's exports grew 12.5 percent in 2023.";
  const ningxia = (value: string, title: string) => Buffer.from(`---\ntitle: ${title}\npublished: 2026-11-20\n---\n`
    + `Ningxia's trade with Oman reached ${value} billion yuan in the first ten months of 2026.`);
  const QUESTION = "How much did Ningxia trade with Oman in the first ten months of 2026?";
  const figures = async (engine: FactEngine) => (await answer(QUESTION, engine)).figures.map((f) => f.value);
  const titles = (engine: FactEngine) => engine.index.documents.map((d) => d.meta.title).sort();

  async function smallBase() {
    const dir = await tempDir();
    const corpusDir = path.join(dir, "docs");
    await mkdir(corpusDir);
    await writeFile(path.join(corpusDir, "hubei.md"), HUBEI);
    const indexDir = path.join(dir, "index");
    const { data } = await buildAndWrite(await loadCorpus(corpusDir), embedder, indexDir);
    return { holder: new EngineHolder({ index: data, embedder }, { corpusDir, indexDir }), corpusDir };
  }

  it("leaves memory least recently used first under a tiny budget, and comes back from disk embedding nothing", async () => {
    const { holder } = await smallBase();
    const { collections, dir, store } = await collectionsOver(holder, undefined, 1); // one byte: only the last one asked stays
    await collections.add(A, upload("a.md", ningxia("7.77", "Ningxia and Oman, A")));
    await collections.add(B, upload("b.md", ningxia("5.55", "Ningxia and Oman, B")));
    expect(collections.inMemory).toEqual([B]);
    const embedded = embedder.embedded;
    // each question brings its server's overlay back and sends the other's out; the two never mix
    for (let round = 0; round < 2; round++) {
      const a = await collections.engineFor(A);
      expect(collections.inMemory).toEqual([A]);
      expect(await figures(a)).toEqual([7.77]);
      expect(titles(a)).toEqual(["Hubei exports", "Ningxia and Oman, A"]);
      const b = await collections.engineFor(B);
      expect(collections.inMemory).toEqual([B]);
      expect(await figures(b)).toEqual([5.55]);
      expect(titles(b)).toEqual(["Hubei exports", "Ningxia and Oman, B"]);
    }
    expect(embedder.embedded).toBe(embedded);
    // with room for both (the default budget), both stay
    const roomy = new Collections(holder, store, dir, LIMITS, log);
    await roomy.engineFor(A);
    await roomy.engineFor(B);
    expect(roomy.inMemory).toEqual([A, B]);
  });

  it("frees an overlay that left memory: nothing else keeps it (the budget bounds what is held)", async () => {
    const { holder } = await smallBase();
    const { collections } = await collectionsOver(holder, undefined, 1);
    await collections.add(A, upload("a.md", ningxia("7.77", "Ningxia and Oman, A")));
    await collections.add(B, upload("b.md", ningxia("5.55", "Ningxia and Oman, B")));
    // A's view, asked for through every path a question takes, then sent out of memory by B's question
    const gone = new WeakRef(await collections.engineFor(A));
    await collections.engineFor(B);
    expect(collections.inMemory).toEqual([B]);
    await new Promise((resolve) => setImmediate(resolve)); // a WeakRef's target is kept until the current job ends
    collectGarbage();
    expect(gone.deref()).toBeUndefined();
  });

  it("a re-index of the base touches no overlay, and the server answers from the new base at once", async () => {
    const { holder, corpusDir } = await smallBase();
    const { collections, dir } = await collectionsOver(holder);
    await collections.add(A, upload("a.md", ningxia("7.77", "Ningxia and Oman, A")));
    const overlayDir = path.join(dir, "servers", A, "overlay");
    const before = await snapshot(overlayDir);
    await writeFile(path.join(corpusDir, "henan.md"), "---\ntitle: Henan trade\n---\nHenan's trade rose 5 percent.");
    const embedded = embedder.embedded;
    await holder.reindex();
    const newPassages = holder.current.index.passages.filter((p) => p.docId === "henan").length;
    expect(newPassages).toBeGreaterThan(0);
    expect(embedder.embedded - embedded).toBe(newPassages); // the base's new passages, once; none for the server
    const engine = await collections.engineFor(A);
    expect(titles(engine)).toEqual(["Henan trade", "Hubei exports", "Ningxia and Oman, A"]);
    expect(await figures(engine)).toEqual([7.77]);
    expect(embedder.embedded - embedded).toBe(newPassages);
    expect(await snapshot(overlayDir)).toEqual(before);
  });

  it("turns a server folder of an older version (a full copy of base and uploads) into an overlay, embedding nothing", async () => {
    const { holder } = await smallBase();
    const { dir, store } = await collectionsOver(holder);
    // the old layout: the upload in the server's folder, its record, and a full index of base and upload
    const folder = path.join(dir, "servers", A);
    const bytes = ningxia("7.77", "Ningxia and Oman, A");
    await mkdir(path.join(folder, "docs", "server-uploads"), { recursive: true });
    await writeFile(path.join(folder, "docs", "server-uploads", "a.md"), bytes);
    await writeFile(path.join(folder, "docs", "hubei.md"), HUBEI);
    const { data: copy } = await buildFromCorpus(await loadCorpus(path.join(folder, "docs")), embedder);
    await writeIndex(path.join(folder, "index"), copy);
    await store.addUpload({
      guildId: A, fileName: "a.md", storedName: "a.md", title: "Ningxia and Oman, A", bytes: bytes.length,
      sha256: createHash("sha256").update(bytes).digest("hex"), uploaderId: "7", uploaderName: "alice", fileBytes: bytes,
    });
    const embedded = embedder.embedded;
    const restarted = new Collections(holder, store, dir, LIMITS, log);
    await restarted.recoverAll();
    expect(existsSync(path.join(folder, "index"))).toBe(false);
    expect(existsSync(path.join(folder, "overlay"))).toBe(true);
    const engine = await restarted.engineFor(A);
    expect(titles(engine)).toEqual(["Hubei exports", "Ningxia and Oman, A"]);
    expect(await figures(engine)).toEqual([7.77]);
    expect(embedder.embedded).toBe(embedded);
  });

  it("handles an old full copy it cannot read: deleted, the overlay rebuilt from the stored upload", async () => {
    const { holder } = await smallBase();
    const { collections, dir, store } = await collectionsOver(holder);
    await collections.add(A, upload("a.md", ningxia("7.77", "Ningxia and Oman, A")));
    const folder = path.join(dir, "servers", A);
    await cp(path.join(folder, "overlay"), path.join(folder, "index"), { recursive: true });
    const current = (await readFile(path.join(folder, "index", "CURRENT"), "utf8")).trim();
    await writeFile(path.join(folder, "index", current, "manifest.json"), "{ broken");
    await rm(path.join(folder, "overlay"), { recursive: true });
    await store.removeOverlay(A); // nowhere else to take it from either
    const restarted = new Collections(holder, store, dir, LIMITS, log);
    await restarted.recoverAll();
    expect(existsSync(path.join(folder, "index"))).toBe(false);
    expect(await figures(await restarted.engineFor(A))).toEqual([7.77]);
    expect(existsSync(path.join(folder, "overlay"))).toBe(true);
  });
});

const plan = postgresPlan();
describe.skipIf(plan.kind === "absent")("overlays shared through PostgreSQL (a real server)", () => {
  it("a second machine answers a server's uploads from the stored overlay without embedding, and picks up a newer one", async () => {
    if (plan.kind === "absent") return;
    const server = await startPostgres(plan);
    const store = await PostgresStore.open(await server.freshUrl(), { max: 3 });
    try {
      const holder = new EngineHolder(base, { indexDir: await tempDir() });
      const [dirOne, dirTwo] = [await tempDir(), await tempDir()];
      const [one, two] = [new Collections(holder, store, dirOne, LIMITS, log), new Collections(holder, store, dirTwo, LIMITS, log)];
      const [first, second] = UPLOADS;
      await one.add(A, upload(first!, await devFile(first!)));
      const embedded = embedder.embedded;
      const q = "what was shandong's bonded logistics trade in the first three quarters of 2022, and how much did it grow?";
      const onTwo = await seen(q, await two.engineFor(A));
      expect(onTwo).toEqual(await seen(q, await one.engineFor(A)));
      expect(onTwo.sources).toContain(`server-uploads/${first}`);
      expect(embedder.embedded).toBe(embedded);
      // a document added through the second machine: the first, restarted, takes the newer overlay from the store
      await two.add(A, upload(second!, await devFile(second!)));
      const after = embedder.embedded;
      const restarted = new Collections(holder, store, dirOne, LIMITS, log);
      const titles = (await restarted.engineFor(A)).index.documents.filter((d) => d.meta.source.startsWith("server-uploads/"));
      expect(titles.map((d) => d.meta.source)).toEqual([`server-uploads/${first}`, `server-uploads/${second}`]);
      expect(embedder.embedded).toBe(after);
      // the last document removed: the stored overlay goes too
      for (const r of await store.uploads(A)) await two.remove(A, r.id);
      expect(await store.overlay(A)).toBeUndefined();
    } finally {
      await store.close();
      await server.stop();
    }
  }, 120_000);
});

describe("packIndex", () => {
  it("packs an index's files into one buffer that unpacks to the same index, and refuses a damaged one", async () => {
    const dir = await tempDir();
    const { data } = await buildAndWrite(split.uploads, embedder, dir);
    const packed = await packIndex(dir);
    const copy = await tempDir();
    await unpackIndex(packed, copy);
    const read = await readIndex(copy, embedder.id);
    expect([read.documents, read.passages, read.facts, read.manifest]).toEqual([data.documents, data.passages, data.facts, data.manifest]);
    const generation = async (d: string) => snapshot(path.join(d, (await readFile(path.join(d, "CURRENT"), "utf8")).trim()));
    expect(await generation(copy)).toEqual(await generation(dir)); // the same files, byte for byte
    for (const damaged of [packed.subarray(0, packed.length - 1), Buffer.concat([packed, Buffer.from("x")]), Buffer.from([0, 0])]) {
      await expect(unpackIndex(damaged, await tempDir())).rejects.toMatchObject({ code: "INDEX_CORRUPT" });
    }
  });
});

describe("OverlayCache", () => {
  it("evicts least recently used first down to the budget, never the entry just stored", () => {
    const evicted: string[] = [];
    const cache = new OverlayCache<string>(100, (k) => evicted.push(k));
    cache.set("a", "A", 40);
    cache.set("b", "B", 40);
    expect(cache.get("a")).toBe("A"); // a is now the most recent
    cache.set("c", "C", 40);
    expect(evicted).toEqual(["b"]);
    expect(cache.keys).toEqual(["a", "c"]);
    expect(cache.bytes).toBe(80);
    cache.set("huge", "H", 500);
    expect(cache.keys).toEqual(["huge"]);
    expect(cache.bytes).toBe(500);
    cache.delete("huge");
    expect([cache.bytes, cache.has("huge")]).toEqual([0, false]);
  });
});
