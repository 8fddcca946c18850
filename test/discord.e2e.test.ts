// The real discord.js client against a local Discord stand-in (REST + gateway on 127.0.0.1),
// answering with the real engine and the npm-shipped embedding model.
import { execFile } from "node:child_process";
import { createRequire } from "node:module";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import type { Client } from "discord.js";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EngineHolder } from "../bot/engineHolder.js";
import { LIMITS } from "../bot/render/discord.js";
import { openEngine } from "../retrieval/engine.js";
import type { StateStore } from "../bot/state/types.js";
import { APP_ID, buttonPress, channelMessage, CHANNEL_ID, dmSlashCommand, FAKE_TOKEN, GUILD_ID, FakeDiscord, isProgressEdit, modalSubmit, OTHER_GUILD_ID, slashCommand, type RecordedRequest } from "./discord/fakeDiscord.js";
import { decodePng } from "./helpers/png.js";
import { inviteUrl } from "../bot/discord/permissions.js";
import { startBot } from "./helpers/bot.js";
import { ROOT, SEED, tempDir } from "./helpers/paths.js";

const STRING = 3, BOOLEAN = 5, INTEGER = 4;
let fake: FakeDiscord;
let client: Client;
let engines: EngineHolder;
let store: StateStore;
let dataDir: string;
let userSeq = 0;
const newUser = () => `14000000000000${String(++userSeq).padStart(5, "0")}`;
/** The bot's warnings and errors (a failed command, a chart left out), shown when an expected reply never comes. */
const botWarnings: string[] = [];

/** undici's process-wide dispatcher: every undici version, and Node's fetch, read it from this key. */
const GLOBAL_DISPATCHER = Symbol.for("undici.globalDispatcher.1");
let dispatcherBefore: unknown;

beforeAll(async () => {
  // Regression: when a file before this one in the same test process had read an HTML page, jsdom's undici (another
  // version) was the global dispatcher before discord.js loaded, and every upload failed (the /stats chart below
  // never came: "action is not a function"). As that file did, so that the bot must send with its own agent.
  const g = globalThis as unknown as Record<symbol, unknown>;
  dispatcherBefore = g[GLOBAL_DISPATCHER];
  const jsdomUndici = createRequire(createRequire(import.meta.url).resolve("jsdom"))("undici") as typeof import("undici");
  jsdomUndici.setGlobalDispatcher(new jsdomUndici.Agent());
  fake = new FakeDiscord(400);
  await fake.start();
  const indexDir = path.join(await tempDir(), "index");
  const engine = await openEngine({ embedder: { spec: "use-lite" }, indexDir, corpusDir: SEED });
  engines = new EngineHolder(engine, { corpusDir: SEED, indexDir });
  dataDir = await tempDir();
  const bot = await startBot({
    restApi: fake.restApi, token: FAKE_TOKEN, engines, limits: { user: 5, channel: 1000 },
    env: { DISCORD_MENTIONS: "true", DATA_DIR: dataDir, UPLOAD_MAX_BYTES: "200000", ADD_URL_ALLOW_HOSTS: "localhost" },
    log: pino({ level: "warn" }, { write: (line: string) => void botWarnings.push(line) }),
  });
  store = bot.ctx.store;
  client = bot.client;
}, 120_000);

afterAll(async () => {
  await client?.destroy();
  await engines?.close();
  await store?.close();
  await fake?.stop();
  (globalThis as unknown as Record<symbol, unknown>)[GLOBAL_DISPATCHER] = dispatcherBefore;
});

/** Sends an interaction and returns its callback and, if any, the edit of the original reply. */
async function interact(payload: { id: string; token: string }, expectEdit = true) {
  const sent = Date.now();
  fake.dispatch("INTERACTION_CREATE", payload);
  const callback = await fake.waitFor((r) => r.path === `/interactions/${payload.id}/${payload.token}/callback`);
  // (a long wait: the whole suite shares two cores; the test's own timeout still bounds it. A reply that never comes
  // says what the stand-in last received and what the bot last warned of: that is how the upload failure under another
  // undici's dispatcher, see beforeAll, was found)
  const edit = expectEdit ? await fake.waitFor((r) => r.method === "PATCH" && r.path.endsWith(`/${payload.token}/messages/@original`)
    && !isProgressEdit(r), 85_000).catch((e: Error) => {
      throw new Error(`${e.message}; the bot's last warnings: ${botWarnings.slice(-3).join("") || "none"}`);
    }) : undefined;
  return { sent, callback, edit };
}

