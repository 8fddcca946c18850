// Per-server collections (bot/collections/): each server answers from the base plus its own uploads and
// never another server's; uploads are checked before anything changes; the index survives a restart.
// A deterministic embedder and temporary folders: no model, no Discord.
import { existsSync } from "node:fs";
import { readdir, rm } from "node:fs/promises";
import path from "node:path";
import pino from "pino";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { Collections, type CollectionLimits } from "../bot/collections/collections.js";
import { safeFileName, uploadKind } from "../bot/collections/uploads.js";
import { EngineHolder } from "../bot/engineHolder.js";
import { SqliteStore } from "../bot/state/sqlite.js";
import type { StateStore } from "../bot/state/types.js";
import { answer } from "../retrieval/answer.js";
import type { FactEngine } from "../retrieval/engine.js";
import { baseEngine, HUBEI, ningxia, uploadOf } from "./helpers/collections.js";
import { CountingEmbedder } from "./helpers/fakeEmbedder.js";
import { makePdf } from "./helpers/makePdf.js";
import { tempDir } from "./helpers/paths.js";

const A = "1200000000000000001";
const B = "1200000000000000002";
const NINGXIA_A = ningxia("7.77", "Ningxia and Oman, A");
const NINGXIA_B = ningxia("5.55", "Ningxia and Oman, B");
const QUESTION = "How much did Ningxia trade with Oman in the first ten months of 2026?";
const LIMITS: CollectionLimits = { maxFileBytes: 100_000, maxDocuments: 3, maxTotalBytes: 1_000 };
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

let embedder: CountingEmbedder;
let holder: EngineHolder;
let store: StateStore;
let dataDir: string;
let collections: Collections;
const log = pino({ level: "silent" });
const file = uploadOf;
const figuresOf = async (engine: FactEngine) => (await answer(QUESTION, engine)).figures.map((f) => f.value);
const docTitles = (engine: FactEngine) => engine.index.documents.map((d) => d.meta.title).sort();

beforeEach(async () => {
  embedder = new CountingEmbedder();
  holder = await baseEngine(embedder);
  dataDir = await tempDir();
  store = SqliteStore.open(path.join(dataDir, "tradewise.db"));
  collections = new Collections(holder, store, dataDir, LIMITS, log);
});
afterEach(() => store.close());

