import { mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Logger } from "../logger.js";
import type { StateStore, UploadRecord } from "../state/types.js";

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
 * An upload's file in the server's folder. When the folder lacks it (the upload was added on another
 * machine sharing the database, or the folder was lost) it is written there first from the bytes the
 * store keeps; undefined if the store has none either.
 */
export async function uploadBytes(
  serverFolder: string, record: UploadRecord, store: Pick<StateStore, "uploadFile">,
): Promise<Buffer | undefined> {
  const file = path.join(serverFolder, "docs", UPLOADS, record.storedName);
  const onDisk = await readFile(file).catch(() => undefined);
  if (onDisk) return onDisk;
  const kept = await store.uploadFile(record.guildId, record.id);
  if (!kept) return undefined;
  // written whole or not at all: a partial file is never taken for the upload
  const partial = path.join(path.dirname(file), `.${record.storedName}.partial`);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(partial, kept);
  await rename(partial, file);
  return kept;
}

/**
 * Checks a server's uploads folder against its records. An upload is kept in this order: file, index,
 * record; so a file without a record is an upload that never finished (the bot stopped while reading
 * or indexing it), and is quarantined. A record whose file is missing gets it back from the store
 * (another machine sharing the database added it); one the store has no bytes for either is dropped.
 */
export async function reconcile(serverFolder: string, guildId: string, store: StateStore, log: Logger): Promise<void> {
  const folder = path.join(serverFolder, "docs", UPLOADS);
  const files = await readdir(folder).catch(() => [] as string[]);
  const records = await store.uploads(guildId);
  const known = new Set(records.map((r) => r.storedName));
  for (const name of files.filter((f) => !known.has(f)))
    await quarantine(serverFolder, name, "a file with no record: an upload that did not finish", log.child({ guildId }));
  for (const r of records.filter((r) => !files.includes(r.storedName))) {
    if (await uploadBytes(serverFolder, r, store)) {
      log.info({ guildId, upload: r.id, file: r.storedName }, "upload file written from the state store");
      continue;
    }
    await store.removeUpload(guildId, r.id);
    log.warn({ guildId, upload: r.id, file: r.storedName }, "upload record without its file dropped");
  }
}
