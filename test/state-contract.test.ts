// One contract for the state port, run against both implementations with real servers: the SQLite file
// in a temp folder and a throwaway PostgreSQL (test/helpers/postgres.ts). Whatever one store does with
// answers, conversations, feedback, uploads and its user key, the other does too.
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { UserError } from "../index/errors.js";
import type { Answer } from "../retrieval/types.js";
import { PostgresStore } from "../bot/state/postgres.js";
import { PG_SCHEMA_VERSION } from "../bot/state/postgresSchema.js";
import { SqliteStore } from "../bot/state/sqlite.js";
import { SCHEMA_VERSION } from "../bot/state/store.js";
import type { NewUpload, StateStore } from "../bot/state/types.js";
import { postgresPlan, startPostgres, type TestPostgres } from "./helpers/postgres.js";
import { tempDir } from "./helpers/paths.js";

const ANSWER: Answer = {
  question: "What was Guangdong's trade surplus in January 2019?", abstained: false, answer: "148.08 billion yuan [1]",
  figures: [{
    label: "Guangdong · trade surplus", value: 148.08, unit: "billion yuan", computed: true,
    formula: "389.14 − 241.06 = 148.08", citations: [1],
  }],
  citations: [{ n: 1, docId: "004", source: "004.txt", title: "Guangdong", passageId: "004#3", snippet: "…" }],
};
const USER = "1400000000000000001";
const OTHER = "1400000000000000002";

/** A place state lives (a file, a schema), opened as often as a test likes, and pushed to a newer or older schema. */
interface Place {
  open(now?: () => number): Promise<StateStore>;
  makeNewer(): Promise<void>;
  /** Back to the schema before overlays were kept (the newest a Tradewise without them made). */
  makeBeforeOverlays(): Promise<void>;
}

interface Backend {
  name: string;
  schemaVersion: number;
  available: boolean;
  setUp(): Promise<void>;
  tearDown(): Promise<void>;
  fresh(): Promise<Place>;
}

const sqlite: Backend = {
  name: "SQLite",
  schemaVersion: SCHEMA_VERSION,
  available: true,
  setUp: async () => undefined,
  tearDown: async () => undefined,
  async fresh() {
    const file = path.join(await tempDir(), "state", "tradewise.db");
    return {
      open: async (now) => SqliteStore.open(file, now),
      async makeNewer() {
        const raw = new Database(file);
        raw.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
        raw.close();
      },
      async makeBeforeOverlays() {
        const raw = new Database(file);
        raw.exec("DROP TABLE overlays");
        raw.pragma(`user_version = ${SCHEMA_VERSION - 1}`);
        raw.close();
      },
    };
  },
};

const plan = postgresPlan();
let server: TestPostgres | undefined;
const postgres: Backend = {
  name: "PostgreSQL",
  schemaVersion: PG_SCHEMA_VERSION,
  available: plan.kind !== "absent",
  async setUp() {
    if (plan.kind !== "absent") server = await startPostgres(plan);
  },
  async tearDown() {
    await server?.stop();
  },
  async fresh() {
    const url = await server!.freshUrl();
    return {
      open: (now) => PostgresStore.open(url, { ...(now && { now }), max: 3 }),
      async makeNewer() {
        const client = new pg.Client({ connectionString: url });
        await client.connect();
        await client.query("INSERT INTO tradewise_migrations (version, applied_at) VALUES ($1, 0)", [PG_SCHEMA_VERSION + 1]);
        await client.end();
      },
      async makeBeforeOverlays() {
        const client = new pg.Client({ connectionString: url });
        await client.connect();
        await client.query("DROP TABLE overlays");
        await client.query("DELETE FROM tradewise_migrations WHERE version = $1", [PG_SCHEMA_VERSION]);
        await client.end();
      },
    };
  },
};

