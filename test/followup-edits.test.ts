import { describe, expect, it } from "vitest";
import { continueQuestion } from "../retrieval/followup.js";

// Follow-ups that change two parts at once, add a part the first question lacked, or ask something else:
// made-up questions.
const next = (previous: string, question: string) => continueQuestion(previous, question).question;

describe("fragments that edit the previous question", () => {
  it("replaces a place and a period of different lengths in one follow-up", () => {
    expect(next("how much did hubei export in 2020?", "and guangxi in 2019?"))
      .toBe("how much did guangxi export in 2019?");
  });
  it("adds a period at the end of a question about many places, not among the places", () => {
    expect(next("which provinces grew fastest?", "and in 2020?")).toBe("which provinces grew fastest in 2020?");
  });
});

describe("full questions after a first one", () => {
  it("carry the period into a figure question that names its own place", () => {
    expect(continueQuestion("how much did hubei export in 2020?", "how much did hunan export?")).toEqual({
      question: "how much did hunan export in 2020?", carried: [{ kind: "period", text: "2020" }],
    });
  });
  it("leave a question about something else as asked", () => {
    expect(continueQuestion("how much did hubei export in 2020?", "what is hunan's capital city?")).toEqual({
      question: "what is hunan's capital city?", carried: [],
    });
  });
});
