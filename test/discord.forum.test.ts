// Where the bot answers on a server (/settings, issue 16): forum channels whose new posts it answers in
// their own thread, channels it keeps quiet in, mentions answered in a new thread. Through the real
// discord.js client and the local Discord stand-in, with forum posts sent as Discord sends them; the
// settings live in the state store and survive a restart. Embeddings come from the deterministic test
// embedder, so the suite takes seconds.
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { postQuestion } from "../bot/discord/serverSettings.js";
import { EngineHolder } from "../bot/engineHolder.js";
import type { LoadedEngine } from "../retrieval/engine.js";
import {
  channelMessage, CHANNEL_ID, FAKE_TOKEN, FakeDiscord, FORUM_ID, GUILD_CHANNELS, GUILD_ID, OTHER_FORUM_ID,
  QUIET_CHANNEL_ID, slashCommand, type RecordedRequest,
} from "./discord/fakeDiscord.js";
import { seedEngine, startBot as start, type RunningBot } from "./helpers/bot.js";
import { tempDir } from "./helpers/paths.js";

const STRING = 3, BOOLEAN = 5, CHANNEL = 7, SUBCOMMAND = 1;
const MANAGER = "32";
const SURPLUS = "What was Guangdong's trade surplus in January 2019?";
const SHANXI = "How much did Shanxi trade in H1 2021?";
let fake: FakeDiscord;
let base: LoadedEngine;
let dataDir: string;
let bot: RunningBot;
let userSeq = 0;
const newUser = () => `17000000000000${String(++userSeq).padStart(5, "0")}`;

/** The bot over `dataDir`, reading mentions; run again, it is a restart. */
const startBot = (): Promise<RunningBot> => start({
  restApi: fake.restApi, token: FAKE_TOKEN, engines: new EngineHolder(base, { indexDir: path.join(dataDir, "base-index") }),
  env: { DATA_DIR: dataDir, DISCORD_MENTIONS: "true" }, limits: { user: 50, channel: 1000 },
});
const stopBot = async () => {
  await bot.client.destroy();
  await bot.ctx.store.close();
};

beforeAll(async () => {
  [fake, base, dataDir] = [new FakeDiscord(400), await seedEngine(), await tempDir()];
  await fake.start();
  bot = await startBot();
}, 60_000);
afterAll(async () => {
  await stopBot();
  await fake?.stop();
});

const body = (r: RecordedRequest) => (r.body ?? {}) as {
  type?: number; content?: string; flags?: number; data?: { content?: string; flags?: number };
  embeds?: Array<{ description?: string; fields?: Array<{ name: string; value: string }> }>;
};
const embedText = (r: RecordedRequest) => JSON.stringify(body(r).embeds ?? []);
const posted = (channelId: string) => (r: RecordedRequest) => r.method === "POST" && r.path === `/channels/${channelId}/messages`;

const interact = (payload: { id: string; token: string }, expectEdit = true) => fake.interact(payload, expectEdit);

/** /settings <sub> as a member with Manage Server (or `permissions`), a channel option resolved like Discord does. */
function settingsCommand(sub: string, options: Array<{ name: string; type: number; value: unknown }> = [], permissions = MANAGER) {
  const named = options.filter((o) => o.type === CHANNEL).map((o) => GUILD_CHANNELS.find((c) => c.id === o.value)!);
  return slashCommand("settings", [{ name: sub, type: SUBCOMMAND, options }], {
    permissions, userId: newUser(), channels: named.map(({ id, type, name }) => ({ id, type, name })),
  });
}

/** Waits until every message dispatched before now has been handled: a mention dispatched last is answered. */
async function settled(): Promise<void> {
  const from = fake.requests.length;
  fake.dispatch("MESSAGE_CREATE", channelMessage(`<@${bot.client.user!.id}> ${SHANXI}`, { mentionsBot: true, userId: newUser() }));
  // answered under the mention, or in a thread opened on it (mention threads): any post after `from`
  await fake.waitFor((r) => fake.requests.indexOf(r) >= from && r.method === "POST" && embedText(r).includes("113.03"), 30_000);
}

