// A real, throwaway PostgreSQL for tests: initdb and pg_ctl from the machine's PostgreSQL (15 on Debian),
// run as the `postgres` user when the tests run as root (initdb refuses root), on a free port of
// 127.0.0.1, with data, socket and log in one temp folder removed afterwards. DATABASE_URL_TEST points the
// tests at a server of your own instead. Each caller gets its own schema, so tests never see each other's rows.
import { execFile, execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { chown, mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";

const run = promisify(execFile);

export type PostgresPlan =
  | { kind: "external"; url: string }
  | { kind: "local"; bin: string }
  | { kind: "absent"; reason: string };

/** The folder holding initdb and pg_ctl: PostgreSQL 15 first, else the newest installed. */
function binDir(root: string): string | undefined {
  const versions = existsSync(root) ? readdirSync(root).sort((a, b) => Number(b) - Number(a)) : [];
  return ["15", ...versions]
    .map((v) => path.join(root, v, "bin"))
    .find((dir) => existsSync(path.join(dir, "initdb")) && existsSync(path.join(dir, "pg_ctl")));
}

/**
 * How the tests get a PostgreSQL: DATABASE_URL_TEST, else a local throwaway server. Without either,
 * CI (CI set) fails loudly here, and elsewhere the caller skips with the notice printed.
 */
export function postgresPlan(env: NodeJS.ProcessEnv = process.env, root = "/usr/lib/postgresql"): PostgresPlan {
  const url = env["DATABASE_URL_TEST"]?.trim();
  if (url) return { kind: "external", url };
  const bin = binDir(root);
  if (bin) return { kind: "local", bin };
  const reason =
    `PostgreSQL is not installed (no initdb/pg_ctl under ${root}/*/bin) and DATABASE_URL_TEST is not set: ` +
    "apt-get install postgresql-15, or set DATABASE_URL_TEST=postgres://…";
  if (env["CI"]) throw new Error(`the PostgreSQL tests cannot run in CI: ${reason}`);
  process.stderr.write(`[skip] PostgreSQL tests skipped: ${reason}\n`);
  return { kind: "absent", reason };
}

export interface TestPostgres {
  /** The server's own URL (database postgres). */
  url: string;
  /** A URL whose tables live in a new, empty schema of their own. */
  freshUrl(): Promise<string>;
  /** Stops a server this helper started and removes its folder; drops the schemas made on an external one. */
  stop(): Promise<void>;
  /**
   * An outage of a server this helper started: `down` stops it as an operator would (pg_ctl stop -m fast,
   * ending every session), `up` starts it again on the same port. Undefined for an external server.
   */
  outage?: { down(): Promise<void>; up(): Promise<void> };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

const asRoot = () => process.getuid?.() === 0;
/** A PostgreSQL program run as the postgres user when we are root (runuser), else as ourselves. */
const runArgs = (cmd: string, args: string[]): [string, string[]] =>
  asRoot() ? ["runuser", ["-u", "postgres", "--", cmd, ...args]] : [cmd, args];
/** Run from `cwd` (our temp folder): the postgres user may not be allowed into the checkout's folder. */
const pgRun = (cmd: string, args: string[], cwd: string) => run(...runArgs(cmd, args), { cwd });

interface LocalServer {
  url: string;
  stop: () => Promise<void>;
  outage: NonNullable<TestPostgres["outage"]>;
}

async function startLocal(bin: string, durable: boolean): Promise<LocalServer> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "tradewise-pg-"));
  const data = path.join(dir, "data");
  const log = path.join(dir, "log");
  if (asRoot()) {
    const id = (flag: string) => Number(execFileSync("id", [flag, "postgres"], { encoding: "utf8" }).trim());
    await chown(dir, id("-u"), id("-g"));
  }
  const port = await freePort();
  const pgCtl = path.join(bin, "pg_ctl");
  // durability is pointless for a throwaway test server: no fsync makes start-up and every commit fast
  // (a benchmark asks for the defaults, to time commits as a real server makes them)
  const fast = durable ? "" : " -c fsync=off -c synchronous_commit=off -c full_page_writes=off";
  const serverOptions = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1${fast}`;
  let started = false;
  const stopSync = () => {
    if (started) execFileSync(...runArgs(pgCtl, ["-D", data, "-m", "immediate", "stop"]), { stdio: "ignore", cwd: dir });
  };
  const start = async () => {
    await pgRun(pgCtl, ["-D", data, "-o", serverOptions, "-l", log, "-w", "-t", "30", "start"], dir);
    started = true;
  };
  try {
    await pgRun(path.join(bin, "initdb"), ["-D", data, "-A", "trust", "-U", "postgres", "--no-sync", "-E", "UTF8"], dir);
    await start();
  } catch (err) {
    const tail = existsSync(log) ? readFileSync(log, "utf8").split("\n").slice(-10).join("\n") : "";
    await rm(dir, { recursive: true, force: true });
    throw new Error(`could not start a throwaway PostgreSQL from ${bin}: ${(err as Error).message}\n${tail}`, {
      cause: err,
    });
  }
  // a test run killed midway still stops its server
  const onExit = () => stopSync();
  process.once("exit", onExit);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop: async () => {
      process.removeListener("exit", onExit);
      await pgRun(pgCtl, ["-D", data, "-m", "immediate", "-w", "stop"], dir).catch(() => undefined);
      started = false;
      await rm(dir, { recursive: true, force: true });
    },
    outage: {
      down: async () => {
        await pgRun(pgCtl, ["-D", data, "-m", "fast", "-w", "stop"], dir);
        started = false;
      },
      up: start,
    },
  };
}

/** Starts (or connects to) the server the plan names; `durable`: a local one commits to disk as by default. */
export async function startPostgres(
  plan: Exclude<PostgresPlan, { kind: "absent" }>, options: { durable?: boolean } = {},
): Promise<TestPostgres> {
  const server: Omit<LocalServer, "outage"> & Partial<LocalServer> =
    plan.kind === "external"
      ? { url: plan.url, stop: async () => undefined }
      : await startLocal(plan.bin, Boolean(options.durable));
  const admin = new pg.Pool({ connectionString: server.url, max: 2 });
  admin.on("error", () => undefined); // an idle connection ended by an outage (see `outage`): the pool reconnects
  const schemas: string[] = [];
  return {
    url: server.url,
    ...(server.outage && { outage: server.outage }),
    async freshUrl() {
      const schema = `tw_test_${process.pid}_${schemas.length}_${Math.random().toString(36).slice(2, 8)}`;
      await admin.query(`CREATE SCHEMA ${schema}`);
      schemas.push(schema);
      const url = new URL(server.url);
      url.searchParams.set("options", `-c search_path=${schema}`);
      return url.toString();
    },
    async stop() {
      if (plan.kind === "external") {
        for (const s of schemas) await admin.query(`DROP SCHEMA IF EXISTS ${s} CASCADE`).catch(() => undefined);
      }
      await admin.end();
      await server.stop();
    },
  };
}
