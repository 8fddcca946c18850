import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadCorpus } from "../corpus/load.js";
import { answer } from "../retrieval/answer.js";
import { buildFromCorpus } from "../retrieval/engine.js";
import { cueWeight, personIn } from "../retrieval/explain/cues.js";
import { words } from "../retrieval/evidence.js";
import { distance } from "../retrieval/figures/query.js";
import { stem } from "../retrieval/figures/select.js";
import { findEnumerations } from "../text/enumerations.js";
import type { IndexData } from "../index/store.js";
import type { Fact } from "../text/terms.js";
import { FakeEmbedder } from "./helpers/fakeEmbedder.js";

// Work kept between calls for speed (stop 39): what is kept must give what working it out anew gives, be shared
// safely, and never carry one answer's query embedding into another's.

/** The edit distance as it was first written: a whole table per call (optimal string alignment, cut off at `max`). */
function tableDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 0; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    let rowMin = Infinity;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > max) return max + 1;
  }
  return d[a.length]![b.length]!;
}

describe("distance on reused rows", () => {
  it("gives the whole table's distance for any two words and cut-off", () => {
    const word = fc.string({ unit: fc.constantFrom("a", "b", "c", "d"), maxLength: 12 });
    fc.assert(fc.property(word, word, fc.integer({ min: 0, max: 4 }), (a, b, max) => {
      expect(distance(a, b, max)).toBe(tableDistance(a, b, max));
    }), { numRuns: 2000 });
  });
  it("counts a swap of two letters as one edit", () => {
    expect(distance("widegts", "widgets", 1)).toBe(1);
  });
});

describe("readings kept per word and per sentence", () => {
  it("stems a word the same the second time", () => {
    expect([stem("Gadgets"), stem("Gadgets"), stem("boxes"), stem("boxes")]).toEqual(["gadget", "gadget", "box", "box"]);
  });
  it("reads a text's words the same the second time, as a set no caller can change", () => {
    const first = words("Sprocket exports rose in the widget-making towns");
    const again = words("Sprocket exports rose in the widget-making towns");
    expect([...again]).toEqual([...first]);
    expect(first.has("sprocket") && first.has("widget") && first.has("export")).toBe(true);
  });
  it("finds a sentence's enumerations the same the second time, frozen so no caller changes another's", () => {
    const text = "The port's main imports include timber, copper ore and soybeans.";
    const first = findEnumerations(text);
    const again = findEnumerations(text);
    expect(again).toEqual(first);
    expect(first[0]?.items.map((i) => i.name)).toEqual(["timber", "copper ore", "soybeans"]);
    expect(() => (first[0]!.items as Array<{ name: string; start: number; end: number }>).push({ name: "x", start: 0, end: 1 }))
      .toThrow(TypeError);
  });
  it("weighs a sentence's cues and finds its speaker the same the second time", () => {
    const said = "Liu Anping, deputy director of the bureau, said the drop came from weaker demand.";
    expect(cueWeight("person", said)).toBe(cueWeight("person", said));
    expect(cueWeight("person", said)).toBeGreaterThan(0);
    expect(personIn(said)?.name).toBe("Liu Anping");
    expect(personIn(said)).toEqual(personIn(said));
  });
});

/** The fake embedder, counting the query texts it embeds. */
class CountingQueries extends FakeEmbedder {
  readonly asked: string[] = [];
  override async embedQuery(text: string): Promise<number[]> {
    this.asked.push(text);
    return super.embedQuery(text);
  }
}

const REPORT = `Port of Westhaven speeds up gadget clearance

Westhaven, 3 March 2041 -- Customs at Westhaven set up a green lane for gadget exporters and cut the paperwork for each shipment to one form.

Officers also inspect cargo at the factories, so gadget exporters no longer wait at the port. Firms said clearance now takes half a day.
`;

describe("query embeddings within one answer", () => {
  let dir: string;
  let data: IndexData<Fact>;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "tradewise-reuse-"));
    await writeFile(path.join(dir, "report.txt"), REPORT);
    ({ data } = await buildFromCorpus(await loadCorpus(dir), new FakeEmbedder()));
  }, 120_000);
  afterAll(() => rm(dir, { recursive: true, force: true }));

  // (an explanation's question is embedded early, while the question is read, and searched with again: one embedding)
  it("embeds each text once, and each answer embeds its own question again", async () => {
    const embedder = new CountingQueries();
    const q = "what did customs do to speed up gadget exports at westhaven";
    const first = await answer(q, { index: data, embedder });
    const once = embedder.asked.length;
    expect(once).toBeGreaterThan(0);
    expect(new Set(embedder.asked).size).toBe(once);
    const second = await answer(q, { index: data, embedder });
    expect(embedder.asked.length).toBe(2 * once);
    expect(second.answer).toBe(first.answer);
    expect(first.answer).toMatch(/green lane/);
  });
});
