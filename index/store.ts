import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import type { CorpusDocument, Passage } from "../corpus/types.js";
import { UserError } from "./errors.js";
import { LexicalIndex } from "./lexicalIndex.js";
import { FORMAT_VERSION, manifestSchema, type Manifest } from "./manifest.js";
import { VectorIndex } from "./vectorIndex.js";

/** Everything an index holds, as plain data plus the two search structures. */
export interface IndexData<F = unknown> {
  manifest: Manifest;
  documents: CorpusDocument[];
  passages: Passage[];
  vectors: VectorIndex;
  lexical: LexicalIndex;
  facts: F[];
  /**
   * The vector and BM25 label of each passage, by position. Absent: the position is the label (a full
   * build). Incremental updates remove and add labels, so positions and labels part.
   */
  labels?: number[];
}

const POINTER = "CURRENT";
const FILES = {
  manifest: "manifest.json", documents: "documents.json", passages: "passages.json", vectors: "vectors.hnsw", lexical: "lexical.json",
  facts: "facts.json", labels: "labels.json",
} as const;

async function writeAtomic(file: string, content: string): Promise<void> {
  const tmp = `${file}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
  await writeFile(tmp, content);
  await rename(tmp, file);
}

/**
 * Writes a complete index generation into its own folder, then switches the `CURRENT` pointer
 * with one atomic rename. A crash at any point leaves the previous index intact and loadable.
 */
export async function writeIndex<F>(dir: string, data: IndexData<F>): Promise<void> {
  await writeGeneration(dir, async (tmpDir) => {
    await data.vectors.write(path.join(tmpDir, FILES.vectors));
    await writeFile(path.join(tmpDir, FILES.documents), JSON.stringify(data.documents));
    await writeFile(path.join(tmpDir, FILES.passages), JSON.stringify(data.passages));
    await writeFile(path.join(tmpDir, FILES.lexical), data.lexical.toJSON());
    await writeFile(path.join(tmpDir, FILES.facts), JSON.stringify(data.facts));
    if (data.labels) await writeFile(path.join(tmpDir, FILES.labels), JSON.stringify(data.labels));
    // the manifest goes last: a generation folder with a manifest is complete
    await writeFile(path.join(tmpDir, FILES.manifest), JSON.stringify(data.manifest, null, 2));
  });
}

/** A new generation folder filled by `fill`, then switched in by the pointer; older generations removed. */
async function writeGeneration(dir: string, fill: (tmpDir: string) => Promise<void>): Promise<void> {
  await mkdir(dir, { recursive: true });
  const gen = `gen-${Date.now()}-${randomBytes(3).toString("hex")}`;
  const tmpDir = path.join(dir, `${gen}.tmp`);
  await mkdir(tmpDir);
  try {
    await fill(tmpDir);
    await rename(tmpDir, path.join(dir, gen));
  } catch (err) {
    await rm(tmpDir, { recursive: true, force: true });
    throw err;
  }
  await writeAtomic(path.join(dir, POINTER), gen);
  // Another process may be writing the same folder (two `ask` runs rebuilding a stale index at once): only older
  // generations go, never a newer one another writer is filling or about to point to, and an unfinished (.tmp)
  // one only when it is old enough to be a crashed writer's. A pointer left on a generation removed this way is
  // read past by currentGeneration.
  const now = writtenAt(gen);
  for (const entry of await readdir(dir)) {
    const at = writtenAt(entry);
    const stale = entry.endsWith(".tmp") ? at < now - CRASHED_AFTER_MS : at < now;
    if (stale) await rm(path.join(dir, entry), { recursive: true, force: true }).catch(() => undefined);
  }
}

/** When a generation folder was begun, from its name ("gen-<ms>-<hex>"); NaN for anything else. */
const writtenAt = (entry: string): number => Number(/^gen-(\d+)-/.exec(entry)?.[1] ?? Number.NaN);
const CRASHED_AFTER_MS = 60 * 60 * 1000;

const packEntry = z.object({ name: z.enum(Object.values(FILES) as [string, ...string[]]), size: z.number().int().nonnegative() });

/**
 * The files of an index's current generation as one buffer (a JSON list of names and sizes, then the
 * bytes), to keep it in a database: `unpackIndex` writes it back as a generation of its own.
 */
export async function packIndex(dir: string): Promise<Buffer> {
  const gen = await currentGeneration(dir);
  const names = Object.values(FILES).filter((name) => existsSync(path.join(gen, name)));
  const contents = await Promise.all(names.map((name) => readFile(path.join(gen, name))));
  const header = Buffer.from(JSON.stringify(names.map((name, i) => ({ name, size: contents[i]!.length }))));
  const length = Buffer.alloc(4);
  length.writeUInt32BE(header.length);
  return Buffer.concat([length, header, ...contents]);
}

/** Writes a packed index (see packIndex) into `dir` as its current generation; refuses one that does not add up. */
export async function unpackIndex(packed: Buffer, dir: string): Promise<void> {
  const bad = (why: string) => new UserError("INDEX_CORRUPT", `a packed index for ${dir} is damaged: ${why}`);
  if (packed.length < 4) throw bad("too short");
  const headerEnd = 4 + packed.readUInt32BE(0);
  let entries: Array<z.infer<typeof packEntry>>;
  try {
    entries = z.array(packEntry).parse(JSON.parse(packed.subarray(4, headerEnd).toString("utf8")));
  } catch (err) {
    throw bad(`its list of files is unreadable (${(err as Error).message})`);
  }
  if (headerEnd + entries.reduce((n, e) => n + e.size, 0) !== packed.length) throw bad("its files do not add up to its size");
  if (!entries.some((e) => e.name === FILES.manifest)) throw bad("it has no manifest");
  await writeGeneration(dir, async (tmpDir) => {
    let at = headerEnd;
    // the manifest last, as writeIndex does
    const ordered = entries.map((e) => { const start = at; at += e.size; return { ...e, start }; })
      .sort((a, b) => Number(a.name === FILES.manifest) - Number(b.name === FILES.manifest));
    for (const e of ordered) await writeFile(path.join(tmpDir, e.name), packed.subarray(e.start, e.start + e.size));
  });
}

async function currentGeneration(dir: string): Promise<string> {
  let pointed: string;
  try {
    pointed = path.join(dir, (await readFile(path.join(dir, POINTER), "utf8")).trim());
  } catch (err) {
    throw new UserError("INDEX_MISSING", `no index in ${dir}: build one with \`npm run index -- --corpus <folder> --out ${dir}\``, { cause: err });
  }
  if (existsSync(path.join(pointed, FILES.manifest))) return pointed;
  // (two writers at once: the pointer was last set by one whose generation the other, newer, then removed)
  const complete = (await readdir(dir).catch(() => [] as string[]))
    .filter((e) => !Number.isNaN(writtenAt(e)) && !e.endsWith(".tmp") && existsSync(path.join(dir, e, FILES.manifest)));
  const newest = complete.sort((a, b) => writtenAt(b) - writtenAt(a))[0];
  return newest ? path.join(dir, newest) : pointed;
}

