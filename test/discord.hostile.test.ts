// Hostile uploads through the real discord.js client and the local Discord stand-in (issue 19): while
// one server uploads each input, another server keeps asking, and every one of its questions must be
// acknowledged within Discord's 3 s with the gateway heartbeat going on; then the bot restarts over the
// same data folder and answers at once. Embeddings come from the deterministic test embedder (the real
// model's indexing runs in worker threads either way), so the suite takes seconds.
// The 3 s are proven without depending on how loaded the machine is (under load, wall time only says
// how much CPU other processes took): by orderings the stand-in observes (the upload is deferred before
// its file is fetched; questions asked while it is read are acknowledged before it is answered, so none
// waits for it) and by the CPU time this process spent between a question and its acknowledgement,
// which a read done on the event loop would fill. Wall-clock bounds stay, generous, for gross stalls.
import { readdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Client } from "discord.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BotContext } from "../bot/discord/types.js";
import { EngineHolder } from "../bot/engineHolder.js";
import { loadCorpus } from "../corpus/load.js";
import { buildFromCorpus, type LoadedEngine } from "../retrieval/engine.js";
import {
  cpuMs, FAKE_TOKEN, FakeDiscord, GUILD_ID, isProgressEdit, OTHER_GUILD_ID, slashCommand, type RecordedRequest,
} from "./discord/fakeDiscord.js";
import { FakeEmbedder } from "./helpers/fakeEmbedder.js";
import { startBot as start, type RunningBot } from "./helpers/bot.js";
import { SEED, tempDir } from "./helpers/paths.js";

const STRING = 3, ATTACHMENT = 11;
const MANAGER = "32";
let fake: FakeDiscord;
let base: LoadedEngine;
let dataDir: string;
let bot: { client: Client; ctx: BotContext };
let userSeq = 0;
const newUser = () => `15000000000000${String(++userSeq).padStart(5, "0")}`;

async function startBot(): Promise<RunningBot> {
  return start({
    restApi: fake.restApi, token: FAKE_TOKEN, engines: new EngineHolder(base, { indexDir: path.join(dataDir, "base-index") }),
    env: { DATA_DIR: dataDir, UPLOAD_MAX_BYTES: String(10 * 2 ** 20) }, limits: { user: 5, channel: 10_000 }, recover: true,
  });
}

async function stopBot(): Promise<void> {
  await bot.client.destroy();
  await bot.ctx.store.close();
}

beforeAll(async () => {
  fake = new FakeDiscord(400);
  await fake.start();
  const embedder = new FakeEmbedder();
  base = { index: (await buildFromCorpus(await loadCorpus(SEED), embedder)).data, embedder };
  dataDir = await tempDir();
  bot = await startBot();
}, 60_000);

afterAll(async () => {
  await stopBot();
  await fake?.stop();
});

/** Where a request came in the stand-in's record (ties in wall-clock ms are common). */
const requestOrder = (r: RecordedRequest) => fake.requests.indexOf(r);
const body = (r: RecordedRequest) => r.body as { type?: number; content?: string; data?: { content?: string } };
const edited = (token: string, timeoutMs = 60_000) =>
  fake.waitFor((r) => r.method === "PATCH" && r.path.endsWith(`/${token}/messages/@original`) && !isProgressEdit(r), timeoutMs);

/** What the stand-in saw of an upload: its deferral, the fetch of its file and the reply. */
interface Upload { text: string; deferred: RecordedRequest; fetched: RecordedRequest; replied: RecordedRequest }

/** Uploads a file on GUILD_ID and returns the bot's reply, with when its steps reached the stand-in. `onFetched` runs once its file is fetched. */
async function upload(name: string, bytes: Buffer | string, onFetched: () => void = () => undefined): Promise<Upload> {
  const file = fake.attachment(name, Buffer.from(bytes));
  const p = slashCommand("add", [{ name: "file", type: ATTACHMENT, value: file.id }], { permissions: MANAGER, userId: newUser(), attachments: [file] });
  const fetching = fake.waitFor((r) => r.method === "GET" && r.path.startsWith(`/attachments/${file.id}/`), 120_000);
  void fetching.then(onFetched, () => undefined);
  fake.dispatch("INTERACTION_CREATE", p);
  const replied = await edited(p.token, 120_000);
  const deferred = await fake.waitFor((r) => r.path === `/interactions/${p.id}/${p.token}/callback`, 0);
  return { text: String(body(replied).content), deferred, fetched: await fetching, replied };
}

