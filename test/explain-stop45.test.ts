import { describe, expect, it } from "vitest";
import { explainParts } from "../retrieval/explain.js";
import { selectExplanation } from "../retrieval/explain/select.js";
import { words, type EvidenceSentence } from "../retrieval/evidence.js";

// Explanation shapes met in stop 45, on made-up sentences (no evaluation set's place, person or number).

function article(question: string, wanted: string[], texts: string[]): EvidenceSentence[] {
  let at = 0;
  const spans = texts.map((text) => { const s = { start: at, end: at + text.length, text }; at += text.length + 1; return s; });
  const asked = [...words(question)].filter((w) => w.length > 2);
  return spans.map((s, i) => {
    const have = words(s.text);
    const uncovered = wanted.filter((w) => !have.has(w));
    return {
      ...s, docId: "doc-a", docRank: 0, numbers: [], periods: [], uncovered,
      coverage: wanted.length ? 1 - uncovered.length / wanted.length : 1,
      overlap: asked.filter((w) => have.has(w)).length, ...(i > 0 && { before: spans[i - 1]! }),
      ...(i + 1 < spans.length && { after: spans[i + 1]! }),
    };
  });
}

describe("a 'why …, who explained it?' question", () => {
  const FIGURE = "Exports of Lanshan rice wine reached 410 million yuan in 2031, up 12.5 percent.";
  const SAID = (reason: string) => `${reason}, said Wu Tiemin, deputy director of the Lanshan Bureau of Commerce.`;
  // (the "why" reads only sentences that name the goods as asked, "liquor"; the speaker's names them otherwise)
  const ask = (question: string, said: string) => {
    const all = article(question, [], [FIGURE, said]);
    const parts = explainParts(question);
    return selectExplanation(question, parts, (p) => (p.kind === "cause" ? all.slice(0, 1) : all), [], { constrained: true });
  };

  it("answers the 'why' with the reason the speaker is quoted giving, in the asked direction", () => {
    const r = ask("why did lanshan liquor exports rise in 2031, who explained it?",
      SAID("The growth was due to new bonded warehouses abroad"));
    expect(r.missing).toEqual([]);
    expect(r.sentences.map((s) => s.text)).toEqual([SAID("The growth was due to new bonded warehouses abroad")]);
  });

  it("leaves the 'why' unanswered when the speaker's reason is for a change the other way", () => {
    const r = ask("why did lanshan liquor exports rise in 2031, who explained it?",
      SAID("The decline was due to higher freight costs"));
    expect(r.missing.map((p) => p.kind)).toEqual(["cause"]);
  });
});
