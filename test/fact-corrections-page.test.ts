import { describe, expect, it } from "vitest";
import { chunkDocument } from "../corpus/chunk.js";
import type { CorpusDocument } from "../corpus/types.js";
import { extractDocumentFacts } from "../facts/extract.js";
import { figureIndex } from "../retrieval/figures/base.js";

// A corrections page: "The report said that X was N. The correct figure is M." withdraws N (here and in the report it
// corrects) and gives M what N was of. Made-up paper, places and figures.
const REPORT = "Hunan's foreign trade grew 3.1 percent to 812.4 billion yuan in 2031. Zhuzhou came second with 173.6 "
  + "billion yuan, up 2.2 percent. Xiangtan traded 95.1 billion yuan, and Yueyang's exports grew 8.4 percent to 52.3 "
  + "billion yuan.";
const NOTICE = "Corrections and clarifications\nRiver Valley Daily, January 30, 2032\n\nOur report on Hunan's trade, "
  + "published on January 25, contained two errors.\n\n1. Zhuzhou. The report said that Zhuzhou's imports and exports "
  + "in 2031 were 173.6 billion yuan. The correct figure, according to Zhuzhou Customs, is 137.6 billion yuan. The "
  + "growth rate given in the report was correct.\n\n2. Yueyang. The report said that Yueyang's exports grew 8.4 percent "
  + "in 2031. They grew 4.8 percent, to 52.3 billion yuan.";

const doc = (id: string, title: string, published: string, text: string): CorpusDocument =>
  ({ id, hash: id, text, meta: { title, source: `${id}.txt`, published } });

describe("a corrections page", () => {
  const docs = [doc("report", "Hunan's trade in 2031", "2032-01-25", REPORT),
    doc("notice", "Corrections and clarifications", "2032-01-30", NOTICE)];
  const facts = docs.flatMap((d) => extractDocumentFacts(d, chunkDocument(d)));

  it("states no fact of what the report said wrongly; the corrected figure is of the same place, flow and period", () => {
    const notice = facts.filter((f) => f.docId === "notice");
    expect(notice.some((f) => f.value === 173.6 || f.value === 8.4)).toBe(false);
    expect(notice.find((f) => f.value === 137.6)).toMatchObject({ entity: "city:zhuzhou", metric: "trade", replaces: 173.6 });
    expect(notice.find((f) => f.value === 4.8)).toMatchObject({ entity: "city:yueyang", metric: "exports", replaces: 8.4 });
  });

  it("withdraws the wrong figure from the report it corrects, and no other", () => {
    const kept = figureIndex(facts, docs).facts.map((f) => f.value);
    expect(kept).not.toContain(173.6);
    expect(kept).not.toContain(8.4);
    expect(kept).toEqual(expect.arrayContaining([137.6, 4.8, 812.4, 95.1]));
  });

  it("cites a figure the page only restates as right from the report", () => {
    const restated = figureIndex(facts, docs).facts.filter((f) => f.value === 52.3);
    expect(restated.map((f) => f.docId)).toEqual(["report"]);
  });
});
