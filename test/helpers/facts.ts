import { expect } from "vitest";
import { chunkDocument } from "../../corpus/chunk.js";
import type { CorpusDocument } from "../../corpus/types.js";
import { extractDocumentFacts } from "../../facts/extract.js";
import type { Fact } from "../../text/terms.js";

/** The facts the extractor reads from one made-up document. */
export function factsOf(text: string, meta: { title?: string; published?: string } = {}): Fact[] {
  const doc: CorpusDocument = {
    id: "d",
    hash: "h",
    text,
    meta: { title: meta.title ?? "Trade news", source: "d.md", ...(meta.published && { published: meta.published }) },
  };
  return extractDocumentFacts(doc, chunkDocument(doc));
}

/** The one fact with this value (the test fails when there are none or several). */
export const one = (facts: Fact[], value: number): Fact => {
  const found = facts.filter((f) => f.value === value);
  expect(found, `one fact with value ${value} in ${JSON.stringify(facts.map((f) => f.value))}`).toHaveLength(1);
  return found[0]!;
};
