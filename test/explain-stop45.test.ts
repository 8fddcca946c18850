import { describe, expect, it } from "vitest";
import { explainParts } from "../retrieval/explain.js";
import { selectExplanation } from "../retrieval/explain/select.js";
import { cueWeight, RESULT_OPENS } from "../retrieval/explain/cues.js";
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
      overlap: asked.filter((w) => have.has(w)).length, ...(i > 0 && { before: spans[i - 1]!, preceding: spans.slice(0, i) }),
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

describe("a result typed short", () => {
  it("reads \"That's why …\" as a result whose cause the sentence before gives, as \"That is why …\"", () => {
    for (const t of ["That's why more shippers from Norland choose the Lanshan rail route.",
      "That’s why traders now prefer the new port."]) {
      expect(RESULT_OPENS.test(t)).toBe(true);
      expect(cueWeight("cause", t)).toBeGreaterThanOrEqual(3);
    }
    expect(RESULT_OPENS.test("That's where most of the goods go.")).toBe(false);
  });

  it("quotes the sentence before \"That's why …\" with it", () => {
    const q = "why do norland shippers use the lanshan rail route?";
    const texts = ["The Lanshan rail route takes 12 days, against 35 days by sea, and costs less than air freight.",
      "That's why more Norland shippers choose the route, said Ma Lin, an official of the port group."];
    const r = selectExplanation(q, explainParts(q), article(q, ["norland", "shipper", "lanshan", "rail", "route"].map((w) => w),
      texts), ["norland", "shipper", "lanshan", "rail", "rout"], { constrained: true });
    expect(r.missing).toEqual([]);
    expect(r.sentences[0]?.previous?.text).toBe(texts[0]);
  });
});
