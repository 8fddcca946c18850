import { describe, expect, it } from "vitest";
import { failureReport, numbersInText, sameNumber, scoreAnswer, summaryLine } from "../retrieval/eval/score.js";
import type { Answer } from "../retrieval/types.js";

const answer = (over: Partial<Answer>): Answer => ({ question: "q", abstained: false, answer: "", figures: [], citations: [], ...over });
const cite = (source: string) => ({ n: 1, docId: source.replace(/\.\w+$/, ""), source, title: "t", passageId: "p#0", snippet: "" });

describe("eval scoring", () => {
  it("matches numbers within 0.5% and across scales", () => {
    expect(sameNumber(1.23, "trillion yuan", 1230, "billion yuan")).toBe(true);
    expect(sameNumber(2728.14, "billion yuan", 2728.1, "billion yuan")).toBe(true);
    expect(sameNumber(19.2, "percentage points", 19.3, "percentage points")).toBe(false);
    // as ../shared/eval/score.mjs reads them: the sign is dropped with a Unicode minus, the 12 characters after kept
    expect(numbersInText("exports −6.4% and 1.23 trillion")).toEqual([
      { value: 6.4, unit: "% and 1.23 t" }, { value: 1.23, unit: " trillion" }]);
  });
  it("reads ranks written as words and the short forms the measuring scorer accepts", () => {
    const item = { id: "r", question: "q", kind: "ranking", expect: {
      numbers: [{ value: 7, unit: "rank" }], entities: ["Association of Southeast Asian Nations", "foreign-funded"], docs: [],
      must_not: [], phrases: [] } };
    expect(scoreAnswer(item, answer({ answer: "ASEAN came first; foreign-invested firms put it seventh." })).correct).toBe(true);
    expect(scoreAnswer(item, answer({ answer: "ASEAN came first; foreign-invested firms put it sixth." })).correct).toBe(false);
  });
  it("requires every number, entity (for lists) and document, and no abstention", () => {
    const item = { id: "t", question: "q", kind: "list", expect: { numbers: [{ value: 60.4, unit: "%" }], entities: ["Jiangxi", "European Union"], docs: ["a.txt"], must_not: [], phrases: [] } };
    expect(scoreAnswer(item, answer({ answer: "Jiangxi 60.4% and the EU", citations: [cite("a.md")] })).correct).toBe(true);
    const miss = scoreAnswer(item, answer({ answer: "Jiangxi 60.4%", citations: [cite("b.txt")] }));
    expect(miss).toMatchObject({ correct: false, docsOk: false, entitiesOk: false });
    expect(miss.missing).toEqual(["entity European Union", "doc a.txt"]);
  });
  it("counts an unanswerable question right only when the answer abstains", () => {
    const item = { id: "u", question: "q", kind: "unanswerable", expect: { numbers: [], entities: [], docs: [], must_not: [], phrases: [] } };
    const yes = scoreAnswer(item, answer({ abstained: true }));
    const no = scoreAnswer(item, answer({ abstained: false }));
    expect([yes.correct, no.correct]).toEqual([true, false]);
    expect(summaryLine([yes, no])).toBe("eval: 2 questions, correct 50.0%, figures n/a, citations n/a, abstentions 50.0%, wrong-but-sure 50.0%");
    expect(no).toMatchObject({ wrongButSure: true, error: "should-abstain" });
  });
  it("needs one phrase of every group in an explanation, hyphens and case ignored", () => {
    const item = { id: "x", question: "why?", kind: "explain", expect: { numbers: [], entities: [], docs: ["a.txt"], must_not: [], phrases: [["Sino-Russian cooperation", "cooperation"], ["rail-sea"]] } };
    expect(scoreAnswer(item, answer({ answer: "Thanks to sino russian COOPERATION and a Rail Sea route.", citations: [cite("a.txt")] })).correct).toBe(true);
    const miss = scoreAnswer(item, answer({ answer: "Thanks to cooperation.", citations: [cite("a.txt")] }));
    expect(miss).toMatchObject({ correct: false, phrasesOk: false, wrongButSure: true, error: "missing-phrase" });
  });
  it("groups failures by their first error, the largest group first", () => {
    const item = (id: string) => ({ id, question: id, kind: "lookup", expect: { numbers: [{ value: 1, unit: "%" }], entities: [], docs: [], must_not: [], phrases: [] } });
    const scores = [scoreAnswer(item("a"), answer({ abstained: true })), scoreAnswer(item("b"), answer({ answer: "2%" })), scoreAnswer(item("c"), answer({ answer: "3%" }))];
    const report = failureReport(scores, new Map([["b", "what is b?"]]));
    expect(report.indexOf("## missing-figure (2)")).toBe(0);
    expect(report).toContain("- b [lookup, wrong-but-sure] what is b? — 1 %");
    expect(report).toContain("## abstained (1)");
  });
});
