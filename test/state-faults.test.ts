// The state store when things go wrong: a DATABASE_URL nobody answers stops the bot and the CLI at once with
// one line and exit 2; a PostgreSQL that goes away while running fails the calls made meanwhile (never the
// process), leaves no transaction half-written, and serves again once it is back; and the per-server lock
// makes two stores on one database change one server's collection in turn, while other servers go on: two
// machines adding to one server at once both end up in the overlay they share.
import { execFile } from "node:child_process";
import { createServer } from "node:net";
import path from "node:path";
import pg from "pg";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Collections } from "../bot/collections/collections.js";
import { EngineHolder } from "../bot/engineHolder.js";
import { PostgresStore } from "../bot/state/postgres.js";
import { SqliteStore } from "../bot/state/sqlite.js";
import type { StateStore } from "../bot/state/types.js";
import { loadCorpus } from "../corpus/load.js";
import { buildFromCorpus } from "../retrieval/engine.js";
import { CountingEmbedder } from "./helpers/fakeEmbedder.js";
import { ROOT, SEED, tempDir } from "./helpers/paths.js";
import { postgresPlan, startPostgres, type TestPostgres } from "./helpers/postgres.js";

/** A loopback port nothing listens on. */
const closedPort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

/** Runs a TypeScript entry as `npm start` would, giving back its exit code and stderr. */
function runEntry(command: string, env: NodeJS.ProcessEnv): Promise<{ code: number | null; stderr: string }> {
  const [entry, ...args] = command.split(" ");
  return new Promise((resolve) => {
    const child = execFile(process.execPath, ["--import", "tsx", path.join(ROOT, entry!), ...args], { cwd: ROOT, env },
      (_err, _stdout, stderr) => resolve({ code: child.exitCode, stderr }));
  });
}

describe("an unreachable DATABASE_URL at start", () => {
  it("stops the bot and the CLIs that keep state with one line naming the database (not its password), exit 2", async () => {
    const port = await closedPort();
    const env = {
      ...process.env,
      DATABASE_URL: `postgres://tw:hunter2@127.0.0.1:${port}/tradewise`,
      DISCORD_TOKEN: `${"a".repeat(24)}.GxYz.${"b".repeat(27)}`, // shaped like one; never sent
      DATA_DIR: await tempDir(),
      // no index here: the bot failing on the database, not on this, shows the store is opened before the model
      INDEX_DIR: path.join(await tempDir(), "missing"),
      LOG_LEVEL: "info",
    };
    const commands = ["bot/discord/main.ts", "bot/cli/ask.ts --chat", "bot/cli/feedback.ts", "bot/cli/state.ts"];
    const runs = await Promise.all(commands.map((c) => runEntry(c, env)));
    for (const { code, stderr } of runs) {
      expect(stderr.trim().split("\n")).toEqual([
        expect.stringMatching(
          new RegExp(`^error: cannot reach the state database postgres://tw:\\*\\*\\*@127\\.0\\.0\\.1:${port}/tradewise: .*ECONNREFUSED`),
        ),
      ]);
      expect(stderr).not.toContain("hunter2");
      expect(code).toBe(2);
    }
  });
});

/**
 * `first` holds server g1's lock while `second` asks for it and `other` takes g2's; `waiting` resolves once
 * `second` is queued. Gives back when each job started and ended.
 */
async function lockOrder(first: StateStore, second: StateStore, other: StateStore, waiting: () => Promise<void>) {
  const events: string[] = [];
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  let entered!: () => void;
  const inside = new Promise<void>((r) => (entered = r));
  const a = first.withServerLock("g1", async () => {
    events.push("first in");
    entered();
    await held;
    events.push("first out");
    return "first";
  });
  await inside;
  const b = second.withServerLock("g1", async () => {
    events.push("second in");
    return "second";
  });
  // another server, while g1 is held: not held up
  expect(await other.withServerLock("g2", async () => (events.push("other server"), "other"))).toBe("other");
  await waiting();
  release();
  expect(await Promise.all([a, b])).toEqual(["first", "second"]);
  return events;
}

describe("the per-server lock on SQLite (one process)", () => {
  it("runs one server's jobs in turn, a failed one not blocking the next, other servers meanwhile", async () => {
    const store = SqliteStore.open(path.join(await tempDir(), "tradewise.db"));
    const events = await lockOrder(store, store, store, async () => undefined);
    expect(events).toEqual(["first in", "other server", "first out", "second in"]);
    await expect(store.withServerLock("g1", async () => { throw new Error("job failed"); })).rejects.toThrow("job failed");
    expect(await store.withServerLock("g1", async () => "after")).toBe("after");
    await store.close();
  });
});

/** An embedder that stops at its first passages until released, saying when it got there. */
class GatedEmbedder extends CountingEmbedder {
  private arrive!: () => void;
  readonly reached = new Promise<void>((r) => (this.arrive = r));
  release!: () => void;
  private readonly gate = new Promise<void>((r) => (this.release = r));
  override async embedPassages(texts: string[], onProgress?: (d: number, t: number) => void): Promise<number[][]> {
    this.arrive();
    await this.gate;
    return super.embedPassages(texts, onProgress);
  }
}

/** Resolves once some session waits for an advisory lock (polling pg_locks; no timer). */
async function someoneWaits(admin: pg.Client): Promise<void> {
  for (;;) {
    const { rows } = await admin.query("SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND NOT granted");
    if (rows.length) return;
    await new Promise((r) => setImmediate(r));
  }
}

const plan = postgresPlan();

