import { existsSync } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import path from "node:path";

/** Servers with one small upload each, as the overlay benchmarks make them: ids, the upload, its question. */

export const serverId = (i: number): string => `14000000000000${String(i).padStart(5, "0")}`;

/** Server i's upload: a short article whose trade figure (i + 1.25 billion yuan) no other document has. */
export const uploadText = (i: number): string => `---\ntitle: Ningxia and Oman ${i}\npublished: 2026-11-20\n---\n`
  + `Ningxia's trade with Oman reached ${i + 1}.25 billion yuan in the first ten months of 2026, up ${i + 3}.5 percent. `
  + "Crude oil and chemical products made up most of the imports, and machinery most of the exports. ".repeat(6);

/** Answered from server i's upload alone: its first figure is i + 1.25. */
export const SERVER_QUESTION = "How much did Ningxia trade with Oman in the first ten months of 2026?";
export const expectedFigure = (i: number): number => i + 1.25;

/** Resident memory in MB after a full garbage collection (run node with --expose-gc). */
export const rssMB = (): number => {
  globalThis.gc?.();
  return process.memoryUsage().rss / 2 ** 20;
};

/** The JavaScript heap in use, in MB, after a full garbage collection. */
export const heapMB = (): number => {
  globalThis.gc?.();
  return process.memoryUsage().heapUsed / 2 ** 20;
};

/** Bytes of every file under `dir`, in MB (0 when it does not exist). */
export async function diskMB(dir: string): Promise<number> {
  if (!existsSync(dir)) return 0;
  let bytes = 0;
  for (const e of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (e.isFile()) bytes += (await stat(path.join(e.parentPath, e.name))).size;
  }
  return bytes / 2 ** 20;
}
