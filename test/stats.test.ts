import { describe, expect, it } from "vitest";
import { loadCorpus } from "../corpus/load.js";
import { buildIndex } from "../index/build.js";
import { extractDocumentFacts } from "../facts/extract.js";
import type { Fact } from "../text/terms.js";
import { statEntities, stats } from "../retrieval/stats.js";
import { FakeEmbedder } from "./helpers/fakeEmbedder.js";
import { ROOT } from "./helpers/paths.js";

async function engine() {
  const corpus = await loadCorpus(`${ROOT}/test/fixtures/extra-corpus`);
  const embedder = new FakeEmbedder();
  const { data } = await buildIndex<Fact>(corpus, { embedder, extractFacts: extractDocumentFacts });
  return { index: data, embedder };
}

describe("stats", () => {
  it("ranks comparable figures for a region filter and cites each row", async () => {
    const e = await engine();
    const a = stats({ region: "central", metric: "trade", measure: "growth", period: "2022" }, e);
    expect(a.abstained).toBe(false);
    expect(a.answer.split("\n")[0]).toMatch(/^foreign trade, growth, 2022: 1\. Jiangxi 34\.9% \[\d\]; 2\. Hunan 19\.2% \[\d\]; 3\. Hubei 14\.9% \[\d\]$/);
    for (const f of a.figures) expect(a.citations.some((c) => f.citations.includes(c.n))).toBe(true);
  });
  it("filters by place name and limits rows", async () => {
    const e = await engine();
    const a = stats({ entity: "Zhejiang", top: 1 }, e);
    // one line per kind of figure, each cut to its top row: one citation a line
    // (was `split("\n").length > 0`, true of any string): count the lines that hold something
    const lines = a.answer.split("\n").filter((l) => l.trim() !== "");
    expect(lines).toHaveLength(5); // trade, its growth, exports, their growth, imports: first half of 2024
    expect(lines.map((l) => (l.match(/\[\d+\]/g) ?? []).length)).toEqual(lines.map(() => 1));
    expect(lines.every((l) => /: 1\. Zhejiang [^;]+$/.test(l))).toBe(true);
    expect(a.figures).toHaveLength(5);
    expect(a.figures.map((f) => f.entity)).toEqual(a.figures.map(() => "Zhejiang"));
  });
  it("explains an unknown place or period instead of failing", async () => {
    const e = await engine();
    expect(stats({ entity: "Atlantis" }, e)).toMatchObject({ abstained: true, answer: 'No figures for "Atlantis" in the index.' });
    expect(stats({ period: "someday" }, e).answer).toMatch(/not a period I understand/);
  });
  it("lists the places that have figures, for autocomplete", async () => {
    const names = statEntities(await engine()).map((x) => x.name);
    expect(names).toEqual(expect.arrayContaining(["Hubei", "Hunan", "Jiangxi", "Xinjiang", "Zhejiang", "Ningbo"]));
  });
});
