// The bot's state in a real PostgreSQL (DATABASE_URL), through the real discord.js client and the local
// Discord stand-in: a bot answers /ask, records a 👍, opens a follow-up thread and takes an upload; then a
// second bot on the same database but with a data folder of its own (another machine, or a restart) sees
// the answer and the feedback, continues the thread's conversation and answers from the upload, whose
// file it gets from the database. Neither writes a SQLite file. Through an outage of the database a
// question gets the private apology and the bot answers again once it is back. PostgreSQL comes from
// test/helpers/postgres.ts: a throwaway server, skipped with a notice where none is installed, a
// failure in CI.
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { readdir } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import type { Client } from "discord.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BotContext } from "../bot/discord/types.js";
import { EngineHolder } from "../bot/engineHolder.js";
import { loadCorpus } from "../corpus/load.js";
import { buildFromCorpus, type LoadedEngine } from "../retrieval/engine.js";
import {
  buttonPress, channelMessage, FAKE_TOKEN, FakeDiscord, GUILD_ID, slashCommand,
} from "./discord/fakeDiscord.js";
import { FakeEmbedder } from "./helpers/fakeEmbedder.js";
import { startBot as start, type RunningBot } from "./helpers/bot.js";
import {
  answerIdOf, ATTACHMENT, body, embedText, interact as interactWith, MANAGER, NINGXIA, NINGXIA_QUESTION, STRING, SURPLUS,
} from "./helpers/interactions.js";
import { ROOT, SEED, tempDir } from "./helpers/paths.js";
import { postgresPlan, startPostgres, type TestPostgres } from "./helpers/postgres.js";


const plan = postgresPlan();
let pgServer: TestPostgres | undefined;
let databaseUrl: string;
let fake: FakeDiscord;
let base: LoadedEngine;
let userSeq = 0;
const newUser = () => `16000000000000${String(++userSeq).padStart(5, "0")}`;
const opened: Array<{ client: Client; ctx: BotContext }> = [];

/** A bot process: its own data folder, the state in the shared database. */
async function startBot(dataDir: string): Promise<RunningBot> {
  const bot = await start({
    restApi: fake.restApi, token: FAKE_TOKEN, engines: new EngineHolder(base, { indexDir: path.join(dataDir, "base-index") }),
    env: { DATA_DIR: dataDir, DATABASE_URL: databaseUrl }, limits: { user: 50, channel: 1000 }, recover: true,
  });
  opened.push(bot);
  return bot;
}

async function stopBot(bot: { client: Client; ctx: BotContext }): Promise<void> {
  opened.splice(opened.indexOf(bot), 1);
  await bot.client.destroy();
  await bot.ctx.store.close();
}

const interact = (payload: { id: string; token: string }, expectEdit = true) => interactWith(fake, payload, expectEdit);
const ask = async (question: string) =>
  (await interact(slashCommand("ask", [{ name: "question", type: STRING, value: question }], { userId: newUser() }))).edit!;

