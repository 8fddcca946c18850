// What the per-server collection tests share: a base engine over one made-up document, made-up uploads.
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { EngineHolder } from "../../bot/engineHolder.js";
import { loadCorpus } from "../../corpus/load.js";
import type { Embedder } from "../../index/embedders/types.js";
import { buildAndWrite } from "../../retrieval/engine.js";
import { tempDir } from "./paths.js";

export const HUBEI = "---\ntitle: Hubei exports\npublished: 2024-03-01\n---\nHubei's exports grew 12.5 percent in 2023.";

/** A made-up upload: Ningxia's trade with Oman at `value` billion yuan. */
export const ningxia = (value: string, title: string) => `---\ntitle: ${title}\npublished: 2026-11-20\n---\n`
  + `Ningxia's trade with Oman reached ${value} billion yuan in the first ten months of 2026.`;

/** An upload as /add hands it over. */
export const uploadOf = (name: string, text: string | Buffer, uploader = "7") =>
  ({ name, bytes: Buffer.from(text), uploaderId: uploader, uploaderName: "alice" });

/** A base engine over one document (`text`), built and written in a temporary folder. */
export async function baseEngine(e: Embedder, text = HUBEI): Promise<EngineHolder> {
  const dir = await tempDir();
  const corpusDir = path.join(dir, "docs");
  const indexDir = path.join(dir, "index");
  await mkdir(corpusDir);
  await writeFile(path.join(corpusDir, "hubei.md"), text);
  const { data } = await buildAndWrite(await loadCorpus(corpusDir), e, indexDir);
  return new EngineHolder({ index: data, embedder: e }, { corpusDir, indexDir });
}