const upload = (guildId: string, name: string, fileBytes: Buffer): NewUpload => ({
  guildId, fileName: name, storedName: name, title: name.replace(/\..*/, ""), bytes: fileBytes.length,
  sha256: name.padEnd(64, "0"), uploaderId: USER, uploaderName: "ana", fileBytes,
});

describe.each([sqlite, postgres])("the state store on $name", (backend) => {
  const opened: StateStore[] = [];
  /** Opens a store at a place, closed after the test. */
  const open = async (place: Place, now?: () => number) => {
    const s = await place.open(now);
    opened.push(s);
    return s;
  };
  const fresh = async (now?: () => number) => open(await backend.fresh(), now);

  beforeAll(() => backend.setUp());
  afterAll(() => backend.tearDown());
  afterEach(async () => {
    for (const s of opened.splice(0)) await s.close();
  });

  describe.skipIf(!backend.available)("contract", () => {
    it("creates its schema at the current version, and reopens without migrating again", async () => {
      const place = await backend.fresh();
      const a = await place.open();
      expect(await a.schemaVersion()).toBe(backend.schemaVersion);
      await a.close();
      const b = await open(place);
      expect(await b.schemaVersion()).toBe(backend.schemaVersion);
    });

    it("refuses a database made by a newer version, saying so", async () => {
      const place = await backend.fresh();
      await (await place.open()).close();
      await place.makeNewer();
      const err = await place.open().catch((e: unknown) => e);
      expect(err).toBeInstanceOf(UserError);
      expect((err as Error).message).toMatch(/schema version \d+, newer than this program/);
    });

    it("upgrades a store from before overlays were kept, keeping its uploads' links and servers' settings", async () => {
      const place = await backend.fresh();
      const before = await place.open();
      const up = await before.addUpload({ ...upload("111", "report.pdf", Buffer.from("%PDF-")), url: "https://a.example/r" });
      const settings = await before.saveSettings("111", { forumChannels: ["301"], ignoredChannels: [], mentionThreads: true });
      await before.close();
      await place.makeBeforeOverlays();
      const s = await open(place);
      expect(await s.schemaVersion()).toBe(backend.schemaVersion);
      expect(await s.uploads("111")).toEqual([up]);
      expect(await s.settings("111")).toEqual(settings);
      await s.saveOverlay("111", Buffer.from("packed"));
      expect((await s.overlay("111"))?.toString()).toBe("packed");
    });

    it("opened twice at once (two processes), migrates once, shares one key, and each reads what the other wrote", async () => {
      const place = await backend.fresh();
      const [a, b] = await Promise.all([open(place), open(place)]);
      expect(a.hashUser(USER)).toBe(b.hashUser(USER));
      expect(await b.schemaVersion()).toBe(backend.schemaVersion);
      const id = await a.saveAnswer({ guildId: "g", userId: USER, question: "q", effectiveQuestion: "q", answer: ANSWER });
      await b.openConversation("thread:2", id, "g");
      await b.saveFeedback({ answerId: id, userId: USER, guildId: "g", rating: "down" });
      expect(await a.conversation("thread:2")).toMatchObject({ lastQuestion: "q" });
      expect(await a.summary("g")).toMatchObject({ down: 1, others: 0 });
    });

    it("keeps an answer whole and gives it back by id", async () => {
      const s = await fresh(() => 1_700_000_000_000);
      const id = await s.saveAnswer({
        guildId: "g", channelId: "c", userId: USER, question: "q", effectiveQuestion: "q full", answer: ANSWER,
      });
      expect(id).toMatch(/^[0-9a-f]{16}$/);
      expect(await s.getAnswer(id)).toEqual({
        id, createdAt: 1_700_000_000_000, guildId: "g", channelId: "c", askerHash: s.hashUser(USER),
        question: "q", effectiveQuestion: "q full", answer: ANSWER,
      });
      const dm = await s.saveAnswer({ userId: USER, question: "q", effectiveQuestion: "q", answer: ANSWER });
      expect(await s.getAnswer(dm)).toMatchObject({ guildId: null, channelId: null });
      expect(await s.getAnswer("nope")).toBeUndefined();
    });

    it("hashes user ids with a key kept in the database: the same after a reopen, another in another database", async () => {
      const place = await backend.fresh();
      const a = await place.open();
      const hash = a.hashUser(USER);
      expect(hash).toMatch(/^[0-9a-f]{32}$/);
      expect(hash).not.toContain(USER);
      expect(a.hashUser(OTHER)).not.toBe(hash);
      await a.close();
      expect((await open(place)).hashUser(USER)).toBe(hash);
      expect((await fresh()).hashUser(USER)).not.toBe(hash);
    });

    it("continues conversations from their last answer across a reopen, and starts them over", async () => {
      let t = 1_000;
      const place = await backend.fresh();
      const s1 = await place.open(() => t);
      expect(await s1.conversation("thread:1")).toBeUndefined();
      const first = await s1.saveAnswer({
        userId: USER, question: "exports?", effectiveQuestion: "Guangdong exports 2019?", answer: ANSWER,
      });
      await s1.openConversation("thread:1", first, "g");
      await s1.close();

      t = 2_000;
      const s2 = await open(place, () => t);
      expect(await s2.conversation("thread:1")).toEqual({
        key: "thread:1", guildId: "g", createdAt: 1_000, updatedAt: 1_000, lastQuestion: "Guangdong exports 2019?",
      });
      const next = await s2.saveAnswer({
        userId: USER, question: "2020?", effectiveQuestion: "Guangdong exports 2020?", answer: ANSWER,
      });
      await s2.openConversation("thread:1", next);
      expect(await s2.conversation("thread:1")).toMatchObject({
        guildId: "g", createdAt: 1_000, updatedAt: 2_000, lastQuestion: "Guangdong exports 2020?",
      });
      await s2.openConversation("thread:1", null);
      expect(await s2.conversation("thread:1")).toEqual({
        key: "thread:1", guildId: "g", createdAt: 1_000, updatedAt: 2_000,
      });
      await s2.openConversation("dm:7", null);
      expect(await s2.conversation("dm:7")).toMatchObject({ guildId: null });
    });

    it("keeps one vote per person per answer, marks votes on someone else's answer, and trims comments", async () => {
      let t = 0;
      const s = await fresh(() => ++t);
      const mine = await s.saveAnswer({
        guildId: "g1", userId: USER, question: "q1", effectiveQuestion: "q1", answer: ANSWER,
      });
      const up = await s.saveFeedback({ answerId: mine, userId: USER, guildId: "g1", rating: "up" });
      expect(up).toMatchObject({ answerId: mine, guildId: "g1", rating: "up", comment: null, ownAnswer: true });
      const changed = await s.saveFeedback({
        answerId: mine, userId: USER, guildId: "g1", rating: "down", comment: `  ${"x".repeat(5000)}  `,
      });
      expect(changed).toMatchObject({ id: up.id, rating: "down", ownAnswer: true, userHash: s.hashUser(USER) });
      expect(changed.comment).toHaveLength(1000);
      expect(changed.answer).toEqual(await s.getAnswer(mine));
      const other = await s.saveFeedback({ answerId: mine, userId: OTHER, guildId: "g1", rating: "down", comment: "  " });
      expect(other).toMatchObject({ ownAnswer: false, comment: null });
      expect(await s.feedback()).toHaveLength(2);
      await expect(s.saveFeedback({ answerId: "gone", userId: USER, rating: "up" })).rejects.toThrow(/no longer kept/);
    });

    it("lists feedback newest first, by rating, server or DMs, with a limit, and summarises a server", async () => {
      let t = 0;
      const s = await fresh(() => ++t);
      const ask = (guildId: string | null) =>
        s.saveAnswer({ guildId, userId: USER, question: "q", effectiveQuestion: "q", answer: ANSWER });
      const g1 = await ask("g1");
      await s.saveFeedback({ answerId: g1, userId: USER, guildId: "g1", rating: "down", comment: "wrong year" });
      await s.saveFeedback({ answerId: g1, userId: OTHER, guildId: "g1", rating: "down" });
      const g1b = await ask("g1");
      await s.saveFeedback({ answerId: g1b, userId: OTHER, guildId: "g1", rating: "up" });
      const g2 = await ask("g2");
      await s.saveFeedback({ answerId: g2, userId: USER, guildId: "g2", rating: "up" });
      const dm = await ask(null);
      await s.saveFeedback({ answerId: dm, userId: USER, rating: "down" });

      expect((await s.feedback()).map((f) => f.createdAt)).toEqual([9, 7, 5, 3, 2]);
      expect((await s.feedback({ rating: "down" })).map((f) => f.guildId)).toEqual([null, "g1", "g1"]);
      expect((await s.feedback({ guildId: null })).map((f) => f.answerId)).toEqual([dm]);
      expect((await s.feedback({ guildId: "g1", limit: 2 })).map((f) => f.rating)).toEqual(["up", "down"]);

      const summary = await s.summary("g1");
      expect([summary.up, summary.down, summary.others]).toEqual([1, 2, 2]);
      expect(summary.latestDown.map((f) => [f.ownAnswer, f.comment])).toEqual([[false, null], [true, "wrong year"]]);
      expect(summary.latestDown[1]!.answer.answer).toEqual(ANSWER);
      expect((await s.summary("g1", 1)).latestDown).toHaveLength(1);
      expect(await s.summary(null)).toMatchObject({ up: 0, down: 1, others: 0 });
      expect(await s.summary("g3")).toEqual({ up: 0, down: 0, others: 0, latestDown: [] });
    });

    it("prunes idle conversations and unreferenced old answers, never rated or recent ones", async () => {
      let t = 0;
      const s = await fresh(() => t);
      const answer = (q: string) => s.saveAnswer({ userId: USER, question: q, effectiveQuestion: q, answer: ANSWER });
      const rated = await answer("rated");
      const idle = await answer("idle conversation");
      const held = await answer("live conversation");
      const loose = await answer("nothing refers to it");
      await s.saveFeedback({ answerId: rated, userId: USER, rating: "down" });
      await s.openConversation("thread:idle", idle);
      t = 8_000;
      await s.openConversation("thread:live", held);
      const recent = await answer("recent");
      t = 10_000;
      expect(await s.prune(5_000)).toEqual({ conversations: 1, answers: 2 });
      for (const id of [rated, held, recent]) expect(await s.getAnswer(id)).toBeDefined();
      for (const id of [idle, loose]) expect(await s.getAnswer(id)).toBeUndefined();
      expect(await s.conversation("thread:idle")).toBeUndefined();
      expect(await s.conversation("thread:live")).toMatchObject({ lastQuestion: "live conversation" });
      expect(await s.prune(5_000)).toEqual({ conversations: 0, answers: 0 });
    });

    it("keeps a server's uploads with their bytes, oldest first, apart from other servers'", async () => {
      let t = 100;
      const s = await fresh(() => t++);
      const pdf = Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0xff, 0x00, 0x0a, 0x80]);
      const a = await s.addUpload(upload("111", "report.pdf", pdf));
      expect(a).toEqual({
        id: expect.stringMatching(/^[0-9a-f]{8}$/), guildId: "111", fileName: "report.pdf", storedName: "report.pdf",
        title: "report", bytes: pdf.length, sha256: "report.pdf".padEnd(64, "0"), uploaderId: USER, uploaderName: "ana",
        uploadedAt: 100,
      });
      const b = await s.addUpload(upload("111", "notes.txt", Buffer.from("Exports rose 5%.\n")));
      await s.addUpload(upload("222", "other.txt", Buffer.from("elsewhere")));

      expect((await s.uploads("111")).map((u) => u.id)).toEqual([a.id, b.id]);
      expect(await s.uploads("111")).toContainEqual(a);
      expect(await s.uploadFile("111", a.id)).toEqual(pdf);
      expect((await s.uploadFile("111", b.id))?.toString()).toBe("Exports rose 5%.\n");
      expect(await s.uploadFile("222", a.id)).toBeUndefined();
      expect(await s.uploads("333")).toEqual([]);

      await expect(s.addUpload(upload("111", "report.pdf", pdf))).rejects.toThrow();
      expect(await s.removeUpload("222", a.id)).toBe(false);
      expect(await s.removeUpload("111", a.id)).toBe(true);
      expect(await s.removeUpload("111", a.id)).toBe(false);
      expect((await s.uploads("111")).map((u) => u.id)).toEqual([b.id]);
      expect(await s.uploadFile("111", a.id)).toBeUndefined();
    });

    it("keeps one packed overlay per server, byte for byte: replaced on save, gone on removal, seen after a reopen", async () => {
      const place = await backend.fresh();
      const s = await open(place);
      const packed = Buffer.from([0, 1, 2, 0xff, 0x00, 0x80, ...Buffer.from('{"x":1}')]);
      expect(await s.overlay("111")).toBeUndefined();
      await s.saveOverlay("111", packed);
      await s.saveOverlay("222", Buffer.from("other"));
      expect(await s.overlay("111")).toEqual(packed);
      await s.saveOverlay("111", Buffer.from("newer"));
      expect((await s.overlay("111"))?.toString()).toBe("newer");
      expect((await (await open(place)).overlay("222"))?.toString()).toBe("other");
      await s.removeOverlay("111");
      await s.removeOverlay("333");
      expect(await s.overlay("111")).toBeUndefined();
      expect((await s.overlay("222"))?.toString()).toBe("other");
    });

    it("keeps the link a document was fetched from, and none for an uploaded file", async () => {
      const place = await backend.fresh();
      const s = await open(place);
      const link = "https://customs.example/report.pdf?id=1";
      const fetched = await s.addUpload({ ...upload("111", "report.pdf", Buffer.from("%PDF-")), url: link });
      const uploaded = await s.addUpload(upload("111", "notes.txt", Buffer.from("notes")));
      expect(fetched.url).toBe(link);
      const reopened = await open(place);
      const kept = await reopened.uploads("111");
      expect(kept.find((u) => u.id === fetched.id)).toEqual(fetched);
      expect(kept.find((u) => u.id === uploaded.id)).not.toHaveProperty("url");
    });

    it("keeps each server's settings across a reopen, apart from other servers', defaults until set", async () => {
      const place = await backend.fresh();
      const s = await open(place);
      const none = { forumChannels: [], ignoredChannels: [], mentionThreads: false };
      expect(await s.settings("111")).toEqual(none);
      const set = { forumChannels: ["301", "302", "301"], ignoredChannels: ["401"], mentionThreads: true };
      expect(await s.saveSettings("111", set)).toEqual({ ...set, forumChannels: ["301", "302"] });
      const reopened = await open(place);
      expect(await reopened.settings("111")).toEqual({ ...set, forumChannels: ["301", "302"] });
      expect(await reopened.settings("222")).toEqual(none);
      // saving replaces the whole: a channel taken off a list is gone
      await reopened.saveSettings("111", { forumChannels: ["302"], ignoredChannels: [], mentionThreads: false });
      expect(await s.settings("111")).toEqual({ forumChannels: ["302"], ignoredChannels: [], mentionThreads: false });
      // what is not a channel id is never kept
      await s.saveSettings("222", { forumChannels: ["<#1>", "12a"], ignoredChannels: ["9"], mentionThreads: false });
      expect(await reopened.settings("222")).toEqual({ forumChannels: [], ignoredChannels: ["9"], mentionThreads: false });
    });
  });
});