const body = (r: RecordedRequest) => r.body as { type?: number; data?: Record<string, unknown>; embeds?: Array<Record<string, unknown>>; content?: string; flags?: number; allowed_mentions?: { parse: unknown[] }; components?: Array<{ components: Array<{ custom_id: string }> }>; attachments?: Array<{ id: number; description?: string }> };
/** The custom ids of every button on a reply. */
const buttonIds = (r: RecordedRequest) => (body(r).components ?? []).flatMap((row) => row.components.map((c) => c.custom_id));
/** The id of the kept answer behind a reply's feedback buttons. */
const answerIdOf = (r: RecordedRequest) => buttonIds(r).find((id) => id.startsWith("fb:up:"))!.slice("fb:up:".length);
const embedText = (r: RecordedRequest) => JSON.stringify(body(r).embeds ?? []);

function expectWithinLimits(b: ReturnType<typeof body>) {
  expect((b.content ?? "").length).toBeLessThanOrEqual(LIMITS.content);
  let total = 0;
  for (const e of (b.embeds ?? []) as Array<{ title?: string; description?: string; fields?: Array<{ name: string; value: string }>; footer?: { text: string } }>) {
    expect((e.title ?? "").length).toBeLessThanOrEqual(LIMITS.title);
    expect((e.description ?? "").length).toBeLessThanOrEqual(LIMITS.description);
    expect((e.fields ?? []).length).toBeLessThanOrEqual(LIMITS.fields);
    for (const f of e.fields ?? []) { expect(f.name.length).toBeLessThanOrEqual(LIMITS.fieldName); expect(f.value.length).toBeLessThanOrEqual(LIMITS.fieldValue); }
    expect((e.footer?.text ?? "").length).toBeLessThanOrEqual(LIMITS.footer);
    total += (e.title ?? "").length + (e.description ?? "").length + (e.footer?.text ?? "").length + (e.fields ?? []).reduce((s, f) => s + f.name.length + f.value.length, 0);
  }
  expect(total).toBeLessThanOrEqual(LIMITS.embedsTotal);
  for (const row of b.components ?? []) expect(row.components.length).toBeLessThanOrEqual(LIMITS.buttonsPerRow);
  expect(b.allowed_mentions?.parse ?? []).toEqual([]);
}

/** Guangdong's January 2019 surplus as computed (exports − imports), not only as the quoted source states it. */
async function expectComputedSurplus(edit: RecordedRequest) {
  const kept = (await store.getAnswer(answerIdOf(edit)))!.answer;
  expect(kept.figures).toContainEqual(expect.objectContaining({
    value: 148.08, computed: true, formula: "389.14 − 241.06 = 148.08 billion yuan", metric: "trade surplus",
  }));
  expect(embedText(edit)).toContain("= 389.14 − 241.06 = 148.08 billion yuan");
}