/** Reads only the manifest: cheap, for deciding whether an index is current. */
export async function readManifest(dir: string): Promise<Manifest> {
  const gen = await currentGeneration(dir);
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(path.join(gen, FILES.manifest), "utf8"));
  } catch (err) {
    throw new UserError("INDEX_CORRUPT", `index in ${dir} is unreadable (${(err as Error).message}): rebuild it with \`npm run index\``, { cause: err });
  }
  const version = (raw as { formatVersion?: unknown } | null)?.formatVersion;
  if (version !== FORMAT_VERSION) {
    throw new UserError("INDEX_FORMAT", `index in ${dir} has format version ${String(version)}, this version of Tradewise reads ${FORMAT_VERSION}: rebuild it with \`npm run index\``);
  }
  const parsed = manifestSchema.safeParse(raw);
  if (!parsed.success) throw new UserError("INDEX_CORRUPT", `index manifest in ${dir} is malformed: rebuild it with \`npm run index\``, { cause: parsed.error });
  return parsed.data;
}

/** Refuses an index whose vectors came from another embedder: their similarities would be meaningless. */
export function checkEmbedder(manifest: Manifest, embedderId: string, dir: string): void {
  if (manifest.embedder.id !== embedderId) {
    throw new UserError("INDEX_EMBEDDER", `index in ${dir} was built with ${manifest.embedder.id}/${manifest.embedder.dims}, configured embedder is ${embedderId}: re-index with \`npm run index\` (or set EMBEDDER=${manifest.embedder.id})`);
  }
}

export async function readIndex<F = unknown>(dir: string, embedderId: string): Promise<IndexData<F>> {
  const manifest = await readManifest(dir);
  checkEmbedder(manifest, embedderId, dir);
  const gen = await currentGeneration(dir);
  try {
    const [documents, passages, lexical, facts, labels] = await Promise.all([
      readFile(path.join(gen, FILES.documents), "utf8").then((s) => JSON.parse(s) as CorpusDocument[]),
      readFile(path.join(gen, FILES.passages), "utf8").then((s) => JSON.parse(s) as Passage[]),
      readFile(path.join(gen, FILES.lexical), "utf8").then((s) => LexicalIndex.fromJSON(s)),
      readFile(path.join(gen, FILES.facts), "utf8").then((s) => JSON.parse(s) as F[]),
      manifest.vectors ? readFile(path.join(gen, FILES.labels), "utf8").then((s) => JSON.parse(s) as number[]) : undefined,
    ]);
    const vectors = await VectorIndex.read(path.join(gen, FILES.vectors), manifest.embedder.dims, manifest.hnsw);
    const live = vectors.size - (manifest.vectors?.removed ?? 0);
    if (live !== passages.length || (labels && labels.length !== passages.length)) throw new Error(`${live} vectors for ${passages.length} passages`);
    return { manifest, documents, passages, vectors, lexical, facts, ...(labels && { labels }) };
  } catch (err) {
    throw new UserError("INDEX_CORRUPT", `index in ${dir} is damaged (${(err as Error).message}): rebuild it with \`npm run index\``, { cause: err });
  }
}

export { FORMAT_VERSION };
