import { describe, expect, it } from "vitest";
import { chunkDocument } from "../corpus/chunk.js";
import type { CorpusDocument } from "../corpus/types.js";
import { extractDocumentFacts } from "../facts/extract.js";

// A release and its revision in one text: the figures a later sentence restates as corrected or revised, with other
// values, are first estimates; figures it leaves alone are not. Made-up figures.
const doc = (text: string): CorpusDocument =>
  ({ id: "d", hash: "d", text, meta: { title: "Customs bulletin", source: "d.txt", published: "2031-02-01" } });
const facts = (text: string) => extractDocumentFacts(doc(text), chunkDocument(doc(text)));
const estimate = (f: { qualifier?: string } | undefined) => /\bfirst estimate\b/.test(f?.qualifier ?? "");

describe("a figure revised later in its own text", () => {
  const found = facts("FIRST RELEASE\n\nIn 2030 Yixing's trade was 45.82 billion yuan, up 12.4 percent. Exports were 20.1 "
    + "billion yuan. Imports were 25.72 billion yuan.\n\nREVISED RELEASE\n\nAfter correction, Yixing's trade in 2030 was "
    + "46.28 billion yuan, up 13.5 percent. Exports were revised to 20.9 billion yuan.");
  const of = (v: number) => found.find((f) => f.value === v);

  it("marks the figures restated as corrected or revised as first estimates", () => {
    expect(estimate(of(45.82))).toBe(true);
    expect(estimate(of(12.4))).toBe(true);
    expect(estimate(of(20.1))).toBe(true);
  });

  it("leaves the revised figures, and those no revision restates, as they are", () => {
    expect(estimate(of(46.28))).toBe(false);
    expect(estimate(of(20.9))).toBe(false);
    expect(estimate(of(25.72))).toBe(false);
  });

  it("marks nothing where the later sentence says no revision", () => {
    const plain = facts("In 2030 Yixing's trade was 45.82 billion yuan.\n\nIn 2030 Yixing's trade was 46.28 billion yuan.");
    expect(plain.some(estimate)).toBe(false);
  });
});

describe("a sentence giving a first figure and its revision", () => {
  it("revises to the figure after the words only, leaving a table's same figure before it alone", () => {
    const found = facts("Yixing's imports and exports by month, 2030 (100 million yuan):\n\n| Month | Trade | Growth (%) |\n"
      + "| --- | --- | --- |\n| August | 327.1 | 5.4 |\n| September | 331.4 | 6.7 |\n\nPreliminary data published in "
      + "October put the city's September imports and exports at 326.8 (100 million yuan); after customs completed "
      + "declarations, the figure was revised to 331.4 (100 million yuan).");
    expect(found.filter((f) => f.value === 33.14 || f.value === 331.4).some(estimate)).toBe(false);
  });
});