describe.skipIf(plan.kind === "absent")("the bot with DATABASE_URL (a real PostgreSQL)", () => {
  beforeAll(async () => {
    if (plan.kind === "absent") return;
    pgServer = await startPostgres(plan);
    databaseUrl = await pgServer.freshUrl();
    fake = new FakeDiscord(400);
    await fake.start();
    const embedder = new FakeEmbedder();
    base = { index: (await buildFromCorpus(await loadCorpus(SEED), embedder)).data, embedder };
  }, 120_000);

  afterAll(async () => {
    for (const bot of [...opened]) await stopBot(bot);
    await fake?.stop();
    await pgServer?.stop();
  });

  it("keeps answers, feedback, conversations and uploads there: a second bot on the same database sees them all", async () => {
    const first = await tempDir();
    const a = await startBot(first);
    expect(a.ctx.store.kind).toBe("postgres");
    expect(a.ctx.store.location).toMatch(/^postgres:\/\/postgres@127\.0\.0\.1:\d+\/postgres/);

    // /ask, its 👍, a follow-up thread on it, and a document added: all through the first bot
    const asker = newUser();
    const answered = (await interact(slashCommand("ask", [{ name: "question", type: STRING, value: SURPLUS }], { userId: asker }))).edit!;
    expect(embedText(answered)).toContain("148.08");
    const answerId = answerIdOf(answered);
    const up = await interact(buttonPress(`fb:up:${answerId}`, { userId: asker }), false);
    expect(body(up.callback).data).toMatchObject({ flags: 64, content: expect.stringMatching(/noted 👍/) });
    const press = buttonPress(`followup:${answerId}`);
    fake.dispatch("INTERACTION_CREATE", press);
    await fake.waitFor((r) => r.method === "PATCH" && r.path.endsWith(`/${press.token}/messages/@original`));
    const thread = fake.threads.at(-1)!;
    const file = fake.attachment("ningxia.md", Buffer.from(NINGXIA));
    const added = await interact(slashCommand("add", [{ name: "file", type: ATTACHMENT, value: file.id }], {
      permissions: MANAGER, userId: newUser(), attachments: [file],
    }));
    expect(String(body(added.edit!).content)).toMatch(/^Added "Ningxia's trade with Oman doubles"/);
    await stopBot(a);

    // a second bot with an empty data folder of its own: another machine, or a restart elsewhere
    const second = await tempDir();
    const b = await startBot(second);
    const kept = await b.ctx.store.getAnswer(answerId);
    expect(kept).toMatchObject({ guildId: GUILD_ID, question: SURPLUS });
    expect(await b.ctx.store.feedback()).toEqual([
      expect.objectContaining({ answerId, rating: "up", ownAnswer: true, guildId: GUILD_ID }),
    ]);

    // the thread's conversation continues on the second bot, from the answer the first one gave
    fake.dispatch("MESSAGE_CREATE", channelMessage("and exports?", { userId: newUser(), channelId: thread.id }));
    const followUp = await fake.waitFor((r) => r.method === "POST" && r.path === `/channels/${thread.id}/messages`
      && JSON.stringify(r.body).includes("Read as"));
    expect(embedText(followUp)).toContain("Read as “What was Guangdong's exports in January 2019?”");

    // the upload is answered from, its file written into this bot's folder from the database
    expect(embedText(await ask(NINGXIA_QUESTION))).toContain("7.77");
    expect(await readdir(path.join(second, "servers", GUILD_ID, "docs", "server-uploads"))).toEqual(["ningxia.md"]);

    // npm run feedback reads the same database
    const env = { ...process.env, DATA_DIR: second, DATABASE_URL: databaseUrl };
    const { stdout } = await promisify(execFile)(
      path.join(ROOT, "node_modules/.bin/tsx"), [path.join(ROOT, "bot/cli/feedback.ts")], { cwd: ROOT, env },
    );
    expect(stdout).toMatch(/^👍 1 · 👎 0 \(0 on someone else's answer\) in postgres:\/\/postgres@127\.0\.0\.1:\d+\//);

    // no state went to SQLite on either machine
    for (const dir of [first, second]) expect(existsSync(path.join(dir, "tradewise.db"))).toBe(false);
    await stopBot(b);
  }, 120_000);

  it("through an outage of the database: a question gets the private apology, the bot lives and answers once it is back", async (t) => {
    const outage = pgServer?.outage;
    if (!outage) return t.skip(); // an external server (DATABASE_URL_TEST) is not ours to stop
    const bot = await startBot(await tempDir());
    expect(embedText(await ask(SURPLUS))).toContain("148.08"); // the pool holds connections, idle when it goes
    await outage.down();
    try {
      const during = await interact(slashCommand("ask", [{ name: "question", type: STRING, value: SURPLUS }], {
        userId: newUser(),
      }), false);
      expect(body(during.callback).data).toMatchObject({
        flags: 64, content: expect.stringMatching(/^Sorry, something went wrong on my side \(error id [0-9a-f]{8}\)/),
      });
    } finally {
      await outage.up();
    }
    expect(embedText(await ask(SURPLUS))).toContain("148.08");
    await stopBot(bot);
  }, 60_000);
});
