// A gateway connection that discord.js takes for a zombie and resumes. When the bot's event loop is busy for longer
// than a heartbeat interval (a long answer on a loaded machine), the next heartbeat finds its ACK unread and discord.js
// closes the connection and RESUMEs on a new one, as it would with Discord. The stand-in answers RESUME as Discord
// does: the session goes on, and the events sent while no connection was open are replayed. Regression note: before
// the stand-in spoke RESUME, the new connection never got its shard back, events went nowhere, and the /stats test in
// discord.e2e waited in vain for its reply whenever the full suite kept a core busy long enough.
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EngineHolder } from "../bot/engineHolder.js";
import { FAKE_TOKEN, FakeDiscord, slashCommand } from "./discord/fakeDiscord.js";
import { seedEngine, startBot, stopAll, type RunningBot } from "./helpers/bot.js";
import { embedText, interact, STRING, SURPLUS } from "./helpers/interactions.js";
import { tempDir } from "./helpers/paths.js";

const HEARTBEAT_MS = 200;

describe("a gateway connection resumed after a missed heartbeat", () => {
  let fake: FakeDiscord;
  let engines: EngineHolder;
  let bot: RunningBot | undefined;

  beforeAll(async () => {
    fake = new FakeDiscord(HEARTBEAT_MS);
    await fake.start();
    const dataDir = await tempDir();
    engines = new EngineHolder(await seedEngine(), { indexDir: path.join(dataDir, "base-index") });
    bot = await startBot({
      restApi: fake.restApi, token: FAKE_TOKEN, engines, env: { DATA_DIR: dataDir }, limits: { user: 50, channel: 1000 },
    });
  }, 60_000);

  afterAll(() => stopAll({ bot, engines, fake }));

  it("answers an interaction sent while the bot resumes its session, and one sent after", async () => {
    const dropped = fake.resumeStarted();
    fake.withholdNextAck();
    await dropped;
    // no connection is open: the event waits in the session and is sent again when the bot resumes
    const during = await interact(fake, slashCommand("ask", [{ name: "question", type: STRING, value: SURPLUS }]));
    expect(during.delivered).toBe(1);
    expect(embedText(during.edit!)).toContain("148.08");
    expect(fake.resumes).toBe(1);
    expect(fake.identifies).toHaveLength(1);
    const after = await interact(fake, slashCommand("ask", [{ name: "question", type: STRING, value: SURPLUS }]));
    expect(embedText(after.edit!)).toContain("148.08");
  }, 60_000);
});
