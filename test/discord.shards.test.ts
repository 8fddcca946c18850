// Discord shards through the local stand-in, which shards as Discord does (GET /gateway/bot recommends a
// count; a server's events go only to the connection of shard (id >> 22) % n, DMs only to shard 0).
// One process: the real discord.js client running two shards over one engine answers each server on its
// own shard and a DM on shard 0, with the count `auto` took from the stand-in. Two processes: real child
// processes of the bot's entry (bot/discord/main.ts, as npm start runs it) split the shards over one
// throwaway PostgreSQL; a document added through one is answered by the other once it restarts with
// that shard, and 👎 given through each are in `npm run feedback -- --export`.
import { spawn, type ChildProcess } from "node:child_process";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { GatewayDispatchEvents, type Client } from "discord.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { WebSocket } from "ws";
import { EngineHolder } from "../bot/engineHolder.js";
import { loadCorpus } from "../corpus/load.js";
import { buildFromCorpus, openEngine, type LoadedEngine } from "../retrieval/engine.js";
import {
  buttonPress, dmSlashCommand, FAKE_TOKEN, FakeDiscord, GUILD_ID, guildOnShard, shardOf, slashCommand,
} from "./discord/fakeDiscord.js";
import { startBot, stopAll, type RunningBot } from "./helpers/bot.js";
import { FakeEmbedder } from "./helpers/fakeEmbedder.js";
import {
  answerIdOf, ATTACHMENT, body, embedText, interact, MANAGER, NINGXIA, NINGXIA_QUESTION, STRING, SURPLUS,
} from "./helpers/interactions.js";
import { ROOT, SEED, tempDir } from "./helpers/paths.js";
import { postgresPlan, startPostgres, type TestPostgres } from "./helpers/postgres.js";
import { writeTinyModel } from "./helpers/tinyModel.js";

/** Two servers, one on each of two shards: GUILD_ID happens to be on shard 1. */
const ON_0 = guildOnShard(0, 2);
const ON_1 = GUILD_ID;

let userSeq = 0;
const newUser = () => `17000000000000${String(++userSeq).padStart(5, "0")}`;
const askCommand = (guildId: string, question: string) =>
  slashCommand("ask", [{ name: "question", type: STRING, value: question }], { guildId, userId: newUser() });
const askIn = (fake: FakeDiscord, guildId: string, question: string) => interact(fake, askCommand(guildId, question));
async function addIn(fake: FakeDiscord, guildId: string, name: string, text: string) {
  const file = fake.attachment(name, Buffer.from(text));
  return interact(fake, slashCommand("add", [{ name: "file", type: ATTACHMENT, value: file.id }], {
    guildId, permissions: MANAGER, userId: newUser(), attachments: [file],
  }));
}

