import "dotenv/config";
import { Command } from "commander";
import { UserError } from "../../index/errors.js";
import { isPostgresUrl, loadConfig, redactUrl, stateFile } from "../config.js";
import { copySqliteToPostgres } from "../state/copy.js";
import { openStateStore } from "../state/open.js";
import { PostgresStore } from "../state/postgres.js";
import { runCli } from "./run.js";

const program = new Command("state")
  .description(
    "The bot's state (answers, conversations, feedback, uploads): where it lives, " +
      "or copy the SQLite file into PostgreSQL.",
  )
  .option(
    "--copy-to <url>",
    "copy DATA_DIR/tradewise.db, the uploads' files and servers' overlays, into this postgres:// database",
  )
  .showHelpAfterError();

async function main(): Promise<void> {
  program.parse();
  const opts = program.opts<{ copyTo?: string }>();
  const config = loadConfig();
  if (opts.copyTo === undefined) {
    const store = await openStateStore(config);
    try {
      process.stdout.write(`${store.kind} state at ${store.location}, schema version ${await store.schemaVersion()}\n`);
    } finally {
      await store.close();
    }
    return;
  }
  if (!isPostgresUrl(opts.copyTo)) {
    throw new UserError(
      "BAD_INPUT",
      "--copy-to takes a postgres:// or postgresql:// URL (postgres://user:password@host:5432/db)",
    );
  }
  const source = stateFile(config);
  const target = await PostgresStore.open(opts.copyTo);
  try {
    const n = await copySqliteToPostgres(source, config.DATA_DIR, target);
    process.stdout.write(
      `Copied ${source} to ${redactUrl(opts.copyTo)}: ${n.answers} answers, ${n.conversations} conversations, ` +
        `${n.feedback} feedback, ${n.uploads} uploads (${n.files} with their files), ${n.settings} servers' settings, ` +
        `${n.overlays} servers' overlays\n`,
    );
    if (n.missingFiles.length) {
      process.stdout.write(
        `${n.missingFiles.length} upload(s) copied without their file, found neither under ` +
          `${config.DATA_DIR}/servers nor in the database: ${n.missingFiles.join(", ")}\n`,
      );
    }
  } finally {
    await target.close();
  }
}

runCli(main);