describe("/settings: where the bot answers on a server", () => {
  it("is refused privately to a member without Manage Server, and changes nothing", async () => {
    const { callback } = await interact(
      settingsCommand("forum", [{ name: "channel", type: CHANNEL, value: FORUM_ID }], "0"), false);
    expect(body(callback).data).toMatchObject({ flags: 64, content: expect.stringContaining("Manage Server") });
    expect(await bot.ctx.store.settings(GUILD_ID)).toEqual({ forumChannels: [], ignoredChannels: [], mentionThreads: false });
  });

  it("sets a forum channel, a quiet channel and mention threads, privately, and /help shows them", async () => {
    const forum = await interact(settingsCommand("forum", [{ name: "channel", type: CHANNEL, value: FORUM_ID }]));
    expect((body(forum.callback).data as { flags: number }).flags & 64).toBe(64);
    expect(embedText(forum.edit!)).toContain(`answer new posts in** (in the post's thread, no mention needed): <#${FORUM_ID}>`);
    await interact(settingsCommand("ignore", [{ name: "channel", type: CHANNEL, value: QUIET_CHANNEL_ID }]));
    const mentions = await interact(settingsCommand("mentions", [{ name: "in-thread", type: BOOLEAN, value: true }]));
    expect(embedText(mentions.edit!)).toContain("answered** in a new thread opened on it");
    // a text channel is not a forum: refused, nothing kept
    const wrong = await interact(settingsCommand("forum", [{ name: "channel", type: CHANNEL, value: QUIET_CHANNEL_ID }]));
    expect(body(wrong.edit!).content).toMatch(/is not a forum channel/);
    expect(await bot.ctx.store.settings(GUILD_ID)).toEqual({
      forumChannels: [FORUM_ID], ignoredChannels: [QUIET_CHANNEL_ID], mentionThreads: true,
    });

    const help = await interact(slashCommand("help", [], { userId: newUser() }));
    const where = body(help.edit!).embeds![0]!.fields!.find((f) => f.name === "On this server (/settings)")!;
    expect(where.value).toContain(`<#${FORUM_ID}>`);
    expect(where.value).toContain(`never post in** (mentions there get no reply): <#${QUIET_CHANNEL_ID}>`);
    expect(where.value).toContain("in a new thread opened on it");
  });

  it("answers a new post in the configured forum in its thread, and follow-ups there with the context carried over", async () => {
    const post = fake.forumPost("Guangdong's surplus", SURPLUS, { userId: newUser() });
    const answer = await fake.waitFor(posted(post.id), 30_000);
    expect(embedText(answer)).toContain("148.08");
    expect(JSON.stringify(answer.body)).not.toContain(`<@${bot.client.user!.id}>`);

    fake.dispatch("MESSAGE_CREATE", channelMessage("and exports?", { userId: newUser(), channelId: post.id }));
    const followUp = await fake.waitFor((r) => posted(post.id)(r) && embedText(r).includes("Read as"), 30_000);
    expect(embedText(followUp)).toContain("Read as “What was Guangdong's exports in January 2019?”");
    expect(embedText(followUp)).toContain("389.14");
  }, 60_000);

  it("never answers a post in an unconfigured forum, nor anything in a quiet channel", async () => {
    const other = fake.forumPost("Guangdong's surplus", SURPLUS, { forumId: OTHER_FORUM_ID, userId: newUser() });
    fake.dispatch("MESSAGE_CREATE", channelMessage(`<@${bot.client.user!.id}> ${SURPLUS}`, {
      mentionsBot: true, userId: newUser(), channelId: QUIET_CHANNEL_ID,
    }));
    await settled();
    expect(fake.requests.filter((r) => r.path.startsWith(`/channels/${other.id}/`))).toEqual([]);
    expect(fake.requests.filter((r) => r.path.startsWith(`/channels/${QUIET_CHANNEL_ID}/`))).toEqual([]);

    // /ask there is refused privately, saying what still works; private:true is answered, only to the asker
    const quiet = { id: QUIET_CHANNEL_ID, type: 0, name: "off-topic" };
    const refused = await interact(slashCommand("ask", [{ name: "question", type: STRING, value: SURPLUS }], {
      userId: newUser(), channel: quiet,
    }), false);
    expect(body(refused.callback).data).toMatchObject({
      flags: 64, content: expect.stringMatching(/asked me not to post in this channel.*private:True/),
    });
    const privately = await interact(slashCommand("ask", [
      { name: "question", type: STRING, value: SURPLUS }, { name: "private", type: BOOLEAN, value: true },
    ], { userId: newUser(), channel: quiet }));
    expect((body(privately.callback).data as { flags: number }).flags & 64).toBe(64);
    expect(embedText(privately.edit!)).toContain("148.08");
  }, 60_000);

  it("answers a mention in a new thread opened on it when the server asks for that", async () => {
    const mention = channelMessage(`<@${bot.client.user!.id}> ${SURPLUS}`, { mentionsBot: true, userId: newUser() });
    fake.dispatch("MESSAGE_CREATE", mention);
    const opened = await fake.waitFor((r) => r.method === "POST" && r.path === `/channels/${CHANNEL_ID}/messages/${mention.id}/threads`);
    expect((opened.body as { name: string }).name).toBe(SURPLUS);
    const thread = fake.threads.at(-1)!;
    expect(embedText(await fake.waitFor(posted(thread.id), 30_000))).toContain("148.08");
    // and the thread goes on like a follow-up thread
    fake.dispatch("MESSAGE_CREATE", channelMessage("and exports?", { userId: newUser(), channelId: thread.id }));
    const followUp = await fake.waitFor((r) => posted(thread.id)(r) && embedText(r).includes("Read as"), 30_000);
    expect(embedText(followUp)).toContain("389.14");
  }, 60_000);

  it("keeps the settings across a restart: a new post in the forum is answered, the quiet channel stays quiet", async () => {
    await stopBot();
    bot = await startBot();
    expect(await bot.ctx.store.settings(GUILD_ID)).toEqual({
      forumChannels: [FORUM_ID], ignoredChannels: [QUIET_CHANNEL_ID], mentionThreads: true,
    });
    // the title says what the message leaves out: the two are asked together
    const post = fake.forumPost("Shanxi's foreign trade", "How much was it in H1 2021?", { userId: newUser() });
    expect(embedText(await fake.waitFor(posted(post.id), 30_000))).toContain("113.03");
    fake.dispatch("MESSAGE_CREATE", channelMessage(`<@${bot.client.user!.id}> ${SURPLUS}`, {
      mentionsBot: true, userId: newUser(), channelId: QUIET_CHANNEL_ID,
    }));
    // taking the forum off: its next post is not answered
    await interact(settingsCommand("forum", [
      { name: "channel", type: CHANNEL, value: FORUM_ID }, { name: "answer", type: BOOLEAN, value: false },
    ]));
    const after = fake.forumPost("Guangdong's surplus", SURPLUS, { userId: newUser() });
    await settled();
    expect(fake.requests.filter((r) => r.path.startsWith(`/channels/${QUIET_CHANNEL_ID}/`))).toEqual([]);
    expect(fake.requests.filter((r) => r.path.startsWith(`/channels/${after.id}/`))).toEqual([]);
  }, 60_000);
});

describe("a forum post as a question", () => {
  it("asks the title and the first message together, leaving out a title the message already says", () => {
    expect(postQuestion("Shanxi's foreign trade", "How much was it in H1 2021?"))
      .toBe("Shanxi's foreign trade. How much was it in H1 2021?");
    expect(postQuestion("Exports in 2025?", "Which inland provinces grew fastest")).toBe("Exports in 2025? Which inland provinces grew fastest");
    expect(postQuestion("Guangdong's surplus", SURPLUS)).toBe(SURPLUS);
    expect(postQuestion("How much did Shanxi trade in H1 2021?", "")).toBe("How much did Shanxi trade in H1 2021?");
    expect(postQuestion("", "  and exports?  ")).toBe("and exports?");
  });
});
