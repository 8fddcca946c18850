// The bot's state in a real SQLite file in a temp folder: migrations, WAL, conversations that survive a
// restart and expire, feedback that never stores a raw user id.
import { readFileSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { SharedConversations } from "../bot/state/conversations.js";
import { SqliteStore } from "../bot/state/sqlite.js";
import { SCHEMA_VERSION, Store } from "../bot/state/store.js";
import type { Answer } from "../retrieval/types.js";
import { tempDir } from "./helpers/paths.js";

const ANSWER: Answer = {
  question: "What was Guangdong's trade surplus in January 2019?", abstained: false, answer: "148.08 billion yuan [1]",
  figures: [{ label: "Guangdong · trade surplus", value: 148.08, unit: "billion yuan", computed: true, formula: "389.14 − 241.06 = 148.08", citations: [1] }],
  citations: [{ n: 1, docId: "004", source: "004.txt", title: "Guangdong", passageId: "004#3", snippet: "…" }],
};
const USER = "1400000000000000001";

async function dbFile() { return path.join(await tempDir(), "state", "tradewise.db"); }

describe("the state database", () => {
  it("creates the schema at the current version in WAL mode, and reopens without migrating again", async () => {
    const file = await dbFile();
    const a = new Store(file);
    expect(a.schemaVersion).toBe(SCHEMA_VERSION);
    a.close();
    const raw = new Database(file);
    expect(raw.pragma("journal_mode", { simple: true })).toBe("wal");
    expect(raw.pragma("user_version", { simple: true })).toBe(SCHEMA_VERSION);
    raw.close();
    const b = new Store(file);
    expect(b.schemaVersion).toBe(SCHEMA_VERSION);
    b.close();
  });

  it("refuses a database made by a newer version, saying so", async () => {
    const file = await dbFile();
    new Store(file).close();
    const raw = new Database(file);
    raw.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    raw.close();
    expect(() => new Store(file)).toThrow(/newer than this program/);
  });

  // what each later version added, undone to leave the database as an older Tradewise did: the bytes (schema 3),
  // the link and the servers' settings (schemas 4, 5), the overlays (schema 6)
  const UNDO_AFTER: Record<number, string> = {
    2: "ALTER TABLE uploads DROP COLUMN file_bytes; ALTER TABLE uploads DROP COLUMN url; DROP TABLE server_settings;",
    5: "",
  };
  it.each([
    [2, "before upload bytes were kept"],
    [5, "before overlays were kept"],
  ])("upgrades a database from schema %i (%s), keeping its uploads", async (version) => {
    const file = await dbFile();
    const s = new Store(file, () => 5);
    const up = s.addUpload({
      guildId: "1", fileName: "a.txt", storedName: "a.txt", title: "A", bytes: 3, sha256: "0".repeat(64),
      uploaderId: USER, uploaderName: "ana",
    });
    s.close();
    const raw = new Database(file);
    raw.exec(`${UNDO_AFTER[version]} DROP TABLE overlays`);
    raw.pragma(`user_version = ${version}`);
    raw.close();
    const again = new Store(file);
    expect(again.schemaVersion).toBe(SCHEMA_VERSION);
    expect(again.uploads("1")).toEqual([up]);
    expect(again.uploadFile("1", up.id)).toBeUndefined();
    again.saveOverlay("1", Buffer.from("packed"));
    expect(again.overlay("1")?.toString()).toBe("packed");
    again.close();
  });

  it("keeps an answer whole and gives it back by id", async () => {
    const s = new Store(await dbFile());
    const id = s.saveAnswer({ guildId: "g", channelId: "c", userId: USER, question: "q", effectiveQuestion: "q full", answer: ANSWER });
    expect(s.getAnswer(id)).toMatchObject({ guildId: "g", channelId: "c", question: "q", effectiveQuestion: "q full", answer: ANSWER });
    expect(s.getAnswer("nope")).toBeUndefined();
    s.close();
  });

  it("stores user ids only as keyed hashes: the raw id appears nowhere in the file", async () => {
    const file = await dbFile();
    const s = new Store(file);
    const id = s.saveAnswer({ userId: USER, question: "q", effectiveQuestion: "q", answer: ANSWER });
    s.saveFeedback({ answerId: id, userId: USER, rating: "down", comment: "wrong year" });
    expect(s.hashUser(USER)).toMatch(/^[0-9a-f]{32}$/);
    expect(s.hashUser(USER)).not.toBe(new Store(await dbFile()).hashUser(USER)); // another database, another key
    s.close();
    for (const f of [file, `${file}-wal`]) {
      let bytes: Buffer;
      try { bytes = readFileSync(f); } catch { continue; }
      expect(bytes.includes(Buffer.from(USER))).toBe(false);
    }
  });
});

describe("conversations", () => {
  it("continue from the last answered question, survive a reopen, and expire after their time to live", async () => {
    const file = await dbFile();
    let t = 1_000_000;
    const s1 = SqliteStore.open(file, () => t);
    const c1 = new SharedConversations(s1, 60_000, () => t);
    expect(await c1.context("thread:1")).toBeUndefined();
    const id = await s1.saveAnswer({ userId: USER, question: "and exports?", effectiveQuestion: "What were Guangdong's exports in 2019?", answer: ANSWER });
    await c1.continueFrom("thread:1", id, "g");
    await s1.close();

    t += 30_000;
    const s2 = SqliteStore.open(file, () => t);
    const c2 = new SharedConversations(s2, 60_000, () => t);
    expect(await c2.context("thread:1")).toEqual({ expired: false, previous: "What were Guangdong's exports in 2019?" });
    t += 61_000;
    expect(await c2.context("thread:1")).toEqual({ expired: true });
    const next = await s2.saveAnswer({ userId: USER, question: "in 2020?", effectiveQuestion: "What were Guangdong's exports in 2020?", answer: ANSWER });
    await c2.continueFrom("thread:1", next);
    expect((await c2.context("thread:1"))?.previous).toBe("What were Guangdong's exports in 2020?");
    await s2.close();
  });
});

describe("conversations in a DM", () => {
  it("continue, survive a reopen and expire", async () => {
    const file = await dbFile();
    let t = 1_000_000;
    const s1 = SqliteStore.open(file, () => t);
    const c1 = new SharedConversations(s1, 60_000, () => t);
    expect(await c1.context("dm:1")).toBeUndefined();
    const id = await s1.saveAnswer({ userId: USER, question: "and exports?", effectiveQuestion: "Exports 2019?", answer: ANSWER });
    await c1.continueFrom("dm:1", id);
    await s1.close();
    t += 30_000;
    const s2 = SqliteStore.open(file, () => t);
    const c2 = new SharedConversations(s2, 60_000, () => t);
    expect(await c2.context("dm:1")).toEqual({ expired: false, previous: "Exports 2019?" });
    t += 61_000;
    expect(await c2.context("dm:1")).toEqual({ expired: true });
    await s2.close();
  });
});

describe("feedback", () => {
  it("keeps one vote per person per answer, marks votes on someone else's answer, and summarises per server", async () => {
    let t = 0;
    const s = new Store(await dbFile(), () => ++t);
    const mine = s.saveAnswer({ guildId: "g1", userId: USER, question: "q1", effectiveQuestion: "q1", answer: ANSWER });
    s.saveFeedback({ answerId: mine, userId: USER, guildId: "g1", rating: "up" });
    const changed = s.saveFeedback({ answerId: mine, userId: USER, guildId: "g1", rating: "down", comment: `  ${"x".repeat(5000)}  ` });
    expect(changed).toMatchObject({ rating: "down", ownAnswer: true });
    expect(changed.comment).toHaveLength(1000);
    const other = s.saveFeedback({ answerId: mine, userId: "999", guildId: "g1", rating: "down" });
    expect(other.ownAnswer).toBe(false);
    s.saveFeedback({ answerId: s.saveAnswer({ guildId: "g2", userId: USER, question: "q2", effectiveQuestion: "q2", answer: ANSWER }), userId: USER, guildId: "g2", rating: "up" });

    const g1 = s.summary("g1");
    expect([g1.up, g1.down, g1.others]).toEqual([0, 2, 1]);
    expect(g1.latestDown.map((f) => f.ownAnswer)).toEqual([false, true]);
    expect(g1.latestDown[1]!.answer.answer).toEqual(ANSWER);
    expect(s.summary("g2")).toMatchObject({ up: 1, down: 0 });
    expect(s.feedback({ rating: "down" })).toHaveLength(2);
    expect(() => s.saveFeedback({ answerId: "gone", userId: USER, rating: "up" })).toThrow(/no longer kept/);
    s.close();
  });

  it("pruning forgets idle conversations and unrated answers, never rated ones", async () => {
    let t = 0;
    const s = new Store(await dbFile(), () => t);
    const rated = s.saveAnswer({ userId: USER, question: "a", effectiveQuestion: "a", answer: ANSWER });
    const unrated = s.saveAnswer({ userId: USER, question: "b", effectiveQuestion: "b", answer: ANSWER });
    s.saveFeedback({ answerId: rated, userId: USER, rating: "down" });
    s.openConversation("thread:9", unrated);
    t = 10_000;
    expect(s.prune(5_000)).toEqual({ conversations: 1, answers: 1 });
    expect(s.getAnswer(rated)).toBeDefined();
    expect(s.getAnswer(unrated)).toBeUndefined();
    s.close();
  });
});
