import { describe, expect, it } from "vitest";
import { chunkDocument } from "../corpus/chunk.js";
import type { CorpusDocument } from "../corpus/types.js";
import { extractDocumentFacts } from "../facts/extract.js";

// "The combined imports and exports of A, B and C reached N": the flow of places listed is no one place's; each
// place's own figure stated after it is. Made-up figures.
const doc = (text: string): CorpusDocument =>
  ({ id: "d", hash: "d", text, meta: { title: "Regional trade", source: "d.txt", published: "2031-02-01" } });
const facts = (text: string) => extractDocumentFacts(doc(text), chunkDocument(doc(text)));

describe("the combined flow of places listed", () => {
  it("gives the last place listed no figure of the whole", () => {
    const found = facts("The combined imports and exports of Anhui, Jiangxi and Hunan reached 338.2 billion yuan in 2030, "
      + "up 2.7 percent year-on-year. Hunan's trade was 96.4 billion yuan in 2030, up 5.8 percent.");
    expect(found.some((f) => f.entity === "hunan" && (f.value === 338.2 || f.value === 2.7))).toBe(false);
    expect(found.find((f) => f.value === 96.4)).toMatchObject({ entity: "hunan", metric: "trade" });
  });

  it("still gives a place its own total trade named after its possessive", () => {
    const found = facts("The total trade of Hunan reached 96.4 billion yuan in 2030, up 5.8 percent.");
    expect(found.find((f) => f.value === 96.4)).toMatchObject({ entity: "hunan", metric: "trade" });
  });
});
