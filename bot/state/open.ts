import { stateFile, type Config } from "../config.js";
import { PostgresStore, type PostgresOptions } from "./postgres.js";
import { SqliteStore } from "./sqlite.js";
import type { StateStore } from "./types.js";

/**
 * The state store the configuration asks for: PostgreSQL when DATABASE_URL is set (shared by every
 * process given it), else the SQLite file DATA_DIR/tradewise.db. Fails with a UserError naming the
 * database (never its password) when it cannot be opened.
 */
export async function openStateStore(
  config: Pick<Config, "DATA_DIR" | "DATABASE_URL">,
  options: PostgresOptions = {},
): Promise<StateStore> {
  if (config.DATABASE_URL) return PostgresStore.open(config.DATABASE_URL, options);
  return SqliteStore.open(stateFile(config), options.now);
}
