import { mkdir, readdir, rename, rm } from "node:fs/promises";
import path from "node:path";
import type { Logger } from "../logger.js";
import type { Store } from "../state/store.js";

/** The folder inside a server's documents that holds its uploads (document ids start with it). */
export const UPLOADS = "server-uploads";

/**
 * Moves a file out of a server's uploads into its quarantine folder, with a log line: never deleted
 * (someone may want to see what broke the upload), never read again.
 */
export async function quarantine(serverFolder: string, name: string, reason: string, log: Logger): Promise<void> {
  const from = path.join(serverFolder, "docs", UPLOADS, name);
  const to = path.join(serverFolder, "quarantine", `${Date.now()}-${name}`);
  await mkdir(path.dirname(to), { recursive: true });
  await rename(from, to).catch(() => rm(from, { recursive: true, force: true }));
  log.warn({ file: name, movedTo: to, reason }, "upload quarantined");
}

/**
 * Checks a server's uploads folder against its records. An upload is kept in this order: file, index,
 * record; so a file without a record is an upload that never finished (the bot stopped while reading
 * or indexing it), and is quarantined. A record without a file (removed by hand) is dropped.
 */
export async function reconcile(serverFolder: string, guildId: string, store: Store, log: Logger): Promise<void> {
  const files = await readdir(path.join(serverFolder, "docs", UPLOADS)).catch(() => [] as string[]);
  const records = store.uploads(guildId);
  const known = new Set(records.map((r) => r.storedName));
  for (const name of files.filter((f) => !known.has(f)))
    await quarantine(serverFolder, name, "a file with no record: an upload that did not finish", log.child({ guildId }));
  for (const r of records.filter((r) => !files.includes(r.storedName))) {
    store.removeUpload(guildId, r.id);
    log.warn({ guildId, upload: r.id, file: r.storedName }, "upload record without its file dropped");
  }
}
