// The real discord.js client against a local Discord stand-in (REST + gateway on 127.0.0.1),
// answering with the real engine and the npm-shipped embedding model.
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { Events, type Client } from "discord.js";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../bot/config.js";
import { createClient } from "../bot/discord/client.js";
import { RateLimiter } from "../bot/discord/rateLimit.js";
import { EngineHolder } from "../bot/engineHolder.js";
import { LIMITS } from "../bot/render/discord.js";
import { openEngine } from "../retrieval/engine.js";
import { APP_ID, buttonPress, channelMessage, CHANNEL_ID, FAKE_TOKEN, GUILD_ID, FakeDiscord, slashCommand, type RecordedRequest } from "./discord/fakeDiscord.js";
import { ROOT, SEED, tempDir } from "./helpers/paths.js";

const STRING = 3, BOOLEAN = 5, INTEGER = 4;
let fake: FakeDiscord;
let client: Client;
let engines: EngineHolder;
let userSeq = 0;
const newUser = () => `14000000000000${String(++userSeq).padStart(5, "0")}`;

beforeAll(async () => {
  fake = new FakeDiscord(400);
  await fake.start();
  const indexDir = path.join(await tempDir(), "index");
  const engine = await openEngine({ embedder: { spec: "use-lite" }, indexDir, corpusDir: SEED });
  engines = new EngineHolder(engine, { corpusDir: SEED, indexDir });
  const config = loadConfig({ DISCORD_MENTIONS: "true", LOG_LEVEL: "silent" });
  const limiter = new RateLimiter({ user: { max: 5, windowMs: 60_000 }, channel: { max: 1000, windowMs: 60_000 } });
  client = createClient({ engines, config, log: pino({ level: "silent" }), limiter }, { restApi: fake.restApi });
  const ready = new Promise<void>((r) => client.once(Events.ClientReady, () => r()));
  await client.login(FAKE_TOKEN);
  await ready;
}, 120_000);

afterAll(async () => {
  await client?.destroy();
  await engines?.close();
  await fake?.stop();
});

/** Sends an interaction and returns its callback and, if any, the edit of the original reply. */
async function interact(payload: ReturnType<typeof slashCommand> | ReturnType<typeof buttonPress>, expectEdit = true) {
  const sent = Date.now();
  fake.dispatch("INTERACTION_CREATE", payload);
  const callback = await fake.waitFor((r) => r.path === `/interactions/${payload.id}/${payload.token}/callback`);
  const edit = expectEdit ? await fake.waitFor((r) => r.method === "PATCH" && r.path.endsWith(`/${payload.token}/messages/@original`), 30_000) : undefined;
  return { sent, callback, edit };
}

const body = (r: RecordedRequest) => r.body as { type?: number; data?: Record<string, unknown>; embeds?: Array<Record<string, unknown>>; content?: string; flags?: number; allowed_mentions?: { parse: unknown[] }; components?: Array<{ components: Array<{ custom_id: string }> }> };
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
    expect(embedText(edit!)).toContain("148.08");
    expect(embedText(edit!)).toContain("Guangdong foreign trade to maintain momentum");
    expect(body(edit!).components![0]!.components[0]!.custom_id).toMatch(/^cite:004_270bea5b41e05852#\d+$/);
  });

  it("/ask private:true defers ephemerally", async () => {
    const { callback } = await interact(slashCommand("ask", [{ name: "question", type: STRING, value: "how fast did xinjiang's trade with asean grow in 2025" }, { name: "private", type: BOOLEAN, value: true }], { userId: newUser() }));
    expect((body(callback).data as { flags: number }).flags & 64).toBe(64);
  });

  it("/stats replies with a ranked, cited table", async () => {
    const { edit } = await interact(slashCommand("stats", [{ name: "metric", type: STRING, value: "exports" }, { name: "measure", type: STRING, value: "growth" }, { name: "period", type: STRING, value: "January 2014" }, { name: "top", type: INTEGER, value: 5 }], { userId: newUser() }));
    const description = String((body(edit!).embeds![0] as { description: string }).description);
    expect(description).toMatch(/1\. Jiangxi 60\.4% \\\[1\\\]; 2\. Sichuan 41\.2%/);
    expectWithinLimits(body(edit!));
  });

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

  it("re-indexes for a member with Manage Server while answers keep flowing", async () => {
    const re = slashCommand("reindex", [], { permissions: "32", userId: newUser() });
    fake.dispatch("INTERACTION_CREATE", re);
    const during = await interact(slashCommand("ask", [{ name: "question", type: STRING, value: "how much did the three northeastern provinces trade in 2023" }], { userId: newUser() }));
    expect(embedText(during.edit!)).toContain("1.23");
    const done = await fake.waitFor((r) => r.method === "PATCH" && r.path.endsWith(`/${re.token}/messages/@original`), 60_000);
    expect(body(done).content).toMatch(/Re-indexed 5 documents/);
  }, 60_000);

  it("answers hostile input cleanly, pinging no one", async () => {
    const hostile = [
      "x".repeat(6000),
      "@everyone <@&123456789012345678> what was guangdong's trade surplus in january 2019?",
      "```js\nprocess.exit(1)\n``` **bold** __under__ ||spoiler|| how much did shanxi trade?",
      "\u200b\u202ewhat was\u200f guangdong's\u2066 trade surplus\u2069 in january 2019?",
      "   ",
    ];
    for (const q of hostile) {
      const p = slashCommand("ask", [{ name: "question", type: STRING, value: q }], { userId: newUser() });
      fake.dispatch("INTERACTION_CREATE", p);
      await fake.waitFor((r) => (r.method === "PATCH" || r.method === "POST") && r.path.startsWith(`/webhooks/${p.application_id}/${p.token}`), 30_000);
    }
    const replies = fake.requests.filter((r) => (r.method === "PATCH" || r.method === "POST") && /\/webhooks\//.test(r.path));
    for (const r of replies) expectWithinLimits(body(r));
    const all = JSON.stringify(replies.map((r) => r.body));
    expect(all).not.toMatch(/(?<!\u200b)@everyone/);
    expect(all).toMatch(/the question is 6000 characters long/);
    expect(all).toMatch(/the question is empty/);
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

describe("npm run deploy-commands", () => {
  it("registers every command to the configured server and says what it registered", async () => {
    const env = { ...process.env, DISCORD_TOKEN: FAKE_TOKEN, DISCORD_API_URL: fake.restApi, DISCORD_GUILD_ID: GUILD_ID, DISCORD_CLIENT_ID: "" };
    const { stdout } = await promisify(execFile)(path.join(ROOT, "node_modules/.bin/tsx"), [path.join(ROOT, "bot/discord/deploy.ts")], { cwd: ROOT, env });
    expect(stdout.trim()).toBe(`Registered 6 commands for server ${GUILD_ID}: /ask, /stats, /cite, /sources, /help, /reindex`);
    const put = await fake.waitFor((r) => r.method === "PUT");
    expect(put.path).toBe(`/applications/${APP_ID}/guilds/${GUILD_ID}/commands`);
    expect((put.body as Array<{ name: string }>).map((c) => c.name)).toEqual(["ask", "stats", "cite", "sources", "help", "reindex"]);
  }, 30_000);
});
