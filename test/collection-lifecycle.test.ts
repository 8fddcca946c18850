// A server's collection over its life (bot/collections/collections.ts): questions during an upload, overlays
// leaving memory and coming back, overlays shared through the state store (and a damaged one), an older
// version's full index copy turned into an overlay, start-up recovery, and a failure while keeping a file.
// Real SQLite, real files in temporary folders, a deterministic embedder; made-up documents.
import { existsSync } from "node:fs";
import { mkdir, readdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { Writable } from "node:stream";
import pino from "pino";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { Collections, type CollectionLimits } from "../bot/collections/collections.js";
import { READ_LIMITS } from "../bot/collections/prepare.js";
import { UPLOADS } from "../bot/collections/quarantine.js";
import type { EngineHolder } from "../bot/engineHolder.js";
import { SqliteStore } from "../bot/state/sqlite.js";
import { loadCorpus } from "../corpus/load.js";
import { answer } from "../retrieval/answer.js";
import { buildAndWrite, type FactEngine } from "../retrieval/engine.js";
import { baseEngine, HUBEI, ningxia, uploadOf } from "./helpers/collections.js";
import { CountingEmbedder } from "./helpers/fakeEmbedder.js";
import { tempDir } from "./helpers/paths.js";

const A = "1200000000000000011";
const B = "1200000000000000012";
const LIMITS: CollectionLimits = { maxFileBytes: 100_000, maxDocuments: 5, maxTotalBytes: 10_000 };
const QUESTION = "How much did Ningxia trade with Oman in the first ten months of 2026?";
type Line = Record<string, unknown> & { msg: string; level: number };

let embedder: CountingEmbedder;
let holder: EngineHolder;
let store: SqliteStore;
let dataDir: string;
let lines: Line[];
const log = pino({ level: "debug" }, new Writable({
  write(line, _e, cb) { lines.push(JSON.parse(String(line)) as Line); cb(); },
}));
const open = (dir = dataDir, limits = LIMITS, reading = READ_LIMITS) =>
  new Collections(holder, store, dir, limits, log, reading);
const titles = (engine: FactEngine) => engine.index.documents.map((d) => d.meta.title).sort();
const figures = async (engine: FactEngine) => (await answer(QUESTION, engine)).figures.map((f) => f.value);
const said = (msg: string) => lines.filter((l) => l.msg === msg);
const serverDir = (id: string, dir = dataDir) => path.join(dir, "servers", id);

beforeEach(async () => {
  embedder = new CountingEmbedder();
  holder = await baseEngine(embedder);
  dataDir = await tempDir();
  store = SqliteStore.open(path.join(dataDir, "tradewise.db"));
  lines = [];
});
afterEach(() => store.close());

describe("questions while an upload runs", () => {
  it("answer from the base before the server has an overlay, without waiting", async () => {
    const collections = open();
    const adding = collections.add(A, uploadOf("a.md", ningxia("7.77", "A")));
    expect(await collections.engineFor(A)).toBe(holder.current);
    expect(titles((await adding).engine)).toEqual(["A", "Hubei exports"]);
  });

  it("answer from the overlay on disk after a restart, and from the new one once the upload is in", async () => {
    await open().add(A, uploadOf("a.md", ningxia("7.77", "A")));
    const restarted = open();
    const adding = restarted.add(A, uploadOf("b.md", ningxia("1.11", "B")));
    expect(titles(await restarted.engineFor(A))).toEqual(["A", "Hubei exports"]);
    await adding;
    expect(titles(await restarted.engineFor(A))).toEqual(["A", "B", "Hubei exports"]);
  });

  it("answer from the base when the overlay on disk holds a document that has no record", async () => {
    const { record } = await open().add(A, uploadOf("a.md", ningxia("7.77", "A")));
    await store.removeUpload(A, record.id); // the overlay was written, the record was not: a stop in between
    const restarted = open();
    const adding = restarted.add(A, uploadOf("b.md", ningxia("1.11", "B")));
    expect(await restarted.engineFor(A)).toBe(holder.current);
    expect(titles((await adding).engine)).toEqual(["B", "Hubei exports"]);
  });
});

describe("overlays in memory", () => {
  it("leave memory least recently used first past the budget, with a debug line, and come back without embedding", async () => {
    const collections = open(dataDir, { ...LIMITS, cacheBytes: 1 });
    await collections.add(A, uploadOf("a.md", ningxia("7.77", "A")));
    expect(collections.inMemory).toEqual([A]);
    await collections.add(B, uploadOf("b.md", ningxia("5.55", "B")));
    expect(collections.inMemory).toEqual([B]);
    expect(said("server overlay left memory (least recently used)"))
      .toEqual([expect.objectContaining({ level: 20, guildId: A, bytes: expect.any(Number) })]);
    const embedded = embedder.embedded;
    expect(await figures(await collections.engineFor(A))).toEqual([7.77]);
    expect(collections.inMemory).toEqual([A]);
    expect(embedder.embedded).toBe(embedded);
  });

  it("stay together under the default budget, and the same engine answers until the base changes", async () => {
    const collections = open();
    await collections.add(A, uploadOf("a.md", ningxia("7.77", "A")));
    await collections.add(B, uploadOf("b.md", ningxia("5.55", "B")));
    expect(collections.inMemory).toEqual([A, B]);
    const a = await collections.engineFor(A);
    expect(collections.inMemory).toEqual([B, A]);
    expect(await collections.engineFor(A)).toBe(a);
  });
});

describe("overlays shared through the state store", () => {
  it("take the store's overlay when the folder's lacks an upload another machine added", async () => {
    const here = open();
    await here.add(A, uploadOf("a.md", ningxia("7.77", "A")));
    const elsewhere = await tempDir();
    await open(elsewhere).add(A, uploadOf("b.md", ningxia("1.11", "B")));
    const embedded = embedder.embedded;
    const restarted = open();
    expect(titles(await restarted.engineFor(A))).toEqual(["A", "B", "Hubei exports"]);
    expect(embedder.embedded).toBe(embedded);
    expect(await readdir(path.join(serverDir(A), "docs", UPLOADS))).toEqual(["a.md", "b.md"]);
  });

  it("build the overlay again from the uploads when the store's copy is damaged, with a warning", async () => {
    await open().add(A, uploadOf("a.md", ningxia("7.77", "A")));
    await store.saveOverlay(A, Buffer.from("not a packed index"));
    const elsewhere = open(await tempDir());
    const embedded = embedder.embedded;
    expect(await figures(await elsewhere.engineFor(A))).toEqual([7.77]);
    expect(embedder.embedded).toBeGreaterThan(embedded);
    expect(said("the server's overlay in the state store is damaged: it is built again"))
      .toEqual([expect.objectContaining({ level: 40, guildId: A })]);
    expect(said("server collection updated")).toEqual([expect.objectContaining({ guildId: A, documents: 1 })]);
  });

  it("are removed from the folder and the store with the server's last document", async () => {
    const collections = open();
    const { record } = await collections.add(A, uploadOf("a.md", ningxia("7.77", "A")));
    expect(await store.overlay(A)).toBeDefined();
    await collections.remove(A, record.id);
    expect(await store.overlay(A)).toBeUndefined();
    expect(collections.inMemory).toEqual([]);
  });
});

describe("start-up", () => {
  /** An older version's full copy of the base index with the server's upload in it, and the upload kept. */
  async function legacyCopy(): Promise<void> {
    const text = ningxia("7.77", "Old upload");
    const docs = path.join(await tempDir(), "docs");
    await mkdir(path.join(docs, UPLOADS), { recursive: true });
    await writeFile(path.join(docs, "hubei.md"), HUBEI);
    await writeFile(path.join(docs, UPLOADS, "old.md"), text);
    await buildAndWrite(await loadCorpus(docs), embedder, path.join(serverDir(A), "index"));
    const { record } = await open(await tempDir()).add(A, uploadOf("old.md", text));
    await store.removeOverlay(A); // the older version kept no overlay
    expect(record.storedName).toBe("old.md");
  }

  it("turns an older version's full index copy into the server's overlay without embedding, and deletes the copy", async () => {
    await legacyCopy();
    const embedded = embedder.embedded;
    const collections = open();
    await collections.recoverAll();
    expect(existsSync(path.join(serverDir(A), "index"))).toBe(false);
    expect(existsSync(path.join(serverDir(A), "overlay"))).toBe(true);
    expect(await store.overlay(A)).toBeDefined();
    expect(said("server's full index copy (older version) turned into its overlay"))
      .toEqual([expect.objectContaining({ guildId: A, documents: 1 })]);
    expect(await figures(await collections.engineFor(A))).toEqual([7.77]);
    expect(embedder.embedded).toBe(embedded);
  });

  it("deletes an unreadable full index copy with a warning, and builds the overlay from the uploads", async () => {
    await legacyCopy();
    await rm(path.join(serverDir(A), "index"), { recursive: true });
    await mkdir(path.join(serverDir(A), "index"));
    await writeFile(path.join(serverDir(A), "index", "manifest.json"), "{ damaged");
    const collections = open();
    await collections.recoverAll();
    expect(existsSync(path.join(serverDir(A), "index"))).toBe(false);
    expect(said("server's full index copy (older version) unreadable: its overlay is built from its uploads"))
      .toEqual([expect.objectContaining({ level: 40, guildId: A })]);
    expect(await figures(await collections.engineFor(A))).toEqual([7.77]);
  });

  it("checks only folders named like server ids, once, and does nothing without a servers folder", async () => {
    await open(await tempDir()).recoverAll();
    const stray = path.join(dataDir, "servers", "notes", "docs", UPLOADS);
    await mkdir(stray, { recursive: true });
    await writeFile(path.join(stray, "x.md"), "not a server's");
    const half = path.join(serverDir(B), "docs", UPLOADS);
    await mkdir(half, { recursive: true });
    await writeFile(path.join(half, "half.md"), "an upload that never finished");
    const collections = open();
    await collections.recoverAll();
    await collections.recoverAll();
    expect(await readdir(stray)).toEqual(["x.md"]);
    expect(await readdir(half)).toEqual([]);
    expect(said("upload quarantined")).toEqual([expect.objectContaining({ guildId: B, file: "half.md" })]);
  });
});

describe("adding", () => {
  it("keeps nothing when the file cannot be written, saying nothing changed", async () => {
    await mkdir(serverDir(A), { recursive: true });
    await writeFile(path.join(serverDir(A), "docs"), "a file where the folder should be");
    const err = await open().add(A, uploadOf("a.md", ningxia("7.77", "A"))).catch((e: Error) => e);
    expect(err).toMatchObject({ code: "INDEX_BUILD_FAILED" });
    expect((err as Error).message).toMatch(/^the file could not be added \(nothing changed\): \S/);
    expect(await store.uploads(A)).toEqual([]);
    expect(await store.overlay(A)).toBeUndefined();
  });

  it("records the link a document was fetched from, and says when its text was cut", async () => {
    const collections = open(dataDir, LIMITS, { ...READ_LIMITS, maxChars: 90 });
    const long = `${ningxia("7.77", "Long")}\n\n${"Ningxia's dates found buyers in Muscat. ".repeat(10)}`;
    const added = await collections.add(A, { ...uploadOf("long.md", long), url: "https://example.org/ningxia" });
    expect(added.record.url).toBe("https://example.org/ningxia");
    expect(added.cut).toMatch(/\(the text limit\)$/);
    const short = await open().add(B, uploadOf("short.md", ningxia("5.55", "Short")));
    expect(Object.keys(short).sort()).toEqual(["engine", "record"]);
    expect(short.record.url).toBeUndefined();
  });

  it("counts the bytes a server already keeps against its total", async () => {
    const one = Buffer.byteLength(ningxia("7.77", "A"));
    const collections = open(dataDir, { ...LIMITS, maxTotalBytes: 2 * one - 1 });
    await collections.add(A, uploadOf("a.md", ningxia("7.77", "A")));
    await expect(collections.add(A, uploadOf("b.md", ningxia("1.11", "B"))))
      .rejects.toMatchObject({ code: "BAD_INPUT", message: expect.stringMatching(/^this server's documents would take/) });
  });
});
