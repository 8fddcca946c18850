import { createHash } from "node:crypto";
import { mkdir, mkdtemp, readFile, rename, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { loadCorpus } from "../../corpus/load.js";
import { SIDECAR_NAME, sidecarSchema } from "../../corpus/sidecar.js";
import type { CorpusDocument } from "../../corpus/types.js";
import { UserError } from "../../index/errors.js";
import type { StoredDocument } from "./fetch/document.js";
import { safeFileName } from "./uploads.js";

/** Tries of a name before giving up: the hash suffix makes a clash rare, a counter settles the rest. */
const MAX_NAME_TRIES = 20;

/**
 * Reads a document on its own, exactly as the index will: a file that does not read as a document
 * never enters the folder. Returns the document it becomes.
 */
export async function probeDocument(doc: StoredDocument, maxFileBytes: number): Promise<CorpusDocument> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "tradewise-add-"));
  try {
    await writeFile(path.join(dir, doc.name), doc.bytes);
    const sidecar = doc.sidecar && { documents: { [doc.name]: doc.sidecar } };
    if (sidecar) await writeFile(path.join(dir, SIDECAR_NAME), JSON.stringify(sidecar));
    const probe = await loadCorpus(dir, { maxFileBytes });
    const read = probe.documents[0];
    if (!read) throw new UserError("BAD_INPUT", `it could not be read: ${probe.skipped[0]?.reason ?? "no text in it"}`);
    return read;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Refuses a document the folder already has: the same link, the same bytes or the same text. */
export function findTwin(doc: CorpusDocument, existing: readonly CorpusDocument[]): CorpusDocument | undefined {
  return existing.find((d) => (doc.meta.url && d.meta.url === doc.meta.url) || d.hash === doc.hash || d.text === doc.text);
}

/** Writes the file under a name nobody holds yet (exclusive create: never overwrites). Returns the name used. */
async function writeNew(folder: string, doc: StoredDocument): Promise<string> {
  const ext = path.extname(doc.name);
  const stem = doc.name.slice(0, doc.name.length - ext.length);
  for (let n = 1; n <= MAX_NAME_TRIES; n++) {
    const name = n === 1 ? doc.name : `${stem}-${n}${ext}`;
    try {
      await writeFile(path.join(folder, name), doc.bytes, { flag: "wx" });
      return name;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
    }
  }
  throw new UserError("BAD_INPUT", `${MAX_NAME_TRIES} files named like ${doc.name} already exist in ${folder}`);
}

/** Adds (or, with `meta` undefined, removes) a file's entry in the folder's metadata.json, written atomically. */
export async function setSidecar(folder: string, name: string, meta: { url: string } | undefined): Promise<void> {
  const file = path.join(folder, SIDECAR_NAME);
  let current: { documents: Record<string, unknown> } = { documents: {} };
  try {
    current = sidecarSchema.parse(JSON.parse(await readFile(file, "utf8")));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "ENOENT")
      throw new UserError("BAD_INPUT", `${file} is not valid metadata, so the link cannot be recorded: fix or remove it`, {
        cause: err,
      });
  }
  const documents = { ...current.documents };
  if (meta) documents[name] = meta;
  else delete documents[name];
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, `${JSON.stringify({ ...current, documents }, null, 2)}\n`);
  await rename(tmp, file);
}

export interface SavedDocument {
  file: string;
  /** Takes the file (and its metadata entry) back out: for when indexing it fails. */
  undo: () => Promise<void>;
}

/** Saves a checked document into a corpus folder, with its link in metadata.json when the file cannot carry it. */
export async function saveDocument(folder: string, doc: StoredDocument): Promise<SavedDocument> {
  await mkdir(folder, { recursive: true });
  const name = await writeNew(folder, doc);
  const file = path.join(folder, name);
  try {
    if (doc.sidecar) await setSidecar(folder, name, doc.sidecar);
  } catch (err) {
    await rm(file, { force: true });
    throw err;
  }
  return {
    file,
    undo: async () => {
      await rm(file, { force: true });
      if (doc.sidecar) await setSidecar(folder, name, undefined);
    },
  };
}

/** A local file as a document to store: the same size and type checks as uploads, a bounded hash-suffixed name. */
export function fileDocument(name: string, bytes: Buffer, ext: string): StoredDocument {
  const plain = safeFileName(name, "").slice(0, 60);
  const hash = createHash("sha256").update(bytes).digest("hex").slice(0, 8);
  return { name: `${plain}-${hash}${ext}`, bytes, kind: ext === ".pdf" ? "pdf" : ext === ".html" ? "html" : "text" };
}
