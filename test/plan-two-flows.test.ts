import { describe, expect, it } from "vitest";
import { chunkDocument } from "../corpus/chunk.js";
import type { CorpusDocument } from "../corpus/types.js";
import { extractDocumentFacts } from "../facts/extract.js";
import { figureIndex } from "../retrieval/figures/base.js";
import { parseQuestion } from "../retrieval/figures/query.js";
import { readPlan } from "../retrieval/plans/read.js";
import { runPlan } from "../retrieval/plans/run.js";

// Two places set side by side on two flows ("who traded more, and who exported more?"): each flow is its own
// comparison, never the second flow's answered as the first's. Made-up figures.
const DOCS: Array<[string, string, string, string]> = [
  [
    "west",
    "Gansu and Ningxia in the first quarter",
    "2031-04-20",
    "Gansu's foreign trade reached 61.24 billion yuan in the first quarter of 2031. Gansu's exports came to 22.7 billion "
      + "yuan. Ningxia's foreign trade reached 58.91 billion yuan in the first quarter of 2031. Ningxia's exports came to "
      + "25.3 billion yuan.",
  ],
];

function ask(question: string) {
  const documents: CorpusDocument[] = DOCS.map(([id, title, published, text]) => ({
    id, meta: { title, source: `${id}.md`, published }, text, hash: id,
  }));
  const b = figureIndex(documents.flatMap((d) => extractDocumentFacts(d, chunkDocument(d))), documents);
  const q = parseQuestion(question, { groups: b.groups, findSubjects: b.findSubjects, words: b.words });
  const p = readPlan(q);
  return { plan: p, answer: p && runPlan(p, b, q.text) };
}

describe("two places compared on two flows", () => {
  it("compares each flow the question names, trade first", () => {
    const { answer } = ask("q1 2031 gansu vs ningxia: who traded more & by how much? and who exported more?");
    expect(answer?.status).toBe("answered");
    expect(answer?.figures.map((f) => f.value)).toEqual([61.24, 58.91, 2.33, 22.7, 25.3, 2.6]);
    // (a plural flow takes a plural verb: "Ningxia's exports were bigger", not "was")
    expect(answer?.lines[1]?.text).toContain("Ningxia's exports were bigger, by 2.6");
  });
  it("works out a flow the documents leave out from the others, never answering with another flow", () => {
    const { answer } = ask("q1 2031 gansu vs ningxia: who traded more, and who imported more?");
    expect(answer?.figures.map((f) => f.value)).toEqual([61.24, 58.91, 2.33, 38.54, 33.61, 4.93]);
    expect(answer?.lines[1]?.text).toContain("Gansu's imports 38.54 billion yuan");
  });
  it("keeps 'imports and exports' one flow, the total", () => {
    const { plan } = ask("q1 2031 gansu vs ningxia imports and exports: who was bigger?");
    expect(plan?.inputs.map((q) => q.metric)).toEqual(["trade", "trade"]);
    expect(plan?.next).toBeUndefined();
  });
});
