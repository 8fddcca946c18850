// `npm run state -- --copy-to postgres://…` against a real throwaway PostgreSQL: a SQLite state made by the
// bot's own Store, with uploads' files in the server folders and servers' overlays (in the file, or only in a
// server's folder), arrives whole, keeps its user hashes, and a second copy doubles nothing.
import { execFile } from "node:child_process";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { copySqliteToPostgres } from "../bot/state/copy.js";
import { PostgresStore } from "../bot/state/postgres.js";
import { Store } from "../bot/state/store.js";
import { loadCorpus } from "../corpus/load.js";
import { packIndex, readIndex, unpackIndex } from "../index/store.js";
import { buildAndWrite } from "../retrieval/engine.js";
import type { Answer } from "../retrieval/types.js";
import { FakeEmbedder } from "./helpers/fakeEmbedder.js";
import { ROOT, tempDir } from "./helpers/paths.js";
import { postgresPlan, startPostgres, type TestPostgres } from "./helpers/postgres.js";

const run = promisify(execFile);
const ANSWER: Answer = {
  question: "Guangdong's trade surplus?", abstained: false, answer: "148.08 billion yuan [1]", figures: [],
  citations: [{ n: 1, docId: "004", source: "004.txt", title: "Guangdong", passageId: "004#3", snippet: "…" }],
};
const USER = "1400000000000000001";
const OTHER = "1400000000000000002";
const GUILD = "111111111111111111";
/** A server whose overlay is only in its folder: saving it in the state store had failed. */
const FOLDER_ONLY = "222222222222222222";
const embedder = new FakeEmbedder();

/** A server's overlay as the bot writes it: the index of its uploads, in servers/<id>/overlay. */
async function writeOverlay(dataDir: string, guildId: string, text: string): Promise<string> {
  const docs = path.join(dataDir, "servers", guildId, "docs", "server-uploads");
  await mkdir(docs, { recursive: true });
  await writeFile(path.join(docs, "upload.txt"), text);
  const dir = path.join(dataDir, "servers", guildId, "overlay");
  await buildAndWrite(await loadCorpus(path.dirname(docs)), embedder, dir);
  return dir;
}

/** A data folder as the bot leaves it: the state file, and one upload's file in its server folder. */
async function botDataDir() {
  const dataDir = await tempDir();
  let t = 1_000;
  const s = new Store(path.join(dataDir, "tradewise.db"), () => t++);
  const a1 = s.saveAnswer({
    guildId: GUILD, channelId: "c", userId: USER, question: "q1", effectiveQuestion: "q1 full", answer: ANSWER,
  });
  const a2 = s.saveAnswer({ userId: OTHER, question: "q2", effectiveQuestion: "q2", answer: ANSWER });
  s.openConversation("thread:1", a1, GUILD);
  s.openConversation("dm:2", a2);
  s.saveFeedback({ answerId: a1, userId: USER, guildId: GUILD, rating: "down", comment: "wrong year" });
  s.saveFeedback({ answerId: a1, userId: OTHER, guildId: GUILD, rating: "up" });
  const onDisk = Buffer.from("Exports rose 5% in March.\n");
  const upload = (storedName: string, bytes: number) => ({
    guildId: GUILD, fileName: storedName, storedName, title: storedName, bytes, sha256: storedName.padEnd(64, "0"),
    uploaderId: USER, uploaderName: "ana",
  });
  const disk = s.addUpload(upload("march.txt", onDisk.length));
  const folder = path.join(dataDir, "servers", GUILD, "docs", "server-uploads");
  await mkdir(folder, { recursive: true });
  await writeFile(path.join(folder, "march.txt"), onDisk);
  const kept = Buffer.from([0, 1, 2, 255]);
  const inDb = s.addUpload({ ...upload("kept.pdf", kept.length), url: "https://customs.example/kept.pdf" }, kept);
  s.saveSettings(GUILD, { forumChannels: ["301"], ignoredChannels: ["401"], mentionThreads: true });
  const lost = s.addUpload(upload("lost.txt", 10));
  const overlay = await packIndex(await writeOverlay(dataDir, GUILD, "Exports rose 5% in March.\n"));
  s.saveOverlay(GUILD, overlay);
  await writeOverlay(dataDir, FOLDER_ONLY, "Imports of ore fell 3% in April.\n");
  s.addUpload({ ...upload("upload.txt", 33), guildId: FOLDER_ONLY });
  return { dataDir, store: s, ids: { a1, a2 }, uploads: { disk, inDb, lost }, bytes: { onDisk, kept, overlay } };
}

const plan = postgresPlan();

