import { mkdtemp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const SEED = path.join(ROOT, "corpus", "seed");
export const tempDir = (prefix = "tradewise-") => mkdtemp(path.join(os.tmpdir(), prefix));
