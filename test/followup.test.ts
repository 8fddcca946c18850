// Follow-up questions in a conversation, one sentence shape per test: what is carried over and what is not.
import { describe, expect, it } from "vitest";
import { continueQuestion, slotsOf } from "../retrieval/followup.js";

const SURPLUS = "What was Guangdong's trade surplus in January 2019?";
const XINJIANG = "How fast did Xinjiang's trade with ASEAN grow in 2025?";
const kinds = (carried: Array<{ kind: string }>) => carried.map((c) => c.kind).sort();

describe("slots of a question", () => {
  it("tells the asked place from the partner, and a subject from the flow word inside it", () => {
    const slots = slotsOf("how much did Guangdong's processing trade with ASEAN grow in 2024");
    expect(slots.map((s) => [s.kind, s.text])).toEqual([
      ["measure", "how much"], ["place", "Guangdong"], ["subject", "processing trade"], ["partner", "ASEAN"], ["measure", "grow"], ["period", "2024"],
    ]);
  });
});

describe("a fragment replaces the matching part of the previous question", () => {
  it("'and exports?' changes the flow and keeps place and period", () => {
    const f = continueQuestion(SURPLUS, "and exports?");
    expect(f.question).toBe("What was Guangdong's exports in January 2019?");
    expect(kinds(f.carried)).toEqual(["period", "place"]);
  });

  it("'what about Hubei?' changes the place, keeping its possessive", () => {
    expect(continueQuestion(SURPLUS, "what about Hubei?").question).toBe("What was Hubei's trade surplus in January 2019?");
  });

  it("'in 2019?' changes the period", () => {
    expect(continueQuestion(SURPLUS, "in 2019?").question).toBe("What was Guangdong's trade surplus in 2019?");
  });

  it("a period without a year takes the previous question's year", () => {
    expect(continueQuestion(SURPLUS, "what about the first half?").question).toBe("What was Guangdong's trade surplus in the first half of 2019?");
  });

  it("'and the year before?' moves the previous period back a year", () => {
    expect(continueQuestion(SURPLUS, "and the year before?").question).toBe("What was Guangdong's trade surplus in January 2018?");
  });

  it("a partner replaces the partner, or is added with 'with'", () => {
    expect(continueQuestion(XINJIANG, "what about kazakhstan?").question).toBe("How fast did Xinjiang's trade with kazakhstan grow in 2025?");
    expect(continueQuestion(SURPLUS, "and with ASEAN?").question).toBe("What was Guangdong's trade surplus in January 2019 with ASEAN?");
  });

  it("a new measure makes a plain question from the merged parts", () => {
    expect(continueQuestion(SURPLUS, "and its growth?").question).toBe("How much did Guangdong's trade surplus grow in January 2019?");
  });

  it("a region filter replaces the previous one, or goes before the places it filters", () => {
    const inland = "which inland provinces grew fastest in 2025";
    expect(continueQuestion(inland, "and coastal?").question).toBe("which coastal provinces grew fastest in 2025");
    expect(continueQuestion("which provinces grew fastest in 2025", "what about inland ones?").question).toBe(inland);
    // a name with a region word in it is a place, not a filter
    expect(continueQuestion(XINJIANG, "and Central Asia?").question).toBe("How fast did Xinjiang's trade with Central Asia grow in 2025?");
  });

  it("a bare name of three words or fewer is a fragment too", () => {
    expect(continueQuestion(XINJIANG, "Yunnan?").question).toBe("How fast did Yunnan's trade with ASEAN grow in 2025?");
  });
});

describe("a full question takes only the place and period it leaves out", () => {
  it("'its' becomes the previous place; the period is carried into a figure question", () => {
    const f = continueQuestion(SURPLUS, "How much did its exports grow?");
    expect(f.question).toBe("How much did Guangdong's exports grow in January 2019?");
    expect(kinds(f.carried)).toEqual(["period", "place"]);
  });

  it("a question that names its own place keeps it and takes the period", () => {
    const f = continueQuestion(SURPLUS, "how much did Jiangsu export?");
    expect(f.question).toBe("how much did Jiangsu export in January 2019?");
    expect(kinds(f.carried)).toEqual(["period"]);
  });

  it("a question about many provinces does not take the previous place", () => {
    const f = continueQuestion(SURPLUS, "which provinces grew fastest?");
    expect(kinds(f.carried)).toEqual(["period"]);
    expect(f.question).not.toMatch(/Guangdong/);
  });

  it("a question that names place and period stands alone", () => {
    const q = "What was Shanxi's foreign trade in the first half of 2021?";
    expect(continueQuestion(SURPLUS, q)).toEqual({ question: q, carried: [] });
  });

  it("a question about no figure takes the place but not the period", () => {
    expect(continueQuestion(SURPLUS, "why?")).toEqual({ question: "why in Guangdong?", carried: [{ kind: "place", text: "Guangdong" }] });
  });

  it("the first question of a conversation is left as asked", () => {
    expect(continueQuestion(undefined, "and exports?")).toEqual({ question: "and exports?", carried: [] });
  });
});
