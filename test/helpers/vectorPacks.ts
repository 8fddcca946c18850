// The model's vectors for the quality gates' corpora and questions, shipped in the repository
// (test/fixtures/vectors/): embedding them is most of a cold `npm test` (the model reads ~14 passages a second
// on a core), and they never change while the model and the embedder code do not. A pack is stamped with the
// signature of everything the vectors depend on; a pack with another signature is not read, and
// test/vector-packs.test.ts fails until the packs are made again (`npm run test:vectors`).
//
// Format: "TWV1", a uint32 header length, a JSON header {signature, dims, count}, `count` 32-byte keys (sha256 of
// the text and whether it is a passage or a query), then `count` × `dims` float32 vectors, all little-endian.
// The model computes in float32; normalising in float64 adds digits below float32's precision (about 1e-7 of each
// number), which a pack rounds away, and test/helpers/embeddingCache.ts serves every vector so rounded.
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { ROOT } from "./paths.js";

const MAGIC = "TWV1";
const KEY_BYTES = 32;
export const PACK_DIR = path.join(ROOT, "test", "fixtures", "vectors");

const headerSchema = z.object({ signature: z.string(), dims: z.number().int().positive(), count: z.number().int() });
export type PackHeader = z.infer<typeof headerSchema>;

/** The key of a text's vector: passages and queries apart (the model may treat them differently one day). */
export function vectorKey(kind: "p" | "q", text: string): string {
  return createHash("sha256").update(kind).update("\0").update(text).digest("hex");
}

/** Where the pack of a corpus folder lives: its path under the repository, flattened ("blind/b98/corpus" →
 *  test/fixtures/vectors/blind-b98-corpus.vectors). */
export function packPathOf(corpusDir: string): string {
  const rel = path.relative(ROOT, path.resolve(corpusDir)).replace(/^test[\\/]fixtures[\\/]/, "");
  return path.join(PACK_DIR, `${rel.split(/[\\/]/).join("-")}.vectors`);
}

export function readPackHeader(file: string): PackHeader {
  const b = readFileSync(file);
  return parseHeader(b, file).header;
}

function parseHeader(b: Buffer, file: string): { header: PackHeader; bodyAt: number } {
  if (b.subarray(0, 4).toString("latin1") !== MAGIC) throw new Error(`${file} is not a vector pack`);
  const len = b.readUInt32LE(4);
  const header = headerSchema.parse(JSON.parse(b.subarray(8, 8 + len).toString("utf8")));
  return { header, bodyAt: 8 + len };
}

/** A pack's vectors by key, or none when the file is missing or was made under another signature. */
export function readPack(file: string, signature: string): Map<string, number[]> {
  let b: Buffer;
  try {
    b = readFileSync(file);
  } catch {
    return new Map();
  }
  const { header, bodyAt } = parseHeader(b, file);
  if (header.signature !== signature) return new Map();
  const vectorsAt = bodyAt + header.count * KEY_BYTES;
  if (b.length !== vectorsAt + header.count * header.dims * 4) throw new Error(`${file} is cut short or too long`);
  // copied out: the buffer's offset need not be 4-aligned for a Float32Array view
  const floats = new Float32Array(b.buffer.slice(b.byteOffset + vectorsAt, b.byteOffset + vectorsAt + header.count * header.dims * 4));
  const out = new Map<string, number[]>();
  for (let i = 0; i < header.count; i++) {
    const key = b.subarray(bodyAt + i * KEY_BYTES, bodyAt + (i + 1) * KEY_BYTES).toString("hex");
    out.set(key, Array.from(floats.subarray(i * header.dims, (i + 1) * header.dims)));
  }
  return out;
}

/** Writes a pack whole (keys sorted, so a pack made again differs only where its texts did). */
export function writePack(file: string, signature: string, dims: number, vectors: Map<string, number[]>): void {
  const keys = [...vectors.keys()].sort();
  const header = Buffer.from(JSON.stringify({ signature, dims, count: keys.length }), "utf8");
  const lead = Buffer.alloc(8);
  lead.write(MAGIC, 0, "latin1");
  lead.writeUInt32LE(header.length, 4);
  const floats = new Float32Array(keys.length * dims);
  keys.forEach((k, i) => {
    const v = vectors.get(k)!;
    if (v.length !== dims) throw new Error(`a vector of ${v.length} numbers in a pack of ${dims}`);
    floats.set(v, i * dims);
  });
  const body = Buffer.concat([lead, header, ...keys.map((k) => Buffer.from(k, "hex")), Buffer.from(floats.buffer)]);
  mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, body);
  renameSync(tmp, file);
}
