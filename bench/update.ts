import { rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { loadCorpus } from "../corpus/load.js";
import { UseLiteEmbedder } from "../index/embedders/useLite.js";
import { writeIndex, type IndexData } from "../index/store.js";
import { answer } from "../retrieval/answer.js";
import { updateAndWrite } from "../retrieval/engine.js";
import { measured } from "./measure.js";
import type { Fact } from "../text/terms.js";

export interface UpdateRow {
  what: string;
  seconds: number;
  embedded: number;
  reused: number;
  answered: boolean;
  peakRssMB: number;
}
export interface UpdateResult {
  passages: number;
  fullBuildS: number;
  rows: UpdateRow[];
}

// a new article with a figure no synthetic article has, so the answer proves the update is searchable
const NEW_DOC =
  `---\ntitle: Ningxia's trade with Oman doubles\npublished: 2026-11-20\n---\n` +
  "Ningxia's trade with Oman reached 7.77 billion yuan in the first ten months of 2026, up 104.2 percent year on year, " +
  "the regional customs said on Thursday. Exports of wind turbine parts led the growth.\n\n" +
  "Officials expect the momentum to continue as new direct cargo flights start next month.";
const QUESTION = "How much did Ningxia trade with Oman in the first ten months of 2026?";

/**
 * Adding one document to a built index and answering from it, then removing it, each end to end
 * (load the folder, update, write the new generation, answer), beside the full build's time.
 */
export async function benchUpdate(
  built: IndexData<Fact>,
  corpusDir: string,
  indexDir: string,
  fullBuildS: number,
  workers: number,
): Promise<UpdateResult> {
  const embedder = new UseLiteEmbedder({ workers });
  const file = path.join(corpusDir, "zz-new-article.md");
  try {
    await writeIndex(indexDir, built);
    await embedder.embedQuery("warm-up"); // the query model loads once per process, as in a running bot
    await writeFile(file, NEW_DOC);
    const add = await measured(async () => {
      const { data, stats } = await updateAndWrite(built, await loadCorpus(corpusDir), embedder, indexDir);
      const a = await answer(QUESTION, { index: data, embedder });
      return { data, stats, answered: a.figures.some((f) => Math.abs(f.value - 7.77) < 1e-9) };
    });
    await rm(file);
    const remove = await measured(async () => {
      const { data, stats } = await updateAndWrite(add.value.data, await loadCorpus(corpusDir), embedder, indexDir);
      const a = await answer(QUESTION, { index: data, embedder });
      return { stats, answered: a.figures.some((f) => Math.abs(f.value - 7.77) < 1e-9) };
    });
    return {
      passages: built.passages.length,
      fullBuildS,
      rows: [
        {
          what: "add one document, then answer from it",
          seconds: add.seconds,
          embedded: add.value.stats?.passages.embedded ?? 0,
          reused: add.value.stats?.passages.reused ?? 0,
          answered: add.value.answered,
          peakRssMB: add.peakRssMB,
        },
        {
          what: "remove it, then ask again",
          seconds: remove.seconds,
          embedded: remove.value.stats?.passages.embedded ?? 0,
          reused: 0,
          answered: remove.value.answered,
          peakRssMB: remove.peakRssMB,
        },
      ],
    };
  } finally {
    await rm(file, { force: true });
    await embedder.close();
  }
}