describe("two shards in one process", () => {
  let fake: FakeDiscord;
  let engines: EngineHolder;
  let bot: RunningBot | undefined;
  /** The shard discord.js received each interaction on, by interaction id. */
  const receivedOn = new Map<string, number>();

  beforeAll(async () => {
    fake = new FakeDiscord(400, { recommendedShards: 2, guilds: [ON_0, ON_1] });
    await fake.start();
    const embedder = new FakeEmbedder();
    const base: LoadedEngine = { index: (await buildFromCorpus(await loadCorpus(SEED), embedder)).data, embedder };
    const dataDir = await tempDir();
    engines = new EngineHolder(base, { indexDir: path.join(dataDir, "base-index") });
    // DISCORD_SHARD_COUNT unset: auto, the count the stand-in recommends
    bot = await startBot({
      restApi: fake.restApi, token: FAKE_TOKEN, engines, env: { DATA_DIR: dataDir },
      limits: { user: 50, channel: 1000 },
    });
    bot.client.ws.on(GatewayDispatchEvents.InteractionCreate, (d: { id: string }, shard: number) => {
      receivedOn.set(d.id, shard);
    });
  }, 60_000);

  afterAll(() => stopAll({ bot, engines, fake }));

  it("auto takes the recommended count: both shards identify, each server is announced on its own", () => {
    const client = bot!.client as Client<true>;
    expect(client.options.shardCount).toBe(2);
    expect(client.options.shards).toEqual([0, 1]);
    expect([...fake.identifies].sort()).toEqual([[0, 2], [1, 2]]);
    expect(client.guilds.cache.get(ON_0)?.shardId).toBe(0);
    expect(client.guilds.cache.get(ON_1)?.shardId).toBe(1);
  });

  it("answers each server on its own shard, per-server uploads included, and a DM on shard 0", async () => {
    const surplus = askCommand(ON_1, SURPLUS);
    const onOne = await interact(fake, surplus);
    expect(onOne.delivered).toBe(1);
    expect(receivedOn.get(surplus.id)).toBe(1);
    expect(embedText(onOne.edit!)).toContain("148.08");

    const added = await addIn(fake, ON_0, "ningxia.md", NINGXIA);
    expect(String(body(added.edit!).content)).toMatch(/^Added "Ningxia's trade with Oman doubles"/);
    const ningxia = askCommand(ON_0, NINGXIA_QUESTION);
    const onZero = await interact(fake, ningxia);
    expect(receivedOn.get(ningxia.id)).toBe(0);
    expect(embedText(onZero.edit!)).toContain("7.77");
    // the other server, on the other shard, has no such document
    expect(embedText((await askIn(fake, ON_1, NINGXIA_QUESTION)).edit!)).not.toContain("7.77");

    const dm = dmSlashCommand("ask", [{ name: "question", type: STRING, value: SURPLUS }], { userId: newUser() });
    const inDm = await interact(fake, dm);
    expect(receivedOn.get(dm.id)).toBe(0);
    expect(embedText(inDm.edit!)).toContain("148.08");
  });

  it("the stand-in, as Discord, closes a connection that identifies as a shard outside its count (4010)", async () => {
    const ws = new WebSocket(fake.gatewayUrl);
    const closed = new Promise<number>((r) => ws.once("close", (code) => r(code)));
    const identify = { op: 2, d: { token: FAKE_TOKEN, intents: 1, properties: {}, shard: [2, 2] } };
    ws.once("message", () => ws.send(JSON.stringify(identify))); // after HELLO
    expect(await closed).toBe(4010);
    expect(fake.identifies).not.toContainEqual([2, 2]);
  });
});

const plan = postgresPlan();

/** A bot process as `npm start` runs it, logging JSON lines on stderr. */
interface BotProcess { child: ChildProcess; dataDir: string; log: Array<Record<string, unknown>> }

