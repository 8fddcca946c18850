import { rm } from "node:fs/promises";
import path from "node:path";
import { PostgresStore } from "../bot/state/postgres.js";
import { SqliteStore } from "../bot/state/sqlite.js";
import type { StateStore } from "../bot/state/types.js";
import type { Answer } from "../retrieval/types.js";
import { tempDir } from "../test/helpers/paths.js";
import { postgresPlan, startPostgres } from "../test/helpers/postgres.js";
import { summarize, type Summary } from "./stats.js";

/**
 * The state store's hot paths, SQLite against PostgreSQL: what every question does (record its answer
 * and move its conversation on) and what every follow-up and button does (read the conversation, read
 * the answer). PostgreSQL is a throwaway server on this machine (test/helpers/postgres.ts) with its
 * default durability (every commit flushed to disk, as SQLite's are), started for this row and removed
 * after it; bot and database talk over loopback, so a database on another machine adds its round trips.
 */

export interface StoreOpsRow { op: string; sqlite: Summary; postgres?: Summary }
export interface StoreOpsResult { ops: number; rows: StoreOpsRow[]; postgresAbsent?: string }

const OPS = ["record an answer (answer + conversation moved on)", "read a conversation", "read an answer (a button)"];

async function timeOps(store: StateStore, sample: Answer, n: number): Promise<Summary[]> {
  const times: number[][] = OPS.map(() => []);
  const at = async (op: number, job: () => Promise<unknown>) => {
    const t0 = performance.now();
    await job();
    times[op]!.push(performance.now() - t0);
  };
  const ids: string[] = [];
  for (let i = 0; i < n + 20; i++) {
    const key = `thread:${1_000_000 + (i % 50)}`;
    let id = "";
    await at(0, async () => {
      id = await store.saveAnswer({
        guildId: "1400000000000000001", channelId: "2", userId: `${i % 30}`, question: sample.question,
        effectiveQuestion: sample.question, answer: sample,
      });
      await store.openConversation(key, id, "1400000000000000001");
    });
    ids.push(id);
    await at(1, () => store.conversation(key));
    await at(2, () => store.getAnswer(ids[Math.floor(ids.length / 2)]!));
  }
  return times.map((t) => summarize(t.slice(20))); // the first 20 warm the statements and the pool
}

/** Median and p95 of each hot path over `n` operations, on a new SQLite file and a new PostgreSQL. */
export async function benchStoreOps(sample: Answer, n: number, log: (s: string) => void): Promise<StoreOpsResult> {
  const dir = await tempDir("tradewise-store-bench-");
  let sqlite: Summary[];
  const file = SqliteStore.open(path.join(dir, "tradewise.db"));
  try {
    log("  SQLite");
    sqlite = await timeOps(file, sample, n);
  } finally {
    await file.close();
    await rm(dir, { recursive: true, force: true });
  }
  const plan = postgresPlan({ ...process.env, CI: "" });
  if (plan.kind === "absent") {
    return { ops: n, rows: OPS.map((op, i) => ({ op, sqlite: sqlite[i]! })), postgresAbsent: plan.reason };
  }
  log("  PostgreSQL (a throwaway server, started now and removed after)");
  const server = await startPostgres(plan, { durable: true }); // fsync on, as SQLite's commits are
  try {
    const pgStore = await PostgresStore.open(await server.freshUrl());
    try {
      const postgres = await timeOps(pgStore, sample, n);
      return { ops: n, rows: OPS.map((op, i) => ({ op, sqlite: sqlite[i]!, postgres: postgres[i]! })) };
    } finally {
      await pgStore.close();
    }
  } finally {
    await server.stop();
  }
}
