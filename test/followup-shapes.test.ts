import { describe, expect, it } from "vitest";
import { continueQuestion } from "../retrieval/followup.js";

// Follow-up shapes: what a second question in a conversation is read as, given the first. Made-up questions.
const next = (previous: string | undefined, question: string) => continueQuestion(previous, question).question;

describe("what counts as a fragment", () => {
  it("takes three words without an opener for a fragment, and more for a question of their own", () => {
    expect(next("how much did guangdong export in 2020?", "hubei imports 2019?"))
      .toBe("how much did hubei import in 2019?");
    expect(next("how much did guangdong export in 2020?", "hubei imports in 2019 and 2020?"))
      .toBe("hubei imports in 2019 and 2020?");
  });
  it("reads a follow-up without its surrounding spaces, and a blank first question as none", () => {
    expect(next("how much did hubei export in 2020?", "  and imports?  ")).toBe("how much did hubei import in 2020?");
    expect(continueQuestion("   ", "and exports?")).toEqual({ question: "and exports?", carried: [] });
    expect(continueQuestion(undefined, " and exports? ")).toEqual({ question: "and exports?", carried: [] });
  });
});

describe("periods in a follow-up", () => {
  it("replaces a period that has its own year as it stands", () => {
    expect(continueQuestion("how much did hubei export in 2020?", "and in 2019?")).toEqual({
      question: "how much did hubei export in 2019?", carried: [{ kind: "place", text: "hubei" }, { kind: "flow",
        text: "export" }],
    });
  });
  it("completes a period without a year with the last year of the previous one", () => {
    expect(next("what was hubei's trade in 2019-2020?", "and in the first half?"))
      .toBe("what was hubei's trade in the first half of 2020?");
  });
  it("carries the period to the end of a question that has no closing mark", () => {
    expect(continueQuestion("how much did hubei export in 2020?", "what were its imports")).toEqual({
      question: "what were hubei's imports in 2020", carried: [{ kind: "place", text: "hubei" }, { kind: "period",
        text: "2020" }],
    });
  });
});

describe("a fragment that names what is measured", () => {
  it("keeps the previous question's wording when the measure is the one it asked", () => {
    expect(next("how fast did hubei's exports grow in 2020?", "and hunan's growth?"))
      .toBe("how fast did hunan's exports grow in 2020?");
  });
  it("composes a question with no owner when the previous one named no place", () => {
    expect(next("what was the value of exports in 2020?", "and the growth?"))
      .toBe("How much did exports grow in 2020?");
  });
  it("keeps the partner of the previous question in the composed one", () => {
    expect(next("what were hubei's exports to japan in 2020?", "and the growth?"))
      .toMatch(/^How much did Hubei's exports \w+ japan grow in 2020\?$/);
  });
  it("writes the half-year it completes in full", () => {
    expect(next("how much did hubei export in the first half of 2020?", "and the growth in the second half?"))
      .toBe("How much did Hubei's exports grow in the second half of 2020?");
  });
});

describe("a flow added to a question about many places", () => {
  it("names a surplus as a trade surplus once, however the follow-up says it", () => {
    expect(next("which provinces grew fastest in 2020?", "and the surplus?"))
      .toBe("which provinces' trade surplus grew fastest in 2020?");
    expect(next("which provinces grew fastest in 2020?", "and the trade surplus?"))
      .toBe("which provinces' trade surplus grew fastest in 2020?");
  });
});
