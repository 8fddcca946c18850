import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The fact extractor's version: a hash of the code and word lists facts are extracted with (facts/
 * and text/; answering code is not part of it). An index records the version its facts came from; opening an index made by
 * another version re-extracts its facts (no re-embedding), so answers never rest on stale facts.
 */
const loadedFrom = path.dirname(fileURLToPath(import.meta.url));
// compiled, this runs from dist/facts/: hash the sources it was built from, so tsx and dist agree on the version
const compiled = path.basename(path.dirname(loadedFrom)) === "dist";
const here = compiled ? path.join(loadedFrom, "..", "..", "facts") : loadedFrom;
// (and the sentence splitter and chunker facts are read through: a sentence cut elsewhere is another fact)
const SOURCES = [here, path.join(here, "..", "text")];
const SOURCE_FILES = ["sentences.ts", "chunk.ts"].map((f) => path.join(here, "..", "corpus", f))
  .filter((f) => existsSync(f));

function filesUnder(dir: string): string[] {
  try {
    return readdirSync(dir, { withFileTypes: true, recursive: true })
      .filter((e) => e.isFile() && /\.(?:ts|js|json)$/.test(e.name))
      .map((e) => path.join(e.parentPath, e.name));
  } catch {
    return [];
  }
}

function computeVersion(): string {
  const hash = createHash("sha256");
  for (const file of [...SOURCES.flatMap(filesUnder), ...SOURCE_FILES].sort()) {
    hash.update(path.relative(here, file));
    hash.update(readFileSync(file));
  }
  return hash.digest("hex").slice(0, 16);
}

export const EXTRACTOR_VERSION = computeVersion();