/** One question of the other server: when it was sent (wall ms, this process's CPU ms) and its acknowledgement. */
interface Asked { sentAt: number; sentCpuMs: number; ack: RecordedRequest }

interface Observed<T> {
  value: T; asked: Asked[];
  /** The longest time without a gateway heartbeat. */
  heartbeatGapMs: number;
  /** The most CPU time this process spent between two 50 ms timer ticks: the longest the event loop was kept busy. */
  loopStallCpuMs: number;
}

/**
 * Runs `during` while the other server asks a question every 200 ms (and whenever `during` calls
 * `askNow`); returns its result, the questions with their acknowledgements, and how the event loop
 * and the heartbeat kept going.
 */
async function whileOtherServerAsks<T>(during: (askNow: () => Promise<Asked>) => Promise<T>): Promise<Observed<T>> {
  const acks: Array<Promise<Asked>> = [];
  let beats = fake.heartbeats;
  let lastBeat = Date.now();
  let heartbeatGapMs = 0;
  let lastTickCpuMs = cpuMs();
  let loopStallCpuMs = 0;
  const sample = setInterval(() => {
    if (fake.heartbeats !== beats) { beats = fake.heartbeats; lastBeat = Date.now(); }
    heartbeatGapMs = Math.max(heartbeatGapMs, Date.now() - lastBeat);
    const now = cpuMs();
    loopStallCpuMs = Math.max(loopStallCpuMs, now - lastTickCpuMs);
    lastTickCpuMs = now;
  }, 50);
  const askNow = () => {
    const p = slashCommand("ask", [{ name: "question", type: STRING, value: "What was Guangdong's trade surplus in January 2019?" }], { userId: newUser(), guildId: OTHER_GUILD_ID });
    const sentAt = Date.now();
    const sentCpuMs = cpuMs();
    fake.dispatch("INTERACTION_CREATE", p);
    const asked = fake.waitFor((r) => r.path === `/interactions/${p.id}/${p.token}/callback`, 120_000).then((ack) => ({ sentAt, sentCpuMs, ack }));
    acks.push(asked);
    return asked;
  };
  const ask = setInterval(askNow, 200);
  try {
    const value = await during(askNow);
    clearInterval(ask);
    return { value, asked: await Promise.all(acks), heartbeatGapMs, loopStallCpuMs };
  } finally {
    clearInterval(ask);
    clearInterval(sample);
  }
}

const SENTENCE = "Exports of the province rose 5 percent in May, the customs said. ";