describe("Collections.engineFor", () => {
  it("answers DMs and servers without uploads from the base engine itself", async () => {
    expect(await collections.engineFor(null)).toBe(holder.current);
    expect(await collections.engineFor(A)).toBe(holder.current);
    expect(await collections.uploads(null)).toEqual([]);
  });

  it("answers each server from the base and its own uploads, never another server's", async () => {
    await collections.add(A, file("ningxia.md", NINGXIA_A));
    await collections.add(B, file("ningxia.md", NINGXIA_B));
    const [a, b] = [await collections.engineFor(A), await collections.engineFor(B)];
    expect(docTitles(a)).toEqual(["Hubei exports", "Ningxia and Oman, A"]);
    expect(docTitles(b)).toEqual(["Hubei exports", "Ningxia and Oman, B"]);
    expect(await figuresOf(a)).toEqual([7.77]);
    expect(await figuresOf(b)).toEqual([5.55]);
    expect(docTitles(await collections.engineFor(null))).toEqual(["Hubei exports"]);
    // each server's files are in its own folder
    expect(await readdir(path.join(dataDir, "servers", A, "docs", "server-uploads"))).toEqual(["ningxia.md"]);
    expect(await readdir(path.join(dataDir, "servers", B, "docs", "server-uploads"))).toEqual(["ningxia.md"]);
  });

  it("keeps a server's engine while the base is unchanged, and layers its overlay on a new base without embedding", async () => {
    await collections.add(A, file("ningxia.md", NINGXIA_A));
    const first = await collections.engineFor(A);
    expect(await collections.engineFor(A)).toBe(first);
    const newBase = await baseEngine(embedder, HUBEI.replace("Hubei exports", "Hubei exports, revised"));
    const embedded = embedder.embedded;
    (holder as unknown as { engine: FactEngine }).engine = newBase.current; // what a re-index does
    const rebuilt = await collections.engineFor(A);
    expect(rebuilt).not.toBe(first);
    expect(docTitles(rebuilt)).toEqual(["Hubei exports, revised", "Ningxia and Oman, A"]);
    expect(embedder.embedded).toBe(embedded);
  });

  it("reads a server's index back after a restart without embedding anything", async () => {
    await collections.add(A, file("ningxia.md", NINGXIA_A));
    const embedded = embedder.embedded;
    const restarted = new Collections(holder, store, dataDir, LIMITS, log);
    const engine = await restarted.engineFor(A);
    expect(embedder.embedded).toBe(embedded);
    expect(await figuresOf(engine)).toEqual([7.77]);
  });

  it("answers from the base when a server's overlay cannot be brought up to date", async () => {
    await collections.add(A, file("ningxia.md", NINGXIA_A));
    const restarted = new Collections(holder, store, dataDir, LIMITS, log);
    // its overlay lost (folder and store), and an embedder that fails on rebuilding it from the stored upload
    await rm(path.join(dataDir, "servers", A, "overlay"), { recursive: true });
    await store.removeOverlay(A);
    embedder.failWith = new Error("out of memory");
    expect(await restarted.engineFor(A)).toBe(holder.current); // nothing good of its own: the base
    embedder.failWith = undefined;
    expect(await figuresOf(await restarted.engineFor(A))).toEqual([7.77]); // and the next question rebuilds it
  });

  it("on another machine sharing the store, writes the server's files from the store and answers from them", async () => {
    const { record } = await collections.add(A, file("ningxia.md", NINGXIA_A));
    expect(await store.uploadFile(A, record.id)).toEqual(Buffer.from(NINGXIA_A));
    // a second machine: its own DATA_DIR (no server folders), the same state
    const elsewhere = await tempDir();
    const other = new Collections(holder, store, elsewhere, LIMITS, log);
    await other.recoverAll();
    const embedded = embedder.embedded;
    expect(await figuresOf(await other.engineFor(A))).toEqual([7.77]);
    expect(embedder.embedded).toBe(embedded); // its overlay came from the store too
    expect(await readdir(path.join(elsewhere, "servers", A, "docs", "server-uploads"))).toEqual(["ningxia.md"]);
    expect(await store.uploads(A)).toEqual([record]);
  });

  it("refuses a server id that is not a snowflake", async () => {
    await expect(collections.add("../etc", file("a.md", NINGXIA_A))).rejects.toThrow(/not a server id: \.\.\/etc/);
    await expect(collections.add(`x${A}`, file("a.md", NINGXIA_A))).rejects.toThrow(/not a server id/);
    await expect(collections.add(`${A}/..`, file("a.md", NINGXIA_A))).rejects.toThrow(/not a server id/);
  });
});

