import { describe, expect, it } from "vitest";
import { parseQuestion } from "../retrieval/figures/query.js";
import { unansweredParts } from "../retrieval/unanswered.js";
import type { Fact } from "../text/terms.js";

// a zone asked for but not found: the place's figures answer only part of it, and the zone's are named as missing
const fact = (entity: string): Fact => ({ entity, metric: "exports", measure: "amount", value: 48, unit: "billion yuan",
  scale: 1e9, docId: "d", passageId: "d#0", start: 0, end: 1 } as unknown as Fact);
const parts = (q: string, entity: string) => unansweredParts(parseQuestion(q), { lines: [{ text: "", facts: [fact(entity)] }],
  figures: [] });

describe("a zone the question names, answered with a place's figures", () => {
  it("names the zone's figures as missing", () => {
    expect(parts("what were the exports of the weifang hi-tech zone in 2023?", "city:weifang")).toContain("the zone's own figures");
    expect(parts("weifang etdz exports in 2023?", "city:weifang")).toContain("the zone's own figures");
  });
  it("not when the zone's own figures answer", () => {
    expect(parts("weifang etdz exports in 2023?", "zone:Weifang Hi-tech Zone")).not.toContain("the zone's own figures");
    expect(parts("weifang exports in 2023?", "city:weifang")).not.toContain("the zone's own figures");
  });
});