describe.skipIf(plan.kind === "absent")("copying the SQLite state into PostgreSQL", () => {
  let server: TestPostgres;
  const open: Array<{ close(): unknown }> = [];
  beforeAll(async () => {
    if (plan.kind !== "absent") server = await startPostgres(plan);
  });
  afterAll(() => server?.stop());
  afterEach(async () => {
    for (const s of open.splice(0)) await s.close();
  });
  const target = async (url?: string) => {
    const t = await PostgresStore.open(url ?? (await server.freshUrl()), { max: 2 });
    open.push(t);
    return t;
  };

  it("copies every row and file, keeps user hashes valid, and doubles nothing when run again", async () => {
    const src = await botDataDir();
    open.push(src.store);
    const pgs = await target();
    const counts = await copySqliteToPostgres(path.join(src.dataDir, "tradewise.db"), src.dataDir, pgs);
    expect(counts).toEqual({
      answers: 2, conversations: 2, feedback: 2, uploads: 4, settings: 1, overlays: 2, files: 3,
      missingFiles: [`${GUILD}/lost.txt`],
    });
    expect(await pgs.settings(GUILD)).toEqual(src.store.settings(GUILD));
    expect((await pgs.uploads(GUILD)).find((u) => u.id === src.uploads.inDb.id)?.url).toBe("https://customs.example/kept.pdf");

    expect(pgs.hashUser(USER)).toBe(src.store.hashUser(USER));
    for (const id of Object.values(src.ids)) expect(await pgs.getAnswer(id)).toEqual(src.store.getAnswer(id));
    for (const key of ["thread:1", "dm:2"]) expect(await pgs.conversation(key)).toEqual(src.store.conversation(key));
    const withoutId = <T extends { id: number }>({ id: _id, ...rest }: T) => rest;
    expect((await pgs.feedback()).map(withoutId)).toEqual(src.store.feedback().map(withoutId));
    expect(await pgs.summary(GUILD)).toMatchObject({ up: 1, down: 1, others: 1 });
    expect(await pgs.uploads(GUILD)).toEqual(src.store.uploads(GUILD));
    expect(await pgs.uploadFile(GUILD, src.uploads.disk.id)).toEqual(src.bytes.onDisk);
    expect(await pgs.uploadFile(GUILD, src.uploads.inDb.id)).toEqual(src.bytes.kept);
    expect(await pgs.uploadFile(GUILD, src.uploads.lost.id)).toBeUndefined();
    // overlays: the one in the file byte for byte; the folder's packed, and loading as the index it was
    expect(await pgs.overlay(GUILD)).toEqual(src.bytes.overlay);
    const unpacked = await tempDir();
    await unpackIndex((await pgs.overlay(FOLDER_ONLY))!, unpacked);
    const folderOnly = await readIndex(unpacked, embedder.id);
    expect(folderOnly.passages.map((p) => p.text)).toEqual(["Imports of ore fell 3% in April."]);

    // a vote given in the meantime, and the lost file found again: a second copy brings both, adds no row
    src.store.saveFeedback({ answerId: src.ids.a1, userId: OTHER, guildId: GUILD, rating: "down", comment: "no" });
    await writeFile(path.join(src.dataDir, "servers", GUILD, "docs", "server-uploads", "lost.txt"), "found again");
    // and a server's overlay saved in PostgreSQL since (by a process already using it) is newer: it stays
    const newer = Buffer.concat([src.bytes.overlay, Buffer.from("newer")]);
    await pgs.saveOverlay(GUILD, newer);
    const again = await copySqliteToPostgres(path.join(src.dataDir, "tradewise.db"), src.dataDir, pgs);
    expect(again).toMatchObject({ answers: 2, feedback: 2, uploads: 4, files: 4, overlays: 2, missingFiles: [] });
    expect(await pgs.overlay(GUILD)).toEqual(newer);
    expect(await pgs.feedback()).toHaveLength(2);
    expect(await pgs.summary(GUILD)).toMatchObject({ up: 0, down: 2 });
    expect(await pgs.uploads(GUILD)).toHaveLength(3);
    expect((await pgs.uploadFile(GUILD, src.uploads.lost.id))?.toString()).toBe("found again");
    // and the bot, pointed at PostgreSQL, goes on from there: the asker's vote is still theirs
    expect(await pgs.saveFeedback({ answerId: src.ids.a1, userId: USER, rating: "up" })).toMatchObject({ ownAnswer: true });
    expect(await pgs.feedback()).toHaveLength(2);
  });

  it("refuses to copy into a database that already holds state hashed with another key", async () => {
    const src = await botDataDir();
    open.push(src.store);
    const pgs = await target();
    await pgs.saveAnswer({ userId: USER, question: "q", effectiveQuestion: "q", answer: ANSWER });
    await expect(copySqliteToPostgres(path.join(src.dataDir, "tradewise.db"), src.dataDir, pgs)).rejects.toThrow(
      /already holds state hashed with another key/,
    );
  });

  it("runs as npm run state -- --copy-to, printing counts and never the password", async () => {
    const src = await botDataDir();
    src.store.close();
    const url = new URL(await server.freshUrl());
    url.password = "s3cret-pass"; // trust authentication ignores it; it must still never be printed
    const env = { ...process.env, DATA_DIR: src.dataDir, DATABASE_URL: "", CI: "" };
    const tsx = path.join(ROOT, "node_modules", ".bin", "tsx");
    const { stdout } = await run(tsx, ["bot/cli/state.ts", "--copy-to", url.toString()], { cwd: ROOT, env });
    expect(stdout).toMatch(/2 answers, 2 conversations, 2 feedback, 4 uploads \(3 with their files\), 1 servers' settings/);
    expect(stdout).toMatch(/, 2 servers' overlays\n/);
    expect(stdout).toMatch(/1 upload\(s\) copied without their file.*lost\.txt/);
    expect(stdout).not.toContain("s3cret-pass");
    const pgs = await target(url.toString());
    expect(await pgs.uploads(GUILD)).toHaveLength(3);

    const bad = await run(tsx, ["bot/cli/state.ts", "--copy-to", "mysql://u:s3cret-pass@h/db"], { cwd: ROOT, env }).catch(
      (e: unknown) => e as { code: number; stderr: string },
    );
    expect(bad).toMatchObject({ code: 2, stderr: expect.stringMatching(/postgres:\/\/ or postgresql:\/\/ URL/) });
    expect((bad as { stderr: string }).stderr).not.toContain("s3cret-pass");
  }, 60_000);
});
