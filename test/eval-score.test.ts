import { describe, expect, it } from "vitest";
import { numbersInText, sameNumber, scoreAnswer, summaryLine } from "../retrieval/eval/score.js";
import type { Answer } from "../retrieval/types.js";

const answer = (over: Partial<Answer>): Answer => ({ question: "q", abstained: false, answer: "", figures: [], citations: [], ...over });
const cite = (source: string) => ({ n: 1, docId: source.replace(/\.\w+$/, ""), source, title: "t", passageId: "p#0", snippet: "" });

describe("eval scoring", () => {
  it("matches numbers within 0.5% and across scales", () => {
    expect(sameNumber(1.23, "trillion yuan", 1230, "billion yuan")).toBe(true);
    expect(sameNumber(2728.14, "billion yuan", 2728.1, "billion yuan")).toBe(true);
    expect(sameNumber(19.2, "percentage points", 19.3, "percentage points")).toBe(false);
    expect(numbersInText("exports −6.4% and 1.23 trillion")).toEqual([{ value: -6.4, unit: "" }, { value: 1.23, unit: "trillion" }]);
  });
  it("requires every number, entity (for lists) and document, and no abstention", () => {
    const item = { id: "t", question: "q", kind: "list", expect: { numbers: [{ value: 60.4, unit: "%" }], entities: ["Jiangxi", "European Union"], docs: ["a.txt"], must_not: [] } };
    expect(scoreAnswer(item, answer({ answer: "Jiangxi 60.4% and the EU", citations: [cite("a.md")] })).correct).toBe(true);
    const miss = scoreAnswer(item, answer({ answer: "Jiangxi 60.4%", citations: [cite("b.txt")] }));
    expect(miss).toMatchObject({ correct: false, docsOk: false, entitiesOk: false });
    expect(miss.missing).toEqual(["entity European Union", "doc a.txt"]);
  });
  it("counts an unanswerable question right only when the answer abstains", () => {
    const item = { id: "u", question: "q", kind: "unanswerable", expect: { numbers: [], entities: [], docs: [], must_not: [] } };
    const yes = scoreAnswer(item, answer({ abstained: true }));
    const no = scoreAnswer(item, answer({ abstained: false }));
    expect([yes.correct, no.correct]).toEqual([true, false]);
    expect(summaryLine([yes, no])).toBe("eval: 2 questions, correct 50.0%, figures n/a, citations n/a, abstentions 50.0%");
  });
});