describe("hostile uploads while another server asks", () => {
  const cases: Array<[string, string, () => string, RegExp]> = [
    ["a name over 80 characters, twice with different content (hung for good)", `${"q".repeat(100)}.md`, () => "Hebei's exports rose 4 percent in 2024.", /^Added "/],
    ["…the second time", `${"q".repeat(100)}.md`, () => "Hebei's imports fell 2 percent in 2024.", /^Added "/],
    ["report.2024.md three times (hung on the inner dot)", "report.2024.md", () => "Shanxi's trade rose 1 percent in 2024.", /^Added "/],
    ["…the second time", "report.2024.md", () => "Shanxi's trade rose 2 percent in 2024.", /^Added "/],
    ["…the third time", "report.2024.md", () => "Shanxi's trade rose 3 percent in 2024.", /^Added "/],
    ["a one-sentence 1 MB .txt (120 s+)", "one-sentence.txt", () => "the value of trade between the two provinces rose again ".repeat(18_000), /^Added "[^"]+" \(id [0-9a-f]{8}\): 2\d\d passages.*Only part of it was read: .*\(the text limit\)/],
    ["a 5 MB single-line HTML page (150 s without heartbeat)", "page.html",
      () => `<html><head><title>One line</title></head><body><p>${SENTENCE.repeat(Math.ceil(5e6 / SENTENCE.length))}</p></body></html>`,
      /^Added "One line".*Only part of it was read: read the first 1\.9 MB of the page's 4\.8 MB \(the page limit\), then read the first 293 KB of its 1\.9 MB of text \(the text limit\)\./],
    ["100,000 nested <div> (a 26 s stall)", "deep.html",
      () => `<html><body>${"<div>".repeat(100_000)}Hebei's exports rose 4 percent in 2024.${"</div>".repeat(100_000)}</body></html>`,
      /^Added .*read as plain text: its elements nest more than 256 deep/],
  ];
  for (const [what, name, content, reply] of cases) {
    it(`${what}: replied to, the other server acknowledged within 3 s`, async () => {
      let whileRead: Promise<Asked> | undefined;
      const { value: up, asked, heartbeatGapMs, loopStallCpuMs } = await whileOtherServerAsks((askNow) => upload(name, content(), () => { whileRead = askNow(); }));
      expect(up.text).toMatch(reply);
      // the uploader's 3 s: deferred before the file is even fetched, so however long reading takes
      expect(body(up.deferred).type).toBe(5);
      expect(requestOrder(up.deferred)).toBeLessThan(requestOrder(up.fetched));
      // nothing waits for the upload: a question sent as its file arrived is acknowledged before it is answered
      expect(whileRead).toBeDefined();
      expect(requestOrder((await whileRead!).ack)).toBeLessThan(requestOrder(up.replied));
      // and acknowledged within 3 s of this process's CPU time, the event loop never kept busy for 2 s
      // (a heartbeat is due every 0.4 s): no long stretch of work on it, reading included
      const slowestAckCpuMs = Math.max(...asked.map((a) => a.ack.cpuMs - a.sentCpuMs));
      const slowestAckMs = Math.max(...asked.map((a) => a.ack.at - a.sentAt));
      if (process.env["HOSTILE_REPORT"]) {
        const rssMb = Math.round(process.memoryUsage().rss / 2 ** 20);
        console.log(JSON.stringify({ what, slowestAckMs, slowestAckCpuMs, loopStallCpuMs, heartbeatGapMs, asked: asked.length, rssMb }));
      }
      expect(asked.length).toBeGreaterThan(0);
      expect(slowestAckCpuMs).toBeLessThan(3000);
      expect(loopStallCpuMs).toBeLessThan(2000);
      // gross stalls, whatever the load: an acknowledgement that waited for a read, a heartbeat that stopped
      expect(slowestAckMs).toBeLessThan(20_000);
      expect(heartbeatGapMs).toBeLessThan(20_000);
    }, 180_000);
  }

  it("restarts cleanly over the same data: a half-added upload is quarantined and the server answers at once", async () => {
    expect(await bot.ctx.store.uploads(GUILD_ID)).toHaveLength(8);
    await stopBot();
    // as if the bot had stopped while reading this upload: its file is kept, its record is not
    await writeFile(path.join(dataDir, "servers", GUILD_ID, "docs", "server-uploads", "stopped.txt"), SENTENCE.repeat(20_000));
    bot = await startBot();
    const p = slashCommand("ask", [{ name: "question", type: STRING, value: "How much did Shanxi's trade rise in 2024?" }], { userId: newUser() });
    const sent = Date.now();
    fake.dispatch("INTERACTION_CREATE", p);
    const callback = await fake.waitFor((r) => r.path === `/interactions/${p.id}/${p.token}/callback`);
    expect(callback.at - sent).toBeLessThan(3000);
    const answer = await edited(p.token, 10_000);
    expect(answer.at - sent).toBeLessThan(10_000);
    expect(JSON.stringify(answer.body)).toContain("Shanxi");
    expect(await bot.ctx.store.uploads(GUILD_ID)).toHaveLength(8);
    const quarantined = await readdir(path.join(dataDir, "servers", GUILD_ID, "quarantine"));
    expect(quarantined.map((f) => f.replace(/^\d+-/, ""))).toEqual(["stopped.txt"]);
  }, 60_000);
});
