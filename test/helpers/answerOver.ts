import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { loadCorpus } from "../../corpus/load.js";
import { answer } from "../../retrieval/answer.js";
import type { Answer } from "../../retrieval/types.js";
import { buildFromCorpus } from "../../retrieval/engine.js";
import { FakeEmbedder } from "./fakeEmbedder.js";

/**
 * Answers questions over made-up documents (file name → text, front matter included), indexed with the
 * bag-of-words test embedder: the whole answering path, from reading to the answer, with no model.
 */
export async function answersOver(files: Record<string, string | Buffer>): Promise<{ ask: (q: string) => Promise<Answer>; close: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), "tradewise-answers-"));
  for (const [name, text] of Object.entries(files)) await writeFile(path.join(dir, name), text);
  const embedder = new FakeEmbedder();
  const { data } = await buildFromCorpus(await loadCorpus(dir), embedder);
  return {
    ask: (q) => answer(q, { index: data, embedder }),
    close: () => rm(dir, { recursive: true, force: true }),
  };
}
