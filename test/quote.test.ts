import { describe, expect, it } from "vitest";
import type { EvidenceSentence } from "../retrieval/evidence.js";
import { parseQuestion } from "../retrieval/figures/query.js";
import { quoteEvidence } from "../retrieval/quote.js";
import { findNumbers } from "../text/numbers.js";
import { subjectFinder } from "../text/subjects.js";

// A sentence as evidence gathering would hand it over: fully on topic, so only the quoting rules decide.
function sentence(text: string): EvidenceSentence {
  return {
    text,
    start: 0,
    end: text.length,
    docId: "d",
    docRank: 0,
    numbers: findNumbers(text),
    periods: [],
    coverage: 1,
    overlap: 5,
    uncovered: [],
  };
}

describe("quoted figures", () => {
  const ask = (question: string, text: string) =>
    quoteEvidence(parseQuestion(question), [sentence(text)]).map((s) => s.text);
  it("quotes a sentence that states the asked partner's trade", () => {
    const text = "Jilin's trade with Russia reached 11.2 billion yuan in the first half.";
    expect(ask("how much did jilin trade with russia in h1 2021?", text)).toEqual([text]);
    const after = "Jilin's trade came to 11.2 billion yuan with Russia in the first half.";
    expect(ask("how much did jilin trade with russia in h1 2021?", after)).toEqual([after]);
  });
  it("does not quote a figure of something else in a sentence that merely names the partner", () => {
    const text =
      "Goods worth more than 2.6 million yuan were sent to Kazan, Russia's eighth-largest city, through the zone.";
    expect(ask("how much did jilin trade with russia in h1 2021?", text)).toEqual([]);
  });
  it("does not quote a zone's figure for the city it lies in, only for the zone asked", () => {
    const text = "Trade declared in the Wuxi Comprehensive Bonded Zone inside the port rose 12.4 percent to 8.1 billion yuan.";
    expect(ask("wuxi's total foreign trade in jan-nov 2021?", text)).toEqual([]);
    expect(ask("wuxi's foreign trade in jan-nov 2021?", "Trade in Wuxi rose 12.4 percent to 8.1 billion yuan.")).toHaveLength(1);
    const aside = "Bonded logistics, mostly goods moving through the Wuxi Comprehensive Bonded Zone, jumped 41.5 percent to 1.2 "
      + "billion yuan.";
    expect(ask("wuxi bonded logistics jan-may 2024 - value and growth?", aside)).toEqual([aside]);
  });
});

describe("quoted goods by another of their names", () => {
  it("quotes 'the export vehicles were valued at …' for car exports when the index names them 'cars'", () => {
    const frame = parseQuestion("value of car exports from hebei in 2031 in dollars?", { findSubjects: subjectFinder(["cars"]) });
    expect(frame.subjects).toEqual(["cars"]);
    const text = "The export vehicles were valued at 6.12 billion yuan, or about 905 million US dollars.";
    expect(quoteEvidence(frame, [sentence(text)]).map((s) => s.text)).toEqual([text]);
    expect(quoteEvidence(frame, [sentence("The export tyres were valued at 6.12 billion yuan.")])).toEqual([]);
  });
});
