import { describe, expect, it } from "vitest";
import type { CorpusDocument, Passage } from "../corpus/types.js";
import { LexicalIndex } from "../index/lexicalIndex.js";
import { VectorIndex } from "../index/vectorIndex.js";
import { hybridSearch } from "../retrieval/hybrid.js";
import { FakeEmbedder } from "./helpers/fakeEmbedder.js";

const text = [
  "Guangdong's exports reached 389.14 billion yuan in January.", // 0
  "Its imports came to 241.06 billion yuan, up 2 percent.", // 1
  "The province had a trade surplus of 148.08 billion yuan.", // 2
  "Jiangxi exports surged 60.4 percent from a year earlier.", // 3
].join(" ");

function tinyIndex() {
  const doc: CorpusDocument = { id: "d", meta: { title: "t", source: "d.txt" }, text, hash: "h" };
  const spans: Array<[number, number]> = [];
  let pos = 0;
  for (const s of text.split(/(?<=\.) /)) { spans.push([pos, pos + s.length]); pos += s.length + 1; }
  // passages 0-1 and 1-2 overlap on sentence 1; passage 3 stands alone
  const ranges = [[0, 1], [1, 2], [3, 3]] as const;
  const passages: Passage[] = ranges.map(([a, b], i) => ({ id: `d#${i}`, docId: "d", ordinal: i, start: spans[a]![0], end: spans[b]![1], text: text.slice(spans[a]![0], spans[b]![1]) }));
  return { doc, passages };
}

describe("hybridSearch", () => {
  it("ranks the passage both sides agree on first, and merges overlapping passages into one hit", async () => {
    const { doc, passages } = tinyIndex();
    const e = new FakeEmbedder();
    const vectors = await VectorIndex.build(await e.embedPassages(passages.map((p) => p.text)), e.dims);
    const lexical = LexicalIndex.build(passages.map((p, i) => ({ id: i, text: p.text, title: "" })));
    const index = { documents: [doc], passages, vectors, lexical };
    const q = "trade surplus of Guangdong";
    const hits = hybridSearch(index, await e.embedQuery(q), q, { k: 3 });
    // passage 1 holds "trade surplus"; passage 0 overlaps it and is merged into the same hit
    expect(hits[0]!.passages).toContain(1);
    expect(hits[0]!.passages).toContain(0);
    expect(hits[0]!.text).toBe(text.slice(passages[0]!.start, passages[1]!.end));
    expect(hits[0]!.terms).toContain("surplus");
    expect(hits[0]!.bm25).toBeGreaterThan(0);
    // the Jiangxi passage shares no query word: it can only come from the dense side, last
    // (was `[hits[0].passages[0], 2]`: the first element compared with itself)
    expect(hits.map((h) => [...h.passages].sort())).toEqual([[0, 1], [2]]);
  });

  it("returns scores in descending order and at most k hits", async () => {
    const { doc, passages } = tinyIndex();
    const e = new FakeEmbedder();
    const vectors = await VectorIndex.build(await e.embedPassages(passages.map((p) => p.text)), e.dims);
    const lexical = LexicalIndex.build(passages.map((p, i) => ({ id: i, text: p.text, title: "" })));
    const index = { documents: [doc], passages, vectors, lexical };
    const hits = hybridSearch(index, await e.embedQuery("exports"), "exports", { k: 3 });
    expect(hits.length).toBeGreaterThanOrEqual(2);
    for (let i = 1; i < hits.length; i++) expect(hits[i - 1]!.score).toBeGreaterThanOrEqual(hits[i]!.score);
    expect(hybridSearch(index, await e.embedQuery("exports"), "exports", { k: 1 })).toHaveLength(1);
  });
});

describe("LexicalIndex", () => {
  it("treats possessives and case alike and tolerates a typo", () => {
    const lex = LexicalIndex.build([{ id: 0, text: "Guangdong's exports grew.", title: "" }, { id: 1, text: "Sichuan imports fell.", title: "" }]);
    expect(lex.search("guangdong", 2)[0]!.label).toBe(0);
    expect(lex.search("exprots", 2)[0]!.label).toBe(0);
    expect(lex.tokens("Guangdong's the 108.4 percent")).toEqual(["guangdong", "108.4", "percent"]);
  });
});