describe.skipIf(plan.kind === "absent")("two processes splitting the shards over one PostgreSQL", () => {
  let pgServer: TestPostgres | undefined;
  let fake: FakeDiscord;
  let baseEnv: NodeJS.ProcessEnv;
  const running = new Set<BotProcess>();

  /** Starts bot/discord/main.ts running `ids` of 2 shards; resolves once it logs "bot ready". */
  function startProcess(ids: string, dataDir: string): Promise<BotProcess> {
    const child = spawn(process.execPath, ["--import", "tsx", path.join(ROOT, "bot/discord/main.ts")], {
      cwd: ROOT, env: { ...baseEnv, DISCORD_SHARD_COUNT: "2", DISCORD_SHARD_IDS: ids, DATA_DIR: dataDir },
      stdio: ["ignore", "ignore", "pipe"],
    });
    const proc: BotProcess = { child, dataDir, log: [] };
    running.add(proc);
    return new Promise((resolve, reject) => {
      let rest = "";
      child.stderr!.on("data", (chunk: Buffer) => {
        const lines = (rest + chunk.toString()).split("\n");
        rest = lines.pop()!;
        for (const line of lines) {
          try { proc.log.push(JSON.parse(line) as Record<string, unknown>); } catch { proc.log.push({ msg: line }); }
          if (proc.log.at(-1)!["msg"] === "bot ready") resolve(proc);
        }
      });
      child.once("exit", (code) => reject(new Error(`bot exited (${code}) before ready: ${JSON.stringify(proc.log)}`)));
    });
  }

  async function stopProcess(proc: BotProcess): Promise<number | null> {
    running.delete(proc);
    if (proc.child.exitCode !== null || proc.child.signalCode !== null) return proc.child.exitCode;
    const exited = new Promise<number | null>((r) => proc.child.once("exit", (code) => r(code)));
    proc.child.kill("SIGTERM");
    return exited;
  }

  beforeAll(async () => {
    if (plan.kind === "absent") return;
    pgServer = await startPostgres(plan);
    fake = new FakeDiscord(400, { guilds: [ON_0, ON_1] });
    await fake.start();
    // a small real embedder (transformers.js with a generated model) and its index built once here:
    // the processes load it instead of each embedding the corpus
    const dir = await tempDir();
    const model = await writeTinyModel(dir);
    const indexDir = path.join(dir, "index");
    const embedder = { spec: `hf:${model.dir}` };
    await (await openEngine({ embedder, indexDir, corpusDir: SEED })).embedder.close();
    baseEnv = {
      ...process.env, LOG_LEVEL: "info", DISCORD_TOKEN: FAKE_TOKEN, DISCORD_API_URL: fake.restApi,
      DATABASE_URL: await pgServer.freshUrl(), CORPUS_DIR: SEED, INDEX_DIR: indexDir, EMBEDDER: embedder.spec,
      DISCORD_FOLLOWUPS: "false", DISCORD_MENTIONS: "false",
    };
  }, 60_000);

  afterAll(async () => {
    for (const proc of [...running]) await stopProcess(proc);
    await fake?.stop();
    await pgServer?.stop();
  });

  it("each answers its own shard; a document added through one is answered by the other after a restart", async () => {
    const [a, b] = await Promise.all([startProcess("0", await tempDir()), startProcess("1", await tempDir())]);
    for (const [proc, shard] of [[a, 0], [b, 1]] as const) {
      expect(proc.log).toContainEqual(
        expect.objectContaining({ msg: `running shard ${shard} of 2`, shards: [shard], dms: shard === 0 }),
      );
    }
    expect([...fake.identifies].sort()).toEqual([[0, 2], [1, 2]]);

    // through process a (shard 0): a document added to its server, answered, and a 👎 on the answer
    expect(shardOf(ON_0, 2)).toBe(0);
    const added = await addIn(fake, ON_0, "ningxia.md", NINGXIA);
    expect(added.delivered).toBe(1);
    expect(String(body(added.edit!).content)).toMatch(/^Added "Ningxia's trade with Oman doubles"/);
    const fromA = (await askIn(fake, ON_0, NINGXIA_QUESTION)).edit!;
    expect(embedText(fromA)).toContain("7.77");
    await interact(fake, buttonPress(`fb:down:${answerIdOf(fromA)}`, { guildId: ON_0 }), false);

    // through process b (shard 1): its own server answered, and a 👎 there
    const fromB = (await askIn(fake, ON_1, SURPLUS)).edit!;
    expect(embedText(fromB)).toContain("148.08");
    await interact(fake, buttonPress(`fb:down:${answerIdOf(fromB)}`, { guildId: ON_1 }), false);

    // process a's machine leaves; b restarts running both shards, its data folder without a's upload
    expect(await stopProcess(a)).toBe(0);
    // nobody runs shard 0 now: its server's events reach no one
    expect(fake.dispatch("INTERACTION_CREATE", slashCommand("help", [], { guildId: ON_0 }))).toBe(0);
    expect(await stopProcess(b)).toBe(0);
    const b2 = await startProcess("0,1", b.dataDir);
    expect(b2.log).toContainEqual(expect.objectContaining({ msg: "running shards 0, 1 of 2", dms: true }));
    expect(embedText((await askIn(fake, ON_0, NINGXIA_QUESTION)).edit!)).toContain("7.77");
    // from the database: b's folder never had the file, a's was never shared
    expect(await readdir(path.join(b.dataDir, "servers", ON_0, "docs", "server-uploads"))).toEqual(["ningxia.md"]);

    // npm run feedback -- --export, on the same database: both 👎, one given through each process
    const file = path.join(await tempDir(), "cases.json");
    const feedbackCli = path.join(ROOT, "bot/cli/feedback.ts");
    const exported = spawn(process.execPath, ["--import", "tsx", feedbackCli, "--export", file], {
      cwd: ROOT, env: baseEnv, stdio: "ignore",
    });
    expect(await new Promise((r) => exported.once("exit", r))).toBe(0);
    const cases = JSON.parse(await readFile(file, "utf8")) as Array<{ question: string; feedback: { server: string } }>;
    expect(cases.map((c) => [c.feedback.server, c.question]).sort())
      .toEqual([[ON_0, NINGXIA_QUESTION], [ON_1, SURPLUS]].sort());
  }, 90_000);
});
