import { describe, expect, it } from "vitest";
import { chunkDocument } from "../corpus/chunk.js";
import type { CorpusDocument } from "../corpus/types.js";
import { extractDocumentFacts } from "../facts/extract.js";

// "Teapot exports from Yixing, a city that …, rose N to M": what the place the goods come from is, set off after it,
// leaves the goods the figures' own. Made-up goods, descriptions and figures.
const doc = (text: string): CorpusDocument =>
  ({ id: "d", hash: "d", text, meta: { title: "Local trade", source: "d.txt", published: "2031-01-20" } });
const facts = (text: string) => extractDocumentFacts(doc(text), chunkDocument(doc(text)));

describe("goods from a place described after it", () => {
  it("keeps the goods for the change and the level", () => {
    const found = facts('Teapot exports from Yixing, a county-level city that calls itself the "clay capital", rose '
      + "5.1 percent year-on-year to 2.36 billion yuan in 2030.");
    expect(found.find((f) => f.value === 2.36)).toMatchObject({ entity: "city:yixing", metric: "exports", subject: "teapot" });
    expect(found.find((f) => f.value === 5.1)).toMatchObject({ entity: "city:yixing", subject: "teapot" });
  });

  it("names no goods when the flow is the place's own", () => {
    const found = facts("Exports from Yixing, a city in southern Jiangsu, rose 5.1 percent to 2.36 billion yuan in 2030.");
    const level = found.find((f) => f.value === 2.36);
    expect(level).toMatchObject({ entity: "city:yixing", metric: "exports" });
    expect(level?.subject).toBeUndefined();
  });
});