describe.skipIf(plan.kind === "absent")("PostgreSQL faults", () => {
  let server: TestPostgres;
  beforeAll(async () => {
    if (plan.kind !== "absent") server = await startPostgres(plan);
  });
  afterAll(() => server?.stop());

  it("two stores on one database take one server's lock in turn; other servers do not wait", async () => {
    const url = await server.freshUrl();
    const [one, two] = await Promise.all([PostgresStore.open(url), PostgresStore.open(url)]);
    const admin = new pg.Client({ connectionString: server.url });
    await admin.connect();
    // the second store is really queued on the lock (not merely not yet started) before the first lets go
    const waiting = () => someoneWaits(admin);
    try {
      const events = await lockOrder(one, two, two, waiting);
      expect(events).toEqual(["first in", "other server", "first out", "second in"]);
      // a failed job lets go of the lock too
      await expect(one.withServerLock("g1", async () => { throw new Error("job failed"); })).rejects.toThrow();
      expect(await two.withServerLock("g1", async () => "after")).toBe("after");
      const { rows } = await admin.query("SELECT 1 FROM pg_locks WHERE locktype = 'advisory'");
      expect(rows).toEqual([]);
    } finally {
      await admin.end();
      await Promise.all([one.close(), two.close()]);
    }
  });

  it("two machines adding to one server at once: the second waits, and the shared overlay keeps both uploads", async () => {
    const url = await server.freshUrl();
    const stores = await Promise.all([PostgresStore.open(url), PostgresStore.open(url), PostgresStore.open(url)]);
    const embedder = new CountingEmbedder();
    const index = (await buildFromCorpus(await loadCorpus(SEED), embedder)).data;
    // the first machine is held inside its upload, embedding, until the second has asked for the lock
    const held = new GatedEmbedder();
    const limits = { maxFileBytes: 100_000, maxDocuments: 5, maxTotalBytes: 100_000 };
    const machine = async (store: StateStore, e: CountingEmbedder) => new Collections(
      new EngineHolder({ index, embedder: e }, { indexDir: await tempDir() }), store, await tempDir(), limits,
      pino({ level: "silent" }),
    );
    const [one, two, third] = await Promise.all([machine(stores[0]!, held), machine(stores[1]!, embedder),
      machine(stores[2]!, embedder)]);
    const doc = (title: string) => Buffer.from(`---\ntitle: ${title}\npublished: 2026-11-20\n---\nNingxia's trade with Oman rose.`);
    const guild = "1200000000000000001";
    const admin = new pg.Client({ connectionString: server.url });
    await admin.connect();
    try {
      const first = one.add(guild, { name: "one.md", bytes: doc("From one"), uploaderId: "1", uploaderName: "one" });
      await held.reached;
      const second = two.add(guild, { name: "two.md", bytes: doc("From two"), uploaderId: "2", uploaderName: "two" });
      // unlocked, the second would run to its end now, building on an overlay without the first's upload
      const waiting = someoneWaits(admin).then(() => "waited");
      waiting.catch(() => undefined); // when the second went ahead, this polls on until `admin` closes
      expect(await Promise.race([waiting, second.then(() => "went ahead")])).toBe("waited");
      held.release();
      await Promise.all([first, second]);
      expect((await stores[0]!.uploads(guild)).map((u) => u.title).sort()).toEqual(["From one", "From two"]);
      // a third machine answers from both, from the overlay the second writer saved: nothing to embed again
      const embedded = embedder.embedded;
      const titles = (await third.engineFor(guild)).index.documents.map((d) => d.meta.title);
      expect(titles).toEqual(expect.arrayContaining(["From one", "From two"]));
      expect(embedder.embedded).toBe(embedded);
    } finally {
      held.release();
      await admin.end();
      await Promise.all(stores.map((s) => s.close()));
    }
  });

  it.skipIf(plan.kind === "external")(
    "a server gone while running: calls reject, the process lives, nothing half-written, and it serves again after",
    async () => {
      const idleErrors: Error[] = [];
      const store = await PostgresStore.open(await server.freshUrl(), { onIdleError: (e) => idleErrors.push(e) });
      try {
        // three calls at once: the pool keeps more than one connection, so one is idle when the server goes
        await Promise.all([store.openConversation("before", null), store.settings("g"), store.uploads("g")]);
        // a transaction cut off midway: its first write must not survive. The server goes down only once that
        // write is made (on a loaded machine it could otherwise go before BEGIN), and the transaction's failure is
        // heard at once: while the server stopped, it rejected with no handler yet, an unhandled rejection
        let stopped!: () => void;
        const outage = new Promise<void>((r) => (stopped = r));
        let wrote!: () => void;
        const firstWrite = new Promise<void>((r) => (wrote = r));
        const cutOff = store.transaction(async (c) => {
          await c.query("INSERT INTO conversations (key, created_at, updated_at) VALUES ('half', 1, 1)");
          wrote();
          await outage;
          await c.query("INSERT INTO conversations (key, created_at, updated_at) VALUES ('other half', 1, 1)");
        });
        cutOff.catch(() => undefined);
        await Promise.race([firstWrite, cutOff]);
        await server.outage!.down();
        stopped();
        await expect(cutOff).rejects.toThrow();
        await expect(store.conversation("before")).rejects.toThrow();
        await expect(store.prune(0)).rejects.toThrow();
        expect(idleErrors.length).toBeGreaterThan(0); // the pool's idle connection dropped, heard and not thrown
        await server.outage!.up();
        expect((await store.conversation("before"))?.key).toBe("before");
        expect(await store.conversation("half")).toBeUndefined();
        expect(await store.conversation("other half")).toBeUndefined();
        await store.openConversation("after", null);
        expect((await store.conversation("after"))?.key).toBe("after");
      } finally {
        await store.close();
      }
    },
  );
});
