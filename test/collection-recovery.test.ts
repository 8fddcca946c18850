// A server's uploads folder checked against its records (bot/collections/quarantine.ts): a file without a
// record is moved aside, a record without a file gets it back from the state store, or is dropped when the
// store has no bytes for it either. Real files in a temporary folder, a real SQLite store, log lines captured.
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { Writable } from "node:stream";
import Database from "better-sqlite3";
import pino from "pino";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { quarantine, reconcile, uploadBytes, UPLOADS } from "../bot/collections/quarantine.js";
import { SqliteStore } from "../bot/state/sqlite.js";
import type { UploadRecord } from "../bot/state/types.js";
import { tempDir } from "./helpers/paths.js";

const GUILD = "1200000000000000009";
type Line = Record<string, unknown> & { msg: string; level: number };

let dir: string;
let folder: string;
let store: SqliteStore;
let lines: Line[];
const log = () => pino({ level: "info" }, new Writable({
  write(line, _e, cb) { lines.push(JSON.parse(String(line)) as Line); cb(); },
}));
const uploadsDir = () => path.join(folder, "docs", UPLOADS);
const quarantined = () => readdir(path.join(folder, "quarantine")).catch(() => [] as string[]);

const record = (storedName: string, text: string) => store.addUpload({
  guildId: GUILD, fileName: storedName, storedName, title: storedName, bytes: Buffer.byteLength(text),
  sha256: createHash("sha256").update(text).digest("hex"), uploaderId: "1", uploaderName: "tester", fileBytes: Buffer.from(text),
});
const putFile = async (name: string, text: string) => {
  await mkdir(uploadsDir(), { recursive: true });
  await writeFile(path.join(uploadsDir(), name), text);
};
/** A record kept by an older version, which stored no bytes beside it. */
const forgetBytes = (r: UploadRecord) => {
  const db = new Database(store.location);
  db.prepare("UPDATE uploads SET file_bytes = NULL WHERE id = ?").run(r.id);
  db.close();
};

beforeEach(async () => {
  dir = await tempDir("tradewise-recovery-");
  folder = path.join(dir, "servers", GUILD);
  store = SqliteStore.open(path.join(dir, "tradewise.db"));
  lines = [];
});
afterEach(async () => {
  await store.close();
  await rm(dir, { recursive: true, force: true });
});

describe("quarantine", () => {
  it("moves the file into the server's quarantine folder under a time-stamped name, keeping its bytes, with a warning", async () => {
    await putFile("half.md", "half an upload");
    const before = Date.now();
    await quarantine(folder, "half.md", "it broke", log());
    expect(existsSync(path.join(uploadsDir(), "half.md"))).toBe(false);
    const [moved, ...more] = await quarantined();
    expect(more).toEqual([]);
    const [, stamp] = /^(\d+)-half\.md$/.exec(moved!) ?? [];
    expect(Number(stamp)).toBeGreaterThanOrEqual(before);
    expect(Number(stamp)).toBeLessThanOrEqual(Date.now());
    expect(await readFile(path.join(folder, "quarantine", moved!), "utf8")).toBe("half an upload");
    expect(lines).toEqual([expect.objectContaining({
      level: 40, msg: "upload quarantined", file: "half.md", reason: "it broke",
      movedTo: path.join(folder, "quarantine", moved!),
    })]);
  });

  it("still logs, and throws nothing, when the file is already gone", async () => {
    await quarantine(folder, "gone.md", "no file", log());
    expect(await quarantined()).toEqual([]);
    expect(lines.map((l) => [l.msg, l.file])).toEqual([["upload quarantined", "gone.md"]]);
  });
});

describe("uploadBytes", () => {
  it("takes the file in the server's folder as it is, before the store's copy", async () => {
    const r = await record("a.md", "the store's copy");
    await putFile("a.md", "the folder's copy");
    expect(String(await uploadBytes(folder, r, store))).toBe("the folder's copy");
  });

  it("writes a file the folder lacks from the store's bytes, whole, leaving no partial file", async () => {
    const r = await record("b.md", "kept in the store");
    expect(String(await uploadBytes(folder, r, store))).toBe("kept in the store");
    expect(await readdir(uploadsDir())).toEqual(["b.md"]);
    expect(await readFile(path.join(uploadsDir(), "b.md"), "utf8")).toBe("kept in the store");
  });

  it("gives undefined, and writes nothing, when neither the folder nor the store has the file", async () => {
    const r = await record("c.md", "never kept");
    forgetBytes(r);
    expect(await uploadBytes(folder, r, store)).toBeUndefined();
    expect(existsSync(uploadsDir())).toBe(false);
  });
});

describe("reconcile", () => {
  it("quarantines a file with no record, and leaves a file with its record in place", async () => {
    await record("kept.md", "kept");
    await putFile("kept.md", "kept");
    await putFile("orphan.md", "an upload that never finished");
    await reconcile(folder, GUILD, store, log());
    expect(await readdir(uploadsDir())).toEqual(["kept.md"]);
    expect((await quarantined()).map((n) => n.replace(/^\d+-/, ""))).toEqual(["orphan.md"]);
    expect(lines).toEqual([expect.objectContaining({
      msg: "upload quarantined", guildId: GUILD, file: "orphan.md",
      reason: "a file with no record: an upload that did not finish",
    })]);
  });

  it("writes a record's missing file back from the store, keeping the record, with an info line", async () => {
    const r = await record("back.md", "from the store");
    await reconcile(folder, GUILD, store, log());
    expect(await readFile(path.join(uploadsDir(), "back.md"), "utf8")).toBe("from the store");
    expect(await store.uploads(GUILD)).toEqual([r]);
    expect(lines).toEqual([expect.objectContaining({
      level: 30, msg: "upload file written from the state store", guildId: GUILD, upload: r.id, file: "back.md",
    })]);
  });

  it("drops a record whose file is neither in the folder nor in the store, with a warning; the others stay", async () => {
    const lost = await record("lost.md", "lost");
    const kept = await record("kept.md", "kept");
    await putFile("kept.md", "kept");
    forgetBytes(lost);
    await reconcile(folder, GUILD, store, log());
    expect(await store.uploads(GUILD)).toEqual([kept]);
    expect(await quarantined()).toEqual([]);
    expect(lines).toEqual([expect.objectContaining({
      level: 40, msg: "upload record without its file dropped", guildId: GUILD, upload: lost.id, file: "lost.md",
    })]);
  });

  it("does nothing for a server with neither a folder nor records", async () => {
    await reconcile(folder, GUILD, store, log());
    expect(existsSync(folder)).toBe(false);
    expect(lines).toEqual([]);
  });
});