describe("Collections.add", () => {
  it("stores the record, embeds only the new document and answers from it at once", async () => {
    const before = embedder.embedded;
    const { record, engine } = await collections.add(A, file("Ningxia Oman (final).md", NINGXIA_A, "42"));
    expect(record).toMatchObject({
      guildId: A, fileName: "Ningxia Oman (final).md", storedName: "Ningxia-Oman-final.md", title: "Ningxia and Oman, A",
      bytes: Buffer.byteLength(NINGXIA_A), uploaderId: "42",
    });
    expect(record.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(await store.uploads(A)).toEqual([record]);
    expect(embedder.embedded - before).toBe(1);
    expect(await figuresOf(engine)).toEqual([7.77]);
    expect(await collections.uploadsBySource(A)).toEqual(new Map([["server-uploads/Ningxia-Oman-final.md", record]]));
    expect((await collections.uploadsBySource(null)).size).toBe(0);
  });

  it("stores a second file of the same name under a numbered name", async () => {
    await collections.add(A, file("ningxia.md", NINGXIA_A));
    const second = await collections.add(A, file("ningxia.md", ningxia("1.11", "Again")));
    const third = await collections.add(A, file("ningxia.md", ningxia("2.22", "Once more")));
    expect([second.record.storedName, third.record.storedName]).toEqual(["ningxia-2.md", "ningxia-3.md"]);
    // a dot inside the name is not an extension. Regression: "report.v2-2" lost ".v2-2" as if it were one, so with
    // "report.md" taken the numbering never found a free name: a synchronous endless loop that froze the bot
    await collections.add(B, file("report.md", NINGXIA_A));
    await collections.add(B, file("report.v2.md", ningxia("1.11", "v2")));
    expect((await collections.add(B, file("report.v2.md", NINGXIA_B))).record.storedName).toBe("report.v2-2.md");
  });

  it("keeps the name as uploaded to 200 characters, and takes a file of exactly the size and total limits", async () => {
    const name = `${"n".repeat(300)}.md`;
    const { record } = await collections.add(A, file(name, NINGXIA_A));
    expect(record.fileName).toBe(name.slice(0, 200));
    const small = new Collections(holder, store, dataDir, { ...LIMITS, maxFileBytes: Buffer.byteLength(NINGXIA_B) }, log);
    expect((await small.add(B, file("b.md", NINGXIA_B))).record.bytes).toBe(Buffer.byteLength(NINGXIA_B));
    const full = new Collections(holder, store, dataDir, { ...LIMITS, maxTotalBytes: 2 * Buffer.byteLength(NINGXIA_B) }, log);
    expect(await full.add(B, file("c.md", ningxia("5.56", "Ningxia and Oman, C")))).toBeDefined(); // total exactly at the limit
  });

  it("takes two uploads at once one after the other, both kept", async () => {
    const [x, y] = await Promise.all([
      collections.add(A, file("x.md", NINGXIA_A)),
      collections.add(A, file("y.md", ningxia("1.11", "Y"))),
    ]);
    expect((await store.uploads(A)).map((u) => u.id).sort()).toEqual([x.record.id, y.record.id].sort());
    expect(docTitles(await collections.engineFor(A))).toEqual(["Hubei exports", "Ningxia and Oman, A", "Y"]);
  });

  it("refuses what it cannot take, with the reason, and changes nothing", async () => {
    await collections.add(A, file("ningxia.md", NINGXIA_A));
    const refusals: Array<[string, string | Buffer, RegExp]> = [
      ["big.txt", "x".repeat(LIMITS.maxFileBytes + 1), /^the file is 0\.1 MB; the limit is 0\.1 MB$/],
      ["notes.md", PNG, /the file is a PNG image, not a document/],
      ["copy.md", NINGXIA_A, /^this file is already in this server's collection as "Ningxia and Oman, A" \(id [0-9a-f]{8}\)$/],
      ["hubei.md", HUBEI, /^this file is already in the base collection as "Hubei exports"$/],
      ["report.pdf", Buffer.from(`%PDF-1.4\n${"broken ".repeat(20)}`), /^the file could not be read: /],
      ["empty.txt", "   \n  ", /^the file could not be read: /],
      ["long.md", ningxia("3.33", "x".repeat(900)), /^this server's documents would take 0\.0 MB; the limit is 0\.0 MB: remove some/],
    ];
    for (const [name, bytes, reason] of refusals) {
      await expect(collections.add(A, file(name, bytes)), name)
        .rejects.toMatchObject({ code: "BAD_INPUT", message: expect.stringMatching(reason) });
    }
    expect(await store.uploads(A)).toHaveLength(1);
    expect(await readdir(path.join(dataDir, "servers", A, "docs", "server-uploads"))).toEqual(["ningxia.md"]);
  });

  it("refuses a document over the server's count, naming the limit", async () => {
    for (let i = 0; i < LIMITS.maxDocuments; i++) await collections.add(A, file(`n${i}.md`, ningxia(`${i}.5`, `N${i}`)));
    await expect(collections.add(A, file("more.md", ningxia("9.5", "More")))).rejects.toMatchObject({
      code: "BAD_INPUT", message: "this server already has 3 documents of its own, the limit: remove one with /remove first",
    });
    expect(await collections.add(B, file("more.md", ningxia("9.5", "More")))).toBeDefined(); // another server's count is its own
  });

  it("leaves the collection as it was when indexing the new document fails", async () => {
    embedder.failWith = new Error("embedding worker crashed");
    await expect(collections.add(A, file("ningxia.md", NINGXIA_A))).rejects.toMatchObject({
      code: "INDEX_BUILD_FAILED", message: "the file could not be added (nothing changed): embedding worker crashed",
      cause: embedder.failWith,
    });
    expect(await store.uploads(A)).toEqual([]);
    expect(existsSync(path.join(dataDir, "servers", A, "docs", "server-uploads", "ningxia.md"))).toBe(false);
    embedder.failWith = undefined;
    expect(await figuresOf((await collections.add(A, file("ningxia.md", NINGXIA_A))).engine)).toEqual([7.77]);
  });
});

describe("Collections.remove", () => {
  it("takes one document out and answers without it at once; the other stays", async () => {
    const a = await collections.add(A, file("a.md", NINGXIA_A));
    await collections.add(A, file("b.md", ningxia("1.11", "B doc")));
    expect(await collections.remove(A, ` ${a.record.id} `)).toEqual(a.record);
    expect(docTitles(await collections.engineFor(A))).toEqual(["B doc", "Hubei exports"]);
    expect(existsSync(path.join(dataDir, "servers", A, "docs", "server-uploads", "a.md"))).toBe(false);
    expect(existsSync(path.join(dataDir, "servers", A, "overlay"))).toBe(true); // still a collection of its own
  });

  it("returns the server to the base engine and deletes its overlay when the last document goes", async () => {
    const { record } = await collections.add(A, file("a.md", NINGXIA_A));
    expect(existsSync(path.join(dataDir, "servers", A, "overlay"))).toBe(true);
    await collections.remove(A, record.id);
    expect(await collections.engineFor(A)).toBe(holder.current);
    expect(existsSync(path.join(dataDir, "servers", A, "overlay"))).toBe(false);
  });

  it("refuses an unknown id, and another server's, pointing to /sources", async () => {
    const { record } = await collections.add(A, file("a.md", NINGXIA_A));
    await expect(collections.remove(A, "nope"))
      .rejects.toMatchObject({ code: "BAD_INPUT", message: 'this server has no document with id "nope": /sources lists them' });
    await expect(collections.remove(B, record.id)).rejects.toMatchObject({ code: "BAD_INPUT" });
    await expect(collections.remove(A, "x".repeat(100)))
      .rejects.toMatchObject({ message: `this server has no document with id "${"x".repeat(40)}": /sources lists them` });
    expect(await store.uploads(A)).toHaveLength(1);
  });
});

describe("uploadKind", () => {
  it("decides by content: PDF, HTML, Markdown by name, text otherwise", () => {
    expect(uploadKind(makePdf([["Hello"]]), "x.txt")).toEqual({ ext: ".pdf" });
    expect(uploadKind(Buffer.from("  <!DOCTYPE html><p>hi</p>"), "x.md")).toEqual({ ext: ".html" });
    expect(uploadKind(Buffer.from("<body>hi</body>"), "x.txt")).toEqual({ ext: ".html" });
    expect(uploadKind(Buffer.from("# Title\ntext"), "notes.MD")).toEqual({ ext: ".md" });
    expect(uploadKind(Buffer.from("# Title\ntext"), "notes.markdown")).toEqual({ ext: ".md" });
    expect(uploadKind(Buffer.from("plain <b>text</b>"), "notes.html")).toEqual({ ext: ".txt" });
    expect(uploadKind(Buffer.from("text first, then <html>"), "notes.txt")).toEqual({ ext: ".txt" });
    expect(uploadKind(Buffer.from("# Title"), "notes.md.txt")).toEqual({ ext: ".txt" });
  });
  it("refuses images and other binaries, saying what the file is", () => {
    expect(uploadKind(PNG, "a.md")).toEqual({ refuse: "the file is a PNG image, not a document: upload a .txt, .md, .html or .pdf" });
    expect(uploadKind(Buffer.from([1, 2, 3, 0, 0, 0, 4, 5, 6, 0, 0, 7]), "a.txt"))
      .toEqual({ refuse: "the file is binary, not text: upload a .txt, .md, .html or .pdf" });
  });
});

describe("safeFileName", () => {
  it("keeps only a plain base name with the given extension", () => {
    expect(safeFileName("../../etc/passwd", ".txt")).toBe("passwd.txt");
    expect(safeFileName("C:\\Users\\me\\report.final.pdf", ".pdf")).toBe("report.final.pdf");
    expect(safeFileName("..hidden.md", ".md")).toBe("hidden.md");
    expect(safeFileName("Ningxia Oman (final).md", ".md")).toBe("Ningxia-Oman-final.md");
    // accents decomposed, only plain characters
    expect(safeFileName("Über-Straße.txt", ".txt")).toMatch(/^U[A-Za-z-]*ber-Stra-e\.txt$/);
    expect(safeFileName("---.md", ".md")).toBe("document.md");
    expect(safeFileName("draft--.md", ".md")).toBe("draft.md");
    expect(safeFileName(`${"a".repeat(200)}.md`, ".md")).toBe(`${"a".repeat(80)}.md`);
  });
});