describe("the bot against a local Discord stand-in", () => {
  it("identified over the gateway and keeps heartbeating", async () => {
    expect(fake.identified).toBe(true);
    const before = fake.heartbeats;
    const deadline = Date.now() + 5_000;
    while (fake.heartbeats - before < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(fake.heartbeats - before).toBeGreaterThanOrEqual(2);
  });

  it("/ask is acknowledged within 3 seconds, then edited with a cited answer within every limit", async () => {
    const { sent, callback, edit } = await interact(slashCommand("ask", [{ name: "question", type: STRING, value: "What was Guangdong's trade surplus in January 2019?" }], { userId: newUser() }));
    expect(body(callback).type).toBe(5); // deferred
    expect(callback.at - sent).toBeLessThan(3000);
    expectWithinLimits(body(edit!));
    // "148.08" is also in the quoted source sentence: the computed figure is checked in the kept answer and by
    // its formula line. Regression: a surplus rounded to 148.1 passed while the quote still showed 148.08.
    await expectComputedSurplus(edit!);
    expect(embedText(edit!)).toContain("Guangdong foreign trade to maintain momentum");
    expect(body(edit!).components![0]!.components[0]!.custom_id).toMatch(/^cite:004_270bea5b41e05852#\d+$/);
  });

  it("/ask computes a figure the documents do not state, with its formula", async () => {
    const q = "How many times Guangdong's imports were its exports in January 2019?";
    const { edit } = await interact(slashCommand("ask", [{ name: "question", type: STRING, value: q }], { userId: newUser() }));
    const figures = (await store.getAnswer(answerIdOf(edit!)))!.answer.figures;
    expect(figures).toContainEqual(expect.objectContaining({ value: 0.62, computed: true, formula: "241.06 ÷ 389.14 = 0.62 times" }));
    expect(embedText(edit!)).toContain("241.06 ÷ 389.14 = 0.62 times");
    expect(await readFile(path.join(SEED, "004_270bea5b41e05852.txt"), "utf8")).not.toContain("0.62"); // computed, not quoted
  });

  it("/ask private:true defers ephemerally, then answers", async () => {
    const { callback, edit } = await interact(slashCommand("ask", [{ name: "question", type: STRING, value: "how fast did xinjiang's trade with asean grow in 2025" }, { name: "private", type: BOOLEAN, value: true }], { userId: newUser() }));
    expect((body(callback).data as { flags: number }).flags & 64).toBe(64);
    // awaited, so that the next test's command does not share the bot with this answer still being written
    expect(embedText(edit!)).toContain("98.3%");
  });

  it("/stats replies with a ranked, cited table and a PNG chart of it", async () => {
    const { edit } = await interact(slashCommand("stats", [{ name: "metric", type: STRING, value: "exports" }, { name: "measure", type: STRING, value: "growth" }, { name: "period", type: STRING, value: "January 2014" }, { name: "top", type: INTEGER, value: 5 }], { userId: newUser() }));
    const embed = body(edit!).embeds![0] as { description: string; image?: { url: string } };
    expect(embed.description).toMatch(/1\. Jiangxi 60\.4% \\\[1\\\]; 2\. Sichuan 41\.2%/);
    expectWithinLimits(body(edit!));
    // the chart: one PNG upload, shown in the embed, with the figures as its alt text
    expect(edit!.files.map((f) => f.name)).toEqual(["chart.png"]);
    expect(embed.image?.url).toBe("attachment://chart.png");
    const png = decodePng(edit!.files[0]!.data);
    expect(png.width).toBeGreaterThanOrEqual(1000);
    expect(png.height).toBeGreaterThanOrEqual(150);
    expect(edit!.files[0]!.data.length).toBeLessThan(8 * 1024 * 1024);
    expect(body(edit!).attachments?.[0]?.description).toBe("Bar chart, ranked: exports, growth · January 2014. Jiangxi: 60.4%; Sichuan: 41.2%; Guangdong: -6.4%.");
    // (stop 32: from the merge of test/answer-rank32 on, a full run on a machine whose embedding cache is warm fails
    // here, the edit never sent within 85 s, for some orders of the test files; it passes alone, with its own file, in
    // a fresh clone with a cold cache (the CI path), and once with `UV_THREADPOOL_SIZE=16`, which a later order failed
    // again: the cause is not yet found — see the closing note of stop 32)
    // (rendering runs on libuv's pool, which the quality gates' embedding shares when the whole suite runs at once:
    // one run of the full suite on two cores took over 30 s here, so this test gets more room than the default)
  }, 90_000);

  it("autocompletes /stats entities from the index", async () => {
    const p = slashCommand("stats", [{ name: "entity", type: STRING, value: "guang", focused: true }], { type: 4 });
    const { callback } = await interact(p, false);
    expect(body(callback).type).toBe(8);
    expect((body(callback).data as { choices: Array<{ name: string }> }).choices.map((c) => c.name)).toContain("Guangdong");
  });

  it("/cite shows the passage; a citation button opens the same view privately", async () => {
    const { edit } = await interact(slashCommand("cite", [{ name: "id", type: STRING, value: "003_8e77ab4d959c0ebb#2" }], { userId: newUser() }));
    expect(embedText(edit!)).toContain("113.03 billion yuan");
    const press = buttonPress("cite:003_8e77ab4d959c0ebb#2");
    const { callback } = await interact(press, false);
    expect(body(callback).type).toBe(4);
    expect((body(callback).data as { flags: number }).flags & 64).toBe(64);
    expect(JSON.stringify(body(callback).data)).toContain("113.03 billion yuan");
  });

  it("/sources lists the documents and /help gives examples from the corpus", async () => {
    const { edit } = await interact(slashCommand("sources", [], { userId: newUser() }));
    expect(embedText(edit!)).toContain("Documents in the index (5)");
    const help = await interact(slashCommand("help", [], { userId: newUser() }));
    expect((embedText(help.edit!).match(/\/ask question:/g) ?? []).length).toBe(3);
  });

  it("refuses /reindex to a member without Manage Server, privately", async () => {
    const { callback } = await interact(slashCommand("reindex", [], { permissions: "0", userId: newUser() }), false);
    expect(body(callback).type).toBe(4);
    expect((body(callback).data as { flags: number; content: string })).toMatchObject({ flags: 64, content: expect.stringContaining("Manage Server") });
  });

  it("re-indexes for a member with Manage Server while answers keep flowing, saying how far it has got", async () => {
    // a full rebuild embeds every passage, so there is progress to report
    const re = slashCommand("reindex", [{ name: "full", type: 5, value: true }], { permissions: "32", userId: newUser() });
    fake.dispatch("INTERACTION_CREATE", re);
    const during = await interact(slashCommand("ask", [{ name: "question", type: STRING, value: "how much did the three northeastern provinces trade in 2023" }], { userId: newUser() }));
    expect(embedText(during.edit!)).toContain("1.23");
    const edits = (r: RecordedRequest) => r.method === "PATCH" && r.path.endsWith(`/${re.token}/messages/@original`);
    const done = await fake.waitFor((r) => edits(r) && /Re-indexed/.test(String(body(r).content)), 60_000);
    expect(body(done).content).toMatch(/Re-indexed 5 documents/);
    // long work says how far it has got: progress edits come first, and none after the final reply
    const all = fake.requests.filter(edits).map((r) => String(body(r).content));
    expect(all.length).toBeGreaterThan(1);
    expect(all.slice(0, -1).every((t) => /^Re-indexing: [a-z ]+, \d+ of \d+…$/.test(t))).toBe(true);
    expect(all.at(-1)).toMatch(/Re-indexed 5 documents/);
  }, 60_000);

  it("answers hostile input cleanly, pinging no one", async () => {
    // each reply is checked for its answer, not only for its limits. Regression: "@everyone <@&…> what was
    // guangdong's trade surplus…" abstained (mention tokens read as words) and this test still passed.
    const hostile = [
      "x".repeat(6000),
      "@everyone <@&123456789012345678> what was guangdong's trade surplus in january 2019?",
      "```js\nprocess.exit(1)\n``` **bold** __under__ ||spoiler|| how much did shanxi trade in h1 2021?",
      "\u200b\u202ewhat was\u200f guangdong's\u2066 trade surplus\u2069 in january 2019?",
      "   ",
    ];
    const replies: RecordedRequest[] = [];
    for (const q of hostile) {
      const p = slashCommand("ask", [{ name: "question", type: STRING, value: q }], { userId: newUser() });
      fake.dispatch("INTERACTION_CREATE", p);
      replies.push(await fake.waitFor((r) => (r.method === "PATCH" || r.method === "POST") && r.path.startsWith(`/webhooks/${p.application_id}/${p.token}`), 30_000));
    }
    for (const r of replies) expectWithinLimits(body(r));
    const [long, mentions, markdown, invisible, blank] = replies as [RecordedRequest, RecordedRequest, RecordedRequest, RecordedRequest, RecordedRequest];
    expect(JSON.stringify(body(long))).toMatch(/the question is 6000 characters long/);
    await expectComputedSurplus(mentions);
    expect(embedText(markdown)).toMatch(/113\.03 billion yuan/);
    await expectComputedSurplus(invisible);
    expect(JSON.stringify(body(blank))).toMatch(/the question is empty/);
    const all = JSON.stringify(replies.map((r) => r.body));
    expect(all).not.toMatch(/(?<!\u200b)@everyone/);
    const cite = await interact(slashCommand("cite", [{ name: "id", type: STRING, value: "nope#404" }], { userId: newUser() }), false);
    expect(body(cite.callback).type).toBe(5);
    const followUp = await fake.waitFor((r) => r.method === "POST" && r.path.endsWith(cite.callback.path.split("/")[3]!));
    expect(body(followUp)).toMatchObject({ flags: 64, content: expect.stringContaining("no citation") });
  }, 60_000);

  it("tells a user who asks too fast to wait, privately", async () => {
    const user = newUser();
    for (let i = 0; i < 5; i++) await interact(slashCommand("ask", [{ name: "question", type: STRING, value: "how much did shanxi trade in h1 2021?" }], { userId: user }));
    const { callback } = await interact(slashCommand("ask", [{ name: "question", type: STRING, value: "and again?" }], { userId: user }), false);
    expect(body(callback).data).toMatchObject({ flags: 64, content: expect.stringMatching(/asking quickly/) });
  }, 60_000);

  it("answers 20 concurrent /ask interactions while heartbeats keep flowing", async () => {
    const before = fake.heartbeats;
    const t0 = Date.now();
    const payloads = Array.from({ length: 20 }, (_, i) => slashCommand("ask", [{ name: "question", type: STRING, value: i % 2 ? "which inland provinces grew fastest in 2025" : "what did customs do to speed up home appliance exports from shunde" }], { userId: newUser() }));
    for (const p of payloads) fake.dispatch("INTERACTION_CREATE", p);
    const results = await Promise.all(payloads.map(async (p) => {
      const cb = await fake.waitFor((r) => r.path === `/interactions/${p.id}/${p.token}/callback`);
      const edit = await fake.waitFor((r) => r.method === "PATCH" && r.path.endsWith(`/${p.token}/messages/@original`), 60_000);
      return { ack: cb.at - t0, edit };
    }));
    for (const r of results) { expect(r.ack).toBeLessThan(3000); expectWithinLimits(body(r.edit)); }
    // every one answered, each its own question. Regression: 20 concurrent asks that all abstained passed here.
    results.forEach((r, i) => expect(embedText(r.edit), `ask ${i}`).toMatch(i % 2 ? /Xinjiang, Shaanxi, Hubei/ : /seven days to about two days/));
    // keep the window open for at least two heartbeat intervals, then count
    await new Promise((r) => setTimeout(r, Math.max(0, 1000 - (Date.now() - t0))));
    expect(fake.heartbeats - before).toBeGreaterThanOrEqual(2);
  }, 90_000);

  it("answers a mention in a channel as a reply", async () => {
    fake.dispatch("MESSAGE_CREATE", channelMessage(`<@${client.user!.id}> how fast did xinjiang's trade with asean grow in 2025?`, { mentionsBot: true, userId: newUser() }));
    const reply = await fake.waitFor((r) => r.method === "POST" && r.path === `/channels/${CHANNEL_ID}/messages`);
    expect(JSON.stringify(body(reply).embeds)).toContain("98.3");
    expect((reply.body as { message_reference?: unknown }).message_reference).toBeDefined();
    expectWithinLimits(body(reply));
  });
});

describe("follow-ups, feedback and DMs", () => {
  const SURPLUS = "What was Guangdong's trade surplus in January 2019?";

  it("'Follow up' opens a thread where a plain message is answered with the context carried over", async () => {
    const { edit } = await interact(slashCommand("ask", [{ name: "question", type: STRING, value: SURPLUS }], { userId: newUser() }));
    const answerId = answerIdOf(edit!);
    expect(buttonIds(edit!)).toEqual(expect.arrayContaining([`fb:up:${answerId}`, `fb:down:${answerId}`, `followup:${answerId}`]));

    const press = buttonPress(`followup:${answerId}`);
    fake.dispatch("INTERACTION_CREATE", press);
    const opened = await fake.waitFor((r) => r.method === "POST" && r.path === `/channels/${CHANNEL_ID}/messages/${press.message.id}/threads`);
    expect((opened.body as { name: string }).name).toBe(SURPLUS);
    const thread = fake.threads.at(-1)!;
    const reply = await fake.waitFor((r) => r.method === "PATCH" && r.path.endsWith(`/${press.token}/messages/@original`));
    expect(body(reply).content).toContain(`<#${thread.id}>`);
    const intro = await fake.waitFor((r) => r.method === "POST" && r.path === `/channels/${thread.id}/messages`);
    expect(body(intro).content).toMatch(/no need to mention me/);

    fake.dispatch("MESSAGE_CREATE", channelMessage("and exports?", { userId: newUser(), channelId: thread.id }));
    const answer = await fake.waitFor((r) => r.method === "POST" && r.path === `/channels/${thread.id}/messages` && JSON.stringify(r.body).includes("Read as"));
    const text = embedText(answer);
    expect(text).toContain("Read as “What was Guangdong's exports in January 2019?”");
    expect(text).toMatch(/carried over: Guangdong \(place\), January 2019 \(period\)/);
    expect(text).toContain("389.14");
    expectWithinLimits(body(answer));
    expect(buttonIds(answer).some((id) => id.startsWith("followup:"))).toBe(false);

    // a second turn continues from the first follow-up (exports), not from the original question (the surplus).
    // Regression: a conversation that never moved past its first answer read this as the surplus's growth.
    fake.dispatch("MESSAGE_CREATE", channelMessage("and its growth?", { userId: newUser(), channelId: thread.id }));
    const second = await fake.waitFor((r) => r.method === "POST" && r.path === `/channels/${thread.id}/messages`
      && JSON.stringify(r.body).includes("grow in January 2019?”"));
    expect(embedText(second)).toContain("Read as “How much did Guangdong's exports grow in January 2019?”");
    expect(embedText(second)).toContain("15.2");
  }, 60_000);

  it("limits follow-ups in a thread like /ask", async () => {
    const thread = fake.threads[0]!;
    const user = newUser();
    const before = fake.requests.length;
    for (let n = 0; n < 6; n++) fake.dispatch("MESSAGE_CREATE", channelMessage(`in ${2013 + n}?`, { userId: user, channelId: thread.id }));
    const limited = await fake.waitFor((r) => r.path === `/channels/${thread.id}/messages` && /asking quickly/.test(String(body(r).content)));
    expect(body(limited).allowed_mentions?.parse).toEqual([]);
    expect(fake.requests.slice(before).filter((r) => r.path === `/channels/${thread.id}/messages` && /asking quickly/.test(String(body(r).content)))).toHaveLength(1);
  }, 30_000);

  it("never answers in a thread it did not open", async () => {
    const foreign = "1300000000000000777";
    fake.dispatch("THREAD_CREATE", { id: foreign, type: 11, guild_id: GUILD_ID, parent_id: CHANNEL_ID, name: "chat", owner_id: "1", thread_metadata: { archived: false, auto_archive_duration: 60, archive_timestamp: new Date().toISOString(), locked: false } });
    fake.dispatch("MESSAGE_CREATE", channelMessage("what was guangdong's trade surplus in january 2019?", { userId: newUser(), channelId: foreign }));
    fake.dispatch("MESSAGE_CREATE", channelMessage(`<@${client.user!.id}> and exports?`, { userId: newUser(), channelId: foreign, mentionsBot: true }));
    // a mention in the main channel dispatched after them is answered: by then both were handled
    fake.dispatch("MESSAGE_CREATE", channelMessage(`<@${client.user!.id}> how much did shanxi trade in h1 2021?`, { mentionsBot: true, userId: newUser() }));
    await fake.waitFor((r) => r.method === "POST" && r.path === `/channels/${CHANNEL_ID}/messages` && JSON.stringify(r.body).includes("113.03"));
    expect(fake.requests.filter((r) => r.path.startsWith(`/channels/${foreign}/`))).toEqual([]);
  }, 30_000);

  it("explains why it cannot open a thread without the permission to", async () => {
    const { edit } = await interact(slashCommand("ask", [{ name: "question", type: STRING, value: SURPLUS }], { userId: newUser() }));
    const press = buttonPress(`followup:${answerIdOf(edit!)}`, { appPermissions: String(1n << 10n | 1n << 11n) }); // view + send, no threads
    const { callback } = await interact(press, false);
    expect((body(callback).data as { flags: number }).flags & 64).toBe(64);
    const reply = await fake.waitFor((r) => r.method === "PATCH" && r.path.endsWith(`/${press.token}/messages/@original`));
    expect(body(reply).content).toMatch(/I need the Create Public Threads, Send Messages in Threads permissions/);
  });

  it("👎 opens a form; the comment is stored with the answer and exported as an eval case", async () => {
    // the rated answer is a follow-up in a thread, so the question as read differs from the words typed.
    // Regression: an export of the typed words ("and exports?") passed while the rated answer was not one.
    const { edit: opening } = await interact(slashCommand("ask", [{ name: "question", type: STRING, value: SURPLUS }], { userId: newUser() }));
    const press = buttonPress(`followup:${answerIdOf(opening!)}`);
    fake.dispatch("INTERACTION_CREATE", press);
    await fake.waitFor((r) => r.method === "PATCH" && r.path.endsWith(`/${press.token}/messages/@original`));
    const thread = fake.threads.at(-1)!;
    const asker = newUser();
    fake.dispatch("MESSAGE_CREATE", channelMessage("and exports?", { userId: asker, channelId: thread.id }));
    const edit = await fake.waitFor((r) => r.method === "POST" && r.path === `/channels/${thread.id}/messages` && JSON.stringify(r.body).includes("Read as"));
    const answerId = answerIdOf(edit);
    const critic = newUser();
    const { callback } = await interact(buttonPress(`fb:down:${answerId}`, { userId: critic }), false);
    expect(body(callback).type).toBe(9); // a modal
    expect(JSON.stringify(body(callback).data)).toContain("What was wrong?");
    const comment = "Wrong period **@everyone** <script>";
    const submit = await interact(modalSubmit(`fb:down:${answerId}`, { what: comment }, { userId: critic }), false);
    expect(body(submit.callback).data).toMatchObject({ flags: 64, content: expect.stringMatching(/noted 👎/) });
    const up = await interact(buttonPress(`fb:up:${answerId}`, { userId: asker }), false);
    expect(body(up.callback).data).toMatchObject({ flags: 64 });

    const summary = await interact(slashCommand("feedback-summary", [], { permissions: "32", userId: newUser() }));
    const text = embedText(summary.edit!);
    expect(text).toMatch(/👍 1 · 👎 1 \(1 on someone else's answer\)/);
    expect(text).toContain("Wrong period \\\\*\\\\*@\u200beveryone\\\\*\\\\* <script>");
    expectWithinLimits(body(summary.edit!));
    const refused = await interact(slashCommand("feedback-summary", [], { permissions: "0", userId: newUser() }), false);
    expect(body(refused.callback).data).toMatchObject({ flags: 64, content: expect.stringContaining("Manage Server") });

    const file = path.join(dataDir, "complaints.json");
    const env = { ...process.env, DATA_DIR: dataDir };
    const { stdout } = await promisify(execFile)(process.execPath, ["--import", "tsx", path.join(ROOT, "bot/cli/feedback.ts"), "--export", file], { cwd: ROOT, env });
    expect(stdout).toMatch(/^Wrote 1 👎 case\(s\)/);
    const cases = JSON.parse(await readFile(file, "utf8")) as Array<{ question: string; kind: string; expect: unknown; feedback: { asked: string; ratings: Array<{ comment: string; ownAnswer: boolean }>; answer: { figures: Array<{ value: number }> } } }>;
    expect(cases).toHaveLength(1);
    expect(cases[0]).toMatchObject({ question: "What was Guangdong's exports in January 2019?", kind: "todo", expect: { numbers: [], entities: [], docs: [], must_not: [] } });
    expect(cases[0]!.feedback.asked).toBe("and exports?");
    expect(cases[0]!.feedback.ratings).toEqual([expect.objectContaining({ comment, ownAnswer: false })]);
    expect(cases[0]!.feedback.answer.figures.map((f) => f.value)).toContain(389.14);
    expect(await readFile(path.join(dataDir, "tradewise.db"))).not.toContain(Buffer.from(critic));
  }, 60_000);

  it("answers /ask in a DM, with feedback buttons and no thread button", async () => {
    const p = dmSlashCommand("ask", [{ name: "question", type: STRING, value: SURPLUS }], { userId: newUser() });
    const { callback, edit } = await interact(p);
    expect(body(callback).type).toBe(5);
    await expectComputedSurplus(edit!); // regression: a surplus rounded to 148.1 (the quote also says 148.08)
    expect(buttonIds(edit!).filter((id) => id.startsWith("fb:"))).toHaveLength(2);
    expect(buttonIds(edit!).some((id) => id.startsWith("followup:"))).toBe(false);
    expectWithinLimits(body(edit!));
  });
});

describe("per-server documents: /add, /remove, /sources", () => {
  const NINGXIA = "---\ntitle: Ningxia's trade with Oman doubles\npublished: 2026-11-20\n---\nNingxia's trade with Oman reached 7.77 billion yuan in the first ten months of 2026, up 104.2 percent year on year, the regional customs said.";
  const NINGXIA_OTHER = "---\ntitle: Ningxia's trade with Oman climbs\npublished: 2026-11-21\n---\nNingxia's trade with Oman reached 5.55 billion yuan in the first ten months of 2026, up 38.6 percent year on year, a regional report said.";
  const QUESTION = "How much did Ningxia trade with Oman in the first ten months of 2026?";
  const ATTACHMENT = 11;
  const MANAGER = "32";

  async function upload(name: string, bytes: Buffer | string, opts: { permissions?: string; guildId?: string } = {}) {
    const file = fake.attachment(name, Buffer.from(bytes));
    const p = slashCommand("add", [{ name: "file", type: ATTACHMENT, value: file.id }], { permissions: opts.permissions ?? MANAGER, userId: newUser(), attachments: [file], ...(opts.guildId && { guildId: opts.guildId }) });
    const { callback, edit } = await interact(p, opts.permissions !== "0");
    return { callback, text: edit ? String(body(edit).content) : String((body(callback).data as { content?: string }).content) };
  }
  const ask = async (guildId?: string) => (await interact(slashCommand("ask", [{ name: "question", type: STRING, value: QUESTION }], { userId: newUser(), ...(guildId && { guildId }) }))).edit!;

  it("an added document is answered on its server only, listed by /sources, and gone after /remove", async () => {
    const added = await upload("Ningxia Oman.md", NINGXIA);
    expect(added.text).toMatch(/^Added "Ningxia's trade with Oman doubles" \(id ([0-9a-f]{8})\): \d+ passages, \d+ figures/);
    const id = /\(id ([0-9a-f]{8})\)/.exec(added.text)![1]!;

    // the other server has uploads of its own (a different figure for the same question): each server answers
    // from its own. Regression: every server's uploads in one shared folder mixed the two.
    const other = await upload("ningxia-other.md", NINGXIA_OTHER, { guildId: OTHER_GUILD_ID });
    expect(other.text).toMatch(/^Added "Ningxia's trade with Oman climbs"/);
    const otherId = /\(id ([0-9a-f]{8})\)/.exec(other.text)![1]!;

    const here = await ask();
    expect(embedText(here)).toContain("7.77");
    expect(embedText(here)).toContain("Ningxia's trade with Oman doubles");
    expect(embedText(here)).not.toContain("5.55");
    const elsewhere = await ask(OTHER_GUILD_ID);
    expect(embedText(elsewhere)).toContain("5.55");
    expect(embedText(elsewhere)).not.toContain("7.77");

    const listed = await interact(slashCommand("sources", [], { userId: newUser() }));
    expect(embedText(listed.edit!)).toMatch(/Documents in the index \(6, 1 added on this server\)/);
    expect(embedText(listed.edit!)).toContain("id `" + id + "`");
    const otherList = await interact(slashCommand("sources", [], { userId: newUser(), guildId: OTHER_GUILD_ID }));
    expect(embedText(otherList.edit!)).toMatch(/Documents in the index \(6, 1 added on this server\)/);
    expect(embedText(otherList.edit!)).not.toContain("id `" + id + "`");

    const removed = await interact(slashCommand("remove", [{ name: "id", type: STRING, value: id }], { permissions: MANAGER, userId: newUser() }));
    expect(body(removed.edit!).content).toMatch(/^Removed "Ningxia's trade with Oman doubles"/);
    expect(embedText(await ask())).not.toContain("7.77");
    expect(embedText(await ask(OTHER_GUILD_ID))).toContain("5.55"); // removing here leaves the other server's

    await interact(slashCommand("remove", [{ name: "id", type: STRING, value: otherId }], { permissions: MANAGER, userId: newUser(), guildId: OTHER_GUILD_ID }));
    expect(await store.uploads(OTHER_GUILD_ID)).toHaveLength(0);
  }, 90_000);

  it("adds a web page by link, cites the link, and refuses a link to a private address", async () => {
    const PAGE = "<html><head><title>Ningxia's trade with Oman doubles</title><meta name=\"date\" content=\"2026-11-20\"></head>"
      + "<body><article><h1>Ningxia's trade with Oman doubles</h1><p>" + NINGXIA.split("---\n")[2] + "</p></article></body></html>";
    const server = http.createServer((_req, res) => { res.writeHead(200, { "content-type": "text/html" }); res.end(PAGE); });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    const link = `http://localhost:${(server.address() as AddressInfo).port}/ningxia`;
    try {
      const addByLink = (url: string) => interact(slashCommand("add", [{ name: "url", type: STRING, value: url }], { permissions: MANAGER, userId: newUser() }));
      const added = await addByLink(link);
      expect(String(body(added.edit!).content)).toMatch(/^Added "Ningxia's trade with Oman doubles"/);
      const answer = await ask();
      expect(embedText(answer)).toContain("7.77");
      expect(embedText(answer)).toContain(link);
      // 127.0.0.1 is loopback and not on the allow-list (only "localhost" is): refused before any connection
      const refused = await addByLink(link.replace("localhost", "127.0.0.1"));
      expect(String(body(refused.edit!).content)).toMatch(/^⚠️.*(?:private|loopback|not allowed)/i);
    } finally {
      server.close();
      for (const u of await store.uploads(GUILD_ID)) {
        await interact(slashCommand("remove", [{ name: "id", type: STRING, value: u.id }], { permissions: MANAGER, userId: newUser() }));
      }
    }
  }, 60_000);

  it("refuses bad uploads with a clear reply and changes nothing", async () => {
    const first = await upload("ningxia.md", NINGXIA);
    expect(first.text).toMatch(/^Added/);
    const before = (await store.uploads(GUILD_ID)).length;
    const cases: Array<[string, Buffer | string, RegExp]> = [
      ["report.pdf", Buffer.concat([Buffer.from("%PDF-1.4\n"), Buffer.from("broken ".repeat(100))]), /could not be read: could not be read as a PDF/],
      ["huge.txt", "x".repeat(200_001), /the file is 0\.2 MB; the limit is 0\.2 MB|over the 0\.2 MB limit/],
      ["notes.md", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), /the file is a PNG image, not a document/],
      ["copy-of-ningxia.md", NINGXIA, /already in this server's collection as "Ningxia's trade with Oman doubles"/],
    ];
    for (const [name, bytes, reason] of cases) {
      const { text } = await upload(name, bytes);
      expect(text, name).toMatch(reason);
      expect(text.startsWith("⚠️")).toBe(true);
    }
    expect(await store.uploads(GUILD_ID)).toHaveLength(before);
    const refused = await upload("ningxia.md", "Hunan's imports fell 3 percent in 2023.", { permissions: "0" });
    expect(refused.text).toMatch(/Only members with the Manage Server permission/);
    expect(await store.uploads(GUILD_ID)).toHaveLength(before);
    await interact(slashCommand("remove", [{ name: "id", type: STRING, value: (await store.uploads(GUILD_ID))[0]!.id }], { permissions: MANAGER, userId: newUser() }));
    expect(await store.uploads(GUILD_ID)).toHaveLength(0);
  }, 60_000);
});

describe("npm run deploy-commands", () => {
  it("registers every command to the configured server and says what it registered", async () => {
    const env = { ...process.env, DISCORD_TOKEN: FAKE_TOKEN, DISCORD_API_URL: fake.restApi, DISCORD_GUILD_ID: GUILD_ID, DISCORD_CLIENT_ID: "" };
    const { stdout } = await promisify(execFile)(process.execPath, ["--import", "tsx", path.join(ROOT, "bot/discord/deploy.ts")], { cwd: ROOT, env });
    const lines = stdout.trim().split("\n");
    expect(lines[0]).toBe(`Registered 10 commands for server ${GUILD_ID}: /ask, /stats, /cite, /sources, /help, /add, /remove, /reindex, /settings, /feedback-summary`);
    expect(lines[1]).toMatch(/^Commands registered for one server are not offered in DMs: run with --with-dms/);
    expect(lines[2]).toBe(`Invite the bot with: ${inviteUrl(APP_ID)}`);
    const put = await fake.waitFor((r) => r.method === "PUT");
    expect(put.path).toBe(`/applications/${APP_ID}/guilds/${GUILD_ID}/commands`);
    const commands = put.body as Array<{ name: string; contexts?: number[] }>;
    expect(commands.map((c) => c.name)).toEqual(["ask", "stats", "cite", "sources", "help", "add", "remove", "reindex", "settings", "feedback-summary"]);
    // usable in a DM with the bot: the reading commands, not the admin ones
    expect(commands.filter((c) => c.contexts?.includes(1)).map((c) => c.name)).toEqual(["ask", "stats", "cite", "sources", "help"]);
  }, 30_000);
});
