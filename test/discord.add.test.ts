// /add through the real discord.js client and the local Discord stand-in (issue 16): a long PDF's reply
// says how far the work has got (pages read in the reading process, passages embedded) before it says
// what changed, and a PDF added by link records the link, which its citations then point to. Progress
// edits are not throttled here (DISCORD_PROGRESS_EVERY_MS=0): the throttle itself is test/progress.test.ts's.
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EngineHolder } from "../bot/engineHolder.js";
import { FAKE_TOKEN, FakeDiscord, GUILD_ID, slashCommand, type RecordedRequest } from "./discord/fakeDiscord.js";
import { seedEngine, startBot, type RunningBot } from "./helpers/bot.js";
import { makePdf } from "./helpers/makePdf.js";
import { tempDir } from "./helpers/paths.js";

const STRING = 3, ATTACHMENT = 11;
const MANAGER = "32";
const PAGES = 12;
let fake: FakeDiscord;
let bot: RunningBot;
let userSeq = 0;
const newUser = () => `18000000000000${String(++userSeq).padStart(5, "0")}`;

beforeAll(async () => {
  fake = new FakeDiscord(400);
  await fake.start();
  const dataDir = await tempDir();
  bot = await startBot({
    restApi: fake.restApi, token: FAKE_TOKEN, limits: { user: 50, channel: 1000 },
    engines: new EngineHolder(await seedEngine(), { indexDir: path.join(dataDir, "base-index") }),
    env: { DATA_DIR: dataDir, DISCORD_PROGRESS_EVERY_MS: "0", ADD_URL_ALLOW_HOSTS: "localhost" },
  });
}, 60_000);

afterAll(async () => {
  await bot?.client.destroy();
  await bot?.ctx.store.close();
  await fake?.stop();
});

/** A report of `PAGES` pages, each with its own figure: page n on a province's trade with a partner. */
function report(place: string): Buffer {
  const partners = ["Nepal", "Laos", "Oman", "Chile", "Kenya", "Peru", "Ghana", "Fiji", "Cuba", "Iraq", "Mali", "Chad"];
  return makePdf(partners.map((partner, n) => [
    `${place}'s trade with ${partner} reached ${n + 1}.${n + 11} billion yuan in 2026,`,
    `up ${n + 3}.5 percent year on year, the provincial customs said.`,
  ]), { title: `${place} trade report 2026` });
}

const content = (r: RecordedRequest) => String((r.body as { content?: string }).content);
/** Every edit of an interaction's reply, in order. */
const edits = (token: string) =>
  fake.requests.filter((r) => r.method === "PATCH" && r.path.endsWith(`/${token}/messages/@original`)).map(content);
const added = (token: string) =>
  fake.waitFor((r) => r.method === "PATCH" && r.path.endsWith(`/${token}/messages/@original`) && /^(Added|⚠️)/.test(content(r)), 60_000);

const ask = async (question: string) => {
  const p = slashCommand("ask", [{ name: "question", type: STRING, value: question }], { userId: newUser() });
  return JSON.stringify((await fake.interact(p)).edit!.body);
};

describe("/add of a long PDF and of a link", () => {
  it("edits its reply with the pages read and the passages embedded, then says what changed", async () => {
    const file = fake.attachment("qinghai.pdf", report("Qinghai"), "application/pdf");
    const p = slashCommand("add", [{ name: "file", type: ATTACHMENT, value: file.id }], {
      permissions: MANAGER, userId: newUser(), attachments: [file],
    });
    fake.dispatch("INTERACTION_CREATE", p);
    expect(content(await added(p.token))).toMatch(/^Added "Qinghai trade report 2026" \(id [0-9a-f]{8}\): \d+ passages/);

    const all = edits(p.token);
    const pages = all.filter((t) => /^Adding "qinghai\.pdf": reading pages, \d+ of 12…$/.test(t));
    expect(pages.map((t) => Number(/(\d+) of/.exec(t)![1]))).toEqual(Array.from({ length: PAGES }, (_, n) => n + 1));
    expect(all).toContainEqual(expect.stringMatching(/^Adding "qinghai\.pdf": embedding passages, \d+ of \d+…$/));
    // progress first, in the order the work goes, and the final reply last
    expect(all.indexOf(pages.at(-1)!)).toBeLessThan(all.findIndex((t) => t.includes("embedding passages")));
    expect(all.at(-1)).toMatch(/^Added /);
    expect(all.slice(0, -1).every((t) => t.startsWith("Adding "))).toBe(true);
  }, 60_000);

  it("records the link a PDF was fetched from, and its citations link to it", async () => {
    const pdf = report("Gansu");
    const server = http.createServer((_req, res) => {
      res.writeHead(200, { "content-type": "application/pdf", "content-length": pdf.length }).end(pdf);
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    const link = `http://localhost:${(server.address() as AddressInfo).port}/reports/gansu-2026.pdf`;
    try {
      const p = slashCommand("add", [{ name: "url", type: STRING, value: link }], { permissions: MANAGER, userId: newUser() });
      fake.dispatch("INTERACTION_CREATE", p);
      expect(content(await added(p.token))).toMatch(/^Added "Gansu trade report 2026"/);
    } finally {
      server.close();
    }
    const uploads = await bot.ctx.store.uploads(GUILD_ID);
    expect(uploads.find((u) => u.title === "Gansu trade report 2026")?.url).toBe(link);
    // an attached file has no link to record
    expect(uploads.find((u) => u.title === "Qinghai trade report 2026")).not.toHaveProperty("url");

    const answer = await ask("How much did Gansu trade with Oman in 2026?");
    expect(answer).toContain("3.13 billion yuan");
    expect(answer).toContain(`[source (localhost)](${link})`);
    // the attached report is cited without a link
    const attached = await ask("How much did Qinghai trade with Oman in 2026?");
    expect(attached).toContain("3.13 billion yuan");
    expect(attached).not.toContain("[source (localhost)");
  }, 60_000);
});
