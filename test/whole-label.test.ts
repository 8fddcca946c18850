import { describe, expect, it } from "vitest";
import { chunkDocument } from "../corpus/chunk.js";
import type { CorpusDocument } from "../corpus/types.js";
import { extractDocumentFacts } from "../facts/extract.js";
import { figureIndex } from "../retrieval/figures/base.js";
import { parseQuestion } from "../retrieval/figures/query.js";
import { readPlan } from "../retrieval/plans/read.js";
import { runPlan } from "../retrieval/plans/run.js";

// A computed whole is named for its owner and its goods or partner: the place the share is of, not the part's.
const TEXT = [
  "Xiangyang exported 5.2 million bicycles worth 12.5 billion yuan in 2025, up 3.1 percent.",
  "The city's bicycle exports ranked first in the province, accounting for 25 percent of the province's bicycle exports.",
  "Xiangyang's exports reached 40 billion yuan in 2025.",
  "Xiangyang's trade with ASEAN came to 9 billion yuan in 2025.",
].join(" ");

function ask(question: string) {
  const d: CorpusDocument = { id: "xy", meta: { title: "Xiangyang trade in 2025", source: "xy.md", published: "2026-01-20" },
    text: TEXT, hash: "xy" };
  const b = figureIndex(extractDocumentFacts(d, chunkDocument(d)), [d]);
  const q = parseQuestion(question, { groups: b.groups, findSubjects: b.findSubjects, words: b.words });
  const p = readPlan(q);
  const answer = p && runPlan(p, b, q.text);
  const whole = answer?.figures.find((f) => f.computed);
  return { op: p?.operation, whole, text: answer?.lines[0]?.text ?? "" };
}

describe("the label of a whole worked out from a part and its share", () => {
  it("names the place and goods a share the question states is of", () => {
    const a = ask("xiangyang's bicycles were 25% of hubei's bicycle exports in 2025 - whats the implied provincial total?");
    expect(a.op).toBe("whole");
    expect(a.whole).toMatchObject({ value: 50, unit: "billion yuan" });
    expect(a.whole?.label).toMatch(/^Hubei's .*bicycle/);
    expect(a.text).toMatch(/so Hubei.s .*bicycle.* were about 50 billion yuan/);
  });
  it("names the other place's total when the share is of its whole flow, not of the goods", () => {
    const a = ask("xiangyang's bicycles were 2.5% of hubei's exports in 2025 - whats the implied provincial total?");
    expect(a.whole).toMatchObject({ value: 500, unit: "billion yuan" });
    expect(a.whole?.label).toMatch(/^Hubei's total exports/);
  });
  it("names a city's province when the question says the share is of the province's flow", () => {
    const a = ask("xiangyang's exports were 8% of the province's exports in 2025 - whats the implied provincial total?");
    expect(a.whole).toMatchObject({ value: 500, unit: "billion yuan" });
    expect(a.whole?.label).toMatch(/^Hubei's total exports/);
  });
  it("names the other place's trade with the partner when the share is of that", () => {
    const a = ask("xiangyang's trade with asean was 10% of hubei's trade with asean in 2025 - what total does that imply?");
    expect(a.whole).toMatchObject({ value: 90, unit: "billion yuan" });
    expect(a.whole?.label).toMatch(/^Hubei's trade with ASEAN/);
  });
  it("keeps the part's own total when the share is of its own flow", () => {
    const a = ask("xiangyang's bicycle exports were 12.5 billion yuan, 31.25% of its exports in 2025 - what total does that imply?");
    expect(a.whole?.label).toMatch(/^Xiangyang's total exports/);
  });
});
